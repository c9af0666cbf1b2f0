// Camera rotation convention (camera_state.h) and pinhole projection onto the gate.

#include <cmath>
#include <limits>
#include <numbers>

#include <glm/matrix.hpp>
#include <gtest/gtest.h>

#include "core/optics/projection.h"

using namespace murnau;

namespace {

constexpr double kEps = 1e-12;

void expectVec(glm::dvec3 actual, glm::dvec3 expected, double tolerance = kEps)
{
    EXPECT_NEAR(actual.x, expected.x, tolerance);
    EXPECT_NEAR(actual.y, expected.y, tolerance);
    EXPECT_NEAR(actual.z, expected.z, tolerance);
}

// 50 mm on full frame 36 x 24, camera at the origin looking down -Z.
CameraState fiftyOnFullFrame()
{
    CameraState camera;
    camera.positionM = {0.0, 0.0, 0.0};
    camera.focalLengthMm = 50.0;
    camera.gate = Gate{36.0, 24.0, 1.0};
    return camera;
}

} // namespace

TEST(ProjectionRotation, RestLooksDownMinusZ)
{
    CameraState camera;
    expectVec(cameraForward(camera), {0.0, 0.0, -1.0});
}

TEST(ProjectionRotation, PanTiltRollConvention)
{
    // camera_state.h: pan > 0 turns left (counter-clockwise seen from above): +90 looks down -X.
    CameraState camera;
    camera.panDeg = 90.0;
    expectVec(cameraForward(camera), {-1.0, 0.0, 0.0});
    camera.panDeg = -90.0;
    expectVec(cameraForward(camera), {1.0, 0.0, 0.0});
    camera.panDeg = 180.0;
    expectVec(cameraForward(camera), {0.0, 0.0, 1.0});
    // tilt > 0 tilts up: +90 looks straight up.
    camera.panDeg = 0.0;
    camera.tiltDeg = 90.0;
    expectVec(cameraForward(camera), {0.0, 1.0, 0.0});
    // Roll turns about the lens axis: the view direction is unchanged...
    camera.tiltDeg = 0.0;
    camera.rollDeg = 90.0;
    expectVec(cameraForward(camera), {0.0, 0.0, -1.0});
    // ...and the camera's right axis R * (1, 0, 0) = Rz(90) (1, 0, 0) turns to world +Y.
    const glm::dmat3 r = cameraRotation(0.0, 0.0, 90.0);
    expectVec(r * glm::dvec3(1.0, 0.0, 0.0), {0.0, 1.0, 0.0});
}

TEST(ProjectionRotation, PanThenTiltForwardByHand)
{
    // R = Ry(p) Rx(t): Rx(t) (0,0,-1) = (0, sin t, -cos t); Ry(p) of that =
    // (-sin p cos t, sin t, -cos p cos t). With p = 30, t = 20 deg:
    // (-0.5 * 0.939693, 0.342020, -0.866025 * 0.939693) = (-0.469846, 0.342020, -0.813798).
    const glm::dmat3 r = cameraRotation(30.0, 20.0, 0.0);
    expectVec(r * glm::dvec3(0.0, 0.0, -1.0), {-0.469846, 0.342020, -0.813798}, 1e-6);
}

TEST(ProjectionRotation, IsARotation)
{
    // Orthonormal with determinant +1 for any angles.
    const glm::dmat3 r = cameraRotation(37.0, -12.5, 8.0);
    const glm::dmat3 product = glm::transpose(r) * r;
    for (int i = 0; i < 3; ++i) {
        for (int j = 0; j < 3; ++j)
            EXPECT_NEAR(product[i][j], i == j ? 1.0 : 0.0, kEps);
    }
    EXPECT_NEAR(glm::determinant(r), 1.0, kEps);
}

TEST(ProjectionWorldToCamera, TranslatesThenRotates)
{
    CameraState camera;
    camera.positionM = {1.0, 1.6, 2.0};
    camera.panDeg = 90.0;   // looking down -X; its right is R (1,0,0) = Ry(90) (1,0,0) = (0,0,-1)
    // A point 5 m ahead is at camera (0, 0, -5); 1 m further along world -Z is 1 m to the camera's right.
    expectVec(worldToCamera(camera, {-4.0, 1.6, 2.0}), {0.0, 0.0, -5.0});
    expectVec(worldToCamera(camera, {-4.0, 1.6, 1.0}), {1.0, 0.0, -5.0});
    // With roll +90 alone, a point above the axis (world +Y) lies along the camera's +X.
    CameraState rolled;
    rolled.positionM = {0.0, 0.0, 0.0};
    rolled.rollDeg = 90.0;
    expectVec(worldToCamera(rolled, {0.0, 1.0, -5.0}), {1.0, 0.0, -5.0});
}

TEST(ProjectionToGate, StraightAheadIsTheCentre)
{
    const auto p = projectToGate(fiftyOnFullFrame(), {0.0, 0.0, -7.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(p->x, 0.0, kEps);
    EXPECT_NEAR(p->y, 0.0, kEps);
}

TEST(ProjectionToGate, GateEdgesFromTheAngleOfView)
{
    // 50 mm on 36 x 24: half-angles tan(39.5978/2 deg) = 36/100 = 0.36 and tan(26.9915/2 deg) = 0.24.
    // A point at depth D and X = 0.36 D sits on the right edge (x = 1); Y = 0.24 D on the top edge (y = 1).
    const CameraState camera = fiftyOnFullFrame();
    const double depthM = 4.0;
    const auto right = projectToGate(camera, {0.36 * depthM, 0.0, -depthM});
    ASSERT_TRUE(right.has_value());
    EXPECT_NEAR(right->x, 1.0, kEps);
    EXPECT_NEAR(right->y, 0.0, kEps);
    const auto top = projectToGate(camera, {0.0, 0.24 * depthM, -depthM});
    ASSERT_TRUE(top.has_value());
    EXPECT_NEAR(top->y, 1.0, kEps);
    const auto bottomLeft = projectToGate(camera, {-0.36 * depthM, -0.24 * depthM, -depthM});
    ASSERT_TRUE(bottomLeft.has_value());
    EXPECT_NEAR(bottomLeft->x, -1.0, kEps);
    EXPECT_NEAR(bottomLeft->y, -1.0, kEps);
    // Half-way out: X = 0.18 D -> x = 0.5 (the pinhole is linear in tan).
    const auto half = projectToGate(camera, {0.18 * depthM, 0.0, -depthM});
    ASSERT_TRUE(half.has_value());
    EXPECT_NEAR(half->x, 0.5, kEps);
}

TEST(ProjectionToGate, AnamorphicEdgeUsesSqueezedAngle)
{
    // 2x anamorphic 50 mm on 23.76 x 17.82: horizontal half-angle tan = 2 * 23.76 / 100 = 0.4752
    // (AOV 50.8341 deg); vertical tan = 17.82 / 100 = 0.1782.
    CameraState camera = fiftyOnFullFrame();
    camera.gate = Gate{23.76, 17.82, 2.0};
    const auto edge = projectToGate(camera, {0.4752 * 3.0, 0.1782 * 3.0, -3.0});
    ASSERT_TRUE(edge.has_value());
    EXPECT_NEAR(edge->x, 1.0, kEps);
    EXPECT_NEAR(edge->y, 1.0, kEps);
}

TEST(ProjectionToGate, PannedCamera)
{
    // Camera at (0, 1.6, 0) panned +90 looks down -X; its right is world -Z (see TranslatesThenRotates).
    // A point 5 m ahead and 1 m to the right: x = (1/5) / 0.36 = 0.555556.
    CameraState camera = fiftyOnFullFrame();
    camera.positionM = {0.0, 1.6, 0.0};
    camera.panDeg = 90.0;
    const auto p = projectToGate(camera, {-5.0, 1.6, -1.0});
    ASSERT_TRUE(p.has_value());
    EXPECT_NEAR(p->x, 0.555556, 1e-6);
    EXPECT_NEAR(p->y, 0.0, kEps);
}

TEST(ProjectionToGate, BehindOrOnTheLensPlaneIsNothing)
{
    const CameraState camera = fiftyOnFullFrame();
    EXPECT_FALSE(projectToGate(camera, {0.0, 0.0, 5.0}).has_value());    // behind
    EXPECT_FALSE(projectToGate(camera, {1.0, 0.0, 0.0}).has_value());    // on the lens plane
    EXPECT_FALSE(projectToGate(camera, {0.0, 0.0, 0.0}).has_value());    // at the pupil
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_FALSE(projectToGate(camera, {nan, 0.0, -1.0}).has_value());
    CameraState broken = camera;
    broken.focalLengthMm = 0.0;
    EXPECT_FALSE(projectToGate(broken, {0.0, 0.0, -1.0}).has_value());
}

TEST(ProjectionToPixels, OriginTopLeftYDown)
{
    const CameraState camera = fiftyOnFullFrame();
    const double depthM = 2.0;
    // Centre -> (960, 540) in 1920 x 1080.
    const auto centre = projectToPixels(camera, {0.0, 0.0, -depthM}, 1920.0, 1080.0);
    ASSERT_TRUE(centre.has_value());
    EXPECT_NEAR(centre->x, 960.0, 1e-9);
    EXPECT_NEAR(centre->y, 540.0, 1e-9);
    // Top-left of the gate (x = -1, y = +1) -> (0, 0); bottom-right (x = 1, y = -1) -> (1920, 1280)
    // in a 1920 x 1280 image (3:2 like the gate).
    const auto topLeft = projectToPixels(camera, {-0.36 * depthM, 0.24 * depthM, -depthM}, 1920.0, 1280.0);
    ASSERT_TRUE(topLeft.has_value());
    EXPECT_NEAR(topLeft->x, 0.0, 1e-9);
    EXPECT_NEAR(topLeft->y, 0.0, 1e-9);
    const auto bottomRight = projectToPixels(camera, {0.36 * depthM, -0.24 * depthM, -depthM}, 1920.0, 1280.0);
    ASSERT_TRUE(bottomRight.has_value());
    EXPECT_NEAR(bottomRight->x, 1920.0, 1e-9);
    EXPECT_NEAR(bottomRight->y, 1280.0, 1e-9);
    // Behind the camera and an empty image give nothing.
    EXPECT_FALSE(projectToPixels(camera, {0.0, 0.0, 1.0}, 1920.0, 1080.0).has_value());
    EXPECT_FALSE(projectToPixels(camera, {0.0, 0.0, -1.0}, 0.0, 1080.0).has_value());
}
