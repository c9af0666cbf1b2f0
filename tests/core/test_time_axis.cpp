// The timeline's time axis (time_axis.h): time to pixels and back, zoom about a pixel, scroll,
// fitting a range, and the ruler's steps and ticks. Expected values are hand derivations from
// px = (seconds - startSeconds) * pixelsPerSecond and 1 s = 705,600,000 flicks (24 fps: 29,400,000
// flicks a frame).

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/timeline/time_axis.h"

namespace murnau {
namespace {

constexpr Flicks kSecond = kFlicksPerSecond;
constexpr FrameRate k24{24, 1};

TEST(TimeAxis, TimeToPixelAndBack)
{
    const TimeAxis axis{1.0, 100.0};
    EXPECT_DOUBLE_EQ(axis.toPixel(3 * kSecond), 200.0);   // (3 - 1) * 100
    EXPECT_DOUBLE_EQ(axis.toPixel(0), -100.0);
    EXPECT_DOUBLE_EQ(axis.secondsToPixel(1.5), 50.0);
    EXPECT_EQ(axis.toTime(200.0), 3 * kSecond);
    EXPECT_DOUBLE_EQ(axis.pixelToSeconds(-100.0), 0.0);
    // 250.5 px: 1 + 2.505 s = 3.505 s = 2,473,128,000 flicks (rounded to the nearest flick).
    EXPECT_EQ(axis.toTime(250.5), 2'473'128'000);
    // Far beyond the curve time limit: clamped to +-1e6 s.
    EXPECT_EQ(axis.toTime(1e12), 1'000'000 * kSecond);
    EXPECT_EQ(axis.toTime(-1e12), -1'000'000 * kSecond);
}

TEST(TimeAxis, ZoomKeepsTheTimeUnderThePixel)
{
    const TimeAxis axis{1.0, 100.0};
    // Pixel 300 shows 1 + 3 = 4 s; at 200 px/s it stays there: start = 4 - 300 / 200 = 2.5 s.
    const TimeAxis in = axis.zoomedAbout(300.0, 2.0);
    EXPECT_DOUBLE_EQ(in.pixelsPerSecond, 200.0);
    EXPECT_DOUBLE_EQ(in.startSeconds, 2.5);
    EXPECT_DOUBLE_EQ(in.pixelToSeconds(300.0), 4.0);
    // Zoom is clamped to its limits, the anchor still fixed.
    const TimeAxis far = axis.zoomedAbout(300.0, 1e9);
    EXPECT_EQ(far.pixelsPerSecond, kMaxPixelsPerSecond);
    EXPECT_DOUBLE_EQ(far.pixelToSeconds(300.0), 4.0);
    const TimeAxis out = axis.zoomedAbout(300.0, 1e-9);
    EXPECT_EQ(out.pixelsPerSecond, kMinPixelsPerSecond);
    EXPECT_DOUBLE_EQ(out.pixelToSeconds(300.0), 4.0);
    // Factors that are not finite and positive change nothing.
    for (const double bad : {0.0, -2.0, std::nan(""), std::numeric_limits<double>::infinity()})
        EXPECT_EQ(axis.zoomedAbout(300.0, bad), axis) << bad;
    EXPECT_EQ(axis.zoomedAbout(std::nan(""), 2.0), axis);
}

TEST(TimeAxis, ScrollMovesByPixels)
{
    const TimeAxis axis{1.0, 100.0};
    EXPECT_DOUBLE_EQ(axis.scrolledBy(50.0).startSeconds, 1.5);
    EXPECT_DOUBLE_EQ(axis.scrolledBy(-250.0).startSeconds, -1.5);
    EXPECT_EQ(axis.scrolledBy(50.0).pixelsPerSecond, 100.0);
    EXPECT_EQ(axis.scrolledBy(std::nan("")), axis);
    EXPECT_DOUBLE_EQ(axis.scrolledBy(1e12).startSeconds, 1'000'000.0);
}

TEST(TimeAxis, FittingARange)
{
    // 0..10 s across 1000 px with 50 px margins: 900 px for 10 s = 90 px/s, start -50/90 s.
    const TimeAxis axis = TimeAxis::fitting(0, 10 * kSecond, 1000.0, 50.0);
    EXPECT_DOUBLE_EQ(axis.pixelsPerSecond, 90.0);
    EXPECT_NEAR(axis.toPixel(0), 50.0, 1e-9);
    EXPECT_NEAR(axis.toPixel(10 * kSecond), 950.0, 1e-9);
    // An empty range shows one second from its start.
    const TimeAxis empty = TimeAxis::fitting(2 * kSecond, 2 * kSecond, 1000.0, 0.0);
    EXPECT_DOUBLE_EQ(empty.pixelsPerSecond, 1000.0);
    EXPECT_DOUBLE_EQ(empty.startSeconds, 2.0);
    EXPECT_EQ(TimeAxis::fitting(3 * kSecond, kSecond, 1000.0, 0.0).pixelsPerSecond, 1000.0);
    // A very long range is clamped to the widest zoom.
    EXPECT_EQ(TimeAxis::fitting(0, 100'000 * kSecond, 1000.0, 0.0).pixelsPerSecond, kMinPixelsPerSecond);
}

TEST(RulerSteps, TheSmallestStepLeavingRoomForLabels)
{
    const auto steps = [](double pps, FrameRate rate) { return rulerSteps(TimeAxis{0.0, pps}, rate, 70.0); };
    // 2000 px/s at 24 fps: 83 px a frame, a label every frame.
    EXPECT_EQ(steps(2000.0, k24).majorFrames, 1);
    // 400 px/s: 16.7 px a frame; 2 frames 33 px, 5 frames 83 px: every 5 frames, minor every frame.
    EXPECT_EQ(steps(400.0, k24).majorFrames, 5);
    EXPECT_EQ(steps(400.0, k24).minorFrames, 1);
    // 100 px/s: 10 frames 42 px, 1 s 100 px; frames are 4.17 px wide, so minor ticks every frame.
    EXPECT_EQ(steps(100.0, k24).majorFrames, 24);
    EXPECT_EQ(steps(100.0, k24).minorFrames, 1);
    // 80 px/s: 1 s is 80 px, frames 3.3 px (too narrow): minor ticks every quarter second.
    EXPECT_EQ(steps(80.0, k24).majorFrames, 24);
    EXPECT_EQ(steps(80.0, k24).minorFrames, 6);
    // At 25 and 29.97 fps a quarter second is no whole number of frames: a fifth (5, 6 frames).
    EXPECT_EQ(steps(80.0, FrameRate{25, 1}).majorFrames, 25);
    EXPECT_EQ(steps(80.0, FrameRate{25, 1}).minorFrames, 5);
    EXPECT_EQ(steps(80.0, FrameRate{30000, 1001}).majorFrames, 30);
    EXPECT_EQ(steps(80.0, FrameRate{30000, 1001}).minorFrames, 6);
    // 50 px/s: 2 s is 100 px, minor every second.
    EXPECT_EQ(steps(50.0, k24).majorFrames, 48);
    EXPECT_EQ(steps(50.0, k24).minorFrames, 24);
    // 20 px/s: 5 s is 100 px, minor every fifth (1 s).
    EXPECT_EQ(steps(20.0, k24).majorFrames, 120);
    EXPECT_EQ(steps(20.0, k24).minorFrames, 24);
    // 2 px/s: 30 s is 60 px, 1 min 120 px.
    EXPECT_EQ(steps(2.0, k24).majorFrames, 60 * 24);
    for (const double pps : {2.0, 7.0, 20.0, 50.0, 80.0, 100.0, 400.0, 2000.0, 4000.0}) {
        for (const FrameRate rate : {k24, FrameRate{25, 1}, FrameRate{30000, 1001}, FrameRate{60, 1}}) {
            const RulerSteps s = steps(pps, rate);
            EXPECT_EQ(s.majorFrames % s.minorFrames, 0) << pps << " " << rate.fps();
            EXPECT_GE(static_cast<double>(s.majorFrames) * pps / rate.fps(), 70.0) << pps << " " << rate.fps();
        }
    }
}

TEST(RulerTicks, FrameStartsAcrossTheWidth)
{
    // 100 px/s at 24 fps from 0 s across 250 px: frames 0..60 (2.5 s = frame 60 at 250 px),
    // labelled every 24 frames.
    const std::vector<RulerTick> ticks = rulerTicks(TimeAxis{0.0, 100.0}, k24, 250.0);
    ASSERT_EQ(ticks.size(), 61u);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        EXPECT_EQ(ticks[i].frame, static_cast<std::int64_t>(i));
        EXPECT_EQ(ticks[i].time, static_cast<Flicks>(i) * 29'400'000);
        EXPECT_NEAR(ticks[i].px, static_cast<double>(i) * 100.0 / 24.0, 1e-9);
        EXPECT_EQ(ticks[i].major, i % 24 == 0) << i;
    }
}

TEST(RulerTicks, NothingBeforeTheShotAndNothingOffTheEdge)
{
    // From -1 s: the first tick is frame 0 at 100 px.
    const std::vector<RulerTick> ticks = rulerTicks(TimeAxis{-1.0, 100.0}, k24, 250.0);
    ASSERT_FALSE(ticks.empty());
    EXPECT_EQ(ticks.front().frame, 0);
    EXPECT_DOUBLE_EQ(ticks.front().px, 100.0);
    // From 1.01 s: frame 24 (1 s) lies 1 px left of the edge; the first tick is frame 25.
    const std::vector<RulerTick> later = rulerTicks(TimeAxis{1.01, 100.0}, k24, 250.0);
    ASSERT_FALSE(later.empty());
    EXPECT_EQ(later.front().frame, 25);
    for (const RulerTick& tick : later) {
        EXPECT_GE(tick.px, 0.0);
        EXPECT_LE(tick.px, 250.0);
    }
    EXPECT_TRUE(rulerTicks(TimeAxis{0.0, 100.0}, k24, 0.0).empty());
    EXPECT_TRUE(rulerTicks(TimeAxis{0.0, 100.0}, k24, std::nan("")).empty());
}

} // namespace
} // namespace murnau
