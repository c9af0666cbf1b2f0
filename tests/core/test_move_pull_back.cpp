// Extended pull back through ShotEvaluator (test_move_support.h: Anna 1.8 m, Super 35 full
// gate h = 18.66 mm, 35 mm). CU (v = 0.156) to EWS (v = 10): d1 = 0.156 * 1.8 * 35 / 18.66 =
// 0.5267 m, d2 = 10 * 1.8 * 35 / 18.66 = 33.762 m, 64 times farther. Geometric distance:
//   log d(t) = log d1 + e(t) log(d2 / d1)
// with e the move's progress: ease-in-out, cubic-bezier(0.42, 0, 0.58, 1) of t / 6 s.

#include <cmath>

#include <gtest/gtest.h>

#include "core/motion/easing.h"
#include "core/moves/pull_back.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kCuM = 0.156 * kStatureM * 35.0 / kGateHeightMm;
constexpr double kEwsM = 10.0 * kStatureM * 35.0 / kGateHeightMm;

// e(t) for a 6 s ease-in-out move.
double eased(Flicks t)
{
    return Easing::fromPreset(EasingPreset::EaseInOut).valueAt(static_cast<double>(t) / static_cast<double>(6 * kS));
}

} // namespace

TEST(PullBack, LogDistanceIsLinearInEasedTime)
{
    const MoveSpec spec = annaSpec();
    const auto move = makePullBack(spec, PullBack{});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Extended pull back from CU to EWS of Anna, geometric distance, 35 mm, 6 s");
    EXPECT_EQ(move->shot.move, "pullback");
    // One dolly key per frame and one at the end; the lens is fixed.
    EXPECT_EQ(move->shot.rig.channel(RigChannel::Dolly).keyCount(), 145u);
    EXPECT_EQ(move->shot.rig.channel(RigChannel::FocalLength).keyCount(), 1u);
    EXPECT_NEAR(move->summary.trackLengthM, kEwsM - kCuM, 1e-9);

    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const double logRatio = std::log(kEwsM / kCuM);
    for (std::int64_t k = 0; k <= evaluator->frameCount(); ++k) {
        const Flicks t = k < evaluator->frameCount() ? frameTime(k) : spec.durationFlicks;
        const ShotSample sample = evaluator->sampleAt(t);
        ASSERT_TRUE(sample.actors[0].framing.has_value());
        EXPECT_NEAR(std::log(sample.actors[0].framing->distanceM), std::log(kCuM) + eased(t) * logRatio, 1e-9) << k;
        EXPECT_EQ(sample.camera.focalLengthMm, 35.0) << k;
    }
    EXPECT_EQ(evaluator->sampleAt(spec.durationFlicks).actors[0].framing->shotSize, ShotSize::EWS);
}

TEST(PullBack, CraneTailRisesWhileTheDistanceStaysGeometric)
{
    // A 4 m rise over the last half: the lens holds her eye height until 3 s, is 4 m above her
    // eyes at 6 s, and the track puts it sqrt(d^2 - dy^2) out so that d stays geometric.
    const MoveSpec spec = annaSpec();
    PullBack pullBack;
    pullBack.crane = PullBackCrane{4.0, 0.5};
    const auto move = makePullBack(spec, pullBack);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description,
              "Extended pull back from CU to EWS of Anna, geometric distance, craning up 4 m at the end, 35 mm, 6 s");
    EXPECT_NEAR(move->summary.lensRiseM, 4.0, 1e-15);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const double logRatio = std::log(kEwsM / kCuM);
    for (std::int64_t k = 0; k <= evaluator->frameCount(); ++k) {
        const Flicks t = k < evaluator->frameCount() ? frameTime(k) : spec.durationFlicks;
        const ShotSample sample = evaluator->sampleAt(t);
        ASSERT_TRUE(sample.actors[0].framing.has_value());
        EXPECT_NEAR(std::log(sample.actors[0].framing->distanceM), std::log(kCuM) + eased(t) * logRatio, 1e-9) << k;
        if (t <= 3 * kS) {
            EXPECT_NEAR(sample.camera.positionM.y, kEyeM, 1e-12) << k;
        }
    }
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.y, kEyeM + 4.0, 1e-12);
    EXPECT_NEAR(-last.positionM.z, std::sqrt(kEwsM * kEwsM - 16.0), 1e-9);
}

TEST(PullBack, RefusesWhatCannotBeBuilt)
{
    const MoveSpec spec = annaSpec();
    PullBack same;
    same.to = SubjectFraming::ofSize(ShotSize::CU);
    EXPECT_EQ(makePullBack(spec, same).error().field, "to");
    PullBack sinking;
    sinking.crane = PullBackCrane{-1.0, 0.5};
    EXPECT_EQ(makePullBack(spec, sinking).error().field, "crane.riseM");
    PullBack noTail;
    noTail.crane = PullBackCrane{2.0, 0.0};
    EXPECT_EQ(makePullBack(spec, noTail).error().field, "crane.tailFraction");
    // Rising 30 m in the first part of a pull back to only 10 m away cannot keep the distance.
    PullBack steep;
    steep.to = SubjectFraming::atDistance(10.0);
    steep.crane = PullBackCrane{30.0, 1.0};
    const auto tooHigh = makePullBack(spec, steep);
    ASSERT_FALSE(tooHigh.ok());
    EXPECT_EQ(tooHigh.error().field, "crane.riseM");
}
