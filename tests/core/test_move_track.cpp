// Push in / track out on a straight track, evaluated through ShotEvaluator on a project built
// here (test_move_support.h: Anna 1.8 m at the origin facing -Z, Super 35 full gate h = 18.66
// mm, 35 mm). With bearing 0 the camera stands on -Z, out along o = (0, 0, -1), looking back
// at her along +Z, its lens at her eye height 0.936 * 1.8 = 1.6848 m, so the lens-to-eyes
// distance is the track position's distance from z = 0.
//
// Distances by hand, d = v H f / h: WS (v = 3) 3 * 1.8 * 35 / 18.66 = 10.1286 m; MCU
// (v = 0.28) 0.9453 m; CU (v = 0.156) 0.5267 m.

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "core/moves/track_move.h"
#include "core/optics/projection.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kWsM = 3.0 * kStatureM * 35.0 / kGateHeightMm;
constexpr double kMcuM = 0.28 * kStatureM * 35.0 / kGateHeightMm;
constexpr double kCuM = 0.156 * kStatureM * 35.0 / kGateHeightMm;

} // namespace

TEST(TrackMove, PushInFromWideShotEndsAtTheMediumCloseUpDistance)
{
    const MoveSpec spec = annaSpec();
    const auto move = makeTrackMove(spec, TrackMove{SubjectFraming::ofSize(ShotSize::WS),
                                                    SubjectFraming::ofSize(ShotSize::MCU), std::nullopt});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Push in from WS to MCU of Anna, 35 mm, 6 s");
    EXPECT_EQ(move->shot.description, move->description);
    EXPECT_EQ(move->shot.move, "pushin");
    EXPECT_EQ(move->shot.camera, "A");
    EXPECT_NEAR(move->summary.trackLengthM, kWsM - kMcuM, 1e-9);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());

    const ShotSample start = evaluator->sampleAt(0);
    ASSERT_TRUE(start.actors[0].framing.has_value());
    EXPECT_NEAR(start.actors[0].framing->distanceM, kWsM, 1e-9);
    EXPECT_EQ(start.actors[0].framing->shotSize, ShotSize::WS);
    const ShotSample end = evaluator->sampleAt(spec.durationFlicks);
    ASSERT_TRUE(end.actors[0].framing.has_value());
    EXPECT_NEAR(end.actors[0].framing->distanceM, kMcuM, 1e-9);
    EXPECT_NEAR(end.actors[0].framing->visibleStatures, 0.28, 1e-9);
    EXPECT_EQ(end.actors[0].framing->shotSize, ShotSize::MCU);
    EXPECT_NEAR(end.camera.positionM.x, 0.0, 1e-12);
    EXPECT_NEAR(end.camera.positionM.y, kEyeM, 1e-12);
    EXPECT_NEAR(end.camera.positionM.z, -kMcuM, 1e-9);
    EXPECT_NEAR(end.camera.focusDistanceM, kMcuM, 1e-9);   // focus follows her eyes

    // On the axis all the way: the eyes stay centred, the lens on the line, the focal length fixed.
    for (std::int64_t k = 0; k < evaluator->frameCount(); ++k) {
        const CameraState camera = evaluator->cameraAt(frameTime(k));
        EXPECT_NEAR(camera.positionM.x, 0.0, 1e-12) << k;
        EXPECT_NEAR(camera.positionM.y, kEyeM, 1e-12) << k;
        EXPECT_EQ(camera.focalLengthMm, 35.0) << k;
        const auto eyes = projectToGate(camera, annaEyes());
        ASSERT_TRUE(eyes.has_value());
        EXPECT_NEAR(eyes->x, 0.0, 1e-9) << k;
        EXPECT_NEAR(eyes->y, 0.0, 1e-9) << k;
    }
}

TEST(TrackMove, RampedTrackOutHoldsConstantSpeedInItsMiddle)
{
    // CU to WS in 6 s with 1 s ramps: L = 10.1286 - 0.5267 m, cruise v = L / (6 - 1) m/s.
    MoveSpec spec = annaSpec();
    spec.timing.profile = MoveProfile::Ramped;
    spec.timing.rampFlicks = kS;
    const auto move = makeTrackMove(spec, TrackMove{SubjectFraming::ofSize(ShotSize::CU),
                                                    SubjectFraming::ofSize(ShotSize::WS), std::nullopt});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Track out from CU to WS of Anna, 35 mm, 6 s");
    EXPECT_EQ(move->shot.equipment.front(), "dolly on 9.6 m of straight track");
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const double cruiseMps = (kWsM - kCuM) / 5.0;
    for (std::int64_t k = 24; k <= 120; ++k) {   // 1 s to 5 s
        const RigMotion motion = evaluator->motionAt(frameTime(k));
        EXPECT_NEAR(motion.speedMps, cruiseMps, 1e-9) << k;
        if (k < 120) {
            EXPECT_NEAR(motion.dollyAccelerationMps2, 0.0, 1e-12) << k;
        }
    }
    // The ramps: from rest, and at the constant acceleration v / 1 s.
    EXPECT_EQ(evaluator->motionAt(0).speedMps, 0.0);
    EXPECT_NEAR(evaluator->motionAt(frameTime(12)).dollyAccelerationMps2, cruiseMps, 1e-6);
    EXPECT_NEAR(evaluator->motionAt(frameTime(12)).speedMps, cruiseMps / 2.0, 1e-9);
}

TEST(TrackMove, FreeAimHoldsTheHeadThatAimedAtTheEyes)
{
    MoveSpec spec = annaSpec();
    spec.aim = AimMode::Free;
    const auto move = makeTrackMove(spec, TrackMove{SubjectFraming::atDistance(2.0), SubjectFraming::atDistance(6.0),
                                                    50.0});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Track out from 2 m to 6 m from Anna, 50 mm, 6 s");
    EXPECT_EQ(move->shot.rig.aim, AimMode::Free);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    for (std::int64_t k = 0; k < evaluator->frameCount(); k += 7) {
        const CameraState camera = evaluator->cameraAt(frameTime(k));
        EXPECT_NEAR(std::abs(camera.panDeg), 180.0, 1e-9) << k;   // looking +Z, back at her
        EXPECT_NEAR(camera.tiltDeg, 0.0, 1e-12) << k;
        const auto eyes = projectToGate(camera, annaEyes());
        ASSERT_TRUE(eyes.has_value());
        EXPECT_NEAR(eyes->x, 0.0, 1e-9) << k;
    }
    EXPECT_NEAR(evaluator->cameraAt(spec.durationFlicks).positionM.z, -6.0, 1e-9);
}

TEST(TrackMove, LensAboveTheEyesSolvesTheLevelTrackFromTheSlantDistance)
{
    // Lens 1.2 m above her eyes; 2 m and 5 m slant distances stand sqrt(4 - 1.44) = 1.6 m and
    // sqrt(25 - 1.44) m out.
    MoveSpec spec = annaSpec();
    spec.lensHeightM = kEyeM + 1.2;
    const auto move = makeTrackMove(spec, TrackMove{SubjectFraming::atDistance(2.0), SubjectFraming::atDistance(5.0),
                                                    std::nullopt});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const CameraState start = evaluator->cameraAt(0);
    EXPECT_NEAR(start.positionM.z, -1.6, 1e-12);
    EXPECT_NEAR(start.positionM.y, kEyeM + 1.2, 1e-12);
    EXPECT_NEAR(start.tiltDeg, -std::atan2(1.2, 1.6) * 180.0 / std::numbers::pi, 1e-9);
    EXPECT_NEAR(evaluator->cameraAt(spec.durationFlicks).positionM.z, -std::sqrt(25.0 - 1.44), 1e-9);
    EXPECT_NEAR(move->summary.trackLengthM, std::sqrt(25.0 - 1.44) - 1.6, 1e-12);
}

TEST(TrackMove, RefusesMovesThatGoNowhereOrCannotBeFramed)
{
    const MoveSpec spec = annaSpec();
    const auto same = makeTrackMove(spec, TrackMove{SubjectFraming::ofSize(ShotSize::MS),
                                                    SubjectFraming::ofSize(ShotSize::MS), std::nullopt});
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().field, "to");
    const auto lens = makeTrackMove(spec, TrackMove{SubjectFraming::ofSize(ShotSize::CU),
                                                    SubjectFraming::ofSize(ShotSize::WS), std::nan("")});
    ASSERT_FALSE(lens.ok());
    EXPECT_EQ(lens.error().field, "focalLengthMm");
    const auto far = makeTrackMove(spec, TrackMove{SubjectFraming::ofSize(ShotSize::CU),
                                                   SubjectFraming::atDistance(1e9), std::nullopt});
    ASSERT_FALSE(far.ok());
    EXPECT_EQ(far.error().field, "to");
    MoveSpec high = annaSpec();
    high.lensHeightM = kEyeM + 3.0;   // 3 m above the eyes cannot be 2 m from them
    const auto steep = makeTrackMove(high, TrackMove{SubjectFraming::atDistance(2.0),
                                                     SubjectFraming::atDistance(6.0), std::nullopt});
    ASSERT_FALSE(steep.ok());
    EXPECT_EQ(steep.error().field, "from");
}
