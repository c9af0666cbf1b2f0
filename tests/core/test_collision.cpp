// Collisions: distances to set pieces and actors, the camera body driven through them, and the
// track laid through them. Entry and exit times and distances along the track are worked out
// here from the geometry: a lens moving at 1 m/s along -Z touches a solid when it comes closer
// than the body radius.

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/collision_check.h"
#include "core/analysis/collision_shapes.h"
#include "core/analysis/feasibility_report.h"
#include "core/optics/sensor.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

Keyframe linearKey(Flicks time, double value)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = Interpolation::Linear;
    return k;
}

SetPiece box(std::string name, glm::dvec3 baseM, glm::dvec3 sizeM, double yawDeg = 0.0)
{
    SetPiece piece;
    piece.name = std::move(name);
    piece.shape = SetPieceShape::Box;
    piece.positionM = baseM;
    piece.sizeM = sizeM;
    piece.yawDeg = yawDeg;
    return piece;
}

SetPiece cylinder(std::string name, glm::dvec3 baseM, double diameterM, double heightM)
{
    SetPiece piece;
    piece.name = std::move(name);
    piece.shape = SetPieceShape::Cylinder;
    piece.positionM = baseM;
    piece.sizeM = {diameterM, heightM, diameterM};
    return piece;
}

Project makeProject()
{
    Project project;
    CameraSetup camera;
    camera.name = "A";
    const SensorFormat* fullFrame = findSensorPreset("full-frame");
    EXPECT_NE(fullFrame, nullptr);
    camera.sensor = fullFrame != nullptr ? *fullFrame : SensorFormat{};
    project.cameras = {camera};
    return project;
}

// No rail: the straight track from the origin towards -Z; the dolly 0 -> 10 m over 10 s
// (1 m/s), the lens 1 m above the floor. At time t the lens is at (0, 1, -t).
Shot walkingPaceShot()
{
    Shot shot;
    shot.id = "sh-1";
    shot.number = "1";
    shot.camera = "A";
    shot.durationFlicks = 10 * kS;
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 0.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(10 * kS, 10.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Pedestal).insertKey(linearKey(0, 1.0)).ok());
    return shot;
}

FeasibilityReport build(const Project& project, const Shot& shot, const FeasibilityLimits& limits = {})
{
    const Result<FeasibilityReport> report = buildFeasibilityReport(project, Scene{}, shot, limits);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? report.value() : FeasibilityReport{};
}

// Seconds to flicks, rounded: the boundaries below are exact to the flick up to rounding.
Flicks at(double seconds)
{
    return static_cast<Flicks>(std::llround(seconds * static_cast<double>(kS)));
}

} // namespace

TEST(CollisionShapes, DistancesToBoxesAndCylinders)
{
    // A 2 x 1 x 4 box (w, h, d) on (1, 0, 1): x in [0, 2], y in [0, 1], z in [-1, 3].
    const SetPiece crate = box("crate", {1.0, 0.0, 1.0}, {2.0, 1.0, 4.0});
    EXPECT_EQ(distanceToSetPieceM(crate, {1.0, 0.5, 1.0}), 0.0);
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(crate, {5.0, 0.5, 1.0}), 3.0);        // 3 m beyond x = 2
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(crate, {1.0, 0.5, -2.0}), 1.0);       // 1 m beyond z = -1
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(crate, {5.0, 5.0, 1.0}), 5.0);        // 3-4-5 past the top edge

    // Yawed 90 degrees counter-clockwise from above, its 4 m depth lies along x:
    // local (x, z) -> world (x cos + z sin, -x sin + z cos) = (z, -x): x in [-1, 3], z in [0, 2].
    const SetPiece turned = box("turned", {1.0, 0.0, 1.0}, {2.0, 1.0, 4.0}, 90.0);
    EXPECT_NEAR(distanceToSetPieceM(turned, {3.5, 0.5, 1.0}), 0.5, 1e-12);
    EXPECT_NEAR(distanceToSetPieceM(turned, {1.0, 0.5, 2.5}), 0.5, 1e-12);
    EXPECT_NEAR(footprintDistanceM(turned, {-1.5, 1.0}), 0.5, 1e-12);

    // A unit square yawed 45 degrees has corners on the axes at sqrt(1/2): a point on the z axis
    // is nearest that corner.
    const SetPiece diamond = box("diamond", {0.0, 0.0, 0.0}, {1.0, 1.0, 1.0}, 45.0);
    EXPECT_NEAR(footprintDistanceM(diamond, {0.0, 2.0}), 2.0 - std::sqrt(0.5), 1e-12);
    EXPECT_NEAR(footprintDistanceM(diamond, {2.0, 0.0}), 2.0 - std::sqrt(0.5), 1e-12);

    // A cylinder 1 m across and 3 m high on (0, 0, 0).
    const SetPiece pillar = cylinder("pillar", {0.0, 0.0, 0.0}, 1.0, 3.0);
    EXPECT_EQ(distanceToSetPieceM(pillar, {0.3, 1.0, 0.3}), 0.0);
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(pillar, {2.5, 1.0, 0.0}), 2.0);
    EXPECT_DOUBLE_EQ(distanceToSetPieceM(pillar, {0.0, 5.0, 0.0}), 2.0);       // 2 m above the top
    EXPECT_NEAR(distanceToSetPieceM(pillar, {3.5, 7.0, 0.0}), 5.0, 1e-12);     // 3-4-5 past the rim
    EXPECT_DOUBLE_EQ(footprintDistanceM(pillar, {0.0, -1.5}), 1.0);
    EXPECT_DOUBLE_EQ(distanceToCylinderM({0.0, 0.0, -8.0}, 0.25, 1.8, {0.0, 1.0, -7.0}), 0.75);
}

TEST(CameraCollision, CameraDrivenThroughABoxTouchesItBetweenTheHandWorkedTimes)
{
    // "Pillar 3": a 1 x 2 x 1 box on (0, 0, -5): z in [-5.5, -4.5]. The lens (0, 1, -t) carries
    // a 0.35 m body: contact while -t lies within 0.35 m of [-5.5, -4.5], t in (4.15, 5.85).
    Project project = makeProject();
    project.set.pieces = {box("Pillar 3", {0.0, 0.0, -5.0}, {1.0, 2.0, 1.0})};
    const FeasibilityReport report = build(project, walkingPaceShot());

    ASSERT_EQ(report.rigCollisions.size(), 1u);
    const RigCollision& c = report.rigCollisions[0];
    EXPECT_EQ(c.kind, ObstacleKind::SetPiece);
    EXPECT_EQ(c.name, "Pillar 3");
    EXPECT_NEAR(static_cast<double>(c.range.fromFlicks), static_cast<double>(at(4.15)), 2.0);
    EXPECT_NEAR(static_cast<double>(c.range.toFlicks), static_cast<double>(at(5.85)), 2.0);
    EXPECT_EQ(c.closestM, 0.0);   // the lens itself goes through

    std::vector<FeasibilityWarning> warnings;
    for (const FeasibilityWarning& w : report.warnings) {
        if (w.kind == WarningKind::RigCollision)
            warnings.push_back(w);
    }
    ASSERT_EQ(warnings.size(), 1u);
    EXPECT_EQ(warnings[0].severity, WarningSeverity::Problem);
    EXPECT_EQ(warnings[0].subject, "Pillar 3");
    EXPECT_NE(warnings[0].message.find("camera passes through set piece 'Pillar 3' from 04.15 to 05.85"),
              std::string::npos)
        << warnings[0].message;
}

TEST(CameraCollision, YawedBoxAndBodySizeSetTheContact)
{
    // A unit cube yawed 45 degrees on (0, 0, -5): its corners point along z, sqrt(1/2) m from
    // its centre. With a 0.2 m body: contact for |t - 5| < sqrt(1/2) + 0.2.
    Project project = makeProject();
    project.set.pieces = {box("Crate", {0.0, 0.0, -5.0}, {1.0, 2.0, 1.0}, 45.0)};
    FeasibilityLimits limits;
    limits.collision.cameraRadiusM = 0.2;
    const FeasibilityReport report = build(project, walkingPaceShot(), limits);
    ASSERT_EQ(report.rigCollisions.size(), 1u);
    const double reach = std::sqrt(0.5) + 0.2;
    EXPECT_NEAR(static_cast<double>(report.rigCollisions[0].range.fromFlicks), static_cast<double>(at(5.0 - reach)),
                2.0);
    EXPECT_NEAR(static_cast<double>(report.rigCollisions[0].range.toFlicks), static_cast<double>(at(5.0 + reach)),
                2.0);

    // Hung above the lens's path (base at 1.5 m) with a 0.35 m body: the lens at 1 m keeps 0.5 m
    // below it, clear.
    project.set.pieces = {box("Beam", {0.0, 1.5, -5.0}, {1.0, 0.5, 1.0})};
    EXPECT_TRUE(build(project, walkingPaceShot()).rigCollisions.empty());
}

TEST(CameraCollision, ActorInThePathMeetsTheCameraBodyAndTheDolly)
{
    // Ben, 1.8 m, stands on the track at (0, 0, -8): a 0.25 m cylinder. The lens (0, 1, -t) with a
    // 0.35 m body touches him while |t - 8| < 0.25 + 0.35; the dolly, 0.4 m either side of the
    // track's centre line at (0, 0, -t), while |t - 8| < 0.25 + 0.4: it meets him first.
    Project project = makeProject();
    Actor ben;
    ben.name = "Ben";
    ben.heightM = 1.8;
    ben.positionM = {0.0, 0.0, -8.0};
    project.actors = {ben};
    const FeasibilityReport report = build(project, walkingPaceShot());
    ASSERT_EQ(report.rigCollisions.size(), 2u);

    const RigCollision& dolly = report.rigCollisions[0];
    EXPECT_EQ(dolly.body, CollisionBody::Dolly);
    EXPECT_EQ(dolly.kind, ObstacleKind::Actor);
    EXPECT_EQ(dolly.name, "Ben");
    EXPECT_NEAR(static_cast<double>(dolly.range.fromFlicks), static_cast<double>(at(8.0 - 0.65)), 2.0);
    EXPECT_NEAR(static_cast<double>(dolly.range.toFlicks), static_cast<double>(at(8.0 + 0.65)), 2.0);
    EXPECT_EQ(dolly.closestM, 0.0);   // the track runs through his feet at 8 s

    const RigCollision& camera = report.rigCollisions[1];
    EXPECT_EQ(camera.body, CollisionBody::Camera);
    EXPECT_EQ(camera.kind, ObstacleKind::Actor);
    EXPECT_NEAR(static_cast<double>(camera.range.fromFlicks), static_cast<double>(at(8.0 - 0.6)), 2.0);
    EXPECT_NEAR(static_cast<double>(camera.range.toFlicks), static_cast<double>(at(8.0 + 0.6)), 2.0);

    // Standing 1 m beside the track he is clear of both: 1 - 0.25 > 0.4 and the lens passes
    // sqrt(1 + 0) - 0.25 = 0.75 m from him.
    project.actors[0].positionM = {1.0, 0.0, -8.0};
    EXPECT_TRUE(build(project, walkingPaceShot()).rigCollisions.empty());
}

TEST(TrackCollision, RailThroughACylinderIsBlockedOverTheHandWorkedStretch)
{
    // A straight rail from (-5, 0, 2) to (5, 0, 2); "Pillar 3", 1 m across, stands on (0, 0, 2).
    // With a 0.4 m half-width the band touches it while |x| < 0.5 + 0.4: distances 5 -+ 0.9 along it.
    Project project = makeProject();
    project.set.pieces = {cylinder("Pillar 3", {0.0, 0.0, 2.0}, 1.0, 3.0),
                          box("Lamp", {0.0, 2.5, 2.0}, {0.5, 0.5, 0.5})};   // hung 2.5 m up: above the clearance
    Shot shot = walkingPaceShot();
    shot.rig.rail = makeCatmullRomPath({{-5.0, 0.0, 2.0}, {5.0, 0.0, 2.0}}).value();
    shot.rig.channel(RigChannel::Dolly).clear();
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 1.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(4 * kS, 3.0)).ok());
    FeasibilityLimits limits;
    limits.collision.trackHalfWidthM = 0.4;
    const FeasibilityReport report = build(project, shot, limits);

    ASSERT_EQ(report.trackCollisions.size(), 1u);
    EXPECT_EQ(report.trackCollisions[0].name, "Pillar 3");
    EXPECT_NEAR(report.trackCollisions[0].fromM, 5.0 - 0.9, 1e-3);
    EXPECT_NEAR(report.trackCollisions[0].toM, 5.0 + 0.9, 1e-3);
    bool warned = false;
    for (const FeasibilityWarning& w : report.warnings) {
        if (w.kind == WarningKind::TrackCollision) {
            warned = true;
            EXPECT_EQ(w.severity, WarningSeverity::Problem);
            EXPECT_EQ(w.range, (TimeRange{0, 10 * kS - 1}));
            EXPECT_NE(w.message.find("'Pillar 3' from 4.1 m to 5.9 m"), std::string::npos) << w.message;
        }
    }
    EXPECT_TRUE(warned);
    // The camera (at x = -5 + s, z = 2, s <= 3) never reaches the pillar.
    EXPECT_TRUE(report.rigCollisions.empty());
}

TEST(TrackCollision, StraightTrackIsCheckedOverTheStretchToLay)
{
    // Without a rail the track to lay runs from -0.5 to 10.5 m along -Z (travel 0..10 m plus the
    // 0.5 m margins). A wall across z in [-11, -10.8] lies beyond the stretch's end, but the band
    // (0.4 m either side of the centre line, round at the ends) reaches it from the centre line
    // at z = -10.4 on: the centre line at 10.5 m is 0.3 m from the wall's face.
    Project project = makeProject();
    project.set.pieces = {box("Wall", {0.0, 0.0, -10.9}, {4.0, 3.0, 0.2})};
    const FeasibilityReport report = build(project, walkingPaceShot());
    ASSERT_EQ(report.trackCollisions.size(), 1u);
    // Blocked where 10.8 - d < 0.4: from d = 10.4 to the end of the stretch at 10.5 (the travel
    // is read up to the end instant, one flick before 10 s: 1 m/s x 1/705,600,000 s short).
    EXPECT_NEAR(report.trackCollisions[0].fromM, 10.4, 1e-3);
    EXPECT_NEAR(report.trackCollisions[0].toM, 10.5, 1e-8);
}
