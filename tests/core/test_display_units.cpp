// Lengths in metres or feet and inches. Expected values come from the exact definition
// 1 in = 0.0254 m, 1 ft = 0.3048 m (NIST SP 811, appendix B), worked out by hand below.

#include "core/scene/display_units.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace murnau {
namespace {

TEST(DisplayUnits, ExactConversionFactors)
{
    EXPECT_EQ(kMetresPerInch, 0.0254);
    EXPECT_EQ(kMetresPerFoot, 0.3048);
    EXPECT_EQ(displayUnitsLabel(DisplayUnits::Metric), "metres");
    EXPECT_EQ(displayUnitsLabel(DisplayUnits::Imperial), "feet and inches");
}

TEST(DisplayUnits, MetricShowsCentimetresWithTwoDecimals)
{
    EXPECT_EQ(formatLength(1.68, DisplayUnits::Metric), "1.68 m");
    EXPECT_EQ(formatLength(12.5, DisplayUnits::Metric), "12.50 m");
    EXPECT_EQ(formatLength(0.0, DisplayUnits::Metric), "0.00 m");
    EXPECT_EQ(formatLength(-3.2, DisplayUnits::Metric), "-3.20 m");
    // 1.6764 m rounds to the centimetre: 1.68 m.
    EXPECT_EQ(formatLength(1.6764, DisplayUnits::Metric), "1.68 m");
    // A tiny negative rounds to zero without a sign.
    EXPECT_EQ(formatLength(-0.001, DisplayUnits::Metric), "0.00 m");
}

TEST(DisplayUnits, ImperialShowsWholeInches)
{
    // 66 in = 66 * 0.0254 = 1.6764 m = 5 ft 6 in.
    EXPECT_EQ(formatLength(1.6764, DisplayUnits::Imperial), "5 ft 6 in");
    // 1.68 m / 0.0254 = 66.14 in -> 66 in.
    EXPECT_EQ(formatLength(1.68, DisplayUnits::Imperial), "5 ft 6 in");
    // 1.85 m / 0.0254 = 72.83 in -> 73 in = 6 ft 1 in.
    EXPECT_EQ(formatLength(1.85, DisplayUnits::Imperial), "6 ft 1 in");
    // 72 in = 1.8288 m = 6 ft exactly.
    EXPECT_EQ(formatLength(1.8288, DisplayUnits::Imperial), "6 ft 0 in");
    // 11 in = 0.2794 m: under a foot, inches only.
    EXPECT_EQ(formatLength(0.2794, DisplayUnits::Imperial), "11 in");
    // 0.04 m = 1.575 in -> 2 in; 0.035 m = 1.378 in -> 1 in.
    EXPECT_EQ(formatLength(0.04, DisplayUnits::Imperial), "2 in");
    EXPECT_EQ(formatLength(0.035, DisplayUnits::Imperial), "1 in");
    EXPECT_EQ(formatLength(0.0, DisplayUnits::Imperial), "0 in");
    EXPECT_EQ(formatLength(-0.005, DisplayUnits::Imperial), "0 in");
    // -14 in = -0.3556 m = -1 ft 2 in.
    EXPECT_EQ(formatLength(-0.3556, DisplayUnits::Imperial), "-1 ft 2 in");
    // 30 m / 0.0254 = 1181.10 in -> 1181 in = 98 ft 5 in.
    EXPECT_EQ(formatLength(30.0, DisplayUnits::Imperial), "98 ft 5 in");
}

TEST(DisplayUnits, NotFiniteIsADash)
{
    EXPECT_EQ(formatLength(std::numeric_limits<double>::quiet_NaN(), DisplayUnits::Metric), "-");
    EXPECT_EQ(formatLength(std::numeric_limits<double>::infinity(), DisplayUnits::Imperial), "-");
}

double parsed(std::string_view text, DisplayUnits bare = DisplayUnits::Metric)
{
    Result<double> value = parseLength(text, bare);
    EXPECT_TRUE(value.ok()) << text << ": " << (value.ok() ? "" : value.error().describe());
    return value.ok() ? value.value() : std::numeric_limits<double>::quiet_NaN();
}

TEST(DisplayUnits, ParsesMetricInput)
{
    EXPECT_EQ(parsed("1.68"), 1.68);
    EXPECT_EQ(parsed("1.68 m"), 1.68);
    EXPECT_EQ(parsed("1.68m"), 1.68);
    EXPECT_EQ(parsed("  1.68 metres "), 1.68);
    EXPECT_EQ(parsed("2 meters"), 2.0);
    EXPECT_DOUBLE_EQ(parsed("168 cm"), 1.68); // 168 * 0.01
    EXPECT_DOUBLE_EQ(parsed("1680 mm"), 1.68); // 1680 * 0.001
    EXPECT_EQ(parsed("-2.5 m"), -2.5);
    EXPECT_EQ(parsed("+3 M"), 3.0);
    EXPECT_EQ(parsed(".5"), 0.5);
    EXPECT_EQ(parsed("0"), 0.0);
}

TEST(DisplayUnits, ParsesFeetAndInches)
{
    // 5 ft 6 in = 66 in = 66 * 0.0254 m = 1.6764 m.
    const double fiveSix = 5 * 0.3048 + 6 * 0.0254;
    EXPECT_DOUBLE_EQ(fiveSix, 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5 ft 6 in"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5ft6in"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5'6\""), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5' 6"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5 feet 6 inches"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5\u2032 6\u2033"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("66 in"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("66\""), 1.6764);
    // 6 ft = 1.8288 m; 5.5 ft = 1.6764 m; 5 ft 6.5 in = 66.5 * 0.0254 = 1.6891 m.
    EXPECT_DOUBLE_EQ(parsed("6 ft"), 1.8288);
    EXPECT_DOUBLE_EQ(parsed("6'"), 1.8288);
    EXPECT_DOUBLE_EQ(parsed("5.5 ft"), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("5 ft 6.5 in"), 1.6891);
    EXPECT_DOUBLE_EQ(parsed("-1 ft 2 in"), -0.3556);
    // A bare number in imperial is feet.
    EXPECT_DOUBLE_EQ(parsed("5.5", DisplayUnits::Imperial), 1.6764);
    EXPECT_DOUBLE_EQ(parsed("2 m", DisplayUnits::Imperial), 2.0);
}

TEST(DisplayUnits, RefusesGarbageNamingTheField)
{
    for (const char* text : {"",           "   ",         "nan",
                             "NaN m",      "inf",         "-inf",
                             "infinity",   "abc",         "m",
                             "ft 6",       "1e3",         "1.2.3",
                             "5 ft 12 in", "5.5 ft 6 in", "1 m 20 cm",
                             "6 in 5 ft",  "5 ft 6 in 3", "5 km",
                             "1,68",       "2000000",     "10000000000000000000000000000000000000 m",
                             "--1",        "5 ft 6 ft"}) {
        Result<double> value = parseLength(text, DisplayUnits::Metric, "actors[0].heightM");
        EXPECT_FALSE(value.ok()) << "'" << text << "' was accepted as " << value.value();
        if (!value.ok()) {
            EXPECT_EQ(value.error().field, "actors[0].heightM") << text;
            EXPECT_FALSE(value.error().message.empty());
        }
    }
}

TEST(DisplayUnits, RoundTripsThroughTheDisplayToTheInch)
{
    // What formatLength shows in imperial reads back within half an inch (its rounding).
    for (double metres : {0.3, 1.68, 1.85, 2.5, 7.25, 18.0}) {
        const double back = parsed(formatLength(metres, DisplayUnits::Imperial), DisplayUnits::Imperial);
        EXPECT_LE(std::abs(back - metres), 0.5 * 0.0254) << metres;
    }
}

} // namespace
} // namespace murnau
