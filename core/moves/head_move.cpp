// Pan, tilt, roll: one head channel turns, nothing else moves.

#include "core/moves/head_move.h"

#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

namespace {

// The turn in words: "Pan left", "Tilt up", "Roll counter-clockwise".
std::string_view turnWords(HeadAxis axis, double angleDeg)
{
    switch (axis) {
    case HeadAxis::Pan:
        return angleDeg > 0.0 ? "Pan left" : "Pan right";
    case HeadAxis::Tilt:
        return angleDeg > 0.0 ? "Tilt up" : "Tilt down";
    case HeadAxis::Roll:
        break;
    }
    return angleDeg > 0.0 ? "Roll counter-clockwise" : "Roll clockwise";
}

} // namespace

Result<MoveResult> makeHeadMove(const MoveSpec& spec, const HeadMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    const RigChannel channel = move.axis == HeadAxis::Pan    ? RigChannel::Pan
                               : move.axis == HeadAxis::Tilt ? RigChannel::Tilt
                                                             : RigChannel::Roll;
    const RigChannelInfo& info = rigChannelInfo(channel);
    if (!std::isfinite(move.angleDeg) || move.angleDeg == 0.0 || std::abs(move.angleDeg) > info.maxValue) {
        return fail("angleDeg", fmt::format("the head must turn by a finite, non-zero angle of at most {} deg",
                                            info.maxValue));
    }
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<double> distance = framingDistanceM(move.framing, spec.subject.heightM, stage.gate, *focal, "framing");
    if (!distance)
        return distance.error();
    Result<double> out = horizontalDistanceM(stage, *distance, stage.lensHeightM, "framing");
    if (!out)
        return out.error();
    const glm::dvec3 lensM = lensPointM(stage, *out, stage.lensHeightM);

    Result<MoveResult> begun = beginMove(spec, stage, move.axis == HeadAxis::Pan    ? "pan"
                                                      : move.axis == HeadAxis::Tilt ? "tilt"
                                                                                    : "roll");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = standCamera(rig, stage, *out, stage.lensHeightM))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensM))
        return *error;
    const AimAngles resting = restingAimDeg(spec, stage, lensM);
    const double fromDeg = move.axis == HeadAxis::Pan ? resting.panDeg : move.axis == HeadAxis::Tilt ? resting.tiltDeg : 0.0;
    if (auto error = keyChange(rig, channel, spec.timing, spec.durationFlicks, fromDeg, fromDeg + move.angleDeg,
                               "angleDeg"))
        return *error;

    result.summary = {*distance, *distance, *focal, *focal, 0.0, 0.0};
    describeMove(result, fmt::format("{} {}, {} {}, {}, {}", turnWords(move.axis, move.angleDeg),
                                     formatDegrees(move.angleDeg), framingLabel(move.framing),
                                     framedSubject(move.framing, spec.subject.name), formatMillimetres(*focal),
                                     formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
