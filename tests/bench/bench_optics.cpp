// Benchmarks of the optics the viewport and the analysis call per frame and per sample.

#include <benchmark/benchmark.h>

#include "core/optics/depth_of_field.h"
#include "core/optics/lens.h"
#include "core/optics/projection.h"
#include "core/optics/shot_size.h"

using namespace murnau;

static void BM_AngleOfView(benchmark::State& state)
{
    const Gate gate{23.76, 17.82, 2.0};
    double focalLengthMm = 50.0;
    for (auto _ : state) {
        auto aov = angleOfView(gate, focalLengthMm);
        benchmark::DoNotOptimize(aov);
        focalLengthMm = focalLengthMm < 200.0 ? focalLengthMm + 0.5 : 18.0;
    }
}
BENCHMARK(BM_AngleOfView);

static void BM_DepthOfField(benchmark::State& state)
{
    double focusM = 0.5;
    for (auto _ : state) {
        auto dof = depthOfField(50.0, 2.8, 0.025, focusM);
        benchmark::DoNotOptimize(dof);
        focusM = focusM < 50.0 ? focusM * 1.01 : 0.5;
    }
}
BENCHMARK(BM_DepthOfField);

static void BM_ClassifyShotSize(benchmark::State& state)
{
    double v = 0.05;
    for (auto _ : state) {
        auto size = classifyShotSize(v);
        benchmark::DoNotOptimize(size);
        v = v < 20.0 ? v * 1.05 : 0.05;
    }
}
BENCHMARK(BM_ClassifyShotSize);

static void BM_ProjectToGate(benchmark::State& state)
{
    CameraState camera;
    camera.panDeg = 30.0;
    camera.tiltDeg = -5.0;
    camera.rollDeg = 2.0;
    glm::dvec3 point{-1.0, 1.2, -6.0};
    for (auto _ : state) {
        auto p = projectToGate(camera, point);
        benchmark::DoNotOptimize(p);
        point.x = point.x < 1.0 ? point.x + 0.001 : -1.0;
    }
}
BENCHMARK(BM_ProjectToGate);
