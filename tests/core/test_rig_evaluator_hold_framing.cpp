// Rig evaluation in the hold-framing aim mode: the head looks at the actor's eyes and the focal
// length follows f = F * gate.h * z / S (rig_evaluator.h), checked against that formula worked
// by hand for each set-up, never against the evaluator's own output.

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "core/rig/rig_evaluator.h"
#include "rig_test_support.h"

using namespace murnau;
using namespace murnau::rig_test;

// --- hold framing -------------------------------------------------------------------
// f = F * gate.h * z / S (rig_evaluator.h) with F = 0.5, S = 1.8 m and the Super 35 full gate
// height 18.66 mm: f = 0.5 * 18.66 / 1.8 * z = 5.18333... * z mm per metre of depth z.

namespace {

const Gate kSuper35Full{24.89, 18.66, 1.0};
constexpr double kHoldMmPerM = 0.5 * 18.66 / 1.8;

} // namespace

TEST(RigEvaluatorHoldFraming, DollyingBackFrom4To8MetresZoomsFrom20p7To41p5Millimetres)
{
    // Eyes at (0, 1.6, 0); a straight track from (0, 0, 4) heading 180 (towards +Z), lens at
    // 1.6 m, dolly 0 -> 4 m over 2 s: the lens is at z = 4 + 2t, on the eye line, so with look-at
    // aim the eyes lie on the axis and their depth is the distance 4 + 2t.
    //   t = 0: f = 0.5 * 18.66 * 4 / 1.8 = 20.7333 mm;  t = 1 s: 31.1 mm;  t = 2 s: 41.4667 mm
    //   f' = 5.18333 * dz/dt = 5.18333 * 2 = 10.3667 mm/s.
    // The FocalLength channel (a 100 mm key) is ignored.
    CameraRig rig;
    rig.originM = {0.0, 0.0, 4.0};
    rig.headingDeg = 180.0;
    setConstant(rig, RigChannel::Pedestal, 1.6);
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 2 * kS, 4.0);
    setConstant(rig, RigChannel::FocalLength, 100.0);
    rig.aim = AimMode::HoldFraming;
    rig.aimActor = "Anna";
    rig.holdFrameFraction = 0.5;
    ASSERT_FALSE(checkCameraRig(rig).has_value());
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.6, 0.0}, {0.0, 0.0, 0.0}, 1.8};

    const CameraState start = evaluateRig(rig, 0, kSuper35Full, targets);
    EXPECT_NEAR(start.focalLengthMm, 0.5 * 18.66 * 4.0 / 1.8, 1e-9);
    EXPECT_NEAR(start.focalLengthMm, 20.7333, 1e-4);
    EXPECT_NEAR(evaluateRig(rig, kS, kSuper35Full, targets).focalLengthMm, 31.1, 1e-9);
    const CameraState end = evaluateRig(rig, 2 * kS, kSuper35Full, targets);
    EXPECT_NEAR(end.focalLengthMm, 0.5 * 18.66 * 8.0 / 1.8, 1e-9);
    EXPECT_NEAR(end.focalLengthMm, 41.4667, 1e-4);
    EXPECT_NEAR(end.panDeg, 0.0, 1e-9);   // looking down -Z at the eyes

    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{24, 1}, kSuper35Full, targets);
    EXPECT_NEAR(motion.focalLengthRateMmPerS, kHoldMmPerM * 2.0, 1e-9);

    // Without a stature (a caller that does not know it) the channel's focal length is used.
    targets.aim->statureM = 0.0;
    EXPECT_EQ(evaluateRig(rig, kS, kSuper35Full, targets).focalLengthMm, 100.0);
    EXPECT_EQ(evaluateRigMotion(rig, kS, FrameRate{24, 1}, kSuper35Full, targets).focalLengthRateMmPerS, 0.0);
}

TEST(RigEvaluatorHoldFraming, DepthIsAlongTheAxisWithAPanOffsetAndTheRateFollowsTheTurningAxis)
{
    // Lens at (0, 1.6, 0), standing; eyes at (3, 1.6, -4) walking at (1, 0, 0) m/s: d = (3, 0, -4),
    // |d| = 5, d|'  = d . d' / |d| = 3/5 = 0.6 m/s. A pan offset of 60 deg turns the axis 60 deg
    // away from the eyes in the horizontal plane, so their depth is z = |d| cos 60 = 2.5 m and,
    // the offset being constant, z' = |d|' cos 60 = 0.3 m/s:
    //   f = 5.18333 * 2.5 = 12.9583 mm,  f' = 5.18333 * 0.3 = 1.555 mm/s.
    CameraRig rig;
    setConstant(rig, RigChannel::Pedestal, 1.6);
    setConstant(rig, RigChannel::Pan, 60.0);
    rig.aim = AimMode::HoldFraming;
    rig.aimActor = "Anna";
    RigTargets targets;
    targets.aim = RigTarget{{3.0, 1.6, -4.0}, {1.0, 0.0, 0.0}, 1.8};
    EXPECT_NEAR(evaluateRig(rig, 0, kSuper35Full, targets).focalLengthMm, kHoldMmPerM * 2.5, 1e-9);
    EXPECT_NEAR(evaluateRigMotion(rig, 0, FrameRate{24, 1}, kSuper35Full, targets).focalLengthRateMmPerS,
                kHoldMmPerM * 0.3, 1e-9);
}

TEST(RigEvaluatorHoldFraming, FocalLengthIsClampedToTheChannelRangeAndThenStandsStill)
{
    // Fraction 50 at 8 m: f = 50 * 18.66 * 8 / 1.8 = 4146.7 mm, above the 2000 mm limit.
    // A fraction 0.01 at 8 m: f = 0.01 * 18.66 * 8 / 1.8 = 0.8293 mm, below the 1 mm limit.
    CameraRig rig;
    rig.originM = {0.0, 0.0, 4.0};
    rig.headingDeg = 180.0;
    setConstant(rig, RigChannel::Pedestal, 1.6);
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 2 * kS, 8.0);
    rig.aim = AimMode::HoldFraming;
    rig.aimActor = "Anna";
    rig.holdFrameFraction = 50.0;
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.6, 0.0}, {0.0, 0.0, 0.0}, 1.8};
    // At t = 1 s the lens is 8 m from the eyes.
    EXPECT_EQ(evaluateRig(rig, kS, kSuper35Full, targets).focalLengthMm, 2000.0);
    EXPECT_EQ(evaluateRigMotion(rig, kS, FrameRate{24, 1}, kSuper35Full, targets).focalLengthRateMmPerS, 0.0);
    rig.holdFrameFraction = 0.01;
    EXPECT_EQ(evaluateRig(rig, kS, kSuper35Full, targets).focalLengthMm, 1.0);
    EXPECT_EQ(evaluateRigMotion(rig, kS, FrameRate{24, 1}, kSuper35Full, targets).focalLengthRateMmPerS, 0.0);
}
