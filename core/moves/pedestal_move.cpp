// Pedestal / crane up or down: the pedestal channel changes, nothing else moves.

#include "core/moves/pedestal_move.h"

#include <cmath>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/rail.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

Result<MoveResult> makePedestalMove(const MoveSpec& spec, const PedestalMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    if (!std::isfinite(move.riseM) || std::abs(move.riseM) < kMinRailPointSpacingM)
        return fail("riseM", "the lens must rise or sink by a finite, non-zero height");
    const double endHeightM = stage.lensHeightM + move.riseM;
    if (Result<double> end = checkedRigChannelValue(RigChannel::Pedestal, endHeightM, "riseM"); !end)
        return end.error();
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<double> distance = framingDistanceM(move.framing, spec.subject.heightM, stage.gate, *focal, "framing");
    if (!distance)
        return distance.error();
    Result<double> out = horizontalDistanceM(stage, *distance, stage.lensHeightM, "framing");
    if (!out)
        return out.error();

    Result<MoveResult> begun = beginMove(spec, stage, "pedestal");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = standCamera(rig, stage, *out, stage.lensHeightM))
        return *error;
    if (auto error = keyChange(rig, RigChannel::Pedestal, spec.timing, spec.durationFlicks, stage.lensHeightM,
                               endHeightM, "riseM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensPointM(stage, *out, stage.lensHeightM)))
        return *error;

    result.shot.equipment = {fmt::format("pedestal or crane, {} of travel", formatMetres(std::abs(move.riseM)))};
    result.summary = {*distance, glm::length(stage.eyesM - lensPointM(stage, *out, endHeightM)), *focal, *focal, 0.0,
                      move.riseM};
    describeMove(result, fmt::format("Crane {} {}, {} {}, {}, {}", move.riseM > 0.0 ? "up" : "down",
                                     formatMetres(std::abs(move.riseM)), framingLabel(move.framing),
                                     framedSubject(move.framing, spec.subject.name), formatMillimetres(*focal),
                                     formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
