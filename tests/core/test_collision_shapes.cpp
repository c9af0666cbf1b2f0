// Distances to the set pieces of format 2: a wall minus its doors and windows, the stepped solid
// of a flight of stairs, and a model's collision box (or none). Every expected distance is worked
// out by hand from the geometry written next to it.

#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/collision_check.h"
#include "core/analysis/collision_shapes.h"
#include "core/analysis/feasibility_limits.h"

using namespace murnau;

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// A wall 4 m long (x in [-2, 2]), 3 m high and 0.2 m thick (z in [-0.1, 0.1]) standing at the
// origin, with a door 1 m wide and 2 m high centred on it (x in [-0.5, 0.5], y in [0, 2]) and a
// window 0.6 m wide and 1 m high on a 1 m sill (x in [1.1, 1.7], y in [1, 2]).
SetPiece officeWall(double yawDeg = 0.0)
{
    SetPiece wall;
    wall.name = "Office wall";
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = {4.0, 3.0, 0.2};
    wall.yawDeg = yawDeg;
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 1.0, 2.0, 0.0}, WallOpening{OpeningKind::Window, 1.4, 0.6, 1.0, 1.0}};
    return wall;
}

// A flight 1 m wide (x in [-0.5, 0.5]), rising 1 m over a run of 2 m (z from +1 at the front to
// -1 at the top) in 4 steps: rise 0.25 m, tread 0.5 m. Step k covers z in [1 - 0.5 (k+1), 1 - 0.5 k]
// and y in [0, 0.25 (k+1)].
SetPiece flight()
{
    SetPiece stairs;
    stairs.name = "Stairs";
    stairs.shape = SetPieceShape::Stairs;
    stairs.sizeM = {1.0, 1.0, 2.0};
    stairs.stepCount = 4;
    return stairs;
}

} // namespace

TEST(CollisionShapesWall, TheDoorwayIsOpenAndTheJambsAndLintelAreSolid)
{
    const SetPiece wall = officeWall();
    // In the middle of the doorway, 1 m up: the jambs are 0.5 m to either side, the lintel 1 m above.
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(wall, {0.0, 1.0, 0.0}), 0.5);
    // 1.8 m up in the doorway: the lintel (y = 2) is 0.2 m above, nearer than the jambs.
    EXPECT_NEAR(distanceToSetPieceM(wall, {0.0, 1.8, 0.0}), 0.2, 1e-12);
    // 1 m in front of the doorway (z = 1): the jamb's edge at x = -0.5, z = 0.1 is sqrt(0.5^2 + 0.9^2) away;
    // the lintel's edge at y = 2, z = 0.1 is sqrt(1^2 + 0.9^2) away.
    EXPECT_NEAR(distanceToSetPieceM(wall, {0.0, 1.0, 1.0}), std::sqrt(0.25 + 0.81), 1e-12);
    // Inside the wall beside the door, and 1 m beyond its end.
    EXPECT_EQ(distanceToSetPieceM(wall, {-1.0, 1.0, 0.0}), 0.0);
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(wall, {3.0, 1.0, 0.0}), 1.0);
    // Above the wall: 0.5 m over its top.
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(wall, {-1.0, 3.5, 0.0}), 0.5);
}

TEST(CollisionShapesWall, TheWindowIsOpenAboveItsSill)
{
    const SetPiece wall = officeWall();
    // In the window's middle (x = 1.4, y = 1.5): its sides are 0.3 m away, sill and head 0.5 m.
    EXPECT_NEAR(distanceToSetPieceM(wall, {1.4, 1.5, 0.0}), 0.3, 1e-12);
    // Below the sill the wall is solid.
    EXPECT_EQ(distanceToSetPieceM(wall, {1.4, 0.5, 0.0}), 0.0);
    // Just above the sill (1.05 m): the sill is 0.05 m below.
    EXPECT_NEAR(distanceToSetPieceM(wall, {1.4, 1.05, 0.0}), 0.05, 1e-12);
}

TEST(CollisionShapesWall, WithoutOpeningsItIsABox)
{
    SetPiece wall = officeWall();
    wall.openings.clear();
    SetPiece box = wall;
    box.shape = SetPieceShape::Box;
    for (const glm::dvec3& p : {glm::dvec3{0.0, 1.0, 0.0}, glm::dvec3{0.0, 1.0, 1.0}, glm::dvec3{3.0, 4.0, -2.0}})
        EXPECT_EQ(distanceToSetPieceM(wall, p), distanceToSetPieceM(box, p));
    EXPECT_EQ(distanceToSetPieceM(wall, {0.0, 1.0, 0.0}), 0.0);   // the doorway is gone
}

TEST(CollisionShapesWall, TurnsWithItsYaw)
{
    // Turned 90 degrees: local +x runs along world -z (world z = -x sin 90 = -x), so the window's
    // centre (local x = 1.4) is at world z = -1.4 and the wall's thickness lies along world x.
    const SetPiece wall = officeWall(90.0);
    EXPECT_NEAR(distanceToSetPieceM(wall, {0.0, 1.0, 0.0}), 0.5, 1e-12);
    EXPECT_NEAR(distanceToSetPieceM(wall, {0.0, 1.5, -1.4}), 0.3, 1e-12);
    EXPECT_NEAR(distanceToSetPieceM(wall, {0.0, 1.5, 1.4}), 0.0, 1e-12);   // that side is solid
    EXPECT_NEAR(distanceToSetPieceM(wall, {1.1, 0.5, -1.0}), 1.0, 1e-12);  // 1 m from the face at x = 0.1
}

TEST(CollisionShapesWall, TheFootprintLeavesOutTheDoorButNotTheWindow)
{
    const SetPiece wall = officeWall();
    // On the plan, the doorway is open from x = -0.5 to 0.5: its middle is 0.5 m from the wall.
    EXPECT_DOUBLE_EQ(footprintDistanceM(wall, {0.0, 0.0}), 0.5);
    // The window does not reach the floor: under it the wall stands.
    EXPECT_EQ(footprintDistanceM(wall, {1.4, 0.0}), 0.0);
    // 1 m in front of the wall beside the door.
    EXPECT_DOUBLE_EQ(footprintDistanceM(wall, {-1.0, 1.1}), 1.0);
}

TEST(CollisionShapesWall, ATrackThroughTheDoorwayIsNotBlocked)
{
    // A straight track along world -z through the doorway of a wall across it at z = -3. The track
    // band is 0.4 m either side of its centre line (CollisionSizes), the doorway 0.5 m either side.
    SetDescription set;
    SetPiece wall = officeWall();
    wall.positionM = {0.0, 0.0, -3.0};
    set.pieces = {wall};
    CameraRig rig;   // no rail: straight along headingDeg 0 (towards -z) from the origin
    const CollisionSizes sizes;
    EXPECT_TRUE(findTrackCollisions(rig, 0.0, 6.0, set, sizes).empty());

    // Without the door, the track runs into the wall where the band reaches its face: from
    // 3 - 0.1 - 0.4 = 2.5 m to 3 + 0.1 + 0.4 = 3.5 m along it (to the 1 mm the search refines to).
    set.pieces[0].openings.clear();
    const auto blocked = findTrackCollisions(rig, 0.0, 6.0, set, sizes);
    ASSERT_EQ(blocked.size(), 1U);
    EXPECT_NEAR(blocked[0].fromM, 2.5, 1e-3);
    EXPECT_NEAR(blocked[0].toM, 3.5, 1e-3);
}

TEST(CollisionShapesStairs, TheStepsAreSolidAndTheAirAboveThemIsNot)
{
    const SetPiece stairs = flight();
    // Over the second step (k = 1: z in [0, 0.5], top 0.5 m), 0.6 m up: its tread is 0.1 m below;
    // the riser of the third step (z = 0, up to 0.75 m) is 0.25 m behind.
    EXPECT_NEAR(distanceToSetPieceM(stairs, {0.0, 0.6, 0.25}), 0.1, 1e-12);
    // Over the first tread (top 0.25 m) near the front, 0.45 m up: 0.2 m above it, 0.4 m from the next riser.
    EXPECT_NEAR(distanceToSetPieceM(stairs, {0.0, 0.45, 0.9}), 0.2, 1e-12);
    // On the floor 0.5 m in front of the first riser (z = 1).
    EXPECT_NEAR(distanceToSetPieceM(stairs, {0.0, 0.1, 1.5}), 0.5, 1e-12);
    // 0.5 m above the top step (1 m high at z in [-1, -0.5]).
    EXPECT_NEAR(distanceToSetPieceM(stairs, {0.0, 1.5, -0.75}), 0.5, 1e-12);
    // Under the flight it is solid to the floor.
    EXPECT_EQ(distanceToSetPieceM(stairs, {0.0, 0.1, 0.0}), 0.0);
    // Beside the flight (x = 1, 0.5 m from its side at x = 0.5), level with the first step.
    EXPECT_NEAR(distanceToSetPieceM(stairs, {1.0, 0.1, 0.75}), 0.5, 1e-12);
    // Its footprint is the whole run: the plan does not see steps.
    EXPECT_EQ(footprintDistanceM(stairs, {0.0, 0.9}), 0.0);
    EXPECT_NEAR(footprintDistanceM(stairs, {0.0, -1.5}), 0.5, 1e-12);
}

TEST(CollisionShapesModel, ItsCollisionBoxOrNothing)
{
    SetPiece model;
    model.name = "Car";
    model.shape = SetPieceShape::Model;
    model.modelPath = "models/car.glb";
    model.positionM = {10.0, 0.0, 0.0};
    model.sizeM = {2.0, 1.5, 4.0};   // x in [9, 11], y in [0, 1.5], z in [-2, 2]
    EXPECT_EQ(distanceToSetPieceM(model, {10.0, 1.0, 0.0}), 0.0);
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(model, {13.0, 1.0, 0.0}), 2.0);
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(model, {10.0, 1.5, 5.0}), 3.0);
    EXPECT_DOUBLE_EQ(footprintDistanceM(model, {10.0, 5.0}), 3.0);
    // No collision box: nothing to run into, anywhere.
    model.sizeM = glm::dvec3(0.0);
    EXPECT_EQ(distanceToSetPieceM(model, {10.0, 0.0, 0.0}), kInfinity);
    EXPECT_EQ(footprintDistanceM(model, {10.0, 0.0}), kInfinity);
    SetDescription set;
    set.pieces = {model};
    CameraRig rig;
    rig.originM = {10.0, 0.0, 5.0};
    EXPECT_TRUE(findTrackCollisions(rig, 0.0, 10.0, set, CollisionSizes{}).empty());
}
