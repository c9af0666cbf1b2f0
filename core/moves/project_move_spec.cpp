// MoveSpecs built from a project's actors, cameras and shots (project_move_spec.h).

#include "core/moves/project_move_spec.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "core/scene/blocking.h"

namespace murnau {

Result<Actor> findSubject(const Project& project, std::string_view name, std::string_view field)
{
    if (project.actors.empty())
        return fail(std::string(field), "the project has no actors to frame");
    std::string names;
    for (const Actor& actor : project.actors) {
        if (actor.name == name)
            return actor;
        names += fmt::format("{}{}", names.empty() ? "" : ", ", actor.name);
    }
    return fail(std::string(field), fmt::format("no actor '{}' in the project; its actors are {}", name, names));
}

Result<MoveSpec> moveSpecForShot(const Project& project, std::string_view shotId, std::string_view subjectName)
{
    for (const Scene& scene : project.scenes) {
        const auto shot = std::find_if(scene.shots.begin(), scene.shots.end(),
                                       [&](const Shot& candidate) { return candidate.id == shotId; });
        if (shot == scene.shots.end())
            continue;
        MoveSpec spec;
        Result<Actor> subject = findSubject(project, subjectName);
        if (!subject)
            return subject.error();
        spec.subject = std::move(subject).value();
        const auto blocking = std::find_if(scene.blocking.begin(), scene.blocking.end(),
                                           [&](const ActorBlocking& b) { return b.actor == spec.subject.name; });
        if (blocking != scene.blocking.end() && !blocking->marks.empty()) {
            const ActorPose pose = evaluateBlocking(*blocking, shot->actionStart);
            spec.subject.positionM = pose.positionM;
            spec.subject.facingDeg = pose.facingDeg;
        }
        const auto camera = std::find_if(project.cameras.begin(), project.cameras.end(),
                                         [&](const CameraSetup& setup) { return setup.name == shot->camera; });
        if (camera == project.cameras.end())
            return fail("camera", fmt::format("the shot's camera '{}' is not a camera setup of the project", shot->camera));
        spec.camera = *camera;
        spec.frameRate = shot->frameRate;
        spec.durationFlicks = shot->durationFlicks;
        return spec;
    }
    return fail("shotId", fmt::format("no shot '{}' in the project", shotId));
}

} // namespace murnau
