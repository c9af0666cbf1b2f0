// The plan grid: the finest nice step whose lines are at least the minimum spacing apart.
// Each case derives the spacing of the step chosen and of the step below it (which must be too close).
// 1 in = 0.0254 m and 1 ft = 0.3048 m exactly (international yard and pound, 1959).

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/plan/plan_grid.h"

using namespace murnau;

namespace {

void expectGrid(double pixelsPerMetre, DisplayUnits units, double minorM, int perMajor, const std::string& minorLabel,
                const std::string& majorLabel)
{
    auto grid = planGrid(pixelsPerMetre, units, 8.0);
    ASSERT_TRUE(grid.ok()) << grid.error().describe();
    EXPECT_NEAR(grid->minorStepM, minorM, 1e-12 * minorM) << pixelsPerMetre << " px/m";
    EXPECT_EQ(grid->minorPerMajor, perMajor) << pixelsPerMetre << " px/m";
    EXPECT_NEAR(grid->majorStepM, minorM * perMajor, 1e-12 * minorM * perMajor);
    EXPECT_NEAR(grid->minorSpacingPx, minorM * pixelsPerMetre, 1e-9);
    EXPECT_EQ(grid->minorLabel, minorLabel);
    EXPECT_EQ(grid->majorLabel, majorLabel);
    EXPECT_EQ(grid->units, units);
}

} // namespace

// 40 px/m: 0.1 m is 4 px (too close), 0.2 m is 8 px, exactly the minimum: 0.2 m, majors every 5 (1 m).
TEST(PlanGrid, MetricSteps)
{
    expectGrid(40.0, DisplayUnits::Metric, 0.2, 5, "0.2 m", "1 m");
    // 100 px/m: 0.05 m is 5 px, 0.1 m is 10 px; majors every 5: 0.5 m.
    expectGrid(100.0, DisplayUnits::Metric, 0.1, 5, "0.1 m", "0.5 m");
    // 3 px/m: 2 m is 6 px, 5 m is 15 px; a 5 step has majors every 2: 10 m.
    expectGrid(3.0, DisplayUnits::Metric, 5.0, 2, "5 m", "10 m");
    // 1 px/m: 5 m is 5 px, 10 m is 10 px; majors at 50 m.
    expectGrid(1.0, DisplayUnits::Metric, 10.0, 5, "10 m", "50 m");
    // 0.01 px/m (a 100 km overview): 500 m is 5 px, 1000 m is 10 px.
    expectGrid(0.01, DisplayUnits::Metric, 1000.0, 5, "1000 m", "5000 m");
    // Zoomed right in the finest step, 1 cm, stays (100 px apart at 10000 px/m).
    expectGrid(1000.0, DisplayUnits::Metric, 0.01, 5, "0.01 m", "0.05 m");
    expectGrid(10000.0, DisplayUnits::Metric, 0.01, 5, "0.01 m", "0.05 m");
}

TEST(PlanGrid, ImperialSteps)
{
    // 40 px/m: 6 in = 0.1524 m is 6.1 px, 1 ft = 0.3048 m is 12.19 px: 1 ft, majors every 5 ft.
    expectGrid(40.0, DisplayUnits::Imperial, 0.3048, 5, "1 ft", "5 ft");
    // 400 px/m: 1 in = 0.0254 m is 10.16 px; majors every 12 in = 1 ft.
    expectGrid(400.0, DisplayUnits::Imperial, 0.0254, 12, "1 in", "1 ft");
    // 100 px/m: 2 in is 5.08 px, 6 in is 15.24 px; majors every 2: 1 ft.
    expectGrid(100.0, DisplayUnits::Imperial, 0.1524, 2, "6 in", "1 ft");
    // 200 px/m: 1 in is 5.08 px, 2 in is 10.16 px; majors every 6: 1 ft.
    expectGrid(200.0, DisplayUnits::Imperial, 0.0508, 6, "2 in", "1 ft");
    // 1 px/m: 25 ft = 7.62 m is 7.62 px, 50 ft = 15.24 m is 15.24 px; majors every 2: 100 ft.
    expectGrid(1.0, DisplayUnits::Imperial, 15.24, 2, "50 ft", "100 ft");
    // 2 px/m: 10 ft is 6.1 px, 25 ft is 15.24 px; majors every 4: 100 ft.
    expectGrid(2.0, DisplayUnits::Imperial, 7.62, 4, "25 ft", "100 ft");
    // 0.1 px/m: 250 ft is 7.62 px, 500 ft = 152.4 m is 15.24 px; majors at 1000 ft.
    expectGrid(0.1, DisplayUnits::Imperial, 152.4, 2, "500 ft", "1000 ft");
    // 6 px/m: 2 ft = 0.6096 m is 3.66 px, 5 ft = 1.524 m is 9.14 px; majors every 2: 10 ft.
    expectGrid(6.0, DisplayUnits::Imperial, 1.524, 2, "5 ft", "10 ft");
}

// Over zooms from 1e-3 to 1e5 px/m the lines are never closer than the minimum, and never more than
// the largest ratio between neighbouring steps (2.5 metric; 3 imperial, 2 in -> 6 in) times it,
// except at the finest step.
TEST(PlanGrid, NeverCloserThanTheMinimum)
{
    for (DisplayUnits units : {DisplayUnits::Metric, DisplayUnits::Imperial}) {
        const double finestM = units == DisplayUnits::Metric ? 0.01 : 0.0254;
        const double widestRatio = units == DisplayUnits::Metric ? 2.5 : 3.0;
        for (double exponent = -3.0; exponent <= 5.0; exponent += 0.01) {
            const double zoom = std::pow(10.0, exponent);
            for (double minPx : {4.0, 8.0, 12.0}) {
                auto grid = planGrid(zoom, units, minPx);
                ASSERT_TRUE(grid.ok());
                EXPECT_GE(grid->minorSpacingPx, minPx * (1.0 - 1e-9)) << zoom;
                if (grid->minorStepM > finestM) {
                    EXPECT_LT(grid->minorSpacingPx, widestRatio * minPx * (1.0 + 1e-9)) << zoom;
                }
            }
        }
    }
}

// 0.2 m steps over [-0.5, 1.1]: lines at k * 0.2 for k = -2 .. 5, majors where k is a multiple of 5
// (0 m and 1 m).
TEST(PlanGrid, LinesOverARange)
{
    auto grid = planGrid(40.0, DisplayUnits::Metric, 8.0);
    ASSERT_TRUE(grid.ok());
    auto lines = planGridLines(*grid, -0.5, 1.1);
    ASSERT_TRUE(lines.ok()) << lines.error().describe();
    ASSERT_EQ(lines->size(), 8u);
    for (std::size_t i = 0; i < lines->size(); ++i) {
        const std::int64_t k = static_cast<std::int64_t>(i) - 2;
        EXPECT_EQ((*lines)[i].index, k);
        EXPECT_NEAR((*lines)[i].positionM, 0.2 * static_cast<double>(k), 1e-15);
        EXPECT_EQ((*lines)[i].major, k == 0 || k == 5) << k;
    }
    // A range inside one step has no line.
    auto none = planGridLines(*grid, 0.05, 0.15);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}

TEST(PlanGrid, Labels)
{
    EXPECT_EQ(gridLengthLabel(0.2, DisplayUnits::Metric), "0.2 m");
    EXPECT_EQ(gridLengthLabel(15.0, DisplayUnits::Metric), "15 m");
    EXPECT_EQ(gridLengthLabel(6.0 * 0.0254, DisplayUnits::Imperial), "6 in");
    EXPECT_EQ(gridLengthLabel(2.5 * 0.3048, DisplayUnits::Imperial), "2.5 ft");
    EXPECT_EQ(gridLengthLabel(0.3048, DisplayUnits::Imperial), "1 ft");
}

TEST(PlanGrid, RefusesUnusableInput)
{
    EXPECT_EQ(planGrid(0.0, DisplayUnits::Metric).error().field, "pixelsPerMetre");
    EXPECT_EQ(planGrid(std::nan(""), DisplayUnits::Metric).error().field, "pixelsPerMetre");
    EXPECT_EQ(planGrid(1e9, DisplayUnits::Metric).error().field, "pixelsPerMetre");
    EXPECT_EQ(planGrid(40.0, DisplayUnits::Metric, 0.0).error().field, "minSpacingPx");
    EXPECT_EQ(planGrid(40.0, DisplayUnits::Metric, std::nan("")).error().field, "minSpacingPx");

    auto grid = planGrid(1000.0, DisplayUnits::Metric);
    ASSERT_TRUE(grid.ok());
    EXPECT_EQ(planGridLines(*grid, 1.0, 0.0).error().field, "highM");
    EXPECT_EQ(planGridLines(*grid, std::nan(""), 0.0).error().field, "lowM");
    // 1 cm lines over 2 km would be 200,001 lines.
    EXPECT_EQ(planGridLines(*grid, -1000.0, 1000.0).error().field, "highM");
    PlanGrid broken;
    broken.minorStepM = 0.0;
    EXPECT_EQ(planGridLines(broken, 0.0, 1.0).error().field, "grid");
}
