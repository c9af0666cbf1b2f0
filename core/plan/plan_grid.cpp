// Nice grid steps for a zoom, and the grid lines over a visible range.

#include "core/plan/plan_grid.h"

#include <array>
#include <cmath>

#include <fmt/format.h>

#include "core/plan/plan_geometry.h"

namespace murnau {

namespace {

// Relative slack when comparing a line spacing with the minimum (0.2 m * 40 px/m is 8 px up to rounding).
constexpr double kSpacingSlack = 1e-9;
// Largest accepted minimum spacing, pixels.
constexpr double kMaxMinSpacingPx = 10000.0;
// More candidate steps than any accepted zoom needs (1e4 px / 1e-6 px/m = 1e10 m is the 36th metric step).
constexpr int kMaxCandidates = 200;

// A candidate step and the minor steps per major line.
struct Step {
    double metres = 0.0;
    int minorPerMajor = 1;
};

// 10^exponent as an exact integer or the correctly rounded quotient 1 / 10^-exponent.
double decade(int exponent) noexcept
{
    double power = 1.0;
    for (int i = 0; i < std::abs(exponent); ++i)
        power *= 10.0;
    return power;
}

// `mantissa` * 10^exponent, correctly rounded (0.2 is 2 / 10, not 2 * 0.1).
double scaled(double mantissa, int exponent) noexcept
{
    return exponent >= 0 ? mantissa * decade(exponent) : mantissa / decade(exponent);
}

// The k-th metric step (k = 0 is 1 cm): 1-2-5 in every decade, majors every 5, 5, 2.
Step metricStep(int k) noexcept
{
    constexpr std::array<double, 3> kMantissa{1.0, 2.0, 5.0};
    constexpr std::array<int, 3> kMajor{5, 5, 2};
    const auto slot = static_cast<std::size_t>(k % 3);
    return {scaled(kMantissa[slot], k / 3 - 2), kMajor[slot]};
}

// The k-th imperial step (k = 0 is 1 in): 1, 2, 6 in, 1, 2, 5 ft, then 10-25-50 ft in every decade.
Step imperialStep(int k) noexcept
{
    constexpr std::array<Step, 6> kFirst{{
        {1.0 * kMetresPerInch, 12},
        {2.0 * kMetresPerInch, 6},
        {6.0 * kMetresPerInch, 2},
        {1.0 * kMetresPerFoot, 5},
        {2.0 * kMetresPerFoot, 5},
        {5.0 * kMetresPerFoot, 2},
    }};
    if (k < 6)
        return kFirst[static_cast<std::size_t>(k)];
    constexpr std::array<double, 3> kMantissaFt{10.0, 25.0, 50.0};
    constexpr std::array<int, 3> kMajor{5, 4, 2};
    const int j = k - 6;
    const auto slot = static_cast<std::size_t>(j % 3);
    return {scaled(kMantissaFt[slot], j / 3) * kMetresPerFoot, kMajor[slot]};
}

} // namespace

Result<PlanGrid> planGrid(double pixelsPerMetre, DisplayUnits units, double minSpacingPx)
{
    if (!std::isfinite(pixelsPerMetre) || pixelsPerMetre < kMinPixelsPerMetre || pixelsPerMetre > kMaxPixelsPerMetre) {
        return fail("pixelsPerMetre", fmt::format("the zoom must be between {} and {} pixels per metre, got {}",
                                                  kMinPixelsPerMetre, kMaxPixelsPerMetre, pixelsPerMetre));
    }
    if (!std::isfinite(minSpacingPx) || !(minSpacingPx > 0.0) || minSpacingPx > kMaxMinSpacingPx) {
        return fail("minSpacingPx", fmt::format("the line spacing must be more than 0 and at most {} pixels, got {}",
                                                kMaxMinSpacingPx, minSpacingPx));
    }
    const double needed = minSpacingPx * (1.0 - kSpacingSlack);
    Step step;
    for (int k = 0; k < kMaxCandidates; ++k) {
        step = units == DisplayUnits::Metric ? metricStep(k) : imperialStep(k);
        if (step.metres * pixelsPerMetre >= needed)
            break;
    }
    PlanGrid grid;
    grid.units = units;
    grid.minorStepM = step.metres;
    grid.minorPerMajor = step.minorPerMajor;
    grid.majorStepM = step.metres * step.minorPerMajor;
    grid.minorSpacingPx = step.metres * pixelsPerMetre;
    grid.minorLabel = gridLengthLabel(grid.minorStepM, units);
    grid.majorLabel = gridLengthLabel(grid.majorStepM, units);
    return grid;
}

Result<std::vector<PlanGridLine>> planGridLines(const PlanGrid& grid, double lowM, double highM)
{
    if (!std::isfinite(grid.minorStepM) || !(grid.minorStepM > 0.0) || grid.minorPerMajor < 1)
        return fail("grid", "the grid needs a positive step and at least one minor step per major line");
    if (!std::isfinite(lowM) || std::abs(lowM) > kMaxPlanCoordinateM)
        return fail("lowM", fmt::format("the range must lie within {} m of the origin", kMaxPlanCoordinateM));
    if (!std::isfinite(highM) || std::abs(highM) > kMaxPlanCoordinateM)
        return fail("highM", fmt::format("the range must lie within {} m of the origin", kMaxPlanCoordinateM));
    if (highM < lowM)
        return fail("highM", "the range must not end before it starts");
    const double first = std::ceil(lowM / grid.minorStepM);
    const double last = std::floor(highM / grid.minorStepM);
    if (last - first + 1.0 > static_cast<double>(kMaxGridLines)) {
        return fail("highM", fmt::format("the range would need more than {} grid lines at {}", kMaxGridLines,
                                         grid.minorLabel));
    }
    std::vector<PlanGridLine> lines;
    const auto from = static_cast<std::int64_t>(first);
    const auto to = static_cast<std::int64_t>(last);
    if (to >= from)
        lines.reserve(static_cast<std::size_t>(to - from + 1));
    for (std::int64_t i = from; i <= to; ++i)
        lines.push_back({static_cast<double>(i) * grid.minorStepM, i % grid.minorPerMajor == 0, i});
    return lines;
}

std::string gridLengthLabel(double metres, DisplayUnits units)
{
    if (units == DisplayUnits::Metric)
        return fmt::format("{:.6g} m", metres);
    if (std::abs(metres) < kMetresPerFoot * (1.0 - kSpacingSlack))
        return fmt::format("{:.6g} in", metres / kMetresPerInch);
    return fmt::format("{:.6g} ft", metres / kMetresPerFoot);
}

} // namespace murnau
