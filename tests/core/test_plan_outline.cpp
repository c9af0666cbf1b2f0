// Plan outlines of set pieces. Every expected coordinate is derived by hand in the test from the
// yaw rule of core/plan/plan_geometry.h (the one of collision_shapes.h):
//   plan x = px + x cos(yaw) + z sin(yaw),   plan z = pz - x sin(yaw) + z cos(yaw)
// for a local point (x, z) of a piece whose base centre is (px, pz).

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <span>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/analysis/collision_shapes.h"
#include "core/plan/plan_outline.h"

using namespace murnau;

namespace {

constexpr double kTight = 1e-12;

SetPiece piece(SetPieceShape shape, glm::dvec3 sizeM, glm::dvec3 positionM = {0.0, 0.0, 0.0}, double yawDeg = 0.0)
{
    SetPiece p;
    p.name = "piece";
    p.shape = shape;
    p.sizeM = sizeM;
    p.positionM = positionM;
    p.yawDeg = yawDeg;
    return p;
}

// True when some point of `points` lies within `tolerance` of `expected`.
bool hasPoint(std::span<const glm::dvec2> points, glm::dvec2 expected, double tolerance = 1e-12)
{
    return std::any_of(points.begin(), points.end(),
                       [&](const glm::dvec2& p) { return glm::length(p - expected) <= tolerance; });
}

// The extent of a polygon along plan x and plan z.
struct Extent {
    double minX, maxX, minZ, maxZ;
};
Extent extentOf(std::span<const glm::dvec2> points)
{
    Extent e{points[0].x, points[0].x, points[0].y, points[0].y};
    for (const glm::dvec2& p : points) {
        e.minX = std::min(e.minX, p.x);
        e.maxX = std::max(e.maxX, p.x);
        e.minZ = std::min(e.minZ, p.y);
        e.maxZ = std::max(e.maxZ, p.y);
    }
    return e;
}

std::vector<const PlanDetail*> detailsOf(const PlanOutline& outline, PlanDetailKind kind)
{
    std::vector<const PlanDetail*> found;
    for (const PlanDetail& detail : outline.details) {
        if (detail.kind == kind)
            found.push_back(&detail);
    }
    return found;
}

} // namespace

// A box 2 m wide (x) and 1 m deep (z) at yaw 90: local corners (+-1, +-0.5) go to
// (z, -x): (-0.5, 1), (-0.5, -1), (0.5, -1), (0.5, 1). It now runs 2 m along plan z.
TEST(PlanOutline, BoxTurnedNinetyDegrees)
{
    auto outline = planOutline(piece(SetPieceShape::Box, {2.0, 0.8, 1.0}, {0.0, 0.0, 0.0}, 90.0));
    ASSERT_TRUE(outline.ok()) << outline.error().describe();
    ASSERT_EQ(outline->solids.size(), 1u);
    const std::vector<glm::dvec2>& box = outline->solids[0];
    ASSERT_EQ(box.size(), 4u);
    for (glm::dvec2 corner : {glm::dvec2(-0.5, 1.0), glm::dvec2(-0.5, -1.0), glm::dvec2(0.5, -1.0), glm::dvec2(0.5, 1.0)})
        EXPECT_TRUE(hasPoint(box, corner)) << corner.x << ", " << corner.y;
    EXPECT_TRUE(outline->details.empty());
    EXPECT_FALSE(outline->marker);
    EXPECT_NEAR(outline->boundsM.minM.x, -0.5, kTight);
    EXPECT_NEAR(outline->boundsM.maxM.y, 1.0, kTight);
}

// Box 2 x 1 at (3, 0, -2), yaw 30: local corner (1, 0.5) goes to
// x = 3 + 1 cos30 + 0.5 sin30 = 3 + 0.866025 + 0.25 = 4.116025,
// z = -2 - 1 sin30 + 0.5 cos30 = -2 - 0.5 + 0.433013 = -2.066987.
TEST(PlanOutline, BoxMovedAndTurned)
{
    auto outline = planOutline(piece(SetPieceShape::Box, {2.0, 1.0, 1.0}, {3.0, 0.4, -2.0}, 30.0));
    ASSERT_TRUE(outline.ok()) << outline.error().describe();
    const double c = std::sqrt(3.0) / 2.0;
    EXPECT_TRUE(hasPoint(outline->solids[0], {3.0 + c + 0.25, -2.0 - 0.5 + 0.5 * c}));
    EXPECT_TRUE(hasPoint(outline->solids[0], {3.0 - c - 0.25, -2.0 + 0.5 - 0.5 * c}));
    EXPECT_NEAR(outline->originM.x, 3.0, kTight);
    EXPECT_NEAR(outline->originM.y, -2.0, kTight);
    EXPECT_NEAR(outline->labelAnchorM.x, 3.0, kTight);
}

// The outline and the collision footprint (collision_shapes.h) use the same yaw: each outline corner
// lies on the footprint, and the middle of each edge pushed 0.1 m outwards is 0.1 m from it.
TEST(PlanOutline, BoxAgreesWithTheCollisionFootprint)
{
    const SetPiece box = piece(SetPieceShape::Box, {2.0, 1.0, 1.0}, {1.0, 0.0, 2.0}, 37.0);
    auto outline = planOutline(box);
    ASSERT_TRUE(outline.ok());
    const std::vector<glm::dvec2>& corners = outline->solids[0];
    const glm::dvec2 centre(1.0, 2.0);
    for (std::size_t i = 0; i < corners.size(); ++i) {
        EXPECT_NEAR(footprintDistanceM(box, corners[i]), 0.0, 1e-9);
        const glm::dvec2 mid = 0.5 * (corners[i] + corners[(i + 1) % corners.size()]);
        const glm::dvec2 outwards = mid + 0.1 * glm::normalize(mid - centre);
        EXPECT_NEAR(footprintDistanceM(box, outwards), 0.1, 1e-9);
    }
}

// A cylinder of radius 1 m at a 1 cm tolerance: the inscribed n-gon strays r (1 - cos(pi/n)) from
// the circle; pi / acos(1 - 0.01) = 22.196, so n = 23 (deviation 0.00931 m; 22 sides would give 0.01018 m).
TEST(PlanOutline, CylinderMeetsTheChordTolerance)
{
    EXPECT_EQ(circleSideCount(1.0, 0.01), 23);
    auto outline = planOutline(piece(SetPieceShape::Cylinder, {2.0, 1.0, 0.0}, {4.0, 0.0, -1.0}, 10.0), 0.01);
    ASSERT_TRUE(outline.ok()) << outline.error().describe();
    ASSERT_EQ(outline->solids.size(), 1u);
    const std::vector<glm::dvec2>& polygon = outline->solids[0];
    ASSERT_EQ(polygon.size(), 23u);
    const glm::dvec2 centre(4.0, -1.0);
    for (std::size_t i = 0; i < polygon.size(); ++i) {
        EXPECT_NEAR(glm::length(polygon[i] - centre), 1.0, 1e-12);
        // The middle of each side is where a chord strays furthest from the circle.
        const glm::dvec2 mid = 0.5 * (polygon[i] + polygon[(i + 1) % polygon.size()]);
        const double deviation = 1.0 - glm::length(mid - centre);
        EXPECT_LE(deviation, 0.01);
        EXPECT_NEAR(deviation, 1.0 - std::cos(std::numbers::pi / 23.0), 1e-12);
    }
}

// Small cylinders keep kMinCircleSides (r = 0.05 m at 1 cm would need only pi / acos(0.8) = 4.9 -> 5);
// a finer tolerance needs more sides: r = 1, e = 1 mm: pi / acos(0.999) = 70.24 -> 71.
TEST(PlanOutline, CircleSideCounts)
{
    EXPECT_EQ(circleSideCount(0.05, 0.01), kMinCircleSides);
    EXPECT_EQ(circleSideCount(1.0, 0.001), 71);
    EXPECT_EQ(circleSideCount(0.0, 0.01), kMinCircleSides);
}

// A 6 m wall, 0.2 m thick, with a 0.9 m door in its middle: solid stretches [-3, -0.45] and
// [0.45, 3], each 3 - 0.45 = 2.55 m long. The door is hinged at (-0.45, +0.1), its leaf open to
// (-0.45, 0.1 + 0.9) and its swing a quarter circle of radius 0.9 from the closed tip (0.45, 0.1).
// At 1 cm the arc needs (pi/2) / (2 acos(1 - 0.01/0.9)) = 5.26 -> 6 chords, 7 points.
TEST(PlanOutline, WallWithACentredDoor)
{
    SetPiece wall = piece(SetPieceShape::Wall, {6.0, 2.4, 0.2});
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 0.9, 2.1, 0.0}};
    auto outline = planOutline(wall, 0.01);
    ASSERT_TRUE(outline.ok()) << outline.error().describe();
    ASSERT_EQ(outline->solids.size(), 2u);
    std::vector<Extent> stretches;
    for (const auto& solid : outline->solids)
        stretches.push_back(extentOf(solid));
    std::sort(stretches.begin(), stretches.end(), [](const Extent& a, const Extent& b) { return a.minX < b.minX; });
    EXPECT_NEAR(stretches[0].minX, -3.0, kTight);
    EXPECT_NEAR(stretches[0].maxX, -0.45, kTight);
    EXPECT_NEAR(stretches[0].maxX - stretches[0].minX, 2.55, 1e-12);
    EXPECT_NEAR(stretches[1].minX, 0.45, kTight);
    EXPECT_NEAR(stretches[1].maxX - stretches[1].minX, 2.55, 1e-12);
    EXPECT_NEAR(stretches[0].minZ, -0.1, kTight);
    EXPECT_NEAR(stretches[0].maxZ, 0.1, kTight);

    const auto leaves = detailsOf(*outline, PlanDetailKind::DoorLeaf);
    ASSERT_EQ(leaves.size(), 1u);
    ASSERT_EQ(leaves[0]->pointsM.size(), 2u);
    EXPECT_NEAR(glm::length(leaves[0]->pointsM[0] - glm::dvec2(-0.45, 0.1)), 0.0, kTight);
    EXPECT_NEAR(glm::length(leaves[0]->pointsM[1] - glm::dvec2(-0.45, 1.0)), 0.0, kTight);

    const auto swings = detailsOf(*outline, PlanDetailKind::DoorSwing);
    ASSERT_EQ(swings.size(), 1u);
    const std::vector<glm::dvec2>& arc = swings[0]->pointsM;
    ASSERT_EQ(arc.size(), 7u);
    EXPECT_NEAR(glm::length(arc.front() - glm::dvec2(0.45, 0.1)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(arc.back() - glm::dvec2(-0.45, 1.0)), 0.0, 1e-12);
    const glm::dvec2 hinge(-0.45, 0.1);
    for (std::size_t i = 0; i + 1 < arc.size(); ++i) {
        EXPECT_NEAR(glm::length(arc[i] - hinge), 0.9, 1e-12);
        EXPECT_LE(0.9 - glm::length(0.5 * (arc[i] + arc[i + 1]) - hinge), 0.01);
    }
    EXPECT_TRUE(detailsOf(*outline, PlanDetailKind::Glazing).empty());
}

// A 4 m wall, 0.3 m thick, with a 1.2 m window centred 1 m right of the middle: gap [0.4, 1.6],
// solids [-2, 0.4] (2.4 m) and [1.6, 2] (0.4 m); the window symbol is three lines across the gap at
// z = -0.15, 0 and 0.15. The name goes on the middle of the longest stretch, x = -0.8.
TEST(PlanOutline, WallWithAWindow)
{
    SetPiece wall = piece(SetPieceShape::Wall, {4.0, 2.4, 0.3});
    wall.openings = {WallOpening{OpeningKind::Window, 1.0, 1.2, 1.0, 0.9}};
    auto outline = planOutline(wall);
    ASSERT_TRUE(outline.ok()) << outline.error().describe();
    ASSERT_EQ(outline->solids.size(), 2u);
    std::vector<double> lengths;
    for (const auto& solid : outline->solids) {
        const Extent e = extentOf(solid);
        lengths.push_back(e.maxX - e.minX);
    }
    std::sort(lengths.begin(), lengths.end());
    EXPECT_NEAR(lengths[0], 0.4, 1e-12);
    EXPECT_NEAR(lengths[1], 2.4, 1e-12);

    const auto sills = detailsOf(*outline, PlanDetailKind::WindowSill);
    const auto glazing = detailsOf(*outline, PlanDetailKind::Glazing);
    ASSERT_EQ(sills.size(), 2u);
    ASSERT_EQ(glazing.size(), 1u);
    EXPECT_NEAR(glm::length(glazing[0]->pointsM[0] - glm::dvec2(0.4, 0.0)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(glazing[0]->pointsM[1] - glm::dvec2(1.6, 0.0)), 0.0, 1e-12);
    std::vector<double> sillZ{sills[0]->pointsM[0].y, sills[1]->pointsM[0].y};
    std::sort(sillZ.begin(), sillZ.end());
    EXPECT_NEAR(sillZ[0], -0.15, 1e-12);
    EXPECT_NEAR(sillZ[1], 0.15, 1e-12);
    EXPECT_TRUE(detailsOf(*outline, PlanDetailKind::DoorLeaf).empty());
    EXPECT_NEAR(outline->labelAnchorM.x, -0.8, 1e-12);
    EXPECT_NEAR(outline->labelAnchorM.y, 0.0, 1e-12);
}

// The same door in a wall at (1, 0, 2) turned 90 degrees: local (x, z) goes to (1 + z, 2 - x), so the
// stretch x in [0.45, 3] lies along plan z in [2 - 3, 2 - 0.45] = [-1, 1.55] and x in [0.9, 1.1].
TEST(PlanOutline, TurnedWallKeepsItsOpening)
{
    SetPiece wall = piece(SetPieceShape::Wall, {6.0, 2.4, 0.2}, {1.0, 0.0, 2.0}, 90.0);
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 0.9, 2.1, 0.0}};
    auto outline = planOutline(wall);
    ASSERT_TRUE(outline.ok());
    ASSERT_EQ(outline->solids.size(), 2u);
    std::vector<Extent> stretches;
    for (const auto& solid : outline->solids)
        stretches.push_back(extentOf(solid));
    std::sort(stretches.begin(), stretches.end(), [](const Extent& a, const Extent& b) { return a.minZ < b.minZ; });
    EXPECT_NEAR(stretches[0].minZ, -1.0, 1e-12);
    EXPECT_NEAR(stretches[0].maxZ, 1.55, 1e-12);
    EXPECT_NEAR(stretches[0].minX, 0.9, 1e-12);
    EXPECT_NEAR(stretches[0].maxX, 1.1, 1e-12);
    // The hinge (-0.45, 0.1) goes to (1 + 0.1, 2 + 0.45); the open leaf's tip (-0.45, 1.0) to (2.0, 2.45).
    const auto leaves = detailsOf(*outline, PlanDetailKind::DoorLeaf);
    ASSERT_EQ(leaves.size(), 1u);
    EXPECT_NEAR(glm::length(leaves[0]->pointsM[0] - glm::dvec2(1.1, 2.45)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(leaves[0]->pointsM[1] - glm::dvec2(2.0, 2.45)), 0.0, 1e-12);
}

// Openings are clipped to the wall and overlaps merged. A 0.9 m door centred at 2.8 on a 6 m wall
// cuts [2.35, 3]: one solid [-3, 2.35], 5.35 m, labelled at its middle x = -0.325. Windows over
// [-1, 0] and [-0.5, 0.5] cut [-1, 0.5]: solids [-3, -1] and [0.5, 3].
TEST(PlanOutline, OpeningsAreClippedAndMerged)
{
    SetPiece wall = piece(SetPieceShape::Wall, {6.0, 2.4, 0.2});
    wall.openings = {WallOpening{OpeningKind::Door, 2.8, 0.9, 2.1, 0.0}};
    auto clipped = planOutline(wall);
    ASSERT_TRUE(clipped.ok());
    ASSERT_EQ(clipped->solids.size(), 1u);
    const Extent e = extentOf(clipped->solids[0]);
    EXPECT_NEAR(e.minX, -3.0, 1e-12);
    EXPECT_NEAR(e.maxX, 2.35, 1e-12);
    EXPECT_NEAR(clipped->labelAnchorM.x, -0.325, 1e-12);
    // The leaf is as long as the clipped gap: 3 - 2.35 = 0.65 m.
    const auto leaves = detailsOf(*clipped, PlanDetailKind::DoorLeaf);
    ASSERT_EQ(leaves.size(), 1u);
    EXPECT_NEAR(glm::length(leaves[0]->pointsM[1] - leaves[0]->pointsM[0]), 0.65, 1e-12);

    wall.openings = {WallOpening{OpeningKind::Window, -0.5, 1.0, 1.0, 1.0},
                     WallOpening{OpeningKind::Window, 0.0, 1.0, 1.0, 1.0}};
    auto merged = planOutline(wall);
    ASSERT_TRUE(merged.ok());
    ASSERT_EQ(merged->solids.size(), 2u);
    std::vector<Extent> stretches{extentOf(merged->solids[0]), extentOf(merged->solids[1])};
    std::sort(stretches.begin(), stretches.end(), [](const Extent& a, const Extent& b) { return a.minX < b.minX; });
    EXPECT_NEAR(stretches[0].maxX, -1.0, 1e-12);
    EXPECT_NEAR(stretches[1].minX, 0.5, 1e-12);
}

// Stairs 1 m wide, 2.5 m run, 10 steps, climbing towards -z: going 0.25 m, risers at
// z = 1.25 - 0.25 k for k = 0..9 (1.25 down to -1.0). Arrow inset min(0.125, 0.625) = 0.125: shaft
// from z = 1.125 to z = -1.125; head arms min(0.25, 2.25 / 3) = 0.25 m long at 30 degrees:
// (+-0.25 sin30, -1.125 + 0.25 cos30) = (+-0.125, -0.908494). "UP" at z = 1.25 - 0.0625 = 1.1875.
TEST(PlanOutline, StairsRisersAndArrow)
{
    SetPiece stairs = piece(SetPieceShape::Stairs, {1.0, 1.8, 2.5});
    stairs.stepCount = 10;
    auto outline = planOutline(stairs);
    ASSERT_TRUE(outline.ok()) << outline.error().describe();
    ASSERT_EQ(outline->solids.size(), 1u);
    const Extent e = extentOf(outline->solids[0]);
    EXPECT_NEAR(e.minX, -0.5, kTight);
    EXPECT_NEAR(e.maxX, 0.5, kTight);
    EXPECT_NEAR(e.minZ, -1.25, kTight);
    EXPECT_NEAR(e.maxZ, 1.25, kTight);

    const auto risers = detailsOf(*outline, PlanDetailKind::StairRiser);
    ASSERT_EQ(risers.size(), 10u);
    for (std::size_t k = 0; k < risers.size(); ++k) {
        const double z = 1.25 - 0.25 * static_cast<double>(k);
        ASSERT_EQ(risers[k]->pointsM.size(), 2u);
        EXPECT_NEAR(risers[k]->pointsM[0].y, z, 1e-12);
        EXPECT_NEAR(risers[k]->pointsM[1].y, z, 1e-12);
        EXPECT_NEAR(std::abs(risers[k]->pointsM[1].x - risers[k]->pointsM[0].x), 1.0, 1e-12);
    }

    const auto arrow = detailsOf(*outline, PlanDetailKind::StairArrow);
    ASSERT_EQ(arrow.size(), 2u);
    EXPECT_NEAR(glm::length(arrow[0]->pointsM[0] - glm::dvec2(0.0, 1.125)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(arrow[0]->pointsM[1] - glm::dvec2(0.0, -1.125)), 0.0, 1e-12);
    ASSERT_EQ(arrow[1]->pointsM.size(), 3u);
    EXPECT_NEAR(glm::length(arrow[1]->pointsM[0] - glm::dvec2(-0.125, -0.9084936490538903)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(arrow[1]->pointsM[1] - glm::dvec2(0.0, -1.125)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(arrow[1]->pointsM[2] - glm::dvec2(0.125, -0.9084936490538903)), 0.0, 1e-12);

    ASSERT_EQ(outline->texts.size(), 1u);
    EXPECT_EQ(outline->texts[0].text, "UP");
    EXPECT_NEAR(glm::length(outline->texts[0].anchorM - glm::dvec2(0.0, 1.1875)), 0.0, 1e-12);
}

// Stairs turned 180 degrees climb towards +z: the arrow's tip (0, -1.125) goes to (0, +1.125).
TEST(PlanOutline, TurnedStairsPointTheOtherWay)
{
    SetPiece stairs = piece(SetPieceShape::Stairs, {1.0, 1.8, 2.5}, {0.0, 0.0, 0.0}, 180.0);
    stairs.stepCount = 10;
    auto outline = planOutline(stairs);
    ASSERT_TRUE(outline.ok());
    const auto arrow = detailsOf(*outline, PlanDetailKind::StairArrow);
    ASSERT_EQ(arrow.size(), 2u);
    EXPECT_NEAR(arrow[0]->pointsM[1].y, 1.125, 1e-12);
    EXPECT_NEAR(arrow[0]->pointsM[1].x, 0.0, 1e-12);
}

// A model with a collision box is drawn as that box; without one (all zero) as a marker cross of
// two arms from (-0.25, -0.25) to (0.25, 0.25) and from (-0.25, 0.25) to (0.25, -0.25) round its base centre.
TEST(PlanOutline, ModelBoxOrMarker)
{
    auto boxed = planOutline(piece(SetPieceShape::Model, {2.0, 1.0, 1.0}, {0.0, 0.0, 0.0}, 90.0));
    ASSERT_TRUE(boxed.ok());
    ASSERT_EQ(boxed->solids.size(), 1u);
    EXPECT_TRUE(hasPoint(boxed->solids[0], {-0.5, 1.0}));
    EXPECT_FALSE(boxed->marker);

    auto bare = planOutline(piece(SetPieceShape::Model, {0.0, 0.0, 0.0}, {2.0, 0.0, 3.0}));
    ASSERT_TRUE(bare.ok());
    EXPECT_TRUE(bare->marker);
    EXPECT_TRUE(bare->solids.empty());
    const auto arms = detailsOf(*bare, PlanDetailKind::ModelMarker);
    ASSERT_EQ(arms.size(), 2u);
    EXPECT_NEAR(glm::length(arms[0]->pointsM[0] - glm::dvec2(1.75, 2.75)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(arms[0]->pointsM[1] - glm::dvec2(2.25, 3.25)), 0.0, 1e-12);
    EXPECT_NEAR(bare->boundsM.minM.x, 1.75, 1e-12);
    EXPECT_NEAR(bare->boundsM.maxM.y, 3.25, 1e-12);
}

// Distance to what is drawn: 0 inside a solid; 0.3 m beside a box edge; along a door leaf, 0.
TEST(PlanOutline, DistanceToOutline)
{
    auto box = planOutline(piece(SetPieceShape::Box, {2.0, 1.0, 1.0}));
    ASSERT_TRUE(box.ok());
    EXPECT_EQ(distanceToOutlineM(*box, {0.2, 0.1}), 0.0);
    EXPECT_NEAR(distanceToOutlineM(*box, {1.3, 0.0}), 0.3, 1e-12);
    EXPECT_NEAR(distanceToOutlineM(*box, {0.0, -0.9}), 0.4, 1e-12);

    SetPiece wall = piece(SetPieceShape::Wall, {6.0, 2.4, 0.2});
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 0.9, 2.1, 0.0}};
    auto door = planOutline(wall);
    ASSERT_TRUE(door.ok());
    // (-0.45, 0.6) lies on the open leaf, 0.45 m from the nearest solid.
    EXPECT_NEAR(distanceToOutlineM(*door, {-0.45, 0.6}), 0.0, 1e-12);
}

TEST(PlanOutline, FloorCorners)
{
    SetDescription set;
    set.floorSizeM = {40.0, 20.0};
    const std::vector<glm::dvec2> floor = planFloor(set);
    ASSERT_EQ(floor.size(), 4u);
    EXPECT_TRUE(hasPoint(floor, {-20.0, -10.0}));
    EXPECT_TRUE(hasPoint(floor, {20.0, 10.0}));
}

TEST(PlanOutline, RefusesUnusableInput)
{
    SetPiece bad = piece(SetPieceShape::Box, {1.0, 1.0, 1.0});
    bad.yawDeg = std::nan("");
    EXPECT_EQ(planOutline(bad).error().field, "piece.yawDeg");

    bad = piece(SetPieceShape::Box, {1.0, 1.0, -1.0});
    EXPECT_EQ(planOutline(bad).error().field, "piece.sizeM");
    bad = piece(SetPieceShape::Wall, {4.0, 2.0, 0.0});
    EXPECT_EQ(planOutline(bad).error().field, "piece.sizeM");
    bad = piece(SetPieceShape::Cylinder, {0.0, 1.0, 0.0});
    EXPECT_EQ(planOutline(bad).error().field, "piece.sizeM");

    bad = piece(SetPieceShape::Box, {1.0, 1.0, 1.0}, {std::numeric_limits<double>::infinity(), 0.0, 0.0});
    EXPECT_EQ(planOutline(bad).error().field, "piece.positionM");

    bad = piece(SetPieceShape::Stairs, {1.0, 1.0, 2.0});
    bad.stepCount = 0;
    EXPECT_EQ(planOutline(bad).error().field, "piece.stepCount");

    bad = piece(SetPieceShape::Wall, {4.0, 2.0, 0.2});
    bad.openings = {WallOpening{OpeningKind::Door, 0.0, 0.9, 2.1, 0.0}, WallOpening{OpeningKind::Door, 1.0, 0.0, 2.1, 0.0}};
    EXPECT_EQ(planOutline(bad).error().field, "piece.openings[1]");

    EXPECT_EQ(planOutline(piece(SetPieceShape::Box, {1.0, 1.0, 1.0}), 0.0).error().field, "chordToleranceM");
    EXPECT_EQ(planOutline(piece(SetPieceShape::Box, {1.0, 1.0, 1.0}), std::nan("")).error().field, "chordToleranceM");

    SetDescription set;
    set.pieces = {piece(SetPieceShape::Box, {1.0, 1.0, 1.0}), piece(SetPieceShape::Box, {1.0, 1.0, -2.0})};
    EXPECT_EQ(planOutlines(set).error().field, "set.pieces[1].sizeM");
    set.pieces.pop_back();
    auto outlines = planOutlines(set);
    ASSERT_TRUE(outlines.ok());
    EXPECT_EQ(outlines->size(), 1u);
}
