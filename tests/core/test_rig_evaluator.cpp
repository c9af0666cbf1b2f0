// Rig evaluation: where the lens is, where it points, and its motion, checked against
// derivations written out next to each test (straight tracks, circles, right triangles,
// polynomial channels) and against an independent cubic Bezier in power form with its own
// Simpson arc length, never against the evaluator's own output.
//
// Conventions used below (camera_state.h): pan 0 looks down -Z, pan > 0 turns left; the lens
// axis is (-cos(tilt) sin(pan), sin(tilt), -cos(tilt) cos(pan)). A straight track with heading h
// runs along (-sin h, 0, -cos h); right of travel along unit tangent T is (-Tz, 0, Tx) / |..|.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/optics/projection.h"
#include "core/rig/rig_evaluator.h"
#include "rig_test_support.h"

using namespace murnau;
using namespace murnau::rig_test;

namespace {

constexpr double kDeg = 180.0 / std::numbers::pi;
// The standard 4-arc circle handle length, as a fraction of the radius: 4/3 (sqrt(2) - 1).
const double kCircleHandle = 4.0 / 3.0 * (std::sqrt(2.0) - 1.0);
const Gate kFullFrame{36.0, 24.0, 1.0};

// The channel a t^2 over t in [0, 2 s]: keys 0 and 4a, handles a third of the span long with
// control values y0 = 0, y1 = 0, y2 = 4a/3, y3 = 4a, so y(x) = 3 (y2 - 2 y1 + y0) x^2 +
// (y3 - y0 + 3 (y1 - y2)) x^3 = 4a x^2 with x = t / 2: value a t^2, velocity 2 a t, acceleration 2a.
void setQuadratic(CameraRig& rig, RigChannel channel, double a)
{
    Curve& curve = rig.channel(channel);
    curve.clear();
    Keyframe start;
    start.time = 0;
    start.value = 0.0;
    start.interpolation = Interpolation::Bezier;
    start.handleType = HandleType::Free;
    start.right = {2.0 / 3.0, 0.0};
    Keyframe end = start;
    end.time = 2 * kS;
    end.value = 4.0 * a;
    end.left = {-2.0 / 3.0, -8.0 * a / 3.0};
    end.right = {};
    ASSERT_TRUE(curve.insertKey(start).ok());
    ASSERT_TRUE(curve.insertKey(end).ok());
}

void expectNear(const glm::dvec3& actual, const glm::dvec3& expected, double tolerance, const char* what = "")
{
    EXPECT_NEAR(actual.x, expected.x, tolerance) << what;
    EXPECT_NEAR(actual.y, expected.y, tolerance) << what;
    EXPECT_NEAR(actual.z, expected.z, tolerance) << what;
}

// A cubic Bezier in power form, independent of core/motion:
// P(u) = b0 + 3 (b1 - b0) u + 3 (b0 - 2 b1 + b2) u^2 + (b3 - 3 b2 + 3 b1 - b0) u^3.
struct Cubic {
    glm::dvec3 b0, b1, b2, b3;

    glm::dvec3 position(double u) const
    {
        return b0 + 3.0 * (b1 - b0) * u + 3.0 * (b0 - 2.0 * b1 + b2) * (u * u)
               + (b3 - 3.0 * b2 + 3.0 * b1 - b0) * (u * u * u);
    }
    glm::dvec3 velocity(double u) const
    {
        return 3.0 * (b1 - b0) + 6.0 * (b0 - 2.0 * b1 + b2) * u + 3.0 * (b3 - 3.0 * b2 + 3.0 * b1 - b0) * (u * u);
    }
    glm::dvec3 acceleration(double u) const
    {
        return 6.0 * (b0 - 2.0 * b1 + b2) + 6.0 * (b3 - 3.0 * b2 + 3.0 * b1 - b0) * u;
    }
    // |P' x P''| / |P'|^3, 1/m.
    double curvature(double u) const
    {
        const glm::dvec3 v = velocity(u);
        const double speed = glm::length(v);
        return glm::length(glm::cross(v, acceleration(u))) / (speed * speed * speed);
    }
    // Composite Simpson of |P'| over [0, u] with `panels` (even) panels; the error ~h^4 is below
    // 1e-13 relative for these smooth arcs with 2000 panels.
    double length(double u, int panels = 20000) const
    {
        const double h = u / panels;
        double sum = glm::length(velocity(0.0)) + glm::length(velocity(u));
        for (int i = 1; i < panels; ++i)
            sum += (i % 2 == 1 ? 4.0 : 2.0) * glm::length(velocity(h * i));
        return sum * h / 3.0;
    }
};

// The quarter circle of radius r about the origin on the floor, from (r, 0, 0) to (0, 0, -r):
// points (r cos a, 0, -r sin a), travelled with increasing a, tangent (-sin a, 0, -cos a). It
// bends left: right of travel (cos a, 0, -sin a) points away from the centre.
Cubic quarterCircle(double radiusM)
{
    const double k = kCircleHandle * radiusM;
    return Cubic{{radiusM, 0.0, 0.0}, {radiusM, 0.0, -k}, {k, 0.0, -radiusM}, {0.0, 0.0, -radiusM}};
}

RailPath quarterCircleBezierPath(double radiusM)
{
    const double k = kCircleHandle * radiusM;
    const auto path = makeBezierPath(
        {{{radiusM, 0.0, 0.0}, {}, {0.0, 0.0, -k}}, {{0.0, 0.0, -radiusM}, {k, 0.0, 0.0}, {}}});
    EXPECT_TRUE(path.ok());
    return path.value();
}

// Seven points 15 degrees apart on the same quarter circle.
RailPath quarterCircleCatmullRomPath(double radiusM)
{
    std::vector<glm::dvec3> points;
    for (int i = 0; i <= 6; ++i) {
        const double a = i * std::numbers::pi / 12.0;
        points.push_back({radiusM * std::cos(a), 0.0, -radiusM * std::sin(a)});
    }
    const auto path = makeCatmullRomPath(points);
    EXPECT_TRUE(path.ok());
    return path.value();
}

} // namespace

TEST(RigEvaluator, EmptyRigHoldsTheChannelDefaults)
{
    // No keys: dolly 0 at the origin, pedestal 1.6 m, level, 35 mm, focus 5 m, f/2.8.
    CameraRig rig;
    rig.originM = {2.0, 0.25, -1.0};
    const CameraState camera = evaluateRig(rig, 3 * kS, kFullFrame);
    expectNear(camera.positionM, {2.0, 1.85, -1.0}, 1e-15);
    EXPECT_EQ(camera.panDeg, 0.0);
    EXPECT_EQ(camera.tiltDeg, 0.0);
    EXPECT_EQ(camera.rollDeg, 0.0);
    EXPECT_EQ(camera.focalLengthMm, 35.0);
    EXPECT_EQ(camera.focusDistanceM, 5.0);
    EXPECT_EQ(camera.fStop, 2.8);
    EXPECT_EQ(camera.gate.widthMm, 36.0);
    EXPECT_EQ(camera.gate.heightMm, 24.0);

    const RigMotion motion = evaluateRigMotion(rig, 3 * kS, FrameRate{24, 1}, kFullFrame);
    EXPECT_EQ(motion.speedMps, 0.0);
    EXPECT_EQ(glm::length(motion.accelerationMps2), 0.0);
    EXPECT_EQ(glm::length(motion.jerkMps3), 0.0);
}

TEST(RigEvaluator, StraightHeadingTrackLinearDolly)
{
    // Heading 0: forward (0, 0, -1). Dolly 0 -> 3 m linearly over 2 s: at 1 s, s = 1.5 m,
    // speed 3 / 2 = 1.5 m/s, acceleration 0. Lens at origin + 1.5 forward + (0, 1.6, 0).
    CameraRig rig;
    rig.originM = {1.0, 0.0, 4.0};
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 2 * kS, 3.0);
    const CameraState camera = evaluateRig(rig, kS, kFullFrame);
    expectNear(camera.positionM, {1.0, 1.6, 2.5}, 1e-12);

    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame);
    expectNear(motion.velocityMps, {0.0, 0.0, -1.5}, 1e-12);
    EXPECT_NEAR(motion.speedMps, 1.5, 1e-12);
    EXPECT_NEAR(motion.dollySpeedMps, 1.5, 1e-12);
    EXPECT_EQ(glm::length(motion.accelerationMps2), 0.0);
    EXPECT_EQ(motion.dollyAccelerationMps2, 0.0);
    EXPECT_EQ(motion.lateralAccelerationMps2, 0.0);
    EXPECT_EQ(glm::length(motion.jerkMps3), 0.0);
}

TEST(RigEvaluator, HeadingNinetyRunsAlongMinusXWithTruckToTheRight)
{
    // Heading 90 (a pan of 90 looks down -X): forward (-1, 0, 0); right (-Tz, 0, Tx) = (0, 0, -1).
    // Dolly 4 m, truck 2 m, pedestal 1.2 m from origin (0, 0.5, 0): (-4, 1.7, -2).
    CameraRig rig;
    rig.originM = {0.0, 0.5, 0.0};
    rig.headingDeg = 90.0;
    setConstant(rig, RigChannel::Dolly, 4.0);
    setConstant(rig, RigChannel::Truck, 2.0);
    setConstant(rig, RigChannel::Pedestal, 1.2);
    expectNear(evaluateRig(rig, 0, kFullFrame).positionM, {-4.0, 1.7, -2.0}, 1e-12);

    // Truck and pedestal rates: truck 0 -> 3 m over 2 s (1.5 m/s to the right, -Z), pedestal
    // 1 -> 2 m over 4 s (0.25 m/s up).
    setLinear(rig, RigChannel::Truck, 0, 0.0, 2 * kS, 3.0);
    setLinear(rig, RigChannel::Pedestal, 0, 1.0, 4 * kS, 2.0);
    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{25, 1}, kFullFrame);
    expectNear(motion.velocityMps, {0.0, 0.25, -1.5}, 1e-12);
    EXPECT_NEAR(motion.truckRateMps, 1.5, 1e-12);
    EXPECT_NEAR(motion.pedestalRateMps, 0.25, 1e-12);
    EXPECT_EQ(motion.dollySpeedMps, 0.0);
}

TEST(RigEvaluator, PedestalIsLensHeightAboveTheRail)
{
    // A rail on a 0.5 m rostrum, pedestal 1.2 m: lens height 1.7 m; truck +1 m on a track
    // running along +X puts the lens at z = +1 (right of +X travel is (-0, 0, 1)).
    CameraRig rig;
    rig.rail = makeCatmullRomPath({{0.0, 0.5, 0.0}, {10.0, 0.5, 0.0}}).value();
    setConstant(rig, RigChannel::Dolly, 3.0);
    setConstant(rig, RigChannel::Pedestal, 1.2);
    setConstant(rig, RigChannel::Truck, 1.0);
    expectNear(evaluateRig(rig, 0, kFullFrame).positionM, {3.0, 1.7, 1.0}, 1e-12);
}

TEST(RigEvaluator, DollyBeyondTheRailStopsAtItsEnd)
{
    // A 5 m rail driven 0 -> 8 m over 4 s (2 m/s): at 3 s the channel says 6 m, the dolly is at
    // the end (5 m) and stands still.
    CameraRig rig;
    rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -5.0}}).value();
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 4 * kS, 8.0);
    expectNear(evaluateRig(rig, 3 * kS, kFullFrame).positionM, {0.0, 1.6, -5.0}, 1e-12);
    const RigMotion stopped = evaluateRigMotion(rig, 3 * kS, FrameRate{24, 1}, kFullFrame);
    EXPECT_EQ(stopped.speedMps, 0.0);
    EXPECT_EQ(stopped.dollySpeedMps, 0.0);
    // At 1 s (2 m in) it moves at 2 m/s along -Z.
    expectNear(evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame).velocityMps, {0.0, 0.0, -2.0}, 1e-12);
}

TEST(RigEvaluator, DollyRoundingPastTheRailEndStillMoves)
{
    // A move keyed to end on the rail's end can land a few ulps past it (eased curves do):
    // that is arrival, not a dolly standing at the buffer. Keyed linearly 0 -> 5 m + 0.5 nm
    // over 2 s on a 5 m rail, one flick before the end the value is past 5 m by ~0.5 nm, and
    // the speed must still be the keyed (5 + 5e-10) / 2 m/s (the old clamp read 0 here).
    CameraRig rig;
    rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -5.0}}).value();
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 2 * kS, 5.0 + 5e-10);
    const RigMotion motion = evaluateRigMotion(rig, 2 * kS - 1, FrameRate{24, 1}, kFullFrame);
    EXPECT_NEAR(motion.dollySpeedMps, (5.0 + 5e-10) / 2.0, 1e-12);
}

TEST(RigEvaluator, ChannelsLeavingTheirRangeAreClampedAndStill)
{
    // Focal length 10 mm at 0 s, 5 mm at 1 s, linear extrapolation: at 3 s the curve says -5 mm;
    // the lens holds the 1 mm minimum and does not zoom.
    CameraRig rig;
    setLinear(rig, RigChannel::FocalLength, 0, 10.0, kS, 5.0);
    rig.channel(RigChannel::FocalLength).setExtrapolation(Extrapolation::Linear);
    EXPECT_EQ(evaluateRig(rig, 3 * kS, kFullFrame).focalLengthMm, 1.0);
    EXPECT_EQ(evaluateRigMotion(rig, 3 * kS, FrameRate{24, 1}, kFullFrame).focalLengthRateMmPerS, 0.0);
    // Inside the range the zoom runs at -5 mm/s.
    EXPECT_NEAR(evaluateRig(rig, kS / 2, kFullFrame).focalLengthMm, 7.5, 1e-12);
    EXPECT_NEAR(evaluateRigMotion(rig, kS / 2, FrameRate{24, 1}, kFullFrame).focalLengthRateMmPerS, -5.0, 1e-12);
}

TEST(RigEvaluator, FreeAimAndLensChannelsPassThrough)
{
    // Pan 0 -> 90 deg over 3 s (30 deg/s), tilt -10 -> 0 over 2 s (5 deg/s), roll 2 deg,
    // zoom 24 -> 96 mm over 4 s (18 mm/s), focus 2 -> 6 m over 4 s (1 m/s), f/4. At 1 s:
    // pan 30, tilt -5, zoom 42 mm, focus 3 m.
    CameraRig rig;
    setLinear(rig, RigChannel::Pan, 0, 0.0, 3 * kS, 90.0);
    setLinear(rig, RigChannel::Tilt, 0, -10.0, 2 * kS, 0.0);
    setConstant(rig, RigChannel::Roll, 2.0);
    setLinear(rig, RigChannel::FocalLength, 0, 24.0, 4 * kS, 96.0);
    setLinear(rig, RigChannel::FocusDistance, 0, 2.0, 4 * kS, 6.0);
    setConstant(rig, RigChannel::FStop, 4.0);
    const CameraState camera = evaluateRig(rig, kS, kFullFrame);
    EXPECT_NEAR(camera.panDeg, 30.0, 1e-12);
    EXPECT_NEAR(camera.tiltDeg, -5.0, 1e-12);
    EXPECT_EQ(camera.rollDeg, 2.0);
    EXPECT_NEAR(camera.focalLengthMm, 42.0, 1e-12);
    EXPECT_NEAR(camera.focusDistanceM, 3.0, 1e-12);
    EXPECT_EQ(camera.fStop, 4.0);

    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame);
    EXPECT_NEAR(motion.panRateDegPerS, 30.0, 1e-12);
    EXPECT_NEAR(motion.tiltRateDegPerS, 5.0, 1e-12);
    EXPECT_EQ(motion.rollRateDegPerS, 0.0);
    EXPECT_NEAR(motion.focalLengthRateMmPerS, 18.0, 1e-12);
    EXPECT_NEAR(motion.focusRateMps, 1.0, 1e-12);
}

TEST(RigEvaluatorLookAt, CameraOnAxisTiltsUpToTheEyes)
{
    // Camera at (0, 1.6, 5); an actor 1.8 m tall at the origin has eyes at 0.936 * 1.8 = 1.6848 m.
    // d = (0, 0.0848, -5): pan = atan2(-0, 5) = 0, tilt = atan(0.0848 / 5) = 0.971679... deg.
    CameraRig rig;
    rig.originM = {0.0, 0.0, 5.0};
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.6848, 0.0}, {0.0, 0.0, 0.0}};
    const CameraState camera = evaluateRig(rig, 0, kFullFrame, targets);
    EXPECT_NEAR(camera.panDeg, 0.0, 1e-12);
    EXPECT_NEAR(camera.tiltDeg, std::atan(0.0848 / 5.0) * kDeg, 1e-12);
    // The eyes land in the centre of the frame.
    const auto onGate = projectToGate(camera, {0.0, 1.6848, 0.0});
    ASSERT_TRUE(onGate.has_value());
    EXPECT_NEAR(onGate->x, 0.0, 1e-12);
    EXPECT_NEAR(onGate->y, 0.0, 1e-12);
}

TEST(RigEvaluatorLookAt, PanTiltChannelsAreOffsetsAndFreeAimIgnoresTheTarget)
{
    // Camera at (0, 1.6, 0), target at (-1, 1.6, -1): d = (-1, 0, -1), pan = atan2(1, 1) = 45
    // (turned left), tilt 0. Offsets pan +5, tilt -2: 50 and -2.
    CameraRig rig;
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    setConstant(rig, RigChannel::Pan, 5.0);
    setConstant(rig, RigChannel::Tilt, -2.0);
    RigTargets targets;
    targets.aim = RigTarget{{-1.0, 1.6, -1.0}, {}};
    const CameraState aimed = evaluateRig(rig, 0, kFullFrame, targets);
    EXPECT_NEAR(aimed.panDeg, 50.0, 1e-12);
    EXPECT_NEAR(aimed.tiltDeg, -2.0, 1e-12);

    rig.aim = AimMode::Free;
    const CameraState free = evaluateRig(rig, 0, kFullFrame, targets);
    EXPECT_EQ(free.panDeg, 5.0);
    EXPECT_EQ(free.tiltDeg, -2.0);
}

TEST(RigEvaluatorLookAt, TargetBehindIsPan180NotMinus180)
{
    // d = (0, 0, +3): the axis (-sin p, 0, -cos p) = (0, 0, 1) at p = 180; pan lies in (-180, 180].
    CameraRig rig;
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.6, 3.0}, {}};
    EXPECT_EQ(evaluateRig(rig, 0, kFullFrame, targets).panDeg, 180.0);
}

TEST(RigEvaluatorLookAt, AimRatesOfACrossingTarget)
{
    // Static camera at (0, 1.6, 5), target at (0, 1.6, 0) moving +X at 1.4 m/s: d = (0, 0, -5),
    // d' = (1.4, 0, 0). pan' = (dz dx' - dx dz') / (dx^2 + dz^2) = (-5 * 1.4) / 25 = -0.28 rad/s
    // = -16.0428... deg/s (the camera turns right to follow); tilt' = 0.
    CameraRig rig;
    rig.originM = {0.0, 0.0, 5.0};
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.6, 0.0}, {1.4, 0.0, 0.0}};
    const RigMotion crossing = evaluateRigMotion(rig, 0, FrameRate{24, 1}, kFullFrame, targets);
    EXPECT_NEAR(crossing.panRateDegPerS, -0.28 * kDeg, 1e-12);
    EXPECT_NEAR(crossing.tiltRateDegPerS, 0.0, 1e-12);

    // The same relative motion from the camera's side: heading -90 runs along +X; a dolly at
    // 1.4 m/s past a static target: d' = -(1.4, 0, 0), pan' = +0.28 rad/s.
    rig.headingDeg = -90.0;
    rig.originM = {0.0, 0.0, 5.0};
    setLinear(rig, RigChannel::Dolly, -kS, -1.4, kS, 1.4);
    targets.aim = RigTarget{{0.0, 1.6, 0.0}, {}};
    const RigMotion passing = evaluateRigMotion(rig, 0, FrameRate{24, 1}, kFullFrame, targets);
    expectNear(passing.velocityMps, {1.4, 0.0, 0.0}, 1e-12);
    EXPECT_NEAR(passing.panRateDegPerS, 0.28 * kDeg, 1e-12);

    // Rising target straight ahead: d = (0, 0, -5), d' = (0, 0.5, 0):
    // tilt' = (g dy' - dy g') / (g^2 + dy^2) = 5 * 0.5 / 25 = 0.1 rad/s.
    rig.channel(RigChannel::Dolly).clear();
    rig.headingDeg = 0.0;
    targets.aim = RigTarget{{0.0, 1.6, 0.0}, {0.0, 0.5, 0.0}};
    EXPECT_NEAR(evaluateRigMotion(rig, 0, FrameRate{24, 1}, kFullFrame, targets).tiltRateDegPerS, 0.1 * kDeg, 1e-12);
}

TEST(RigEvaluatorFocus, FollowGivesTheExactDistanceAndRate)
{
    // Camera dollies from (0, 1.6, 5) towards -Z at 1.5 m/s (0 -> 3 m over 2 s); focus follows
    // eyes at (0, 1.6, 0). At 1 s the lens is at z = 3.5: focus 3.5 m, closing at 1.5 m/s.
    CameraRig rig;
    rig.originM = {0.0, 0.0, 5.0};
    rig.focusActor = "Anna";
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 2 * kS, 3.0);
    setConstant(rig, RigChannel::FocusDistance, 9.0);
    RigTargets targets;
    targets.focus = RigTarget{{0.0, 1.6, 0.0}, {}};
    EXPECT_NEAR(evaluateRig(rig, kS, kFullFrame, targets).focusDistanceM, 3.5, 1e-12);
    EXPECT_NEAR(evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame, targets).focusRateMps, -1.5, 1e-12);

    // Off axis: eyes at (3, 1.6 + 4, 3.5) from the lens at (0, 1.6, 3.5): a 3-4-5 triangle.
    targets.focus = RigTarget{{3.0, 5.6, 3.5}, {}};
    EXPECT_NEAR(evaluateRig(rig, kS, kFullFrame, targets).focusDistanceM, 5.0, 1e-12);

    // Without a target, or without a focus actor, the channel rules.
    EXPECT_EQ(evaluateRig(rig, kS, kFullFrame).focusDistanceM, 9.0);
    rig.focusActor.clear();
    EXPECT_EQ(evaluateRig(rig, kS, kFullFrame, targets).focusDistanceM, 9.0);
}

TEST(RigEvaluatorJerk, SmoothstepDollyHasConstantJerk)
{
    // Dolly eased with smoothstep from 0 to D = 6 m over T = 4 s: s = D (3x^2 - 2x^3), x = t/T,
    // s''' = -12 D / T^3 = -72 / 64 = -1.125 m/s^3 everywhere inside the segment; the
    // acceleration is linear in t, so the symmetric difference is exact. At 1 s:
    // s' = D (6x - 6x^2) / T = 6 * (1.5 - 0.375) / 4 = 1.6875 m/s, s'' = D (6 - 12x) / T^2 = 1.125 m/s^2.
    CameraRig rig;
    Keyframe start = linearKey(0, 0.0);
    start.interpolation = Interpolation::Eased;
    start.easing = Easing::fromPreset(EasingPreset::Smoothstep);
    ASSERT_TRUE(rig.channel(RigChannel::Dolly).insertKey(start).ok());
    ASSERT_TRUE(rig.channel(RigChannel::Dolly).insertKey(linearKey(4 * kS, 6.0)).ok());
    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame);
    EXPECT_NEAR(motion.dollySpeedMps, 1.6875, 1e-9);
    EXPECT_NEAR(motion.dollyAccelerationMps2, 1.125, 1e-9);
    EXPECT_NEAR(motion.dollyJerkMps3, -1.125, 1e-6);
    expectNear(motion.jerkMps3, {0.0, 0.0, 1.125}, 1e-6, "forward is -Z");
    expectNear(motion.accelerationMps2, {0.0, 0.0, -1.125}, 1e-9);
}

TEST(RigEvaluatorCurvedRail, BezierQuarterCircleAtConstantSpeed)
{
    // Radius 5 m, dolly 0 -> 7 m linearly over 5 s: ds/dt = 1.4 m/s on every frame (the tangent
    // is a unit vector) and no tangential acceleration. The centripetal acceleration is
    // (ds/dt)^2 k(u) towards the centre of curvature, k the independent cubic's curvature at the
    // u whose arc length is s (Newton on the Simpson length). A one-arc Bezier is not exactly a
    // circle: its curvature runs from (2/3)(1 - c)/(c^2 r) = 0.97855/r at the ends
    // (c = 4/3 (sqrt 2 - 1), from k(0) = (2/3)|(p1 - p0) x (p2 - p1)| / |p1 - p0|^3) to 1.0080/r
    // inside, so v^2 / r = 0.392 m/s^2 holds within that band.
    const double radiusM = 5.0;
    const Cubic arc = quarterCircle(radiusM);
    double lowest = 1e300;
    double highest = 0.0;
    for (int i = 0; i <= 1000; ++i) {
        lowest = std::min(lowest, arc.curvature(i / 1000.0));
        highest = std::max(highest, arc.curvature(i / 1000.0));
    }
    EXPECT_NEAR(lowest * radiusM, 2.0 / 3.0 * (1.0 - kCircleHandle) / (kCircleHandle * kCircleHandle), 1e-12);

    CameraRig rig;
    rig.rail = quarterCircleBezierPath(radiusM);
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 5 * kS, 7.0);
    const FrameRate rate{24, 1};
    for (std::int64_t frame = 0; frame < 120; ++frame) {
        const Flicks t = framesToFlicks(frame, rate);
        const double s = 7.0 * flicksToSeconds(t) / 5.0;
        double u = s / arc.length(1.0);
        for (int step = 0; step < 6; ++step)
            u -= (arc.length(u, 2000) - s) / glm::length(arc.velocity(u));
        const RigMotion motion = evaluateRigMotion(rig, t, rate, kFullFrame);
        EXPECT_NEAR(motion.speedMps, 1.4, 1.4e-12) << "frame " << frame;
        EXPECT_NEAR(glm::dot(motion.accelerationMps2, motion.velocityMps) / 1.4, 0.0, 1e-12) << "frame " << frame;
        const double centripetal = glm::length(motion.accelerationMps2);
        EXPECT_NEAR(centripetal, 1.96 * arc.curvature(u), 1e-9) << "frame " << frame;
        EXPECT_GE(centripetal, 1.96 * lowest - 1e-12);
        EXPECT_LE(centripetal, 1.96 * highest + 1e-12);
        EXPECT_NEAR(motion.lateralAccelerationMps2, centripetal, 1e-12);
        // Towards the centre of curvature: P'' minus its part along P', normalised.
        const glm::dvec3 along = glm::normalize(arc.velocity(u));
        const glm::dvec3 bend = arc.acceleration(u) - glm::dot(arc.acceleration(u), along) * along;
        expectNear(motion.accelerationMps2 / centripetal, glm::normalize(bend), 1e-9, "direction");
    }
}

TEST(RigEvaluatorCurvedRail, CatmullRomQuarterCircleAtConstantSpeed)
{
    // Seven points 15 degrees apart on a 5 m quarter circle, dolly at 1.4 m/s: |velocity| = 1.4
    // on every frame, acceleration across the track and pointing inwards (within 2.5 degrees of the
    // circle's centre, 1 - cos 2.5deg = 0.00095). Centripetal Catmull-Rom is only C1: through
    // points 15 degrees apart its curvature swings by up to about 5 % around 1/r between the
    // points (and jumps at them), and the two end segments, shaped by reflected phantom points,
    // straighten towards the rail's ends; so v^2 / r = 0.392 m/s^2 is checked within 6 % on the
    // inner four segments only: frames 24 to 110 are at 1.4 m to 6.42 m, between points 1 and 5
    // (about 1.31 m and 6.54 m along, 15 degrees of a 5 m radius being 1.309 m of arc).
    const double radiusM = 5.0;
    CameraRig rig;
    rig.rail = quarterCircleCatmullRomPath(radiusM);
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 5 * kS, 7.0);
    const FrameRate rate{24, 1};
    for (std::int64_t frame = 0; frame < 120; ++frame) {
        const Flicks t = framesToFlicks(frame, rate);
        const RigMotion motion = evaluateRigMotion(rig, t, rate, kFullFrame);
        EXPECT_NEAR(motion.speedMps, 1.4, 1.4e-12) << "frame " << frame;
        EXPECT_NEAR(glm::dot(motion.accelerationMps2, motion.velocityMps) / 1.4, 0.0, 1e-12) << "frame " << frame;
        if (frame < 24 || frame > 110)
            continue;
        const double centripetal = glm::length(motion.accelerationMps2);
        EXPECT_NEAR(centripetal, 0.392, 0.392 * 0.06) << "frame " << frame;
        const glm::dvec3 lens = evaluateRig(rig, t, kFullFrame).positionM;
        const glm::dvec3 inward = -glm::normalize(glm::dvec3(lens.x, 0.0, lens.z));
        EXPECT_GT(glm::dot(motion.accelerationMps2, inward) / centripetal, 0.999) << "frame " << frame;
    }
}

TEST(RigEvaluatorCurvedRail, TruckOnTheOutsideOfTheBendAtTheSymmetricMidpoint)
{
    // The one-arc Bezier quarter circle, at its symmetric midpoint u = 1/2 (half the arc length L,
    // from an independent Simpson sum): T = (-1, 0, -1)/sqrt 2, towards the centre
    // N = (-1, 0, 1)/sqrt 2, right of travel R = (1, 0, -1)/sqrt 2 = -N, curvature k from the
    // independent cubic. By symmetry dk/ds = 0 there. With R = -N: R' = k T and
    // R'' = k' T + k^2 N = k^2 N, so
    //   velocity     = s' (1 + w k) T + w' R
    //   acceleration = s'' (1 + w k) T + s'^2 k (1 + w k) N + w'' R + 2 w' s' k T (+ h'' up).
    // Channels s = D t^2 (D = L/2), w = 0.5 t^2, h = 1.5: at t = 1 s, s = D, s' = s'' = 2D,
    // w = 0.5, w' = w'' = 1.
    const double radiusM = 5.0;
    const Cubic arc = quarterCircle(radiusM);
    const double halfM = arc.length(1.0) / 2.0;
    const double k = arc.curvature(0.5);
    const double r2 = 1.0 / std::sqrt(2.0);
    const glm::dvec3 tangent{-r2, 0.0, -r2};
    const glm::dvec3 normal{-r2, 0.0, r2};
    const glm::dvec3 right{r2, 0.0, -r2};

    CameraRig rig;
    rig.rail = quarterCircleBezierPath(radiusM);
    setQuadratic(rig, RigChannel::Dolly, halfM);
    setQuadratic(rig, RigChannel::Truck, 0.5);
    setConstant(rig, RigChannel::Pedestal, 1.5);
    const double s1 = 2.0 * halfM;
    const double s2 = 2.0 * halfM;
    const double w = 0.5;
    const double w1 = 1.0;
    const double w2 = 1.0;

    expectNear(evaluateRig(rig, kS, kFullFrame).positionM,
               arc.position(0.5) + w * right + glm::dvec3(0.0, 1.5, 0.0), 1e-9, "position");
    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame);
    expectNear(motion.velocityMps, s1 * (1.0 + w * k) * tangent + w1 * right, 1e-9, "velocity");
    expectNear(motion.accelerationMps2,
               s2 * (1.0 + w * k) * tangent + s1 * s1 * k * (1.0 + w * k) * normal + w2 * right + 2.0 * w1 * s1 * k * tangent,
               1e-8, "acceleration");
    EXPECT_NEAR(motion.lateralAccelerationMps2, k * s1 * s1, 1e-9);
}

TEST(RigEvaluatorCurvedRail, TruckAcrossAChangingCurvatureFeelsItsRate)
{
    // Constant s' and a constant truck w on the same arc at u = 1/4, where the curvature changes:
    // R' = k T and R'' = k' T + k^2 N (bending left), so the acceleration is
    //   s'^2 (w k' T + k (1 + w k) N),
    // the tangential part s'^2 w k' from the rate of curvature, k' = (dk/du) / |P'(u)|, dk/du
    // by a central difference (step 1e-5) of the independent cubic's curvature.
    const double radiusM = 5.0;
    const Cubic arc = quarterCircle(radiusM);
    const double u = 0.25;
    const double quarterM = arc.length(u);
    const double k = arc.curvature(u);
    const double step = 1e-5;
    const double kRate = (arc.curvature(u + step) - arc.curvature(u - step)) / (2.0 * step) / glm::length(arc.velocity(u));
    const glm::dvec3 tangent = glm::normalize(arc.velocity(u));

    CameraRig rig;
    rig.rail = quarterCircleBezierPath(radiusM);
    setLinear(rig, RigChannel::Dolly, 0, 0.0, 2 * kS, 2.0 * quarterM);   // s' = quarterM per second
    setConstant(rig, RigChannel::Truck, 2.0);
    const double s1 = quarterM;
    const double w = 2.0;
    const RigMotion motion = evaluateRigMotion(rig, kS, FrameRate{24, 1}, kFullFrame);
    EXPECT_NEAR(glm::length(motion.velocityMps), s1 * (1.0 + w * k), 1e-9);
    EXPECT_NEAR(glm::dot(motion.accelerationMps2, tangent), s1 * s1 * w * kRate, 1e-7);
    const glm::dvec3 across = motion.accelerationMps2 - glm::dot(motion.accelerationMps2, tangent) * tangent;
    EXPECT_NEAR(glm::length(across), s1 * s1 * k * (1.0 + w * k), 1e-9);
}
