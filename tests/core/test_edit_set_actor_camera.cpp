// Undo ladders and refusals of the settings, set, actor and camera edit builders. Expected values
// are the inputs of each edit (an edit sets what it was given) and the untouched rest of the project.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/edit/actor_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/set_edits.h"
#include "core/edit/settings_edits.h"
#include "test_edit_project.h"

namespace murnau {
namespace {

using edittest::built;
using edittest::editTestProject;
using edittest::expectLadder;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Checks a builder's refusal: an error naming `field`, and (trivially, since builders take the
// project by const reference) nothing to apply.
void expectRefused(const Result<Edit>& result, std::string_view field)
{
    ASSERT_FALSE(result.ok()) << "accepted: " << result.value().name;
    EXPECT_EQ(result.error().field, field) << result.error().describe();
    EXPECT_FALSE(result.error().message.empty());
}

// ---------------------------------------------------------------------------------
// Settings.

TEST(SettingsEdits, Ladders)
{
    const Project p0 = editTestProject();

    Edit edit = built(setProjectTitle(p0, "Night shoot"));
    EXPECT_EQ(edit.name, "Rename project to \u201cNight shoot\u201d");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.title, "Night shoot"); });

    edit = built(setProjectFrameRate(p0, FrameRate{24000, 1001}));
    EXPECT_EQ(edit.name, "Set frame rate to 23.976 fps");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.frameRate, (FrameRate{24000, 1001})); });

    edit = built(setDisplayUnits(p0, DisplayUnits::Imperial));
    EXPECT_EQ(edit.name, "Show lengths in feet and inches");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.displayUnits, DisplayUnits::Imperial); });

    edit = built(setSetName(p0, "Stage 4"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.name, "Stage 4"); });

    edit = built(setFloorSize(p0, {12.0, 8.5}));
    EXPECT_EQ(edit.name, "Resize floor to 12.00 m \u00d7 8.50 m");
    expectLadder(p0, edit, [&](const Project& p) {
        EXPECT_EQ(p.set.floorSizeM, glm::dvec2(12.0, 8.5));
        EXPECT_EQ(p.set.pieces, p0.set.pieces);
    });

    edit = built(setFloorColor(p0, Rgb{1, 2, 3}));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.floorColor, (Rgb{1, 2, 3})); });
}

TEST(SettingsEdits, Refusals)
{
    const Project p0 = editTestProject();
    expectRefused(setProjectTitle(p0, "two\nlines"), "title");
    expectRefused(setProjectFrameRate(p0, FrameRate{23, 1}), "frameRate");
    expectRefused(setSetName(p0, std::string(300, 'x')), "set.name");
    expectRefused(setFloorSize(p0, {kNaN, 5.0}), "set.floorSizeM[0]");
    expectRefused(setFloorSize(p0, {5.0, 0.0}), "set.floorSizeM[1]");
    expectRefused(setFloorSize(p0, {5.0, 1e9}), "set.floorSizeM[1]");
}

// ---------------------------------------------------------------------------------
// Set pieces.

TEST(SetEdits, AddDuplicateRemoveRename)
{
    const Project p0 = editTestProject();
    SetPiece table;
    table.name = "Table";
    table.positionM = {1.0, 0.0, 1.0};
    Edit edit = built(addSetPiece(p0, table));
    EXPECT_EQ(edit.name, "Add box \u201cTable\u201d");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.set.pieces.size(), 6u);
        EXPECT_EQ(p.set.pieces.back(), table);
    });

    edit = built(duplicateSetPiece(p0, "Crate", {0.5, 0.0, 0.0}));
    EXPECT_EQ(edit.name, "Duplicate \u201cCrate\u201d");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.set.pieces.size(), 6u);
        EXPECT_EQ(p.set.pieces[1].name, "Crate 2");
        EXPECT_EQ(p.set.pieces[1].positionM, glm::dvec3(2.5, 0.0, -3.0));
        EXPECT_EQ(p.set.pieces[1].sizeM, p0.set.pieces[0].sizeM);
        EXPECT_EQ(p.set.pieces[2].name, "Pillar");
    });

    edit = built(removeSetPiece(p0, "Back wall"));
    expectLadder(p0, edit, [](const Project& p) {
        ASSERT_EQ(p.set.pieces.size(), 4u);
        EXPECT_EQ(p.set.pieces[2].name, "Stairs");
    });

    edit = built(renameSetPiece(p0, "Crate", "Table"));
    EXPECT_EQ(edit.name, "Rename \u201cCrate\u201d to \u201cTable\u201d");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[0].name, "Table"); });

    EXPECT_EQ(uniqueSetPieceName(p0, "Crate"), "Crate 2");
    EXPECT_EQ(uniqueSetPieceName(p0, "Sofa"), "Sofa");
    expectRefused(renameSetPiece(p0, "Crate", "Pillar"), "set.pieces[0].name");
    expectRefused(renameSetPiece(p0, "Crate", ""), "set.pieces[0].name");
    expectRefused(renameSetPiece(p0, "Nothing", "X"), "name");
    expectRefused(addSetPiece(p0, p0.set.pieces[1]), "set.pieces[5].name");
    expectRefused(removeSetPiece(p0, "Nothing"), "name");
}

TEST(SetEdits, PlaceSizeTurnColourShape)
{
    const Project p0 = editTestProject();
    Edit edit = built(moveSetPiece(p0, "Pillar", {-1.0, 0.0, 2.0}, "move-piece:Pillar#1"));
    EXPECT_EQ(edit.name, "Move \u201cPillar\u201d");
    EXPECT_EQ(edit.mergeKey, "move-piece:Pillar#1");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[1].positionM, glm::dvec3(-1.0, 0.0, 2.0)); });

    edit = built(resizeSetPiece(p0, "Crate", {1.0, 0.5, 0.25}));
    EXPECT_EQ(edit.name, "Resize \u201cCrate\u201d to 1.00 m \u00d7 0.50 m \u00d7 0.25 m");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[0].sizeM, glm::dvec3(1.0, 0.5, 0.25)); });

    edit = built(turnSetPiece(p0, "Crate", 45.0));
    EXPECT_EQ(edit.name, "Turn \u201cCrate\u201d to 45\u00b0");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[0].yawDeg, 45.0); });

    edit = built(setSetPieceColor(p0, "Crate", Rgb{10, 20, 30}));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[0].color, (Rgb{10, 20, 30})); });

    // A wall becomes a box: its openings go. A box 0.8 m high becomes stairs of round(0.8 / 0.18) = 4 steps.
    edit = built(setSetPieceShape(p0, "Back wall", SetPieceShape::Box));
    EXPECT_EQ(edit.name, "Make \u201cBack wall\u201d a box");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.set.pieces[2].shape, SetPieceShape::Box);
        EXPECT_TRUE(p.set.pieces[2].openings.empty());
    });
    edit = built(setSetPieceShape(p0, "Crate", SetPieceShape::Stairs));
    EXPECT_EQ(edit.name, "Make \u201cCrate\u201d stairs");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[0].stepCount, 4); });
    expectRefused(setSetPieceShape(p0, "Crate", SetPieceShape::Model), "set.pieces[0].modelPath");

    SetPiece changed = p0.set.pieces[0];
    changed.yawDeg = -30.0;
    edit = built(replaceSetPiece(p0, "Crate", changed));
    EXPECT_EQ(edit.name, "Turn \u201cCrate\u201d to -30\u00b0");
    changed.color = Rgb{0, 0, 0};
    edit = built(replaceSetPiece(p0, "Crate", changed));
    EXPECT_EQ(edit.name, "Change \u201cCrate\u201d");
    expectLadder(p0, edit, [&](const Project& p) { EXPECT_EQ(p.set.pieces[0], changed); });

    expectRefused(moveSetPiece(p0, "Crate", {kNaN, 0.0, 0.0}), "set.pieces[0].positionM[0]");
    expectRefused(resizeSetPiece(p0, "Crate", {1.0, -1.0, 1.0}), "set.pieces[0].sizeM[1]");
    expectRefused(turnSetPiece(p0, "Crate", 400.0), "set.pieces[0].yawDeg");
}

TEST(SetEdits, WallStairsModel)
{
    const Project p0 = editTestProject();
    const WallOpening window{OpeningKind::Window, 0.5, 1.0, 1.0, 1.2};
    Edit edit = built(addWallOpening(p0, "Back wall", window));
    EXPECT_EQ(edit.name, "Add window to \u201cBack wall\u201d");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.set.pieces[2].openings.size(), 3u);
        EXPECT_EQ(p.set.pieces[2].openings[2], window);
    });

    WallOpening door = p0.set.pieces[2].openings[0];
    door.centerM = -4.0;
    edit = built(changeWallOpening(p0, "Back wall", 0, door, "door"));
    EXPECT_EQ(edit.name, "Move door in \u201cBack wall\u201d");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[2].openings[0].centerM, -4.0); });

    edit = built(removeWallOpening(p0, "Back wall", 1));
    EXPECT_EQ(edit.name, "Delete window from \u201cBack wall\u201d");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[2].openings.size(), 1u); });

    edit = built(setStairSteps(p0, "Stairs", 12));
    EXPECT_EQ(edit.name, "Give \u201cStairs\u201d 12 steps");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[3].stepCount, 12); });

    edit = built(setModelPath(p0, "Car", "models/van.gltf"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[4].modelPath, "models/van.gltf"); });

    edit = built(setModelScale(p0, "Car", 0.001));
    EXPECT_EQ(edit.name, "Scale \u201cCar\u201d by 0.001");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.set.pieces[4].modelScale, 0.001); });

    // An opening beyond the 12 m wall's end (6 m from its centre), overlapping the door, or on a box.
    expectRefused(addWallOpening(p0, "Back wall", WallOpening{OpeningKind::Door, 5.8, 1.0, 2.0, 0.0}),
                  "set.pieces[2].openings[2]");
    expectRefused(addWallOpening(p0, "Back wall", WallOpening{OpeningKind::Door, -2.2, 1.0, 2.0, 0.0}),
                  "set.pieces[2].openings[2]");
    expectRefused(addWallOpening(p0, "Crate", window), "name");
    expectRefused(changeWallOpening(p0, "Back wall", 5, door), "index");
    expectRefused(setStairSteps(p0, "Stairs", 0), "set.pieces[3].stepCount");
    expectRefused(setModelPath(p0, "Car", "../outside.glb"), "set.pieces[4].modelPath");
    expectRefused(setModelScale(p0, "Car", 0.0), "set.pieces[4].modelScale");
}

// ---------------------------------------------------------------------------------
// Actors.

TEST(ActorEdits, AddMoveTurnHeightBuildColour)
{
    const Project p0 = editTestProject();
    const Actor dora{"Dora", 1.6, ActorBuild::Average, {2.0, 0.0, 2.0}, 10.0, Rgb{1, 2, 3}};
    Edit edit = built(addActor(p0, dora));
    EXPECT_EQ(edit.name, "Add actor Dora");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.actors.size(), 4u);
        EXPECT_EQ(p.actors[3], dora);
    });

    edit = built(moveActor(p0, "Anna", {1.5, 0.0, -0.5}, "move-actor:Anna#2"));
    EXPECT_EQ(edit.name, "Move Anna");
    EXPECT_EQ(edit.mergeKey, "move-actor:Anna#2");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.actors[0].positionM, glm::dvec3(1.5, 0.0, -0.5)); });

    edit = built(turnActor(p0, "Ben", 90.0));
    EXPECT_EQ(edit.name, "Turn Ben to 90\u00b0");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.actors[1].facingDeg, 90.0); });

    edit = built(setActorHeight(p0, "Anna", 1.72));
    EXPECT_EQ(edit.name, "Set Anna's height to 1.72 m");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.actors[0].heightM, 1.72); });

    // In imperial: 1.6764 m = 66 in = 5 ft 6 in.
    Project imperial = p0;
    imperial.displayUnits = DisplayUnits::Imperial;
    edit = built(setActorHeight(imperial, "Anna", 1.6764));
    EXPECT_EQ(edit.name, "Set Anna's height to 5 ft 6 in");

    edit = built(setActorBuild(p0, "Chloe", ActorBuild::Heavy));
    EXPECT_EQ(edit.name, "Set Chloe's build to heavy");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.actors[2].build, ActorBuild::Heavy); });

    edit = built(setActorColor(p0, "Chloe", Rgb{9, 9, 9}));
    EXPECT_EQ(edit.name, "Change Chloe's colour");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.actors[2].color, (Rgb{9, 9, 9})); });

    expectRefused(setActorHeight(p0, "Anna", kNaN), "actors[0].heightM");
    expectRefused(setActorHeight(p0, "Anna", 0.1), "actors[0].heightM");
    expectRefused(setActorHeight(p0, "Anna", 1e300), "actors[0].heightM");
    expectRefused(moveActor(p0, "Anna", {0.0, std::numeric_limits<double>::infinity(), 0.0}), "actors[0].positionM[1]");
    expectRefused(turnActor(p0, "Nobody", 0.0), "name");
    expectRefused(addActor(p0, p0.actors[0]), "actors[3].name");
}

TEST(ActorEdits, RenameUpdatesEveryReference)
{
    const Project p0 = editTestProject();
    const Edit edit = built(renameActor(p0, "Ben", "Eve"));
    EXPECT_EQ(edit.name, "Rename Ben to Eve");
    expectLadder(p0, edit, [&](const Project& p) {
        EXPECT_EQ(p.actors[1].name, "Eve");
        EXPECT_EQ(p.actors[1].heightM, 1.85);
        EXPECT_EQ(p.scenes[0].blocking[1].actor, "Eve");
        EXPECT_EQ(p.scenes[0].blocking[1].marks, p0.scenes[0].blocking[1].marks);
        EXPECT_EQ(p.scenes[0].shots[0].cast, (std::vector<std::string>{"Anna", "Eve"}));
        EXPECT_EQ(p.scenes[0].shots[1].cast, (std::vector<std::string>{"Eve"}));
        EXPECT_EQ(p.scenes[0].shots[1].rig.aimActor, "Eve");
        EXPECT_EQ(p.scenes[0].shots[1].rig.focusActor, "Eve");
        EXPECT_EQ(p.scenes[0].shots[0].rig.aimActor, "Anna");
        EXPECT_EQ(p.scenes[1], p0.scenes[1]);
    });
    expectRefused(renameActor(p0, "Ben", "Anna"), "actors[1].name");
    expectRefused(renameActor(p0, "Ben", "a\tb"), "actors[1].name");
}

TEST(ActorEdits, RemoveTakesTheActorOutOfEverything)
{
    const Project p0 = editTestProject();
    const Edit edit = built(removeActor(p0, "Ben"));
    EXPECT_EQ(edit.name, "Delete Ben");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.actors.size(), 2u);
        EXPECT_EQ(p.actors[1].name, "Chloe");
        ASSERT_EQ(p.scenes[0].blocking.size(), 1u);
        EXPECT_EQ(p.scenes[0].blocking[0].actor, "Anna");
        EXPECT_EQ(p.scenes[0].shots[0].cast, (std::vector<std::string>{"Anna"}));
        EXPECT_TRUE(p.scenes[0].shots[1].cast.empty());
        // The rig that held Ben's framing is free, and focuses by hand.
        EXPECT_EQ(p.scenes[0].shots[1].rig.aim, AimMode::Free);
        EXPECT_TRUE(p.scenes[0].shots[1].rig.aimActor.empty());
        EXPECT_TRUE(p.scenes[0].shots[1].rig.focusActor.empty());
        EXPECT_EQ(p.scenes[0].shots[1].rig.channels, p0.scenes[0].shots[1].rig.channels);
        EXPECT_EQ(p.scenes[0].shots[0].rig, p0.scenes[0].shots[0].rig);
    });
    expectRefused(removeActor(p0, "Zed"), "name");
}

// ---------------------------------------------------------------------------------
// Cameras.

TEST(CameraEdits, AddRemoveRename)
{
    const Project p0 = editTestProject();
    CameraSetup c = p0.cameras[1];
    c.name = uniqueCameraName(p0, "B");
    EXPECT_EQ(c.name, "B 2");
    Edit edit = built(addCamera(p0, c));
    EXPECT_EQ(edit.name, "Add camera B 2");
    expectLadder(p0, edit, [&](const Project& p) {
        ASSERT_EQ(p.cameras.size(), 3u);
        EXPECT_EQ(p.cameras[2], c);
    });

    // Remove: refused while shots use the camera; allowed once nobody does.
    expectRefused(removeCamera(p0, "B"), "name");
    Project unused = p0;
    ASSERT_TRUE(applyEdit(unused, edit).ok());
    edit = built(removeCamera(unused, "B 2"));
    EXPECT_EQ(edit.name, "Delete camera B 2");
    expectLadder(unused, edit, [&](const Project& p) { EXPECT_EQ(p.cameras, p0.cameras); });
    Project single = p0;
    single.cameras.resize(1);
    single.scenes.clear();
    expectRefused(removeCamera(single, "A"), "name");

    edit = built(renameCamera(p0, "B", "Main"));
    EXPECT_EQ(edit.name, "Rename camera B to Main");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.cameras[1].name, "Main");
        EXPECT_EQ(p.scenes[0].shots[0].camera, "A");
        EXPECT_EQ(p.scenes[0].shots[1].camera, "Main");
        EXPECT_EQ(p.scenes[1].shots[0].camera, "Main");
    });
    expectRefused(renameCamera(p0, "B", "A"), "cameras[1].name");
}

TEST(CameraEdits, BodyLensAndPlacement)
{
    const Project p0 = editTestProject();
    const SensorFormat lf = *findSensorPreset("alexa-lf-og");
    Edit edit = built(setCameraSensor(p0, "A", lf));
    EXPECT_EQ(edit.name, "Change A's sensor to ARRI ALEXA LF Open Gate");
    expectLadder(p0, edit, [&](const Project& p) { EXPECT_EQ(p.cameras[0].sensor, lf); });

    edit = built(setCameraLensKit(p0, "A", std::nullopt));
    EXPECT_EQ(edit.name, "Remove A's lens kit");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_FALSE(p.cameras[0].lensKit.has_value()); });
    edit = built(setCameraLensKit(p0, "B", p0.cameras[0].lensKit));
    EXPECT_EQ(edit.name, "Give B the Cooke S4/i lenses");
    expectLadder(p0, edit, [&](const Project& p) { EXPECT_EQ(p.cameras[1].lensKit, p0.cameras[0].lensKit); });

    edit = built(setDeliveryAspect(p0, "B", 1.85));
    EXPECT_EQ(edit.name, "Set B's delivery to 1.85:1");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[1].deliveryAspect, 1.85); });
    edit = built(setDeliveryAspect(p0, "A", std::nullopt));
    EXPECT_EQ(edit.name, "Set A's delivery to full gate");

    edit = built(setSqueeze(p0, "A", 2.0));
    EXPECT_EQ(edit.name, "Set A's squeeze to 2\u00d7");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[0].squeeze, 2.0); });

    edit = built(setCircleOfConfusion(p0, "A", 0.025));
    EXPECT_EQ(edit.name, "Set A's circle of confusion to 0.025 mm");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[0].cocMm, 0.025); });

    edit = built(moveCamera(p0, "A", {1.0, 2.0, 3.0}, "cam"));
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[0].positionM, glm::dvec3(1.0, 2.0, 3.0)); });

    edit = built(aimCamera(p0, "A", 10.0, -5.0, 1.5));
    EXPECT_EQ(edit.name, "Aim camera A");
    expectLadder(p0, edit, [](const Project& p) {
        EXPECT_EQ(p.cameras[0].panDeg, 10.0);
        EXPECT_EQ(p.cameras[0].tiltDeg, -5.0);
        EXPECT_EQ(p.cameras[0].rollDeg, 1.5);
    });

    edit = built(setFocalLength(p0, "A", 50.0, "focal:A"));
    EXPECT_EQ(edit.name, "Change focal length to 50 mm");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[0].focalLengthMm, 50.0); });

    edit = built(setFocusDistance(p0, "A", 3.2));
    EXPECT_EQ(edit.name, "Focus A at 3.20 m");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[0].focusDistanceM, 3.2); });

    edit = built(setFStop(p0, "A", 4.0));
    EXPECT_EQ(edit.name, "Set A's stop to f/4");
    expectLadder(p0, edit, [](const Project& p) { EXPECT_EQ(p.cameras[0].fStop, 4.0); });

    CameraSetup after = p0.cameras[0];
    after.name = "Alpha";
    after.fStop = 5.6;
    edit = built(replaceCamera(p0, "A", after));
    EXPECT_EQ(edit.name, "Change camera A");
    expectLadder(p0, edit, [&](const Project& p) {
        EXPECT_EQ(p.cameras[0], after);
        EXPECT_EQ(p.scenes[0].shots[0].camera, "Alpha");
    });

    expectRefused(setFocalLength(p0, "A", 0.5), "cameras[0].focalLengthMm");
    expectRefused(setFocalLength(p0, "A", kNaN), "cameras[0].focalLengthMm");
    // 0.02 m is inside a 35 mm lens: a lens cannot focus there.
    expectRefused(setFocusDistance(p0, "A", 0.02), "cameras[0].focusDistanceM");
    expectRefused(setFStop(p0, "A", 100.0), "cameras[0].fStop");
    expectRefused(setSqueeze(p0, "A", 0.0), "cameras[0].squeeze");
    LensKit empty;
    empty.name = "Empty";
    expectRefused(setCameraLensKit(p0, "A", empty), "cameras[0].lensKit.primes");
    expectRefused(aimCamera(p0, "Z", 0.0, 0.0, 0.0), "name");
}

} // namespace
} // namespace murnau
