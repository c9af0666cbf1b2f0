// The key builders of key_edits.h that the timeline and the curve editor use: moving many keys
// at once (moveKeys), copying and pasting keys, keying a channel at the playhead (addKeyAtTime)
// and the shape a new key takes (newKeyAt). (addKey, moveKey, deleteKeys and the key-shape
// builders are tested in test_edit_scene_rig_blocking.cpp.) Expected values are the test
// project's own keys (test_edit_project.h), moved by hand-written amounts, and exact times.

#include <cmath>
#include <limits>
#include <vector>

#include <gtest/gtest.h>

#include "core/edit/key_edits.h"
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

const CameraRig& rigOf(const Project& p, std::size_t scene, std::size_t index)
{
    return p.scenes[scene].shots[index].rig;
}

// Shot sh-0001 (scene 0, shot 0) of the test project:
//   dolly:    0 s 0.0 Bezier, 3 s 2.0 Linear, 6 s 4.0 Bezier (all auto clamped)
//   pedestal: 0 s 1.2 Linear, 6 s 1.6 Linear (auto)
//   pan:      0 s 0.0 Eased ease-in-out, 4 s 5.0 Constant
constexpr const char* kPush = "sh-0001";

// --- moveKeys

TEST(MoveKeys, MovesKeysOfSeveralChannelsKeepingTheirShape)
{
    const Project p0 = editTestProject();
    const CameraRig& rig0 = rigOf(p0, 0, 0);
    const std::vector<KeyMove> moves{{{RigChannel::Dolly, 1}, 3 * kSecond + kSecond / 2, 2.5},
                                     {{RigChannel::Pan, 1}, 5 * kSecond, 6.0}};
    const Edit edit = built(moveKeys(p0, kPush, moves));
    EXPECT_EQ(edit.name, "Move 2 keys");
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = rigOf(p, 0, 0);
        const Curve& dolly = rig.channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), 3u);
        EXPECT_EQ(dolly.key(1).time, 3 * kSecond + kSecond / 2);
        EXPECT_EQ(dolly.key(1).value, 2.5);
        EXPECT_EQ(dolly.key(1).interpolation, Interpolation::Linear);
        EXPECT_EQ(dolly.key(1).handleType, HandleType::AutoClamped);
        EXPECT_EQ(dolly.key(0).time, 0);
        EXPECT_EQ(dolly.key(2).time, 6 * kSecond);
        const Curve& pan = rig.channel(RigChannel::Pan);
        ASSERT_EQ(pan.keyCount(), 2u);
        EXPECT_EQ(pan.key(1).time, 5 * kSecond);
        EXPECT_EQ(pan.key(1).value, 6.0);
        EXPECT_EQ(pan.key(1).interpolation, Interpolation::Constant);
        // Key 0 stays (its auto handles follow the new interval, as curve.h computes them).
        EXPECT_EQ(pan.key(0).time, 0);
        EXPECT_EQ(pan.key(0).value, rig0.channel(RigChannel::Pan).key(0).value);
        EXPECT_EQ(pan.key(0).easing, rig0.channel(RigChannel::Pan).key(0).easing);
        EXPECT_EQ(rig.channel(RigChannel::Pedestal), rig0.channel(RigChannel::Pedestal));
    });
}

TEST(MoveKeys, OneKeyIsNamedByItsChannel)
{
    const Project p0 = editTestProject();
    const std::vector<KeyMove> moves{{{RigChannel::Pedestal, 1}, 5 * kSecond, 1.5}};
    EXPECT_EQ(built(moveKeys(p0, kPush, moves)).name, "Move pedestal key");
}

TEST(MoveKeys, AGroupMayPassAKeyThatStaysAndSwapTimesAmongItself)
{
    const Project p0 = editTestProject();
    const CameraRig& rig0 = rigOf(p0, 0, 0);
    // Dolly keys 0 (0 s) and 1 (3 s) dragged 4 s later: they land at 4 s and 7 s, either side
    // of key 2 (6 s), which does not move. Key 1 lands at 7 s, past key 2.
    const std::vector<KeyMove> past{{{RigChannel::Dolly, 0}, 4 * kSecond, 0.0},
                                    {{RigChannel::Dolly, 1}, 7 * kSecond, 2.0}};
    expectLadder(p0, built(moveKeys(p0, kPush, past)), [&](const Project& p) {
        const Curve& dolly = rigOf(p, 0, 0).channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), 3u);
        EXPECT_EQ(dolly.key(0).time, 4 * kSecond);
        EXPECT_EQ(dolly.key(0).interpolation, Interpolation::Bezier);
        EXPECT_EQ(dolly.key(1).time, 6 * kSecond);
        EXPECT_EQ(dolly.key(1).value, 4.0);
        EXPECT_EQ(dolly.key(2).time, 7 * kSecond);
        EXPECT_EQ(dolly.key(2).value, 2.0);
        EXPECT_EQ(dolly.key(2).interpolation, Interpolation::Linear);
        EXPECT_EQ(dolly.extrapolation(), rig0.channel(RigChannel::Dolly).extrapolation());
    });
    // Key 0 takes key 1's time while key 1 moves on: allowed (only keys that stay block).
    const std::vector<KeyMove> chain{{{RigChannel::Dolly, 0}, 3 * kSecond, 0.0},
                                     {{RigChannel::Dolly, 1}, 5 * kSecond, 2.0}};
    expectLadder(p0, built(moveKeys(p0, kPush, chain)), [](const Project& p) {
        const Curve& dolly = rigOf(p, 0, 0).channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), 3u);
        EXPECT_EQ(dolly.key(0).time, 3 * kSecond);
        EXPECT_EQ(dolly.key(0).value, 0.0);
        EXPECT_EQ(dolly.key(1).time, 5 * kSecond);
    });
}

TEST(MoveKeys, HandSetHandlesTravelWithTheirKey)
{
    Project p0 = editTestProject();
    Curve& dolly0 = p0.scenes[0].shots[0].rig.channel(RigChannel::Dolly);
    Keyframe free = dolly0.key(1);
    free.handleType = HandleType::Free;
    free.interpolation = Interpolation::Bezier;
    free.left = Handle{-0.5, -0.25};
    free.right = Handle{0.75, 0.5};
    ASSERT_TRUE(dolly0.replaceKey(1, free).ok());

    const std::vector<KeyMove> moves{{{RigChannel::Dolly, 1}, 2 * kSecond, 3.0}};
    expectLadder(p0, built(moveKeys(p0, kPush, moves)), [&](const Project& p) {
        const Keyframe& moved = rigOf(p, 0, 0).channel(RigChannel::Dolly).key(1);
        EXPECT_EQ(moved.time, 2 * kSecond);
        EXPECT_EQ(moved.value, 3.0);
        EXPECT_EQ(moved.handleType, HandleType::Free);
        EXPECT_EQ(moved.left, (Handle{-0.5, -0.25}));
        EXPECT_EQ(moved.right, (Handle{0.75, 0.5}));
    });
}

TEST(MoveKeys, Refusals)
{
    const Project p0 = editTestProject();
    const auto refused = [&](std::vector<KeyMove> moves, std::string_view field) {
        SCOPED_TRACE(std::string(field));
        expectRefused(moveKeys(p0, kPush, moves), field);
    };
    refused({}, "keys");
    // Dolly has 3 keys: there is no key 3.
    refused({{{RigChannel::Pan, 0}, 0, 0.0}, {{RigChannel::Dolly, 3}, 0, 0.0}}, "keys[1]");
    // One key named twice.
    refused({{{RigChannel::Dolly, 1}, 2 * kSecond, 1.0}, {{RigChannel::Dolly, 1}, 4 * kSecond, 1.0}}, "keys[1]");
    // Two keys of one channel onto one time.
    refused({{{RigChannel::Dolly, 0}, kSecond, 0.0}, {{RigChannel::Dolly, 1}, kSecond, 2.0}}, "keys[1]");
    // Onto a key that stays (dolly key 2 at 6 s).
    refused({{{RigChannel::Dolly, 1}, 6 * kSecond, 2.0}}, "keys[0]");
    // Keys of other channels at that time do not block it: pan key 1 onto the dolly's 3 s is fine.
    EXPECT_TRUE(moveKeys(p0, kPush, std::vector<KeyMove>{{{RigChannel::Pan, 1}, 3 * kSecond, 5.0}}).ok());
    // Outside the channel's range (focal length 1..2000 mm; dolly +-10 km), or not a number.
    refused({{{RigChannel::Dolly, 0}, 0, 10001.0}}, "keys[0].value");
    refused({{{RigChannel::Pan, 0}, 0, 0.0}, {{RigChannel::Dolly, 0}, 0, std::nan("")}}, "keys[1].value");
    // Beyond the curve time limit.
    refused({{{RigChannel::Dolly, 2}, kCurveTimeLimit + 1, 4.0}}, "keys[0].time");
    expectRefused(moveKeys(p0, "sh-9999", std::vector<KeyMove>{{{RigChannel::Dolly, 0}, 0, 0.0}}), "shotId");
}

TEST(MoveKeys, AMergedDragIsOneStepEndingExactlyWhereItsLastStepSays)
{
    const Project p0 = editTestProject();
    const CameraRig& rig0 = rigOf(p0, 0, 0);
    const Flicks step = kSecond / 24;   // one frame at 24 fps per step
    Project project = p0;
    Edit merged;
    for (int i = 1; i <= 10; ++i) {
        // Every step from the keys' start times and values, as KeyEditor::moveSelection does.
        // The keys are found by their new indices (they keep their order while moving later).
        const std::vector<KeyMove> moves{{{RigChannel::Dolly, 1}, 3 * kSecond + i * step, 2.0 + 0.01 * i},
                                         {{RigChannel::Dolly, 2}, 6 * kSecond + i * step, 4.0}};
        const Edit edit = built(moveKeys(project, kPush, moves, "key-move:sh-0001#1"));
        ASSERT_TRUE(applyEdit(project, edit).ok());
        merged = i == 1 ? edit : mergeEdits(merged, edit);
    }
    ASSERT_EQ(merged.changes.size(), 1u);
    EXPECT_EQ(merged.mergeKey, "key-move:sh-0001#1");
    const Curve& dolly = rigOf(project, 0, 0).channel(RigChannel::Dolly);
    EXPECT_EQ(dolly.key(1).time, 3 * kSecond + 10 * step);
    EXPECT_EQ(dolly.key(1).value, 2.0 + 0.01 * 10);
    EXPECT_EQ(dolly.key(2).time, 6 * kSecond + 10 * step);
    EXPECT_EQ(dolly.key(0).time, 0);   // not moved (its auto handles follow its neighbour)
    EXPECT_EQ(dolly.key(0).value, rig0.channel(RigChannel::Dolly).key(0).value);
    // The one step undoes the whole drag.
    const Project state1 = project;
    ASSERT_TRUE(revertEdit(project, merged).ok());
    EXPECT_TRUE(project == p0);
    ASSERT_TRUE(applyEdit(project, merged).ok());
    EXPECT_TRUE(project == state1);
}

// --- copyKeys / pasteKeys

TEST(CopyKeys, OffsetsFromTheEarliestKeyInTimeOrder)
{
    const Project p0 = editTestProject();
    const CameraRig& rig0 = rigOf(p0, 0, 0);
    const std::vector<KeyRef> refs{{RigChannel::Pan, 1}, {RigChannel::Dolly, 1}, {RigChannel::Pedestal, 1}};
    Result<std::vector<CopiedKey>> copy = copyKeys(p0, kPush, refs);
    ASSERT_TRUE(copy.ok()) << copy.error().describe();
    // Pan 4 s, dolly 3 s, pedestal 6 s: the earliest is the dolly key.
    ASSERT_EQ(copy->size(), 3u);
    EXPECT_EQ((*copy)[0], (CopiedKey{RigChannel::Dolly, 0, rig0.channel(RigChannel::Dolly).key(1)}));
    EXPECT_EQ((*copy)[1], (CopiedKey{RigChannel::Pan, kSecond, rig0.channel(RigChannel::Pan).key(1)}));
    EXPECT_EQ((*copy)[2], (CopiedKey{RigChannel::Pedestal, 3 * kSecond, rig0.channel(RigChannel::Pedestal).key(1)}));
}

TEST(CopyKeys, Refusals)
{
    const Project p0 = editTestProject();
    const auto field = [&](std::vector<KeyRef> refs) {
        Result<std::vector<CopiedKey>> copy = copyKeys(p0, kPush, refs);
        return copy.ok() ? std::string("accepted") : copy.error().field;
    };
    EXPECT_EQ(field({}), "keys");
    EXPECT_EQ(field({{RigChannel::Dolly, 0}, {RigChannel::Truck, 0}}), "keys[1]");   // the truck has no keys
    EXPECT_EQ(field({{RigChannel::Dolly, 0}, {RigChannel::Pan, 0}, {RigChannel::Dolly, 0}}), "keys[2]");
    const std::vector<KeyRef> one{{RigChannel::Dolly, 0}};
    EXPECT_EQ(copyKeys(p0, "nope", one).error().field, "shotId");
}

TEST(PasteKeys, IntoAnotherShotWithTheEarliestAtTheGivenTime)
{
    const Project p0 = editTestProject();
    const CameraRig& push = rigOf(p0, 0, 0);
    const std::vector<KeyRef> refs{{RigChannel::Dolly, 1}, {RigChannel::Pan, 1}, {RigChannel::Pedestal, 0}};
    const std::vector<CopiedKey> copy = copyKeys(p0, kPush, refs).value();
    // Into sh-0003 (scene 1, shot 0; pan has one key at 0 s) at 1 s: the pedestal key (offset 0)
    // at 1 s, the dolly key (3 s after it) at 4 s, the pan key (4 s after) at 5 s.
    const Edit edit = built(pasteKeys(p0, "sh-0003", copy, kSecond));
    EXPECT_EQ(edit.name, "Paste 3 keys at 1.00 s");
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = rigOf(p, 1, 0);
        const Curve& pedestal = rig.channel(RigChannel::Pedestal);
        ASSERT_EQ(pedestal.keyCount(), 1u);
        EXPECT_EQ(pedestal.key(0).time, kSecond);
        EXPECT_EQ(pedestal.key(0).value, 1.2);
        EXPECT_EQ(pedestal.key(0).interpolation, Interpolation::Linear);
        EXPECT_EQ(pedestal.key(0).handleType, HandleType::Auto);
        const Curve& dolly = rig.channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), 1u);
        EXPECT_EQ(dolly.key(0).time, 4 * kSecond);
        EXPECT_EQ(dolly.key(0).value, push.channel(RigChannel::Dolly).key(1).value);
        const Curve& pan = rig.channel(RigChannel::Pan);
        ASSERT_EQ(pan.keyCount(), 2u);
        EXPECT_EQ(pan.key(0).value, 30.0);
        EXPECT_EQ(pan.key(1).time, 5 * kSecond);
        EXPECT_EQ(pan.key(1).value, 5.0);
        EXPECT_EQ(pan.key(1).interpolation, Interpolation::Constant);
    });
}

TEST(PasteKeys, ReplacesAKeyAtTheSameTimeAndPastingBackInPlaceChangesNothing)
{
    const Project p0 = editTestProject();
    const std::vector<KeyRef> pan{{RigChannel::Pan, 1}};
    const std::vector<CopiedKey> copy = copyKeys(p0, kPush, pan).value();
    // sh-0003's pan key at 0 s (30 deg, constant) becomes the copied 5 deg constant key.
    const Edit edit = built(pasteKeys(p0, "sh-0003", copy, 0));
    EXPECT_EQ(edit.name, "Paste pan key at 0.00 s");
    expectLadder(p0, edit, [](const Project& p) {
        const Curve& curve = rigOf(p, 1, 0).channel(RigChannel::Pan);
        ASSERT_EQ(curve.keyCount(), 1u);
        EXPECT_EQ(curve.key(0).time, 0);
        EXPECT_EQ(curve.key(0).value, 5.0);
    });
    const std::vector<KeyRef> dolly{{RigChannel::Dolly, 0}, {RigChannel::Dolly, 1}, {RigChannel::Dolly, 2}};
    const Edit back = built(pasteKeys(p0, kPush, copyKeys(p0, kPush, dolly).value(), 0));
    EXPECT_TRUE(changesNothing(back));
}

TEST(PasteKeys, Refusals)
{
    const Project p0 = editTestProject();
    Keyframe k;
    k.value = 50.0;
    const auto refused = [&](std::vector<CopiedKey> keys, Flicks at, std::string_view field) {
        SCOPED_TRACE(std::string(field));
        expectRefused(pasteKeys(p0, kPush, keys, at), field);
    };
    refused({}, 0, "keys");
    Keyframe tooShort = k;
    tooShort.value = 0.5;   // focal length 1..2000 mm
    refused({{RigChannel::FocalLength, 0, k}, {RigChannel::FocalLength, kSecond, tooShort}}, 0, "keys[1].value");
    refused({{RigChannel::FocalLength, 0, k}, {RigChannel::FocalLength, kSecond, k}}, kCurveTimeLimit, "keys[1].time");
    refused({{RigChannel::FocalLength, 0, k}}, -kCurveTimeLimit - 1, "keys[0].time");
    refused({{RigChannel::FocalLength, std::numeric_limits<Flicks>::max(), k}}, kCurveTimeLimit / 2, "keys[0].time");
    refused({{RigChannel::FocalLength, -kSecond, k}}, 0, "keys[0].offset");
    refused({{RigChannel::FocalLength, kSecond, k}, {RigChannel::FocalLength, kSecond, k}}, 0, "keys[1]");
    Keyframe badHandle = k;
    badHandle.handleType = HandleType::Free;
    badHandle.right = Handle{-1.0, 0.0};   // a right handle before its key
    refused({{RigChannel::FocalLength, 0, badHandle}}, 0, "scenes[0].shots[0].rig.channels.focalLengthMm.key.right");
    // The same key at the limit itself is fine.
    EXPECT_TRUE(pasteKeys(p0, kPush, std::vector<CopiedKey>{{RigChannel::FocalLength, 0, k}}, kCurveTimeLimit).ok());
}

// --- newKeyAt / addKeyAtTime

TEST(NewKeyAt, TakesTheShapeOfTheSegmentItSplits)
{
    const Project p0 = editTestProject();
    const CameraRig& rig = rigOf(p0, 0, 0);
    // Splitting the dolly's linear segment 3 s -> 6 s.
    Keyframe key = newKeyAt(rig.channel(RigChannel::Dolly), 4 * kSecond, 2.5);
    EXPECT_EQ(key.time, 4 * kSecond);
    EXPECT_EQ(key.value, 2.5);
    EXPECT_EQ(key.interpolation, Interpolation::Linear);
    EXPECT_EQ(key.handleType, HandleType::AutoClamped);
    // Inside the pan's eased segment: eased, ease-in-out.
    key = newKeyAt(rig.channel(RigChannel::Pan), kSecond, 1.0);
    EXPECT_EQ(key.interpolation, Interpolation::Eased);
    EXPECT_EQ(key.easing, Easing::fromPreset(EasingPreset::EaseInOut));
    // Before the first key: the first key's shape (pedestal: linear, auto).
    key = newKeyAt(rig.channel(RigChannel::Pedestal), -kSecond, 1.0);
    EXPECT_EQ(key.interpolation, Interpolation::Linear);
    EXPECT_EQ(key.handleType, HandleType::Auto);
    // After the last: the last key's (pan: constant).
    EXPECT_EQ(newKeyAt(rig.channel(RigChannel::Pan), 9 * kSecond, 1.0).interpolation, Interpolation::Constant);
    // An empty curve: Bezier, auto clamped.
    key = newKeyAt(rig.channel(RigChannel::Truck), kSecond, 0.25);
    EXPECT_EQ(key.interpolation, Interpolation::Bezier);
    EXPECT_EQ(key.handleType, HandleType::AutoClamped);
    // Hand-set handle types are not inherited.
    Curve freeCurve;
    Keyframe free;
    free.handleType = HandleType::Free;
    free.right = Handle{0.5, 0.0};
    ASSERT_TRUE(freeCurve.insertKey(free).ok());
    EXPECT_EQ(newKeyAt(freeCurve, kSecond, 0.0).handleType, HandleType::AutoClamped);
    // A key already there keeps its shape and handles and takes the value.
    key = newKeyAt(freeCurve, 0, 3.0);
    EXPECT_EQ(key.handleType, HandleType::Free);
    EXPECT_EQ(key.right, (Handle{0.5, 0.0}));
    EXPECT_EQ(key.value, 3.0);
}

TEST(AddKeyAtTime, HoldsTheValueTheChannelHasThere)
{
    const Project p0 = editTestProject();
    const Curve pedestal0 = rigOf(p0, 0, 0).channel(RigChannel::Pedestal);
    // The pedestal runs linearly from 1.2 m (0 s) to 1.6 m (6 s): at 3 s, 1.2 + 0.4 * 3 / 6 = 1.4 m.
    const Edit edit = built(addKeyAtTime(p0, kPush, RigChannel::Pedestal, 3 * kSecond));
    EXPECT_EQ(edit.name, "Key pedestal at 3.00 s");
    expectLadder(p0, edit, [&](const Project& p) {
        const Curve& pedestal = rigOf(p, 0, 0).channel(RigChannel::Pedestal);
        ASSERT_EQ(pedestal.keyCount(), 3u);
        EXPECT_EQ(pedestal.key(1).time, 3 * kSecond);
        EXPECT_DOUBLE_EQ(pedestal.key(1).value, 1.4);
        EXPECT_EQ(pedestal.key(1).interpolation, Interpolation::Linear);
        // A linear segment split by a linear key runs as before.
        for (int tenth = -10; tenth <= 70; ++tenth) {
            const Flicks t = tenth * kSecond / 10;
            EXPECT_NEAR(pedestal.valueAt(t), pedestal0.valueAt(t), 1e-12) << tenth;
        }
    });
    // An empty channel is keyed at its default (truck: 0 m).
    expectLadder(p0, built(addKeyAtTime(p0, kPush, RigChannel::Truck, 2 * kSecond)), [](const Project& p) {
        const Curve& truck = rigOf(p, 0, 0).channel(RigChannel::Truck);
        ASSERT_EQ(truck.keyCount(), 1u);
        EXPECT_EQ(truck.key(0).time, 2 * kSecond);
        EXPECT_EQ(truck.key(0).value, 0.0);
    });
    // A key already there is left as it is.
    EXPECT_TRUE(changesNothing(built(addKeyAtTime(p0, kPush, RigChannel::Dolly, 3 * kSecond))));
    expectRefused(addKeyAtTime(p0, "sh-9999", RigChannel::Dolly, 0), "shotId");
}

TEST(SetChannelsExtrapolation, SeveralChannelsInOneEdit)
{
    const Project p0 = editTestProject();
    const std::vector<RigChannel> two{RigChannel::Pedestal, RigChannel::Pan};
    const Edit edit = built(setChannelsExtrapolation(p0, kPush, two, Extrapolation::Linear));
    EXPECT_EQ(edit.name, "Set 2 channels' extrapolation to linear");
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = rigOf(p, 0, 0);
        EXPECT_EQ(rig.channel(RigChannel::Pedestal).extrapolation(), Extrapolation::Linear);
        EXPECT_EQ(rig.channel(RigChannel::Pan).extrapolation(), Extrapolation::Linear);
        EXPECT_EQ(rig.channel(RigChannel::Dolly), rigOf(p0, 0, 0).channel(RigChannel::Dolly));
    });
    const std::vector<RigChannel> one{RigChannel::Dolly};
    EXPECT_EQ(built(setChannelsExtrapolation(p0, kPush, one, Extrapolation::Linear)).name,
              "Set dolly extrapolation to linear");
    expectRefused(setChannelsExtrapolation(p0, kPush, {}, Extrapolation::Linear), "channels");
    const std::vector<RigChannel> twice{RigChannel::Pan, RigChannel::Pan};
    expectRefused(setChannelsExtrapolation(p0, kPush, twice, Extrapolation::Linear), "channels");
}

} // namespace
} // namespace murnau
