#pragma once
// How a camera move spreads its travel over its duration: the progress p(x) from 0 at the
// first instant to 1 at the last, over normalised shot time x = t / duration.
//
//   Eased          p = easing(x), a cubic-bezier on the unit square (easing.h); ease-in-out
//                  by default, so a dolly starts and stops gently.
//   ConstantSpeed  p = x: at speed from the first instant to the last (a leading shot whose
//                  run-up happens before the first frame).
//   Ramped         constant acceleration for a ramp of r = ramp / duration, then constant
//                  speed, then constant deceleration for another ramp. Peak speed
//                  vmax = 1 / (1 - r) (in travels per duration), from the area under the
//                  trapezoid of speed: vmax (1 - r) = 1. So
//                    x <= r:          p = x^2 / (2 r (1 - r))
//                    r <= x <= 1 - r: p = (x - r/2) / (1 - r)
//                    x >= 1 - r:      p = 1 - (1 - x)^2 / (2 r (1 - r))
//                  Written as keys: the ramps are Eased segments with cubic-bezier(1/3, 0,
//                  2/3, 1/3), which is y = x^2 exactly (x(u) = u; y(u) = 3 (1-u) u^2 / 3 + u^3
//                  = u^2), and cubic-bezier(1/3, 2/3, 2/3, 1), y = 2x - x^2 exactly; the
//                  cruise between them is a Linear segment. The speed is continuous at the
//                  joins: 2 p(r) / r = 1 / (1 - r) = vmax.

#include <optional>
#include <string_view>

#include "core/motion/easing.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// The shape of a move's progress over time (see above).
enum class MoveProfile {
    Eased,           // p = easing(x)
    ConstantSpeed,   // p = x, at speed on the first and last frame
    Ramped,          // constant acceleration, constant speed, constant deceleration
};

// How a move is timed: the profile and its parameters.
struct MoveTiming {
    MoveProfile profile = MoveProfile::Eased;                     // the shape of the progress
    Easing easing = Easing::fromPreset(EasingPreset::EaseInOut);   // used by Eased
    Flicks rampFlicks = kFlicksPerSecond;                          // used by Ramped: length of each of the two ramps
};

// An error naming `field` + ".rampFlicks" if a Ramped timing's ramps do not fit the duration
// (each ramp must be longer than 0 and the two together no longer than `durationFlicks`).
std::optional<Error> checkMoveTiming(const MoveTiming& timing, Flicks durationFlicks, std::string_view field = "timing");

// The progress p in [0, 1] at shot time `t` of a move lasting `durationFlicks` (> 0); t is
// clamped to the move. Expects a timing that passed checkMoveTiming().
[[nodiscard]] double moveProgress(const MoveTiming& timing, Flicks durationFlicks, Flicks t) noexcept;

// The easing of a Ramped move's acceleration ramp, y = x^2: cubic-bezier(1/3, 0, 2/3, 1/3).
[[nodiscard]] Easing accelerationRampEasing() noexcept;

// The easing of a Ramped move's deceleration ramp, y = 2x - x^2: cubic-bezier(1/3, 2/3, 2/3, 1).
[[nodiscard]] Easing decelerationRampEasing() noexcept;

} // namespace murnau
