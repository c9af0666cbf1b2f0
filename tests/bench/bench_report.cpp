// Benchmarks of the feasibility report: a whole 10,000-frame shot (7 min at 24 fps, an epic oner)
// on a 50-point winding rail with every rig channel keyed, look-at aim and focus on an actor
// walking ten marks, 20 set pieces and two actors to collide with; then its JSON. Each report reads
// 10,001 instants (three RigMotions and one CameraState per instant for the derivatives, plus the
// collision and lens passes), steps at every key and mark, and the track every 5 cm.

#include <benchmark/benchmark.h>

#include <cmath>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/analysis/report_json.h"
#include "core/optics/sensor.h"

namespace {

using namespace murnau;

constexpr Flicks kS = kFlicksPerSecond;
// 10,000 frames at 24 fps.
constexpr Flicks kShotFlicks = 10'000 * (kS / 24);

struct BenchShot {
    Project project;
    Scene scene;
    Shot shot;
};

// `count` auto-clamped Bezier keys spread over the shot, alternating between low and high.
void keyChannel(CameraRig& rig, RigChannel channel, int count, double low, double high)
{
    for (int i = 0; i < count; ++i) {
        Keyframe key;
        key.time = kShotFlicks * i / (count - 1);
        key.value = i % 2 == 0 ? low : high;
        (void)rig.channel(channel).insertKey(key);
    }
}

BenchShot benchShot()
{
    BenchShot b;
    Actor anna;
    anna.name = "Anna";
    anna.heightM = 1.8;
    Actor ben;
    ben.name = "Ben";
    ben.heightM = 1.7;
    ben.positionM = {30.0, 0.0, 8.0};
    b.project.actors = {anna, ben};
    CameraSetup camera;
    camera.name = "A";
    camera.sensor = *findSensorPreset("full-frame");
    camera.deliveryAspect = 2.39;
    b.project.cameras = {camera};
    for (int i = 0; i < 20; ++i) {
        SetPiece piece;
        piece.name = "Piece " + std::to_string(i);
        piece.shape = i % 2 == 0 ? SetPieceShape::Box : SetPieceShape::Cylinder;
        piece.positionM = {3.0 * i, 0.0, i % 3 == 0 ? -1.5 : 6.0};
        piece.sizeM = {0.8, 2.5, 1.2};
        piece.yawDeg = 15.0 * i;
        b.project.set.pieces.push_back(piece);
    }

    std::vector<Mark> marks;
    for (int i = 0; i < 10; ++i) {
        Mark m;
        m.name = std::to_string(i);
        m.positionM = {6.5 * i, 0.0, 4.0 + (i % 2 == 0 ? 0.0 : 1.5)};
        m.arriveAt = kShotFlicks * i / 10;
        m.leaveAt = m.arriveAt + kS;
        if (i > 0)
            m.viaM = {{6.5 * i - 3.0, 0.0, 3.0}};
        marks.push_back(m);
    }
    b.scene.blocking.push_back(makeActorBlocking("Anna", marks).value());

    // A 50-point winding rail with a slow rise; the dolly eased along its whole length.
    std::vector<glm::dvec3> points;
    for (int i = 0; i < 50; ++i)
        points.push_back({1.2 * i, 0.3 + 0.01 * i, 2.0 * std::sin(0.35 * i) + 0.5 * std::cos(1.3 * i)});
    CameraRig& rig = b.shot.rig;
    rig.rail = makeCatmullRomPath(points).value();
    Keyframe start;
    start.time = 0;
    Keyframe end;
    end.time = kShotFlicks;
    end.value = rig.rail->built->lengthM();
    (void)rig.channel(RigChannel::Dolly).insertKey(start);
    (void)rig.channel(RigChannel::Dolly).insertKey(end);
    keyChannel(rig, RigChannel::FocalLength, 5, 24.0, 85.0);
    keyChannel(rig, RigChannel::Truck, 12, -0.5, 0.5);
    keyChannel(rig, RigChannel::Pedestal, 8, 1.2, 2.4);
    keyChannel(rig, RigChannel::Pan, 6, -5.0, 5.0);
    keyChannel(rig, RigChannel::Tilt, 6, -3.0, 3.0);
    keyChannel(rig, RigChannel::FStop, 3, 2.0, 5.6);
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    rig.focusActor = "Anna";
    b.shot.camera = "A";
    b.shot.durationFlicks = kShotFlicks;
    b.shot.cast = {"Anna", "Ben"};
    return b;
}

void BM_FeasibilityReport10000Frames(benchmark::State& state)
{
    const BenchShot b = benchShot();
    FeasibilityLimits limits;
    limits.lens = LensRange{24.0, 70.0, 0.45};
    std::int64_t frames = 0;
    for (auto _ : state) {
        Result<FeasibilityReport> report = buildFeasibilityReport(b.project, b.scene, b.shot, limits);
        if (!report.ok()) {
            state.SkipWithError("the shot was refused");
            return;
        }
        frames = report->frameCount;
        benchmark::DoNotOptimize(report);
    }
    state.SetItemsProcessed(state.iterations() * frames);
}
BENCHMARK(BM_FeasibilityReport10000Frames)->Unit(benchmark::kMillisecond);

void BM_FeasibilityReportJson10000Frames(benchmark::State& state)
{
    const BenchShot b = benchShot();
    const Result<FeasibilityReport> report = buildFeasibilityReport(b.project, b.scene, b.shot);
    if (!report.ok()) {
        state.SkipWithError("the shot was refused");
        return;
    }
    for (auto _ : state) {
        std::string text = feasibilityReportToJson(report.value()).dump(2);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_FeasibilityReportJson10000Frames)->Unit(benchmark::kMicrosecond);

} // namespace
