// Backwards tracking shot: the subject's walk, and a camera track parallel to it at their pace.

#include "core/moves/follow_move.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/curve.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"
#include "core/scene/blocking.h"

namespace murnau {

namespace {

constexpr double kRadToDeg = 180.0 / std::numbers::pi;
// Shortest walk accepted, metres.
constexpr double kMinWalkM = 0.01;
// Largest height difference between the walk's end and the subject's floor, metres.
constexpr double kFloorToleranceM = 1e-3;

} // namespace

Result<MoveResult> makeFollowMove(const MoveSpec& spec, const FollowMove& move)
{
    if (!std::isfinite(move.walkingSpeedMps) || !(move.walkingSpeedMps > 0.0)
        || move.walkingSpeedMps > kMaxWalkingSpeedMps) {
        return fail("walkingSpeedMps", fmt::format("the walking speed must be a number of metres per second in (0, {}]",
                                                   kMaxWalkingSpeedMps));
    }
    if (move.runUpFlicks < 0 || move.runUpFlicks > kCurveTimeLimit / 2)
        return fail("runUpFlicks", "the run-up must last 0 or more seconds (and less than 500,000 s)");

    // The way the subject walks, and for how long: along their facing, or to walkToM.
    MoveSpec facing = spec;
    Flicks durationFlicks = spec.durationFlicks;
    double walkM = move.walkingSpeedMps * flicksToSeconds(durationFlicks);
    if (move.walkToM) {
        const glm::dvec3 walk = *move.walkToM - spec.subject.positionM;
        if (!std::isfinite(walk.x) || !std::isfinite(walk.y) || !std::isfinite(walk.z))
            return fail("walkToM", "the end of the walk must be a finite point");
        if (std::abs(walk.y) > kFloorToleranceM)
            return fail("walkToM", "the walk must stay on the subject's floor level");
        const double lengthM = std::sqrt(walk.x * walk.x + walk.z * walk.z);
        if (!(lengthM >= kMinWalkM))
            return fail("walkToM", fmt::format("the walk must be at least {} long", formatMetres(kMinWalkM)));
        facing.subject.facingDeg = std::atan2(-walk.x, -walk.z) * kRadToDeg;
        const double seconds = lengthM / move.walkingSpeedMps;
        if (!(seconds * static_cast<double>(kFlicksPerSecond) <= static_cast<double>(kCurveTimeLimit / 2)))
            return fail("walkToM", "the walk would last longer than 500,000 s");
        durationFlicks = std::max<Flicks>(1, std::llround(seconds * static_cast<double>(kFlicksPerSecond)));
        facing.durationFlicks = durationFlicks;
        walkM = lengthM;
    }
    // The camera's bearing is measured from the direction of the walk (the subject faces it).
    Result<MoveStage> staged = prepareMove(facing);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<double> distance = framingDistanceM(move.framing, spec.subject.heightM, stage.gate, *focal, "framing");
    if (!distance)
        return distance.error();
    Result<double> out = horizontalDistanceM(stage, *distance, stage.lensHeightM, "framing");
    if (!out)
        return out.error();

    const double facingRad = facing.subject.facingDeg * (std::numbers::pi / 180.0);
    const glm::dvec3 u(-std::sin(facingRad), 0.0, -std::cos(facingRad));   // the walk's direction
    const double shotS = flicksToSeconds(durationFlicks);
    const double runUpS = flicksToSeconds(move.runUpFlicks);
    const double speedMps = walkM / shotS;          // exactly the pace of both (v, or the walk over whole flicks)
    const double runUpM = speedMps * runUpS;
    const double totalM = runUpM + walkM;

    // The subject's blocking: start (run-up included) and end, facing the walk.
    Mark start;
    start.name = "start";
    start.positionM = spec.subject.positionM - runUpM * u;
    start.facingDeg = facing.subject.facingDeg;
    Mark end;
    end.name = "end";
    end.positionM = spec.subject.positionM + walkM * u;   // walkToM, level with the subject's floor
    end.facingDeg = facing.subject.facingDeg;
    end.arriveAt = move.runUpFlicks + durationFlicks;
    end.leaveAt = end.arriveAt;
    Result<ActorBlocking> blocking = makeActorBlocking(spec.subject.name, {start, end}, "walkToM");
    if (!blocking)
        return blocking.error();

    Result<MoveResult> begun = beginMove(facing, stage, "follow");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    result.shot.actionStart = move.runUpFlicks;
    CameraRig& rig = result.shot.rig;
    // The track: the camera's floor point at the start of the run-up and at the end, offset
    // g o from the subject's.
    const glm::dvec3 offsetM = *out * stage.outward;
    if (auto error = layStraightTrack(rig, start.positionM + offsetM, end.positionM + offsetM, "walkToM"))
        return *error;
    MoveTiming constant;
    constant.profile = MoveProfile::ConstantSpeed;
    rig.channel(RigChannel::Dolly).setExtrapolation(Extrapolation::Linear);
    if (auto error = keyChange(rig, RigChannel::Dolly, constant, durationFlicks, runUpM, totalM, "walkToM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, facing, stage, stage.floorM + offsetM + glm::dvec3(0.0, stage.lensHeightM, 0.0)))
        return *error;

    result.blocking = std::move(blocking).value();
    result.shot.equipment = {straightTrackEquipment(totalM)};
    result.summary = {*distance, *distance, *focal, *focal, totalM, 0.0};
    const std::string runUp = move.runUpFlicks > 0 ? fmt::format(", {} run-up", formatMetres(runUpM)) : std::string();
    describeMove(result, fmt::format("Backwards tracking shot leading {} at {}, {}, {}, {} ({} of track{})",
                                     spec.subject.name, formatSpeed(speedMps),
                                     move.framing.shotSize() ? framingLabel(move.framing)
                                                             : framingLabel(move.framing) + " ahead",
                                     formatMillimetres(*focal), formatSeconds(durationFlicks), formatMetres(totalM),
                                     runUp));
    return result;
}

} // namespace murnau
