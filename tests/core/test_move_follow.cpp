// Backwards tracking shot through ShotEvaluator with the blocking it writes (test_move_support.h:
// Anna 1.8 m at the origin facing -Z, Super 35 full gate h = 18.66 mm, 35 mm). She walks along
// -Z at 1.4 m/s; the camera leads her at MS: d = 0.37 * 1.8 * 35 / 18.66 m (v(MS) = 1 - waist
// 0.630), its lens at her eye height, so at shot time t she is at z = -1.4 t and the lens at
// z = -d - 1.4 t: d from her eyes on every frame, moving at 1.4 m/s.

#include <cmath>

#include <gtest/gtest.h>

#include "core/moves/follow_move.h"
#include "core/optics/projection.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kMsM = 0.37 * kStatureM * 35.0 / kGateHeightMm;

} // namespace

TEST(FollowMove, HoldsTheDistanceAndTheWalkingPaceOnEveryFrame)
{
    const MoveSpec spec = annaSpec();
    const auto move = makeFollowMove(spec, FollowMove{});
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description, "Backwards tracking shot leading Anna at 1.4 m/s, MS, 35 mm, 6 s (8.4 m of track)");
    EXPECT_EQ(move->shot.rig.focusActor, "Anna");
    EXPECT_NEAR(move->summary.trackLengthM, 8.4, 1e-12);
    // The blocking: two marks 8.4 m apart, leaving at 0, arriving at 6 s.
    ASSERT_TRUE(move->blocking.has_value());
    ASSERT_EQ(move->blocking->marks.size(), 2u);
    EXPECT_EQ(move->blocking->actor, "Anna");
    EXPECT_EQ(move->blocking->marks[0].leaveAt, 0);
    EXPECT_EQ(move->blocking->marks[1].arriveAt, 6 * kS);
    EXPECT_NEAR(move->blocking->marks[1].positionM.z, -8.4, 1e-12);
    // Linear dolly keys: constant speed, no jerk.
    const Curve& dolly = move->shot.rig.channel(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 2u);
    EXPECT_EQ(dolly.key(0).interpolation, Interpolation::Linear);

    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    for (std::int64_t k = 0; k <= evaluator->frameCount(); ++k) {
        const Flicks t = k < evaluator->frameCount() ? frameTime(k) : spec.durationFlicks;
        const ShotSample sample = evaluator->sampleAt(t);
        ASSERT_TRUE(sample.actors[0].framing.has_value());
        EXPECT_NEAR(sample.actors[0].framing->distanceM, kMsM, 1e-9) << k;
        EXPECT_NEAR(sample.camera.positionM.z, -kMsM - 1.4 * flicksToSeconds(t), 1e-9) << k;
        EXPECT_NEAR(sample.camera.focusDistanceM, kMsM, 1e-9) << k;
        const auto eyes = projectToGate(sample.camera, sample.actors[0].pose.positionM + glm::dvec3(0.0, kEyeM, 0.0));
        ASSERT_TRUE(eyes.has_value());
        EXPECT_NEAR(eyes->x, 0.0, 1e-9) << k;
        EXPECT_NEAR(eyes->y, 0.0, 1e-9) << k;
        if (k < evaluator->frameCount()) {   // she stands on her end mark at the very end
            EXPECT_NEAR(sample.motion.speedMps, 1.4, 1e-9) << k;
            EXPECT_NEAR(sample.actors[0].pose.speedMps, 1.4, 1e-9) << k;
            EXPECT_EQ(sample.motion.dollyAccelerationMps2, 0.0) << k;
            EXPECT_NEAR(sample.motion.panRateDegPerS, 0.0, 1e-9) << k;
            EXPECT_NEAR(sample.motion.focusRateMps, 0.0, 1e-9) << k;
        }
    }
}

TEST(FollowMove, RunUpPutsBothAtSpeedOnTheFirstFrame)
{
    // 1 s run-up at 1.4 m/s: her start mark 1.4 m behind her (z = +1.4), the track 9.8 m long,
    // the shot's action starting 1 s into her walk.
    const MoveSpec spec = annaSpec();
    FollowMove follow;
    follow.runUpFlicks = kS;
    follow.framing = SubjectFraming::atDistance(3.0);
    const auto move = makeFollowMove(spec, follow);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->description,
              "Backwards tracking shot leading Anna at 1.4 m/s, 3 m ahead, 35 mm, 6 s (9.8 m of track, 1.4 m run-up)");
    EXPECT_EQ(move->shot.actionStart, kS);
    EXPECT_NEAR(move->blocking->marks[0].positionM.z, 1.4, 1e-12);
    EXPECT_EQ(move->blocking->marks[1].arriveAt, 7 * kS);
    EXPECT_NEAR(move->summary.trackLengthM, 9.8, 1e-12);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const ShotSample first = evaluator->sampleAt(0);
    EXPECT_NEAR(first.actors[0].pose.positionM.z, 0.0, 1e-12);   // where the spec put her
    EXPECT_NEAR(first.camera.positionM.z, -3.0, 1e-12);
    EXPECT_NEAR(first.motion.speedMps, 1.4, 1e-12);
    EXPECT_NEAR(first.actors[0].pose.speedMps, 1.4, 1e-12);
    for (std::int64_t k = 0; k < evaluator->frameCount(); k += 5)
        EXPECT_NEAR(evaluator->sampleAt(frameTime(k)).actors[0].framing->distanceM, 3.0, 1e-9) << k;
}

TEST(FollowMove, WalkToAPointSetsTheDuration)
{
    // From the origin to (3, 0, -4): 5 m at 1.4 m/s is 5 / 1.4 s; she turns to face the walk,
    // and the camera, at bearing 0, leads her along it 2.5 m ahead.
    const MoveSpec spec = annaSpec();
    FollowMove follow;
    follow.walkToM = glm::dvec3(3.0, 0.0, -4.0);
    follow.framing = SubjectFraming::atDistance(2.5);
    const auto move = makeFollowMove(spec, follow);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    EXPECT_EQ(move->shot.durationFlicks, std::llround(5.0 / 1.4 * static_cast<double>(kS)));
    EXPECT_NEAR(move->blocking->marks[1].positionM.x, 3.0, 1e-12);
    EXPECT_NEAR(move->blocking->marks[1].positionM.z, -4.0, 1e-12);
    const auto evaluator = evaluatorFor(spec, *move);
    ASSERT_TRUE(evaluator.has_value());
    const CameraState start = evaluator->cameraAt(0);
    EXPECT_NEAR(start.positionM.x, 2.5 * 0.6, 1e-12);    // 2.5 m along (0.6, 0, -0.8)
    EXPECT_NEAR(start.positionM.z, -2.5 * 0.8, 1e-12);
    for (std::int64_t k = 0; k < evaluator->frameCount(); ++k) {
        const ShotSample sample = evaluator->sampleAt(frameTime(k));
        EXPECT_NEAR(sample.actors[0].framing->distanceM, 2.5, 1e-9) << k;
        EXPECT_NEAR(sample.motion.speedMps, 1.4, 1e-9) << k;
    }
}

TEST(FollowMove, RefusesImpossibleWalks)
{
    const MoveSpec spec = annaSpec();
    for (const double speed : {0.0, -1.0, std::nan(""), 40.0}) {
        FollowMove follow;
        follow.walkingSpeedMps = speed;
        const auto move = makeFollowMove(spec, follow);
        ASSERT_FALSE(move.ok()) << speed;
        EXPECT_EQ(move.error().field, "walkingSpeedMps");
    }
    FollowMove upstairs;
    upstairs.walkToM = glm::dvec3(0.0, 1.0, -5.0);
    EXPECT_EQ(makeFollowMove(spec, upstairs).error().field, "walkToM");
    FollowMove nowhere;
    nowhere.walkToM = glm::dvec3(0.0);
    EXPECT_EQ(makeFollowMove(spec, nowhere).error().field, "walkToM");
    FollowMove backwards;
    backwards.runUpFlicks = -kS;
    EXPECT_EQ(makeFollowMove(spec, backwards).error().field, "runUpFlicks");
}
