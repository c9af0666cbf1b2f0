// Snapping times on the timeline (timeline_snap.h): to the nearest frame start, or to a nearby
// instant (a key, the playhead) within a pixel tolerance. Expected values by hand: 24 fps is
// 29,400,000 flicks a frame, 23.976 fps (24000/1001) 29,429,400; at 100 px/s one pixel is
// 7,056,000 flicks.

#include <vector>

#include <gtest/gtest.h>

#include "core/timeline/timeline_snap.h"

namespace murnau {
namespace {

constexpr Flicks kSecond = kFlicksPerSecond;
constexpr Flicks kFrame24 = 29'400'000;
constexpr FrameRate k24{24, 1};

TEST(NearestFrameStart, HalfAFrameRoundsLater)
{
    EXPECT_EQ(nearestFrameStart(0, k24), 0);
    EXPECT_EQ(nearestFrameStart(kFrame24 / 2 - 1, k24), 0);
    EXPECT_EQ(nearestFrameStart(kFrame24 / 2, k24), kFrame24);
    EXPECT_EQ(nearestFrameStart(3 * kFrame24 + 1, k24), 3 * kFrame24);
    EXPECT_EQ(nearestFrameStart(4 * kFrame24 - 1, k24), 4 * kFrame24);
    // Before the shot: frames continue backwards from 0.
    EXPECT_EQ(nearestFrameStart(-kFrame24 / 2, k24), 0);
    EXPECT_EQ(nearestFrameStart(-kFrame24 / 2 - 1, k24), -kFrame24);
    EXPECT_EQ(nearestFrameStart(-kFrame24 - 10, k24), -kFrame24);
    // 23.976 fps: frame 1 starts at 29,429,400 flicks.
    const FrameRate ntsc{24000, 1001};
    EXPECT_EQ(nearestFrameStart(29'429'400 - 1000, ntsc), 29'429'400);
    EXPECT_EQ(nearestFrameStart(14'714'699, ntsc), 0);
    EXPECT_EQ(nearestFrameStart(14'714'700, ntsc), 29'429'400);
}

TEST(SnapTime, ToTheNearestInstantWithinTheTolerance)
{
    const TimeAxis axis{0.0, 100.0};
    const Flicks px = kSecond / 100;   // one pixel
    const std::vector<Flicks> instants{2 * kSecond, 2 * kSecond + 5 * px};
    // 3 px from 2 s, 2 px from 2.05 s: the nearer one.
    SnappedTime snapped = snapTime(2 * kSecond + 3 * px, k24, instants, axis);
    EXPECT_EQ(snapped.time, 2 * kSecond + 5 * px);
    EXPECT_EQ(snapped.target, SnapTarget::Instant);
    snapped = snapTime(2 * kSecond - 4 * px, k24, instants, axis);
    EXPECT_EQ(snapped.time, 2 * kSecond);
    EXPECT_EQ(snapped.target, SnapTarget::Instant);
    // 7 px past the later one (tolerance 6): the nearest frame start, 2.12 s -> frame 51 (2.125 s).
    snapped = snapTime(2 * kSecond + 12 * px, k24, instants, axis);
    EXPECT_EQ(snapped.time, 51 * kFrame24);
    EXPECT_EQ(snapped.target, SnapTarget::Frame);
    // The tolerance is inclusive (at 6 px/s, 1 s is exactly 6 px from 0 s), and a custom one is used.
    const std::vector<Flicks> zero{0};
    EXPECT_EQ(snapTime(kSecond, k24, zero, TimeAxis{0.0, 6.0}).target, SnapTarget::Instant);
    EXPECT_EQ(snapTime(kSecond, k24, zero, TimeAxis{0.0, 6.0}, 5.0).target, SnapTarget::Frame);
    // Without instants: frames only.
    snapped = snapTime(kFrame24 + 1, k24, {}, axis);
    EXPECT_EQ(snapped.time, kFrame24);
    EXPECT_EQ(snapped.target, SnapTarget::Frame);
}

TEST(SnapTime, TheEarliestInstantWinsATie)
{
    // At 5 px/s, 0 s and 2 s are both exactly 5 px from 1 s.
    const TimeAxis axis{0.0, 5.0};
    const std::vector<Flicks> instants{2 * kSecond, 0};
    const SnappedTime snapped = snapTime(kSecond, k24, instants, axis);
    EXPECT_EQ(snapped.time, 0);
    EXPECT_EQ(snapped.target, SnapTarget::Instant);
}

TEST(SnapTime, TheToleranceIsInPixelsSoItFollowsTheZoom)
{
    const std::vector<Flicks> instants{kSecond};
    // 0.1 s away: 10 px at 100 px/s (no snap), 2 px at 20 px/s (snaps).
    EXPECT_EQ(snapTime(kSecond + kSecond / 10, k24, instants, TimeAxis{0.0, 100.0}).target, SnapTarget::Frame);
    EXPECT_EQ(snapTime(kSecond + kSecond / 10, k24, instants, TimeAxis{0.0, 20.0}).time, kSecond);
}

} // namespace
} // namespace murnau
