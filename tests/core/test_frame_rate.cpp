// Frame rates and the flick timebase. Expected values are the published rates
// (SMPTE ST 12-1: NTSC rates are N*1000/1001) and hand arithmetic written out below.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/time/frame_rate.h"

namespace murnau {
namespace {

TEST(FrameRate, StandardRatesAreTheNineOfPractice)
{
    const std::vector<FrameRate> expected{
        {24000, 1001}, {24, 1}, {25, 1}, {30000, 1001}, {30, 1},
        {48, 1}, {50, 1}, {60000, 1001}, {60, 1},
    };
    const auto rates = standardFrameRates();
    ASSERT_EQ(rates.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        EXPECT_EQ(rates[i], expected[i]) << "index " << i;
}

TEST(FrameRate, FlicksPerFrameIsExactForEveryStandardRate)
{
    // 705,600,000 flicks per second (Facebook "flicks"); per frame = 705,600,000 * den / num.
    struct Case {
        FrameRate rate;
        Flicks flicks;
    };
    const std::vector<Case> cases{
        {{24000, 1001}, 29'429'400},   // 705600000 / 24000 = 29400; * 1001 = 29,429,400
        {{24, 1}, 29'400'000},         // 705600000 / 24
        {{25, 1}, 28'224'000},         // 705600000 / 25
        {{30000, 1001}, 23'543'520},   // 705600000 / 30000 = 23520; * 1001 = 23,543,520
        {{30, 1}, 23'520'000},         // 705600000 / 30
        {{48, 1}, 14'700'000},         // 705600000 / 48
        {{50, 1}, 14'112'000},         // 705600000 / 50
        {{60000, 1001}, 11'771'760},   // 705600000 / 60000 = 11760; * 1001 = 11,771,760
        {{60, 1}, 11'760'000},         // 705600000 / 60
    };
    for (const Case& c : cases) {
        EXPECT_EQ(c.rate.flicksPerFrame(), c.flicks) << c.rate.numerator << "/" << c.rate.denominator;
        // Exact: no remainder lost in the integer division.
        EXPECT_EQ(c.rate.flicksPerFrame() * c.rate.numerator, kFlicksPerSecond * c.rate.denominator);
    }
    for (const FrameRate& rate : standardFrameRates())
        EXPECT_EQ((kFlicksPerSecond * rate.denominator) % rate.numerator, 0);
}

TEST(FrameRate, TimecodeBaseAndDropFrameSupport)
{
    // SMPTE ST 12-1: 23.976 counts labels with base 24, 29.97 with 30, 59.94 with 60.
    EXPECT_EQ((FrameRate{24000, 1001}.timecodeBase()), 24);
    EXPECT_EQ((FrameRate{30000, 1001}.timecodeBase()), 30);
    EXPECT_EQ((FrameRate{60000, 1001}.timecodeBase()), 60);
    EXPECT_EQ((FrameRate{25, 1}.timecodeBase()), 25);
    EXPECT_EQ((FrameRate{48, 1}.timecodeBase()), 48);

    int dropCapable = 0;
    for (const FrameRate& rate : standardFrameRates())
        dropCapable += rate.supportsDropFrame() ? 1 : 0;
    EXPECT_EQ(dropCapable, 2);
    EXPECT_TRUE((FrameRate{30000, 1001}.supportsDropFrame()));
    EXPECT_TRUE((FrameRate{60000, 1001}.supportsDropFrame()));
    EXPECT_FALSE((FrameRate{24000, 1001}.supportsDropFrame()));
    EXPECT_FALSE((FrameRate{30, 1}.supportsDropFrame()));
}

TEST(FrameRate, ParsesTheWrittenForms)
{
    struct Case {
        std::string text;
        FrameRate expected;
    };
    const std::vector<Case> cases{
        {"23.976", {24000, 1001}}, {"23.98", {24000, 1001}}, {"24000/1001", {24000, 1001}},
        {"23.9760", {24000, 1001}}, {"48000/2002", {24000, 1001}},
        {"24", {24, 1}}, {"24.0", {24, 1}}, {"24.00", {24, 1}}, {"24/1", {24, 1}},
        {"25", {25, 1}},
        {"29.97", {30000, 1001}}, {"29.970", {30000, 1001}}, {"30000/1001", {30000, 1001}},
        {"30", {30, 1}}, {"48", {48, 1}}, {"50", {50, 1}},
        {"59.94", {60000, 1001}}, {"60000/1001", {60000, 1001}},
        {"60", {60, 1}},
    };
    for (const Case& c : cases) {
        const Result<FrameRate> parsed = parseFrameRate(c.text);
        ASSERT_TRUE(parsed.ok()) << c.text << ": " << parsed.error().describe();
        EXPECT_EQ(parsed.value(), c.expected) << c.text;
    }
}

TEST(FrameRate, RefusesAnythingElseNamingTheField)
{
    const std::vector<std::string> bad{
        "", "0", "0.0", "-24", "-23.976", "nan", "NaN", "inf", "-inf", "23", "23.9", "23.97",
        "24fps", "24 ", " 24", "2.4e1", "24.0.0", "+24", "0/1", "24/0", "24000/", "/1001",
        "24000/1001/1", "1000", "29.96", "abc", "24,0",
    };
    for (const std::string& text : bad) {
        const Result<FrameRate> parsed = parseFrameRate(text);
        ASSERT_FALSE(parsed.ok()) << "accepted \"" << text << "\"";
        EXPECT_EQ(parsed.error().field, "fps") << text;
        EXPECT_FALSE(parsed.error().message.empty()) << text;
    }
    // Zero and negatives say why.
    EXPECT_NE(parseFrameRate("0").error().message.find("positive"), std::string::npos);
    EXPECT_NE(parseFrameRate("-24").error().message.find("positive"), std::string::npos);
}

TEST(FrameRate, LabelsAreThoseOfPractice)
{
    EXPECT_EQ(frameRateLabel({24000, 1001}), "23.976");
    EXPECT_EQ(frameRateLabel({24, 1}), "24");
    EXPECT_EQ(frameRateLabel({25, 1}), "25");
    EXPECT_EQ(frameRateLabel({30000, 1001}), "29.97");
    EXPECT_EQ(frameRateLabel({30, 1}), "30");
    EXPECT_EQ(frameRateLabel({48, 1}), "48");
    EXPECT_EQ(frameRateLabel({50, 1}), "50");
    EXPECT_EQ(frameRateLabel({60000, 1001}), "59.94");
    EXPECT_EQ(frameRateLabel({60, 1}), "60");
    EXPECT_EQ(frameRateLabel({25, 2}), "12.5");
    // Every standard label parses back to its own rate.
    for (const FrameRate& rate : standardFrameRates()) {
        const Result<FrameRate> back = parseFrameRate(frameRateLabel(rate));
        ASSERT_TRUE(back.ok()) << frameRateLabel(rate);
        EXPECT_EQ(back.value(), rate);
    }
}

TEST(FrameRate, FramesAndFlicks)
{
    const FrameRate fps24{24, 1};
    const FrameRate fps23976{24000, 1001};
    // One second at 24 fps is 24 frames = 705,600,000 flicks.
    EXPECT_EQ(framesToFlicks(24, fps24), kFlicksPerSecond);
    // 24,000 frames at 24000/1001 fps last exactly 1001 s.
    EXPECT_EQ(framesToFlicks(24'000, fps23976), 1001 * kFlicksPerSecond);
    EXPECT_EQ(flicksToFrame(1001 * kFlicksPerSecond, fps23976), 24'000);
    // Floor: one flick before frame 1 still shows frame 0; one flick before 0 shows frame -1.
    EXPECT_EQ(flicksToFrame(29'400'000 - 1, fps24), 0);
    EXPECT_EQ(flicksToFrame(29'400'000, fps24), 1);
    EXPECT_EQ(flicksToFrame(-1, fps24), -1);
    EXPECT_EQ(flicksToFrame(-29'400'000, fps24), -1);
    EXPECT_EQ(flicksToFrame(-29'400'001, fps24), -2);
    EXPECT_DOUBLE_EQ(flicksToSeconds(kFlicksPerSecond / 2), 0.5);
}

} // namespace
} // namespace murnau
