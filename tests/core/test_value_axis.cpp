// The curve editor's value axis: value <-> pixel, zoom, scroll, fitting, and the 1-2-5 ticks.
// Expected pixels are worked out by hand from the axis' definition (px = (top - v) x ppu).

#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "core/timeline/value_axis.h"

using namespace murnau;

TEST(ValueAxis, ValueAndPixelBothWays)
{
    const ValueAxis axis{10.0, 20.0};   // 10 at the top, 20 px per unit
    EXPECT_DOUBLE_EQ(axis.toPixel(10.0), 0.0);
    EXPECT_DOUBLE_EQ(axis.toPixel(5.0), 100.0);    // lower values further down
    EXPECT_DOUBLE_EQ(axis.toPixel(12.5), -50.0);
    EXPECT_DOUBLE_EQ(axis.toValue(100.0), 5.0);
    EXPECT_DOUBLE_EQ(axis.toValue(30.0), 8.5);
    EXPECT_DOUBLE_EQ(axis.valueDelta(-40.0), 2.0);   // 40 px up is 2 units more
    EXPECT_DOUBLE_EQ(axis.valueDelta(10.0), -0.5);
}

TEST(ValueAxis, ZoomKeepsTheValueUnderThePointer)
{
    const ValueAxis axis{10.0, 20.0};
    const ValueAxis zoomed = axis.zoomedAbout(100.0, 2.0);
    EXPECT_DOUBLE_EQ(zoomed.pixelsPerUnit, 40.0);
    EXPECT_DOUBLE_EQ(zoomed.toValue(100.0), 5.0);
    EXPECT_DOUBLE_EQ(zoomed.topValue, 7.5);   // 5 + 100 / 40
    EXPECT_EQ(axis.zoomedAbout(100.0, 0.0), axis);
    EXPECT_EQ(axis.zoomedAbout(100.0, std::nan("")), axis);
    EXPECT_DOUBLE_EQ(axis.zoomedAbout(0.0, 1e12).pixelsPerUnit, kMaxPixelsPerUnit);
    EXPECT_DOUBLE_EQ(axis.zoomedAbout(0.0, 1e-12).pixelsPerUnit, kMinPixelsPerUnit);
}

TEST(ValueAxis, ScrollMovesTheTopValue)
{
    const ValueAxis axis{10.0, 20.0};
    EXPECT_DOUBLE_EQ(axis.scrolledBy(40.0).topValue, 12.0);   // the graph moves down 40 px: 2 units more on top
    EXPECT_DOUBLE_EQ(axis.scrolledBy(-20.0).topValue, 9.0);
    EXPECT_EQ(axis.scrolledBy(INFINITY), axis);
}

TEST(ValueAxis, FittingARangeLeavesTheMargins)
{
    // 1.4 .. 12.6 m (the demo's dolly) in 240 px with 20 px above and below: 200 px for 11.2 m.
    const ValueAxis axis = ValueAxis::fitting(1.4, 12.6, 240.0, 20.0);
    EXPECT_DOUBLE_EQ(axis.pixelsPerUnit, 200.0 / 11.2);
    EXPECT_NEAR(axis.toPixel(12.6), 20.0, 1e-12);
    EXPECT_NEAR(axis.toPixel(1.4), 220.0, 1e-12);
    // A reversed range is the same range.
    EXPECT_EQ(ValueAxis::fitting(12.6, 1.4, 240.0, 20.0), axis);
    // A flat curve is widened to the minimum span about its value.
    const ValueAxis flat = ValueAxis::fitting(1.5, 1.5, 240.0, 20.0, 2.0);
    EXPECT_DOUBLE_EQ(flat.pixelsPerUnit, 100.0);
    EXPECT_NEAR(flat.toPixel(2.5), 20.0, 1e-12);
    EXPECT_NEAR(flat.toPixel(0.5), 220.0, 1e-12);
    // Not finite: [0, 1].
    const ValueAxis bad = ValueAxis::fitting(std::nan(""), 3.0, 240.0, 20.0, 0.5);
    EXPECT_NEAR(bad.toPixel(1.0), 20.0, 1e-12);
    EXPECT_NEAR(bad.toPixel(0.0), 220.0, 1e-12);
}

TEST(ValueAxis, TickStepsAreOneTwoFiveDecades)
{
    // 28 px minimum: at 100 px/unit a step must be >= 0.28 -> 0.5; at 20 px/unit >= 1.4 -> 2.
    EXPECT_DOUBLE_EQ(valueTickStep({0.0, 100.0}, 28.0), 0.5);
    EXPECT_DOUBLE_EQ(valueTickStep({0.0, 20.0}, 28.0), 2.0);
    EXPECT_DOUBLE_EQ(valueTickStep({0.0, 28.0}, 28.0), 1.0);     // exactly one unit
    EXPECT_NEAR(valueTickStep({0.0, 2000.0}, 28.0), 0.02, 1e-15); // >= 0.014
    EXPECT_DOUBLE_EQ(valueTickStep({0.0, 0.5}, 28.0), 100.0);    // >= 56
}

TEST(ValueAxis, TicksInViewWithUnitLabels)
{
    // 1.2 at the top, 100 px/unit, 100 px high: values 1.2 down to 0.2; step 0.5 -> 1.0 and 0.5.
    const auto ticks = valueTicks({1.2, 100.0}, 100.0, "m", 28.0);
    ASSERT_EQ(ticks.size(), 2u);
    EXPECT_DOUBLE_EQ(ticks[0].value, 1.0);
    EXPECT_NEAR(ticks[0].px, 20.0, 1e-12);
    EXPECT_EQ(ticks[0].label, "1.0 m");
    EXPECT_DOUBLE_EQ(ticks[1].value, 0.5);
    EXPECT_NEAR(ticks[1].px, 70.0, 1e-12);
    EXPECT_EQ(ticks[1].label, "0.5 m");
    // Across zero, whole steps: 0 is a tick, never "-0".
    const auto degrees = valueTicks({25.0, 2.0}, 100.0, "deg", 28.0);   // 25 .. -25, step 20
    ASSERT_EQ(degrees.size(), 3u);
    EXPECT_EQ(degrees[0].label, "20 deg");
    EXPECT_EQ(degrees[1].label, "0 deg");
    EXPECT_EQ(degrees[2].label, "-20 deg");
    EXPECT_TRUE(valueTicks({1.0, 100.0}, 0.0, "m").empty());
}

TEST(ValueAxis, LabelDecimalsFollowTheStep)
{
    EXPECT_EQ(formatTickLabel(1.25, 0.05, "m"), "1.25 m");
    EXPECT_EQ(formatTickLabel(1.4, 0.2, "m/s"), "1.4 m/s");
    EXPECT_EQ(formatTickLabel(10.0, 10.0, "deg"), "10 deg");
    EXPECT_EQ(formatTickLabel(2.8, 0.1, ""), "2.8");
    EXPECT_EQ(formatTickLabel(-1e-17, 0.1, "m"), "0.0 m");
}
