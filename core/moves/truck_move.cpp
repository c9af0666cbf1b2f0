// Truck left/right on a straight track square to the line of sight.

#include "core/moves/truck_move.h"

#include <cmath>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/rail.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

namespace {

// Longest truck accepted, metres (the truck channel's range).
constexpr double kMaxTruckM = 1000.0;

} // namespace

Result<MoveResult> makeTruckMove(const MoveSpec& spec, const TruckMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    if (!std::isfinite(move.truckM) || std::abs(move.truckM) < kMinRailPointSpacingM || std::abs(move.truckM) > kMaxTruckM) {
        return fail("truckM", fmt::format("the truck must be a finite distance of at most {} m either way, got {}",
                                          kMaxTruckM, move.truckM));
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

    // The camera looks along -o; its right is o turned a quarter clockwise seen from above:
    // for a view direction (vx, 0, vz) the right is (-vz, 0, vx) (camera_state.h), with v = -o.
    const glm::dvec3 right(stage.outward.z, 0.0, -stage.outward.x);
    const glm::dvec3 startM = trackPointM(stage, *out);
    const glm::dvec3 endM = startM + move.truckM * right;
    const double lengthM = std::abs(move.truckM);
    const glm::dvec3 startLensM = startM + glm::dvec3(0.0, stage.lensHeightM, 0.0);
    const glm::dvec3 endLensM = endM + glm::dvec3(0.0, stage.lensHeightM, 0.0);

    Result<MoveResult> begun = beginMove(spec, stage, "truck");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    if (auto error = layStraightTrack(rig, startM, endM, "truckM"))
        return *error;
    if (auto error = keyChange(rig, RigChannel::Dolly, spec.timing, spec.durationFlicks, 0.0, lengthM, "truckM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, startLensM))
        return *error;

    result.shot.equipment = {straightTrackEquipment(lengthM)};
    result.summary = {*distance, glm::length(stage.eyesM - endLensM), *focal, *focal, lengthM, 0.0};
    describeMove(result, fmt::format("Truck {} {}, {} {}, {}, {}", move.truckM > 0.0 ? "right" : "left",
                                     formatMetres(lengthM), framingLabel(move.framing),
                                     framedSubject(move.framing, spec.subject.name), formatMillimetres(*focal),
                                     formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
