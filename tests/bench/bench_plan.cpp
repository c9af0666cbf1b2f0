// Benchmarks of the plan view's geometry: outlines of a 500-piece set (rebuilt whenever a piece
// changes), the paths of a shot (rail, camera path per frame, wedge; rebuilt when the shot changes),
// the whole plan at one moment (rebuilt on every scrub of the plan's time) and a hit test
// (on every mouse press over the plan).

#include <benchmark/benchmark.h>

#include <cmath>
#include <string>
#include <vector>

#include "core/plan/plan_hit_test.h"
#include "core/plan/plan_outline.h"
#include "core/plan/plan_paths.h"
#include "core/plan/plan_scene.h"
#include "core/scene/shot_evaluator.h"

namespace {

using namespace murnau;

constexpr Flicks kS = kFlicksPerSecond;

// A 500-piece set on a 25 x 20 grid, 2 m apart: boxes, cylinders of 0.4-1.3 m, walls with a door
// and a window, 12-step stairs and models with and without collision boxes, each turned a little.
SetDescription fiveHundredPieces()
{
    SetDescription set;
    set.floorSizeM = {60.0, 60.0};
    for (int i = 0; i < 500; ++i) {
        SetPiece piece;
        piece.name = "piece " + std::to_string(i);
        piece.positionM = {2.0 * (i % 25) - 24.0, 0.0, 2.0 * (i / 25) - 20.0};
        piece.yawDeg = 7.0 * i;
        switch (i % 5) {
        case 0:
            piece.shape = SetPieceShape::Box;
            piece.sizeM = {1.2, 0.9, 0.6};
            break;
        case 1:
            piece.shape = SetPieceShape::Cylinder;
            piece.sizeM = {0.4 + 0.1 * (i % 10), 2.0, 0.0};
            break;
        case 2:
            piece.shape = SetPieceShape::Wall;
            piece.sizeM = {4.0, 2.6, 0.15};
            piece.openings = {WallOpening{OpeningKind::Door, -0.8, 0.9, 2.1, 0.0},
                              WallOpening{OpeningKind::Window, 1.0, 1.2, 1.1, 0.9}};
            break;
        case 3:
            piece.shape = SetPieceShape::Stairs;
            piece.sizeM = {1.0, 2.1, 3.0};
            piece.stepCount = 12;
            break;
        default:
            piece.shape = SetPieceShape::Model;
            piece.sizeM = i % 2 == 0 ? glm::dvec3(1.5, 1.0, 0.8) : glm::dvec3(0.0);
            piece.modelPath = "models/prop.glb";
            break;
        }
        set.pieces.push_back(piece);
    }
    return set;
}

Keyframe key(Flicks time, double value, Interpolation interpolation = Interpolation::Bezier)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = interpolation;
    return k;
}

// A 20 s shot at 24 fps (480 frames) on a winding 12-point rail, the dolly easing along 30 m of it,
// looking at Anna, who walks three marks; the 500-piece set around them.
Project shotProject()
{
    Project project;
    project.set = fiveHundredPieces();
    Actor anna;
    anna.name = "Anna";
    anna.heightM = 1.7;
    Actor ben;
    ben.name = "Ben";
    ben.positionM = {3.0, 0.0, -6.0};
    project.actors = {anna, ben};
    CameraSetup camera;
    camera.name = "A";
    camera.sensor = *findSensorPreset("full-frame");
    camera.deliveryAspect = 2.39;
    project.cameras = {camera};

    Mark a;
    a.name = "A";
    a.leaveAt = 2 * kS;
    Mark b;
    b.name = "B";
    b.positionM = {4.0, 0.0, -8.0};
    b.viaM = {{1.0, 0.0, -5.0}};
    b.arriveAt = 9 * kS;
    b.leaveAt = 11 * kS;
    Mark c;
    c.name = "C";
    c.positionM = {-3.0, 0.0, -14.0};
    c.arriveAt = 18 * kS;
    c.leaveAt = 18 * kS;
    Scene scene;
    scene.number = "1";
    scene.blocking = {makeActorBlocking("Anna", {a, b, c}).value()};

    Shot shot;
    shot.id = "sh-0001";
    shot.number = "1";
    shot.camera = "A";
    shot.durationFlicks = 20 * kS;
    std::vector<glm::dvec3> railPoints;
    for (int i = 0; i < 12; ++i)
        railPoints.push_back({2.0 * std::sin(0.6 * i) + 2.0, 0.0, 3.0 - 2.8 * i});
    shot.rig.rail = makeCatmullRomPath(railPoints).value();
    (void)shot.rig.channel(RigChannel::Dolly).insertKey(key(0, 0.0));
    (void)shot.rig.channel(RigChannel::Dolly).insertKey(key(20 * kS, 30.0));
    (void)shot.rig.channel(RigChannel::Pedestal).insertKey(key(0, 1.5, Interpolation::Linear));
    (void)shot.rig.channel(RigChannel::FocalLength).insertKey(key(0, 35.0, Interpolation::Linear));
    shot.rig.aim = AimMode::LookAtActor;
    shot.rig.aimActor = "Anna";
    shot.rig.focusActor = "Anna";
    scene.shots = {shot};
    project.scenes = {scene};
    return project;
}

void BM_PlanOutlines500Pieces(benchmark::State& state)
{
    const SetDescription set = fiveHundredPieces();
    for (auto _ : state) {
        auto outlines = planOutlines(set);
        benchmark::DoNotOptimize(outlines);
    }
}
BENCHMARK(BM_PlanOutlines500Pieces)->Unit(benchmark::kMicrosecond);

// The shot's moving parts: its rail at 3 cm, the camera's path on every frame (480) and the wedge.
void BM_PlanShotPaths(benchmark::State& state)
{
    const Project project = shotProject();
    const Scene& scene = project.scenes[0];
    const Shot& shot = scene.shots[0];
    auto evaluator = ShotEvaluator::create(project, scene, shot);
    if (!evaluator) {
        state.SkipWithError(evaluator.error().describe().c_str());
        return;
    }
    for (auto _ : state) {
        auto track = planTrack(shot);
        auto path = planCameraPath(*evaluator);
        auto wedge = planViewWedge(evaluator->cameraAt(10 * kS), 10.0);
        benchmark::DoNotOptimize(track);
        benchmark::DoNotOptimize(path);
        benchmark::DoNotOptimize(wedge);
    }
}
BENCHMARK(BM_PlanShotPaths)->Unit(benchmark::kMicrosecond);

// Everything at once: the 500 pieces, the blocking, the shot's track, path, camera and readouts.
void BM_PlanSceneWithShot(benchmark::State& state)
{
    const Project project = shotProject();
    PlanRequest request;
    request.sceneIndex = 0;
    request.shotId = "sh-0001";
    request.time = 10 * kS;
    for (auto _ : state) {
        auto plan = buildPlanScene(project, request);
        benchmark::DoNotOptimize(plan);
    }
}
BENCHMARK(BM_PlanSceneWithShot)->Unit(benchmark::kMicrosecond);

// A click over the 500-piece plan that falls through every kind to a set piece.
void BM_PlanHitTest(benchmark::State& state)
{
    const Project project = shotProject();
    PlanRequest request;
    request.sceneIndex = 0;
    request.shotId = "sh-0001";
    request.time = 10 * kS;
    auto plan = buildPlanScene(project, request);
    if (!plan) {
        state.SkipWithError(plan.error().describe().c_str());
        return;
    }
    for (auto _ : state) {
        auto hit = planHitTest(*plan, {24.0, 18.0}, 0.05);
        benchmark::DoNotOptimize(hit);
    }
}
BENCHMARK(BM_PlanHitTest);

} // namespace
