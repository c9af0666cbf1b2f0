// The in-memory checks of project_checks.h: what an edit may set is what a file may hold. Each
// rule is tried on values built in the test; where a file can carry the same mistake, the check's
// words are compared with the reader's (one table of ranges, one set of messages).

#include <cmath>
#include <limits>
#include <string>

#include <gtest/gtest.h>

#include "core/optics/sensor.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"

using namespace murnau;

namespace {

SetPiece wall(double lengthM, double heightM)
{
    SetPiece piece;
    piece.name = "Wall";
    piece.shape = SetPieceShape::Wall;
    piece.sizeM = {lengthM, heightM, 0.2};
    return piece;
}

WallOpening opening(OpeningKind kind, double centerM, double widthM, double heightM, double sillM)
{
    return WallOpening{kind, centerM, widthM, heightM, sillM};
}

Actor actor(std::string name)
{
    Actor a;
    a.name = std::move(name);
    return a;
}

CameraSetup camera(std::string name)
{
    CameraSetup c;
    c.name = std::move(name);
    const SensorFormat* super35 = findSensorPreset("super35");
    EXPECT_NE(super35, nullptr);
    if (super35 != nullptr)
        c.sensor = *super35;
    return c;
}

// A small valid project: two actors, one camera, one scene with one shot and Anna's blocking.
Project smallProject()
{
    Project project;
    project.title = "Checks";
    project.set.name = "Stage";
    project.actors = {actor("Anna"), actor("Ben")};
    project.cameras = {camera("A")};
    Scene scene;
    scene.number = "1";
    Mark mark;
    mark.name = "A";
    auto blocking = makeActorBlocking("Anna", {mark});
    EXPECT_TRUE(blocking.ok());
    scene.blocking.push_back(blocking.value());
    Shot shot;
    shot.id = "sh-1";
    shot.camera = "A";
    shot.cast = {"Anna"};
    scene.shots.push_back(shot);
    project.scenes.push_back(scene);
    return project;
}

std::string describe(const std::optional<Error>& error)
{
    return error ? error->describe() : "(accepted)";
}

} // namespace

// --- what is accepted ------------------------------------------------------------------

TEST(ProjectChecks, AValidProjectAndItsDefaultItemsAreAccepted)
{
    EXPECT_EQ(describe(checkProject(smallProject())), "(accepted)");
    EXPECT_EQ(describe(checkActor(actor("Anna"), "actors[0]")), "(accepted)");
    EXPECT_EQ(describe(checkCamera(camera("A"), "cameras[0]")), "(accepted)");
    SetPiece box;
    box.name = "Crate";
    EXPECT_EQ(describe(checkSetPiece(box, "set.pieces[0]")), "(accepted)");
}

TEST(ProjectChecks, OpeningsMayTouchTheWallsEndsAndEachOther)
{
    // derived: a 2 m wall ends at +-1 m; a door 0.9 m wide centred at 0.55 m reaches 0.55 + 0.45 = 1 m.
    SetPiece w = wall(2.0, 2.5);
    w.openings = {opening(OpeningKind::Door, 0.55, 0.9, 2.1, 0.0)};
    EXPECT_EQ(describe(checkSetPiece(w, "w")), "(accepted)");
    // A window sharing the door's left edge (0.1 m): -0.4 + 0.5 = 0.1; its top 1.0 + 1.5 = 2.5 m, the wall's height.
    w.openings.push_back(opening(OpeningKind::Window, -0.4, 1.0, 1.5, 1.0));
    EXPECT_EQ(describe(checkSetPiece(w, "w")), "(accepted)");
    // Decimal sums are compared as typed: 0.1 + 0.2 reaches 0.30000000000000004 on a wall ending at 0.3.
    SetPiece short_ = wall(0.6, 2.5);
    short_.openings = {opening(OpeningKind::Window, 0.1, 0.4, 1.0, 1.0)};
    EXPECT_EQ(describe(checkSetPiece(short_, "w")), "(accepted)");
}

TEST(ProjectChecks, StairsRiseAtMostHalfAMetreAStep)
{
    SetPiece stairs;
    stairs.name = "Stairs";
    stairs.shape = SetPieceShape::Stairs;
    stairs.sizeM = {1.0, 3.0, 4.0};
    stairs.stepCount = 6;   // derived: 3 m / 6 = 0.5 m, the limit itself
    EXPECT_EQ(describe(checkSetPiece(stairs, "s")), "(accepted)");
    stairs.stepCount = 5;   // 0.6 m
    EXPECT_EQ(describe(checkSetPiece(stairs, "s")),
              "s.stepCount: each step would rise 0.6 m (3 m over 5 steps); a step rises at most 0.5 m, so use more steps");
    stairs.stepCount = 0;   // the default of a piece that was not stairs
    EXPECT_EQ(describe(checkSetPiece(stairs, "s")), "s.stepCount: expected a number of steps from 1 to 200, got 0");
}

TEST(ProjectChecks, AModelNeedsNoCollisionBoxButAPathInsideTheProject)
{
    SetPiece model;
    model.name = "Car";
    model.shape = SetPieceShape::Model;
    model.sizeM = glm::dvec3(0.0);
    model.modelPath = "models/Car.GLB";   // extensions in any case
    EXPECT_EQ(describe(checkSetPiece(model, "m")), "(accepted)");
    model.modelPath = "models/./car.glb";
    EXPECT_EQ(checkSetPiece(model, "m")->field, "m.modelPath");
    model.modelPath = "models/..";
    EXPECT_NE(describe(checkSetPiece(model, "m")).find("must not leave the project's folder"), std::string::npos);
    model.modelPath = "models/car.glb\n";
    EXPECT_NE(describe(checkSetPiece(model, "m")).find("control characters"), std::string::npos);
    model.modelPath = "car.gltf";
    model.sizeM = {2.0, 0.0, 4.0};
    EXPECT_EQ(checkSetPiece(model, "m")->field, "m.sizeM");
}

// --- what is refused, and where ----------------------------------------------------------

TEST(ProjectChecks, FieldsOfAnotherShapeMustKeepTheirDefaults)
{
    // They are not saved with the piece's shape: a value there would be lost by saving.
    SetPiece box;
    box.name = "Crate";
    box.openings = {opening(OpeningKind::Door, 0.0, 0.5, 0.5, 0.0)};
    EXPECT_EQ(describe(checkSetPiece(box, "p")), "p.openings: only a wall has openings (this piece is a box)");
    box.openings.clear();
    box.stepCount = 3;
    EXPECT_EQ(describe(checkSetPiece(box, "p")), "p.stepCount: only stairs have steps (this piece is a box); expected 0");
    box.stepCount = 0;
    box.shape = SetPieceShape::Cylinder;
    box.modelPath = "a.obj";
    EXPECT_EQ(describe(checkSetPiece(box, "p")), "p.modelPath: only a model has a model file (this piece is a cylinder)");
    box.modelPath.clear();
    box.modelScale = 2.0;
    EXPECT_EQ(describe(checkSetPiece(box, "p")), "p.modelScale: only a model has a scale (this piece is a cylinder); expected 1");
}

TEST(ProjectChecks, OpeningsOutsideTheWallOrOverlappingAreRefused)
{
    SetPiece w = wall(4.0, 3.0);
    w.openings = {opening(OpeningKind::Door, 1.8, 0.9, 2.1, 0.0)};   // derived: 1.8 + 0.45 = 2.25 > 2
    EXPECT_EQ(describe(checkSetPiece(w, "set.pieces[3]")),
              "set.pieces[3].openings[0]: reaches 2.25 m from the wall's centre (|centerM| + widthM / 2), past the "
              "wall's end at 2 m (half its length of 4 m)");
    w.openings = {opening(OpeningKind::Door, 0.0, 0.9, 3.2, 0.0)};
    EXPECT_EQ(describe(checkSetPiece(w, "w")),
              "w.openings[0]: its top at 3.2 m (sillM + heightM) is above the wall's height of 3 m");
    // derived: windows [-1, 0] x [1, 2] and [-0.25, 0.75] x [1.5, 2.5] share 0.25 m along the wall.
    w.openings = {opening(OpeningKind::Window, -0.5, 1.0, 1.0, 1.0), opening(OpeningKind::Window, 0.25, 1.0, 1.0, 1.5)};
    EXPECT_EQ(describe(checkSetPiece(w, "w")),
              "w.openings[1]: overlaps openings[0] by 0.25 m along the wall; openings must not overlap (make them one opening)");
    // One above the other in the same stretch of wall is fine: [1, 2] and [2, 2.8] up.
    w.openings[1] = opening(OpeningKind::Window, -0.5, 1.0, 0.8, 2.0);
    EXPECT_EQ(describe(checkSetPiece(w, "w")), "(accepted)");
    w.openings = {opening(OpeningKind::Door, 0.0, 0.9, 2.1, 0.05)};
    EXPECT_EQ(describe(checkSetPiece(w, "w")),
              "w.openings[0].sillM: a door starts at the floor: expected 0, got 0.05 (make it a window to raise it)");
    w.openings = {opening(OpeningKind::Window, 0.0, std::nan(""), 1.0, 1.0)};
    EXPECT_EQ(describe(checkSetPiece(w, "w")), "w.openings[0].widthM: expected a positive number of metres, got nan");
    w.openings.assign(257, opening(OpeningKind::Window, 0.0, 0.001, 0.001, 1.0));
    EXPECT_EQ(describe(checkSetPiece(w, "w")), "w.openings: a wall has at most 256 openings, got 257");
}

TEST(ProjectChecks, LensKits)
{
    LensKit kit;
    kit.name = "Primes";
    kit.primes = {PrimeLens{25.0, 0.25, 2.0}, PrimeLens{50.0, 0.5, 2.0}};
    EXPECT_EQ(describe(checkLensKit(kit, "k")), "(accepted)");
    kit.primes[1].focalLengthMm = 25.0;
    EXPECT_EQ(describe(checkLensKit(kit, "k")), "k.primes[1].focalLengthMm: 25 mm is not longer than primes[0] (25 mm); "
                                                "list each focal length once, shortest first");
    kit.primes[1].focalLengthMm = 50.0;
    kit.zoomMaxMm = 100.0;
    EXPECT_EQ(describe(checkLensKit(kit, "k")),
              "k.kind: a prime kit has no zoom range; leave the zoom's values at their defaults");

    LensKit zoom;
    zoom.name = "Zoom";
    zoom.kind = LensKitKind::Zoom;
    EXPECT_EQ(describe(checkLensKit(zoom, "k")), "(accepted)");
    zoom.primes = {PrimeLens{}};
    EXPECT_EQ(describe(checkLensKit(zoom, "k")), "k.primes: a zoom kit has no primes (make the kit \"primes\" to list lenses)");
    zoom.primes.clear();
    zoom.zoomMinFocusM = 0.0;
    EXPECT_EQ(describe(checkLensKit(zoom, "k")), "k.minFocusM: expected a positive number of metres, got 0");
    zoom.zoomMinFocusM = 1.22;
    zoom.zoomWidestTStop = std::numeric_limits<double>::infinity();
    EXPECT_EQ(describe(checkLensKit(zoom, "k")), "k.widestTStop: expected a T-stop from 0.5 to 64, got inf");

    CameraSetup c = camera("A");
    c.lensKit = zoom;
    EXPECT_EQ(checkCamera(c, "cameras[0]")->field, "cameras[0].lensKit.widestTStop");
}

TEST(ProjectChecks, NamesAreNonEmptyUniqueAndClean)
{
    Project project = smallProject();
    project.actors[1].name = "";
    EXPECT_EQ(describe(checkProject(project)), "actors[1].name: expected the actor's name, got an empty string");
    project.actors[1].name = "Anna";
    EXPECT_EQ(describe(checkProject(project)), "actors[1].name: duplicate actor name 'Anna' (also actors[0].name); names "
                                               "of actors are keys and must be unique");
    project = smallProject();
    project.cameras.push_back(camera("A"));
    EXPECT_EQ(checkProject(project)->field, "cameras[1].name");
    project = smallProject();
    SetPiece box;
    box.name = "Crate";
    project.set.pieces = {box, box};
    EXPECT_EQ(checkProject(project)->field, "set.pieces[1].name");
    project = smallProject();
    project.actors[1].name = "B\xff";
    EXPECT_EQ(describe(checkProject(project)), "actors[1].name: is not valid UTF-8 text");
    project.actors[1].name = "Ben\tTab";
    EXPECT_EQ(describe(checkProject(project)), "actors[1].name: must not contain control characters (newlines, tabs, NUL)");
    project.actors[1].name = std::string(257, 'x');
    EXPECT_EQ(describe(checkProject(project)), "actors[1].name: longer than 256 bytes");
}

TEST(ProjectChecks, ShotsAndBlockingNameWhatTheProjectHas)
{
    const Project project = smallProject();
    Shot shot = project.scenes[0].shots[0];
    shot.camera = "Z";
    EXPECT_EQ(describe(checkShot(shot, project, "scenes[0].shots[0]")),
              "scenes[0].shots[0].camera: unknown camera 'Z'; the project's cameras are A");
    shot.camera = "A";
    shot.cast = {"Anna", "Cleo"};
    EXPECT_EQ(describe(checkShot(shot, project, "s")), "s.cast[1]: unknown actor 'Cleo'; the project's actors are Anna, Ben");
    shot.cast = {"Anna", "Anna"};
    EXPECT_EQ(describe(checkShot(shot, project, "s")), "s.cast[1]: 'Anna' is already in the cast (cast[0])");
    shot.cast = {};
    shot.rig.focusActor = "Nobody";
    EXPECT_EQ(checkShot(shot, project, "s")->field, "s.rig.focusActor");
    shot.rig.focusActor.clear();
    shot.rig.aim = AimMode::LookAtActor;
    EXPECT_EQ(checkShot(shot, project, "s")->field, "s.rig.aimActor");
    shot.rig.aim = AimMode::Free;
    shot.durationFlicks = 0;
    EXPECT_EQ(describe(checkShot(shot, project, "s")),
              "s.durationFlicks: expected a shot duration greater than 0 and at most 24 h (60963840000000 flicks), got 0");
    shot.durationFlicks = kFlicksPerSecond;
    shot.frameRate = FrameRate{7, 1};
    EXPECT_EQ(checkShot(shot, project, "s")->field, "s.frameRate");
    shot.frameRate = FrameRate{25, 1};
    shot.id = "";
    EXPECT_EQ(checkShot(shot, project, "s")->field, "s.id");

    ActorBlocking unmade;
    unmade.actor = "Anna";
    unmade.marks = {Mark{}, Mark{"B", {1.0, 0.0, 0.0}, 0.0, kFlicksPerSecond, kFlicksPerSecond, {}}};
    EXPECT_EQ(describe(checkBlocking(unmade, project, "b")),
              "b: the walks between the marks were not built (make the blocking with makeActorBlocking)");
    auto made = makeActorBlocking("Anna", unmade.marks);
    ASSERT_TRUE(made.ok());
    EXPECT_EQ(describe(checkBlocking(made.value(), project, "b")), "(accepted)");
    made.value().actor = "Zed";
    EXPECT_EQ(checkBlocking(made.value(), project, "b")->field, "b.actor");
}

TEST(ProjectChecks, ScenesAndTheWholeProject)
{
    Project project = smallProject();
    Scene& scene = project.scenes[0];
    scene.blocking.push_back(scene.blocking[0]);
    EXPECT_EQ(describe(checkScene(scene, project, "scenes[0]")),
              "scenes[0].blocking[1].actor: 'Anna' already has blocking in scenes[0].blocking[0]; an actor has one "
              "blocking per scene");
    scene.blocking.pop_back();
    scene.shots.push_back(scene.shots[0]);
    EXPECT_EQ(describe(checkScene(scene, project, "scenes[0]")),
              "scenes[0].shots[1].id: duplicate shot id 'sh-1' (also scenes[0].shots[0].id)");
    scene.shots.pop_back();
    // Shot ids are unique across scenes too.
    project.scenes.push_back(project.scenes[0]);
    EXPECT_EQ(describe(checkProject(project)), "scenes[1].shots[0].id: duplicate shot id 'sh-1' (also scenes[0].shots[0].id)");
    project.scenes.pop_back();

    project.cameras.clear();
    EXPECT_EQ(describe(checkProject(project)), "cameras: a project needs at least one camera");
    project = smallProject();
    project.frameRate = FrameRate{1000, 1};
    EXPECT_EQ(checkProject(project)->field, "frameRate");
    project = smallProject();
    project.set.floorSizeM.y = 0.0;
    EXPECT_EQ(describe(checkProject(project)), "set.floorSizeM[1]: expected a positive number of metres, got 0");
    project = smallProject();
    project.title = "two\nlines";
    EXPECT_EQ(checkProject(project)->field, "title");
}

// --- the same words as the file reader ---------------------------------------------------

TEST(ProjectChecks, SayWhatTheReaderSaysForTheSameMistake)
{
    // The reader's message for a value in a file, and the checks' for the same value set by an edit.
    const Project valid = smallProject();
    const std::string text = serializeProject(valid);
    const auto readerError = [&](const std::string& from, const std::string& to) {
        std::string changed = text;
        const auto at = changed.find(from);
        EXPECT_NE(at, std::string::npos) << from;
        changed.replace(at, from.size(), to);
        const auto parsed = parseProject(changed);
        EXPECT_FALSE(parsed.ok()) << to;
        return parsed.ok() ? std::string("(accepted)") : parsed.error().describe();
    };

    Project tall = valid;
    tall.actors[1].heightM = 12.0;
    EXPECT_EQ(describe(checkProject(tall)), "actors[1].heightM: expected an actor height from 0.3 to 3 m, got 12");
    EXPECT_EQ(readerError("\"heightM\": 1.75,\n      \"build\": \"average\",\n      \"positionM\": [0.0, 0.0, 0.0],\n"
                          "      \"facingDeg\": 0.0,\n      \"color\": \"#c8783c\"\n    }\n  ],",
                          "\"heightM\": 12,\n      \"build\": \"average\",\n      \"positionM\": [0.0, 0.0, 0.0],\n"
                          "      \"facingDeg\": 0.0,\n      \"color\": \"#c8783c\"\n    }\n  ],"),
              describe(checkProject(tall)));

    Project focused = valid;
    focused.cameras[0].focusDistanceM = 0.02;   // 20 mm, inside the 35 mm focal length
    EXPECT_EQ(readerError("\"focusDistanceM\": 5.0", "\"focusDistanceM\": 0.02"), describe(checkProject(focused)));

    Project twice = valid;
    twice.actors[1].name = "Anna";
    EXPECT_EQ(readerError("\"name\": \"Ben\"", "\"name\": \"Anna\""), describe(checkProject(twice)));
}
