// Benchmarks of the .murnau file on a large generated project: 500 set pieces (boxes, cylinders,
// walls with a door and a window, stairs, models), 50 actors, 3 cameras with lens kits, and 40
// scenes of 50 shots (2,000 shots), each shot with a rail and four keyed channels (dolly, pan,
// focal length, focus; 5 keys each), every scene with the blocking of 5 actors on 3 marks.
// Parse (text -> Project), serialize (Project -> text), load (file -> Project) and save
// (Project -> checked, written atomically with fsync). Aim: each under 200 ms (docs/performance.md).

#include <benchmark/benchmark.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

#include "core/optics/sensor.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"

namespace {

using namespace murnau;

constexpr int kPieces = 500;
constexpr int kActors = 50;
constexpr int kScenes = 40;
constexpr int kShotsPerScene = 50;
constexpr int kKeysPerChannel = 5;
constexpr Flicks kShotFlicks = 8 * kFlicksPerSecond;

SetPiece makePiece(int i)
{
    SetPiece piece;
    piece.name = "Piece " + std::to_string(i);
    piece.positionM = {-90.0 + (i % 25) * 7.5, 0.0, -90.0 + (i / 25) * 9.0};
    piece.yawDeg = (i * 37) % 360 - 180;
    piece.color = Rgb{static_cast<std::uint8_t>(i % 256), 120, 140};
    switch (i % 5) {
    case 0:
        piece.shape = SetPieceShape::Box;
        piece.sizeM = {1.2, 2.0, 0.8};
        break;
    case 1:
        piece.shape = SetPieceShape::Cylinder;
        piece.sizeM = {0.5, 6.0, 0.5};
        break;
    case 2:
        piece.shape = SetPieceShape::Wall;
        piece.sizeM = {6.0, 3.0, 0.2};
        piece.openings = {WallOpening{OpeningKind::Door, -1.5, 0.9, 2.1, 0.0},
                          WallOpening{OpeningKind::Window, 1.2, 1.6, 1.2, 0.9}};
        break;
    case 3:
        piece.shape = SetPieceShape::Stairs;
        piece.sizeM = {1.2, 3.0, 4.5};
        piece.stepCount = 17;
        break;
    default:
        piece.shape = SetPieceShape::Model;
        piece.sizeM = {1.2, 2.2, 2.6};
        piece.modelPath = "models/prop-" + std::to_string(i) + ".glb";
        piece.modelScale = 0.01;
        break;
    }
    return piece;
}

CameraSetup makeCamera(std::string name, LensKit kit)
{
    CameraSetup camera;
    camera.name = std::move(name);
    camera.sensor = *findSensorPreset("super35");
    camera.lensKit = std::move(kit);
    camera.deliveryAspect = 2.39;
    return camera;
}

// `count` keys from `from` to `to` over the shot, eased and auto-clamped in turn.
Curve keyedCurve(double from, double to)
{
    Curve curve;
    for (int k = 0; k < kKeysPerChannel; ++k) {
        Keyframe key;
        key.time = kShotFlicks * k / (kKeysPerChannel - 1);
        key.value = from + (to - from) * k / (kKeysPerChannel - 1);
        if (k % 2 == 1) {
            key.interpolation = Interpolation::Eased;
            key.easing = Easing::fromPreset(EasingPreset::EaseInOut);
        }
        (void)curve.insertKey(key);
    }
    return curve;
}

Project makeProject()
{
    Project project;
    project.title = "Benchmark: 2,000 shots";
    project.displayUnits = DisplayUnits::Imperial;
    project.set.name = "Backlot";
    project.set.floorSizeM = {200.0, 200.0};
    for (int i = 0; i < kPieces; ++i)
        project.set.pieces.push_back(makePiece(i));
    for (int i = 0; i < kActors; ++i) {
        Actor actor;
        actor.name = "Actor " + std::to_string(i);
        actor.heightM = 1.5 + 0.01 * (i % 40);
        actor.build = static_cast<ActorBuild>(i % 3);
        actor.positionM = {-40.0 + i * 1.5, 0.0, 10.0};
        project.actors.push_back(actor);
    }
    LensKit primes;
    primes.name = "Primes";
    primes.primes = {PrimeLens{18.0, 0.23, 2.0}, PrimeLens{25.0, 0.23, 2.0}, PrimeLens{35.0, 0.3, 2.0},
                     PrimeLens{50.0, 0.5, 2.0}, PrimeLens{75.0, 0.8, 2.0}, PrimeLens{100.0, 0.9, 2.0}};
    LensKit zoom;
    zoom.name = "Zoom 24-290";
    zoom.kind = LensKitKind::Zoom;
    project.cameras = {makeCamera("A", primes), makeCamera("B", zoom), makeCamera("C", primes)};

    for (int s = 0; s < kScenes; ++s) {
        Scene scene;
        scene.number = std::to_string(s + 1);
        scene.name = "Scene " + scene.number;
        scene.location = "BACKLOT";
        scene.timeOfDay = s % 2 == 0 ? "DAY" : "NIGHT";
        for (int a = 0; a < 5; ++a) {
            const int actor = (s * 5 + a) % kActors;
            std::vector<Mark> marks(3);
            for (int m = 0; m < 3; ++m) {
                marks[m].name = std::string(1, static_cast<char>('A' + m));
                marks[m].positionM = {-40.0 + actor * 1.5, 0.0, 10.0 - 4.0 * m};
                marks[m].arriveAt = m * 3 * kFlicksPerSecond;
                marks[m].leaveAt = marks[m].arriveAt + kFlicksPerSecond;
                if (m > 0)
                    marks[m].viaM = {{-39.0 + actor * 1.5, 0.0, 12.0 - 4.0 * m}};
            }
            scene.blocking.push_back(makeActorBlocking(project.actors[actor].name, marks).value());
        }
        for (int i = 0; i < kShotsPerScene; ++i) {
            Shot shot;
            shot.id = "sh-" + std::to_string(s * kShotsPerScene + i + 1);
            shot.number = std::to_string(i + 1);
            shot.name = "Shot " + shot.number + " of scene " + scene.number;
            shot.description = "A tracking shot along the rail.\nThe camera leads the actor.";
            shot.setup = "A" + std::to_string(i % 4 + 1);
            shot.camera = project.cameras[static_cast<std::size_t>(i % 3)].name;
            shot.move = "trackout";
            shot.durationFlicks = kShotFlicks;
            shot.cast = {project.actors[static_cast<std::size_t>((s * 5) % kActors)].name,
                         project.actors[static_cast<std::size_t>((s * 5 + 1) % kActors)].name};
            shot.equipment = {"dolly + 24 ft track"};
            shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {2.0, 0.0, -3.0}, {5.0, 0.0, -4.0}, {8.0, 0.0, -3.5}}).value();
            shot.rig.aim = AimMode::LookAtActor;
            shot.rig.aimActor = shot.cast[0];
            shot.rig.focusActor = shot.cast[0];
            shot.rig.channel(RigChannel::Dolly) = keyedCurve(0.0, 9.0);
            shot.rig.channel(RigChannel::Pan) = keyedCurve(-10.0, 25.0);
            shot.rig.channel(RigChannel::FocalLength) = keyedCurve(35.0, 50.0);
            shot.rig.channel(RigChannel::FocusDistance) = keyedCurve(3.0, 6.0);
            scene.shots.push_back(std::move(shot));
        }
        project.scenes.push_back(std::move(scene));
    }
    return project;
}

const Project& benchProject()
{
    static const Project project = [] {
        Project made = makeProject();
        if (std::optional<Error> error = checkProject(made))
            throw std::runtime_error("the benchmark project is invalid: " + error->describe());
        return made;
    }();
    return project;
}

const std::string& benchText()
{
    static const std::string text = serializeProject(benchProject());
    return text;
}

std::filesystem::path benchFile()
{
    return std::filesystem::temp_directory_path() / ("murnau-bench-" + std::to_string(::getpid()) + ".murnau");
}

void BM_ParseProject(benchmark::State& state)
{
    const std::string& text = benchText();
    for (auto _ : state) {
        Result<Project> project = parseProject(text);
        if (!project)
            state.SkipWithError(project.error().describe().c_str());
        benchmark::DoNotOptimize(project);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["MiB"] = static_cast<double>(text.size()) / (1024.0 * 1024.0);
}
BENCHMARK(BM_ParseProject)->Unit(benchmark::kMillisecond);

void BM_SerializeProject(benchmark::State& state)
{
    const Project& project = benchProject();
    for (auto _ : state) {
        std::string text = serializeProject(project);
        benchmark::DoNotOptimize(text);
    }
}
BENCHMARK(BM_SerializeProject)->Unit(benchmark::kMillisecond);

void BM_CheckProject(benchmark::State& state)
{
    const Project& project = benchProject();
    for (auto _ : state) {
        std::optional<Error> error = checkProject(project);
        benchmark::DoNotOptimize(error);
    }
}
BENCHMARK(BM_CheckProject)->Unit(benchmark::kMillisecond);

void BM_LoadProject(benchmark::State& state)
{
    const std::filesystem::path path = benchFile();
    if (!saveProject(benchProject(), path)) {
        state.SkipWithError("could not write the benchmark file");
        return;
    }
    for (auto _ : state) {
        Result<Project> project = loadProject(path);
        if (!project)
            state.SkipWithError(project.error().describe().c_str());
        benchmark::DoNotOptimize(project);
    }
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + ".bak");
}
BENCHMARK(BM_LoadProject)->Unit(benchmark::kMillisecond);

void BM_SaveProject(benchmark::State& state)
{
    const std::filesystem::path path = benchFile();
    const Project& project = benchProject();
    for (auto _ : state) {
        Result<bool> saved = saveProject(project, path);
        if (!saved)
            state.SkipWithError(saved.error().describe().c_str());
    }
    std::filesystem::remove(path);
    std::filesystem::remove(path.string() + ".bak");
}
BENCHMARK(BM_SaveProject)->Unit(benchmark::kMillisecond);

} // namespace
