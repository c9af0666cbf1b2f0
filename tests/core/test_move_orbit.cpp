// Orbit and spiral through ShotEvaluator (test_move_support.h: Anna 1.8 m at the origin facing
// -Z, Super 35 full gate h = 18.66 mm, 35 mm, lens at her eye height). MS (v = 0.37) puts the
// lens r = 0.37 * 1.8 * 35 / 18.66 = 1.2492 m from her eyes, level with them, so r is also the
// horizontal radius. The orbit starts on -Z (bearing 0) and sweeps counter-clockwise seen from
// above: a quarter turn ends at (-r, eye height, 0).
//
// The rail is cubic Bezier arcs of at most 45 degrees with handles (4/3) tan(phi/4) r, whose
// radius errs by at most 2 sin^6(phi/4) / (27 cos^2(phi/4)) = 4.2e-6 relative at 45 degrees
// (2.7e-4 at 90); the arc length of a quarter circle is r pi / 2.

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "core/moves/orbit_move.h"
#include "core/optics/projection.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kMsM = 0.37 * kStatureM * 35.0 / kGateHeightMm;
constexpr double kWsM = 3.0 * kStatureM * 35.0 / kGateHeightMm;

double horizontalRadius(const glm::dvec3& p)
{
    return std::sqrt(p.x * p.x + p.z * p.z);
}

} // namespace

TEST(OrbitMove, StaysOnTheCircleWithTheSubjectCentred)
{
    MoveSpec spec = annaSpec();
    spec.timing.profile = MoveProfile::Ramped;
    spec.timing.rampFlicks = kS;
    const auto move = makeOrbitMove(spec, OrbitMove{});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Orbit 90\u00b0 counter-clockwise around Anna, MS, 35 mm, 6 s");
    ASSERT_TRUE(move->shot.rig.rail.has_value());
    EXPECT_EQ(move->shot.rig.rail->bezierPoints.size(), 3u);   // two 45 degree arcs
    EXPECT_NEAR(move->summary.trackLengthM / (kMsM * std::numbers::pi / 2.0), 1.0, 1e-5);

    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const double errorBound = 2.7e-4;   // the quarter-circle bound; 45 degree pieces do far better
    const double cruiseMps = kMsM * std::numbers::pi / 2.0 / 5.0;   // L / (6 s - 1 s ramp)
    for (std::int64_t k = 0; k <= evaluator->frameCount(); ++k) {
        const Flicks t = k < evaluator->frameCount() ? frameTime(k) : spec.durationFlicks;
        const ShotSample sample = evaluator->sampleAt(t);
        EXPECT_NEAR(horizontalRadius(sample.camera.positionM) / kMsM, 1.0, errorBound) << k;
        EXPECT_NEAR(horizontalRadius(sample.camera.positionM) / kMsM, 1.0, 4.3e-6) << k;
        EXPECT_NEAR(sample.camera.positionM.y, kEyeM, 1e-12) << k;
        const auto eyes = projectToGate(sample.camera, annaEyes());
        ASSERT_TRUE(eyes.has_value());
        EXPECT_NEAR(eyes->x, 0.0, 1e-9) << k;
        EXPECT_NEAR(eyes->y, 0.0, 1e-9) << k;
        if (k >= 24 && k <= 120) {   // constant speed along the curved track between the ramps
            EXPECT_NEAR(sample.motion.speedMps / cruiseMps, 1.0, 1e-5) << k;
        }
    }
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.x, -kMsM, 1e-9);
    EXPECT_NEAR(last.positionM.z, 0.0, 1e-9);
    EXPECT_NEAR(last.panDeg, -90.0, 1e-9);   // looking along +X back at her: pan -90
}

TEST(OrbitMove, SpiralRetreatsFromOneRadiusToTheOther)
{
    // Half a turn clockwise from MS to WS: r from 1.2492 m to 10.1286 m, linear in the angle,
    // exact at the rail's points every 45 degrees.
    const MoveSpec spec = annaSpec();
    OrbitMove spiral;
    spiral.to = SubjectFraming::ofSize(ShotSize::WS);
    spiral.sweepDeg = -180.0;
    const auto move = makeOrbitMove(spec, spiral);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Spiral out 180\u00b0 clockwise around Anna from MS to WS, 35 mm, 6 s");
    const auto& points = move->shot.rig.rail->bezierPoints;
    ASSERT_EQ(points.size(), 5u);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double angle = -std::numbers::pi / 4.0 * static_cast<double>(i);   // clockwise from -Z
        const double r = kMsM + (kWsM - kMsM) * static_cast<double>(i) / 4.0;
        EXPECT_NEAR(points[i].positionM.x, -r * std::sin(angle), 1e-12) << i;
        EXPECT_NEAR(points[i].positionM.z, -r * std::cos(angle), 1e-12) << i;
    }
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    double previous = 0.0;
    for (std::int64_t k = 0; k < evaluator->frameCount(); ++k) {
        const ShotSample sample = evaluator->sampleAt(frameTime(k));
        const double r = horizontalRadius(sample.camera.positionM);
        EXPECT_GE(r, previous) << k;   // always retreating
        previous = r;
        const auto eyes = projectToGate(sample.camera, annaEyes());
        ASSERT_TRUE(eyes.has_value());
        EXPECT_NEAR(eyes->x, 0.0, 1e-9) << k;
    }
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.z, kWsM, 1e-9);   // half a turn: on +Z
    EXPECT_NEAR(last.positionM.x, 0.0, 1e-9);
}

TEST(OrbitMove, RefusesFreeAimAndEmptySweeps)
{
    MoveSpec free = annaSpec();
    free.aim = AimMode::Free;
    EXPECT_EQ(makeOrbitMove(free, OrbitMove{}).error().field, "aim");
    const MoveSpec spec = annaSpec();
    for (const double sweep : {0.0, std::nan(""), 1000.0}) {
        OrbitMove orbit;
        orbit.sweepDeg = sweep;
        EXPECT_EQ(makeOrbitMove(spec, orbit).error().field, "sweepDeg") << sweep;
    }
}
