#pragma once
// Lengths as people read and type them: metres, or feet and inches. Files and the core always
// hold SI metres; these functions are only for what the user sees (edit names, the inspector).
// Conversion is exact by definition: 1 in = 0.0254 m, 1 ft = 12 in = 0.3048 m (international
// yard and pound agreement, 1959; NIST SP 811, appendix B).

#include <string>
#include <string_view>

#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

inline constexpr double kMetresPerInch = 0.0254; // exact, NIST SP 811
inline constexpr double kMetresPerFoot = 0.3048; // exact, 12 in
// Largest length parseLength accepts, metres (the reach of a rail, kMaxRailCoordinateM).
inline constexpr double kMaxParsedLengthM = 1e6;

// "metres" or "feet and inches": how a DisplayUnits value is called in the UI.
[[nodiscard]] std::string_view displayUnitsLabel(DisplayUnits units) noexcept;

// A length for display.
//  Metric: metres rounded to the nearest centimetre, always two decimals: "1.68 m", "12.50 m", "-0.05 m".
//  Imperial: rounded to the nearest whole inch (halves away from zero), then split into feet and
//  inches: "5 ft 6 in", "6 ft 0 in"; under a foot only inches: "11 in", "0 in"; a negative length
//  gets its sign in front: "-1 ft 2 in".
// Not finite: "-" (never shown for values the core accepted).
[[nodiscard]] std::string formatLength(double metres, DisplayUnits units);

// Parses a length typed by the user, into metres. Accepted (spaces optional, units any case):
//   a bare number "1.68"             metres when `bareNumberUnits` is Metric, feet when Imperial
//   "1.68 m", "168 cm", "1680 mm"    also "metre(s)", "meter(s)"
//   "5 ft", "5.5 ft", "5'"           also "foot", "feet"
//   "66 in", "66\""                  also "inch", "inches"
//   "5 ft 6 in", "5'6\"", "5' 6", "5 ft 6.5 in"   whole feet then inches below 12
// with an optional leading '-' or '+'. Numbers are plain decimals (digits, one '.', no exponent).
// Refused, with an error naming `field`: empty text, NaN/inf or any word that is not a unit,
// a unit missing its number, fractional feet followed by inches, inches of 12 or more after feet,
// two numbers of the same unit, and lengths beyond kMaxParsedLengthM.
Result<double> parseLength(std::string_view text, DisplayUnits bareNumberUnits = DisplayUnits::Metric,
                           std::string_view field = "length");

} // namespace murnau
