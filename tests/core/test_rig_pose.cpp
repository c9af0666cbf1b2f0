// The inverse of a rig (rig_pose.h) and the piloting steps (fly_step.h). Round trips:
// evaluateRig(rig keyed with rigChannelsForPose(pose)) == pose to 1e-9 on a straight track, a
// Catmull-Rom rail and a Bezier rail, with free, look-at and hold-framing aim; channel values
// checked against hand derivations; lenses beyond a rail's ends refused with the distance.

#include <cmath>
#include <numbers>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/rig/camera_rig.h"
#include "core/rig/fly_step.h"
#include "core/rig/rig_evaluator.h"
#include "core/rig/rig_pose.h"

namespace murnau {
namespace {

constexpr Flicks kSecond = kFlicksPerSecond;
constexpr double kTight = 1e-9;
constexpr double kDegToRad = std::numbers::pi / 180.0;

// The rig with a key at t in every pose channel (and the focal length when given).
CameraRig keyed(CameraRig rig, Flicks t, const RigPoseChannels& c)
{
    const auto put = [&](RigChannel channel, double value) {
        Keyframe key;
        key.time = t;
        key.value = value;
        EXPECT_TRUE(rig.channel(channel).insertKey(key).ok());
    };
    put(RigChannel::Dolly, c.dollyM);
    put(RigChannel::Truck, c.truckM);
    put(RigChannel::Pedestal, c.pedestalM);
    put(RigChannel::Pan, c.panDeg);
    put(RigChannel::Tilt, c.tiltDeg);
    put(RigChannel::Roll, c.rollDeg);
    if (c.focalLengthMm)
        put(RigChannel::FocalLength, *c.focalLengthMm);
    return rig;
}

// Angle difference modulo 360, in (-180, 180].
double turnDifference(double a, double b)
{
    return std::remainder(a - b, 360.0);
}

// Inverts `pose` on `rig` at t, keys the result, evaluates, and expects the pose back.
RigPoseChannels expectRoundTrip(const CameraRig& rig, Flicks t, const CameraPose& pose, const RigTargets& targets = {},
                                bool focalKeyed = true)
{
    const Result<RigPoseChannels> channels = rigChannelsForPose(rig, t, pose, targets);
    EXPECT_TRUE(channels.ok()) << (channels.ok() ? "" : channels.error().describe());
    if (!channels.ok())
        return {};
    EXPECT_EQ(channels->focalLengthMm.has_value(), focalKeyed);
    const CameraState state = evaluateRig(keyed(rig, t, *channels), t, Gate{}, targets);
    EXPECT_NEAR(state.positionM.x, pose.positionM.x, kTight);
    EXPECT_NEAR(state.positionM.y, pose.positionM.y, kTight);
    EXPECT_NEAR(state.positionM.z, pose.positionM.z, kTight);
    EXPECT_NEAR(turnDifference(state.panDeg, pose.panDeg), 0.0, kTight);
    EXPECT_NEAR(turnDifference(state.tiltDeg, pose.tiltDeg), 0.0, kTight);
    EXPECT_NEAR(turnDifference(state.rollDeg, pose.rollDeg), 0.0, kTight);
    if (focalKeyed) {
        EXPECT_DOUBLE_EQ(state.focalLengthMm, pose.focalLengthMm);
    }
    return *channels;
}

CameraRig catmullRomRig()
{
    CameraRig rig;
    rig.rail = makeCatmullRomPath({{0.0, 0.0, 6.0}, {1.0, 0.0, 4.0}, {1.5, 0.2, 2.5}, {3.0, 0.5, 1.0}}).value();
    return rig;
}

CameraRig bezierRig()
{
    CameraRig rig;
    rig.rail = makeBezierPath({BezierRailPoint{{-3.0, 0.0, 2.0}, {0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}},
                               BezierRailPoint{{0.0, 0.3, 3.0}, {-1.0, 0.0, 0.0}, {1.0, 0.0, -0.5}},
                               BezierRailPoint{{2.0, 0.0, 1.0}, {0.0, 0.0, 1.0}, {0.0, 0.0, 0.0}}})
                   .value();
    return rig;
}

// A point at `truckM` right of and `pedestalM` above the rail at `dollyM` (camera_rig.h).
glm::dvec3 besideRail(const CameraRig& rig, double dollyM, double truckM, double pedestalM)
{
    const RailPoint point = rig.rail->built->pointAt(dollyM);
    glm::dvec3 right(-point.tangent.z, 0.0, point.tangent.x);
    right /= std::sqrt(right.x * right.x + right.z * right.z);
    return point.positionM + truckM * right + glm::dvec3(0.0, pedestalM, 0.0);
}

TEST(RigPose, StraightTrackIsExact)
{
    CameraRig rig;
    rig.originM = {6.0, 0.0, 4.0};
    rig.headingDeg = 90.0; // forward (-1, 0, 0), right (0, 0, -1)
    const CameraPose pose{{4.0, 2.0, 3.5}, 40.0, -10.0, 3.0, 50.0};
    const RigPoseChannels c = expectRoundTrip(rig, 2 * kSecond, pose);
    // d = p - origin = (-2, 2, -0.5): dolly = d . forward = 2, truck = d . right = 0.5, pedestal = 2.
    EXPECT_NEAR(c.dollyM, 2.0, 1e-15);
    EXPECT_NEAR(c.truckM, 0.5, 1e-15);
    EXPECT_DOUBLE_EQ(c.pedestalM, 2.0);
    EXPECT_DOUBLE_EQ(c.panDeg, 40.0);
    EXPECT_DOUBLE_EQ(c.tiltDeg, -10.0);
    EXPECT_DOUBLE_EQ(c.rollDeg, 3.0);
    EXPECT_DOUBLE_EQ(*c.focalLengthMm, 50.0);

    // An oblique heading, and behind the origin (a straight track has no ends).
    rig.headingDeg = 30.0;
    expectRoundTrip(rig, 0, CameraPose{{9.0, 0.4, 9.0}, -170.0, 20.0, 0.0, 24.0});
}

TEST(RigPose, CatmullRomRailRoundTrips)
{
    const CameraRig rig = catmullRomRig();
    const double length = rig.rail->built->lengthM();
    for (const double s : {0.0, 0.3, 2.2, 0.5 * length, length - 0.01, length}) {
        for (const double w : {0.0, 0.4, -0.6}) {
            SCOPED_TRACE(testing::Message() << "s " << s << " w " << w);
            const CameraPose pose{besideRail(rig, s, w, 1.45), 12.0, -4.0, 1.0, 35.0};
            const RigPoseChannels c = expectRoundTrip(rig, 3 * kSecond, pose);
            // The pose was built at (s, w, 1.45): the inverse finds that foot point.
            EXPECT_NEAR(c.dollyM, s, 1e-9);
            EXPECT_NEAR(c.truckM, w, 1e-9);
            EXPECT_NEAR(c.pedestalM, 1.45, 1e-9);
        }
    }
}

TEST(RigPose, BezierRailRoundTrips)
{
    const CameraRig rig = bezierRig();
    const double length = rig.rail->built->lengthM();
    for (const double s : {0.0, 1.0, 0.5 * length, length - 0.2}) {
        for (const double w : {0.0, 0.25, -0.3}) {
            SCOPED_TRACE(testing::Message() << "s " << s << " w " << w);
            const CameraPose pose{besideRail(rig, s, w, 1.2), -35.0, 8.0, -2.0, 75.0};
            const RigPoseChannels c = expectRoundTrip(rig, kSecond, pose);
            EXPECT_NEAR(c.dollyM, s, 1e-9);
            EXPECT_NEAR(c.truckM, w, 1e-9);
        }
    }
}

TEST(RigPose, LookAtAimKeysOffsetsFromTheAim)
{
    CameraRig rig;
    rig.originM = {0.0, 0.0, 5.0};
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.5, 0.0}, {0.0, 0.0, 0.0}, 1.68};
    // From (3, 1.5, 5) the eyes are at d = (-3, 0, -5): aim pan = atan2(3, 5), tilt 0.
    const CameraPose pose{{3.0, 1.5, 5.0}, 40.0, 2.0, 0.0, 40.0};
    const RigPoseChannels c = expectRoundTrip(rig, 0, pose, targets);
    EXPECT_NEAR(c.panDeg, 40.0 - std::atan2(3.0, 5.0) / kDegToRad, 1e-12);
    EXPECT_NEAR(c.tiltDeg, 2.0, 1e-12);

    // On a Catmull-Rom rail, with the target above the lens.
    CameraRig onRail = catmullRomRig();
    onRail.aim = AimMode::LookAtActor;
    onRail.aimActor = "Anna";
    targets.aim->positionM = {1.0, 2.5, 2.0};
    expectRoundTrip(onRail, kSecond, CameraPose{besideRail(onRail, 1.7, 0.3, 1.2), 170.0, 30.0, 4.0, 28.0}, targets);

    // Without a resolved target the aim is free (as in the evaluator).
    const RigPoseChannels free = expectRoundTrip(rig, 0, pose, {});
    EXPECT_DOUBLE_EQ(free.panDeg, 40.0);
}

TEST(RigPose, HoldFramingLeavesTheFocalLength)
{
    CameraRig rig = bezierRig();
    rig.aim = AimMode::HoldFraming;
    rig.aimActor = "Ben";
    RigTargets targets;
    targets.aim = RigTarget{{0.0, 1.6, -1.0}, {0.0, 0.0, 0.0}, 1.85};
    expectRoundTrip(rig, 0, CameraPose{besideRail(rig, 2.0, -0.2, 1.3), 5.0, -3.0, 0.0, 85.0}, targets, false);
}

TEST(RigPose, AnglesKeepTheChannelsTurn)
{
    CameraRig rig;
    Keyframe key;
    key.value = 350.0;
    ASSERT_TRUE(rig.channel(RigChannel::Pan).insertKey(key).ok());
    // A pose pan of -5 is 355 near a channel at 350; a roll of 370 is 10 near an empty channel.
    const Result<RigPoseChannels> c = rigChannelsForPose(rig, 0, CameraPose{{0.0, 1.6, 0.0}, -5.0, 0.0, 370.0, 35.0});
    ASSERT_TRUE(c.ok());
    EXPECT_DOUBLE_EQ(c->panDeg, 355.0);
    EXPECT_DOUBLE_EQ(c->rollDeg, 10.0);
    EXPECT_DOUBLE_EQ(nearestTurn(-179.0, 179.0), 181.0);
    EXPECT_DOUBLE_EQ(nearestTurn(720.5, 0.0), 0.5);
}

TEST(RigPose, BeyondTheRailsEndsIsRefusedWithTheDistance)
{
    CameraRig rig;
    rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -4.0}}).value(); // travel towards -Z
    // Inside: exact (the two-point rail is the straight line; right of travel is +X).
    const RigPoseChannels inside = expectRoundTrip(rig, 0, CameraPose{{0.5, 1.6, -1.0}, 0.0, 0.0, 0.0, 35.0});
    EXPECT_NEAR(inside.dollyM, 1.0, 1e-12);
    EXPECT_NEAR(inside.truckM, 0.5, 1e-12);

    const Result<RigPoseChannels> behind = rigChannelsForPose(rig, 0, CameraPose{{0.5, 1.6, 1.0}});
    ASSERT_FALSE(behind.ok());
    EXPECT_EQ(behind.error().field, "positionM");
    EXPECT_NE(behind.error().message.find("1.00 m beyond the start"), std::string::npos) << behind.error().message;

    const Result<RigPoseChannels> past = rigChannelsForPose(rig, 0, CameraPose{{-0.2, 1.6, -5.5}});
    ASSERT_FALSE(past.ok());
    EXPECT_NE(past.error().message.find("1.50 m beyond the end"), std::string::npos) << past.error().message;

    // Exactly at the end's perpendicular is still on the rail.
    expectRoundTrip(rig, 0, CameraPose{{0.3, 1.0, -4.0}, 0.0, 0.0, 0.0, 35.0});
}

// ---------------------------------------------------------------------------------
// Piloting steps.

TEST(FlyStep, LookTurnsByThePixelsAngle)
{
    // A 90-degree view 2 px high: one pixel at the centre subtends atan(2 tan 45 / 2) = 45 degrees.
    EXPECT_NEAR(lookDegreesPerPixel(90.0, 2.0), 45.0, 1e-12);
    // fov = 2 atan(0.5) on 1 px: atan(2 * 0.5 / 1) = 45 degrees.
    EXPECT_NEAR(lookDegreesPerPixel(2.0 * std::atan(0.5) / kDegToRad, 1.0), 45.0, 1e-12);
    EXPECT_EQ(lookDegreesPerPixel(40.0, 0.0), 0.0);

    const CameraPose pose{{0.0, 1.6, 0.0}, 10.0, 0.0, 0.0, 35.0};
    const CameraPose turned = lookStep(pose, 20.0, -10.0, 0.5);   // right and up
    EXPECT_DOUBLE_EQ(turned.panDeg, 0.0);                          // turning right lowers pan
    EXPECT_DOUBLE_EQ(turned.tiltDeg, 5.0);                         // up raises tilt
    EXPECT_EQ(turned.positionM, pose.positionM);

    CameraPose high = pose;
    high.tiltDeg = 88.0;
    EXPECT_DOUBLE_EQ(lookStep(high, 0.0, -10.0, 0.5).tiltDeg, kPilotMaxTiltDeg);
    high.tiltDeg = -95.0; // beyond the limit already: not pulled back by a further downward move
    EXPECT_DOUBLE_EQ(lookStep(high, 0.0, 4.0, 0.5).tiltDeg, -95.0);
}

TEST(FlyStep, FliesAlongTheLensAxisRightAndUp)
{
    const CameraPose left{{1.0, 1.6, 2.0}, 90.0, 0.0, 0.0, 35.0};   // looks down -X
    const CameraPose forward = flyStep(left, {0.0, 0.0, 1.0}, 2.0, 0.5);
    EXPECT_NEAR(forward.positionM.x, 0.0, 1e-15);
    EXPECT_NEAR(forward.positionM.y, 1.6, 1e-15);
    EXPECT_NEAR(forward.positionM.z, 2.0, 1e-15);
    // Right of pan 90 is -Z; up is +Y whatever the tilt.
    const CameraPose right = flyStep(left, {1.0, 0.0, 0.0}, 1.0, 1.0);
    EXPECT_NEAR(right.positionM.z, 1.0, 1e-15);
    const CameraPose up = flyStep(CameraPose{{0.0, 1.0, 0.0}, 0.0, 45.0, 0.0, 35.0}, {0.0, 1.0, 0.0}, 1.0, 1.0);
    EXPECT_NEAR(up.positionM.y, 2.0, 1e-15);
    // Tilt 30 forward: (0, sin 30, -cos 30) = (0, 0.5, -0.8660...).
    const CameraPose climb = flyStep(CameraPose{{0.0, 0.0, 0.0}, 0.0, 30.0, 0.0, 35.0}, {0.0, 0.0, 1.0}, 1.0, 1.0);
    EXPECT_NEAR(climb.positionM.y, 0.5, 1e-15);
    EXPECT_NEAR(climb.positionM.z, -std::sqrt(3.0) / 2.0, 1e-15);
    // W + D is not faster than W.
    const CameraPose diagonal = flyStep(CameraPose{}, {1.0, 0.0, 1.0}, kPilotWalkSpeedMps, 1.0);
    EXPECT_NEAR(glm::length(diagonal.positionM - CameraPose{}.positionM), kPilotWalkSpeedMps, 1e-15);
    EXPECT_EQ(flyStep(left, {0.0, 0.0, 0.0}, 1.0, 1.0), left);
}

TEST(FlyStep, WheelStepsThroughPrimesOrZooms)
{
    const std::vector<double> primes{25.0, 35.0, 50.0};
    EXPECT_EQ(stepFocalLength(35.0, 1, primes, 1.0, 2000.0), 50.0);
    EXPECT_EQ(stepFocalLength(35.0, -1, primes, 1.0, 2000.0), 25.0);
    EXPECT_EQ(stepFocalLength(40.0, 1, primes, 1.0, 2000.0), 50.0);
    EXPECT_EQ(stepFocalLength(40.0, -1, primes, 1.0, 2000.0), 35.0);
    EXPECT_EQ(stepFocalLength(25.0, 2, primes, 1.0, 2000.0), 50.0);
    EXPECT_EQ(stepFocalLength(50.0, 1, primes, 1.0, 2000.0), 50.0);
    EXPECT_EQ(stepFocalLength(25.0, -3, primes, 1.0, 2000.0), 25.0);
    // A zoom: twelve notches double, clamped to the range.
    EXPECT_NEAR(stepFocalLength(50.0, 12, {}, 24.0, 290.0), 100.0, 1e-12);
    EXPECT_NEAR(stepFocalLength(50.0, -6, {}, 24.0, 290.0), 50.0 / std::sqrt(2.0), 1e-12);
    EXPECT_EQ(stepFocalLength(200.0, 12, {}, 24.0, 290.0), 290.0);
    EXPECT_EQ(stepFocalLength(30.0, -12, {}, 24.0, 290.0), 24.0);
    EXPECT_EQ(stepFocalLength(30.0, 0, {}, 24.0, 290.0), 30.0);
}

} // namespace
} // namespace murnau
