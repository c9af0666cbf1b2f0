// The simpler moves through ShotEvaluator: static, truck, pedestal/crane, pan/tilt/roll, zoom,
// and tilt + track (test_move_support.h: Anna 1.8 m at the origin facing -Z, Super 35 full gate
// 24.89 x 18.66 mm, 35 mm). With bearing 0 the camera stands on -Z looking back along +Z (pan
// 180), so its right is world -X. A point at lateral angle a to the right of the lens axis
// projects to x = tan(a) / (w / 2f) and one at angle a above it to y = tan(a) / (h / 2f)
// (projection.h). MS: d = 0.37 * 1.8 * 35 / 18.66 = 1.2492 m.

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "core/moves/head_move.h"
#include "core/moves/pedestal_move.h"
#include "core/moves/static_shot.h"
#include "core/moves/tilt_track_move.h"
#include "core/moves/truck_move.h"
#include "core/moves/zoom_move.h"
#include "core/optics/projection.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kMsM = 0.37 * kStatureM * 35.0 / kGateHeightMm;
constexpr double kRad = std::numbers::pi / 180.0;

glm::dvec2 eyesOnGate(const ShotEvaluator& evaluator, Flicks t)
{
    const auto eyes = projectToGate(evaluator.cameraAt(t), annaEyes());
    EXPECT_TRUE(eyes.has_value());
    return eyes.value_or(glm::dvec2(99.0));
}

} // namespace

TEST(StaticShot, OneKeyPerChannelFramingTheSubject)
{
    const MoveSpec spec = annaSpec();
    const auto move = makeStaticShot(spec, StaticShot{});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Static MS of Anna, 35 mm, 6 s");
    for (const RigChannel channel : {RigChannel::Pedestal, RigChannel::FocalLength, RigChannel::FStop})
        EXPECT_EQ(move->shot.rig.channel(channel).keyCount(), 1u);
    EXPECT_TRUE(move->shot.rig.channel(RigChannel::Dolly).isEmpty());
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const ShotSample sample = evaluator->sampleAt(3 * kS);
    EXPECT_NEAR(sample.camera.positionM.z, -kMsM, 1e-12);
    EXPECT_NEAR(sample.camera.positionM.y, kEyeM, 1e-12);
    EXPECT_EQ(sample.actors[0].framing->shotSize, ShotSize::MS);
    EXPECT_EQ(sample.camera.fStop, 2.8);
    // Dolly keys added later push in: the straight track heads for her.
    Shot pushed = move->shot;
    Keyframe in;
    in.time = 0;
    in.value = 0.5;
    ASSERT_TRUE(pushed.rig.channel(RigChannel::Dolly).insertKey(in).ok());
    const auto pushedEvaluator = ShotEvaluator::create(projectFor(spec), Scene{}, pushed);
    ASSERT_TRUE(pushedEvaluator.ok());
    EXPECT_NEAR(pushedEvaluator->cameraAt(0).positionM.z, -kMsM + 0.5, 1e-12);
}

TEST(TruckMove, FreeHeadLetsTheSubjectSlideAcrossFrame)
{
    // Truck right 1 m with the head still: she ends 1 m to the left of the axis at depth d,
    // x = -(1 / d) / (24.89 / 70).
    MoveSpec spec = annaSpec();
    spec.aim = AimMode::Free;
    const auto move = makeTruckMove(spec, TruckMove{SubjectFraming::ofSize(ShotSize::MS), 1.0, std::nullopt});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Truck right 1 m, MS of Anna, 35 mm, 6 s");
    EXPECT_EQ(move->shot.equipment.front(), "dolly on 1 m of straight track");
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.x, -1.0, 1e-12);   // camera right = world -X
    EXPECT_NEAR(last.positionM.z, -kMsM, 1e-12);
    EXPECT_NEAR(std::abs(last.panDeg), 180.0, 1e-9);
    EXPECT_NEAR(eyesOnGate(*evaluator, spec.durationFlicks).x, -(1.0 / kMsM) / (kGateWidthMm / 70.0), 1e-9);

    // With look-at aim the head pans and she stays centred.
    const auto lookAt = makeTruckMove(annaSpec(), TruckMove{SubjectFraming::ofSize(ShotSize::MS), -1.0, std::nullopt});
    ASSERT_TRUE(lookAt.ok());
    EXPECT_EQ(lookAt->description, "Truck left 1 m, MS of Anna, 35 mm, 6 s");
    const auto following = evaluatorFor(annaSpec(), *lookAt);
    ASSERT_TRUE(following.has_value());
    EXPECT_NEAR(following->cameraAt(spec.durationFlicks).positionM.x, 1.0, 1e-12);
    EXPECT_NEAR(eyesOnGate(*following, spec.durationFlicks).x, 0.0, 1e-9);
    EXPECT_EQ(makeTruckMove(spec, TruckMove{SubjectFraming::ofSize(ShotSize::MS), 0.0, std::nullopt}).error().field,
              "truckM");
}

TEST(PedestalMove, LensRisesAndTheLookAtTiltsDown)
{
    // Up 1 m from eye height at d = 1.2492 m: the head tilts down atan(1 / d).
    const MoveSpec spec = annaSpec();
    const auto move = makePedestalMove(spec, PedestalMove{SubjectFraming::ofSize(ShotSize::MS), 1.0, std::nullopt});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Crane up 1 m, MS of Anna, 35 mm, 6 s");
    EXPECT_NEAR(move->summary.endDistanceM, std::sqrt(kMsM * kMsM + 1.0), 1e-12);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.y, kEyeM + 1.0, 1e-12);
    EXPECT_NEAR(last.tiltDeg, -std::atan(1.0 / kMsM) / kRad, 1e-9);
    EXPECT_EQ(makePedestalMove(spec, PedestalMove{SubjectFraming::ofSize(ShotSize::MS), -20.0, std::nullopt})
                  .error()
                  .field,
              "riseM");   // would end 18 m below the floor, beyond the pedestal channel's -10 m
}

TEST(HeadMove, PanTiltAndRollTurnTheHead)
{
    // Pan left 30 deg: she ends 30 deg right of the axis, x = tan 30 / (24.89 / 70); the same
    // with free aim (from pan 180) or look-at (offset from 0).
    for (const AimMode aim : {AimMode::Free, AimMode::LookAtActor}) {
        MoveSpec spec = annaSpec();
        spec.aim = aim;
        const auto pan = makeHeadMove(spec, HeadMove{SubjectFraming::ofSize(ShotSize::MS), HeadAxis::Pan, 30.0,
                                                     std::nullopt});
        ASSERT_TRUE(pan.ok()) << pan.error().describe();
        EXPECT_EQ(pan->description, "Pan left 30\u00b0, MS of Anna, 35 mm, 6 s");
        const auto evaluator = evaluatorFor(spec, *pan);
        ASSERT_TRUE(evaluator.has_value());
        EXPECT_NEAR(eyesOnGate(*evaluator, 0).x, 0.0, 1e-9);
        EXPECT_NEAR(eyesOnGate(*evaluator, spec.durationFlicks).x, std::tan(30.0 * kRad) / (kGateWidthMm / 70.0), 1e-9);
    }
    // Tilt up 10 deg: she ends below centre, y = -tan 10 / (18.66 / 70).
    const MoveSpec spec = annaSpec();
    const auto tilt = makeHeadMove(spec, HeadMove{SubjectFraming::ofSize(ShotSize::MS), HeadAxis::Tilt, 10.0,
                                                  std::nullopt});
    ASSERT_TRUE(tilt.ok());
    EXPECT_EQ(tilt->description, "Tilt up 10\u00b0, MS of Anna, 35 mm, 6 s");
    const auto tilting = evaluatorFor(spec, *tilt);
    ASSERT_TRUE(tilting.has_value());
    EXPECT_NEAR(eyesOnGate(*tilting, spec.durationFlicks).y, -std::tan(10.0 * kRad) / (kGateHeightMm / 70.0), 1e-9);
    // Roll clockwise 15 deg.
    const auto roll = makeHeadMove(spec, HeadMove{SubjectFraming::ofSize(ShotSize::MS), HeadAxis::Roll, -15.0,
                                                  std::nullopt});
    ASSERT_TRUE(roll.ok());
    EXPECT_EQ(roll->description, "Roll clockwise 15\u00b0, MS of Anna, 35 mm, 6 s");
    const auto rolling = evaluatorFor(spec, *roll);
    ASSERT_TRUE(rolling.has_value());
    EXPECT_NEAR(rolling->cameraAt(spec.durationFlicks).rollDeg, -15.0, 1e-12);
    EXPECT_EQ(makeHeadMove(spec, HeadMove{SubjectFraming::ofSize(ShotSize::MS), HeadAxis::Pan, std::nan(""),
                                          std::nullopt})
                  .error()
                  .field,
              "angleDeg");
}

TEST(ZoomMove, ZoomsFromAFramingToAShotSize)
{
    // MS on a 50 mm (d = 0.37 * 1.8 * 50 / 18.66 m) out to FS: f2 = h d / (1.2 H) = 50 * 0.37 / 1.2.
    const MoveSpec spec = annaSpec();
    ZoomMove zoom;
    zoom.from = SubjectFraming::ofSize(ShotSize::MS);
    zoom.fromFocalLengthMm = 50.0;
    zoom.toSize = ShotSize::FS;
    const auto move = makeZoomMove(spec, zoom);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    const double f2 = 50.0 * 0.37 / 1.2;   // 15.417 mm
    EXPECT_NEAR(move->summary.endFocalLengthMm, f2, 1e-12);
    EXPECT_EQ(move->description, "Zoom out from MS to FS of Anna, 50 mm to 15.4 mm, 6 s");
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const ShotSample first = evaluator->sampleAt(0);
    const ShotSample last = evaluator->sampleAt(spec.durationFlicks);
    EXPECT_EQ(first.camera.positionM, last.camera.positionM);
    EXPECT_NEAR(last.actors[0].framing->visibleStatures, 1.2, 1e-12);
    EXPECT_EQ(last.actors[0].framing->shotSize, ShotSize::FS);

    ZoomMove byFocal;
    byFocal.from = SubjectFraming::atDistance(3.0);
    byFocal.fromFocalLengthMm = 25.0;
    byFocal.toFocalLengthMm = 75.0;
    const auto zoomIn = makeZoomMove(spec, byFocal);
    ASSERT_TRUE(zoomIn.ok()) << zoomIn.error().describe();
    EXPECT_EQ(zoomIn->description, "Zoom in on Anna from 3 m, 25 mm to 75 mm, 6 s");
    EXPECT_EQ(zoomIn->shot.move, "zoomin");

    ZoomMove both = zoom;
    both.toFocalLengthMm = 25.0;
    EXPECT_EQ(makeZoomMove(spec, both).error().field, "toFocalLengthMm");
    ZoomMove same;
    same.toFocalLengthMm = 35.0;
    EXPECT_EQ(makeZoomMove(spec, same).error().field, "toFocalLengthMm");
}

TEST(TiltTrackMove, SweepsBackAndUp)
{
    // MCU to WS, tilting up 20 deg and rising 1 m. The end stands g2 = sqrt(d2^2 - 1) out
    // (d2 = 3 * 1.8 * 35 / 18.66), 1 m above her eyes; the look-at head aims down atan(1 / g2)
    // and the tilt offset adds 20 deg.
    const MoveSpec spec = annaSpec();
    TiltTrackMove sweep;
    sweep.riseM = 1.0;
    const auto move = makeTiltTrackMove(spec, sweep);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Track out from MCU to WS of Anna tilting up 20\u00b0 and rising 1 m, 35 mm, 6 s");
    const double d2 = 3.0 * kStatureM * 35.0 / kGateHeightMm;
    const double g2 = std::sqrt(d2 * d2 - 1.0);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const CameraState last = evaluator->cameraAt(spec.durationFlicks);
    EXPECT_NEAR(last.positionM.z, -g2, 1e-9);
    EXPECT_NEAR(last.positionM.y, kEyeM + 1.0, 1e-12);
    EXPECT_NEAR(last.tiltDeg, -std::atan(1.0 / g2) / kRad + 20.0, 1e-9);
    const CameraState first = evaluator->cameraAt(0);
    EXPECT_NEAR(first.tiltDeg, 0.0, 1e-12);
    EXPECT_EQ(makeTiltTrackMove(spec, TiltTrackMove{SubjectFraming::ofSize(ShotSize::MCU),
                                                    SubjectFraming::ofSize(ShotSize::WS), 120.0, 0.0, std::nullopt})
                  .error()
                  .field,
              "tiltDeg");
}
