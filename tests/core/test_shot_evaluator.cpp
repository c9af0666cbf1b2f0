// Shot evaluation: a rig seen through its camera setup, with the scene's blocking. The main
// case is a backwards tracking shot set up by hand: Anna (1.8 m, eyes at 0.936 * 1.8 = 1.6848 m)
// walks from z = 0 to z = -7 in 5 s (1.4 m/s) while the camera's dolly runs a straight rail from
// z = -3 to z = -10 linearly over the same 5 s, its lens at her eye height. At shot time t she is
// at z = -1.4 t and the lens at z = -3 - 1.4 t: exactly 3 m ahead of her eyes on every frame,
// looking back at her (pan 180, tilt 0), focus 3 m, nothing turning.

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/optics/projection.h"
#include "core/optics/sensor.h"
#include "core/scene/anthropometry.h"
#include "core/scene/shot_evaluator.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

Keyframe linearKey(Flicks time, double value)
{
    Keyframe key;
    key.time = time;
    key.value = value;
    key.interpolation = Interpolation::Linear;
    return key;
}

void expectNear(const glm::dvec3& actual, const glm::dvec3& expected, double tolerance, const char* what = "")
{
    EXPECT_NEAR(actual.x, expected.x, tolerance) << what;
    EXPECT_NEAR(actual.y, expected.y, tolerance) << what;
    EXPECT_NEAR(actual.z, expected.z, tolerance) << what;
}

// Anna (1.8 m) at the origin and Ben (1.7 m) standing 20 m down -Z facing 30; camera "A" is a
// full-frame body delivering 2.39:1 (gate 36 x 36 / 2.39 mm).
Project makeProject()
{
    Project project;
    Actor anna;
    anna.name = "Anna";
    anna.heightM = 1.8;
    Actor ben;
    ben.name = "Ben";
    ben.heightM = 1.7;
    ben.positionM = {2.0, 0.0, -20.0};
    ben.facingDeg = 30.0;
    project.actors = {anna, ben};
    CameraSetup camera;
    camera.name = "A";
    const SensorFormat* fullFrame = findSensorPreset("full-frame");
    EXPECT_NE(fullFrame, nullptr);
    camera.sensor = fullFrame != nullptr ? *fullFrame : SensorFormat{};
    camera.deliveryAspect = 2.39;
    project.cameras = {camera};
    return project;
}

// Anna walks A (0,0,0) -> B (0,0,-7), leaving at 0 and arriving at 5 s.
Scene makeScene()
{
    Mark a;
    a.name = "A";
    Mark b;
    b.name = "B";
    b.positionM = {0.0, 0.0, -7.0};
    b.arriveAt = 5 * kS;
    b.leaveAt = 5 * kS;
    Scene scene;
    scene.number = "1";
    auto blocking = makeActorBlocking("Anna", {a, b}, "scenes[0].blocking[0]");
    EXPECT_TRUE(blocking.ok());
    scene.blocking.push_back(blocking.value());
    return scene;
}

// The backwards tracking shot: rail z = -3 -> -10, dolly 0 -> 7 m over 5 s, lens at 1.6848 m,
// looking at and focused on Anna through a 50 mm.
Shot makeShot()
{
    Shot shot;
    shot.id = "sh-0001";
    shot.number = "1";
    shot.camera = "A";
    shot.frameRate = {24, 1};
    shot.durationFlicks = 5 * kS;
    shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, -3.0}, {0.0, 0.0, -10.0}}).value();
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 0.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(5 * kS, 7.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Pedestal).insertKey(linearKey(0, 1.6848)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::FocalLength).insertKey(linearKey(0, 50.0)).ok());
    shot.rig.aim = AimMode::LookAtActor;
    shot.rig.aimActor = "Anna";
    shot.rig.focusActor = "Anna";
    shot.cast = {"Anna"};
    return shot;
}

} // namespace

TEST(ShotEvaluator, BackwardsTrackingKeepsTheDistanceOnEveryFrame)
{
    const auto evaluator = ShotEvaluator::create(makeProject(), makeScene(), makeShot());
    ASSERT_TRUE(evaluator.ok()) << evaluator.error().describe();
    EXPECT_EQ(evaluator->frameCount(), 120);   // 5 s at 24 fps
    const auto samples = evaluator->sampleShot(1);
    ASSERT_TRUE(samples.ok()) << samples.error().describe();
    ASSERT_EQ(samples->size(), 120u);

    const double frameHeightM = (36.0 / 2.39) * 3.0 / 50.0;   // gate height * depth / f
    for (std::size_t k = 0; k < samples->size(); ++k) {
        const ShotSample& sample = (*samples)[k];
        const double t = static_cast<double>(k) / 24.0;
        EXPECT_EQ(sample.frame, static_cast<std::int64_t>(k));
        EXPECT_EQ(sample.time, static_cast<Flicks>(k) * (kS / 24));
        EXPECT_NEAR(sample.seconds, t, 1e-15);

        const glm::dvec3 eyes{0.0, 1.6848, -1.4 * t};
        expectNear(sample.camera.positionM, {0.0, 1.6848, -3.0 - 1.4 * t}, 1e-12, "lens");
        EXPECT_NEAR(glm::distance(sample.camera.positionM, eyes), 3.0, 1e-12) << "frame " << k;
        EXPECT_NEAR(sample.camera.focusDistanceM, 3.0, 1e-12);
        expectNear(cameraForward(sample.camera), {0.0, 0.0, 1.0}, 1e-12, "looking back at her");
        EXPECT_EQ(sample.camera.panDeg, 180.0);
        EXPECT_NEAR(sample.camera.tiltDeg, 0.0, 1e-12);
        EXPECT_EQ(sample.camera.focalLengthMm, 50.0);
        EXPECT_NEAR(sample.camera.gate.heightMm, 36.0 / 2.39, 1e-12);

        EXPECT_NEAR(sample.motion.speedMps, 1.4, 1e-12);
        expectNear(sample.motion.velocityMps, {0.0, 0.0, -1.4}, 1e-12, "camera velocity");
        EXPECT_NEAR(sample.motion.panRateDegPerS, 0.0, 1e-12);
        EXPECT_NEAR(sample.motion.tiltRateDegPerS, 0.0, 1e-12);
        EXPECT_NEAR(sample.motion.focusRateMps, 0.0, 1e-12);

        ASSERT_EQ(sample.actors.size(), 2u);
        const ActorSample& anna = sample.actors[0];
        EXPECT_TRUE(anna.pose.walking);
        EXPECT_NEAR(anna.pose.speedMps, 1.4, 1e-12);
        expectNear(anna.pose.positionM, {0.0, 0.0, -1.4 * t}, 1e-12, "Anna");
        ASSERT_TRUE(anna.framing.has_value()) << "frame " << k;
        EXPECT_NEAR(anna.framing->distanceM, 3.0, 1e-12);
        EXPECT_NEAR(anna.framing->depthM, 3.0, 1e-12);
        EXPECT_NEAR(anna.framing->frameHeightM, frameHeightM, 1e-12);

        // Ben stands where the project puts him, behind the camera: not framed.
        const ActorSample& ben = sample.actors[1];
        expectNear(ben.pose.positionM, {2.0, 0.0, -20.0}, 0.0, "Ben");
        EXPECT_EQ(ben.pose.facingDeg, 30.0);
        EXPECT_FALSE(ben.pose.walking);
        EXPECT_FALSE(ben.framing.has_value());
    }
}

TEST(ShotEvaluator, ActionStartShiftsTheBlocking)
{
    // The shot sees the action from 1 s: at shot time 0 Anna is 1.4 m along, eyes at (0, 1.6848, -1.4).
    Shot shot = makeShot();
    shot.actionStart = kS;
    const auto evaluator = ShotEvaluator::create(makeProject(), makeScene(), shot);
    ASSERT_TRUE(evaluator.ok()) << evaluator.error().describe();
    const RigTargets targets = evaluator->targets(0);
    ASSERT_TRUE(targets.aim.has_value());
    ASSERT_TRUE(targets.focus.has_value());
    expectNear(targets.aim->positionM, {0.0, landmark::kEye * 1.8, -1.4}, 1e-12);
    expectNear(targets.aim->velocityMps, {0.0, 0.0, -1.4}, 1e-12);
    expectNear(evaluator->actorPose(0, 0).positionM, {0.0, 0.0, -1.4}, 1e-12);
    // The lens starts at z = -3 as before, so she is 1.4 m closer: 3 - 1.4 = 1.6 m from her eyes.
    EXPECT_NEAR(evaluator->cameraAt(0).focusDistanceM, 1.6, 1e-12);
}

TEST(ShotEvaluator, SampleEveryNFramesKeepsTheLastFrame)
{
    const auto evaluator = ShotEvaluator::create(makeProject(), makeScene(), makeShot());
    ASSERT_TRUE(evaluator.ok());
    // 120 frames, every 24th: 0, 24, 48, 72, 96, then the last frame 119.
    const auto samples = evaluator->sampleShot(24);
    ASSERT_TRUE(samples.ok());
    std::vector<std::int64_t> frames;
    for (const ShotSample& s : samples.value())
        frames.push_back(s.frame);
    EXPECT_EQ(frames, (std::vector<std::int64_t>{0, 24, 48, 72, 96, 119}));
    // Every 7th: 0, 7, ..., 119 (119 = 17 * 7) without a duplicate last frame.
    const auto sevens = evaluator->sampleShot(7);
    ASSERT_TRUE(sevens.ok());
    EXPECT_EQ(sevens->size(), 18u);
    EXPECT_EQ(sevens->back().frame, 119);
    // A step beyond the shot: the first and the last frame.
    const auto wide = evaluator->sampleShot(1000);
    ASSERT_TRUE(wide.ok());
    ASSERT_EQ(wide->size(), 2u);
    EXPECT_EQ(wide->back().frame, 119);

    const auto none = evaluator->sampleShot(0);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, "every");
}

TEST(ShotEvaluator, FrameCountAtNtscRates)
{
    // 5 s at 24000/1001 fps is 119.88 frames: 120 frames start inside the shot.
    // 1001 frames of 23.976 last exactly 1001 * 1001/24000 s: exactly 1001 frames.
    Shot shot = makeShot();
    shot.frameRate = {24000, 1001};
    auto evaluator = ShotEvaluator::create(makeProject(), makeScene(), shot);
    ASSERT_TRUE(evaluator.ok()) << evaluator.error().describe();
    EXPECT_EQ(evaluator->frameCount(), 120);
    shot.durationFlicks = 1001 * FrameRate{24000, 1001}.flicksPerFrame();
    evaluator = ShotEvaluator::create(makeProject(), makeScene(), shot);
    ASSERT_TRUE(evaluator.ok());
    EXPECT_EQ(evaluator->frameCount(), 1001);
}

TEST(ShotEvaluator, ErrorsNameTheField)
{
    const Project project = makeProject();
    const Scene scene = makeScene();
    const auto failsWith = [&](const Project& p, const Scene& sc, const Shot& shot, const std::string& field) {
        const auto r = ShotEvaluator::create(p, sc, shot, "shots[3]", "scenes[0]");
        ASSERT_FALSE(r.ok()) << "expected an error naming " << field;
        EXPECT_EQ(r.error().field, field) << r.error().describe();
    };
    {
        Shot shot = makeShot();
        shot.camera = "B";
        failsWith(project, scene, shot, "shots[3].camera");
    }
    {
        Shot shot = makeShot();
        shot.rig.aimActor = "Nobody";
        failsWith(project, scene, shot, "shots[3].rig.aimActor");
    }
    {
        Shot shot = makeShot();
        shot.rig.focusActor = "Nobody";
        failsWith(project, scene, shot, "shots[3].rig.focusActor");
    }
    {
        Shot shot = makeShot();
        shot.cast = {"Anna", "Nobody"};
        failsWith(project, scene, shot, "shots[3].cast[1]");
    }
    {
        Shot shot = makeShot();
        ASSERT_TRUE(shot.rig.channel(RigChannel::FocalLength).insertKey(linearKey(kS, 4000.0)).ok());
        failsWith(project, scene, shot, "shots[3].rig.channels.focalLengthMm.keys[1]");
    }
    {
        Shot shot = makeShot();
        shot.durationFlicks = 0;
        failsWith(project, scene, shot, "shots[3].durationFlicks");
    }
    {
        Shot shot = makeShot();
        shot.frameRate = {25, 2};
        failsWith(project, scene, shot, "shots[3].frameRate");
    }
    {
        Scene stranger = scene;
        stranger.blocking[0].actor = "Nobody";
        failsWith(project, stranger, makeShot(), "scenes[0].blocking[0].actor");
    }
    {
        Scene twice = scene;
        twice.blocking.push_back(scene.blocking[0]);
        failsWith(project, twice, makeShot(), "scenes[0].blocking[1].actor");
    }
    {
        Scene unbuilt = scene;
        unbuilt.blocking[0].walks.clear();
        failsWith(project, unbuilt, makeShot(), "scenes[0].blocking[0].marks");
    }
    {
        Project badLens = project;
        badLens.cameras[0].focalLengthMm = -35.0;
        failsWith(badLens, scene, makeShot(), "cameras[0].focalLengthMm");
    }
    {
        Project badActor = project;
        badActor.actors[1].heightM = 0.0;
        failsWith(badActor, scene, makeShot(), "actors[1].heightM");
    }
}

TEST(ShotEvaluator, HoldFramingKeepsTheActorAtHalfTheFrameHeightWhileTheCameraDollies)
{
    // Anna (1.8 m, eyes at 1.6848 m) stands at the origin. A Super 35 camera (full gate
    // 24.89 x 18.66 mm, no delivery crop) dollies on a straight track from (0, 0, 4) heading 180
    // (towards +Z), lens at eye height, 0 -> 4 m over 2 s: 4 m to 8 m from her eyes, which stay on
    // the axis. Hold fraction 0.5: f = 0.5 * 18.66 * z / 1.8, so 20.7333 mm at 4 m and
    // 41.4667 mm at 8 m, and the frame at her depth is 18.66 * z / f = 3.6 m high on every frame:
    // she fills 1.8 / 3.6 = 0.5 of it.
    Project project = makeProject();
    const SensorFormat* super35 = findSensorPreset("super35");
    ASSERT_NE(super35, nullptr);
    project.cameras[0].sensor = *super35;
    project.cameras[0].deliveryAspect = std::nullopt;
    project.actors.resize(1);

    Shot shot;
    shot.id = "sh-0002";
    shot.number = "2";
    shot.camera = "A";
    shot.frameRate = {24, 1};
    shot.durationFlicks = 2 * kS;
    shot.rig.originM = {0.0, 0.0, 4.0};
    shot.rig.headingDeg = 180.0;
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 0.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(2 * kS, 4.0)).ok());
    ASSERT_TRUE(shot.rig.channel(RigChannel::Pedestal).insertKey(linearKey(0, 1.6848)).ok());
    shot.rig.aim = AimMode::HoldFraming;
    shot.rig.aimActor = "Anna";
    shot.rig.holdFrameFraction = 0.5;
    shot.cast = {"Anna"};

    const auto evaluator = ShotEvaluator::create(project, Scene{}, shot);
    ASSERT_TRUE(evaluator.ok()) << evaluator.error().describe();
    EXPECT_EQ(evaluator->targets(0).aim->statureM, 1.8);
    const auto samples = evaluator->sampleShot(1);
    ASSERT_TRUE(samples.ok()) << samples.error().describe();
    ASSERT_EQ(samples->size(), 48u);   // 2 s at 24 fps
    for (std::size_t k = 0; k < samples->size(); ++k) {
        const ShotSample& sample = (*samples)[k];
        const double depthM = 4.0 + 2.0 * static_cast<double>(k) / 24.0;
        EXPECT_NEAR(sample.camera.focalLengthMm, 0.5 * 18.66 * depthM / 1.8, 1e-9) << "frame " << k;
        ASSERT_TRUE(sample.actors[0].framing.has_value()) << "frame " << k;
        EXPECT_NEAR(sample.actors[0].framing->depthM, depthM, 1e-9) << "frame " << k;
        EXPECT_NEAR(sample.actors[0].framing->frameHeightM, 3.6, 1e-9) << "frame " << k;
        EXPECT_NEAR(sample.actors[0].framing->subjectFraction, 0.5, 1e-12) << "frame " << k;
        // f' = 0.5 * 18.66 / 1.8 * dz/dt = 5.18333 * 2 mm/s.
        EXPECT_NEAR(sample.motion.focalLengthRateMmPerS, 0.5 * 18.66 / 1.8 * 2.0, 1e-9) << "frame " << k;
    }
    EXPECT_NEAR((*samples)[0].camera.focalLengthMm, 20.7333, 1e-4);
    const ShotSample end = evaluator->sampleAt(2 * kS);
    EXPECT_NEAR(end.camera.focalLengthMm, 41.4667, 1e-4);
    ASSERT_TRUE(end.actors[0].framing.has_value());
    EXPECT_NEAR(end.actors[0].framing->subjectFraction, 0.5, 1e-12);
}
