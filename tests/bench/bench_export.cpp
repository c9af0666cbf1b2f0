// Benchmarks of the exports on the warehouse demo (6 shots, 3,191 frames): the shot list's rows
// (feasibility report, focus marks and movement classification of every shot), sampling every
// frame of every shot's camera, and each interchange writer on those samples. Files are not
// written (the writers' text and buffers only), so the figures are CPU, not disk.

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/export/camera_track.h"
#include "core/export/chan_export.h"
#include "core/export/export_shots.h"
#include "core/export/gltf_export.h"
#include "core/export/otio_export.h"
#include "core/export/shot_list.h"
#include "core/export/shot_list_files.h"
#include "core/export/usd_export.h"
#include "core/scene/project_json.h"

namespace {

using namespace murnau;

// The demo project, loaded once.
const Project& demo()
{
    static const Project project = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau").value();
    return project;
}

const std::vector<ExportShot>& demoShots()
{
    static const std::vector<ExportShot> shots = selectExportShots(demo()).value();
    return shots;
}

const std::vector<CameraTrack>& demoTracks()
{
    static const std::vector<CameraTrack> tracks = sampleCameraTracks(demo(), demoShots()).value();
    return tracks;
}

void BM_BuildShotList(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(buildShotList(demo(), demoShots()));
}
BENCHMARK(BM_BuildShotList)->Unit(benchmark::kMillisecond);

void BM_ShotListCsv(benchmark::State& state)
{
    const std::vector<ShotListRow> rows = buildShotList(demo(), demoShots()).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(shotListCsv(rows));
}
BENCHMARK(BM_ShotListCsv)->Unit(benchmark::kMicrosecond);

void BM_SampleCameraTracks(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(sampleCameraTracks(demo(), demoShots()));
}
BENCHMARK(BM_SampleCameraTracks)->Unit(benchmark::kMillisecond);

void BM_BuildGltf(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(buildGltf(demo(), demoTracks(), "demo.bin"));
}
BENCHMARK(BM_BuildGltf)->Unit(benchmark::kMillisecond);

void BM_ChanText(benchmark::State& state)
{
    for (auto _ : state) {
        for (const CameraTrack& track : demoTracks())
            benchmark::DoNotOptimize(chanText(track));
    }
}
BENCHMARK(BM_ChanText)->Unit(benchmark::kMillisecond);

void BM_UsdaText(benchmark::State& state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(usdaText(demo(), demoTracks()));
}
BENCHMARK(BM_UsdaText)->Unit(benchmark::kMillisecond);

void BM_OtioTimeline(benchmark::State& state)
{
    const std::vector<ShotListRow> rows = buildShotList(demo(), demoShots()).value();
    for (auto _ : state)
        benchmark::DoNotOptimize(otioTimeline(demo().title, rows));
}
BENCHMARK(BM_OtioTimeline)->Unit(benchmark::kMicrosecond);

} // namespace
