// Plan paths: rails sampled within their chord tolerance, blocking, actors, the angle-of-view
// wedge and the lens-to-actor readout. Expected values are derived in the comments; the rail
// tolerance is checked against the rail itself (Rail::pointAt), sampled far more densely than the polyline.

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/motion/rail.h"
#include "core/plan/plan_paths.h"
#include "core/scene/anthropometry.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

// Checks that every one of `samples` points of the rail, evenly spread along it, lies within
// `toleranceM` of the polyline on the plan, and that the polyline's vertices lie on the rail.
void expectWithinTolerance(const Rail& rail, const PlanPolyline& polyline, double toleranceM, int samples = 20000)
{
    ASSERT_EQ(polyline.pointsM.size(), polyline.distancesM.size());
    ASSERT_GE(polyline.pointsM.size(), 2u);
    EXPECT_EQ(polyline.distancesM.front(), 0.0);
    EXPECT_NEAR(polyline.distancesM.back(), rail.lengthM(), 1e-12);
    for (std::size_t i = 0; i < polyline.pointsM.size(); ++i) {
        const glm::dvec3 onRail = rail.pointAt(polyline.distancesM[i]).positionM;
        EXPECT_NEAR(glm::length(polyline.pointsM[i] - glm::dvec2(onRail.x, onRail.z)), 0.0, 1e-12);
        if (i > 0) {
            EXPECT_GT(polyline.distancesM[i], polyline.distancesM[i - 1]);
        }
    }
    double worst = 0.0;
    for (int k = 0; k <= samples; ++k) {
        const glm::dvec3 p = rail.pointAt(rail.lengthM() * k / samples).positionM;
        worst = std::max(worst, distanceToPolylineM({p.x, p.z}, polyline.pointsM));
    }
    EXPECT_LE(worst, toleranceM);
}

// Nine points on a half circle of radius 5 m round the origin, rising 0.1 m per point (heights do
// not show on the plan).
std::vector<glm::dvec3> halfCircle()
{
    std::vector<glm::dvec3> points;
    for (int i = 0; i <= 8; ++i) {
        const double a = std::numbers::pi * i / 8.0;
        points.push_back({5.0 * std::cos(a), 0.1 * i, -5.0 * std::sin(a)});
    }
    return points;
}

} // namespace

// A straight 2-point rail from (0, 0, 0) to (4, 0, -3) is 5 m long (3-4-5) and every vertex lies on
// the line 3x + 4z = 0 between its ends.
TEST(PlanRail, StraightRail)
{
    const std::vector<glm::dvec3> points{{0.0, 0.0, 0.0}, {4.0, 0.0, -3.0}};
    auto rail = Rail::catmullRom(points);
    ASSERT_TRUE(rail.ok());
    auto polyline = planRailPolyline(*rail, 0.03);
    ASSERT_TRUE(polyline.ok()) << polyline.error().describe();
    EXPECT_NEAR(rail->lengthM(), 5.0, 1e-12);
    EXPECT_NEAR(glm::length(polyline->pointsM.front() - glm::dvec2(0.0, 0.0)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(polyline->pointsM.back() - glm::dvec2(4.0, -3.0)), 0.0, 1e-12);
    for (const glm::dvec2& p : polyline->pointsM)
        EXPECT_NEAR(3.0 * p.x + 4.0 * p.y, 0.0, 1e-12);
    // Nothing to refine on a straight line: the four initial pieces of its one segment.
    EXPECT_EQ(polyline->pointsM.size(), 5u);
}

TEST(PlanRail, CurvedRailsMeetTheChordTolerance)
{
    auto arc = Rail::catmullRom(halfCircle());
    ASSERT_TRUE(arc.ok());
    for (double tolerance : {0.03, 0.01, 0.001}) {
        auto polyline = planRailPolyline(*arc, tolerance);
        ASSERT_TRUE(polyline.ok());
        expectWithinTolerance(*arc, *polyline, tolerance);
    }

    // An S-bend: the middle of a piece may sit on its chord while its quarters do not.
    const std::vector<glm::dvec3> wiggle{{0.0, 0.0, 0.0}, {2.0, 0.0, -1.0}, {4.0, 0.0, 1.0}, {6.0, 0.0, -1.0}, {8.0, 0.0, 0.0}};
    auto sBend = Rail::catmullRom(wiggle);
    ASSERT_TRUE(sBend.ok());
    auto polyline = planRailPolyline(*sBend, 0.01);
    ASSERT_TRUE(polyline.ok());
    expectWithinTolerance(*sBend, *polyline, 0.01);

    // A Bezier rail with a zero-length handle (a corner) and a long loose handle.
    const std::vector<BezierRailPoint> bezier{
        {{0.0, 0.0, 0.0}, {0.0, 0.0, 0.0}, {3.0, 0.0, 0.0}},
        {{4.0, 0.0, -4.0}, {0.0, 0.0, 0.0}, {0.0, 0.0, -6.0}},
        {{0.0, 0.0, -8.0}, {4.0, 0.0, 2.0}, {0.0, 0.0, 0.0}},
    };
    auto curvy = Rail::bezier(bezier);
    ASSERT_TRUE(curvy.ok());
    auto bezierLine = planRailPolyline(*curvy, 0.02);
    ASSERT_TRUE(bezierLine.ok());
    expectWithinTolerance(*curvy, *bezierLine, 0.02);
}

// A circle of radius R drawn with chords of at most e needs chords no longer than 2 sqrt(2 R e - e^2):
// for the 5 m half circle at 3 cm that is 2 sqrt(0.3 - 0.0009) = 1.0938 m, so at least
// (5 pi) / 1.0938 = 14.4 chords. A finer tolerance cannot use fewer vertices than a coarser one needs.
TEST(PlanRail, FinerToleranceMeansMoreVertices)
{
    auto arc = Rail::catmullRom(halfCircle());
    ASSERT_TRUE(arc.ok());
    auto coarse = planRailPolyline(*arc, 0.03);
    auto fine = planRailPolyline(*arc, 0.003);
    ASSERT_TRUE(coarse.ok());
    ASSERT_TRUE(fine.ok());
    EXPECT_GE(coarse->pointsM.size(), 15u);
    EXPECT_GT(fine->pointsM.size(), coarse->pointsM.size());
}

TEST(PlanRail, RefusesAToleranceOutOfRange)
{
    auto rail = Rail::catmullRom(halfCircle());
    ASSERT_TRUE(rail.ok());
    EXPECT_EQ(planRailPolyline(*rail, 0.0).error().field, "chordToleranceM");
    EXPECT_EQ(planRailPolyline(*rail, 5.0).error().field, "chordToleranceM");
    EXPECT_EQ(planRailPolyline(*rail, std::nan("")).error().field, "chordToleranceM");
}

// Blocking: A (0, 0, 0) facing 0, leaving at 1 s; B (0, 0, -7) facing 90 reached at 6 s: a straight
// 7 m walk in 5 s, 1.4 m/s. Then to C (4, 0, -7) via (2, 0, -9), arriving at 10 s; then a turn on
// the spot at C (D at the same place).
TEST(PlanBlocking, MarksWalksAndViaPoints)
{
    Mark a;
    a.name = "A";
    a.leaveAt = 1 * kS;
    Mark b;
    b.name = "B";
    b.positionM = {0.0, 0.0, -7.0};
    b.facingDeg = 90.0;
    b.arriveAt = 6 * kS;
    b.leaveAt = 7 * kS;
    Mark c;
    c.name = "C";
    c.positionM = {4.0, 0.0, -7.0};
    c.viaM = {{2.0, 0.0, -9.0}};
    c.arriveAt = 10 * kS;
    c.leaveAt = 11 * kS;
    Mark d = c;
    d.name = "D";
    d.viaM.clear();
    d.facingDeg = 180.0;
    d.arriveAt = 12 * kS;
    d.leaveAt = 12 * kS;
    auto blocking = makeActorBlocking("Anna", {a, b, c, d});
    ASSERT_TRUE(blocking.ok()) << blocking.error().describe();

    auto plan = planBlocking(*blocking, 0.01);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->actor, "Anna");
    ASSERT_EQ(plan->marks.size(), 4u);
    EXPECT_EQ(plan->marks[1].name, "B");
    EXPECT_NEAR(glm::length(plan->marks[1].positionM - glm::dvec2(0.0, -7.0)), 0.0, 1e-15);
    // Facing 0 looks towards -Z, (0, -1); facing 90 towards -X, (-1, 0).
    EXPECT_NEAR(glm::length(plan->marks[0].facingDirection - glm::dvec2(0.0, -1.0)), 0.0, 1e-15);
    EXPECT_NEAR(glm::length(plan->marks[1].facingDirection - glm::dvec2(-1.0, 0.0)), 0.0, 1e-15);
    EXPECT_EQ(plan->marks[1].arriveAt, 6 * kS);
    EXPECT_EQ(plan->marks[1].leaveAt, 7 * kS);

    ASSERT_EQ(plan->walks.size(), 3u);
    const PlanWalk& first = plan->walks[0];
    EXPECT_EQ(first.fromMark, 0u);
    EXPECT_EQ(first.leaveAt, 1 * kS);
    EXPECT_EQ(first.arriveAt, 6 * kS);
    EXPECT_NEAR(first.lengthM, 7.0, 1e-12);
    EXPECT_NEAR(first.speedMps, 1.4, 1e-12);
    EXPECT_TRUE(first.viaM.empty());

    const PlanWalk& second = plan->walks[1];
    ASSERT_EQ(second.viaM.size(), 1u);
    EXPECT_NEAR(glm::length(second.viaM[0] - glm::dvec2(2.0, -9.0)), 0.0, 1e-15);
    // The walk passes through its via point and ends on C; it is longer than the two straight legs
    // it bends round: 2 * sqrt(2^2 + 2^2) = 5.657 m.
    EXPECT_LE(distanceToPolylineM({2.0, -9.0}, second.path.pointsM), 1e-12);
    EXPECT_NEAR(glm::length(second.path.pointsM.back() - glm::dvec2(4.0, -7.0)), 0.0, 1e-12);
    EXPECT_GT(second.lengthM, 2.0 * std::sqrt(8.0));
    EXPECT_NEAR(second.speedMps, second.lengthM / 3.0, 1e-12);

    const PlanWalk& turn = plan->walks[2];
    EXPECT_TRUE(turn.path.pointsM.empty());
    EXPECT_EQ(turn.lengthM, 0.0);
    EXPECT_EQ(turn.speedMps, 0.0);
}

TEST(PlanBlocking, RefusesABlockingWhoseWalksWereNotBuilt)
{
    ActorBlocking raw;
    raw.actor = "Anna";
    raw.marks = {Mark{}, Mark{}};
    EXPECT_EQ(planBlocking(raw, 0.03, "scenes[0].blocking[2]").error().field, "scenes[0].blocking[2].walks");
}

// An actor of 1.8 m: plan radius half the shoulder breadth, 0.5 * 0.259 * 1.8 = 0.2331 m (Drillis & Contini).
TEST(PlanActor, PositionFacingAndSize)
{
    Actor anna;
    anna.name = "Anna";
    anna.heightM = 1.8;
    ActorPose pose;
    pose.positionM = {1.0, 0.0, 2.0};
    pose.facingDeg = -90.0;
    pose.walking = true;
    pose.speedMps = 1.2;
    const PlanActor plan = planActor(3, anna, pose);
    EXPECT_EQ(plan.index, 3u);
    EXPECT_EQ(plan.name, "Anna");
    EXPECT_NEAR(glm::length(plan.positionM - glm::dvec2(1.0, 2.0)), 0.0, 1e-15);
    // Facing -90 looks towards +X.
    EXPECT_NEAR(glm::length(plan.facingDirection - glm::dvec2(1.0, 0.0)), 0.0, 1e-15);
    EXPECT_NEAR(plan.radiusM, 0.2331, 1e-12);
    EXPECT_TRUE(plan.walking);
    EXPECT_EQ(plan.speedMps, 1.2);
}

// A 50 mm lens on a 36 mm-wide gate: half the horizontal angle of view is atan(18 / 50) = 19.7989 deg.
// The lens at (0, 1.6, 5) panned 0 looks towards -Z; 10 m deep the frame is 10 * 36 / 50 = 7.2 m wide,
// so the far corners are (-3.6, -5) (the camera's left) and (3.6, -5); at the 3 m focus distance
// the frame is 2.16 m wide: (-1.08, 2) and (1.08, 2).
TEST(PlanWedge, FiftyMillimetreOnAThirtySixMillimetreGate)
{
    CameraState camera;
    camera.positionM = {0.0, 1.6, 5.0};
    camera.focalLengthMm = 50.0;
    camera.focusDistanceM = 3.0;
    camera.gate = Gate{36.0, 24.0, 1.0};
    auto wedge = planViewWedge(camera, 10.0);
    ASSERT_TRUE(wedge.ok()) << wedge.error().describe();
    EXPECT_NEAR(wedge->halfAngleDeg, 19.798876354524932, 1e-9);
    EXPECT_NEAR(glm::length(wedge->apexM - glm::dvec2(0.0, 5.0)), 0.0, 1e-15);
    EXPECT_NEAR(glm::length(wedge->axisDirection - glm::dvec2(0.0, -1.0)), 0.0, 1e-15);
    EXPECT_NEAR(glm::length(wedge->farLeftM - glm::dvec2(-3.6, -5.0)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(wedge->farRightM - glm::dvec2(3.6, -5.0)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(wedge->focusLeftM - glm::dvec2(-1.08, 2.0)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(wedge->focusRightM - glm::dvec2(1.08, 2.0)), 0.0, 1e-12);
    EXPECT_EQ(wedge->lengthM, 10.0);
    EXPECT_EQ(wedge->focusDistanceM, 3.0);

    // Panned 90 the camera looks towards -X; its right hand points to -Z, its left to +Z:
    // far left (0 - 10, 5 + 3.6) = (-10, 8.6), far right (-10, 1.4).
    camera.panDeg = 90.0;
    auto turned = planViewWedge(camera, 10.0);
    ASSERT_TRUE(turned.ok());
    EXPECT_NEAR(glm::length(turned->farLeftM - glm::dvec2(-10.0, 8.6)), 0.0, 1e-12);
    EXPECT_NEAR(glm::length(turned->farRightM - glm::dvec2(-10.0, 1.4)), 0.0, 1e-12);
}

// Tilt and roll do not change the plan wedge; an anamorphic 2x squeeze on a 22 mm-wide gate at 50 mm
// widens it to atan(2 * 22 / (2 * 50)) = atan(0.44) = 23.7495 deg.
TEST(PlanWedge, SqueezeWidensTiltDoesNot)
{
    CameraState camera;
    camera.focalLengthMm = 50.0;
    camera.gate = Gate{22.0, 18.6, 2.0};
    camera.tiltDeg = 25.0;
    camera.rollDeg = 10.0;
    auto wedge = planViewWedge(camera, 5.0);
    ASSERT_TRUE(wedge.ok());
    EXPECT_NEAR(wedge->halfAngleDeg, 23.749494492866763, 1e-9);
    // The lens stands at the default (0, 1.6, 0); 5 m deep the half-width is 5 * 0.44 = 2.2 m.
    EXPECT_NEAR(glm::length(wedge->farRightM - glm::dvec2(2.2, -5.0)), 0.0, 1e-12);
}

TEST(PlanWedge, RefusesUnusableInput)
{
    CameraState camera;
    EXPECT_EQ(planViewWedge(camera, 0.0).error().field, "lengthM");
    EXPECT_EQ(planViewWedge(camera, std::nan("")).error().field, "lengthM");
    camera.focalLengthMm = 0.0;
    EXPECT_EQ(planViewWedge(camera, 10.0).error().field, "focalLengthMm");
    camera.focalLengthMm = 35.0;
    camera.panDeg = std::numeric_limits<double>::infinity();
    EXPECT_EQ(planViewWedge(camera, 10.0).error().field, "panDeg");
}

// The lens at (0, 1.6, 5) and Anna (1.8 m) on the origin: 5 m on the floor; her eyes are at
// 0.936 * 1.8 = 1.6848 m, so the eye line is sqrt(5^2 + 0.0848^2) = 5.000719 m.
TEST(PlanDistance, FloorAndEyeLine)
{
    CameraState camera;
    camera.positionM = {0.0, 1.6, 5.0};
    Actor anna;
    anna.name = "Anna";
    anna.heightM = 1.8;
    ActorPose pose;
    const PlanDistance readout = planDistance(camera, 0, anna, pose);
    EXPECT_EQ(readout.actor, "Anna");
    EXPECT_EQ(readout.actorIndex, 0u);
    EXPECT_NEAR(readout.floorDistanceM, 5.0, 1e-15);
    EXPECT_NEAR(readout.eyeDistanceM, 5.00071905229638, 1e-12);
    EXPECT_NEAR(glm::length(readout.lensM - glm::dvec2(0.0, 5.0)), 0.0, 1e-15);
    EXPECT_NEAR(glm::length(readout.actorM - glm::dvec2(0.0, 0.0)), 0.0, 1e-15);
    EXPECT_NEAR(glm::length(readout.labelAnchorM - glm::dvec2(0.0, 2.5)), 0.0, 1e-15);

    // 3 m across and 4 m along: a 5 m floor distance (3-4-5), the eye line as before.
    pose.positionM = {3.0, 0.0, 1.0};
    const PlanDistance diagonal = planDistance(camera, 0, anna, pose);
    EXPECT_NEAR(diagonal.floorDistanceM, 5.0, 1e-12);
    EXPECT_NEAR(diagonal.eyeDistanceM, 5.00071905229638, 1e-12);
}
