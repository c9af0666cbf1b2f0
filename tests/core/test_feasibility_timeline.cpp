// The report's timeline: frame starts and the end instant, and the breaks where a channel may
// step (keys, marks, rail points), with the smooth pieces between them.

#include <cmath>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/report_timeline.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;
constexpr Flicks kFrame24 = kS / 24;

Keyframe linearKey(Flicks time, double value)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = Interpolation::Linear;
    return k;
}

} // namespace

TEST(FeasibilityTimeline, SamplesEveryFrameStartAndTheEndInstant)
{
    Shot shot;
    shot.durationFlicks = 4 * kS;
    const ReportTimeline timeline = makeReportTimeline(shot, Scene{});
    ASSERT_EQ(timeline.samples.size(), 97u);
    EXPECT_EQ(timeline.samples[0], 0);
    EXPECT_EQ(timeline.samples[95], 95 * kFrame24);
    EXPECT_EQ(timeline.samples[96], 4 * kS - 1);
    EXPECT_EQ(timeline.endInstant(), 4 * kS - 1);
    EXPECT_TRUE(timeline.breaks.empty());
    EXPECT_EQ(timeline.pieceAround(kS), (std::pair<Flicks, Flicks>{0, 4 * kS - 1}));

    // A duration that is not whole frames: 10.5 frames gives 11 frame starts and the end instant.
    shot.durationFlicks = 21 * kFrame24 / 2;
    EXPECT_EQ(makeReportTimeline(shot, Scene{}).samples.size(), 12u);
}

TEST(FeasibilityTimeline, KeysAndMarksInsideTheShotBreakItIntoPieces)
{
    Shot shot;
    shot.durationFlicks = 4 * kS;
    shot.actionStart = kS;
    ASSERT_TRUE(shot.rig.channel(RigChannel::Pan).insertKey(linearKey(0, 0.0)).ok());        // at the start: no break
    ASSERT_TRUE(shot.rig.channel(RigChannel::Pan).insertKey(linearKey(2 * kS, 10.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Tilt).insertKey(linearKey(2 * kS, 1.0)).ok());  // same time: one break
    ASSERT_TRUE(shot.rig.channel(RigChannel::Tilt).insertKey(linearKey(4 * kS, 1.0)).ok());  // at the end: outside
    Mark a;
    a.name = "A";
    a.leaveAt = 2 * kS;   // shot time 1 s
    Mark b;
    b.name = "B";
    b.positionM = {0.0, 0.0, -3.0};
    b.arriveAt = 7 * kS;   // shot time 6 s: after the shot
    b.leaveAt = 7 * kS;
    Scene scene;
    scene.blocking.push_back(makeActorBlocking("Anna", {a, b}).value());

    const ReportTimeline timeline = makeReportTimeline(shot, scene);
    EXPECT_EQ(timeline.breaks, (std::vector<Flicks>{1 * kS, 2 * kS}));
    EXPECT_EQ(timeline.pieceAround(0), (std::pair<Flicks, Flicks>{0, kS - 1}));
    EXPECT_EQ(timeline.pieceAround(kS), (std::pair<Flicks, Flicks>{kS, 2 * kS - 1}));
    EXPECT_EQ(timeline.pieceAround(2 * kS - 1), (std::pair<Flicks, Flicks>{kS, 2 * kS - 1}));
    EXPECT_EQ(timeline.pieceAround(3 * kS), (std::pair<Flicks, Flicks>{2 * kS, 4 * kS - 1}));
}

TEST(FeasibilityTimeline, TheDollyReachingARailPointIsABreak)
{
    // A rail through z = 0, -3, -10 (straight: collinear points); the dolly 0 -> 6 m over 4 s at
    // 1.5 m/s reaches the middle point d1 at d1 / 1.5 s, and back again on the way home.
    Shot shot;
    shot.durationFlicks = 8 * kS;
    shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -3.0}, {0.0, 0.0, -10.0}}).value();
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 0.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(4 * kS, 6.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(8 * kS, 0.0)).ok());
    const double d1 = shot.rig.rail->built->distanceToPointM(1);
    EXPECT_NEAR(d1, 3.0, 1e-9);

    const ReportTimeline timeline = makeReportTimeline(shot, Scene{});
    ASSERT_EQ(timeline.breaks.size(), 3u);
    // Going out: the first flick at or past d1, s = 1.5 t.
    EXPECT_NEAR(static_cast<double>(timeline.breaks[0]), d1 / 1.5 * static_cast<double>(kS), 2.0);
    EXPECT_EQ(timeline.breaks[1], 4 * kS);   // the key
    // Coming back: s = 6 - 1.5 (t - 4), first below d1 at 4 + (6 - d1) / 1.5 s.
    EXPECT_NEAR(static_cast<double>(timeline.breaks[2]), (4.0 + (6.0 - d1) / 1.5) * static_cast<double>(kS), 2.0);
}
