// Extended pull back: geometric distance, one dolly key per frame, an optional crane tail.

#include "core/moves/pull_back.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <fmt/format.h>

#include "core/motion/curve.h"
#include "core/motion/rail.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

Result<MoveResult> makePullBack(const MoveSpec& spec, const PullBack& move)
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
    const double d1 = distances->fromM;
    const double d2 = distances->toM;
    if (!(std::abs(d2 - d1) >= kMinRailPointSpacingM))
        return fail("to", "the pull back ends at the distance it starts at: give two different framings");

    Result<MoveResult> begun = beginMove(spec, stage, "pullback");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;

    // The pedestal: held, or rising over the tail with ease-in-out.
    double riseM = 0.0;
    Flicks tailFlicks = 0;
    if (move.crane) {
        riseM = move.crane->riseM;
        if (!std::isfinite(riseM) || !(riseM > 0.0))
            return fail("crane.riseM", "the crane must rise a positive, finite number of metres");
        const double tail = move.crane->tailFraction;
        if (!std::isfinite(tail) || !(tail > 0.0) || tail > 1.0)
            return fail("crane.tailFraction", "the crane's tail must be a share of the duration in (0, 1]");
        tailFlicks = std::max<Flicks>(1, std::llround(tail * static_cast<double>(spec.durationFlicks)));
        if (auto error = keyChangeDuring(rig, RigChannel::Pedestal, MoveTiming{}, spec.durationFlicks - tailFlicks,
                                         spec.durationFlicks, stage.lensHeightM, stage.lensHeightM + riseM,
                                         "crane.riseM"))
            return *error;
    } else if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM")) {
        return *error;
    }

    // g(t) = sqrt(d(t)^2 - dy(t)^2) with d(t) = d1 (d2/d1)^e(t) and the lens height from the
    // pedestal as written; checked on every frame (and the end) before any dolly key is written.
    const Curve& pedestal = rig.channel(RigChannel::Pedestal);
    const double logRatio = std::log(d2 / d1);
    const auto outAt = [&](Flicks t) {
        const double distanceM = d1 * std::exp(logRatio * moveProgress(spec.timing, spec.durationFlicks, t));
        return horizontalDistanceM(stage, distanceM, pedestal.valueAt(t), move.crane ? "crane.riseM" : "from");
    };
    const Flicks perFrame = spec.frameRate.flicksPerFrame();
    const std::int64_t frames = (spec.durationFlicks + perFrame - 1) / perFrame;
    double nearestM = std::numeric_limits<double>::infinity();
    double farthestM = 0.0;
    for (std::int64_t frame = 0; frame <= frames; ++frame) {
        const Flicks t = frame < frames ? framesToFlicks(frame, spec.frameRate) : spec.durationFlicks;
        Result<double> g = outAt(t);
        if (!g)
            return fail(g.error().field, fmt::format("at {:.3f} s: {}", flicksToSeconds(t), g.error().message));
        nearestM = std::min(nearestM, *g);
        farthestM = std::max(farthestM, *g);
    }
    const double startOutM = outAt(0).value();
    const double endOutM = outAt(spec.durationFlicks).value();
    const double lengthM = farthestM - nearestM;
    if (!(lengthM >= kMinRailPointSpacingM))
        return fail("to", "the pull back does not travel: give two different framings");
    // The track runs from its nearest to its farthest point in the direction of travel; the
    // dolly is the distance along it.
    const bool outwards = endOutM > startOutM;
    const double trackStartM = outwards ? nearestM : farthestM;
    if (auto error = layStraightTrack(rig, trackPointM(stage, trackStartM),
                                      trackPointM(stage, outwards ? farthestM : nearestM), "to"))
        return *error;
    const auto dollyAt = [&outAt, trackStartM](Flicks t) { return std::abs(outAt(t).value() - trackStartM); };
    if (auto error = keyEveryFrame(rig, RigChannel::Dolly, spec.frameRate, spec.durationFlicks, dollyAt, "to"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;
    if (auto error = keyRestingAim(rig, spec, stage, lensPointM(stage, startOutM, stage.lensHeightM)))
        return *error;

    result.shot.equipment = {straightTrackEquipment(lengthM)};
    if (move.crane) {
        result.shot.equipment.push_back(
            fmt::format("crane rising {} over the last {}", formatMetres(riseM), formatSeconds(tailFlicks)));
    }
    result.summary = {d1, d2, *focal, *focal, lengthM, riseM};
    describeMove(result, fmt::format("Extended {} from {} to {} {}, geometric distance{}, {}, {}",
                                     d2 > d1 ? "pull back" : "push in", framingLabel(move.from), framingLabel(move.to),
                                     framedSubject(move.to, spec.subject.name),
                                     move.crane ? fmt::format(", craning up {} at the end", formatMetres(riseM))
                                                : std::string(),
                                     formatMillimetres(*focal), formatSeconds(spec.durationFlicks)));
    return result;
}

} // namespace murnau
