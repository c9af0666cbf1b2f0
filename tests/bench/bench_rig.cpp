// Benchmarks of rig and shot evaluation. One CameraState per rendered frame of playback or
// scrubbing (a 50-point winding rail, look-at aim and focus following an actor's eyes; then
// every channel keyed with auto-clamped Bezier keys); one RigMotion per frame of the HUD (three
// evaluations of the lens kinematics, for the jerk); and sampling a 10,000-frame shot (CLI
// `sample`, the feasibility report) with blocking and framing of two actors.

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

#include "core/optics/sensor.h"
#include "core/rig/rig_evaluator.h"
#include "core/scene/shot_evaluator.h"

namespace {

using namespace murnau;

constexpr Flicks kS = kFlicksPerSecond;
// 10,000 frames at 24 fps.
constexpr Flicks kShotFlicks = 10'000 * (kS / 24);

// A 50-point winding rail: a long sweep with lateral wiggles and a slow rise, points ~1.2 m apart.
std::vector<glm::dvec3> windingPoints()
{
    std::vector<glm::dvec3> points;
    for (int i = 0; i < 50; ++i) {
        const double x = 1.2 * i;
        points.push_back({x, 0.3 + 0.01 * i, 2.0 * std::sin(0.35 * i) + 0.5 * std::cos(1.3 * i)});
    }
    return points;
}

// `count` auto-clamped Bezier keys spread over the shot, values from `low` to `high` and back.
void keyChannel(CameraRig& rig, RigChannel channel, int count, double low, double high)
{
    for (int i = 0; i < count; ++i) {
        Keyframe key;
        key.time = kShotFlicks * i / (count - 1);
        key.value = i % 2 == 0 ? low + (high - low) * i / count : high - (high - low) * i / (2 * count);
        (void)rig.channel(channel).insertKey(key);
    }
}

// The typical rig: the winding rail with the dolly eased along its whole length, a zoom, aim
// and focus on "Anna"; the other channels at their defaults.
CameraRig railLookAtRig()
{
    CameraRig rig;
    rig.rail = makeCatmullRomPath(windingPoints()).value();
    const double lengthM = rig.rail->built->lengthM();
    Keyframe start;
    start.time = 0;
    start.value = 0.0;
    Keyframe end;
    end.time = kShotFlicks;
    end.value = lengthM;
    (void)rig.channel(RigChannel::Dolly).insertKey(start);
    (void)rig.channel(RigChannel::Dolly).insertKey(end);
    keyChannel(rig, RigChannel::FocalLength, 5, 24.0, 85.0);
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    rig.focusActor = "Anna";
    return rig;
}

// The busiest rig: as above, plus truck and pedestal moves, offsets on the look-at aim, a roll
// and a stop change: every channel keyed.
CameraRig benchRig()
{
    CameraRig rig = railLookAtRig();
    keyChannel(rig, RigChannel::Truck, 12, -0.5, 0.5);
    keyChannel(rig, RigChannel::Pedestal, 8, 1.2, 2.4);
    keyChannel(rig, RigChannel::Pan, 6, -5.0, 5.0);
    keyChannel(rig, RigChannel::Tilt, 6, -3.0, 3.0);
    keyChannel(rig, RigChannel::Roll, 4, -2.0, 2.0);
    keyChannel(rig, RigChannel::FStop, 3, 2.0, 5.6);
    return rig;
}

// Random shot times, so branch prediction and caches do not flatter the numbers.
std::vector<Flicks> randomTimes()
{
    std::mt19937_64 generator(20240611);
    std::uniform_int_distribution<Flicks> time(0, kShotFlicks);
    std::vector<Flicks> times(4096);
    for (Flicks& t : times)
        t = time(generator);
    return times;
}

// A target walking beside the rail.
RigTargets walkingTarget(Flicks t)
{
    const double seconds = flicksToSeconds(t);
    RigTarget eyes{{0.1 * seconds, 1.68, 3.0 + 0.2 * std::sin(seconds)}, {0.1, 0.0, 0.2 * std::cos(seconds)}, 1.8};
    return RigTargets{eyes, eyes};
}

// A CameraState of `rig` at random times with a walking target.
void evaluateCameraStates(benchmark::State& state, const CameraRig& rig)
{
    const std::vector<Flicks> times = randomTimes();
    std::vector<RigTargets> targets;
    for (const Flicks t : times)
        targets.push_back(walkingTarget(t));
    const Gate gate{36.0, 24.0, 1.0};
    std::size_t i = 0;
    for (auto _ : state) {
        const CameraState camera = evaluateRig(rig, times[i], gate, targets[i]);
        benchmark::DoNotOptimize(camera);
        i = (i + 1) % times.size();
    }
}

void BM_EvaluateRigCameraState(benchmark::State& state)
{
    evaluateCameraStates(state, railLookAtRig());
}
BENCHMARK(BM_EvaluateRigCameraState);

void BM_EvaluateRigCameraStateAllChannelsKeyed(benchmark::State& state)
{
    evaluateCameraStates(state, benchRig());
}
BENCHMARK(BM_EvaluateRigCameraStateAllChannelsKeyed);

void BM_EvaluateRigMotion(benchmark::State& state)
{
    const CameraRig rig = benchRig();
    const std::vector<Flicks> times = randomTimes();
    std::vector<RigTargets> targets;
    for (const Flicks t : times)
        targets.push_back(walkingTarget(t));
    const Gate gate{36.0, 24.0, 1.0};
    std::size_t i = 0;
    for (auto _ : state) {
        const RigMotion motion = evaluateRigMotion(rig, times[i], FrameRate{24, 1}, gate, targets[i]);
        benchmark::DoNotOptimize(motion);
        i = (i + 1) % times.size();
    }
}
BENCHMARK(BM_EvaluateRigMotion);

// The same rig in a shot: Anna walks a 10-mark path beside the rail; Ben stands.
struct BenchShot {
    Project project;
    Scene scene;
    Shot shot;
};

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
    b.shot.camera = "A";
    b.shot.durationFlicks = kShotFlicks;
    b.shot.rig = benchRig();
    return b;
}

void BM_ShotCameraAt(benchmark::State& state)
{
    const BenchShot b = benchShot();
    const auto evaluator = ShotEvaluator::create(b.project, b.scene, b.shot);
    if (!evaluator.ok()) {
        state.SkipWithError("the shot was refused");
        return;
    }
    const std::vector<Flicks> times = randomTimes();
    std::size_t i = 0;
    for (auto _ : state) {
        const CameraState camera = evaluator->cameraAt(times[i]);
        benchmark::DoNotOptimize(camera);
        i = (i + 1) % times.size();
    }
}
BENCHMARK(BM_ShotCameraAt);

void BM_SampleShot10000Frames(benchmark::State& state)
{
    const BenchShot b = benchShot();
    const auto evaluator = ShotEvaluator::create(b.project, b.scene, b.shot);
    if (!evaluator.ok()) {
        state.SkipWithError("the shot was refused");
        return;
    }
    for (auto _ : state) {
        auto samples = evaluator->sampleShot(1);
        benchmark::DoNotOptimize(samples);
    }
    state.SetItemsProcessed(state.iterations() * evaluator->frameCount());
}
BENCHMARK(BM_SampleShot10000Frames)->Unit(benchmark::kMillisecond);

} // namespace
