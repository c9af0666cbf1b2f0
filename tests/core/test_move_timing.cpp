// Move timing and move keys: the progress of each profile and the keys that draw it, checked
// against the formulas written out here.
//
// Ramped, T = 6 s with 1 s ramps, travelling L = 10 m: the cruise speed is v = L / (T - ramp)
// = 10 / 5 = 2 m/s (the trapezoid of speed has area v (T - ramp)), the ramps accelerate at
// a = v / ramp = 2 m/s^2. So s(0.5 s) = a 0.5^2 / 2 = 0.25 m, s(3 s) = v (3 - ramp/2) = 5 m,
// s(5.5 s) = L - a 0.5^2 / 2 = 9.75 m, and the keys sit at s(1 s) = 1 m and s(5 s) = 9 m.

#include <cmath>

#include <gtest/gtest.h>

#include "core/motion/curve.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_timing.h"
#include "core/rig/camera_rig.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

MoveTiming ramped(Flicks ramp)
{
    MoveTiming timing;
    timing.profile = MoveProfile::Ramped;
    timing.rampFlicks = ramp;
    return timing;
}

} // namespace

TEST(MoveTiming, RampedProgressFollowsTheTrapezoidOfSpeed)
{
    const MoveTiming timing = ramped(kS);
    // p = s / L with the figures above.
    EXPECT_NEAR(moveProgress(timing, 6 * kS, kS / 2), 0.025, 1e-15);
    EXPECT_NEAR(moveProgress(timing, 6 * kS, kS), 0.1, 1e-15);
    EXPECT_NEAR(moveProgress(timing, 6 * kS, 3 * kS), 0.5, 1e-15);
    EXPECT_NEAR(moveProgress(timing, 6 * kS, 5 * kS), 0.9, 1e-15);
    EXPECT_NEAR(moveProgress(timing, 6 * kS, 11 * kS / 2), 0.975, 1e-15);
    EXPECT_EQ(moveProgress(timing, 6 * kS, 0), 0.0);
    EXPECT_EQ(moveProgress(timing, 6 * kS, 6 * kS), 1.0);
    EXPECT_EQ(moveProgress(timing, 6 * kS, 9 * kS), 1.0);   // clamped
}

TEST(MoveTiming, EasedAndConstantSpeedProgress)
{
    MoveTiming smooth;
    smooth.easing = Easing::fromPreset(EasingPreset::Smoothstep);   // y = 3x^2 - 2x^3
    EXPECT_NEAR(moveProgress(smooth, 4 * kS, kS), 3.0 / 16.0 - 2.0 / 64.0, 1e-12);
    MoveTiming constant;
    constant.profile = MoveProfile::ConstantSpeed;
    EXPECT_NEAR(moveProgress(constant, 4 * kS, kS), 0.25, 1e-15);
}

TEST(MoveTiming, RampsMustFitTheDuration)
{
    EXPECT_FALSE(checkMoveTiming(ramped(kS), 2 * kS).has_value());       // two 1 s ramps, no cruise
    const auto tooLong = checkMoveTiming(ramped(kS + 1), 2 * kS);
    ASSERT_TRUE(tooLong.has_value());
    EXPECT_EQ(tooLong->field, "timing.rampFlicks");
    EXPECT_TRUE(checkMoveTiming(ramped(0), 2 * kS).has_value());
    EXPECT_FALSE(checkMoveTiming(MoveTiming{}, 2 * kS).has_value());     // eased: nothing to check
}

TEST(MoveKeys, RampedChangeIsFourKeysWithAConstantSpeedCruise)
{
    CameraRig rig;
    ASSERT_FALSE(keyChange(rig, RigChannel::Dolly, ramped(kS), 6 * kS, 0.0, 10.0, "to").has_value());
    const Curve& dolly = rig.channel(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 4u);
    EXPECT_EQ(dolly.key(1).time, kS);
    EXPECT_NEAR(dolly.key(1).value, 1.0, 1e-12);
    EXPECT_EQ(dolly.key(1).interpolation, Interpolation::Linear);
    EXPECT_EQ(dolly.key(2).time, 5 * kS);
    EXPECT_NEAR(dolly.key(2).value, 9.0, 1e-12);

    EXPECT_NEAR(dolly.valueAt(kS / 2), 0.25, 1e-12);
    EXPECT_NEAR(dolly.valueAt(3 * kS), 5.0, 1e-12);
    EXPECT_NEAR(dolly.valueAt(11 * kS / 2), 9.75, 1e-12);
    // Constant acceleration a = 2 m/s^2 in the first ramp, v = 2 m/s in the cruise, no jump of
    // speed where they join.
    const CurveSample ramp = dolly.sampleAt(kS / 2);
    EXPECT_NEAR(ramp.velocity, 1.0, 1e-9);
    EXPECT_NEAR(ramp.acceleration, 2.0, 1e-6);
    EXPECT_NEAR(dolly.sampleAt(kS - 1).velocity, 2.0, 1e-6);
    for (Flicks t = kS; t <= 5 * kS; t += kS / 4) {
        const CurveSample cruise = dolly.sampleAt(t);
        EXPECT_NEAR(cruise.velocity, 2.0, 1e-9) << flicksToSeconds(t);
        if (t < 5 * kS) {
            EXPECT_EQ(cruise.acceleration, 0.0) << flicksToSeconds(t);
        }
    }
    EXPECT_NEAR(dolly.sampleAt(5 * kS).acceleration, -2.0, 1e-6);
}

TEST(MoveKeys, RampsMeetingInTheMiddleAreThreeKeys)
{
    CameraRig rig;
    ASSERT_FALSE(keyChange(rig, RigChannel::Dolly, ramped(3 * kS), 6 * kS, 0.0, 9.0, "to").has_value());
    const Curve& dolly = rig.channel(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 3u);
    // r = 1/2: vmax = 2 travels per duration = 3 m/s, half way at 3 s.
    EXPECT_NEAR(dolly.valueAt(3 * kS), 4.5, 1e-12);
    EXPECT_NEAR(dolly.sampleAt(3 * kS).velocity, 3.0, 1e-9);
}

TEST(MoveKeys, EasedChangeIsTwoKeysCarryingTheEasing)
{
    CameraRig rig;
    MoveTiming smooth;
    smooth.easing = Easing::fromPreset(EasingPreset::Smoothstep);
    ASSERT_FALSE(keyChange(rig, RigChannel::FocalLength, smooth, 4 * kS, 50.0, 25.0, "to").has_value());
    const Curve& focal = rig.channel(RigChannel::FocalLength);
    ASSERT_EQ(focal.keyCount(), 2u);
    EXPECT_EQ(focal.key(0).interpolation, Interpolation::Eased);
    // 50 - 25 (3/16 - 2/64) at a quarter of the way.
    EXPECT_NEAR(focal.valueAt(kS), 50.0 - 25.0 * (3.0 / 16.0 - 2.0 / 64.0), 1e-9);
    EXPECT_EQ(focal.valueAt(4 * kS), 25.0);
}

TEST(MoveKeys, ChangeDuringATailHoldsBeforeIt)
{
    CameraRig rig;
    MoveTiming constant;
    constant.profile = MoveProfile::ConstantSpeed;
    ASSERT_FALSE(keyChangeDuring(rig, RigChannel::Pedestal, constant, 2 * kS, 6 * kS, 1.0, 5.0, "crane").has_value());
    const Curve& pedestal = rig.channel(RigChannel::Pedestal);
    ASSERT_EQ(pedestal.keyCount(), 3u);
    EXPECT_EQ(pedestal.valueAt(kS), 1.0);
    EXPECT_NEAR(pedestal.valueAt(4 * kS), 3.0, 1e-12);
    EXPECT_EQ(pedestal.valueAt(6 * kS), 5.0);
}

TEST(MoveKeys, OutOfRangeValuesLeaveTheChannelAlone)
{
    CameraRig rig;
    ASSERT_FALSE(keyHold(rig, RigChannel::FocalLength, 35.0, "focalLengthMm").has_value());
    const auto error = keyChange(rig, RigChannel::FocalLength, MoveTiming{}, 6 * kS, 35.0, 5000.0, "toFocalLengthMm");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->field, "toFocalLengthMm");
    ASSERT_EQ(rig.channel(RigChannel::FocalLength).keyCount(), 1u);
    EXPECT_EQ(rig.channel(RigChannel::FocalLength).key(0).value, 35.0);
    EXPECT_TRUE(keyHold(rig, RigChannel::Dolly, std::nan(""), "dolly").has_value());
}

TEST(MoveKeys, EveryFrameKeysLandOnFramesAndTheEnd)
{
    CameraRig rig;
    // 6 s at 24 fps: frames 0..143 and the end, 145 keys, valued t^2 in seconds.
    const auto square = [](Flicks t) { return flicksToSeconds(t) * flicksToSeconds(t) + 1.0; };
    ASSERT_FALSE(keyEveryFrame(rig, RigChannel::FocalLength, FrameRate{24, 1}, 6 * kS, square, "f").has_value());
    const Curve& focal = rig.channel(RigChannel::FocalLength);
    ASSERT_EQ(focal.keyCount(), 145u);
    EXPECT_EQ(focal.key(24).time, kS);
    EXPECT_EQ(focal.key(24).value, 2.0);
    EXPECT_EQ(focal.key(144).time, 6 * kS);
    EXPECT_EQ(focal.key(144).value, 37.0);
    EXPECT_EQ(focal.key(10).interpolation, Interpolation::Linear);
    // Straight between frames: half way between frames 0 and 1 (t = 1/48 s) the chord value
    // (1 + (1 + 1/576)) / 2, not 1 + 1/2304.
    EXPECT_NEAR(focal.valueAt(kS / 48), 1.0 + 1.0 / 1152.0, 1e-12);

    // 23.976 fps: 6 s is 143.856 frames, so frames 0..143 and the end between frames.
    CameraRig ntsc;
    ASSERT_FALSE(keyEveryFrame(ntsc, RigChannel::FocalLength, FrameRate{24000, 1001}, 6 * kS, square, "f").has_value());
    ASSERT_EQ(ntsc.channel(RigChannel::FocalLength).keyCount(), 145u);
    EXPECT_EQ(ntsc.channel(RigChannel::FocalLength).key(143).time, 143 * (kS * 1001 / 24000));
    EXPECT_EQ(ntsc.channel(RigChannel::FocalLength).key(144).time, 6 * kS);

    const auto error = keyEveryFrame(rig, RigChannel::FocalLength, FrameRate{24, 1}, 6 * kS,
                                     [](Flicks t) { return t > 3 * kS ? 0.5 : 10.0; }, "endFocalLengthMm");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->field, "endFocalLengthMm");
    EXPECT_EQ(rig.channel(RigChannel::FocalLength).keyCount(), 145u);   // unchanged
}
