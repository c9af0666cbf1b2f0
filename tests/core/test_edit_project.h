#pragma once
// A realistic project for the edit tests, built in code (not read from a file, so the tests do
// not depend on the file format): a set with every shape of piece, three actors, two cameras
// (one with a prime kit), and two scenes with blocking (walks with via points) and shots whose
// rigs have Catmull-Rom and Bezier rails, a straight track, keys of every interpolation, look-at
// and hold-framing aim and focus on actors. Plus the ladder check every edit test uses.

#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "core/edit/edit.h"
#include "core/motion/curve.h"
#include "core/optics/sensor.h"
#include "core/rig/camera_rig.h"
#include "core/scene/blocking.h"
#include "core/scene/project.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"

namespace murnau::edittest {

inline constexpr Flicks kSecond = kFlicksPerSecond;

inline Keyframe key(Flicks time, double value, Interpolation interpolation = Interpolation::Bezier,
                    HandleType handleType = HandleType::AutoClamped)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = interpolation;
    k.handleType = handleType;
    return k;
}

inline void addKeyOrFail(CameraRig& rig, RigChannel channel, const Keyframe& k)
{
    Result<std::size_t> index = rig.channel(channel).insertKey(k);
    ASSERT_TRUE(index.ok()) << index.error().describe();
}

inline Mark mark(std::string name, glm::dvec3 positionM, double facingDeg, Flicks arriveAt, Flicks leaveAt,
                 std::vector<glm::dvec3> viaM = {})
{
    return Mark{std::move(name), positionM, facingDeg, arriveAt, leaveAt, std::move(viaM)};
}

inline ActorBlocking madeBlocking(std::string actor, std::vector<Mark> marks)
{
    Result<ActorBlocking> blocking = makeActorBlocking(std::move(actor), std::move(marks));
    EXPECT_TRUE(blocking.ok()) << blocking.error().describe();
    return blocking.ok() ? std::move(blocking).value() : ActorBlocking{};
}

inline Project editTestProject()
{
    Project project;
    project.title = "Warehouse previs";
    project.frameRate = FrameRate{24, 1};
    project.set.name = "Warehouse";
    project.set.floorSizeM = {30.0, 20.0};
    project.set.floorColor = Rgb{80, 80, 82};

    SetPiece crate;
    crate.name = "Crate";
    crate.positionM = {2.0, 0.0, -3.0};
    crate.sizeM = {1.2, 0.8, 0.6};
    crate.yawDeg = 15.0;
    SetPiece pillar;
    pillar.name = "Pillar";
    pillar.shape = SetPieceShape::Cylinder;
    pillar.positionM = {3.0, 0.0, -4.0};
    pillar.sizeM = {0.5, 4.0, 0.5};
    SetPiece wall;
    wall.name = "Back wall";
    wall.shape = SetPieceShape::Wall;
    wall.positionM = {0.0, 0.0, -8.0};
    wall.sizeM = {12.0, 4.0, 0.3};
    wall.openings
        = {WallOpening{OpeningKind::Door, -2.0, 1.0, 2.1, 0.0}, WallOpening{OpeningKind::Window, 3.0, 1.5, 1.2, 1.0}};
    SetPiece stairs;
    stairs.name = "Stairs";
    stairs.shape = SetPieceShape::Stairs;
    stairs.positionM = {-6.0, 0.0, -5.0};
    stairs.sizeM = {1.2, 1.8, 3.0};
    stairs.stepCount = 10;
    SetPiece car;
    car.name = "Car";
    car.shape = SetPieceShape::Model;
    car.positionM = {6.0, 0.0, 2.0};
    car.sizeM = {1.8, 1.4, 4.5};
    car.modelPath = "models/car.glb";
    car.modelScale = 0.01;
    project.set.pieces = {crate, pillar, wall, stairs, car};

    project.actors = {
        Actor{"Anna", 1.68, ActorBuild::Slight, {0.0, 0.0, 0.0}, 0.0, Rgb{229, 72, 77}},
        Actor{"Ben", 1.85, ActorBuild::Heavy, {1.0, 0.0, -2.0}, 30.0, Rgb{62, 142, 232}},
        Actor{"Chloe", 1.25, ActorBuild::Average, {-1.0, 0.0, -3.0}, -45.0, Rgb{63, 196, 110}},
    };

    CameraSetup a;
    a.name = "A";
    a.sensor = *findSensorPreset("super35");
    a.deliveryAspect = 2.39;
    a.lensKit = LensKit{"Cooke S4/i",
                        LensKitKind::Primes,
                        {PrimeLens{25.0, 0.23, 2.0}, PrimeLens{35.0, 0.33, 2.0}, PrimeLens{50.0, 0.45, 2.0}}};
    CameraSetup b;
    b.name = "B";
    b.sensor = *findSensorPreset("super35");
    b.positionM = {4.0, 1.5, 6.0};
    b.focalLengthMm = 50.0;
    LensKit zoomKit;
    zoomKit.name = "Angenieux Optimo 24-290";
    zoomKit.kind = LensKitKind::Zoom;
    b.lensKit = zoomKit;
    project.cameras = {a, b};

    Scene first;
    first.number = "12";
    first.name = "Anna and Ben cross the warehouse";
    first.intExt = IntExt::Int;
    first.location = "WAREHOUSE";
    first.timeOfDay = "NIGHT";
    first.blocking = {
        madeBlocking("Anna",
                     {mark("A", {0.0, 0.0, 0.0}, 0.0, 0, kSecond),
                      mark("B", {2.0, 0.0, -3.0}, 90.0, 4 * kSecond, 5 * kSecond, {{1.0, 0.0, -1.0}, {1.5, 0.0, -2.2}}),
                      mark("door", {4.0, 0.0, -3.0}, -90.0, 7 * kSecond, 7 * kSecond)}),
        madeBlocking("Ben", {mark("B1", {1.0, 0.0, -2.0}, 0.0, 0, 0)}),
    };

    Shot push;
    push.id = "sh-0001";
    push.number = "1";
    push.name = "Push in on Anna";
    push.description = "The camera glides in on its rail.\nAnna turns at B.";
    push.setup = "A1";
    push.camera = "A";
    push.move = "pushin";
    push.durationFlicks = 6 * kSecond;
    push.cast = {"Anna", "Ben"};
    push.props = {"crate"};
    push.equipment = {"dolly + 16 ft curved track"};
    Result<RailPath> rail = makeCatmullRomPath({{0.0, 0.0, 6.0}, {1.0, 0.0, 4.0}, {1.5, 0.0, 2.5}});
    EXPECT_TRUE(rail.ok());
    push.rig.rail = rail.value();
    push.rig.aim = AimMode::LookAtActor;
    push.rig.aimActor = "Anna";
    push.rig.focusActor = "Anna";
    addKeyOrFail(push.rig, RigChannel::Dolly, key(0, 0.0));
    addKeyOrFail(push.rig, RigChannel::Dolly, key(3 * kSecond, 2.0, Interpolation::Linear));
    addKeyOrFail(push.rig, RigChannel::Dolly, key(6 * kSecond, 4.0));
    addKeyOrFail(push.rig, RigChannel::Pedestal, key(0, 1.2, Interpolation::Linear, HandleType::Auto));
    addKeyOrFail(push.rig, RigChannel::Pedestal, key(6 * kSecond, 1.6, Interpolation::Linear, HandleType::Auto));
    Keyframe eased = key(0, 0.0, Interpolation::Eased);
    eased.easing = Easing::fromPreset(EasingPreset::EaseInOut);
    addKeyOrFail(push.rig, RigChannel::Pan, eased);
    addKeyOrFail(push.rig, RigChannel::Pan, key(4 * kSecond, 5.0, Interpolation::Constant));

    Shot watch;
    watch.id = "sh-0002";
    watch.number = "1A";
    watch.name = "Ben watches from the pillar";
    watch.setup = "A2";
    watch.camera = "B";
    watch.move = "truck";
    watch.frameRate = FrameRate{24000, 1001};
    watch.durationFlicks = 4 * kSecond;
    watch.actionStart = 2 * kSecond;
    watch.cast = {"Ben"};
    watch.notes = "Check the pillar does not block Ben.";
    watch.status = ShotStatus::Approved;
    Result<RailPath> bezier = makeBezierPath({BezierRailPoint{{-3.0, 0.0, 2.0}, {0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}},
                                              BezierRailPoint{{0.0, 0.0, 3.0}, {-1.0, 0.0, 0.0}, {1.0, 0.0, 0.0}}});
    EXPECT_TRUE(bezier.ok());
    watch.rig.rail = bezier.value();
    watch.rig.aim = AimMode::HoldFraming;
    watch.rig.aimActor = "Ben";
    watch.rig.holdFrameFraction = 0.8;
    watch.rig.focusActor = "Ben";
    addKeyOrFail(watch.rig, RigChannel::Dolly, key(0, 0.0, Interpolation::Linear));
    addKeyOrFail(watch.rig, RigChannel::Dolly, key(4 * kSecond, 3.0, Interpolation::Linear));
    addKeyOrFail(watch.rig, RigChannel::Tilt, key(0, -5.0, Interpolation::Constant));
    first.shots = {push, watch};

    Scene second;
    second.number = "13";
    second.name = "Chloe on the stairs";
    second.intExt = IntExt::IntExt;
    second.location = "WAREHOUSE STAIRS";
    second.timeOfDay = "NIGHT";
    second.blocking = {madeBlocking("Chloe",
                                    {mark("top", {-6.0, 1.8, -6.5}, 180.0, 0, 2 * kSecond),
                                     mark("bottom", {-6.0, 0.0, -3.0}, 180.0, 5 * kSecond, 6 * kSecond)})};
    Shot zoom;
    zoom.id = "sh-0003";
    zoom.number = "2";
    zoom.name = "Zoom in on Chloe";
    zoom.setup = "B1";
    zoom.camera = "B";
    zoom.move = "zoomin";
    zoom.frameRate = FrameRate{25, 1};
    zoom.durationFlicks = 4 * kSecond;
    zoom.cast = {"Chloe"};
    zoom.equipment = {"Technocrane 30"};
    zoom.status = ShotStatus::Shot;
    zoom.rig.originM = {6.0, 0.0, 4.0};
    zoom.rig.headingDeg = 90.0;
    addKeyOrFail(zoom.rig, RigChannel::Pan, key(0, 30.0, Interpolation::Constant));
    Keyframe smooth = key(0, 35.0, Interpolation::Eased);
    smooth.easing = Easing::fromPreset(EasingPreset::Smoothstep);
    addKeyOrFail(zoom.rig, RigChannel::FocalLength, smooth);
    addKeyOrFail(zoom.rig, RigChannel::FocalLength, key(4 * kSecond, 85.0));
    addKeyOrFail(zoom.rig, RigChannel::FocusDistance, key(0, 7.5, Interpolation::Constant));
    addKeyOrFail(zoom.rig, RigChannel::FStop, key(0, 4.0, Interpolation::Constant));
    second.shots = {zoom};

    project.scenes = {first, second};
    return project;
}

// The undo ladder of one edit (after Kdenlive's tests): state0, apply, state1 == expected (checked
// by `expectState1`), revert, state0 again (operator== and serializeProject byte for byte), apply
// again, state1 again (equal to the first state1 and byte for byte). Also: the project passes
// checkProject in both states.
template<typename Expect> void expectLadder(const Project& state0, const Edit& edit, Expect expectState1)
{
    SCOPED_TRACE("edit \"" + edit.name + "\"");
    ASSERT_FALSE(checkProject(state0).has_value()) << checkProject(state0)->describe();
    const std::string text0 = serializeProject(state0);

    Project project = state0;
    Result<bool> applied = applyEdit(project, edit);
    ASSERT_TRUE(applied.ok()) << applied.error().describe();
    expectState1(project);
    EXPECT_FALSE(checkProject(project).has_value()) << checkProject(project)->describe();
    const Project state1 = project;
    const std::string text1 = serializeProject(state1);

    Result<bool> reverted = revertEdit(project, edit);
    ASSERT_TRUE(reverted.ok()) << reverted.error().describe();
    EXPECT_TRUE(project == state0);
    EXPECT_EQ(serializeProject(project), text0);

    Result<bool> again = applyEdit(project, edit);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_TRUE(project == state1);
    EXPECT_EQ(serializeProject(project), text1);
}

// The edit a builder returned, or a test failure with its error.
inline Edit built(const Result<Edit>& result)
{
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().describe());
    return result.ok() ? result.value() : Edit{};
}

} // namespace murnau::edittest
