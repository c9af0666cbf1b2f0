// Push in / track out on a straight track.

#include "core/moves/track_move.h"

#include <cmath>

#include <fmt/format.h>

#include "core/motion/rail.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

Result<MoveResult> makeTrackMove(const MoveSpec& spec, const TrackMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<FramingDistances> distances = framingDistancesM(move.from, move.to, spec.subject.heightM, stage.gate, *focal);
    if (!distances)
        return distances.error();
    Result<double> fromOut = horizontalDistanceM(stage, distances->fromM, stage.lensHeightM, "from");
    if (!fromOut)
        return fromOut.error();
    Result<double> toOut = horizontalDistanceM(stage, distances->toM, stage.lensHeightM, "to");
    if (!toOut)
        return toOut.error();
    const double lengthM = std::abs(*toOut - *fromOut);
    if (!(lengthM >= kMinRailPointSpacingM))
        return fail("to", "the move ends where it starts: give two different framings");
    const bool out = *toOut > *fromOut;

    Result<MoveResult> begun = beginMove(spec, stage, out ? "trackout" : "pushin");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = layStraightTrack(rig, trackPointM(stage, *fromOut), trackPointM(stage, *toOut), "to"))
        return *error;
    if (auto error = keyChange(rig, RigChannel::Dolly, spec.timing, spec.durationFlicks, 0.0, lengthM, "to"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensPointM(stage, *fromOut, stage.lensHeightM)))
        return *error;

    result.shot.equipment = {straightTrackEquipment(lengthM)};
    result.summary = {distances->fromM, distances->toM, *focal, *focal, lengthM, 0.0};
    describeMove(result, fmt::format("{} from {} to {} {}, {}, {}", out ? "Track out" : "Push in",
                                     framingLabel(move.from), framingLabel(move.to),
                                     framedSubject(move.to, spec.subject.name), formatMillimetres(*focal),
                                     formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
