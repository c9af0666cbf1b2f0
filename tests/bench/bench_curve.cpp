// Keyframe channel evaluation: a 100-key Bezier curve sampled at random times, value only
// and value with velocity and acceleration. Also one easing sample.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <random>
#include <vector>

#include "core/motion/curve.h"

namespace murnau {
namespace {

constexpr std::size_t kKeys = 100;
constexpr std::size_t kTimes = 4096;

// 100 keys half a second apart with random values; every third key has Free handles of random
// length (some longer than their segments) and every fifth an eased segment, the rest AutoClamped.
Curve makeBenchCurve()
{
    std::mt19937 random(20240611u);
    std::uniform_real_distribution<double> value(-5.0, 5.0);
    std::uniform_real_distribution<double> handleS(0.05, 0.8);
    Curve curve;
    for (std::size_t i = 0; i < kKeys; ++i) {
        Keyframe k;
        k.time = static_cast<Flicks>(i) * (kFlicksPerSecond / 2);
        k.value = value(random);
        if (i % 3 == 0) {
            k.handleType = HandleType::Free;
            k.left = {-handleS(random), value(random)};
            k.right = {handleS(random), value(random)};
        }
        if (i % 5 == 0) {
            k.interpolation = Interpolation::Eased;
            k.easing = Easing::fromPreset(EasingPreset::EaseInOut);
        }
        if (!curve.insertKey(k).ok())
            return {};
    }
    return curve;
}

std::vector<Flicks> randomTimes()
{
    std::mt19937 random(7u);
    std::uniform_int_distribution<Flicks> time(0, static_cast<Flicks>(kKeys - 1) * (kFlicksPerSecond / 2));
    std::vector<Flicks> times(kTimes);
    for (Flicks& t : times)
        t = time(random);
    return times;
}

void BM_CurveValueAt(benchmark::State& state)
{
    const Curve curve = makeBenchCurve();
    const std::vector<Flicks> times = randomTimes();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(curve.valueAt(times[i]));
        i = (i + 1) % times.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CurveValueAt);

void BM_CurveSampleAt(benchmark::State& state)
{
    const Curve curve = makeBenchCurve();
    const std::vector<Flicks> times = randomTimes();
    std::size_t i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(curve.sampleAt(times[i]));
        i = (i + 1) % times.size();
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CurveSampleAt);

void BM_EasingSampleAt(benchmark::State& state)
{
    const Easing ease = Easing::fromPreset(EasingPreset::Ease);
    double x = 0.0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(ease.sampleAt(x));
        x += 0.618033988749895;
        if (x >= 1.0)
            x -= 1.0;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EasingSampleAt);

} // namespace
} // namespace murnau
