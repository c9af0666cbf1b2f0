// Real-time playback position. Expected frames are hand arithmetic on the exact rates:
// 1 s = 705,600,000 flicks, 24 fps = 29,400,000 flicks a frame, 23.976 = 24000/1001 fps.

#include <gtest/gtest.h>

#include "core/time/playback_clock.h"

namespace murnau {
namespace {

constexpr FrameRate k24{24, 1};
constexpr FrameRate k23976{24000, 1001};

TEST(PlaybackClock, NanosecondsConvertExactlyToFlicks)
{
    EXPECT_EQ(nanosecondsToFlicks(1'000'000'000), 705'600'000);
    EXPECT_EQ(nanosecondsToFlicks(625), 441);
    EXPECT_EQ(nanosecondsToFlicks(624), 440);   // 624 * 0.7056 = 440.29
    EXPECT_EQ(nanosecondsToFlicks(0), 0);
    // Ten hours do not overflow: 36,000 s = 25,401,600,000,000 flicks.
    EXPECT_EQ(nanosecondsToFlicks(36'000'000'000'000LL), 25'401'600'000'000LL);
}

TEST(PlaybackClock, FrameChangesExactlyAtTheFrameBoundary)
{
    // 1/24 s = 41,666,666.67 ns: 41,666,666 ns is still frame 0, 41,666,667 ns is frame 1.
    EXPECT_EQ(playbackPosition(0, 41'666'666, k24, 100, 1, false).frame, 0);
    EXPECT_EQ(playbackPosition(0, 41'666'667, k24, 100, 1, false).frame, 1);
    EXPECT_EQ(playbackPosition(10, 1'000'000'000, k24, 100, 1, false).frame, 34);
}

TEST(PlaybackClock, NtscRateDoesNotDrift)
{
    // 1001 s of wall clock at 24000/1001 fps is exactly 24,000 frames; one ns less is 23,999.
    EXPECT_EQ(playbackPosition(0, 1'001'000'000'000LL, k23976, 1'000'000, 1, false).frame, 24'000);
    EXPECT_EQ(playbackPosition(0, 1'001'000'000'000LL - 1, k23976, 1'000'000, 1, false).frame, 23'999);
}

TEST(PlaybackClock, SlowFramesAreDroppedNotDelayed)
{
    // A render that took 250 ms shows frame 6 next (6.0 frames at 24 fps), not frame 1.
    EXPECT_EQ(playbackPosition(0, 250'000'000, k24, 100, 1, false).frame, 6);
}

TEST(PlaybackClock, StopsOnTheLastFrameWithoutLoop)
{
    const PlaybackPosition end = playbackPosition(90, 1'000'000'000, k24, 100, 1, false);
    EXPECT_EQ(end.frame, 99);
    EXPECT_TRUE(end.finished);
    const PlaybackPosition inside = playbackPosition(50, 1'000'000'000, k24, 100, 1, false);
    EXPECT_EQ(inside.frame, 74);
    EXPECT_FALSE(inside.finished);
}

TEST(PlaybackClock, WrapsWithLoop)
{
    // 90 + 24 = 114 frames into a 100-frame shot: frame 14.
    const PlaybackPosition wrapped = playbackPosition(90, 1'000'000'000, k24, 100, 1, true);
    EXPECT_EQ(wrapped.frame, 14);
    EXPECT_FALSE(wrapped.finished);
}

TEST(PlaybackClock, BackwardsAndFaster)
{
    EXPECT_EQ(playbackPosition(50, 1'000'000'000, k24, 100, 2, false).frame, 98);
    EXPECT_EQ(playbackPosition(50, 1'000'000'000, k24, 100, -1, false).frame, 26);
    const PlaybackPosition start = playbackPosition(10, 1'000'000'000, k24, 100, -1, false);
    EXPECT_EQ(start.frame, 0);
    EXPECT_TRUE(start.finished);
    EXPECT_EQ(playbackPosition(10, 1'000'000'000, k24, 100, -1, true).frame, 86);   // 10 - 24 + 100
}

TEST(PlaybackClock, EmptyShotIsFinishedOnFrameZero)
{
    const PlaybackPosition none = playbackPosition(0, 5'000'000'000, k24, 0, 1, true);
    EXPECT_EQ(none.frame, 0);
    EXPECT_TRUE(none.finished);
}

} // namespace
} // namespace murnau
