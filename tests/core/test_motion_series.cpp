// The curve editor's speed and acceleration graphs (motion_series.h). Expected values are derived
// here from the keys (linear: s' = L / T; smoothstep: s' = (6L/T)(u - u^2), s'' = (6L/T^2)(1 - 2u),
// u = t / T; the CSS ease-in-out cubic-bezier(0.42, 0, 0.58, 1) at its middle: x'(1/2) =
// 3/4 x1 + 3/2 (x2 - x1) + 3/4 (1 - x2) = 0.87 and y'(1/2) = 3/2, slope 1.5 / 0.87) and from the
// angle of view 2 atan(w / 2f) of a 36 x 24 mm gate, never from the code's own output.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/motion_analysis.h"
#include "core/analysis/motion_series.h"
#include "core/optics/sensor.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

Keyframe key(Flicks time, double value, Interpolation interpolation = Interpolation::Linear)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = interpolation;
    return k;
}

Keyframe easedKey(Flicks time, double value, EasingPreset preset)
{
    Keyframe k = key(time, value, Interpolation::Eased);
    k.easing = Easing::fromPreset(preset);
    return k;
}

// A full-frame camera "A" (gate 36 x 24 mm, no delivery crop).
Project makeProject()
{
    Project project;
    CameraSetup camera;
    camera.name = "A";
    const SensorFormat* fullFrame = findSensorPreset("full-frame");
    EXPECT_NE(fullFrame, nullptr);
    camera.sensor = fullFrame != nullptr ? *fullFrame : SensorFormat{};
    project.cameras = {camera};
    return project;
}

// A 4 s shot at 24 fps on a straight 10 m rail towards -Z.
Shot makeShot()
{
    Shot shot;
    shot.id = "sh-0001";
    shot.number = "1";
    shot.camera = "A";
    shot.frameRate = {24, 1};
    shot.durationFlicks = 4 * kS;
    shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -10.0}}).value();
    return shot;
}

void addKeys(Shot& shot, RigChannel channel, const std::vector<Keyframe>& keys)
{
    for (const Keyframe& k : keys)
        ASSERT_TRUE(shot.rig.channel(channel).insertKey(k).ok());
}

MotionSeries seriesOf(const Shot& shot, const FeasibilityLimits& limits = {})
{
    const Project project = makeProject();
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, Scene{}, shot);
    EXPECT_TRUE(evaluator.ok()) << (evaluator.ok() ? "" : evaluator.error().describe());
    if (!evaluator.ok())
        return {};
    return motionSeries(evaluator.value(), shot.rig, makeReportTimeline(shot, Scene{}), limits);
}

double seconds(Flicks t)
{
    return static_cast<double>(t) / static_cast<double>(kS);
}

} // namespace

TEST(MotionSeries, LinearDollySpeedIsDistanceOverTimeAtEveryFrame)
{
    Shot shot = makeShot();
    addKeys(shot, RigChannel::Dolly, {key(0, 0.0), key(4 * kS, 6.0)});
    const MotionSeries series = seriesOf(shot);
    // 96 frame starts and the end instant, one flick before 4 s.
    ASSERT_EQ(series.times.size(), 97u);
    EXPECT_EQ(series.times.front(), 0);
    EXPECT_EQ(series.times[1], kS / 24);
    EXPECT_EQ(series.times.back(), 4 * kS - 1);
    for (std::size_t i = 0; i < series.times.size(); ++i) {
        EXPECT_NEAR(series.valuesOf(MotionChannel::DollySpeed)[i], 6.0 / 4.0, 1e-12) << i;
        EXPECT_NEAR(series.valuesOf(MotionChannel::DollyAcceleration)[i], 0.0, 1e-12) << i;
        EXPECT_EQ(series.limitsOf(MotionChannel::DollySpeed)[i], 1.4) << i;   // FeasibilityLimits' default
        EXPECT_EQ(series.limitsOf(MotionChannel::DollyAcceleration)[i], 1.0) << i;
        EXPECT_EQ(series.valuesOf(MotionChannel::PedestalSpeed)[i], 0.0) << i;
    }
    // The move starts at 0 and ends after the end instant: no break, no step inside the shot.
    EXPECT_TRUE(series.stepsOf(MotionChannel::DollySpeed).empty());
}

TEST(MotionSeries, SmoothstepDollyFollowsTheEasingsDerivatives)
{
    constexpr double L = 6.0;
    constexpr double T = 4.0;
    Shot shot = makeShot();
    addKeys(shot, RigChannel::Dolly, {easedKey(0, 0.0, EasingPreset::Smoothstep), key(4 * kS, L)});
    const MotionSeries series = seriesOf(shot);
    ASSERT_EQ(series.times.size(), 97u);
    double peak = 0.0;
    for (std::size_t i = 0; i < series.times.size(); ++i) {
        const double u = seconds(series.times[i]) / T;
        EXPECT_NEAR(series.valuesOf(MotionChannel::DollySpeed)[i], 6.0 * L / T * (u - u * u), 1e-9) << i;
        // Straight rail: the platform's acceleration is |s''|.
        EXPECT_NEAR(series.valuesOf(MotionChannel::DollyAcceleration)[i], std::fabs(6.0 * L / (T * T) * (1.0 - 2.0 * u)),
                    1e-9)
            << i;
        peak = std::max(peak, series.valuesOf(MotionChannel::DollySpeed)[i]);
    }
    // The peak 1.5 L / T at u = 1/2 (frame 48).
    EXPECT_NEAR(series.valuesOf(MotionChannel::DollySpeed)[48], 1.5 * L / T, 1e-12);
    EXPECT_NEAR(peak, 1.5 * L / T, 1e-12);
}

TEST(MotionSeries, EaseInOutPeakSpeedIsTheEasingsSlopeAtItsMiddle)
{
    constexpr double L = 6.0;
    constexpr double T = 4.0;
    Shot shot = makeShot();
    addKeys(shot, RigChannel::Dolly, {easedKey(0, 0.0, EasingPreset::EaseInOut), key(4 * kS, L)});
    const MotionSeries series = seriesOf(shot);
    // cubic-bezier(0.42, 0, 0.58, 1) is symmetric: x(1/2) = 1/2, and its slope there is its largest.
    const double xPrime = 0.75 * 0.42 + 1.5 * (0.58 - 0.42) + 0.75 * (1.0 - 0.58);
    const double slope = 1.5 / xPrime;
    EXPECT_NEAR(series.valuesOf(MotionChannel::DollySpeed)[48], L / T * slope, 1e-9);
    const auto& speeds = series.valuesOf(MotionChannel::DollySpeed);
    EXPECT_EQ(std::max_element(speeds.begin(), speeds.end()) - speeds.begin(), 48);
    // Over the 1.4 m/s walking pace around the middle: the band a grip must see.
    EXPECT_GT(speeds[48], series.limitsOf(MotionChannel::DollySpeed)[48]);
}

TEST(MotionSeries, PedestalPanAndTiltRatesOfLinearMoves)
{
    Shot shot = makeShot();
    addKeys(shot, RigChannel::Pedestal, {key(0, 1.0), key(4 * kS, 2.0)});
    addKeys(shot, RigChannel::Pan, {key(0, 0.0), key(4 * kS, 30.0)});
    addKeys(shot, RigChannel::Tilt, {key(0, -10.0), key(4 * kS, 10.0)});
    const MotionSeries series = seriesOf(shot);
    for (std::size_t i = 0; i < series.times.size(); ++i) {
        EXPECT_NEAR(series.valuesOf(MotionChannel::PedestalSpeed)[i], 0.25, 1e-12) << i;
        EXPECT_NEAR(series.valuesOf(MotionChannel::PanRate)[i], 7.5, 1e-9) << i;
        EXPECT_NEAR(series.valuesOf(MotionChannel::TiltRate)[i], 5.0, 1e-9) << i;
        EXPECT_NEAR(series.valuesOf(MotionChannel::PedestalAcceleration)[i], 0.0, 1e-9) << i;
        EXPECT_NEAR(series.valuesOf(MotionChannel::PanAcceleration)[i], 0.0, 1e-6) << i;
        EXPECT_EQ(series.limitsOf(MotionChannel::PedestalSpeed)[i], 0.5) << i;
    }
}

TEST(MotionSeries, PanAndTiltLimitsFollowTheZoomAtEveryInstant)
{
    Shot shot = makeShot();
    addKeys(shot, RigChannel::FocalLength, {key(0, 24.0), key(4 * kS, 100.0)});
    const FeasibilityLimits limits;   // 7 s to cross the frame
    const MotionSeries series = seriesOf(shot, limits);
    const double degPerRad = 180.0 / std::numbers::pi;
    for (std::size_t i = 0; i < series.times.size(); ++i) {
        const double f = 24.0 + 76.0 * seconds(series.times[i]) / 4.0;
        const double panLimit = 2.0 * std::atan(36.0 / (2.0 * f)) * degPerRad / 7.0;
        const double tiltLimit = 2.0 * std::atan(24.0 / (2.0 * f)) * degPerRad / 7.0;
        EXPECT_NEAR(series.limitsOf(MotionChannel::PanRate)[i], panLimit, 1e-9) << i;
        EXPECT_NEAR(series.limitsOf(MotionChannel::TiltRate)[i], tiltLimit, 1e-9) << i;
        // No limit set for the pan's acceleration: NaN.
        EXPECT_TRUE(std::isnan(series.limitsOf(MotionChannel::PanAcceleration)[i])) << i;
    }
}

TEST(MotionSeries, AConstantKeysJumpIsAStepReadOverOneFrame)
{
    Shot shot = makeShot();
    addKeys(shot, RigChannel::Dolly,
            {key(0, 0.0, Interpolation::Constant), key(2 * kS, 1.0, Interpolation::Constant)});
    const MotionSeries series = seriesOf(shot);
    const auto& steps = series.stepsOf(MotionChannel::DollySpeed);
    ASSERT_EQ(steps.size(), 1u);
    EXPECT_EQ(steps[0].t, 2 * kS);
    EXPECT_EQ(steps[0].from, 0.0);
    EXPECT_EQ(steps[0].to, 1.0);
    EXPECT_DOUBLE_EQ(steps[0].value, 1.0 * 24.0);   // 1 m in one frame at 24 fps
    EXPECT_EQ(steps[0].limit, 1.4);
    // Held on either side: no speed at the frames.
    for (const double v : series.valuesOf(MotionChannel::DollySpeed))
        EXPECT_EQ(v, 0.0);
}

TEST(MotionSeries, AgreesWithTheReportsPeak)
{
    Shot shot = makeShot();
    addKeys(shot, RigChannel::Dolly, {easedKey(0, 0.0, EasingPreset::Smoothstep), key(4 * kS, 6.0)});
    const Project project = makeProject();
    const ShotEvaluator evaluator = ShotEvaluator::create(project, Scene{}, shot).value();
    const ReportTimeline timeline = makeReportTimeline(shot, Scene{});
    const MotionAnalysis analysis = analyseMotion(evaluator, shot.rig, timeline, FeasibilityLimits{});
    const MotionSeries series = motionSeries(evaluator, shot.rig, timeline, FeasibilityLimits{});
    for (const MotionChannel c : {MotionChannel::DollySpeed, MotionChannel::DollyAcceleration}) {
        const auto& values = series.valuesOf(c);
        const double peak = *std::max_element(values.begin(), values.end());
        // The report refines between samples, so its peak is at least the sampled one (and equal here,
        // where both peaks fall on frames).
        EXPECT_NEAR(analysis.peaks[static_cast<std::size_t>(c)].peak, peak, 1e-9);
    }
}

TEST(MotionSeries, GraphedChannelsAndLimitLabels)
{
    EXPECT_EQ(motionChannelFor(RigChannel::Dolly, MotionGraphKind::Speed), MotionChannel::DollySpeed);
    EXPECT_EQ(motionChannelFor(RigChannel::Dolly, MotionGraphKind::Acceleration), MotionChannel::DollyAcceleration);
    EXPECT_EQ(motionChannelFor(RigChannel::Pedestal, MotionGraphKind::Speed), MotionChannel::PedestalSpeed);
    EXPECT_EQ(motionChannelFor(RigChannel::Pan, MotionGraphKind::Acceleration), MotionChannel::PanAcceleration);
    EXPECT_EQ(motionChannelFor(RigChannel::Tilt, MotionGraphKind::Speed), MotionChannel::TiltRate);
    EXPECT_EQ(motionChannelFor(RigChannel::FocalLength, MotionGraphKind::Speed), std::nullopt);
    EXPECT_EQ(motionChannelFor(RigChannel::Truck, MotionGraphKind::Acceleration), std::nullopt);

    FeasibilityLimits limits;
    EXPECT_EQ(motionLimitLabel(limits, MotionChannel::DollySpeed), "1.4 m/s: faster than a grip pushes at walking pace");
    EXPECT_EQ(motionLimitLabel(limits, MotionChannel::PanRate),
              "frame crossed in 7 s: the image judders across the frame");
    EXPECT_EQ(motionLimitLabel(limits, MotionChannel::PanAcceleration), "");
    limits.dollySpeedMps.reset();
    EXPECT_EQ(motionLimitLabel(limits, MotionChannel::DollySpeed), "");
}
