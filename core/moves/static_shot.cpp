// The static shot: one key per channel.

#include "core/moves/static_shot.h"

#include <fmt/format.h>

#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

Result<MoveResult> makeStaticShot(const MoveSpec& spec, const StaticShot& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<double> distance = framingDistanceM(move.framing, spec.subject.heightM, stage.gate, *focal, "framing");
    if (!distance)
        return distance.error();
    Result<double> horizontal = horizontalDistanceM(stage, *distance, stage.lensHeightM, "framing");
    if (!horizontal)
        return horizontal.error();

    Result<MoveResult> begun = beginMove(spec, stage, "static");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = standCamera(rig, stage, *horizontal, stage.lensHeightM))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensPointM(stage, *horizontal, stage.lensHeightM)))
        return *error;

    result.summary = {*distance, *distance, *focal, *focal, 0.0, 0.0};
    describeMove(result, fmt::format("Static {} {}, {}, {}", framingLabel(move.framing),
                                     framedSubject(move.framing, spec.subject.name),
                                     formatMillimetres(*focal), formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
