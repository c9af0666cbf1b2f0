// Benchmarks of SMPTE timecode conversion: frame -> label, label -> frame, text -> label.
// A timeline scrubbed at 60 fps shows one label per frame, so these bound the UI cost.

#include <benchmark/benchmark.h>

#include <array>
#include <cstdint>
#include <string>

#include "core/time/timecode.h"

namespace {

constexpr murnau::FrameRate kFps2997{30000, 1001};
constexpr murnau::FrameRate kFps24{24, 1};

// Frame -> label over a whole day of 29.97 DF, stepping by a prime so minute edges vary.
void BM_FrameToTimecodeDropFrame(benchmark::State& state)
{
    const std::int64_t perDay = murnau::framesPerTimecodeDay(kFps2997, true);
    std::int64_t frame = 0;
    for (auto _ : state) {
        auto label = murnau::frameToTimecode(frame, kFps2997, true);
        benchmark::DoNotOptimize(label);
        frame = (frame + 7919) % perDay;
    }
}
BENCHMARK(BM_FrameToTimecodeDropFrame);

void BM_FrameToTimecodeNonDrop(benchmark::State& state)
{
    const std::int64_t perDay = murnau::framesPerTimecodeDay(kFps24, false);
    std::int64_t frame = 0;
    for (auto _ : state) {
        auto label = murnau::frameToTimecode(frame, kFps24, false);
        benchmark::DoNotOptimize(label);
        frame = (frame + 7919) % perDay;
    }
}
BENCHMARK(BM_FrameToTimecodeNonDrop);

// Label -> frame, drop-frame (validation includes the skipped-label check).
void BM_TimecodeToFrameDropFrame(benchmark::State& state)
{
    const std::array<murnau::Timecode, 4> labels{{
        {0, 0, 59, 29, true}, {0, 1, 0, 2, true}, {1, 0, 0, 0, true}, {23, 59, 59, 29, true},
    }};
    std::size_t i = 0;
    for (auto _ : state) {
        auto frame = murnau::timecodeToFrame(labels[i], kFps2997);
        benchmark::DoNotOptimize(frame);
        i = (i + 1) % labels.size();
    }
}
BENCHMARK(BM_TimecodeToFrameDropFrame);

// Text -> label, with and without the rate check.
void BM_ParseTimecode(benchmark::State& state)
{
    const std::array<std::string, 4> texts{"00:00:59;29", "01:00:00:00", "12;34;56;12", "23:59:59.29"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto label = murnau::parseTimecode(texts[i]);
        benchmark::DoNotOptimize(label);
        i = (i + 1) % texts.size();
    }
}
BENCHMARK(BM_ParseTimecode);

void BM_ParseTimecodeWithRate(benchmark::State& state)
{
    const std::array<std::string, 4> texts{"00:00:59;29", "01:00:00;00", "12;34;56;12", "23:59:59.29"};
    std::size_t i = 0;
    for (auto _ : state) {
        auto label = murnau::parseTimecode(texts[i], kFps2997);
        benchmark::DoNotOptimize(label);
        i = (i + 1) % texts.size();
    }
}
BENCHMARK(BM_ParseTimecodeWithRate);

} // namespace
