// SMPTE timecode (SMPTE ST 12-1). Expected values are the published drop-frame
// figures (one hour of 29.97 DF = 107,892 frames; 00:01:00;02 follows 00:00:59;29)
// and an independent "odometer" written below that counts labels one at a time.

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "core/time/timecode.h"

namespace murnau {
namespace {

constexpr FrameRate kFps23976{24000, 1001};
constexpr FrameRate kFps24{24, 1};
constexpr FrameRate kFps25{25, 1};
constexpr FrameRate kFps2997{30000, 1001};
constexpr FrameRate kFps5994{60000, 1001};

Timecode tc(int h, int m, int s, int f, bool drop)
{
    return Timecode{h, m, s, f, drop};
}

std::int64_t frameOf(const Timecode& label, FrameRate rate)
{
    const Result<std::int64_t> frame = timecodeToFrame(label, rate);
    EXPECT_TRUE(frame.ok()) << formatTimecode(label) << ": " << (frame.ok() ? "" : frame.error().describe());
    return frame.ok() ? frame.value() : -1;
}

std::string labelOf(std::int64_t frame, FrameRate rate, bool drop)
{
    const Result<Timecode> label = frameToTimecode(frame, rate, drop);
    EXPECT_TRUE(label.ok()) << frame << ": " << (label.ok() ? "" : label.error().describe());
    return label.ok() ? formatTimecode(label.value()) : std::string{};
}

// Reference: advance a label by one frame the way a timecode generator does,
// skipping labels 00..drop-1 at each minute not divisible by ten.
void advance(Timecode& t, int base, int drop)
{
    if (++t.frames < base)
        return;
    t.frames = 0;
    if (++t.seconds < 60)
        return;
    t.seconds = 0;
    ++t.minutes;
    if (t.minutes == 60) {
        t.minutes = 0;
        ++t.hours;
    }
    if (t.minutes % 10 != 0)
        t.frames = drop;
}

TEST(Timecode, PublishedDropFrameFiguresAt2997)
{
    // One hour of 29.97 DF is 107,892 frames: 108,000 labels minus 2 x 54 dropped.
    EXPECT_EQ(frameOf(tc(1, 0, 0, 0, true), kFps2997), 107'892);
    EXPECT_EQ(labelOf(107'892, kFps2997, true), "01:00:00;00");
    // The first drop: 00:00:59;29 (frame 1799) is followed by 00:01:00;02 (frame 1800).
    EXPECT_EQ(frameOf(tc(0, 0, 59, 29, true), kFps2997), 1799);
    EXPECT_EQ(frameOf(tc(0, 1, 0, 2, true), kFps2997), 1800);
    EXPECT_EQ(labelOf(1799, kFps2997, true), "00:00:59;29");
    EXPECT_EQ(labelOf(1800, kFps2997, true), "00:01:00;02");
    // Ten minutes = 17,982 frames (18,000 labels minus 9 x 2), and minute ten keeps ;00.
    EXPECT_EQ(frameOf(tc(0, 10, 0, 0, true), kFps2997), 17'982);
    EXPECT_EQ(labelOf(17'982, kFps2997, true), "00:10:00;00");
    EXPECT_EQ(labelOf(17'981, kFps2997, true), "00:09:59;29");
}

TEST(Timecode, DroppedLabelsDoNotExist)
{
    for (const int frames : {0, 1}) {
        const Result<std::int64_t> frame = timecodeToFrame(tc(0, 1, 0, frames, true), kFps2997);
        ASSERT_FALSE(frame.ok()) << frames;
        EXPECT_EQ(frame.error().field, "timecode");
        EXPECT_NE(frame.error().message.find("does not exist"), std::string::npos);
    }
    EXPECT_FALSE(timecodeToFrame(tc(0, 11, 0, 1, true), kFps2997).ok());
    EXPECT_FALSE(timecodeToFrame(tc(5, 59, 0, 0, true), kFps2997).ok());
    // Minutes divisible by ten keep their ;00 and ;01; other seconds keep them too.
    EXPECT_TRUE(timecodeToFrame(tc(0, 20, 0, 0, true), kFps2997).ok());
    EXPECT_TRUE(timecodeToFrame(tc(0, 1, 1, 0, true), kFps2997).ok());
    // At 59.94 four labels go: ;00 to ;03.
    for (const int frames : {0, 1, 2, 3})
        EXPECT_FALSE(timecodeToFrame(tc(0, 1, 0, frames, true), kFps5994).ok()) << frames;
}

TEST(Timecode, PublishedDropFrameFiguresAt5994)
{
    // 60 labels per second, 4 dropped per minute except every tenth.
    EXPECT_EQ(frameOf(tc(0, 1, 0, 4, true), kFps5994), 3600);
    EXPECT_EQ(labelOf(3599, kFps5994, true), "00:00:59;59");
    EXPECT_EQ(labelOf(3600, kFps5994, true), "00:01:00;04");
    // One hour = 216,000 labels - 4 x 54 = 215,784 frames.
    EXPECT_EQ(frameOf(tc(1, 0, 0, 0, true), kFps5994), 215'784);
    EXPECT_EQ(labelOf(215'784, kFps5994, true), "01:00:00;00");
    // Ten minutes = 36,000 - 9 x 4 = 35,964 frames.
    EXPECT_EQ(frameOf(tc(0, 10, 0, 0, true), kFps5994), 35'964);
}

TEST(Timecode, NonDropCountsWithTheIntegerBase)
{
    // 24 fps: one hour = 24 x 3600 = 86,400 frames.
    EXPECT_EQ(frameOf(tc(1, 0, 0, 0, false), kFps24), 86'400);
    EXPECT_EQ(labelOf(86'400, kFps24, false), "01:00:00:00");
    // 23.976 counts with base 24, so its hour of labels also holds 86,400 frames
    // (and lasts 86,400 x 1001/24000 = 3603.6 s of wall clock).
    EXPECT_EQ(frameOf(tc(1, 0, 0, 0, false), kFps23976), 86'400);
    EXPECT_EQ(labelOf(23, kFps23976, false), "00:00:00:23");
    EXPECT_EQ(labelOf(24, kFps23976, false), "00:00:01:00");
    // 29.97 NDF counts with base 30: 108,000 frames per label-hour, nothing skipped.
    EXPECT_EQ(frameOf(tc(1, 0, 0, 0, false), kFps2997), 108'000);
    EXPECT_EQ(labelOf(1800, kFps2997, false), "00:01:00:00");
    // 25 fps (EBU): 10:00:00:00 = 10 x 3600 x 25 = 900,000.
    EXPECT_EQ(frameOf(tc(10, 0, 0, 0, false), kFps25), 900'000);
    // 12:34:56:12 at 24 fps = ((12 x 60 + 34) x 60 + 56) x 24 + 12 = 1,087,116.
    EXPECT_EQ(frameOf(tc(12, 34, 56, 12, false), kFps24), 1'087'116);
}

TEST(Timecode, EveryFrameOfTwentyMinutesMatchesTheOdometerBothWays)
{
    struct Case {
        FrameRate rate;
        int base;
        int drop;
        std::int64_t framesIn20Min;   // 2 x ten-minute blocks: 2 x 17,982 or 2 x 35,964
    };
    for (const Case& c : {Case{kFps2997, 30, 2, 35'964}, Case{kFps5994, 60, 4, 71'928}}) {
        Timecode expected = tc(0, 0, 0, 0, true);
        std::int64_t mismatches = 0;
        for (std::int64_t frame = 0; frame < c.framesIn20Min; ++frame) {
            const Result<Timecode> label = frameToTimecode(frame, c.rate, true);
            const bool labelOk = label.ok() && label.value() == expected;
            const Result<std::int64_t> back = timecodeToFrame(expected, c.rate);
            const bool backOk = back.ok() && back.value() == frame;
            if (!labelOk || !backOk) {
                ++mismatches;
                if (mismatches < 5)
                    ADD_FAILURE() << "frame " << frame << " expected " << formatTimecode(expected);
            }
            advance(expected, c.base, c.drop);
        }
        EXPECT_EQ(mismatches, 0);
        // After twenty minutes the odometer stands at 00:20:00;00.
        EXPECT_EQ(expected, tc(0, 20, 0, 0, true));

        // And every label of those twenty minutes: valid ones map back to themselves,
        // exactly the dropped ones are refused.
        std::int64_t valid = 0;
        for (int m = 0; m < 20; ++m)
            for (int s = 0; s < 60; ++s)
                for (int f = 0; f < c.base; ++f) {
                    const Timecode label = tc(0, m, s, f, true);
                    const bool dropped = s == 0 && f < c.drop && m % 10 != 0;
                    const Result<std::int64_t> frame = timecodeToFrame(label, c.rate);
                    ASSERT_EQ(frame.ok(), !dropped) << formatTimecode(label);
                    if (!frame.ok())
                        continue;
                    ++valid;
                    const Result<Timecode> again = frameToTimecode(frame.value(), c.rate, true);
                    ASSERT_TRUE(again.ok());
                    ASSERT_EQ(again.value(), label);
                }
        EXPECT_EQ(valid, c.framesIn20Min);
    }
}

TEST(Timecode, LimitsAreOneDay)
{
    // 24 h: 30 x 86,400 - 2 x (1440 - 144) = 2,589,408 frames at 29.97 DF.
    EXPECT_EQ(framesPerTimecodeDay(kFps2997, true), 2'589'408);
    EXPECT_EQ(framesPerTimecodeDay(kFps5994, true), 5'178'816);
    EXPECT_EQ(framesPerTimecodeDay(kFps24, false), 2'073'600);
    EXPECT_EQ(labelOf(2'589'407, kFps2997, true), "23:59:59;29");
    EXPECT_EQ(labelOf(2'073'599, kFps24, false), "23:59:59:23");

    const Result<Timecode> pastDay = frameToTimecode(2'589'408, kFps2997, true);
    ASSERT_FALSE(pastDay.ok());
    EXPECT_EQ(pastDay.error().field, "frame");
    const Result<Timecode> negative = frameToTimecode(-1, kFps24, false);
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().field, "frame");
}

TEST(Timecode, DropFrameOnlyAtNtscRates)
{
    for (const FrameRate rate : {kFps24, kFps23976, kFps25, FrameRate{30, 1}, FrameRate{60, 1}}) {
        const Result<Timecode> label = frameToTimecode(100, rate, true);
        ASSERT_FALSE(label.ok()) << rate.numerator;
        EXPECT_EQ(label.error().field, "dropFrame");
        EXPECT_FALSE(timecodeToFrame(tc(0, 0, 1, 0, true), rate).ok());
    }
}

TEST(Timecode, RefusesOutOfRangeLabels)
{
    struct Case {
        Timecode label;
        FrameRate rate;
        std::string part;
    };
    const std::vector<Case> cases{
        {tc(24, 0, 0, 0, false), kFps24, "hours"},
        {tc(-1, 0, 0, 0, false), kFps24, "hours"},
        {tc(0, 60, 0, 0, false), kFps24, "minutes"},
        {tc(0, 0, 60, 0, false), kFps24, "seconds"},
        {tc(0, 0, 0, 24, false), kFps24, "frames"},
        {tc(0, 0, 0, 24, false), kFps23976, "frames"},
        {tc(0, 0, 0, 25, false), kFps25, "frames"},
        {tc(0, 0, 0, 30, true), kFps2997, "frames"},
        {tc(0, 0, 0, -1, false), kFps24, "frames"},
    };
    for (const Case& c : cases) {
        const Result<std::int64_t> frame = timecodeToFrame(c.label, c.rate);
        ASSERT_FALSE(frame.ok()) << formatTimecode(c.label);
        EXPECT_EQ(frame.error().field, "timecode");
        EXPECT_NE(frame.error().message.find(c.part), std::string::npos) << frame.error().message;
    }
    EXPECT_TRUE(timecodeToFrame(tc(0, 0, 0, 29, true), kFps2997).ok());
    EXPECT_TRUE(timecodeToFrame(tc(0, 0, 0, 59, true), kFps5994).ok());
}

TEST(Timecode, ParsesTheWrittenForms)
{
    struct Case {
        std::string text;
        Timecode expected;
    };
    const std::vector<Case> cases{
        {"01:02:03:04", tc(1, 2, 3, 4, false)},
        {"01:02:03;04", tc(1, 2, 3, 4, true)},
        {"01;02;03;04", tc(1, 2, 3, 4, true)},
        {"01:02:03,04", tc(1, 2, 3, 4, true)},
        {"01:02:03.04", tc(1, 2, 3, 4, true)},
        {"01.02.03.04", tc(1, 2, 3, 4, true)},
        {"01,02,03,04", tc(1, 2, 3, 4, true)},
        {"23:59:59:59", tc(23, 59, 59, 59, false)},
        {"00:00:00:00", tc(0, 0, 0, 0, false)},
    };
    for (const Case& c : cases) {
        const Result<Timecode> parsed = parseTimecode(c.text);
        ASSERT_TRUE(parsed.ok()) << c.text << ": " << parsed.error().describe();
        EXPECT_EQ(parsed.value(), c.expected) << c.text;
    }
}

TEST(Timecode, ParserRefusesMalformedTextNamingThePart)
{
    struct Case {
        std::string text;
        std::string mentions;
    };
    const std::vector<Case> cases{
        {"24:00:00:00", "hours"},
        {"00:60:00:00", "minutes"},
        {"00:00:60:00", "seconds"},
        {"00:00:00:60", "frames"},
        {"0a:00:00:00", "hours"},
        {"00:00:00:0x", "frames"},
        {"1:00:00:00", "HH:MM:SS:FF"},
        {"00:00:00", "HH:MM:SS:FF"},
        {"00:00:00:000", "HH:MM:SS:FF"},
        {"00-00-00-00", "HH:MM:SS:FF"},
        {"00;00:00;00", "HH:MM:SS:FF"},
        {"00:00;00:00", "HH:MM:SS:FF"},
        {"00.00.00;00", "HH:MM:SS:FF"},
        {"", "HH:MM:SS:FF"},
        {" 00:00:00:00", "HH:MM:SS:FF"},
    };
    for (const Case& c : cases) {
        const Result<Timecode> parsed = parseTimecode(c.text);
        ASSERT_FALSE(parsed.ok()) << "accepted \"" << c.text << "\"";
        EXPECT_EQ(parsed.error().field, "timecode");
        EXPECT_NE(parsed.error().message.find(c.mentions), std::string::npos)
            << c.text << ": " << parsed.error().message;
    }
}

TEST(Timecode, ParserWithRateChecksTheLabel)
{
    EXPECT_TRUE(parseTimecode("00:00:00:23", kFps24).ok());
    const Result<Timecode> frames = parseTimecode("00:00:00:24", kFps24);
    ASSERT_FALSE(frames.ok());
    EXPECT_NE(frames.error().message.find("frames"), std::string::npos);
    EXPECT_FALSE(parseTimecode("00:01:00;00", kFps2997).ok());
    EXPECT_FALSE(parseTimecode("00:01:00;01", kFps2997).ok());
    EXPECT_TRUE(parseTimecode("00:01:00;02", kFps2997).ok());
    EXPECT_TRUE(parseTimecode("00:01:00:00", kFps2997).ok());   // non-drop label at 29.97
    const Result<Timecode> drop25 = parseTimecode("00:00:10;00", kFps25);
    ASSERT_FALSE(drop25.ok());
    EXPECT_EQ(drop25.error().field, "dropFrame");
}

TEST(Timecode, Formats)
{
    EXPECT_EQ(formatTimecode(tc(1, 2, 3, 4, false)), "01:02:03:04");
    EXPECT_EQ(formatTimecode(tc(1, 2, 3, 4, true)), "01:02:03;04");
    EXPECT_EQ(formatTimecode(tc(23, 59, 59, 29, true)), "23:59:59;29");
}

} // namespace
} // namespace murnau
