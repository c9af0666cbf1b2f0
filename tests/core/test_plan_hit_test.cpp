// Plan hit testing on a plan put together by hand, so every item's place is known: the priority
// order (rail point, mark/via point, actor, camera, set piece), nearest within a kind, ties, and
// the identity a hit carries.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/plan/plan_hit_test.h"

using namespace murnau;

namespace {

// Everything stacked round the origin: a rail point 0.05 m off it, a mark on it, Anna (radius 0.2 m)
// on it, a camera lens on it and a 4 x 4 m box under it. Extra items elsewhere for the other tests.
PlanScene stackedPlan()
{
    PlanScene plan;
    plan.sceneIndex = 2;
    plan.shotId = "sh-7";

    PlanTrack track;
    track.isRail = true;
    track.railPointsM = {{5.0, 5.0}, {0.05, 0.0}};
    plan.track = track;

    PlanBlocking blocking;
    blocking.actor = "Anna";
    PlanMark a;
    a.name = "A";
    a.positionM = {0.0, 0.0};
    PlanMark b;
    b.name = "B";
    b.positionM = {6.0, 0.0};
    blocking.marks = {a, b};
    PlanWalk walk;
    walk.fromMark = 0;
    walk.viaM = {{3.0, -2.0}};
    blocking.walks = {walk};
    PlanBlocking other;
    other.actor = "Ben";
    plan.blocking = {other, blocking};

    PlanActor anna;
    anna.index = 1;
    anna.name = "Anna";
    anna.positionM = {0.0, 0.0};
    anna.radiusM = 0.2;
    PlanActor ben;
    ben.index = 0;
    ben.name = "Ben";
    ben.positionM = {-6.0, 0.0};
    ben.radiusM = 0.2;
    plan.actors = {ben, anna};

    PlanCamera camera;
    camera.name = "A cam";
    camera.cameraIndex = 1;
    camera.shotId = "sh-7";
    camera.positionM = {0.0, 0.0};
    plan.cameras = {camera};

    SetPiece box;
    box.name = "crate";
    box.sizeM = {4.0, 1.0, 4.0};
    SetPiece platform;
    platform.name = "platform";
    platform.sizeM = {2.0, 0.2, 2.0};
    platform.positionM = {9.0, 0.0, 0.0};
    SetPiece overlap = platform;
    overlap.name = "rostrum";
    overlap.positionM = {9.5, 0.0, 0.0};
    for (const SetPiece& piece : {box, platform, overlap})
        plan.pieces.push_back(planOutline(piece).value());
    return plan;
}

PlanHit hit(const PlanScene& plan, glm::dvec2 pointM, double toleranceM)
{
    auto result = planHitTest(plan, pointM, toleranceM);
    EXPECT_TRUE(result.ok()) << result.error().describe();
    return result.ok() ? result.value() : PlanHit{};
}

} // namespace

// At the origin everything is within 0.1 m; each kind wins until it is taken away.
TEST(PlanHitTest, PriorityOrder)
{
    PlanScene plan = stackedPlan();

    PlanHit h = hit(plan, {0.0, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::RailPoint);   // 0.05 m away, yet before the mark right under the point
    EXPECT_EQ(h.index, 1u);
    EXPECT_EQ(h.shotId, "sh-7");
    ASSERT_TRUE(h.sceneIndex.has_value());
    EXPECT_EQ(*h.sceneIndex, 2u);
    EXPECT_NEAR(h.distanceM, 0.05, 1e-15);

    plan.track.reset();
    h = hit(plan, {0.0, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::Mark);
    EXPECT_EQ(h.index, 0u);
    EXPECT_EQ(h.blockingIndex, 1u);
    EXPECT_EQ(h.name, "Anna");
    EXPECT_EQ(h.distanceM, 0.0);

    plan.blocking.clear();
    h = hit(plan, {0.0, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::Actor);
    EXPECT_EQ(h.index, 1u);   // Project::actors index, not the position in the list
    EXPECT_EQ(h.name, "Anna");

    plan.actors.clear();
    h = hit(plan, {0.0, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::Camera);
    EXPECT_EQ(h.index, 1u);
    EXPECT_EQ(h.name, "A cam");
    EXPECT_EQ(h.shotId, "sh-7");

    plan.cameras.clear();
    h = hit(plan, {0.0, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::SetPiece);
    EXPECT_EQ(h.index, 0u);
    EXPECT_EQ(h.name, "crate");
    EXPECT_EQ(h.distanceM, 0.0);   // inside the outline

    plan.pieces.clear();
    EXPECT_EQ(hit(plan, {0.0, 0.0}, 0.1).kind, PlanItemKind::None);
}

// A via point reports the mark whose walk it lies on (the walk from mark 0 runs into mark 1).
TEST(PlanHitTest, ViaPointIdentity)
{
    const PlanHit h = hit(stackedPlan(), {3.02, -2.0}, 0.05);
    EXPECT_EQ(h.kind, PlanItemKind::ViaPoint);
    EXPECT_EQ(h.index, 0u);
    EXPECT_EQ(h.markIndex, 1u);
    EXPECT_EQ(h.blockingIndex, 1u);
    EXPECT_EQ(h.name, "Anna");
    EXPECT_NEAR(h.distanceM, 0.02, 1e-12);
    EXPECT_NEAR(h.anchorM.x, 3.0, 1e-15);
}

// Within a kind the nearest wins: of the rail points at (5, 5) and (0.05, 0), a click at (4.9, 4.9)
// takes the first, sqrt(0.1^2 + 0.1^2) = 0.1414 m away.
TEST(PlanHitTest, NearestWithinAKind)
{
    const PlanHit h = hit(stackedPlan(), {4.9, 4.9}, 0.5);
    EXPECT_EQ(h.kind, PlanItemKind::RailPoint);
    EXPECT_EQ(h.index, 0u);
    EXPECT_NEAR(h.distanceM, std::sqrt(0.02), 1e-12);
}

// An actor is hit on its body's disc: 0.25 m from Ben's centre is 0.05 m from a 0.2 m disc
// (a hit at 0.1 m tolerance); 0.35 m from it is 0.15 m off (a miss).
TEST(PlanHitTest, ActorsAreDiscs)
{
    const PlanScene plan = stackedPlan();
    PlanHit h = hit(plan, {-6.25, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::Actor);
    EXPECT_EQ(h.name, "Ben");
    EXPECT_NEAR(h.distanceM, 0.05, 1e-12);
    EXPECT_EQ(hit(plan, {-6.35, 0.0}, 0.1).kind, PlanItemKind::None);
}

// Overlapping pieces: the platform covers x in [8, 10], the rostrum x in [8.5, 10.5]; at x = 9.2 both
// contain the point and the later one (drawn on top) wins; at 8.2 only the platform; at 10.7 the
// rostrum is 0.2 m away.
TEST(PlanHitTest, SetPiecesOnTopWin)
{
    const PlanScene plan = stackedPlan();
    PlanHit h = hit(plan, {9.2, 0.0}, 0.0);
    EXPECT_EQ(h.kind, PlanItemKind::SetPiece);
    EXPECT_EQ(h.name, "rostrum");
    EXPECT_EQ(h.index, 2u);
    EXPECT_NEAR(h.anchorM.x, 9.5, 1e-15);
    h = hit(plan, {8.2, 0.0}, 0.0);
    EXPECT_EQ(h.name, "platform");
    h = hit(plan, {10.7, 0.0}, 0.25);
    EXPECT_EQ(h.name, "rostrum");
    EXPECT_NEAR(h.distanceM, 0.2, 1e-12);
    EXPECT_EQ(hit(plan, {10.7, 0.0}, 0.15).kind, PlanItemKind::None);
}

// Equal distances in one kind: the earlier item wins (two marks at the same place).
TEST(PlanHitTest, TiesGoToTheEarlierItem)
{
    PlanScene plan = stackedPlan();
    plan.blocking[0].actor = "Ben";
    PlanMark m;
    m.name = "B1";
    m.positionM = {6.0, 0.0};
    plan.blocking[0].marks = {m};
    const PlanHit h = hit(plan, {6.0, 0.0}, 0.1);
    EXPECT_EQ(h.kind, PlanItemKind::Mark);
    EXPECT_EQ(h.name, "Ben");
    EXPECT_EQ(h.blockingIndex, 0u);
}

// A door leaf drawn in a wall's gap can be picked, though it is outside the wall's solids.
TEST(PlanHitTest, DoorLeafPicksTheWall)
{
    SetPiece wall;
    wall.name = "wall";
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = {6.0, 2.4, 0.2};
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 0.9, 2.1, 0.0}};
    PlanScene plan;
    plan.pieces.push_back(planOutline(wall).value());
    // The open leaf runs from (-0.45, 0.1) to (-0.45, 1.0); (-0.43, 0.7) is 0.02 m from it.
    const PlanHit h = hit(plan, {-0.43, 0.7}, 0.05);
    EXPECT_EQ(h.kind, PlanItemKind::SetPiece);
    EXPECT_NEAR(h.distanceM, 0.02, 1e-12);
    // The middle of the gap, away from leaf and swing, is nothing.
    EXPECT_EQ(hit(plan, {0.0, -0.05}, 0.05).kind, PlanItemKind::None);
}

TEST(PlanHitTest, RefusesUnusableInput)
{
    const PlanScene plan = stackedPlan();
    EXPECT_EQ(planHitTest(plan, {std::nan(""), 0.0}, 0.1).error().field, "pointM");
    EXPECT_EQ(planHitTest(plan, {0.0, 0.0}, -0.1).error().field, "toleranceM");
    EXPECT_EQ(planHitTest(plan, {0.0, 0.0}, std::numeric_limits<double>::infinity()).error().field, "toleranceM");
}
