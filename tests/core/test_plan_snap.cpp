// Snapping to the plan's grids and the angles of a drag. Expected values are worked by hand:
// 6 in = 0.1524 m exactly (1 in = 0.0254 m, NIST SP 811); yaw follows the pan convention
// (0 faces -Z, up the page; 90 faces -X, left), so the yaw towards (dx, dz) is atan2(-dx, -dz).

#include <gtest/gtest.h>

#include "core/plan/plan_geometry.h"
#include "core/plan/plan_snap.h"

using namespace murnau;

TEST(PlanSnap, QuarterMetreGrid)
{
    EXPECT_DOUBLE_EQ(snapToGrid(1.12, kMetricSnapStepM), 1.0);    // 4.48 steps -> 4
    EXPECT_DOUBLE_EQ(snapToGrid(1.13, kMetricSnapStepM), 1.25);   // 4.52 steps -> 5
    EXPECT_DOUBLE_EQ(snapToGrid(-0.38, kMetricSnapStepM), -0.5);  // -1.52 steps -> -2
    EXPECT_DOUBLE_EQ(snapToGrid(0.125, kMetricSnapStepM), 0.25);  // a half step rounds away from zero
    EXPECT_DOUBLE_EQ(snapToGrid(-0.125, kMetricSnapStepM), -0.25);
    EXPECT_DOUBLE_EQ(snapToGrid(0.0, kMetricSnapStepM), 0.0);
}

TEST(PlanSnap, SixInchGrid)
{
    EXPECT_DOUBLE_EQ(kImperialSnapStepM, 6 * 0.0254);
    // 5 ft 4 in = 64 in = 1.6256 m lies between 60 in and 66 in, nearer 66 in (1.6764 m) ... 64 - 60 = 4 > 3.
    EXPECT_NEAR(snapToGrid(64 * 0.0254, kImperialSnapStepM), 66 * 0.0254, 1e-12);
    // 62 in: 2 in past 60 in, snaps back to 60 in = 1.524 m.
    EXPECT_NEAR(snapToGrid(62 * 0.0254, kImperialSnapStepM), 60 * 0.0254, 1e-12);
    EXPECT_NEAR(snapToGrid(-2.0 * 0.0254, kImperialSnapStepM), 0.0, 1e-12);
}

TEST(PlanSnap, PointsAndDegenerateSteps)
{
    const glm::dvec2 snapped = snapToGrid(glm::dvec2(2.61, -3.9), 0.5);
    EXPECT_DOUBLE_EQ(snapped.x, 2.5);
    EXPECT_DOUBLE_EQ(snapped.y, -4.0);
    EXPECT_DOUBLE_EQ(snapToGrid(1.234, 0.0), 1.234);     // no step: unchanged
    EXPECT_DOUBLE_EQ(snapToGrid(1.234, -0.25), 1.234);
}

TEST(PlanSnap, DragPositionMovesByThePointersTravel)
{
    // Anchor (1, 2), pointer from (1.5, 2.5) to (2.7, 1.4): travel (1.2, -1.1) -> (2.2, 0.9).
    const glm::dvec2 free = planDragPosition({1.0, 2.0}, {1.5, 2.5}, {2.7, 1.4}, 0.0);
    EXPECT_NEAR(free.x, 2.2, 1e-12);
    EXPECT_NEAR(free.y, 0.9, 1e-12);
    // Snapped to 0.25 m: (2.25, 1.0).
    const glm::dvec2 snapped = planDragPosition({1.0, 2.0}, {1.5, 2.5}, {2.7, 1.4}, kMetricSnapStepM);
    EXPECT_DOUBLE_EQ(snapped.x, 2.25);
    EXPECT_DOUBLE_EQ(snapped.y, 1.0);
}

TEST(PlanSnap, YawTowardsInvertsYawDirection)
{
    EXPECT_DOUBLE_EQ(planYawTowardsDeg({0, 0}, {0, -1}), 0.0);     // up the page
    EXPECT_DOUBLE_EQ(planYawTowardsDeg({0, 0}, {-1, 0}), 90.0);    // left
    EXPECT_DOUBLE_EQ(planYawTowardsDeg({0, 0}, {1, 0}), -90.0);    // right
    EXPECT_DOUBLE_EQ(planYawTowardsDeg({0, 0}, {0, 1}), 180.0);    // down the page
    EXPECT_DOUBLE_EQ(planYawTowardsDeg({2, 3}, {1, 2}), 45.0);     // up and left
    EXPECT_DOUBLE_EQ(planYawTowardsDeg({1, 1}, {1, 1}), 0.0);
    for (double yaw : {-170.0, -90.0, -30.0, 0.0, 15.0, 89.0, 135.0, 180.0}) {
        const glm::dvec2 d = yawDirection(yaw);
        EXPECT_NEAR(planYawTowardsDeg({0, 0}, d), yaw, 1e-9) << yaw;
    }
}

TEST(PlanSnap, WrapDegrees)
{
    EXPECT_DOUBLE_EQ(wrapDegrees(190.0), -170.0);
    EXPECT_DOUBLE_EQ(wrapDegrees(-180.0), 180.0);
    EXPECT_DOUBLE_EQ(wrapDegrees(180.0), 180.0);
    EXPECT_DOUBLE_EQ(wrapDegrees(725.0), 5.0);
    EXPECT_DOUBLE_EQ(wrapDegrees(-359.0), 1.0);
}

TEST(PlanSnap, DragYawAddsTheSweptAngle)
{
    // Pointer from right of the centre (yaw -90) to above it (yaw 0): a quarter turn counter-clockwise on the page.
    EXPECT_DOUBLE_EQ(planDragYawDeg(10.0, {0, 0}, {2, 0}, {0, -3}, 0.0), 100.0);
    // Across the +-180 seam: from below-left (yaw 135) to below-right (yaw -135) is swept -270, wrapped: +90.
    EXPECT_DOUBLE_EQ(planDragYawDeg(0.0, {0, 0}, {-1, 1}, {1, 1}, 0.0), 90.0);
    // 100 + 3 = 103 snapped to 15 degrees: 105.
    EXPECT_DOUBLE_EQ(planDragYawDeg(13.0, {0, 0}, {2, 0}, {0, -3}, 15.0), 105.0);
}
