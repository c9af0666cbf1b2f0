// Benchmarks of camera rails: building a 50-point Catmull-Rom rail (segments plus their
// adaptive arc-length tables) happens on every edit of a rail point; evaluating a point at a
// distance happens once per rail per frame of playback or scrubbing.

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <random>
#include <vector>

#include "core/motion/rail.h"

namespace {

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

void BM_BuildCatmullRomRail50(benchmark::State& state)
{
    const std::vector<glm::dvec3> points = windingPoints();
    for (auto _ : state) {
        auto rail = murnau::Rail::catmullRom(points);
        benchmark::DoNotOptimize(rail);
    }
}
BENCHMARK(BM_BuildCatmullRomRail50);

// Position, tangent and curvature at random distances along the same rail.
void BM_RailPointAtRandomDistance(benchmark::State& state)
{
    const auto rail = murnau::Rail::catmullRom(windingPoints());
    if (!rail.ok()) {
        state.SkipWithError("rail refused its points");
        return;
    }
    std::mt19937_64 generator(20240611);
    std::uniform_real_distribution<double> distance(0.0, rail->lengthM());
    std::vector<double> distancesM(4096);
    for (double& d : distancesM)
        d = distance(generator);
    std::size_t i = 0;
    for (auto _ : state) {
        auto point = rail->pointAt(distancesM[i]);
        benchmark::DoNotOptimize(point);
        i = (i + 1) % distancesM.size();
    }
}
BENCHMARK(BM_RailPointAtRandomDistance);

// The tightest bend of the same rail (feasibility report).
void BM_RailMinimumRadius50(benchmark::State& state)
{
    const auto rail = murnau::Rail::catmullRom(windingPoints());
    if (!rail.ok()) {
        state.SkipWithError("rail refused its points");
        return;
    }
    for (auto _ : state) {
        auto radius = rail->minimumRadius();
        benchmark::DoNotOptimize(radius);
    }
}
BENCHMARK(BM_RailMinimumRadius50);

} // namespace
