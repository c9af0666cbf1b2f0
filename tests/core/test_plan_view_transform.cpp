// The plan's world-to-page transform: fitting bounds into a page and zooming about a point.
// Expected values are worked by hand from the definitions in plan_view_transform.h.

#include <gtest/gtest.h>

#include "core/plan/plan_view_transform.h"

using namespace murnau;

namespace {
PlanBounds bounds(glm::dvec2 minM, glm::dvec2 maxM)
{
    PlanBounds b;
    b.add(minM);
    b.add(maxM);
    return b;
}
} // namespace

TEST(PlanViewTransform, MapsBothWays)
{
    PlanViewTransform view;
    view.pixelsPerMetre = 20.0;
    view.originPx = {100.0, 50.0};
    const glm::dvec2 page = view.toPage({2.0, -1.5});   // 100 + 40, 50 - 30
    EXPECT_DOUBLE_EQ(page.x, 140.0);
    EXPECT_DOUBLE_EQ(page.y, 20.0);
    const glm::dvec2 back = view.toPlan(page);
    EXPECT_DOUBLE_EQ(back.x, 2.0);
    EXPECT_DOUBLE_EQ(back.y, -1.5);
    EXPECT_DOUBLE_EQ(view.toMetres(8.0), 0.4);
}

TEST(PlanViewTransform, FitLimitedByWidth)
{
    // A 40 m x 20 m floor from (-20, -10) to (20, 10) in an 800 x 600 page with 20 px margins:
    // min(760 / 40, 560 / 20) = min(19, 28) = 19 px/m, centre (0, 0) at (400, 300).
    auto view = fitPlanView(bounds({-20, -10}, {20, 10}), {800, 600}, 20.0, 1e-3, 1e4);
    ASSERT_TRUE(view.ok()) << view.error().describe();
    EXPECT_DOUBLE_EQ(view->pixelsPerMetre, 19.0);
    EXPECT_DOUBLE_EQ(view->originPx.x, 400.0);
    EXPECT_DOUBLE_EQ(view->originPx.y, 300.0);
    // The bounds' left edge lands on the margin: 400 - 20 * 19 = 20.
    EXPECT_DOUBLE_EQ(view->toPage({-20, 0}).x, 20.0);
}

TEST(PlanViewTransform, FitLimitedByHeightAndOffCentre)
{
    // Bounds (2, 1)..(6, 11): 4 m x 10 m; page 1000 x 420, margin 10: min(980 / 4, 400 / 10) = 40 px/m.
    // Centre (4, 6) at (500, 210): origin = (500 - 160, 210 - 240) = (340, -30).
    auto view = fitPlanView(bounds({2, 1}, {6, 11}), {1000, 420}, 10.0, 1e-3, 1e4);
    ASSERT_TRUE(view.ok());
    EXPECT_DOUBLE_EQ(view->pixelsPerMetre, 40.0);
    EXPECT_DOUBLE_EQ(view->originPx.x, 340.0);
    EXPECT_DOUBLE_EQ(view->originPx.y, -30.0);
    EXPECT_DOUBLE_EQ(view->toPage({4, 1}).y, 10.0);   // top edge on the margin
}

TEST(PlanViewTransform, FitClampsAndRefuses)
{
    // A single point counts as 1 m x 1 m: 100 / 1 = 100 px/m, clamped to 50.
    auto point = fitPlanView(bounds({3, 3}, {3, 3}), {100, 100}, 0.0, 1.0, 50.0);
    ASSERT_TRUE(point.ok());
    EXPECT_DOUBLE_EQ(point->pixelsPerMetre, 50.0);
    EXPECT_DOUBLE_EQ(point->toPage({3, 3}).x, 50.0);
    EXPECT_FALSE(fitPlanView(PlanBounds{}, {100, 100}, 0.0, 1.0, 50.0).ok());
    auto tooSmall = fitPlanView(bounds({0, 0}, {1, 1}), {40, 100}, 20.0, 1.0, 50.0);
    ASSERT_FALSE(tooSmall.ok());
    EXPECT_EQ(tooSmall.error().field, "pageSizePx");
    EXPECT_FALSE(fitPlanView(bounds({0, 0}, {1, 1}), {100, 100}, -1.0, 1.0, 50.0).ok());
}

TEST(PlanViewTransform, ZoomKeepsTheAnchorFixed)
{
    PlanViewTransform view;
    view.pixelsPerMetre = 10.0;
    view.originPx = {200.0, 100.0};
    const glm::dvec2 anchorPx{260.0, 70.0};              // plan point (6, -3)
    const PlanViewTransform zoomed = zoomPlanView(view, anchorPx, 2.0, 1.0, 1000.0);
    EXPECT_DOUBLE_EQ(zoomed.pixelsPerMetre, 20.0);
    // origin' = anchor - (anchor - origin) * 2 = (260 - 120, 70 + 60) = (140, 130).
    EXPECT_DOUBLE_EQ(zoomed.originPx.x, 140.0);
    EXPECT_DOUBLE_EQ(zoomed.originPx.y, 130.0);
    EXPECT_DOUBLE_EQ(zoomed.toPlan(anchorPx).x, 6.0);
    EXPECT_DOUBLE_EQ(zoomed.toPlan(anchorPx).y, -3.0);
    // Clamped at 15 px/m: origin' = anchor - (60, -30) * 1.5 = (170, 115).
    const PlanViewTransform clamped = zoomPlanView(view, anchorPx, 4.0, 1.0, 15.0);
    EXPECT_DOUBLE_EQ(clamped.pixelsPerMetre, 15.0);
    EXPECT_DOUBLE_EQ(clamped.originPx.x, 170.0);
    EXPECT_DOUBLE_EQ(clamped.originPx.y, 115.0);
    // A bad factor changes nothing.
    EXPECT_DOUBLE_EQ(zoomPlanView(view, anchorPx, 0.0, 1.0, 1000.0).pixelsPerMetre, 10.0);
}
