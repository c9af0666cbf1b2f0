#include "app/cli/project_options.h"

#include <filesystem>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "core/scene/project_json.h"

namespace murnau::cli {

Result<Project> readProjectOperand(const Arguments& arguments)
{
    const Result<std::string> path = arguments.operand();
    if (!path)
        return path.error();
    Result<Project> project = loadProject(std::filesystem::path(*path));
    if (!project)
        return project.error();
    spdlog::debug("loaded {}: '{}', {} scenes", *path, project->title, project->scenes.size());
    return project;
}

Result<std::vector<ShotInProject>> selectShots(const Project& project, const Arguments& arguments)
{
    const std::optional<std::string_view> wanted = arguments.value(kShotOption.name);
    // The "no shot" message lists this many ids at most (a project may hold 10,000).
    constexpr std::size_t kListedIds = 20;
    std::vector<ShotInProject> shots;
    std::string ids;
    std::size_t idCount = 0;
    for (std::size_t i = 0; i < project.scenes.size(); ++i) {
        const Scene& scene = project.scenes[i];
        for (std::size_t j = 0; j < scene.shots.size(); ++j) {
            const Shot& shot = scene.shots[j];
            if (idCount++ < kListedIds)
                ids += fmt::format("{}{}", ids.empty() ? "" : ", ", shot.id);
            if (wanted && shot.id != *wanted)
                continue;
            shots.push_back({&scene, &shot, fmt::format("scenes[{}]", i), fmt::format("scenes[{}].shots[{}]", i, j)});
        }
    }
    if (idCount > kListedIds)
        ids += fmt::format(" and {} more", idCount - kListedIds);
    if (wanted && shots.empty()) {
        return fail(std::string(kShotOption.name),
                    ids.empty() ? fmt::format("no shot '{}': the project has no shots", *wanted)
                                : fmt::format("no shot '{}'; the project's shots are {}", *wanted, ids));
    }
    return shots;
}

} // namespace murnau::cli
