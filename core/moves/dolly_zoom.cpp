// Dolly zoom: eased dolly keys, one focal-length key per frame holding f / d.

#include "core/moves/dolly_zoom.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/rail.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"
#include "core/rig/rig_evaluator.h"

namespace murnau {

Result<MoveResult> makeDollyZoom(const MoveSpec& spec, const DollyZoom& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    if (move.endDistanceM.has_value() == move.endFocalLengthMm.has_value())
        return fail("endDistanceM", "give the end of the dolly zoom as either a distance or a focal length");
    Result<double> startFocal = moveFocalLengthMm(stage, move.startFocalLengthMm, "startFocalLengthMm");
    if (!startFocal)
        return startFocal.error();
    const double f1 = *startFocal;
    Result<double> startDistance = framingDistanceM(move.framing, spec.subject.heightM, stage.gate, f1, "framing");
    if (!startDistance)
        return startDistance.error();
    const double d1 = *startDistance;

    const char* endField = move.endDistanceM ? "endDistanceM" : "endFocalLengthMm";
    double d2 = 0.0;
    if (move.endDistanceM) {
        d2 = *move.endDistanceM;
    } else {
        Result<double> endFocal = moveFocalLengthMm(stage, move.endFocalLengthMm, "endFocalLengthMm");
        if (!endFocal)
            return endFocal.error();
        d2 = d1 * *endFocal / f1;   // f2 / d2 = f1 / d1
    }
    Result<double> endDistance
        = framingDistanceM(SubjectFraming::atDistance(d2), spec.subject.heightM, stage.gate, f1, endField);
    if (!endDistance)
        return endDistance.error();
    const double f2 = f1 * d2 / d1;
    if (Result<double> checked = checkedRigChannelValue(RigChannel::FocalLength, f2, endField); !checked)
        return checked.error();
    Result<double> fromOut = horizontalDistanceM(stage, d1, stage.lensHeightM, "framing");
    if (!fromOut)
        return fromOut.error();
    Result<double> toOut = horizontalDistanceM(stage, d2, stage.lensHeightM, endField);
    if (!toOut)
        return toOut.error();
    const double lengthM = std::abs(*toOut - *fromOut);
    if (!(lengthM >= kMinRailPointSpacingM))
        return fail(endField, "the dolly zoom ends where it starts: give a different end");
    const bool out = *toOut > *fromOut;

    Result<MoveResult> begun = beginMove(spec, stage, "dollyzoom");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = layStraightTrack(rig, trackPointM(stage, *fromOut), trackPointM(stage, *toOut), endField))
        return *error;
    if (auto error = keyChange(rig, RigChannel::Dolly, spec.timing, spec.durationFlicks, 0.0, lengthM, endField))
        return *error;
    if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM"))
        return *error;
    // f(t) = f1 d(t) / d1 with d(t) from the lens position the rig evaluates at t (the position
    // does not depend on the focal-length channel being written).
    const auto focalAt = [&rig, &stage, f1, d1](Flicks t) {
        const glm::dvec3 lensM = evaluateRig(rig, t, stage.gate).positionM;
        return f1 * glm::length(stage.eyesM - lensM) / d1;
    };
    if (auto error = keyEveryFrame(rig, RigChannel::FocalLength, spec.frameRate, spec.durationFlicks, focalAt, endField))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensPointM(stage, *fromOut, stage.lensHeightM)))
        return *error;

    result.shot.equipment = {straightTrackEquipment(lengthM),
                             fmt::format("zoom lens covering {} to {}", formatMillimetres(std::min(f1, f2)),
                                         formatMillimetres(std::max(f1, f2)))};
    result.summary = {d1, d2, f1, f2, lengthM, 0.0};
    describeMove(result, fmt::format("Dolly zoom, {} {}: {} {} to {}, zoom {} {} to {}, {}", framingLabel(move.framing),
                                     framedSubject(move.framing, spec.subject.name), out ? "track out" : "push in",
                                     formatMetres(d1), formatMetres(d2), f2 > f1 ? "in" : "out", formatMillimetres(f1),
                                     formatMillimetres(f2), formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
