#pragma once
// The plan's grid: a "nice" step for a zoom, so grid lines are never closer than a given number
// of pixels, in metric or imperial units, with every k-th line a major one.
//
// The steps, finest first, each with the number of minor steps per major line:
//   metric:   0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10 ... m (1-2-5 in every decade);
//             a 1 or 2 step has a major line every 5 steps, a 5 step every 2
//             (0.1 -> 0.5, 0.2 -> 1, 0.5 -> 1, 1 -> 5, 2 -> 10, 5 -> 10 m).
//   imperial: 1 in (major every 12: 1 ft), 2 in (6: 1 ft), 6 in (2: 1 ft), 1 ft (5), 2 ft (5),
//             5 ft (2: 10 ft), then 10, 25, 50 ft in every decade (majors every 5, 4, 2:
//             10 -> 50, 25 -> 100, 50 -> 100 ft). 1 ft = 0.3048 m, 1 in = 0.0254 m (display_units.h).
// The minor step is the finest step s with s * pixelsPerMetre >= minSpacingPx (lines exactly
// minSpacingPx apart are allowed; a relative 1e-9 slack absorbs rounding of products such as 0.2 * 40).

#include <cstdint>
#include <string>
#include <vector>

#include "core/scene/display_units.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The default smallest distance between two grid lines on screen, pixels.
inline constexpr double kDefaultGridMinSpacingPx = 8.0;
// Zooms accepted, pixels per metre: 1 px per 1000 km up to 1 px per micrometre (beyond either is not a plan).
inline constexpr double kMinPixelsPerMetre = 1e-6;
inline constexpr double kMaxPixelsPerMetre = 1e6;
// Most grid lines gridLines() gives along one axis.
inline constexpr std::int64_t kMaxGridLines = 100000;

// A grid for one zoom.
struct PlanGrid {
    DisplayUnits units = DisplayUnits::Metric;
    double minorStepM = 1.0;          // distance between neighbouring lines, metres
    int minorPerMajor = 5;            // every minorPerMajor-th line (counting from 0 at the origin) is major
    double majorStepM = 5.0;          // minorStepM * minorPerMajor, metres
    double minorSpacingPx = 0.0;      // minorStepM * pixelsPerMetre, pixels (>= the requested minimum)
    std::string minorLabel;           // the minor step as people write it: "0.2 m", "6 in", "25 ft"
    std::string majorLabel;           // the major step likewise: "1 m", "1 ft", "100 ft"
};

// The grid for `pixelsPerMetre` with lines at least `minSpacingPx` apart. Errors: "pixelsPerMetre"
// outside [kMinPixelsPerMetre, kMaxPixelsPerMetre] or not finite; "minSpacingPx" not in (0, 10000].
Result<PlanGrid> planGrid(double pixelsPerMetre, DisplayUnits units, double minSpacingPx = kDefaultGridMinSpacingPx);

// One grid line across the plan.
struct PlanGridLine {
    double positionM = 0.0;           // the line's coordinate (x for a line parallel to z, z for one parallel to x), metres
    bool major = false;               // a major line (index divisible by minorPerMajor)
    std::int64_t index = 0;           // positionM = index * minorStepM
};

// The grid lines with coordinates in [lowM, highM] (one axis), in increasing order; positions are
// computed as index * step, so they do not drift. Errors: "lowM"/"highM" not finite or beyond
// kMaxPlanCoordinateM, highM < lowM ("highM"), more than kMaxGridLines lines ("highM").
Result<std::vector<PlanGridLine>> planGridLines(const PlanGrid& grid, double lowM, double highM);

// A length as the grid labels it: metric "0.2 m", "15 m"; imperial below one foot in inches
// ("6 in"), else in feet ("2.5 ft", "25 ft"). Up to 6 significant digits.
[[nodiscard]] std::string gridLengthLabel(double metres, DisplayUnits units);

} // namespace murnau
