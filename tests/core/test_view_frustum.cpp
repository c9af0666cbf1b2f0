// The shot camera's frustum corners, checked against hand derivations of the pinhole model.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/optics/lens.h"
#include "core/optics/projection.h"
#include "core/optics/view_frustum.h"

using namespace murnau;

namespace {

constexpr double kTol = 1e-12;

void expectNear(const glm::dvec3& actual, const glm::dvec3& expected, double tolerance = kTol)
{
    EXPECT_NEAR(actual.x, expected.x, tolerance);
    EXPECT_NEAR(actual.y, expected.y, tolerance);
    EXPECT_NEAR(actual.z, expected.z, tolerance);
}

} // namespace

TEST(ViewFrustum, FullFrameEighteenAtTwoMetres)
{
    // 36 x 24 mm at f = 18 mm, depth 2 m: half width = 2 * 36 / 36 = 2 m, half height = 2 * 24 / 36 = 4/3 m.
    const auto corners = frustumCornersInCamera(Gate{36.0, 24.0, 1.0}, 18.0, 2.0);
    ASSERT_TRUE(corners.ok()) << corners.error().describe();
    expectNear((*corners)[0], {-2.0, 4.0 / 3.0, -2.0});   // top-left
    expectNear((*corners)[1], {2.0, 4.0 / 3.0, -2.0});    // top-right
    expectNear((*corners)[2], {2.0, -4.0 / 3.0, -2.0});   // bottom-right
    expectNear((*corners)[3], {-2.0, -4.0 / 3.0, -2.0});  // bottom-left
}

TEST(ViewFrustum, AnamorphicSqueezeWidensTheWidthOnly)
{
    // 20 x 15 mm, squeeze 2, f = 40 mm, depth 4 m: half width = 4 * 2 * 20 / 80 = 2 m,
    // half height = 4 * 15 / 80 = 0.75 m.
    const auto corners = frustumCornersInCamera(Gate{20.0, 15.0, 2.0}, 40.0, 4.0);
    ASSERT_TRUE(corners.ok()) << corners.error().describe();
    expectNear((*corners)[1], {2.0, 0.75, -4.0});
    // The edge rays make half the published angle of view with the axis: 2 atan(s w / 2f) = 2 atan(0.5).
    EXPECT_NEAR(2.0 * std::atan((*corners)[1].x / 4.0), 2.0 * std::atan(0.5), kTol);
}

TEST(ViewFrustum, HalfAnglesMatchTheAngleOfView)
{
    // Super 35 (24.89 x 18.66 mm) at 35 mm: AOV 2 atan(24.89 / 70), 2 atan(18.66 / 70).
    const Gate gate{24.89, 18.66, 1.0};
    const auto corners = frustumCornersInCamera(gate, 35.0, 5.0);
    ASSERT_TRUE(corners.ok());
    EXPECT_NEAR(std::atan((*corners)[1].x / 5.0), std::atan(24.89 / 70.0), kTol);
    EXPECT_NEAR(std::atan((*corners)[1].y / 5.0), std::atan(18.66 / 70.0), kTol);
}

TEST(ViewFrustum, PannedNinetyDegreesLooksDownMinusX)
{
    // Pan +90 turns the camera to its left: forward -Z becomes -X, its right (+X) becomes -Z,
    // so its left is +Z. Top-left camera-space (-2, 4/3, -2) lands at offset (-2, 4/3, +2).
    CameraState camera;
    camera.positionM = {1.0, 1.5, 2.0};
    camera.panDeg = 90.0;
    camera.tiltDeg = 0.0;
    camera.rollDeg = 0.0;
    camera.focalLengthMm = 18.0;
    camera.gate = Gate{36.0, 24.0, 1.0};
    const auto corners = frustumCornersInWorld(camera, 2.0);
    ASSERT_TRUE(corners.ok()) << corners.error().describe();
    expectNear((*corners)[0], {-1.0, 1.5 + 4.0 / 3.0, 4.0});
    expectNear((*corners)[2], {-1.0, 1.5 - 4.0 / 3.0, 0.0});
}

TEST(ViewFrustum, TiltedStraightUpPutsThePictureTopBehind)
{
    // Tilt +90 looks up (+Y); the picture's top (camera +Y) then points to +Z:
    // Rx(90) maps (x, y, z) to (x, -z, y), so (-2, 4/3, -2) becomes (-2, 2, 4/3).
    CameraState camera;
    camera.positionM = {0.0, 0.0, 0.0};
    camera.panDeg = 0.0;
    camera.tiltDeg = 90.0;
    camera.rollDeg = 0.0;
    camera.focalLengthMm = 18.0;
    camera.gate = Gate{36.0, 24.0, 1.0};
    const auto corners = frustumCornersInWorld(camera, 2.0);
    ASSERT_TRUE(corners.ok());
    expectNear((*corners)[0], {-2.0, 2.0, 4.0 / 3.0});
}

TEST(ViewFrustum, CornersProjectOntoTheGateCorners)
{
    // Any pose: the corners land on the gate's corners (x, y = +-1) of projectToGate().
    CameraState camera;
    camera.positionM = {3.0, 1.2, -4.0};
    camera.panDeg = 37.0;
    camera.tiltDeg = -12.0;
    camera.rollDeg = 5.0;
    camera.focalLengthMm = 50.0;
    camera.gate = Gate{24.89, 10.41, 1.0};
    const auto corners = frustumCornersInWorld(camera, 7.5);
    ASSERT_TRUE(corners.ok());
    const glm::dvec2 expected[4] = {{-1.0, 1.0}, {1.0, 1.0}, {1.0, -1.0}, {-1.0, -1.0}};
    for (int i = 0; i < 4; ++i) {
        const auto onGate = projectToGate(camera, (*corners)[static_cast<std::size_t>(i)]);
        ASSERT_TRUE(onGate.has_value());
        EXPECT_NEAR(onGate->x, expected[i].x, 1e-9);
        EXPECT_NEAR(onGate->y, expected[i].y, 1e-9);
    }
}

TEST(ViewFrustum, RefusesBadInput)
{
    const Gate gate{36.0, 24.0, 1.0};
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(frustumCornersInCamera(gate, 18.0, 0.0).error().field, "depthM");
    EXPECT_EQ(frustumCornersInCamera(gate, 18.0, nan).error().field, "depthM");
    EXPECT_EQ(frustumCornersInCamera(gate, 18.0, kMaxFrustumDepthM * 2.0).error().field, "depthM");
    EXPECT_EQ(frustumCornersInCamera(gate, 0.0, 2.0).error().field, "focalLengthMm");
    EXPECT_EQ(frustumCornersInCamera(Gate{0.0, 24.0, 1.0}, 18.0, 2.0).error().field.rfind("gate", 0), 0u);
    CameraState camera;
    camera.positionM.x = nan;
    EXPECT_EQ(frustumCornersInWorld(camera, 2.0).error().field, "positionM");
    camera.positionM.x = 0.0;
    camera.rollDeg = nan;
    EXPECT_EQ(frustumCornersInWorld(camera, 2.0).error().field, "rollDeg");
}
