#include "core/timeline/timeline_snap.h"

#include <cmath>
#include <limits>

namespace murnau {

Flicks nearestFrameStart(Flicks time, FrameRate rate) noexcept
{
    const Flicks perFrame = rate.flicksPerFrame();
    const std::int64_t below = flicksToFrame(time, rate);
    const Flicks start = framesToFlicks(below, rate);
    return (time - start) * 2 >= perFrame ? start + perFrame : start;
}

SnappedTime snapTime(Flicks time, FrameRate rate, std::span<const Flicks> instants, const TimeAxis& axis,
                     double tolerancePx) noexcept
{
    const double px = axis.toPixel(time);
    std::optional<Flicks> best;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (const Flicks instant : instants) {
        const double distance = std::abs(axis.toPixel(instant) - px);
        if (distance <= tolerancePx && (distance < bestDistance || (distance == bestDistance && instant < *best))) {
            best = instant;
            bestDistance = distance;
        }
    }
    if (best)
        return {*best, SnapTarget::Instant};
    return {nearestFrameStart(time, rate), SnapTarget::Frame};
}

} // namespace murnau
