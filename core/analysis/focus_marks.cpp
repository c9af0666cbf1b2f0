// The focus puller's marks sheet.

#include "core/analysis/focus_marks.h"

#include <algorithm>
#include <cstddef>

#include <glm/geometric.hpp>

#include "core/optics/sensor.h"
#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

// The blocking of `actor` in `scene`, if any.
const ActorBlocking* blockingOf(const Scene& scene, std::string_view actor)
{
    const auto it = std::find_if(scene.blocking.begin(), scene.blocking.end(),
                                 [actor](const ActorBlocking& b) { return b.actor == actor; });
    return it == scene.blocking.end() ? nullptr : &*it;
}

} // namespace

std::string_view focusBeatKey(FocusBeat beat) noexcept
{
    switch (beat) {
    case FocusBeat::Start: return "start";
    case FocusBeat::Mark: return "mark";
    case FocusBeat::End: return "end";
    }
    return "start";
}

double circleOfConfusionMm(const CameraSetup& camera) noexcept
{
    if (camera.cocMm)
        return *camera.cocMm;
    if (camera.sensor.cocMm > 0.0)
        return camera.sensor.cocMm;
    return defaultCocMm(camera.sensor.widthMm, camera.sensor.heightMm);
}

FocusMarkSheet focusMarkSheet(const Project& project, const Scene& scene, const Shot& shot,
                              const ShotEvaluator& evaluator, const ReportTimeline& timeline)
{
    FocusMarkSheet sheet;
    const auto camera = std::find_if(project.cameras.begin(), project.cameras.end(),
                                     [&](const CameraSetup& c) { return c.name == shot.camera; });
    if (camera != project.cameras.end()) {
        sheet.cocMm = circleOfConfusionMm(*camera);
        sheet.cocIsOverride = camera->cocMm.has_value();
    }

    const auto actors = evaluator.actors();
    std::vector<std::size_t> inSheet;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        if (shot.cast.empty() || std::find(shot.cast.begin(), shot.cast.end(), actors[i].name) != shot.cast.end())
            inSheet.push_back(i);
    }
    if (!shot.cast.empty()) {
        // Cast order, not project order.
        std::sort(inSheet.begin(), inSheet.end(), [&](std::size_t a, std::size_t b) {
            return std::find(shot.cast.begin(), shot.cast.end(), actors[a].name)
                   < std::find(shot.cast.begin(), shot.cast.end(), actors[b].name);
        });
    }

    for (const std::size_t a : inSheet) {
        const Actor& actor = actors[a];
        const ActorBlocking* blocking = blockingOf(scene, actor.name);
        const auto addMark = [&](FocusBeat beat, Flicks t) {
            const ActorPose pose = evaluator.actorPose(a, t);
            const CameraState cam = evaluator.cameraAt(t);
            const glm::dvec3 eyes = pose.positionM + glm::dvec3(0.0, landmark::kEye * actor.heightM, 0.0);
            FocusMark mark;
            mark.actor = actor.name;
            mark.beat = beat;
            if (blocking != nullptr && !pose.walking && pose.markIndex >= 0
                && static_cast<std::size_t>(pose.markIndex) < blocking->marks.size())
                mark.markName = blocking->marks[static_cast<std::size_t>(pose.markIndex)].name;
            mark.at = t;
            mark.distanceM = glm::distance(eyes, cam.positionM);
            mark.focalLengthMm = cam.focalLengthMm;
            mark.fStop = cam.fStop;
            mark.rigFocusM = cam.focusDistanceM;
            if (Result<DepthOfField> dof = depthOfField(cam.focalLengthMm, cam.fStop, sheet.cocMm, mark.distanceM))
                mark.depthOfField = dof.value();
            if (Result<DepthOfField> rig = depthOfField(cam.focalLengthMm, cam.fStop, sheet.cocMm, cam.focusDistanceM)) {
                mark.sharpAtRigFocus = mark.distanceM >= rig->nearM && (!rig->farM || mark.distanceM <= *rig->farM);
            }
            sheet.marks.push_back(mark);
        };
        addMark(FocusBeat::Start, 0);
        if (blocking != nullptr) {
            // The first mark is stood on from the beginning: only later arrivals are beats.
            for (std::size_t m = 1; m < blocking->marks.size(); ++m) {
                const Flicks t = blocking->marks[m].arriveAt - shot.actionStart;
                if (t > 0 && t <= timeline.endInstant())
                    addMark(FocusBeat::Mark, t);
            }
        }
        addMark(FocusBeat::End, timeline.endInstant());
    }
    return sheet;
}

} // namespace murnau
