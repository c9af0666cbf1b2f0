// Track out versus zoom out: the track, and a zoom matched to it frame by frame.

#include "core/moves/track_versus_zoom.h"

#include <algorithm>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"
#include "core/moves/track_move.h"
#include "core/rig/rig_evaluator.h"

namespace murnau {

Result<TrackVersusZoomPair> makeTrackVersusZoom(const MoveSpec& spec, const TrackVersusZoom& move)
{
    Result<MoveResult> track = makeTrackMove(spec, TrackMove{move.from, move.to, move.focalLengthMm});
    if (!track)
        return track.error();
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();

    const MoveSummary& a = track.value().summary;
    const double f1 = a.startFocalLengthMm;
    const double d1 = a.startDistanceM;
    const double f2 = f1 * d1 / a.endDistanceM;
    if (Result<double> checked = checkedRigChannelValue(RigChannel::FocalLength, f2, "to"); !checked)
        return checked.error();
    const bool zoomingOut = f2 < f1;
    const CameraRig& trackRig = track.value().shot.rig;
    const glm::dvec3 startLensM = evaluateRig(trackRig, 0, stage.gate).positionM;

    Result<MoveResult> begun = beginMove(spec, stage, zoomingOut ? "zoomout" : "zoomin");
    if (!begun)
        return begun.error();
    MoveResult zoom = std::move(begun).value();
    CameraRig& rig = zoom.shot.rig;
    const double startOut = glm::length(glm::dvec3(startLensM.x, 0.0, startLensM.z)
                                        - glm::dvec3(stage.floorM.x, 0.0, stage.floorM.z));
    if (auto error = standCamera(rig, stage, startOut, stage.lensHeightM))
        return *error;
    // f_B(t) = f1 d1 / d_A(t), d_A from the track's lens as its rig evaluates it.
    const auto focalAt = [&trackRig, &stage, f1, d1](Flicks t) {
        const glm::dvec3 lensM = evaluateRig(trackRig, t, stage.gate).positionM;
        return f1 * d1 / glm::length(stage.eyesM - lensM);
    };
    if (auto error = keyEveryFrame(rig, RigChannel::FocalLength, spec.frameRate, spec.durationFlicks, focalAt, "to"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, startLensM))
        return *error;

    zoom.shot.equipment = {fmt::format("zoom lens covering {} to {}", formatMillimetres(std::min(f1, f2)),
                                       formatMillimetres(std::max(f1, f2)))};
    zoom.summary = {d1, d1, f1, f2, 0.0, 0.0};
    describeMove(zoom, fmt::format("Zoom {} from {} to {} {}, {} to {}, matched to the {}, {}", zoomingOut ? "out" : "in",
                                   framingLabel(move.from), framingLabel(move.to),
                                   framedSubject(move.to, spec.subject.name), formatMillimetres(f1),
                                   formatMillimetres(f2), zoomingOut ? "track out" : "push in",
                                   formatSeconds(spec.durationFlicks)));
    return TrackVersusZoomPair{std::move(track).value(), std::move(zoom)};
}

} // namespace murnau
