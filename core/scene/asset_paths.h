#pragma once
// The files a project refers to (a model set piece's glTF or OBJ file), found beside the project:
// a model path is relative to the folder of the project file, with '/' separators, and never
// leaves that folder (project_checks refuses absolute paths and ".."; a symbolic link that leads
// out of it is refused here). A missing file does not stop the project loading: it is a warning,
// and the app shows a placeholder box instead. docs/untrusted-files.md says why.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/scene/project.h"

namespace murnau {

// Where `modelPath` (relative, '/'-separated) lies for the project saved at `projectFile`: the
// project file's folder joined with the path. A project file given without a folder
// ("demo.murnau") resolves against the current directory.
[[nodiscard]] std::filesystem::path resolveAssetPath(const std::filesystem::path& projectFile,
                                                     std::string_view modelPath);

// Why an asset cannot be used.
enum class AssetProblem {
    Missing,        // nothing at the resolved path
    NotAFile,       // a folder or a special file is there
    Unreadable,     // a file is there but cannot be opened (permissions)
    OutsideProject, // a symbolic link on the way leads out of the project's folder
};

// A model file a project names that cannot be used.
struct MissingAsset {
    std::string field;                 // the set piece's place in the file: "set.pieces[4]"
    std::string pieceName;             // the set piece's name
    std::string modelPath;             // as written in the project: "models/car.glb"
    std::filesystem::path resolvedPath;// where it was looked for
    AssetProblem problem = AssetProblem::Missing;
    std::filesystem::path target;      // OutsideProject: where the links lead (empty otherwise)
    friend bool operator==(const MissingAsset&, const MissingAsset&) = default;
};

// The model files of `project`'s set pieces that cannot be used, in set-piece order, looked for
// beside `projectFile`. Only metadata is asked (stat, readlink); a regular file inside the folder
// is opened to see that it can be, and nothing else is ever opened, so a FIFO or a device in a
// model's place cannot block or flood the caller.
[[nodiscard]] std::vector<MissingAsset> findMissingAssets(const Project& project,
                                                          const std::filesystem::path& projectFile);

// Where `resolvedPath` really is once every symbolic link is followed, when that lies outside the
// real (link-free) folder of `projectFile`; nullopt when it stays inside or does not exist.
[[nodiscard]] std::optional<std::filesystem::path> linkTargetOutsideProject(
    const std::filesystem::path& projectFile, const std::filesystem::path& resolvedPath);

// One line for the user: "set.pieces[4] 'Car': model file 'models/car.glb' not found
// (looked for /home/ann/film/models/car.glb); a placeholder box is shown".
[[nodiscard]] std::string missingAssetWarning(const MissingAsset& asset);

} // namespace murnau
