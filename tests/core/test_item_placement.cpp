// Where a library item lands: on the floor ahead of the camera at its focus distance (clamped),
// kept on the floor. Expected points are worked out by hand from the pan convention of
// camera_state.h (pan 0 looks down -Z, pan 90 down -X).

#include <cmath>

#include <gtest/gtest.h>

#include "core/scene/item_placement.h"

namespace murnau {
namespace {

CameraSetup cameraAt(glm::dvec3 positionM, double panDeg, double focusDistanceM)
{
    CameraSetup camera;
    camera.positionM = positionM;
    camera.panDeg = panDeg;
    camera.focusDistanceM = focusDistanceM;
    return camera;
}

TEST(ItemPlacement, PanZeroLandsStraightDownMinusZAtTheFocusDistance)
{
    const glm::dvec3 p = placementInFrontOf(cameraAt({1.0, 1.6, 5.0}, 0.0, 3.0), {40.0, 40.0});
    EXPECT_DOUBLE_EQ(p.x, 1.0);
    EXPECT_DOUBLE_EQ(p.y, 0.0);   // on the floor, whatever the lens height
    EXPECT_DOUBLE_EQ(p.z, 2.0);   // 5 - 3
}

TEST(ItemPlacement, PanNinetyLandsTowardsMinusX)
{
    // The demo's camera A: pan 90 (exactly), focus 3.5 m: 12.5 - 3.5 = 9.
    const glm::dvec3 p = placementInFrontOf(cameraAt({12.5, 1.55, 1.2}, 90.0, 3.5), {48.0, 30.0});
    EXPECT_NEAR(p.x, 9.0, 1e-12);
    EXPECT_NEAR(p.z, 1.2, 1e-12);   // cos 90° is 6e-17 in doubles
}

TEST(ItemPlacement, PanMinus135GoesTowardsPlusXPlusZ)
{
    // Heading (-sin(-135°), -cos(-135°)) = (√2/2, √2/2); 2 m along it: (√2, √2).
    const glm::dvec3 p = placementInFrontOf(cameraAt({0.0, 1.0, 0.0}, -135.0, 2.0), {40.0, 40.0});
    EXPECT_NEAR(p.x, std::sqrt(2.0), 1e-12);
    EXPECT_NEAR(p.z, std::sqrt(2.0), 1e-12);
}

TEST(ItemPlacement, FocusDistanceIsClampedToTheLimits)
{
    EXPECT_DOUBLE_EQ(placementInFrontOf(cameraAt({0.0, 1.6, 0.0}, 0.0, 0.3), {40.0, 40.0}).z, -kMinPlacementDistanceM);
    EXPECT_DOUBLE_EQ(placementInFrontOf(cameraAt({0.0, 1.6, 0.0}, 0.0, 500.0), {40.0, 40.0}).z, -kMaxPlacementDistanceM);
    EXPECT_DOUBLE_EQ(kMinPlacementDistanceM, 1.0);
    EXPECT_DOUBLE_EQ(kMaxPlacementDistanceM, 10.0);
}

TEST(ItemPlacement, StaysOnTheFloor)
{
    // 8 m ahead of z = -3 would be z = -11, past the edge of a 10 m deep floor (z in [-5, 5]).
    const glm::dvec3 p = placementInFrontOf(cameraAt({30.0, 1.6, -3.0}, 0.0, 8.0), {20.0, 10.0});
    EXPECT_DOUBLE_EQ(p.x, 10.0);
    EXPECT_DOUBLE_EQ(p.z, -5.0);
}

TEST(ItemPlacement, ACameraWithoutFiniteValuesGivesTheFloorCentre)
{
    const glm::dvec3 p = placementInFrontOf(cameraAt({std::nan(""), 1.6, 0.0}, 0.0, 3.0), {20.0, 10.0});
    EXPECT_EQ(p, glm::dvec3(0.0));
}

} // namespace
} // namespace murnau
