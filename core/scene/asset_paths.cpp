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
    }
    return asset.field + " '" + json::truncated(asset.pieceName, 60) + "': model file '"
           + json::truncated(asset.modelPath, 200) + "' " + what + " (looked for " + asset.resolvedPath.string()
           + "); a placeholder box is shown";
}

} // namespace murnau
