// Undo ladders and refusals of the scene, shot, rig and blocking edit builders. Expected values
// are the inputs of each edit, the untouched rest of the project, and figures derived by hand.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/edit/blocking_edits.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"
#include "core/moves/track_move.h"
#include "test_edit_project.h"

namespace murnau {
namespace {

using edittest::built;
using edittest::editTestProject;
using edittest::expectLadder;
using edittest::kSecond;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void expectRefused(const Result<Edit>& result, std::string_view field)
{
    ASSERT_FALSE(result.ok()) << "accepted: " << result.value().name;
    EXPECT_EQ(result.error().field, field) << result.error().describe();
    EXPECT_FALSE(result.error().message.empty());
}

const Shot& shotOf(const Project& p, std::size_t scene, std::size_t index)
{
    return p.scenes.at(scene).shots.at(index);
}

// ---------------------------------------------------------------------------------
// Scenes.

TEST(SceneEdits, AddDuplicateRemoveMove)
{
    const Project p0 = editTestProject();
    Scene added;
    added.number = "14";
    added.name = "Outside";
    added.intExt = IntExt::Ext;
    Shot shot = p0.scenes[1].shots[0];
    shot.id.clear(); // given a new id
    added.shots = {shot};
    Edit edit = built(addScene(p0, 1, added));
    EXPECT_EQ(edit.name, "Add scene 14");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.scenes.size(), 3u);
        EXPECT_EQ(p.scenes[1].number, "14");
        EXPECT_EQ(p.scenes[1].shots[0].id, "sh-0004");
        EXPECT_EQ(p.scenes[2], p0.scenes[1]);
    });

    edit = built(duplicateScene(p0, 0));
    EXPECT_EQ(edit.name, "Duplicate scene 12");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.scenes.size(), 3u);
        EXPECT_EQ(p.scenes[1].blocking, p0.scenes[0].blocking);
        ASSERT_EQ(p.scenes[1].shots.size(), 2u);
        EXPECT_EQ(p.scenes[1].shots[0].id, "sh-0004");
        EXPECT_EQ(p.scenes[1].shots[1].id, "sh-0005");
        EXPECT_EQ(p.scenes[1].shots[1].rig, p0.scenes[0].shots[1].rig);
    });

    edit = built(removeScene(p0, 0));
    EXPECT_EQ(edit.name, "Delete scene 12");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.scenes.size(), 1u);
        EXPECT_EQ(p.scenes[0], p0.scenes[1]);
    });

    edit = built(moveScene(p0, 0, 1));
    EXPECT_EQ(edit.name, "Move scene 12 to position 2");
    expectLadder(p0, edit, [&](const Project& p) {
        EXPECT_EQ(p.scenes[0], p0.scenes[1]);
        EXPECT_EQ(p.scenes[1], p0.scenes[0]);
    });
    EXPECT_TRUE(changesNothing(built(moveScene(p0, 1, 1))));

    expectRefused(addScene(p0, 3, added), "index");
    added.shots[0].id = "sh-0002";
    expectRefused(addScene(p0, 0, added), "scenes[0].shots[0].id");
    expectRefused(removeScene(p0, 2), "sceneIndex");
    expectRefused(moveScene(p0, 0, 2), "toIndex");
}

TEST(SceneEdits, HeadingFields)
{
    const Project p0 = editTestProject();
    Edit edit = built(setSceneText(p0, 0, SceneText::Location, "CORRIDOR"));
    EXPECT_EQ(edit.name, "Set scene 12's location to \u201cCORRIDOR\u201d");
    expectLadder(p0, edit, [&](const Project& p) {
        EXPECT_EQ(p.scenes[0].location, "CORRIDOR");
        EXPECT_EQ(p.scenes[0].shots, p0.scenes[0].shots);
    });
    edit = built(setSceneText(p0, 0, SceneText::Number, "12A"));
    EXPECT_EQ(edit.name, "Renumber scene 12 to 12A");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[0].number, "12A"); });
    edit = built(setSceneText(p0, 1, SceneText::Name, "Chloe runs"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[1].name, "Chloe runs"); });
    edit = built(setSceneText(p0, 1, SceneText::TimeOfDay, "DAY"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[1].timeOfDay, "DAY"); });
    edit = built(setSceneIntExt(p0, 0, IntExt::Ext));
    EXPECT_EQ(edit.name, "Set scene 12 to EXT");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[0].intExt, IntExt::Ext); });

    expectRefused(setSceneText(p0, 0, SceneText::Location, "A\nB"), "scenes[0].location");
    expectRefused(setSceneText(p0, 5, SceneText::Location, "X"), "sceneIndex");
}

// ---------------------------------------------------------------------------------
// Shots.

TEST(ShotEdits, AddDuplicateRemoveMove)
{
    const Project p0 = editTestProject();
    EXPECT_EQ(newShotIds(p0, 2), (std::vector<std::string>{"sh-0004", "sh-0005"}));
    ASSERT_TRUE(findShot(p0, "sh-0003").ok());
    EXPECT_EQ(findShot(p0, "sh-0003").value(), (ShotPlace{1, 0}));

    Shot shot = shotOf(p0, 1, 0);
    shot.id.clear();
    shot.number = "3";
    Edit edit = built(addShot(p0, 1, 1, shot));
    EXPECT_EQ(edit.name, "Add shot 3");
    expectLadder(p0, edit, [](const Project& p) {
        ASSERT_EQ(p.scenes[1].shots.size(), 2u);
        EXPECT_EQ(p.scenes[1].shots[1].id, "sh-0004");
        EXPECT_EQ(p.scenes[1].shots[1].number, "3");
    });

    edit = built(duplicateShot(p0, "sh-0001"));
    EXPECT_EQ(edit.name, "Duplicate shot 1");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.scenes[0].shots.size(), 3u);
        EXPECT_EQ(p.scenes[0].shots[1].id, "sh-0004");
        EXPECT_EQ(p.scenes[0].shots[1].rig, shotOf(p0, 0, 0).rig);
        EXPECT_EQ(p.scenes[0].shots[2].id, "sh-0002");
    });

    edit = built(removeShot(p0, "sh-0002"));
    EXPECT_EQ(edit.name, "Delete shot 1A");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[0].shots.size(), 1u); });

    edit = built(moveShot(p0, "sh-0002", 0, 0));
    EXPECT_EQ(edit.name, "Move shot 1A to position 1");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.scenes[0].shots[0].id, "sh-0002");
        EXPECT_EQ(p.scenes[0].shots[1].id, "sh-0001");
    });
    edit = built(moveShot(p0, "sh-0001", 1, 1));
    EXPECT_EQ(edit.name, "Move shot 1 to scene 13");
    expectLadder(p0, edit, [](const Project& p) {
        ASSERT_EQ(p.scenes[0].shots.size(), 1u);
        ASSERT_EQ(p.scenes[1].shots.size(), 2u);
        EXPECT_EQ(p.scenes[1].shots[1].id, "sh-0001");
    });

    shot.id = "sh-0001";
    expectRefused(addShot(p0, 1, 0, shot), "scenes[1].shots[0].id");
    shot.id.clear();
    shot.camera = "Nope";
    expectRefused(addShot(p0, 1, 0, shot), "scenes[1].shots[0].camera");
    expectRefused(removeShot(p0, "sh-9999"), "shotId");
    expectRefused(moveShot(p0, "sh-0001", 0, 2), "toIndex");
    expectRefused(moveShot(p0, "sh-0001", 4, 0), "toSceneIndex");
}

TEST(ShotEdits, Fields)
{
    const Project p0 = editTestProject();
    Edit edit = built(setShotText(p0, "sh-0001", ShotText::Name, "Anna alone"));
    EXPECT_EQ(edit.name, "Rename shot 1 to \u201cAnna alone\u201d");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).name, "Anna alone"); });
    edit = built(setShotText(p0, "sh-0001", ShotText::Number, "2"));
    EXPECT_EQ(edit.name, "Renumber shot 1 to 2");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).number, "2"); });
    edit = built(setShotText(p0, "sh-0002", ShotText::Description, "Ben waits.\nThen he goes."));
    EXPECT_EQ(edit.name, "Edit shot 1A's description");
    expectLadder(p0, edit,
                 [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 1).description, "Ben waits.\nThen he goes."); });
    edit = built(setShotText(p0, "sh-0002", ShotText::Setup, "B7"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 1).setup, "B7"); });
    edit = built(setShotText(p0, "sh-0002", ShotText::Move, "static"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 1).move, "static"); });
    edit = built(setShotText(p0, "sh-0002", ShotText::Notes, ""));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 1).notes, ""); });

    edit = built(setShotCamera(p0, "sh-0001", "B"));
    EXPECT_EQ(edit.name, "Use camera B for shot 1");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).camera, "B"); });
    edit = built(setShotFrameRate(p0, "sh-0001", FrameRate{25, 1}));
    EXPECT_EQ(edit.name, "Set shot 1 to 25 fps");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).frameRate, (FrameRate{25, 1})); });
    edit = built(setShotDuration(p0, "sh-0001", 8 * kSecond, "len"));
    EXPECT_EQ(edit.name, "Set shot 1's length to 8.00 s");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).durationFlicks, 8 * kSecond); });
    edit = built(setShotActionStart(p0, "sh-0001", kSecond / 2));
    EXPECT_EQ(edit.name, "Start shot 1 at 0.50 s of the action");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).actionStart, kSecond / 2); });
    edit = built(setShotCast(p0, "sh-0003", {"Chloe", "Anna"}));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 1, 0).cast, (std::vector<std::string>{"Chloe", "Anna"}));
    });
    edit = built(setShotProps(p0, "sh-0003", {"rope", "lamp"}));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 1, 0).props, (std::vector<std::string>{"rope", "lamp"}));
    });
    edit = built(setShotEquipment(p0, "sh-0003", {"Steadicam"}));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 1, 0).equipment, (std::vector<std::string>{"Steadicam"}));
    });
    edit = built(setShotStatus(p0, "sh-0001", ShotStatus::Approved));
    EXPECT_EQ(edit.name, "Mark shot 1 approved");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).status, ShotStatus::Approved); });

    expectRefused(setShotCamera(p0, "sh-0001", "C"), "scenes[0].shots[0].camera");
    expectRefused(setShotFrameRate(p0, "sh-0001", FrameRate{7, 1}), "scenes[0].shots[0].frameRate");
    expectRefused(setShotDuration(p0, "sh-0001", 0), "scenes[0].shots[0].durationFlicks");
    expectRefused(setShotCast(p0, "sh-0001", {"Anna", "Anna"}), "scenes[0].shots[0].cast[1]");
    expectRefused(setShotCast(p0, "sh-0001", {"Zed"}), "scenes[0].shots[0].cast[0]");
    expectRefused(setShotProps(p0, "sh-0001", {"a\u0001b"}), "scenes[0].shots[0].props[0]");
    expectRefused(setShotText(p0, "sh-0001", ShotText::Name, "two\nlines"), "scenes[0].shots[0].name");
    expectRefused(setShotStatus(p0, "nope", ShotStatus::Shot), "shotId");
}

// ---------------------------------------------------------------------------------
// Rig keys.

TEST(RigEdits, Keys)
{
    const Project p0 = editTestProject();
    const Curve& dolly0 = shotOf(p0, 0, 0).rig.channel(RigChannel::Dolly);

    Edit edit = built(addKey(p0, "sh-0001", RigChannel::FocalLength, edittest::key(2 * kSecond, 50.0)));
    EXPECT_EQ(edit.name, "Key focal length at 2.00 s");
    expectLadder(p0, edit, [](const Project& p) {
        const Curve& focal = shotOf(p, 0, 0).rig.channel(RigChannel::FocalLength);
        ASSERT_EQ(focal.keyCount(), 1u);
        EXPECT_EQ(focal.key(0).time, 2 * kSecond);
        EXPECT_EQ(focal.key(0).value, 50.0);
    });

    // Keying every channel at 3 s keeps the values there: the dolly already has a key at 3 s
    // (left as it is); the pedestal runs linearly from 1.2 m at 0 s to 1.6 m at 6 s, so
    // 1.2 + 0.4 * 3 / 6 = 1.4 m; empty channels get their defaults (rig_json/camera_rig.cpp
    // table: truck 0 m, focal length 35 mm, f-stop 2.8).
    edit = built(addKeysAtTime(p0, "sh-0001", 3 * kSecond));
    EXPECT_EQ(edit.name, "Key all channels at 3.00 s");
    expectLadder(p0, edit, [&](const Project& p) {
        const CameraRig& rig = shotOf(p, 0, 0).rig;
        for (const RigChannelInfo& info : rigChannels()) {
            const std::optional<std::size_t> at = rig.channel(info.channel).findKey(3 * kSecond);
            ASSERT_TRUE(at.has_value()) << info.key;
        }
        EXPECT_EQ(rig.channel(RigChannel::Dolly), dolly0);
        EXPECT_DOUBLE_EQ(rig.channel(RigChannel::Pedestal).valueAt(3 * kSecond), 1.4);
        EXPECT_EQ(rig.channel(RigChannel::Truck).valueAt(3 * kSecond), 0.0);
        EXPECT_EQ(rig.channel(RigChannel::FocalLength).valueAt(3 * kSecond), 35.0);
        EXPECT_EQ(rig.channel(RigChannel::FStop).valueAt(3 * kSecond), 2.8);
    });

    edit = built(moveKey(p0, "sh-0001", KeyRef{RigChannel::Dolly, 1}, 2 * kSecond, 1.5, "key:drag"));
    EXPECT_EQ(edit.name, "Move dolly key to 2.00 s");
    expectLadder(p0, edit, [](const Project& p) {
        const Curve& dolly = shotOf(p, 0, 0).rig.channel(RigChannel::Dolly);
        EXPECT_EQ(dolly.key(1).time, 2 * kSecond);
        EXPECT_EQ(dolly.key(1).value, 1.5);
        EXPECT_EQ(dolly.key(1).interpolation, Interpolation::Linear);
    });

    const std::vector<KeyRef> two{{RigChannel::Dolly, 0}, {RigChannel::Dolly, 2}};
    edit = built(deleteKeys(p0, "sh-0001", two));
    EXPECT_EQ(edit.name, "Delete 2 keys");
    expectLadder(p0, edit, [](const Project& p) {
        const Curve& dolly = shotOf(p, 0, 0).rig.channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), 1u);
        EXPECT_EQ(dolly.key(0).time, 3 * kSecond);
    });

    const std::vector<KeyRef> pan{{RigChannel::Pan, 1}};
    edit = built(setKeyInterpolation(p0, "sh-0001", pan, Interpolation::Linear));
    EXPECT_EQ(edit.name, "Set pan key to linear");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 0, 0).rig.channel(RigChannel::Pan).key(1).interpolation, Interpolation::Linear);
    });

    edit = built(setKeyEasing(p0, "sh-0001", two, Easing::fromPreset(EasingPreset::EaseIn)));
    EXPECT_EQ(edit.name, "Ease 2 keys ease-in");
    expectLadder(p0, edit, [](const Project& p) {
        const Keyframe& k = shotOf(p, 0, 0).rig.channel(RigChannel::Dolly).key(2);
        EXPECT_EQ(k.interpolation, Interpolation::Eased);
        EXPECT_EQ(k.easing, Easing::fromPreset(EasingPreset::EaseIn));
    });

    edit = built(setKeyHandleType(p0, "sh-0001", two, HandleType::Free));
    EXPECT_EQ(edit.name, "Set 2 keys' handles to free");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 0, 0).rig.channel(RigChannel::Dolly).key(0).handleType, HandleType::Free);
    });

    edit = built(setKeyHandle(p0, "sh-0001", KeyRef{RigChannel::Dolly, 0}, HandleSide::Right, Handle{1.0, 0.5}, "h"));
    EXPECT_EQ(edit.name, "Drag dolly key handle");
    expectLadder(p0, edit, [](const Project& p) {
        const Keyframe& k = shotOf(p, 0, 0).rig.channel(RigChannel::Dolly).key(0);
        EXPECT_EQ(k.right, (Handle{1.0, 0.5}));
        EXPECT_EQ(k.handleType, HandleType::Aligned); // an auto key becomes aligned (curve.h)
    });

    edit = built(setChannelExtrapolation(p0, "sh-0001", RigChannel::Dolly, Extrapolation::Linear));
    EXPECT_EQ(edit.name, "Set dolly extrapolation to linear");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 0, 0).rig.channel(RigChannel::Dolly).extrapolation(), Extrapolation::Linear);
    });

    expectRefused(addKey(p0, "sh-0001", RigChannel::FocalLength, edittest::key(0, 0.5)),
                  "scenes[0].shots[0].rig.channels.focalLengthMm.key.value");
    expectRefused(addKey(p0, "sh-0001", RigChannel::Dolly, edittest::key(0, kNaN)),
                  "scenes[0].shots[0].rig.channels.dollyM.key.value");
    expectRefused(moveKey(p0, "sh-0001", KeyRef{RigChannel::Dolly, 1}, 6 * kSecond, 1.0),
                  "scenes[0].shots[0].rig.channels.dollyM.key.time");
    expectRefused(moveKey(p0, "sh-0001", KeyRef{RigChannel::Dolly, 9}, 0, 1.0), "keyIndex");
    const std::vector<KeyRef> twice{{RigChannel::Dolly, 0}, {RigChannel::Dolly, 0}};
    expectRefused(deleteKeys(p0, "sh-0001", twice), "keys");
    expectRefused(deleteKeys(p0, "sh-0001", {}), "keys");
    expectRefused(setKeyHandle(p0, "sh-0001", KeyRef{RigChannel::Dolly, 0}, HandleSide::Right, Handle{-1.0, 0.0}),
                  "scenes[0].shots[0].rig.channels.dollyM.handle");
}

// ---------------------------------------------------------------------------------
// Rails, track, aim and focus.

TEST(RigEdits, RailAndTrack)
{
    const Project p0 = editTestProject();
    Edit edit = built(addRailPoint(p0, "sh-0001", 3, {2.0, 0.0, 1.0}));
    EXPECT_EQ(edit.name, "Add rail point");
    expectLadder(p0, edit, [](const Project& p) {
        const RailPath& rail = *shotOf(p, 0, 0).rig.rail;
        ASSERT_EQ(rail.pointsM.size(), 4u);
        EXPECT_EQ(rail.pointsM[3], glm::dvec3(2.0, 0.0, 1.0));
        ASSERT_TRUE(rail.built);
        EXPECT_EQ(rail.built->segmentCount(), 3u);
    });

    // A shot on a straight track gets a two-point rail from the track's origin (6, 0, 4):
    // 3 m along x, so exactly 3 m long (a 2-point Catmull-Rom rail is the straight line, spline.h).
    edit = built(addRailPoint(p0, "sh-0003", 0, {9.0, 0.0, 4.0}));
    EXPECT_EQ(edit.name, "Lay a rail");
    expectLadder(p0, edit, [](const Project& p) {
        const RailPath& rail = *shotOf(p, 1, 0).rig.rail;
        EXPECT_EQ(rail.pointsM, (std::vector<glm::dvec3>{{6.0, 0.0, 4.0}, {9.0, 0.0, 4.0}}));
        EXPECT_NEAR(rail.built->lengthM(), 3.0, 1e-12);
    });

    edit = built(moveRailPoint(p0, "sh-0002", 1, {1.0, 0.0, 3.0}, "rail"));
    EXPECT_EQ(edit.name, "Move rail point 2");
    expectLadder(p0, edit, [&](const Project& p) {
        const RailPath& rail = *shotOf(p, 0, 1).rig.rail;
        EXPECT_EQ(rail.bezierPoints[1].positionM, glm::dvec3(1.0, 0.0, 3.0));
        EXPECT_EQ(rail.bezierPoints[1].inHandleM, shotOf(p0, 0, 1).rig.rail->bezierPoints[1].inHandleM);
    });

    edit = built(removeRailPoint(p0, "sh-0001", 1));
    EXPECT_EQ(edit.name, "Delete rail point 2");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 0, 0).rig.rail->pointsM, (std::vector<glm::dvec3>{{0.0, 0.0, 6.0}, {1.5, 0.0, 2.5}}));
    });

    edit = built(setRailHandles(p0, "sh-0002", 0, {0.0, 0.0, 0.0}, {2.0, 0.0, 0.5}));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 0, 1).rig.rail->bezierPoints[0].outHandleM, glm::dvec3(2.0, 0.0, 0.5));
    });

    edit = built(setRail(p0, "sh-0001", std::nullopt));
    EXPECT_EQ(edit.name, "Remove the rail");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_FALSE(shotOf(p, 0, 0).rig.rail.has_value()); });
    const Result<RailPath> path = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -4.0}});
    ASSERT_TRUE(path.ok());
    edit = built(setRail(p0, "sh-0003", path.value()));
    EXPECT_EQ(edit.name, "Lay a rail");
    expectLadder(p0, edit, [&](const Project& p) { EXPECT_EQ(shotOf(p, 1, 0).rig.rail, path.value()); });

    edit = built(setStraightTrack(p0, "sh-0003", {1.0, 0.0, 1.0}, -45.0));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 1, 0).rig.originM, glm::dvec3(1.0, 0.0, 1.0));
        EXPECT_EQ(shotOf(p, 1, 0).rig.headingDeg, -45.0);
    });

    expectRefused(removeRailPoint(p0, "sh-0002", 0), "index");
    expectRefused(moveRailPoint(p0, "sh-0001", 1, {0.0, 0.0, 6.0}), "scenes[0].shots[0].rig.rail.pointsM[1]");
    expectRefused(moveRailPoint(p0, "sh-0003", 0, {0.0, 0.0, 0.0}), "shotId");
    expectRefused(setRailHandles(p0, "sh-0001", 0, {}, {}), "shotId");
    expectRefused(addRailPoint(p0, "sh-0001", 9, {5.0, 0.0, 5.0}), "index");
    expectRefused(setStraightTrack(p0, "sh-0003", {kNaN, 0.0, 0.0}, 0.0), "scenes[1].shots[0].rig.originM[0]");
}

TEST(RigEdits, AimFocusAndWholeRig)
{
    const Project p0 = editTestProject();
    Edit edit = built(setAim(p0, "sh-0003", AimMode::LookAtActor, "Chloe"));
    EXPECT_EQ(edit.name, "Look at Chloe");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 1, 0).rig.aim, AimMode::LookAtActor);
        EXPECT_EQ(shotOf(p, 1, 0).rig.aimActor, "Chloe");
    });
    edit = built(setAim(p0, "sh-0001", AimMode::HoldFraming, "Anna"));
    EXPECT_EQ(edit.name, "Hold Anna's framing");
    edit = built(setAim(p0, "sh-0001", AimMode::Free, "ignored"));
    EXPECT_EQ(edit.name, "Free the head");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(shotOf(p, 0, 0).rig.aim, AimMode::Free);
        EXPECT_TRUE(shotOf(p, 0, 0).rig.aimActor.empty());
    });

    edit = built(setHoldFrameFraction(p0, "sh-0002", 0.25, "hold"));
    EXPECT_EQ(edit.name, "Hold Ben at 0.25 of the frame height");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(shotOf(p, 0, 1).rig.holdFrameFraction, 0.25); });

    edit = built(setFocusActor(p0, "sh-0001", ""));
    EXPECT_EQ(edit.name, "Focus by hand");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_TRUE(shotOf(p, 0, 0).rig.focusActor.empty()); });
    edit = built(setFocusActor(p0, "sh-0001", "Ben"));
    EXPECT_EQ(edit.name, "Focus on Ben");

    CameraRig rig = shotOf(p0, 1, 0).rig;
    rig.focusActor = "Chloe";
    edit = built(replaceRig(p0, "sh-0001", rig));
    EXPECT_EQ(edit.name, "Replace rig of shot 1");
    expectLadder(p0, edit, [&](const Project& p) { EXPECT_EQ(shotOf(p, 0, 0).rig, rig); });

    expectRefused(setAim(p0, "sh-0001", AimMode::LookAtActor, "Zed"), "scenes[0].shots[0].rig.aimActor");
    expectRefused(setAim(p0, "sh-0001", AimMode::LookAtActor, ""), "scenes[0].shots[0].rig.aimActor");
    expectRefused(setHoldFrameFraction(p0, "sh-0002", 0.0), "scenes[0].shots[1].rig.holdFrameFraction");
    expectRefused(setFocusActor(p0, "sh-0001", "Zed"), "scenes[0].shots[0].rig.focusActor");
}

TEST(RigEdits, ApplyingAMoveIsOneEdit)
{
    const Project p0 = editTestProject();
    MoveSpec spec;
    spec.subject = p0.actors[2];
    spec.camera = p0.cameras[1];
    spec.durationFlicks = 5 * kSecond;
    const Result<MoveResult> move = makeTrackMove(spec, TrackMove{});
    ASSERT_TRUE(move.ok()) << move.error().describe();

    const Edit edit = built(applyMove(p0, "sh-0003", move.value()));
    EXPECT_EQ(edit.name, move->description);
    EXPECT_EQ(edit.changes.size(), 1u);
    expectLadder(p0, edit, [&](const Project& p) {
        const Shot& shot = shotOf(p, 1, 0);
        EXPECT_EQ(shot.rig, move->shot.rig);
        EXPECT_EQ(shot.durationFlicks, 5 * kSecond);
        EXPECT_EQ(shot.move, move->shot.move);
        EXPECT_EQ(shot.equipment, move->shot.equipment);
        EXPECT_EQ(shot.description, move->description);
        // The shot keeps its identity and shot-list fields.
        EXPECT_EQ(shot.id, "sh-0003");
        EXPECT_EQ(shot.number, "2");
        EXPECT_EQ(shot.status, ShotStatus::Shot);
        EXPECT_EQ(shot.actionStart, 0);
        EXPECT_EQ(p.scenes[1].blocking, p0.scenes[1].blocking);
    });

    // A move that carries blocking replaces the subject's blocking in the same edit.
    MoveResult withBlocking = move.value();
    withBlocking.blocking
        = edittest::madeBlocking("Chloe",
                                 {edittest::mark("start", {-6.0, 0.0, -3.0}, 0.0, 0, 0),
                                  edittest::mark("end", {-6.0, 0.0, 1.0}, 0.0, 5 * kSecond, 5 * kSecond)});
    withBlocking.shot.actionStart = kSecond;
    const Edit both = built(applyMove(p0, "sh-0003", withBlocking));
    EXPECT_EQ(both.changes.size(), 2u);
    expectLadder(p0, both, [&](const Project& p) {
        EXPECT_EQ(p.scenes[1].blocking[0], *withBlocking.blocking);
        EXPECT_EQ(shotOf(p, 1, 0).actionStart, kSecond);
    });

    expectRefused(applyMove(p0, "nope", move.value()), "shotId");
}

// ---------------------------------------------------------------------------------
// Blocking.

TEST(BlockingEdits, Marks)
{
    const Project p0 = editTestProject();
    // Ben has one mark at 0 s; a second one at 3-4 s makes a walk.
    Edit edit = built(addMark(p0, 0, "Ben", edittest::mark("C", {3.0, 0.0, -2.0}, 45.0, 3 * kSecond, 4 * kSecond)));
    EXPECT_EQ(edit.name, "Add mark C for Ben");
    expectLadder(p0, edit, [](const Project& p) {
        const ActorBlocking& ben = p.scenes[0].blocking[1];
        ASSERT_EQ(ben.marks.size(), 2u);
        EXPECT_EQ(ben.marks[1].name, "C");
        ASSERT_EQ(ben.walks.size(), 1u);
        ASSERT_TRUE(ben.walks[0]);
        EXPECT_NEAR(ben.walks[0]->lengthM(), 2.0, 1e-12); // (1,0,-2) to (3,0,-2)
    });
    // Chloe has no blocking in scene 12: she gets some.
    edit = built(addMark(p0, 0, "Chloe", edittest::mark("X", {0.0, 0.0, 1.0}, 0.0, 0, 0)));
    expectLadder(p0, edit, [](const Project& p) {
        ASSERT_EQ(p.scenes[0].blocking.size(), 3u);
        EXPECT_EQ(p.scenes[0].blocking[2].actor, "Chloe");
    });

    edit = built(moveMark(p0, 0, "Anna", 2, {5.0, 0.0, -3.0}, "mark"));
    EXPECT_EQ(edit.name, "Move Anna's mark door");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.scenes[0].blocking[0].marks[2].positionM, glm::dvec3(5.0, 0.0, -3.0));
        EXPECT_NEAR(p.scenes[0].blocking[0].walks[1]->lengthM(), 3.0, 1e-12); // (2,0,-3) to (5,0,-3)
    });

    edit = built(setMarkTimes(p0, 0, "Anna", 1, 3 * kSecond, 6 * kSecond));
    EXPECT_EQ(edit.name, "Retime Anna's mark B");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.scenes[0].blocking[0].marks[1].arriveAt, 3 * kSecond);
        EXPECT_EQ(p.scenes[0].blocking[0].marks[1].leaveAt, 6 * kSecond);
    });

    edit = built(turnOnMark(p0, 0, "Anna", 0, -90.0));
    EXPECT_EQ(edit.name, "Turn Anna to -90\u00b0 on mark A");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[0].blocking[0].marks[0].facingDeg, -90.0); });

    edit = built(renameMark(p0, 0, "Anna", 1, "crate"));
    EXPECT_EQ(edit.name, "Rename Anna's mark B to crate");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[0].blocking[0].marks[1].name, "crate"); });

    edit = built(removeMark(p0, 0, "Anna", 1));
    EXPECT_EQ(edit.name, "Delete Anna's mark B");
    expectLadder(p0, edit, [](const Project& p) {
        const ActorBlocking& anna = p.scenes[0].blocking[0];
        ASSERT_EQ(anna.marks.size(), 2u);
        EXPECT_EQ(anna.marks[1].name, "door");
        EXPECT_EQ(anna.walks.size(), 1u);
    });
    // Removing Ben's only mark removes his blocking.
    edit = built(removeMark(p0, 0, "Ben", 0));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.scenes[0].blocking.size(), 1u); });

    edit = built(removeBlocking(p0, 1, "Chloe"));
    EXPECT_EQ(edit.name, "Clear Chloe's blocking");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_TRUE(p.scenes[1].blocking.empty()); });

    // B is left at 5 s; arriving at the door at 4.5 s is before leaving B.
    expectRefused(setMarkTimes(p0, 0, "Anna", 2, 4 * kSecond + kSecond / 2, 8 * kSecond),
                  "scenes[0].blocking[0].marks[2].arriveAtFlicks");
    expectRefused(setMarkTimes(p0, 0, "Anna", 1, 5 * kSecond, 4 * kSecond),
                  "scenes[0].blocking[0].marks[1].leaveAtFlicks");
    expectRefused(moveMark(p0, 0, "Anna", 0, {kNaN, 0.0, 0.0}), "scenes[0].blocking[0].marks[0].positionM");
    expectRefused(moveMark(p0, 0, "Anna", 5, {0.0, 0.0, 0.0}), "markIndex");
    expectRefused(moveMark(p0, 0, "Chloe", 0, {0.0, 0.0, 0.0}), "actor");
    expectRefused(moveMark(p0, 4, "Anna", 0, {0.0, 0.0, 0.0}), "sceneIndex");
    expectRefused(addMark(p0, 0, "Zed", edittest::mark("Z", {}, 0.0, 0, 0)), "actor");
    expectRefused(turnOnMark(p0, 0, "Anna", 0, 720.0), "scenes[0].blocking[0].marks[0].facingDeg");
}

TEST(BlockingEdits, ViaPointsAndWalkingSpeed)
{
    const Project p0 = editTestProject();
    Edit edit = built(setViaPoints(p0, 0, "Anna", 1, {}));
    EXPECT_EQ(edit.name, "Shape Anna's walk to mark B");
    expectLadder(p0, edit, [](const Project& p) {
        // A to B without via points is the straight line from (0,0,0) to (2,0,-3): sqrt(4 + 9) m.
        EXPECT_NEAR(p.scenes[0].blocking[0].walks[0]->lengthM(), std::sqrt(13.0), 1e-12);
    });
    edit = built(addViaPoint(p0, 0, "Anna", 2, 0, {3.0, 0.0, -2.0}));
    EXPECT_EQ(edit.name, "Add a point to Anna's walk to mark door");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.scenes[0].blocking[0].marks[2].viaM, (std::vector<glm::dvec3>{{3.0, 0.0, -2.0}}));
    });
    edit = built(moveViaPoint(p0, 0, "Anna", 1, 1, {1.8, 0.0, -2.0}, "via"));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.scenes[0].blocking[0].marks[1].viaM[1], glm::dvec3(1.8, 0.0, -2.0));
    });
    edit = built(removeViaPoint(p0, 0, "Anna", 1, 0));
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.scenes[0].blocking[0].marks[1].viaM, (std::vector<glm::dvec3>{{1.5, 0.0, -2.2}}));
    });

    // B (2,0,-3) to door (4,0,-3) is a straight 2 m walk; leaving B at 5 s at 0.8 m/s takes
    // 2 / 0.8 = 2.5 s, so the door is reached at 7.5 s instead of 7 s: +0.5 s.
    edit = built(setWalkSpeed(p0, 0, "Anna", 2, 0.8));
    EXPECT_EQ(edit.name, "Walk Anna to door at 0.80 m/s");
    expectLadder(p0, edit, [](const Project& p) {
        const Mark& door = p.scenes[0].blocking[0].marks[2];
        EXPECT_EQ(door.arriveAt, 7 * kSecond + kSecond / 2);
        EXPECT_EQ(door.leaveAt, 7 * kSecond + kSecond / 2);
    });
    // Faster walks shift the later marks too: Anna walks into B (A left at 1 s) at a pace that makes
    // the walk 1 s long; B and the door move earlier by the same amount, keeping their durations.
    edit = built(setWalkSpeed(p0, 0, "Anna", 1, p0.scenes[0].blocking[0].walks[0]->lengthM()));
    expectLadder(p0, edit, [](const Project& p) {
        const std::vector<Mark>& marks = p.scenes[0].blocking[0].marks;
        EXPECT_EQ(marks[1].arriveAt, 2 * kSecond);
        EXPECT_EQ(marks[1].leaveAt, 3 * kSecond);
        EXPECT_EQ(marks[2].arriveAt, 5 * kSecond);
    });

    expectRefused(setWalkSpeed(p0, 0, "Anna", 2, 0.0), "speedMps");
    expectRefused(setWalkSpeed(p0, 0, "Anna", 2, kNaN), "speedMps");
    expectRefused(setWalkSpeed(p0, 0, "Anna", 0, 1.4), "markIndex");
    expectRefused(setViaPoints(p0, 0, "Anna", 1, {{kNaN, 0.0, 0.0}}), "scenes[0].blocking[0].marks[1].viaM[0]");
    expectRefused(removeViaPoint(p0, 0, "Anna", 2, 0), "viaIndex");
}

} // namespace
} // namespace murnau
