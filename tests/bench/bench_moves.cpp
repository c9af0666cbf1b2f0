// Benchmarks of the move generators: generating each move of 6 s at 24 fps, as the app does when
// the user picks a move (and again on every change of its parameters in the move dialog). The
// dense-key moves (dolly zoom, track versus zoom, pull back) write 145 keys, evaluating the rig
// once per key; the others write a handful of keys.

#include <benchmark/benchmark.h>

#include "core/moves/dolly_zoom.h"
#include "core/moves/follow_move.h"
#include "core/moves/head_move.h"
#include "core/moves/orbit_move.h"
#include "core/moves/pedestal_move.h"
#include "core/moves/pull_back.h"
#include "core/moves/static_shot.h"
#include "core/moves/tilt_track_move.h"
#include "core/moves/track_move.h"
#include "core/moves/track_versus_zoom.h"
#include "core/moves/truck_move.h"
#include "core/moves/zoom_move.h"
#include "core/optics/sensor.h"

namespace {

using namespace murnau;

// Anna (1.8 m) at the origin, camera "A" on Super 35 with a 35 mm, 6 s at 24 fps, ease-in-out.
MoveSpec benchSpec()
{
    MoveSpec spec;
    spec.subject.name = "Anna";
    spec.subject.heightM = 1.8;
    spec.camera.name = "A";
    spec.camera.sensor = *findSensorPreset("super35");
    spec.camera.focalLengthMm = 35.0;
    return spec;
}

// Generates one move per iteration with `make`.
template<typename Make>
void generate(benchmark::State& state, Make make)
{
    const MoveSpec spec = benchSpec();
    for (auto _ : state) {
        auto result = make(spec);
        if (!result.ok())
            state.SkipWithError(result.error().describe().c_str());
        benchmark::DoNotOptimize(result);
    }
}

void BM_MoveStatic(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makeStaticShot(spec, StaticShot{}); });
}
BENCHMARK(BM_MoveStatic);

void BM_MoveTrackOut(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makeTrackMove(spec, TrackMove{}); });
}
BENCHMARK(BM_MoveTrackOut);

void BM_MoveTruck(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makeTruckMove(spec, TruckMove{}); });
}
BENCHMARK(BM_MoveTruck);

void BM_MovePedestal(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makePedestalMove(spec, PedestalMove{}); });
}
BENCHMARK(BM_MovePedestal);

void BM_MovePan(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makeHeadMove(spec, HeadMove{}); });
}
BENCHMARK(BM_MovePan);

void BM_MoveZoom(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) {
        ZoomMove zoom;
        zoom.toSize = ShotSize::MS;
        return makeZoomMove(spec, zoom);
    });
}
BENCHMARK(BM_MoveZoom);

void BM_MoveDollyZoom(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) {
        DollyZoom zoom;
        zoom.endDistanceM = 3.0;
        return makeDollyZoom(spec, zoom);
    });
}
BENCHMARK(BM_MoveDollyZoom);

void BM_MoveOrbit(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) {
        OrbitMove spiral;
        spiral.to = SubjectFraming::ofSize(ShotSize::WS);
        spiral.sweepDeg = 270.0;
        return makeOrbitMove(spec, spiral);
    });
}
BENCHMARK(BM_MoveOrbit);

void BM_MoveTiltTrack(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makeTiltTrackMove(spec, TiltTrackMove{}); });
}
BENCHMARK(BM_MoveTiltTrack);

void BM_MoveTrackVersusZoom(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) {
        return makeTrackVersusZoom(spec, TrackVersusZoom{SubjectFraming::ofSize(ShotSize::MCU),
                                                         SubjectFraming::ofSize(ShotSize::FS), std::nullopt});
    });
}
BENCHMARK(BM_MoveTrackVersusZoom);

void BM_MoveFollow(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) { return makeFollowMove(spec, FollowMove{}); });
}
BENCHMARK(BM_MoveFollow);

void BM_MovePullBack(benchmark::State& state)
{
    generate(state, [](const MoveSpec& spec) {
        PullBack pullBack;
        pullBack.crane = PullBackCrane{};
        return makePullBack(spec, pullBack);
    });
}
BENCHMARK(BM_MovePullBack);

} // namespace
