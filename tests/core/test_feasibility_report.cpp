// Feasibility report: track, motion peaks, margins and warnings. Every expected value is derived
// here from the move as keyed (linear: s = L t / T; smoothstep: s = L (3u^2 - 2u^3), u = t / T)
// or from the optics formulas, never from the report's own output.
//
// Smoothstep over L metres in T seconds, u = t / T:
//   s' = (6L / T)(u - u^2)      largest at u = 1/2: 1.5 L / T
//   s'' = (6L / T^2)(1 - 2u)    largest in magnitude at u = 0 and 1: 6 L / T^2
//   s''' = -12 L / T^3          constant

#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "core/analysis/feasibility_report.h"
#include "core/optics/sensor.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;
constexpr Flicks kFrame24 = kS / 24;

Keyframe key(Flicks time, double value, Interpolation interpolation = Interpolation::Linear)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = interpolation;
    return k;
}

Keyframe smoothKey(Flicks time, double value)
{
    Keyframe k = key(time, value, Interpolation::Eased);
    k.easing = Easing::fromPreset(EasingPreset::Smoothstep);
    return k;
}

void addKeys(Shot& shot, RigChannel channel, const std::vector<Keyframe>& keys)
{
    for (const Keyframe& k : keys)
        ASSERT_TRUE(shot.rig.channel(channel).insertKey(k).ok());
}

// A full-frame camera "A" (gate 36 x 24 mm, no delivery crop); no actors, no set.
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

// A shot of `seconds` at 24 fps on a straight 10 m rail from the origin towards -Z.
Shot makeShot(Flicks duration)
{
    Shot shot;
    shot.id = "sh-0001";
    shot.number = "1";
    shot.camera = "A";
    shot.frameRate = {24, 1};
    shot.durationFlicks = duration;
    shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -10.0}}).value();
    return shot;
}

// The dolly keyed linearly 0 -> 6 m over 4 s in a shot of `duration`.
Shot linearDollyShot(Flicks duration)
{
    Shot shot = makeShot(duration);
    addKeys(shot, RigChannel::Dolly, {key(0, 0.0), key(4 * kS, 6.0)});
    return shot;
}

FeasibilityReport build(const Shot& shot, const FeasibilityLimits& limits = {}, const Project& project = makeProject())
{
    const Result<FeasibilityReport> report = buildFeasibilityReport(project, Scene{}, shot, limits);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? report.value() : FeasibilityReport{};
}

std::vector<FeasibilityWarning> warningsOf(const FeasibilityReport& report, std::string_view channel)
{
    std::vector<FeasibilityWarning> found;
    for (const FeasibilityWarning& w : report.warnings) {
        if (w.channel == channel)
            found.push_back(w);
    }
    return found;
}

} // namespace

TEST(FeasibilityReport, LinearDollyNeedsItsTravelPlusMarginsInEightFootSections)
{
    const FeasibilityReport report = build(linearDollyShot(4 * kS));
    ASSERT_EQ(report.motion.size(), kMotionChannelCount);

    // 6 m in 4 s.
    EXPECT_NEAR(report.peak(MotionChannel::DollySpeed).peak, 1.5, 1e-12);
    EXPECT_NEAR(report.peak(MotionChannel::DollyAcceleration).peak, 0.0, 1e-12);
    EXPECT_NEAR(report.peak(MotionChannel::DollyJerk).peak, 0.0, 1e-9);

    // Travel 0 -> 6 m (the end instant is one flick before 4 s: 1.5 m/s x 1/705,600,000 s short).
    EXPECT_TRUE(report.track.onRail);
    EXPECT_EQ(report.track.travelFromM, 0.0);
    EXPECT_NEAR(report.track.travelToM, 6.0, 1e-8);
    EXPECT_NEAR(report.track.travelSpanM, 6.0, 1e-8);
    EXPECT_FALSE(report.track.travelsBackwards);
    EXPECT_NEAR(report.track.trackLengthM, 6.0 + 2.0 * 0.5, 1e-8);
    EXPECT_EQ(report.track.sections, static_cast<int>(std::ceil((6.0 + 2.0 * 0.5) / 2.4384)));
    EXPECT_EQ(report.track.sections, 3);
    EXPECT_NEAR(report.track.laidFromM, -0.5, 1e-12);
    EXPECT_NEAR(report.track.laidToM, 6.5, 1e-8);
    ASSERT_TRUE(report.track.railLengthM.has_value());
    EXPECT_NEAR(*report.track.railLengthM, 10.0, 1e-9);

    // A straight rail never bends.
    EXPECT_EQ(report.track.minimumRadius.radiusM, std::numeric_limits<double>::infinity());

    // 96 frame starts and the end instant.
    EXPECT_EQ(report.frameCount, 96);
    EXPECT_EQ(report.sampleCount, 97);

    // The dolly starts at the rail's first point: the run-up needs 0.5 m of rail before it.
    const auto track = warningsOf(report, "track");
    ASSERT_EQ(track.size(), 1u);
    EXPECT_EQ(track[0].severity, WarningSeverity::Note);
    EXPECT_NE(track[0].message.find("0.5 m"), std::string::npos) << track[0].message;
}

TEST(FeasibilityReport, StraightTrackWithoutRailIsInfinitelyStraightAndRunsUpInTheDirectionOfTravel)
{
    // No rail: the track runs from the origin along heading 0. The dolly goes back from 8 to 2 m,
    // so the run-up (1 m) lies beyond 8 m and the stop margin (0.25 m) before 2 m.
    Shot shot = makeShot(3 * kS);
    shot.rig.rail.reset();
    addKeys(shot, RigChannel::Dolly, {key(0, 8.0), key(3 * kS, 2.0)});
    FeasibilityLimits limits;
    limits.runUpM = 1.0;
    limits.stopMarginM = 0.25;
    const FeasibilityReport report = build(shot, limits);
    EXPECT_FALSE(report.track.onRail);
    EXPECT_TRUE(report.track.travelsBackwards);
    EXPECT_NEAR(report.track.travelFromM, 2.0, 1e-8);
    EXPECT_EQ(report.track.travelToM, 8.0);
    EXPECT_NEAR(report.track.laidFromM, 2.0 - 0.25, 1e-8);
    EXPECT_NEAR(report.track.laidToM, 8.0 + 1.0, 1e-12);
    EXPECT_NEAR(report.track.trackLengthM, 6.0 + 1.0 + 0.25, 1e-8);
    EXPECT_EQ(report.track.sections, static_cast<int>(std::ceil(7.25 / 2.4384)));
    EXPECT_EQ(report.track.minimumRadius.radiusM, std::numeric_limits<double>::infinity());
    EXPECT_FALSE(report.track.railLengthM.has_value());
    EXPECT_TRUE(warningsOf(report, "track").empty());
}

TEST(FeasibilityReport, SmoothstepDollyPeaksAtMidTimeAndAcceleratesHardestAtTheEnds)
{
    const double L = 6.0;
    const double T = 4.0;
    Shot shot = makeShot(4 * kS);
    addKeys(shot, RigChannel::Dolly, {smoothKey(0, 0.0), smoothKey(4 * kS, L)});
    const FeasibilityReport report = build(shot);

    const MotionPeak& speed = report.peak(MotionChannel::DollySpeed);
    EXPECT_NEAR(speed.peak, 1.5 * L / T, 1e-12);
    EXPECT_EQ(speed.peakAt, 2 * kS);   // u = 1/2, frame 48
    EXPECT_FALSE(speed.peakIsStep);

    const MotionPeak& acceleration = report.peak(MotionChannel::DollyAcceleration);
    EXPECT_NEAR(acceleration.peak, 6.0 * L / (T * T), 1e-12);
    EXPECT_EQ(acceleration.peakAt, 0);

    const MotionPeak& jerk = report.peak(MotionChannel::DollyJerk);
    EXPECT_NEAR(jerk.peak, 12.0 * L / (T * T * T), 1e-9);
    EXPECT_FALSE(jerk.peakIsStep);   // the eased ends lie on the shot's edges, outside it

    // 2.25 m/s against 1.4: one stretch, centred on the peak, and the acceleration (2.25 against
    // 1 m/s^2) is over at both ends.
    const auto speedWarnings = warningsOf(report, "dolly_speed");
    ASSERT_EQ(speedWarnings.size(), 1u);
    // s' > 1.4 where u - u^2 > 1.4 T / 6 L = 0.15556, u in (0.2, 0.8) roughly: well inside the shot.
    const double u0 = 0.5 - std::sqrt(0.25 - 1.4 * T / (6.0 * L));
    const auto firstFrame = static_cast<Flicks>(std::ceil(u0 * T * 24.0));
    EXPECT_EQ(speedWarnings[0].range.fromFlicks, firstFrame * kFrame24);
    EXPECT_EQ(warningsOf(report, "dolly_acceleration").size(), 2u);
}

TEST(FeasibilityReport, PedestalAccelerationAndJerkComeFromItsRate)
{
    // Pedestal smoothstep 1 -> 2 m over 2 s: peak rate 1.5 x 1 / 2, acceleration 6 x 1 / 2^2,
    // jerk 12 x 1 / 2^3.
    Shot shot = makeShot(2 * kS);
    addKeys(shot, RigChannel::Pedestal, {smoothKey(0, 1.0), smoothKey(2 * kS, 2.0)});
    const FeasibilityReport report = build(shot);
    EXPECT_NEAR(report.peak(MotionChannel::PedestalSpeed).peak, 0.75, 1e-12);
    EXPECT_EQ(report.peak(MotionChannel::PedestalSpeed).peakAt, 1 * kS);
    EXPECT_NEAR(report.peak(MotionChannel::PedestalAcceleration).peak, 1.5, 1e-8);
    EXPECT_NEAR(report.peak(MotionChannel::PedestalJerk).peak, 1.5, 1e-6);
    // The dolly stands: no track.
    EXPECT_EQ(report.track.trackLengthM, 0.0);
    EXPECT_EQ(report.track.sections, 0);
}

TEST(FeasibilityReport, WarningsMergeAdjacentFramesIntoOneRange)
{
    // The dolly runs at 1.5 m/s until 4 s, then stands for 2 s: frames 0..95 exceed 1.4 m/s.
    const FeasibilityReport report = build(linearDollyShot(6 * kS));
    const auto speed = warningsOf(report, "dolly_speed");
    ASSERT_EQ(speed.size(), 1u);
    EXPECT_EQ(speed[0].kind, WarningKind::Motion);
    EXPECT_EQ(speed[0].range.fromFlicks, 0);
    EXPECT_EQ(speed[0].range.toFlicks, 95 * kFrame24);
    EXPECT_EQ(speed[0].severity, WarningSeverity::Caution);   // 1.5 / 1.4 = 7 % over
    EXPECT_NE(speed[0].message.find("from 00.00 to 03.96"), std::string::npos) << speed[0].message;
    EXPECT_NE(speed[0].message.find("7 % over"), std::string::npos) << speed[0].message;

    // The stop at 4 s is an instant: the 1.5 m/s step read over one frame is 1.5 x 24 m/s^2.
    const MotionPeak& acceleration = report.peak(MotionChannel::DollyAcceleration);
    EXPECT_TRUE(acceleration.peakIsStep);
    EXPECT_NEAR(acceleration.peak, 1.5 * 24.0, 1e-9);
    EXPECT_EQ(acceleration.peakAt, 4 * kS);
    const auto stop = warningsOf(report, "dolly_acceleration");
    ASSERT_EQ(stop.size(), 1u);
    EXPECT_EQ(stop[0].range, (TimeRange{4 * kS, 4 * kS}));
    EXPECT_EQ(stop[0].severity, WarningSeverity::Problem);
    EXPECT_NE(stop[0].message.find("at 04.00"), std::string::npos) << stop[0].message;
}

TEST(FeasibilityReport, LimitOverridesChangeTheVerdicts)
{
    const Shot shot = linearDollyShot(4 * kS);

    const FeasibilityReport byDefault = build(shot);
    const MotionPeak& defaultSpeed = byDefault.peak(MotionChannel::DollySpeed);
    ASSERT_TRUE(defaultSpeed.worst.has_value());
    EXPECT_EQ(defaultSpeed.worst->limit, 1.4);
    EXPECT_NEAR(defaultSpeed.worst->overPercent(), (1.5 / 1.4 - 1.0) * 100.0, 1e-9);
    ASSERT_EQ(warningsOf(byDefault, "dolly_speed").size(), 1u);
    EXPECT_EQ(warningsOf(byDefault, "dolly_speed")[0].severity, WarningSeverity::Caution);

    FeasibilityLimits faster;
    faster.dollySpeedMps = 1.6;
    const FeasibilityReport relaxed = build(shot, faster);
    EXPECT_TRUE(warningsOf(relaxed, "dolly_speed").empty());
    ASSERT_TRUE(relaxed.peak(MotionChannel::DollySpeed).worst.has_value());
    EXPECT_NEAR(relaxed.peak(MotionChannel::DollySpeed).worst->overPercent(), (1.5 / 1.6 - 1.0) * 100.0, 1e-9);

    FeasibilityLimits slower;
    slower.dollySpeedMps = 1.0;
    const FeasibilityReport strict = build(shot, slower);
    ASSERT_EQ(warningsOf(strict, "dolly_speed").size(), 1u);
    EXPECT_EQ(warningsOf(strict, "dolly_speed")[0].severity, WarningSeverity::Problem);   // 50 % over >= 25 %

    FeasibilityLimits lenient = slower;
    lenient.severeOverPercent = 60.0;
    EXPECT_EQ(warningsOf(build(shot, lenient), "dolly_speed")[0].severity, WarningSeverity::Caution);

    FeasibilityLimits none;
    none.dollySpeedMps.reset();
    const FeasibilityReport unlimited = build(shot, none);
    EXPECT_FALSE(unlimited.peak(MotionChannel::DollySpeed).worst.has_value());
    EXPECT_TRUE(warningsOf(unlimited, "dolly_speed").empty());
    EXPECT_NEAR(unlimited.peak(MotionChannel::DollySpeed).peak, 1.5, 1e-12);

    FeasibilityLimits longSections;
    longSections.trackSectionM = 3.0;
    EXPECT_EQ(build(shot, longSections).track.sections, static_cast<int>(std::ceil(7.0 / 3.0)));
}

TEST(FeasibilityReport, PanRateIsMeasuredAgainstTheSevenSecondRuleForTheLensAngle)
{
    // Pan 0 -> 90 degrees in 3 s (30 deg/s) through a 50 mm on a 36 mm wide gate: the horizontal
    // angle is 2 atan(36 / (2 x 50)); an image should take 7 s to cross it.
    Shot shot = makeShot(3 * kS);
    addKeys(shot, RigChannel::Pan, {key(0, 0.0), key(3 * kS, 90.0)});
    addKeys(shot, RigChannel::FocalLength, {key(0, 50.0)});
    const FeasibilityReport report = build(shot);

    const double aovDeg = 2.0 * std::atan(36.0 / 100.0) * 180.0 / std::numbers::pi;   // 39.598 degrees
    const double limitDegPerS = aovDeg / 7.0;
    const MotionPeak& pan = report.peak(MotionChannel::PanRate);
    EXPECT_NEAR(pan.peak, 30.0, 1e-12);
    ASSERT_TRUE(pan.worst.has_value());
    EXPECT_NEAR(pan.worst->limit, limitDegPerS, 1e-12);
    EXPECT_NEAR(pan.worst->overPercent(), (30.0 / limitDegPerS - 1.0) * 100.0, 1e-9);
    EXPECT_EQ(judderRateLimitDegPerS(aovDeg, 7.0), limitDegPerS);

    const auto warnings = warningsOf(report, "pan_rate");
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, WarningSeverity::Problem);
    EXPECT_EQ(warnings[0].range, (TimeRange{0, 3 * kS - 1}));
    // The image crosses the frame in aov / 30 = 1.32 s.
    EXPECT_NE(warnings[0].message.find(fmt::format("crosses the frame in {:.2f} s, 7 s wanted", aovDeg / 30.0)),
              std::string::npos)
        << warnings[0].message;

    FeasibilityLimits noJudder;
    noJudder.panCrossingS.reset();
    EXPECT_TRUE(warningsOf(build(shot, noJudder), "pan_rate").empty());
}

TEST(FeasibilityReport, ZoomAndFocusAreComparedWithThePlannedLens)
{
    // Zoom 24 -> 100 mm over 4 s (19 mm/s) on a 24-70 mm lens focusing down to 0.45 m; focus
    // pulled 2 -> 0.3 m over 4 s (0.425 m/s).
    Shot shot = makeShot(4 * kS);
    addKeys(shot, RigChannel::FocalLength, {key(0, 24.0), key(4 * kS, 100.0)});
    addKeys(shot, RigChannel::FocusDistance, {key(0, 2.0), key(4 * kS, 0.3)});
    FeasibilityLimits limits;
    limits.lens = LensRange{24.0, 70.0, 0.45};
    const FeasibilityReport report = build(shot, limits);

    EXPECT_EQ(report.lens.minFocalMm, 24.0);
    EXPECT_EQ(report.lens.minFocalAt, 0);
    EXPECT_NEAR(report.lens.maxFocalMm, 100.0, 1e-6);
    EXPECT_NEAR(report.lens.minFocusM, 0.3, 1e-6);
    EXPECT_FALSE(report.lens.focalFits);
    EXPECT_FALSE(report.lens.focusFits);
    EXPECT_NEAR(report.peak(MotionChannel::ZoomRate).peak, 19.0, 1e-9);
    EXPECT_NEAR(report.peak(MotionChannel::FocusPullRate).peak, 0.425, 1e-12);
    EXPECT_FALSE(report.peak(MotionChannel::ZoomRate).worst.has_value());   // no zoom limit by default

    // 24 + 19 t > 70 from t = 46/19 s: first at frame ceil(24 x 46 / 19) = 59.
    const auto focal = warningsOf(report, "focal_length");
    ASSERT_EQ(focal.size(), 1u);
    EXPECT_EQ(focal[0].severity, WarningSeverity::Problem);
    EXPECT_EQ(focal[0].range.fromFlicks, static_cast<Flicks>(std::ceil(24.0 * 46.0 / 19.0)) * kFrame24);
    EXPECT_EQ(focal[0].range.toFlicks, 4 * kS - 1);
    // 2 - 0.425 t < 0.45 from t = 1.55 / 0.425 s: first at frame ceil(24 x 1.55 / 0.425) = 88.
    const auto focus = warningsOf(report, "focus");
    ASSERT_EQ(focus.size(), 1u);
    EXPECT_EQ(focus[0].range.fromFlicks, static_cast<Flicks>(std::ceil(24.0 * 1.55 / 0.425)) * kFrame24);

    // Without a lens nothing is compared.
    const FeasibilityReport unplanned = build(shot);
    EXPECT_TRUE(unplanned.lens.focalFits);
    EXPECT_TRUE(warningsOf(unplanned, "focal_length").empty());
}

TEST(FeasibilityReport, ConstantKeyIsAJumpReadOverOneFrame)
{
    // The dolly holds 1 m, then jumps to 3 m at 2 s (a constant key): 2 m within a frame reads
    // as 2 x 24 m/s.
    Shot shot = makeShot(4 * kS);
    addKeys(shot, RigChannel::Dolly, {key(0, 1.0, Interpolation::Constant), key(2 * kS, 3.0, Interpolation::Constant)});
    const FeasibilityReport report = build(shot);
    const MotionPeak& speed = report.peak(MotionChannel::DollySpeed);
    EXPECT_TRUE(speed.peakIsStep);
    EXPECT_NEAR(speed.peak, 2.0 * 24.0, 1e-9);
    EXPECT_EQ(speed.peakAt, 2 * kS);
    const auto jumps = warningsOf(report, "dolly_speed");
    ASSERT_EQ(jumps.size(), 1u);
    EXPECT_NE(jumps[0].message.find("dolly position steps from 1 to 3 m at 02.00"), std::string::npos)
        << jumps[0].message;
}

TEST(FeasibilityReport, BadLimitsAndShotsAreRefusedWithTheirField)
{
    FeasibilityLimits negative;
    negative.dollySpeedMps = -1.0;
    const auto refused = buildFeasibilityReport(makeProject(), Scene{}, linearDollyShot(4 * kS), negative);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "limits.dollySpeedMps");

    Shot noCamera = linearDollyShot(4 * kS);
    noCamera.camera = "B";
    const auto unknown = buildFeasibilityReport(makeProject(), Scene{}, noCamera, {}, "scenes[0].shots[2]");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, "scenes[0].shots[2].camera");
}
