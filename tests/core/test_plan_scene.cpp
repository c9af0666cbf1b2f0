// The whole plan at one moment, built from a project: the backwards tracking shot of
// test_shot_evaluator.cpp. Anna (1.8 m, eyes at 0.936 * 1.8 = 1.6848 m) walks from z = 0 to z = -7 in
// 5 s (1.4 m/s); the dolly runs a straight rail from z = -3 to z = -10 over the same 5 s with the lens
// at her eye height, looking back at her (pan 180) through a 50 mm on a full-frame body delivering
// 2.39:1 (gate 36 mm wide). At shot time t she is at z = -1.4 t and the lens at z = -3 - 1.4 t.

#include <cmath>
#include <cstdint>
#include <string>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/plan/plan_hit_test.h"
#include "core/plan/plan_scene.h"
#include "core/scene/shot_evaluator.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

Keyframe linearKey(Flicks time, double value)
{
    Keyframe key;
    key.time = time;
    key.value = value;
    key.interpolation = Interpolation::Linear;
    return key;
}

void expectPoint(const glm::dvec2& actual, const glm::dvec2& expected, double tolerance, const std::string& what = "")
{
    EXPECT_NEAR(actual.x, expected.x, tolerance) << what;
    EXPECT_NEAR(actual.y, expected.y, tolerance) << what;
}

// Anna (1.8 m) at the origin, Ben (1.7 m) at (2, 0, -20) facing 30; camera "A" full frame at 2.39:1,
// standing at its default (0, 1.6, 5) with a 35 mm; a crate and a wall with a door on the set.
Project makeProject()
{
    Project project;
    Actor anna;
    anna.name = "Anna";
    anna.heightM = 1.8;
    Actor ben;
    ben.name = "Ben";
    ben.heightM = 1.7;
    ben.positionM = {2.0, 0.0, -20.0};
    ben.facingDeg = 30.0;
    project.actors = {anna, ben};
    CameraSetup camera;
    camera.name = "A";
    const SensorFormat* fullFrame = findSensorPreset("full-frame");
    EXPECT_NE(fullFrame, nullptr);
    camera.sensor = fullFrame != nullptr ? *fullFrame : SensorFormat{};
    camera.deliveryAspect = 2.39;
    camera.focalLengthMm = 35.0;
    project.cameras = {camera};

    SetPiece crate;
    crate.name = "crate";
    crate.positionM = {4.0, 0.0, -4.0};
    SetPiece wall;
    wall.name = "wall";
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = {6.0, 2.4, 0.2};
    wall.positionM = {0.0, 0.0, -12.0};
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 0.9, 2.1, 0.0}};
    project.set.pieces = {crate, wall};
    return project;
}

// Anna walks A (0, 0, 0) -> B (0, 0, -7) from 0 to 5 s.
Scene makeScene()
{
    Mark a;
    a.name = "A";
    Mark b;
    b.name = "B";
    b.positionM = {0.0, 0.0, -7.0};
    b.arriveAt = 5 * kS;
    b.leaveAt = 5 * kS;
    Scene scene;
    scene.number = "1";
    auto blocking = makeActorBlocking("Anna", {a, b}, "scenes[0].blocking[0]");
    EXPECT_TRUE(blocking.ok());
    scene.blocking.push_back(blocking.value());
    return scene;
}

Shot makeShot()
{
    Shot shot;
    shot.id = "sh-0001";
    shot.number = "1";
    shot.camera = "A";
    shot.frameRate = {24, 1};
    shot.durationFlicks = 5 * kS;
    shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, -3.0}, {0.0, 0.0, -10.0}}).value();
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 0.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(5 * kS, 7.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Pedestal).insertKey(linearKey(0, 1.6848)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::FocalLength).insertKey(linearKey(0, 50.0)).ok());
    shot.rig.aim = AimMode::LookAtActor;
    shot.rig.aimActor = "Anna";
    shot.rig.focusActor = "Anna";
    shot.cast = {"Anna"};
    return shot;
}

Project makeProjectWithShot()
{
    Project project = makeProject();
    Scene scene = makeScene();
    scene.shots = {makeShot()};
    project.scenes = {scene};
    return project;
}

PlanRequest shotRequest(Flicks t)
{
    PlanRequest request;
    request.sceneIndex = 0;
    request.shotId = "sh-0001";
    request.time = t;
    return request;
}

} // namespace

TEST(PlanScene, ShotHalfway)
{
    auto plan = buildPlanScene(makeProjectWithShot(), shotRequest(5 * kS / 2));
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_EQ(plan->floorM.size(), 4u);
    ASSERT_EQ(plan->pieces.size(), 2u);
    EXPECT_EQ(plan->pieces[1].name, "wall");
    EXPECT_EQ(plan->pieces[1].solids.size(), 2u);
    ASSERT_TRUE(plan->sceneIndex.has_value());
    EXPECT_EQ(plan->shotId, "sh-0001");

    // At 2.5 s Anna is at z = -3.5, walking towards -Z (facing 0); Ben stands where he is set.
    ASSERT_EQ(plan->actors.size(), 2u);
    expectPoint(plan->actors[0].positionM, {0.0, -3.5}, 1e-12, "Anna");
    EXPECT_TRUE(plan->actors[0].walking);
    EXPECT_NEAR(plan->actors[0].facingDeg, 0.0, 1e-12);
    EXPECT_NEAR(plan->actors[0].speedMps, 1.4, 1e-12);
    expectPoint(plan->actors[1].positionM, {2.0, -20.0}, 0.0, "Ben");
    EXPECT_EQ(plan->actors[1].facingDeg, 30.0);

    // The lens at z = -3 - 3.5 = -6.5, 1.6848 m up, panned 180 (looking towards +Z, its left is +X).
    // Half the angle of view atan(18 / 50): 10 m deep the frame is 7.2 m wide, far left (3.6, 3.5).
    ASSERT_EQ(plan->cameras.size(), 1u);
    const PlanCamera& camera = plan->cameras[0];
    EXPECT_EQ(camera.name, "A");
    EXPECT_EQ(camera.cameraIndex, 0u);
    EXPECT_EQ(camera.shotId, "sh-0001");
    expectPoint(camera.positionM, {0.0, -6.5}, 1e-12, "lens");
    EXPECT_NEAR(camera.heightM, 1.6848, 1e-12);
    EXPECT_EQ(camera.panDeg, 180.0);
    EXPECT_EQ(camera.focalLengthMm, 50.0);
    EXPECT_NEAR(camera.wedge.halfAngleDeg, 19.798876354524932, 1e-9);
    expectPoint(camera.wedge.farLeftM, {3.6, 3.5}, 1e-12, "far left");
    expectPoint(camera.wedge.farRightM, {-3.6, 3.5}, 1e-12, "far right");
    // Focus follows Anna's eyes, 3 m away: the focus line crosses at z = -6.5 + 3 = -3.5.
    expectPoint(0.5 * (camera.wedge.focusLeftM + camera.wedge.focusRightM), {0.0, -3.5}, 1e-12, "focus");

    // The cast is Anna alone: 3 m on the floor and 3 m to her eyes (the lens is at her eye height).
    ASSERT_EQ(plan->distances.size(), 1u);
    EXPECT_EQ(plan->distances[0].actor, "Anna");
    EXPECT_NEAR(plan->distances[0].floorDistanceM, 3.0, 1e-12);
    EXPECT_NEAR(plan->distances[0].eyeDistanceM, 3.0, 1e-12);

    // The rail with its two points; 120 frames of path (5 s at 24 fps), frame k at z = -3 - 1.4 k / 24.
    ASSERT_TRUE(plan->track.has_value());
    EXPECT_TRUE(plan->track->isRail);
    ASSERT_EQ(plan->track->railPointsM.size(), 2u);
    expectPoint(plan->track->railPointsM[1], {0.0, -10.0}, 0.0, "rail point 1");
    expectPoint(plan->track->path.pointsM.front(), {0.0, -3.0}, 1e-12, "rail start");
    expectPoint(plan->track->path.pointsM.back(), {0.0, -10.0}, 1e-12, "rail end");
    ASSERT_EQ(plan->cameraPath.size(), 120u);
    for (std::size_t k = 0; k < plan->cameraPath.size(); ++k) {
        const PlanCameraSample& sample = plan->cameraPath[k];
        EXPECT_EQ(sample.frame, static_cast<std::int64_t>(k));
        EXPECT_EQ(sample.time, static_cast<Flicks>(k) * (kS / 24));
        expectPoint(sample.positionM, {0.0, -3.0 - 1.4 * static_cast<double>(k) / 24.0}, 1e-12, "path");
        EXPECT_NEAR(sample.heightM, 1.6848, 1e-12);
    }

    ASSERT_EQ(plan->blocking.size(), 1u);
    EXPECT_EQ(plan->blocking[0].marks.size(), 2u);
    // The floor (40 x 40 m by default) holds everything else: the bounds are the floor's.
    EXPECT_NEAR(plan->boundsM.minM.x, -20.0, 1e-12);
    EXPECT_NEAR(plan->boundsM.maxM.y, 20.0, 1e-12);
}

// Clicking the built plan: the rail's second point, the camera, Anna and the crate each report
// their identity in the document.
TEST(PlanScene, HitTestNamesDocumentItems)
{
    auto plan = buildPlanScene(makeProjectWithShot(), shotRequest(5 * kS / 2));
    ASSERT_TRUE(plan.ok()) << plan.error().describe();

    auto rail = planHitTest(*plan, {0.05, -10.0}, 0.1);
    ASSERT_TRUE(rail.ok());
    EXPECT_EQ(rail->kind, PlanItemKind::RailPoint);
    EXPECT_EQ(rail->index, 1u);
    EXPECT_EQ(rail->shotId, "sh-0001");
    ASSERT_TRUE(rail->sceneIndex.has_value());
    EXPECT_EQ(*rail->sceneIndex, 0u);

    auto camera = planHitTest(*plan, {0.0, -6.45}, 0.1);
    ASSERT_TRUE(camera.ok());
    EXPECT_EQ(camera->kind, PlanItemKind::Camera);
    EXPECT_EQ(camera->name, "A");
    EXPECT_EQ(camera->shotId, "sh-0001");

    auto anna = planHitTest(*plan, {0.1, -3.5}, 0.05);
    ASSERT_TRUE(anna.ok());
    EXPECT_EQ(anna->kind, PlanItemKind::Actor);
    EXPECT_EQ(anna->name, "Anna");

    auto mark = planHitTest(*plan, {0.0, -7.0}, 0.1);
    ASSERT_TRUE(mark.ok());
    EXPECT_EQ(mark->kind, PlanItemKind::Mark);
    EXPECT_EQ(mark->index, 1u);
    EXPECT_EQ(mark->blockingIndex, 0u);

    auto crate = planHitTest(*plan, {4.2, -4.3}, 0.05);
    ASSERT_TRUE(crate.ok());
    EXPECT_EQ(crate->kind, PlanItemKind::SetPiece);
    EXPECT_EQ(crate->name, "crate");
    expectPoint(crate->anchorM, {4.0, -4.0}, 0.0, "crate");
}

// Without a rail the track is the straight stretch the dolly covers: origin (0, 0, 2), heading 0
// (towards -Z), dolly 1 -> 4 m over the shot: from (0, 2 - 1) = (0, 1) to (0, 2 - 4) = (0, -2).
TEST(PlanScene, StraightTrackCoversTheDollyTravel)
{
    Shot shot = makeShot();
    shot.rig.rail.reset();
    shot.rig.originM = {0.0, 0.0, 2.0};
    shot.rig.channel(RigChannel::Dolly).clear();
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 1.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(5 * kS, 4.0)).ok());
    auto track = planTrack(shot);
    ASSERT_TRUE(track.ok()) << track.error().describe();
    EXPECT_FALSE(track->isRail);
    EXPECT_TRUE(track->railPointsM.empty());
    ASSERT_EQ(track->path.pointsM.size(), 2u);
    expectPoint(track->path.pointsM[0], {0.0, 1.0}, 1e-12, "start");
    expectPoint(track->path.pointsM[1], {0.0, -2.0}, 1e-12, "end");
    EXPECT_NEAR(track->path.distancesM[0], 1.0, 1e-12);
    EXPECT_NEAR(track->path.distancesM[1], 4.0, 1e-12);

    shot.rig.headingDeg = std::nan("");
    EXPECT_EQ(planTrack(shot).error().field, "shot.rig.headingDeg");
    shot = makeShot();
    shot.rig.rail->built.reset();
    EXPECT_EQ(planTrack(shot).error().field, "shot.rig.rail");
}

// Every 50 frames of 120: frames 0, 50, 100 and the last, 119. The readout at 1 s: 3 m, 3 m.
TEST(PlanScene, CameraPathStrideAndReadout)
{
    const Project project = makeProjectWithShot();
    auto evaluator = ShotEvaluator::create(project, project.scenes[0], project.scenes[0].shots[0]);
    ASSERT_TRUE(evaluator.ok()) << evaluator.error().describe();
    auto path = planCameraPath(*evaluator, 50);
    ASSERT_TRUE(path.ok());
    ASSERT_EQ(path->size(), 4u);
    EXPECT_EQ((*path)[2].frame, 100);
    EXPECT_EQ((*path)[3].frame, 119);
    expectPoint((*path)[3].positionM, {0.0, -3.0 - 1.4 * 119.0 / 24.0}, 1e-12, "last frame");
    EXPECT_EQ(planCameraPath(*evaluator, 0).error().field, "everyFrames");

    auto readout = planDistanceAt(*evaluator, 0, kS);
    ASSERT_TRUE(readout.ok());
    EXPECT_NEAR(readout->floorDistanceM, 3.0, 1e-12);
    EXPECT_NEAR(readout->eyeDistanceM, 3.0, 1e-12);
    expectPoint(readout->actorM, {0.0, -1.4}, 1e-12, "Anna at 1 s");
    EXPECT_EQ(planDistanceAt(*evaluator, 2, kS).error().field, "actorIndex");
}

// The scene without a shot at action time 2.5 s: Anna where her blocking puts her (0, -3.5), the
// camera setup where it stands, (0, 1.6, 5), with its 35 mm: half angle atan(18 / 35) = 27.2161 deg.
// Readouts from it: Anna 8.5 m on the floor, sqrt(8.5^2 + 0.0848^2) = 8.500423 m to her eyes; Ben
// sqrt(2^2 + 25^2) = 25.079872 m, eyes at 0.936 * 1.7 = 1.5912 m: sqrt(629 + 0.0088^2) = 25.079874 m.
TEST(PlanScene, SceneWithoutAShot)
{
    PlanRequest request;
    request.sceneIndex = 0;
    request.time = 5 * kS / 2;
    auto plan = buildPlanScene(makeProjectWithShot(), request);
    ASSERT_TRUE(plan.ok()) << plan.error().describe();
    EXPECT_TRUE(plan->shotId.empty());
    EXPECT_FALSE(plan->track.has_value());
    EXPECT_TRUE(plan->cameraPath.empty());
    ASSERT_EQ(plan->actors.size(), 2u);
    expectPoint(plan->actors[0].positionM, {0.0, -3.5}, 1e-12, "Anna");
    ASSERT_EQ(plan->cameras.size(), 1u);
    EXPECT_TRUE(plan->cameras[0].shotId.empty());
    expectPoint(plan->cameras[0].positionM, {0.0, 5.0}, 0.0, "camera");
    EXPECT_NEAR(plan->cameras[0].wedge.halfAngleDeg, 27.216111557307475, 1e-9);
    ASSERT_EQ(plan->distances.size(), 2u);
    EXPECT_NEAR(plan->distances[0].floorDistanceM, 8.5, 1e-12);
    EXPECT_NEAR(plan->distances[0].eyeDistanceM, 8.500422991828112, 1e-12);
    EXPECT_NEAR(plan->distances[1].floorDistanceM, 25.079872407968907, 1e-12);
    EXPECT_NEAR(plan->distances[1].eyeDistanceM, 25.079873951836362, 1e-12);

    // No scene: Anna stands at her Actor position and there is no blocking.
    auto bare = buildPlanScene(makeProjectWithShot(), PlanRequest{});
    ASSERT_TRUE(bare.ok());
    EXPECT_FALSE(bare->sceneIndex.has_value());
    EXPECT_TRUE(bare->blocking.empty());
    expectPoint(bare->actors[0].positionM, {0.0, 0.0}, 0.0, "Anna");
}

TEST(PlanScene, RefusesWhatCannotBeShown)
{
    const Project project = makeProjectWithShot();
    PlanRequest request = shotRequest(0);
    request.sceneIndex = 3;
    EXPECT_EQ(buildPlanScene(project, request).error().field, "sceneIndex");
    request = shotRequest(0);
    request.shotId = "sh-9999";
    EXPECT_EQ(buildPlanScene(project, request).error().field, "shotId");
    request.sceneIndex.reset();
    request.shotId = "sh-0001";
    EXPECT_EQ(buildPlanScene(project, request).error().field, "shotId");

    request = shotRequest(0);
    request.options.wedgeLengthM = 0.0;
    EXPECT_EQ(buildPlanScene(project, request).error().field, "wedgeLengthM");
    request = shotRequest(0);
    request.options.cameraPathEveryFrames = 0;
    EXPECT_EQ(buildPlanScene(project, request).error().field, "cameraPathEveryFrames");
    request = shotRequest(0);
    request.options.outlineChordToleranceM = -1.0;
    EXPECT_EQ(buildPlanScene(project, request).error().field, "outlineChordToleranceM");
    request = shotRequest(0);
    request.options.pathChordToleranceM = 2.0;
    EXPECT_EQ(buildPlanScene(project, request).error().field, "pathChordToleranceM");

    Project broken = project;
    broken.set.pieces[1].sizeM.z = -0.2;
    EXPECT_EQ(buildPlanScene(broken, shotRequest(0)).error().field, "set.pieces[1].sizeM");
    broken = project;
    broken.scenes[0].shots[0].camera = "Z";
    EXPECT_EQ(buildPlanScene(broken, shotRequest(0)).error().field, "scenes[0].shots[0].camera");
    broken = project;
    broken.cameras[0].focalLengthMm = 0.0;
    PlanRequest still;
    EXPECT_EQ(buildPlanScene(broken, still).error().field, "cameras[0].focalLengthMm");
}
