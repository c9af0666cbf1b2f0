// Dolly zoom through ShotEvaluator (test_move_support.h: Anna 1.8 m, Super 35 full gate
// h = 18.66 mm). Held framing MCU (v = 0.28) on a 35 mm: d1 = 0.28 * 1.8 * 35 / 18.66 m. The
// frame shows v = h d / (f H) of her stature at her eyes' depth d, so with f / d held at
// 35 / d1 it shows 0.28 of her (an MCU) on every frame.
//
// Background: a 1 m post standing D = 8 m behind her (at z = +8, the camera looks along +Z).
// At distance d with focal f it images h_img = f * 1 / (d + D) (gate mm per metre), so
// between the first and the last frame it grows by (f2 / (d2 + D)) / (f1 / (d1 + D)), which
// with f2 = f1 d2 / d1 is d2 (d1 + D) / (d1 (d2 + D)).

#include <cmath>

#include <gtest/gtest.h>

#include "core/moves/dolly_zoom.h"
#include "core/optics/projection.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kMcuM = 0.28 * kStatureM * 35.0 / kGateHeightMm;
constexpr double kBackgroundM = 8.0;

// The projected height (in gate heights, [-1, 1] spans 2) of a 1 m post D behind Anna's eyes.
double postHeight(const CameraState& camera)
{
    const auto foot = projectToGate(camera, {0.0, kEyeM, kBackgroundM});
    const auto top = projectToGate(camera, {0.0, kEyeM + 1.0, kBackgroundM});
    EXPECT_TRUE(foot && top);
    return foot && top ? top->y - foot->y : 0.0;
}

} // namespace

TEST(DollyZoom, KeepsTheSubjectsSizeOnEveryFrame)
{
    const MoveSpec spec = annaSpec();
    DollyZoom zoom;
    zoom.framing = SubjectFraming::ofSize(ShotSize::MCU);
    zoom.endDistanceM = 4.0;
    const auto move = makeDollyZoom(spec, zoom);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    const double f2 = 35.0 * 4.0 / kMcuM;   // 148.1 mm
    EXPECT_NEAR(move->summary.endFocalLengthMm, f2, 1e-9);
    EXPECT_EQ(move->description, "Dolly zoom, MCU of Anna: track out 0.95 m to 4 m, zoom in 35 mm to 148.1 mm, 6 s");
    // The focal channel: one key per frame (144) and one at the end.
    EXPECT_EQ(move->shot.rig.channel(RigChannel::FocalLength).keyCount(), 145u);
    EXPECT_EQ(move->shot.rig.channel(RigChannel::Dolly).keyCount(), 2u);

    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    for (std::int64_t k = 0; k <= evaluator->frameCount(); ++k) {
        const Flicks t = k < evaluator->frameCount() ? frameTime(k) : spec.durationFlicks;
        const ShotSample sample = evaluator->sampleAt(t);
        ASSERT_TRUE(sample.actors[0].framing.has_value());
        EXPECT_NEAR(sample.actors[0].framing->visibleStatures / 0.28, 1.0, 1e-6) << k;
        const auto eyes = projectToGate(sample.camera, annaEyes());
        ASSERT_TRUE(eyes.has_value());
        EXPECT_NEAR(eyes->x, 0.0, 1e-9) << k;
    }
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.z, -4.0, 1e-9);
    EXPECT_NEAR(last.focalLengthMm, f2, 1e-9);

    // The background stretches by d2 (d1 + D) / (d1 (d2 + D)).
    const double grown = postHeight(last) / postHeight(evaluator->cameraAt(0));
    EXPECT_NEAR(grown, 4.0 * (kMcuM + kBackgroundM) / (kMcuM * (4.0 + kBackgroundM)), 1e-9);
}

TEST(DollyZoom, EndGivenAsAFocalLengthAndWithAnEasedPushIn)
{
    // From 3 m on a 50 mm to a 25 mm: d2 = 3 * 25 / 50 = 1.5 m, a push in zooming out.
    MoveSpec spec = annaSpec();
    spec.durationFlicks = 4 * kS;
    spec.frameRate = {25, 1};
    DollyZoom zoom;
    zoom.framing = SubjectFraming::atDistance(3.0);
    zoom.startFocalLengthMm = 50.0;
    zoom.endFocalLengthMm = 25.0;
    const auto move = makeDollyZoom(spec, zoom);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_NEAR(move->summary.endDistanceM, 1.5, 1e-12);
    EXPECT_EQ(move->shot.rig.channel(RigChannel::FocalLength).keyCount(), 101u);   // 100 frames at 25 fps + end
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    // The frame height at her eyes, h d / f, stays 18.66 * 3 / 50 = 1.1196 m on every frame.
    for (std::int64_t k = 0; k < evaluator->frameCount(); ++k) {
        const ShotSample sample = evaluator->sampleAt(framesToFlicks(k, spec.frameRate));
        ASSERT_TRUE(sample.actors[0].framing.has_value());
        EXPECT_NEAR(sample.actors[0].framing->frameHeightM / (18.66 * 3.0 / 50.0), 1.0, 1e-6) << k;
    }
    EXPECT_NEAR(evaluator->cameraAt(spec.durationFlicks).focalLengthMm, 25.0, 1e-9);
}

TEST(DollyZoom, RefusesAmbiguousOrImpossibleEnds)
{
    const MoveSpec spec = annaSpec();
    DollyZoom both;
    both.endDistanceM = 3.0;
    both.endFocalLengthMm = 50.0;
    const auto ambiguous = makeDollyZoom(spec, both);
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().field, "endDistanceM");
    const auto neither = makeDollyZoom(spec, DollyZoom{});
    ASSERT_FALSE(neither.ok());
    DollyZoom tooLong;
    tooLong.framing = SubjectFraming::atDistance(1.0);
    tooLong.endDistanceM = 100.0;   // f2 = 3500 mm
    const auto lens = makeDollyZoom(spec, tooLong);
    ASSERT_FALSE(lens.ok());
    EXPECT_EQ(lens.error().field, "endDistanceM");
    DollyZoom nowhere;
    nowhere.framing = SubjectFraming::atDistance(2.0);
    nowhere.endFocalLengthMm = 35.0;
    const auto still = makeDollyZoom(spec, nowhere);
    ASSERT_FALSE(still.ok());
    EXPECT_EQ(still.error().field, "endFocalLengthMm");
}
