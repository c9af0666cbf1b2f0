// murnau-cli validate: checks a project file exactly as the app loads it (core's loadProject, which
// applies every rule of docs/file-format.md and checkProject). A valid project prints "valid", a
// one-line summary and a warning for each model file that cannot be used (the project still loads;
// the app shows a placeholder); an invalid one prints "invalid" and the problem with its place.
// Exit status: 0 valid, 1 invalid, 2 unreadable (missing, a folder, not a regular file, no
// permission) or bad arguments.

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <system_error>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/project_options.h"
#include "app/cli/verbs.h"
#include "core/scene/asset_paths.h"
#include "core/scene/project_json.h"

namespace murnau::cli {

namespace {

namespace fs = std::filesystem;

constexpr int kExitInvalid = 1;

// "3 set pieces", "1 set piece".
std::string count(std::size_t n, std::string_view singular, std::string_view plural)
{
    return fmt::format("{} {}", n, n == 1 ? singular : plural);
}

std::string_view problemKey(AssetProblem problem)
{
    switch (problem) {
    case AssetProblem::Missing:
        return "missing";
    case AssetProblem::NotAFile:
        return "not_a_file";
    case AssetProblem::Unreadable:
        return "unreadable";
    case AssetProblem::OutsideProject:
        return "outside_project";
    }
    return "missing";
}

// An error when the file cannot be read at all (exit 2); nullopt when it can be opened.
std::optional<Error> unreadable(const std::string& operand)
{
    const fs::path path(operand);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (!fs::exists(status))
        return fail(operand, "cannot open: " + (error ? error.message() : std::string("No such file or directory")));
    if (fs::is_directory(status))
        return fail(operand, "is a directory, not a project file");
    if (!fs::is_regular_file(status))
        return fail(operand, "is not a regular file");
    std::ifstream probe(path, std::ios::binary);
    if (!probe)
        return fail(operand, "cannot open: " + std::error_code(errno, std::generic_category()).message());
    return std::nullopt;
}

Result<VerbOutput> runValidate(const Arguments& arguments)
{
    const Result<std::string> operand = arguments.operand();
    if (!operand)
        return operand.error();
    if (std::optional<Error> error = unreadable(*operand))
        return *error;

    VerbOutput output;
    const Result<Project> project = loadProject(fs::path(*operand));
    if (!project) {
        spdlog::debug("{} is invalid: {}", *operand, project.error().describe());
        output.exitStatus = kExitInvalid;
        output.json["valid"] = false;
        output.json["file"] = *operand;
        output.json["error"] = {{"field", project.error().field}, {"message", project.error().message}};
        output.text = "invalid\n" + project.error().describe() + "\n";
        return output;
    }

    std::size_t shots = 0;
    for (const Scene& scene : project->scenes)
        shots += scene.shots.size();
    const std::vector<MissingAsset> missing = findMissingAssets(*project, fs::path(*operand));

    output.json["valid"] = true;
    output.json["file"] = *operand;
    output.json["counts"] = {{"set_pieces", project->set.pieces.size()}, {"actors", project->actors.size()},
                             {"cameras", project->cameras.size()},       {"scenes", project->scenes.size()},
                             {"shots", shots}};
    output.json["warnings"] = nlohmann::ordered_json::array();
    output.text = "valid\n";
    output.text += fmt::format("{}, {}, {}, {}, {}\n", count(project->set.pieces.size(), "set piece", "set pieces"),
                               count(project->actors.size(), "actor", "actors"),
                               count(project->cameras.size(), "camera", "cameras"),
                               count(project->scenes.size(), "scene", "scenes"), count(shots, "shot", "shots"));
    for (const MissingAsset& asset : missing) {
        const std::string message = missingAssetWarning(asset);
        output.json["warnings"].push_back({{"field", asset.field},
                                           {"piece", asset.pieceName},
                                           {"model_path", asset.modelPath},
                                           {"resolved_path", asset.resolvedPath.string()},
                                           {"problem", problemKey(asset.problem)},
                                           {"message", message}});
        output.text += "warning: " + message + "\n";
    }
    return output;
}

} // namespace

const Verb& validateVerb() noexcept
{
    static const Verb verb{
        "validate",
        "check a project file as the app loads it: every value, name and reference, and its model files",
        "validate PROJECT [--json]",
        "Loads PROJECT with every rule of the file format (docs/file-format.md): types, ranges, names and\n"
        "references, walls, stairs, models and lens kits. Format 1 files are read through their migration.\n"
        "Valid: prints \"valid\", the counts of set pieces, actors, cameras, scenes and shots, and a warning\n"
        "for each model file that is missing beside the project (it still loads; the app shows a placeholder).\n"
        "Invalid: prints \"invalid\" and the first problem with its place (\"actors[2].heightM: ...\").\n"
        "JSON: {\"valid\": true, \"file\", \"counts\": {\"set_pieces\", \"actors\", \"cameras\", \"scenes\", \"shots\"},\n"
        "\"warnings\": [{\"field\", \"piece\", \"model_path\", \"resolved_path\", \"problem\" (missing, not_a_file,\n"
        "unreadable), \"message\"}]} or {\"valid\": false, \"file\", \"error\": {\"field\", \"message\"}}.\n"
        "Exit status: 0 valid, 1 invalid, 2 unreadable (missing, a folder, not a regular file, no permission).\n",
        std::span<const OptionSpec>(),
        &runValidate,
        kProjectOperand,
    };
    return verb;
}

} // namespace murnau::cli
