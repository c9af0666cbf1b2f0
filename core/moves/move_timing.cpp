// Move timing: the progress formulas of move_timing.h.

#include "core/moves/move_timing.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

namespace murnau {

std::optional<Error> checkMoveTiming(const MoveTiming& timing, Flicks durationFlicks, std::string_view field)
{
    if (timing.profile != MoveProfile::Ramped)
        return std::nullopt;
    if (timing.rampFlicks <= 0 || timing.rampFlicks > durationFlicks - timing.rampFlicks) {
        return fail(fmt::format("{}.rampFlicks", field),
                    fmt::format("each of the two ramps must last more than 0 s and together at most the move's "
                                "{} s, got {} s each",
                                flicksToSeconds(durationFlicks), flicksToSeconds(timing.rampFlicks)));
    }
    return std::nullopt;
}

double moveProgress(const MoveTiming& timing, Flicks durationFlicks, Flicks t) noexcept
{
    if (durationFlicks <= 0)
        return 1.0;
    const Flicks clamped = std::clamp<Flicks>(t, 0, durationFlicks);
    if (clamped == durationFlicks)
        return 1.0;
    const double x = static_cast<double>(clamped) / static_cast<double>(durationFlicks);
    switch (timing.profile) {
    case MoveProfile::Eased:
        return timing.easing.valueAt(x);
    case MoveProfile::ConstantSpeed:
        return x;
    case MoveProfile::Ramped:
        break;
    }
    const double r = static_cast<double>(timing.rampFlicks) / static_cast<double>(durationFlicks);
    if (x <= r)
        return x * x / (2.0 * r * (1.0 - r));
    if (x >= 1.0 - r)
        return 1.0 - (1.0 - x) * (1.0 - x) / (2.0 * r * (1.0 - r));
    return (x - r / 2.0) / (1.0 - r);
}

Easing accelerationRampEasing() noexcept
{
    // Valid by construction (x1, x2 in [0, 1], no vertical end tangent), so value() is safe.
    return Easing::cubicBezier(1.0 / 3.0, 0.0, 2.0 / 3.0, 1.0 / 3.0).value();
}

Easing decelerationRampEasing() noexcept
{
    return Easing::cubicBezier(1.0 / 3.0, 2.0 / 3.0, 2.0 / 3.0, 1.0).value();
}

} // namespace murnau
