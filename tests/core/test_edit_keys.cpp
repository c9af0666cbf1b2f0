// Undo ladders and refusals of the "set key" builders: keyCameraPose (rig_edits.h: the rig passes
// through a piloted pose) and keyActorPose (blocking_edits.h: a mark where the actor stands).
// Expected values: the inputs, hand derivations on the straight track, and core's evaluation of
// the edited shot compared with the wanted pose.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/edit/blocking_edits.h"
#include "core/edit/rig_edits.h"
#include "core/scene/shot_evaluator.h"
#include "test_edit_project.h"

namespace murnau {
namespace {

using edittest::built;
using edittest::editTestProject;
using edittest::expectLadder;
using edittest::kSecond;

void expectRefused(const Result<Edit>& result, std::string_view field)
{
    ASSERT_FALSE(result.ok()) << "accepted: " << result.value().name;
    EXPECT_EQ(result.error().field, field) << result.error().describe();
    EXPECT_FALSE(result.error().message.empty());
}

// Core's camera of shot (scene, index) of `p` at shot time t.
CameraState cameraOf(const Project& p, std::size_t scene, std::size_t index, Flicks t)
{
    Result<ShotEvaluator> evaluator = ShotEvaluator::create(p, p.scenes[scene], p.scenes[scene].shots[index]);
    EXPECT_TRUE(evaluator.ok()) << (evaluator.ok() ? "" : evaluator.error().describe());
    return evaluator.ok() ? evaluator->cameraAt(t) : CameraState{};
}

void expectPose(const CameraState& state, const CameraPose& pose, bool focal = true)
{
    EXPECT_NEAR(state.positionM.x, pose.positionM.x, 1e-9);
    EXPECT_NEAR(state.positionM.y, pose.positionM.y, 1e-9);
    EXPECT_NEAR(state.positionM.z, pose.positionM.z, 1e-9);
    EXPECT_NEAR(std::remainder(state.panDeg - pose.panDeg, 360.0), 0.0, 1e-9);
    EXPECT_NEAR(std::remainder(state.tiltDeg - pose.tiltDeg, 360.0), 0.0, 1e-9);
    EXPECT_NEAR(std::remainder(state.rollDeg - pose.rollDeg, 360.0), 0.0, 1e-9);
    if (focal) {
        EXPECT_DOUBLE_EQ(state.focalLengthMm, pose.focalLengthMm);
    }
}

TEST(KeyCameraPose, StraightTrackKeysTheNeededChannels)
{
    const Project p0 = editTestProject();
    // Shot 2 (sh-0003): straight track from (6, 0, 4) heading 90 (forward -X, right -Z), free aim,
    // pan held at 30, focal length eased 35 -> 85 over 4 s.
    const CameraPose pose{{4.0, 2.0, 3.5}, 40.0, -10.0, 0.0, 50.0};
    const Edit edit = built(keyCameraPose(p0, "sh-0003", 2 * kSecond, pose));
    EXPECT_EQ(edit.name, "Key camera at 2.00 s");
    ASSERT_EQ(edit.changes.size(), 1u);
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = p.scenes[1].shots[0].rig;
        const CameraRig& rig0 = p0.scenes[1].shots[0].rig;
        // d = (-2, 2, -0.5): dolly 2, truck 0.5, pedestal 2.
        ASSERT_EQ(rig.channel(RigChannel::Dolly).keyCount(), 1u);
        EXPECT_NEAR(rig.channel(RigChannel::Dolly).key(0).value, 2.0, 1e-15);
        EXPECT_EQ(rig.channel(RigChannel::Dolly).key(0).time, 2 * kSecond);
        EXPECT_NEAR(rig.channel(RigChannel::Truck).key(0).value, 0.5, 1e-15);
        EXPECT_DOUBLE_EQ(rig.channel(RigChannel::Pedestal).key(0).value, 2.0);
        // Pan had a key at 0: a second at 2 s, constant like the key it follows.
        ASSERT_EQ(rig.channel(RigChannel::Pan).keyCount(), 2u);
        EXPECT_EQ(rig.channel(RigChannel::Pan).key(1).time, 2 * kSecond);
        EXPECT_DOUBLE_EQ(rig.channel(RigChannel::Pan).key(1).value, 40.0);
        EXPECT_EQ(rig.channel(RigChannel::Pan).key(1).interpolation, Interpolation::Constant);
        EXPECT_DOUBLE_EQ(rig.channel(RigChannel::Tilt).key(0).value, -10.0);
        EXPECT_TRUE(rig.channel(RigChannel::Roll).isEmpty());   // already at 0: not needed
        ASSERT_EQ(rig.channel(RigChannel::FocalLength).keyCount(), 3u);
        EXPECT_DOUBLE_EQ(rig.channel(RigChannel::FocalLength).key(1).value, 50.0);
        EXPECT_EQ(rig.channel(RigChannel::FocalLength).key(1).interpolation, Interpolation::Eased);
        // Focus and stop are not the pilot's.
        EXPECT_EQ(rig.channel(RigChannel::FocusDistance), rig0.channel(RigChannel::FocusDistance));
        EXPECT_EQ(rig.channel(RigChannel::FStop), rig0.channel(RigChannel::FStop));
        expectPose(cameraOf(p, 1, 0, 2 * kSecond), pose);
        // The rest of the project is untouched.
        EXPECT_EQ(p.scenes[0], p0.scenes[0]);
        EXPECT_EQ(p.cameras, p0.cameras);
    });
}

TEST(KeyCameraPose, CatmullRomRailWithLookAtPassesThroughThePose)
{
    const Project p0 = editTestProject();
    // Shot 1 (sh-0001): Catmull-Rom rail, looking at Anna who walks from A to B at 2 s.
    const Flicks t = 2 * kSecond;
    const CameraState before = cameraOf(p0, 0, 0, t);
    CameraPose pose = poseOf(before);
    pose.positionM += glm::dvec3(0.3, 0.25, -0.1);
    pose.panDeg += 4.0;
    pose.tiltDeg -= 2.0;
    pose.focalLengthMm = 40.0;
    const Edit edit = built(keyCameraPose(p0, "sh-0001", t, pose));
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = p.scenes[0].shots[0].rig;
        for (const RigChannel channel : {RigChannel::Dolly, RigChannel::Truck, RigChannel::Pedestal,
                                         RigChannel::Pan, RigChannel::Tilt, RigChannel::FocalLength})
            EXPECT_TRUE(rig.channel(channel).findKey(t).has_value()) << rigChannelInfo(channel).key;
        expectPose(cameraOf(p, 0, 0, t), pose);
        // Elsewhere the move still runs: the dolly keys at 0 and 3 s keep their times and values
        // (their auto handles follow the new neighbour).
        const Curve& dolly0 = p0.scenes[0].shots[0].rig.channel(RigChannel::Dolly);
        const Curve& dolly = rig.channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), dolly0.keyCount() + 1);
        EXPECT_EQ(dolly.key(0).time, dolly0.key(0).time);
        EXPECT_EQ(dolly.key(0).value, dolly0.key(0).value);
        EXPECT_EQ(dolly.key(2).time, dolly0.key(1).time);
        EXPECT_EQ(dolly.key(2).value, dolly0.key(1).value);
    });
}

TEST(KeyCameraPose, BezierRailHoldingFramingLeavesTheFocalLength)
{
    const Project p0 = editTestProject();
    // Shot 1A (sh-0002): Bezier rail, holding Ben's framing (the focal length follows him).
    const Flicks t = kSecond;
    CameraPose pose = poseOf(cameraOf(p0, 0, 1, t));
    pose.positionM += glm::dvec3(0.0, 0.3, 0.2);
    pose.panDeg -= 3.0;
    pose.rollDeg = 2.0;
    const Edit edit = built(keyCameraPose(p0, "sh-0002", t, pose));
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = p.scenes[0].shots[1].rig;
        EXPECT_TRUE(rig.channel(RigChannel::FocalLength).isEmpty());
        EXPECT_TRUE(rig.channel(RigChannel::Roll).findKey(t).has_value());
        expectPose(cameraOf(p, 0, 1, t), pose, false);
    });
}

TEST(KeyCameraPose, AKeyAlreadyThereKeepsItsShape)
{
    const Project p0 = editTestProject();
    // sh-0003 has a constant pan key at 0 and an eased focal key at 0.
    const CameraPose pose{{6.0, 1.6, 4.0}, 12.0, 0.0, 0.0, 32.0};
    const Edit edit = built(keyCameraPose(p0, "sh-0003", 0, pose));
    EXPECT_EQ(edit.name, "Key camera at 0.00 s");
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = p.scenes[1].shots[0].rig;
        ASSERT_EQ(rig.channel(RigChannel::Pan).keyCount(), 1u);
        Keyframe expected = p0.scenes[1].shots[0].rig.channel(RigChannel::Pan).key(0);
        expected.value = 12.0;
        EXPECT_EQ(rig.channel(RigChannel::Pan).key(0), expected);
        EXPECT_EQ(rig.channel(RigChannel::FocalLength).key(0).interpolation, Interpolation::Eased);
        EXPECT_EQ(rig.channel(RigChannel::FocalLength).key(0).easing,
                  p0.scenes[1].shots[0].rig.channel(RigChannel::FocalLength).key(0).easing);
        // At the origin with the default pedestal: no dolly, truck or pedestal key is needed.
        EXPECT_TRUE(rig.channel(RigChannel::Dolly).isEmpty());
        EXPECT_TRUE(rig.channel(RigChannel::Truck).isEmpty());
        EXPECT_TRUE(rig.channel(RigChannel::Pedestal).isEmpty());
        expectPose(cameraOf(p, 1, 0, 0), pose);
    });
}

TEST(KeyCameraPose, Refusals)
{
    const Project p0 = editTestProject();
    // Behind the start of shot 1's rail, which starts at (0, 0, 6) heading towards (1, 0, 4).
    expectRefused(keyCameraPose(p0, "sh-0001", kSecond, CameraPose{{-0.5, 1.5, 8.0}, 0.0, 0.0, 0.0, 35.0}),
                  "scenes[0].shots[0].rig.positionM");
    const Result<Edit> behind = keyCameraPose(p0, "sh-0001", kSecond, CameraPose{{-0.5, 1.5, 8.0}});
    ASSERT_FALSE(behind.ok());
    EXPECT_NE(behind.error().message.find("beyond the start of the rail"), std::string::npos);
    // 300 m above the track: the pedestal's range ends at 200 m.
    expectRefused(keyCameraPose(p0, "sh-0003", 0, CameraPose{{6.0, 300.0, 4.0}, 0.0, 0.0, 0.0, 35.0}),
                  "scenes[1].shots[0].rig.channels.pedestalM.key.value");
    expectRefused(keyCameraPose(p0, "sh-0003", 0, CameraPose{{6.0, 1.6, 4.0}, 0.0, 0.0, 0.0, 5000.0}),
                  "scenes[1].shots[0].rig.channels.focalLengthMm.key.value");
    expectRefused(keyCameraPose(p0, "sh-9999", 0, CameraPose{}), "shotId");
}

// ---------------------------------------------------------------------------------
// Actors.

TEST(KeyActorPose, StandingOnAMarkMovesIt)
{
    const Project p0 = editTestProject();
    // Anna stands on A until 1 s.
    const Edit edit = built(keyActorPose(p0, 0, "Anna", kSecond / 2, {0.5, 0.0, 0.5}, 45.0));
    EXPECT_EQ(edit.name, "Key Anna at 0.50 s");
    expectLadder(p0, edit, [&](const Project& p) {
        const ActorBlocking& anna = p.scenes[0].blocking[0];
        ASSERT_EQ(anna.marks.size(), 3u);
        EXPECT_EQ(anna.marks[0].name, "A");
        EXPECT_EQ(anna.marks[0].positionM, glm::dvec3(0.5, 0.0, 0.5));
        EXPECT_EQ(anna.marks[0].facingDeg, 45.0);
        EXPECT_EQ(anna.marks[0].arriveAt, 0);
        EXPECT_EQ(anna.marks[0].leaveAt, kSecond);
        EXPECT_EQ(anna.marks[1], p0.scenes[0].blocking[0].marks[1]);
    });
    // At the instant she leaves B (5 s) she is on B: B moves, turned 270 -> -90.
    const Edit onB = built(keyActorPose(p0, 0, "Anna", 5 * kSecond, {2.0, 0.0, -2.5}, 270.0));
    expectLadder(p0, onB, [&](const Project& p) {
        const ActorBlocking& anna = p.scenes[0].blocking[0];
        ASSERT_EQ(anna.marks.size(), 3u);
        EXPECT_EQ(anna.marks[1].positionM, glm::dvec3(2.0, 0.0, -2.5));
        EXPECT_EQ(anna.marks[1].facingDeg, -90.0);
        EXPECT_EQ(anna.marks[1].viaM, p0.scenes[0].blocking[0].marks[1].viaM);
    });
}

TEST(KeyActorPose, WalkingInsertsAMark)
{
    const Project p0 = editTestProject();
    // At 2 s Anna walks from A (left 1 s) to B (arrives 4 s).
    const ActorPose walking = evaluateBlocking(p0.scenes[0].blocking[0], 2 * kSecond);
    ASSERT_TRUE(walking.walking);
    const Edit edit = built(keyActorPose(p0, 0, "Anna", 2 * kSecond, walking.positionM, walking.facingDeg));
    EXPECT_EQ(edit.name, "Key Anna at 2.00 s");
    expectLadder(p0, edit, [&](const Project& p) {
        const ActorBlocking& anna = p.scenes[0].blocking[0];
        ASSERT_EQ(anna.marks.size(), 4u);
        EXPECT_EQ(anna.marks[1].name, "C");   // A, B and door are taken
        EXPECT_EQ(anna.marks[1].positionM, walking.positionM);
        EXPECT_EQ(anna.marks[1].arriveAt, 2 * kSecond);
        EXPECT_EQ(anna.marks[1].leaveAt, 2 * kSecond);
        EXPECT_TRUE(anna.marks[1].viaM.empty());
        EXPECT_EQ(anna.marks[2], p0.scenes[0].blocking[0].marks[1]);   // B keeps its via points
        // At 2 s she leaves the new mark (a time at leaveAt belongs to the walk, at distance 0).
        const ActorPose now = evaluateBlocking(anna, 2 * kSecond);
        EXPECT_EQ(now.markIndex, 1);
        EXPECT_EQ(now.positionM, walking.positionM);
    });
}

TEST(KeyActorPose, AnActorWithoutBlockingGetsOneMark)
{
    const Project p0 = editTestProject();
    const Edit edit = built(keyActorPose(p0, 0, "Chloe", 3 * kSecond, {-1.0, 0.0, -2.0}, -30.0));
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.scenes[0].blocking.size(), 3u);
        const ActorBlocking& chloe = p.scenes[0].blocking[2];
        EXPECT_EQ(chloe.actor, "Chloe");
        ASSERT_EQ(chloe.marks.size(), 1u);
        EXPECT_EQ(chloe.marks[0].name, "A");
        EXPECT_EQ(chloe.marks[0].arriveAt, 3 * kSecond);
        EXPECT_EQ(chloe.marks[0].facingDeg, -30.0);
    });
    expectRefused(keyActorPose(p0, 0, "Zed", 0, {0.0, 0.0, 0.0}, 0.0), "actor");
    expectRefused(keyActorPose(p0, 5, "Anna", 0, {0.0, 0.0, 0.0}, 0.0), "sceneIndex");
    expectRefused(keyActorPose(p0, 0, "Anna", 0, {0.0, 0.0, 0.0}, std::numeric_limits<double>::quiet_NaN()),
                  "facingDeg");
}

} // namespace
} // namespace murnau
