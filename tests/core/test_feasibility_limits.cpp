// Feasibility limits and the small parts of the report: limit checks, the judder limit, time
// labels and merging flagged samples into ranges, numbers in sentences.

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/report_text.h"
#include "core/analysis/time_range.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

} // namespace

TEST(FeasibilityLimits, DefaultsComeFromTheDomainNotes)
{
    const FeasibilityLimits limits;
    EXPECT_DOUBLE_EQ(limits.trackSectionM, 8.0 * 12.0 * 0.0254);   // 8 ft
    EXPECT_EQ(limits.dollySpeedMps, 1.4);                   // preferred walking pace
    EXPECT_EQ(limits.dollyAccelerationMps2, 1.0);           // low end of 1-2.5 m/s^2
    EXPECT_EQ(limits.panCrossingS, 7.0);                    // seven-second rule
    EXPECT_FALSE(limits.lens.has_value());
    EXPECT_FALSE(checkFeasibilityLimits(limits).has_value());
}

TEST(FeasibilityLimits, UnusableSettingsNameTheirField)
{
    FeasibilityLimits limits;
    limits.dollyJerkMps3 = 0.0;
    auto error = checkFeasibilityLimits(limits);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->field, "limits.dollyJerkMps3");

    limits = {};
    limits.runUpM = 0.0;   // no run-up is allowed
    EXPECT_FALSE(checkFeasibilityLimits(limits).has_value());
    limits.stopMarginM = -0.1;
    ASSERT_TRUE(checkFeasibilityLimits(limits).has_value());
    EXPECT_EQ(checkFeasibilityLimits(limits)->field, "limits.stopMarginM");

    limits = {};
    limits.collision.cameraRadiusM = std::nan("");
    EXPECT_EQ(checkFeasibilityLimits(limits, "settings")->field, "settings.collision.cameraRadiusM");

    limits = {};
    limits.lens = LensRange{70.0, 24.0, 0.45};
    EXPECT_EQ(checkFeasibilityLimits(limits)->field, "limits.lens.maxFocalMm");
    limits.lens = LensRange{24.0, 70.0, 0.0};
    EXPECT_EQ(checkFeasibilityLimits(limits)->field, "limits.lens.minFocusM");
    limits.lens = LensRange{50.0, 50.0, 0.45};   // a prime
    EXPECT_FALSE(checkFeasibilityLimits(limits).has_value());
}

TEST(FeasibilityLimits, JudderLimitIsTheAngleOfViewOverTheCrossingTime)
{
    // A 40-degree frame crossed in 8 s: 5 deg/s.
    EXPECT_EQ(judderRateLimitDegPerS(40.0, 8.0), 5.0);
}

TEST(TimeRange, LabelsInSecondsAndTimecode)
{
    EXPECT_EQ(formatSecondsLabel(0), "00.00");
    EXPECT_EQ(formatSecondsLabel(21 * kS / 10), "02.10");
    EXPECT_EQ(formatSecondsLabel(95 * (kS / 24)), "03.96");   // 3.9583 s
    EXPECT_EQ(formatSecondsLabel(151 * kS / 2), "75.50");
    EXPECT_EQ(formatSecondsLabel(4 * kS - 1), "04.00");
    EXPECT_EQ(formatSecondsLabel(-kS / 2), "-00.50");

    EXPECT_EQ(formatShotTimecode(2 * kS + 2 * (kS / 24), {24, 1}), "00:00:02:02");
    // At 29.97 drop-frame, frame 1800 is the first of minute 1, whose labels 00 and 01 are skipped.
    EXPECT_EQ(formatShotTimecode(framesToFlicks(1800, {30000, 1001}), {30000, 1001}), "00:01:00;02");
    EXPECT_FALSE(formatShotTimecode(-kS, {24, 1}).has_value());
}

TEST(TimeRange, ConsecutiveFlagsMergeIntoRuns)
{
    EXPECT_TRUE(flaggedRuns({}).empty());
    EXPECT_TRUE(flaggedRuns({false, false}).empty());
    const std::vector<SampleRun> runs = flaggedRuns({false, true, true, false, true, true, true, false, true});
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0], (SampleRun{1, 2}));
    EXPECT_EQ(runs[1], (SampleRun{4, 6}));
    EXPECT_EQ(runs[2], (SampleRun{8, 8}));
    EXPECT_EQ(flaggedRuns({true}).front(), (SampleRun{0, 0}));
}

TEST(ReportText, QuantitiesAndMargins)
{
    EXPECT_EQ(formatQuantity(1.5), "1.5");
    EXPECT_EQ(formatQuantity(1.4), "1.4");
    EXPECT_EQ(formatQuantity(0.857142), "0.86");
    EXPECT_EQ(formatQuantity(36.0), "36");
    EXPECT_EQ(formatQuantity(39.598), "39.6");
    EXPECT_EQ(formatQuantity(1234.4), "1234");
    EXPECT_EQ(formatQuantity(-0.001), "0");
    EXPECT_EQ(formatMargin(1.9, 1.5), "27 % over");   // 1.9 / 1.5 = 1.2667
    EXPECT_EQ(formatMargin(1.2, 1.5), "20 % under");
    EXPECT_EQ(formatMargin(1.5, 1.5), "at the limit");
}
