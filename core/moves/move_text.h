#pragma once
// The wording of move descriptions ("Track out from CU to WS of Anna, 35 mm, 6 s"): numbers
// with their units, rounded for reading and without trailing zeros.

#include <string>

#include "core/time/frame_rate.h"

namespace murnau {

// "2.4 m", "10.13 m", "350 m": metres to two decimals.
[[nodiscard]] std::string formatMetres(double metres);

// "35 mm", "12.3 mm": millimetres to one decimal.
[[nodiscard]] std::string formatMillimetres(double millimetres);

// "6 s", "4.17 s": a duration to two decimals.
[[nodiscard]] std::string formatSeconds(Flicks duration);

// "30°", "12.5°": degrees to one decimal, sign dropped (the wording says which way).
[[nodiscard]] std::string formatDegrees(double degrees);

// "1.4 m/s": a speed to two decimals.
[[nodiscard]] std::string formatSpeed(double metresPerSecond);

} // namespace murnau
