// Model files beside the project file.

#include "core/scene/asset_paths.h"

#include <fstream>
#include <system_error>

#include "core/util/json_reader.h"

namespace murnau {

std::filesystem::path resolveAssetPath(const std::filesystem::path& projectFile, std::string_view modelPath)
{
    // The file stores '/' on every system; build the path segment by segment so it is native.
    std::filesystem::path resolved = projectFile.parent_path();
    std::size_t start = 0;
    while (start <= modelPath.size()) {
        const std::size_t slash = modelPath.find('/', start);
        const std::size_t end = slash == std::string_view::npos ? modelPath.size() : slash;
        if (end > start)
            resolved /= std::filesystem::path(std::string(modelPath.substr(start, end - start)));
        start = end + 1;
    }
    return resolved;
}

std::vector<MissingAsset> findMissingAssets(const Project& project, const std::filesystem::path& projectFile)
{
    std::vector<MissingAsset> missing;
    for (std::size_t i = 0; i < project.set.pieces.size(); ++i) {
        const SetPiece& piece = project.set.pieces[i];
        if (piece.shape != SetPieceShape::Model)
            continue;
        MissingAsset asset;
        asset.field = json::element("set.pieces", i);
        asset.pieceName = piece.name;
        asset.modelPath = piece.modelPath;
        asset.resolvedPath = resolveAssetPath(projectFile, piece.modelPath);
        std::error_code error;
        const auto status = std::filesystem::status(asset.resolvedPath, error);
        if (error || !std::filesystem::exists(status)) {
            asset.problem = AssetProblem::Missing;
        } else if (std::optional<std::filesystem::path> target = linkTargetOutsideProject(projectFile, asset.resolvedPath)) {
            // Checked before the file type, so a link to /dev/zero or a FIFO elsewhere says where it leads.
            asset.problem = AssetProblem::OutsideProject;
            asset.target = std::move(*target);
        } else if (!std::filesystem::is_regular_file(status)) {
            asset.problem = AssetProblem::NotAFile;
        } else if (std::ifstream in(asset.resolvedPath, std::ios::binary); !in) {
            asset.problem = AssetProblem::Unreadable;
        } else {
            continue;
        }
        missing.push_back(std::move(asset));
    }
    return missing;
}

std::optional<std::filesystem::path> linkTargetOutsideProject(const std::filesystem::path& projectFile,
                                                              const std::filesystem::path& resolvedPath)
{
    // canonical() is realpath(): it follows links with lstat and readlink and opens nothing.
    std::error_code error;
    const std::filesystem::path folder = projectFile.parent_path().empty() ? std::filesystem::path(".")
                                                                           : projectFile.parent_path();
    const std::filesystem::path realFolder = std::filesystem::canonical(folder, error);
    if (error)
        return std::nullopt;   // no folder: nothing is there to follow
    const std::filesystem::path realAsset = std::filesystem::canonical(resolvedPath, error);
    if (error)
        return std::nullopt;   // a dangling link or a missing file: findMissingAssets says Missing
    // Inside when the real folder's components start the real path (so "/film2" is not in "/film").
    auto asset = realAsset.begin();
    for (const std::filesystem::path& part : realFolder) {
        if (asset == realAsset.end() || *asset != part)
            return realAsset;
        ++asset;
    }
    return std::nullopt;
}

namespace {

// A link target for a log line: someone else's link may name anything, so control characters
// (a newline would forge a log line) become '?', and a long target is cut.
std::string printableTarget(const std::filesystem::path& target)
{
    std::string text = json::truncated(target.string(), 200);
    for (char& c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20U || byte == 0x7FU)
            c = '?';
    }
    return text;
}

} // namespace

std::string missingAssetWarning(const MissingAsset& asset)
{
    std::string what;
    switch (asset.problem) {
    case AssetProblem::Missing:
        what = "not found";
        break;
    case AssetProblem::NotAFile:
        what = "is not a file";
        break;
    case AssetProblem::Unreadable:
        what = "cannot be read";
        break;
    case AssetProblem::OutsideProject:
        what = "leads outside the project's folder through a symbolic link (to " + printableTarget(asset.target)
               + "; copy the model into the project's folder)";
        break;
    }
    return asset.field + " '" + json::truncated(asset.pieceName, 60) + "': model file '"
           + json::truncated(asset.modelPath, 200) + "' " + what + " (looked for " + asset.resolvedPath.string()
           + "); a placeholder box is shown";
}

} // namespace murnau
