// The movement classifier on rigs the move generators build (test_move_support.h: Anna 1.8 m at
// the origin facing -Z, Super 35 full gate 24.89 x 18.66 mm, 35 mm, 6 s at 24 fps, look-at aim,
// lens at eye height), each of which must come out as the class it was built as, plus hand-made
// frames for the edges of the rules. Expected measures are derived next to each test.

#include <cmath>
#include <numbers>
#include <vector>

#include <gtest/gtest.h>

#include "core/export/movement_classifier.h"
#include "core/moves/dolly_zoom.h"
#include "core/moves/follow_move.h"
#include "core/moves/head_move.h"
#include "core/moves/orbit_move.h"
#include "core/moves/pedestal_move.h"
#include "core/moves/static_shot.h"
#include "core/moves/tilt_track_move.h"
#include "core/moves/track_move.h"
#include "core/moves/truck_move.h"
#include "core/moves/zoom_move.h"
#include "core/optics/shot_size.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

// Lens-to-eyes distance of a shot size's nominal framing at 35 mm: d = v H f / h (subject_framing.h).
double nominalDistanceM(ShotSize size)
{
    return shotSizeBand(size).nominalVisibleStatures * kStatureM * 35.0 / kGateHeightMm;
}

// Classifies a generated move with Anna (actor 0 of projectFor) as the main actor.
MovementClassification classify(const MoveSpec& spec, const Result<MoveResult>& result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().describe());
    if (!result.ok())
        return {};
    const std::optional<ShotEvaluator> evaluator = evaluatorFor(spec, *result);
    if (!evaluator)
        return {};
    const std::vector<MovementFrame> frames = movementFrames(*evaluator, std::size_t{0});
    EXPECT_EQ(frames.size(), 145u);   // 6 s at 24 fps: every frame start and the end instant
    return classifyMovement(frames);
}

std::vector<MovementClass> single(MovementClass c)
{
    return {c};
}

} // namespace

TEST(MovementClassifier, Labels)
{
    EXPECT_EQ(movementClassLabel(MovementClass::Static), "static");
    EXPECT_EQ(movementClassLabel(MovementClass::PushIn), "push in");
    EXPECT_EQ(movementClassLabel(MovementClass::TrackOut), "track out");
    EXPECT_EQ(movementClassLabel(MovementClass::DollyZoom), "dolly zoom");
    EXPECT_EQ(movementClassLabel(MovementClass::Combined), "combined");
    const std::vector<MovementClass> parts{MovementClass::TrackOut, MovementClass::Tilt};
    EXPECT_EQ(movementPartsLabel(parts), "track out + tilt");
    EXPECT_EQ(movementPartsLabel({}), "static");
}

TEST(MovementClassifier, StaticShotIsStatic)
{
    const MoveSpec spec = annaSpec();
    const MovementClassification c = classify(spec, makeStaticShot(spec, StaticShot{}));
    EXPECT_EQ(c.movement, MovementClass::Static);
    EXPECT_EQ(c.parts, single(MovementClass::Static));
    EXPECT_LT(c.measures.travelM, 1e-9);
    EXPECT_NEAR(c.measures.focalRatio, 1.0, 1e-12);
}

TEST(MovementClassifier, TrackOutFromCuToWs)
{
    // The track runs along the line of sight at eye height: the lens retreats from d(CU) to d(WS).
    const MoveSpec spec = annaSpec();
    const MovementClassification c = classify(spec, makeTrackMove(spec, TrackMove{}));
    EXPECT_EQ(c.movement, MovementClass::TrackOut);
    EXPECT_EQ(c.parts, single(MovementClass::TrackOut));
    const double travel = nominalDistanceM(ShotSize::WS) - nominalDistanceM(ShotSize::CU);
    EXPECT_NEAR(c.measures.alongExtremeM, -travel, 1e-6);
    EXPECT_NEAR(c.measures.travelM, travel, 1e-6);
    EXPECT_LT(c.measures.acrossRangeM, 1e-9);
    EXPECT_LT(c.measures.panResidualDeg, 1e-6);
}

TEST(MovementClassifier, PushInFromWsToMcu)
{
    const MoveSpec spec = annaSpec();
    TrackMove move;
    move.from = SubjectFraming::ofSize(ShotSize::WS);
    move.to = SubjectFraming::ofSize(ShotSize::MCU);
    const MovementClassification c = classify(spec, makeTrackMove(spec, move));
    EXPECT_EQ(c.movement, MovementClass::PushIn);
    EXPECT_NEAR(c.measures.alongExtremeM, nominalDistanceM(ShotSize::WS) - nominalDistanceM(ShotSize::MCU), 1e-6);
}

TEST(MovementClassifier, TruckWithLookAtAndWithFreeAim)
{
    // 2 m square to the line of sight: across range 2 m, along 0. Look-at pans with the truck
    // (residual 0), free aim holds the head: either way a truck, not a pan.
    for (const AimMode aim : {AimMode::LookAtActor, AimMode::Free}) {
        MoveSpec spec = annaSpec();
        spec.aim = aim;
        const MovementClassification c = classify(spec, makeTruckMove(spec, TruckMove{}));
        EXPECT_EQ(c.movement, MovementClass::Truck) << static_cast<int>(aim);
        EXPECT_NEAR(c.measures.acrossRangeM, 2.0, 1e-6);
        EXPECT_LT(c.measures.alongRangeM, 1e-6);
        EXPECT_LT(c.measures.pathBow, 1e-9);   // a straight track, though the bearing sweeps atan(2 / 1.249) = 58 deg
        EXPECT_GT(c.measures.orbitSweepDeg, 50.0);
    }
}

TEST(MovementClassifier, PedestalUpOneMetre)
{
    // Look-at tilts to hold the eyes: the tilt is explained by the rise (residual 0).
    const MoveSpec spec = annaSpec();
    const MovementClassification c = classify(spec, makePedestalMove(spec, PedestalMove{}));
    EXPECT_EQ(c.movement, MovementClass::Pedestal);
    EXPECT_NEAR(c.measures.heightRangeM, 1.0, 1e-6);
    // The tilt reaches atan(1 / d(MS)) down.
    EXPECT_NEAR(c.measures.tiltRangeDeg, std::atan(1.0 / nominalDistanceM(ShotSize::MS)) * 180.0 / std::numbers::pi, 1e-4);
    EXPECT_LT(c.measures.tiltResidualDeg, 1e-6);
}

TEST(MovementClassifier, PanAndTiltOfTheHead)
{
    MoveSpec spec = annaSpec();
    HeadMove pan;
    pan.axis = HeadAxis::Pan;
    pan.angleDeg = 30.0;
    MovementClassification c = classify(spec, makeHeadMove(spec, pan));
    EXPECT_EQ(c.movement, MovementClass::Pan);
    EXPECT_NEAR(c.measures.panRangeDeg, 30.0, 1e-6);

    HeadMove tilt;
    tilt.axis = HeadAxis::Tilt;
    tilt.angleDeg = 15.0;
    c = classify(spec, makeHeadMove(spec, tilt));
    EXPECT_EQ(c.movement, MovementClass::Tilt);
    EXPECT_NEAR(c.measures.tiltRangeDeg, 15.0, 1e-6);

    // Under free aim the pan channel itself turns: still a pan.
    spec.aim = AimMode::Free;
    c = classify(spec, makeHeadMove(spec, pan));
    EXPECT_EQ(c.movement, MovementClass::Pan);
}

TEST(MovementClassifier, ZoomOutFromCuToWs)
{
    // At the CU distance, f goes from 35 mm to 35 * v(CU) / v(WS): the ratio v(WS) / v(CU).
    const MoveSpec spec = annaSpec();
    ZoomMove move;
    move.toSize = ShotSize::WS;
    const MovementClassification c = classify(spec, makeZoomMove(spec, move));
    EXPECT_EQ(c.movement, MovementClass::Zoom);
    EXPECT_NEAR(c.measures.focalRatio,
                shotSizeBand(ShotSize::WS).nominalVisibleStatures / shotSizeBand(ShotSize::CU).nominalVisibleStatures,
                1e-6);
    EXPECT_LT(c.measures.travelM, 1e-9);
}

TEST(MovementClassifier, DollyZoomHoldsTheSubject)
{
    // MCU held from 35 mm to 70 mm: the lens retreats to twice the distance, f / d constant.
    const MoveSpec spec = annaSpec();
    DollyZoom move;
    move.endFocalLengthMm = 70.0;
    const MovementClassification c = classify(spec, makeDollyZoom(spec, move));
    EXPECT_EQ(c.movement, MovementClass::DollyZoom);
    EXPECT_EQ(c.parts, single(MovementClass::DollyZoom));
    EXPECT_NEAR(c.measures.focalRatio, 2.0, 1e-6);
    EXPECT_NEAR(c.measures.alongExtremeM, -nominalDistanceM(ShotSize::MCU), 1e-6);
    ASSERT_TRUE(c.measures.sizeDeviation.has_value());
    EXPECT_LT(*c.measures.sizeDeviation, 0.01);
}

TEST(MovementClassifier, OrbitAndSpiral)
{
    const MoveSpec spec = annaSpec();
    MovementClassification c = classify(spec, makeOrbitMove(spec, OrbitMove{}));
    EXPECT_EQ(c.movement, MovementClass::Orbit);
    EXPECT_NEAR(c.measures.orbitSweepDeg, 90.0, 1e-3);
    // A quarter circle bows (1 - cos 45) / (2 sin 45) = 0.2071 of its chord.
    EXPECT_NEAR(c.measures.pathBow, (1.0 - std::cos(std::numbers::pi / 4)) / (2.0 * std::sin(std::numbers::pi / 4)), 1e-3);

    OrbitMove spiral;
    spiral.to = SubjectFraming::ofSize(ShotSize::FS);
    spiral.sweepDeg = -180.0;
    c = classify(spec, makeOrbitMove(spec, spiral));
    EXPECT_EQ(c.movement, MovementClass::Orbit);
    EXPECT_NEAR(c.measures.orbitSweepDeg, 180.0, 1e-3);
}

TEST(MovementClassifier, BackwardsTrackingShotFollows)
{
    // Anna walks 1.4 m/s x 6 s = 8.4 m; the camera keeps its offset exactly.
    const MoveSpec spec = annaSpec();
    const MovementClassification c = classify(spec, makeFollowMove(spec, FollowMove{}));
    EXPECT_EQ(c.movement, MovementClass::Follow);
    EXPECT_TRUE(c.measures.follows);
    EXPECT_NEAR(c.measures.subjectTravelM, 8.4, 1e-6);
    EXPECT_NEAR(c.measures.travelM, 8.4, 1e-6);
}

TEST(MovementClassifier, TiltAndTrackIsCombined)
{
    const MoveSpec spec = annaSpec();
    const MovementClassification c = classify(spec, makeTiltTrackMove(spec, TiltTrackMove{}));
    EXPECT_EQ(c.movement, MovementClass::Combined);
    const std::vector<MovementClass> parts{MovementClass::TrackOut, MovementClass::Tilt};
    EXPECT_EQ(c.parts, parts);
    EXPECT_NEAR(c.measures.tiltResidualDeg, 20.0, 1e-4);
}

TEST(MovementClassifier, TrackAndZoomThatDoNotHoldTheSizeAreCombined)
{
    // Hand-made: the camera retreats 2 m from 2 m while zooming 35 -> 50 mm; the subject's frame
    // fraction F = H f / (h d) goes from 35/2 to 50/4, 29 % smaller: not a dolly zoom.
    std::vector<MovementFrame> frames;
    for (int k = 0; k <= 10; ++k) {
        MovementFrame f;
        const double d = 2.0 + 0.2 * k;
        const double focal = 35.0 + 1.5 * k;
        f.camera.positionM = {0.0, kEyeM, d};
        f.camera.focalLengthMm = focal;
        f.camera.gate = {kGateWidthMm, kGateHeightMm, 1.0};
        f.subjectEyesM = annaEyes();
        f.subjectFraction = kStatureM * focal / (kGateHeightMm * d);
        frames.push_back(f);
    }
    const MovementClassification c = classifyMovement(frames);
    EXPECT_EQ(c.movement, MovementClass::Combined);
    const std::vector<MovementClass> parts{MovementClass::TrackOut, MovementClass::Zoom};
    EXPECT_EQ(c.parts, parts);
    ASSERT_TRUE(c.measures.sizeDeviation.has_value());
    EXPECT_NEAR(*c.measures.sizeDeviation, 1.0 - (50.0 / 4.0) / (35.0 / 2.0), 1e-12);
}

TEST(MovementClassifier, NoiseBelowTheThresholdsIsStatic)
{
    // 1.9 cm of drift and 0.4 degrees of pan: under 2 cm and 0.5 degrees.
    std::vector<MovementFrame> frames(2);
    frames[1].camera.positionM = frames[0].camera.positionM + glm::dvec3(0.019, 0.0, 0.0);
    frames[1].camera.panDeg = 0.4;
    EXPECT_EQ(classifyMovement(frames).movement, MovementClass::Static);
    // 2.1 cm across the lens axis (no subject: the axis is the lens's) is a truck.
    frames[1].camera.positionM = frames[0].camera.positionM + glm::dvec3(0.021, 0.0, 0.0);
    frames[1].camera.panDeg = 0.0;
    EXPECT_EQ(classifyMovement(frames).movement, MovementClass::Truck);
}

TEST(MovementClassifier, StandingCameraPanningAfterAWalkerPans)
{
    // The head follows a subject walking 4 m across at 5 m: a pan of 2 atan(2 / 5) = 43.6 degrees,
    // all of it explained by the look-at, but the camera stands, so it is a pan.
    std::vector<MovementFrame> frames;
    for (int k = 0; k <= 8; ++k) {
        MovementFrame f;
        f.camera.positionM = {0.0, 1.6, 5.0};
        const glm::dvec3 eyes{-2.0 + 0.5 * k, 1.6, 0.0};
        f.camera.panDeg = std::atan2(-(eyes.x - 0.0), -(eyes.z - 5.0)) * 180.0 / std::numbers::pi;
        f.subjectEyesM = eyes;
        frames.push_back(f);
    }
    const MovementClassification c = classifyMovement(frames);
    EXPECT_EQ(c.movement, MovementClass::Pan);
    EXPECT_NEAR(c.measures.panRangeDeg, 2.0 * std::atan(2.0 / 5.0) * 180.0 / std::numbers::pi, 1e-9);
    EXPECT_LT(c.measures.panResidualDeg, 1e-9);
}
