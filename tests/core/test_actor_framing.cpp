// How a camera frames an actor, checked against hand derivations:
//   eyes  = actor position + (0, 0.936 * stature, 0)     (Drillis & Contini eye height)
//   depth = the eyes' distance along the lens axis
//   frame height at the eyes H = gate height * depth / f (pinhole)
//   visible statures v = H / stature; shot size by the bands of shot_size.h.

#include <array>
#include <cmath>

#include <gtest/gtest.h>

#include "core/optics/projection.h"
#include "core/optics/sensor.h"
#include "core/scene/actor_framing.h"
#include "core/scene/project_json.h"

using namespace murnau;

namespace {

// 50 mm on a 36 x 24 mm gate.
CameraState fiftyOnFullFrame(glm::dvec3 positionM, double panDeg = 0.0, double tiltDeg = 0.0)
{
    CameraState camera;
    camera.positionM = positionM;
    camera.panDeg = panDeg;
    camera.tiltDeg = tiltDeg;
    camera.focalLengthMm = 50.0;
    camera.gate = Gate{36.0, 24.0, 1.0};
    return camera;
}

Actor actorAt(glm::dvec3 positionM, double heightM, const char* name = "Test")
{
    Actor actor;
    actor.name = name;
    actor.positionM = positionM;
    actor.heightM = heightM;
    return actor;
}

} // namespace

TEST(ActorFraming, FullShotOnAxis)
{
    // Camera at (0, 1.6, 5) looking down -Z; actor 1.8 m at the origin.
    // Eyes at 0.936 * 1.8 = 1.6848 m, depth 5 m,
    // distance sqrt(5^2 + 0.0848^2) = 5.000719 m,
    // frame height 24 * 5 / 50 = 2.4 m, v = 2.4 / 1.8 = 1.3333 -> FS (the person fills 75 %).
    const auto framing = frameActor(fiftyOnFullFrame({0.0, 1.6, 5.0}), actorAt({0.0, 0.0, 0.0}, 1.8));
    ASSERT_TRUE(framing.ok()) << framing.error().describe();
    EXPECT_NEAR(framing->depthM, 5.0, 1e-12);
    EXPECT_NEAR(framing->distanceM, 5.000719, 1e-6);
    EXPECT_NEAR(framing->frameHeightM, 2.4, 1e-12);
    EXPECT_NEAR(framing->visibleStatures, 1.333333, 1e-6);
    EXPECT_NEAR(framing->subjectFraction, 0.75, 1e-12);
    EXPECT_EQ(framing->shotSize, ShotSize::FS);
}

TEST(ActorFraming, DepthIsAlongTheLensAxisNotTheDistance)
{
    // Actor 1.8 m at (3, 0, 1), camera at (0, 1.6, 5) looking down -Z: the eyes are 4 m
    // deep, sqrt(3^2 + 4^2 + 0.0848^2) = 5.000719 m away. Frame height 24 * 4 / 50 = 1.92 m,
    // v = 1.92 / 1.8 = 1.0667 -> FS.
    const auto framing = frameActor(fiftyOnFullFrame({0.0, 1.6, 5.0}), actorAt({3.0, 0.0, 1.0}, 1.8));
    ASSERT_TRUE(framing.ok()) << framing.error().describe();
    EXPECT_NEAR(framing->depthM, 4.0, 1e-12);
    EXPECT_NEAR(framing->distanceM, 5.000719, 1e-6);
    EXPECT_NEAR(framing->frameHeightM, 1.92, 1e-12);
    EXPECT_NEAR(framing->visibleStatures, 1.066667, 1e-6);
    EXPECT_EQ(framing->shotSize, ShotSize::FS);
}

TEST(ActorFraming, PannedCameraSeesAlongMinusX)
{
    // pan +90 turns the camera to its left: from -Z to -X. An actor 1.7 m at (-4, 0, 0)
    // is 4 m deep: frame height 24 * 4 / 50 = 1.92 m, v = 1.92 / 1.7 = 1.12941.
    const CameraState camera = fiftyOnFullFrame({0.0, 1.6, 0.0}, 90.0);
    const auto framing = frameActor(camera, actorAt({-4.0, 0.0, 0.0}, 1.7));
    ASSERT_TRUE(framing.ok()) << framing.error().describe();
    EXPECT_NEAR(framing->depthM, 4.0, 1e-9);
    EXPECT_NEAR(framing->frameHeightM, 1.92, 1e-9);
    EXPECT_NEAR(framing->visibleStatures, 1.129412, 1e-6);

    // The same actor at (+4, 0, 0) is behind the camera.
    const auto behind = frameActor(camera, actorAt({4.0, 0.0, 0.0}, 1.7, "Behind"));
    ASSERT_FALSE(behind.ok());
    EXPECT_EQ(behind.error().field, "Behind");
}

TEST(ActorFraming, TiltedCameraMeasuresDepthAlongTheTiltedAxis)
{
    // Tilt -30 deg: the lens axis is (0, sin(-30), -cos(-30)) = (0, -0.5, -0.866025).
    // Eyes of a 1.8 m actor at the origin, seen from (0, 1.6, 5): offset (0, 0.0848, -5),
    // depth = 0.0848 * -0.5 + 5 * 0.866025 = 4.287727 m; frame height 24 * 4.287727 / 50
    // = 2.058109 m; v = 2.058109 / 1.8 = 1.143394 -> FS.
    const auto framing = frameActor(fiftyOnFullFrame({0.0, 1.6, 5.0}, 0.0, -30.0), actorAt({0.0, 0.0, 0.0}, 1.8));
    ASSERT_TRUE(framing.ok()) << framing.error().describe();
    EXPECT_NEAR(framing->depthM, 4.287727, 1e-6);
    EXPECT_NEAR(framing->frameHeightM, 2.058109, 1e-6);
    EXPECT_NEAR(framing->visibleStatures, 1.143394, 1e-6);
    EXPECT_EQ(framing->shotSize, ShotSize::FS);
}

TEST(ActorFraming, CloseUpThroughADeliveryCrop)
{
    // 85 mm on Super 35 cropped to 2.39: gate height 24.89 / 2.39 = 10.414226 mm.
    // Camera at eye height of a 1.75 m actor (0.936 * 1.75 = 1.638 m), 2 m in front:
    // frame height 10.414226 * 2 / 85 = 0.245041 m, v = 0.245041 / 1.75 = 0.140024.
    // The frame cuts 0.14 statures below the crown, between chin (0.87) and mid-neck/chest
    // (0.782): a close-up.
    const SensorFormat* super35 = findSensorPreset("super35");
    ASSERT_NE(super35, nullptr);
    CameraSetup setup;
    setup.sensor = *super35;
    setup.deliveryAspect = 2.39;
    setup.focalLengthMm = 85.0;
    setup.positionM = {0.0, 1.638, 2.0};
    const auto camera = cameraStateOf(setup);
    ASSERT_TRUE(camera.ok()) << camera.error().describe();
    const auto framing = frameActor(*camera, actorAt({0.0, 0.0, 0.0}, 1.75));
    ASSERT_TRUE(framing.ok()) << framing.error().describe();
    EXPECT_NEAR(framing->depthM, 2.0, 1e-12);
    EXPECT_NEAR(framing->distanceM, 2.0, 1e-12);
    EXPECT_NEAR(framing->frameHeightM, 0.245041, 1e-6);
    EXPECT_NEAR(framing->visibleStatures, 0.140024, 1e-6);
    EXPECT_EQ(framing->shotSize, ShotSize::CU);
}

TEST(ActorFraming, RefusesInvalidInput)
{
    const CameraState camera = fiftyOnFullFrame({0.0, 1.6, 5.0});
    EXPECT_FALSE(frameActor(camera, actorAt({0.0, 0.0, 0.0}, 0.0)).ok());
    EXPECT_FALSE(frameActor(camera, actorAt({0.0, 0.0, 0.0}, std::nan(""))).ok());
    EXPECT_FALSE(frameActor(camera, actorAt({std::nan(""), 0.0, 0.0}, 1.8)).ok());
    CameraState noLens = camera;
    noLens.focalLengthMm = 0.0;
    EXPECT_FALSE(frameActor(noLens, actorAt({0.0, 0.0, 0.0}, 1.8)).ok());
    CameraState noGate = camera;
    noGate.gate.heightMm = 0.0;
    EXPECT_FALSE(frameActor(noGate, actorAt({0.0, 0.0, 0.0}, 1.8)).ok());
}

TEST(ActorFraming, NearestActorInFrontSkipsThoseBehind)
{
    // Camera at (0, 1.6, 5) looking down -Z. "Behind" is 1 m behind the lens (nearest of
    // all, but not in front); "Near" is 3 m in front, "Far" 10 m.
    const CameraState camera = fiftyOnFullFrame({0.0, 1.6, 5.0});
    const std::array actors{actorAt({0.0, 0.0, 6.0}, 1.8, "Behind"), actorAt({1.0, 0.0, -5.0}, 1.8, "Far"),
                            actorAt({0.0, 0.0, 2.0}, 1.8, "Near")};
    const auto nearest = nearestActorInFront(camera, actors);
    ASSERT_TRUE(nearest.has_value());
    EXPECT_EQ(*nearest, 2U);

    EXPECT_FALSE(nearestActorInFront(camera, std::span<const Actor>()).has_value());
    const std::array onlyBehind{actorAt({0.0, 0.0, 6.0}, 1.8), actorAt({0.0, 0.0, 9.0}, 1.8)};
    EXPECT_FALSE(nearestActorInFront(camera, onlyBehind).has_value());
}

TEST(ActorFraming, DemoProjectFramesAnnaAsAMediumToMediumLongShot)
{
    // The bundled demo promises: camera A's nearest actor in a medium to medium long shot,
    // every actor's head in frame, the actors behind her seen head to toe.
    const auto project = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    ASSERT_TRUE(project.ok()) << project.error().describe();
    ASSERT_FALSE(project->cameras.empty());
    const auto camera = cameraStateOf(project->cameras.front());
    ASSERT_TRUE(camera.ok()) << camera.error().describe();

    const auto nearest = nearestActorInFront(*camera, project->actors);
    ASSERT_TRUE(nearest.has_value());
    const Actor& anna = project->actors[*nearest];
    EXPECT_EQ(anna.name, "Anna");
    const auto framing = frameActor(*camera, anna);
    ASSERT_TRUE(framing.ok()) << framing.error().describe();
    EXPECT_TRUE(framing->shotSize == ShotSize::MS || framing->shotSize == ShotSize::MLS)
        << "v = " << framing->visibleStatures;
    // The focus mark is on her eyes (within 5 % of the distance).
    EXPECT_NEAR(project->cameras.front().focusDistanceM, framing->distanceM, 0.05 * framing->distanceM);

    const auto inGate = [](const std::optional<glm::dvec2>& p) {
        return p.has_value() && std::abs(p->x) <= 1.0 && std::abs(p->y) <= 1.0;
    };
    for (std::size_t i = 0; i < project->actors.size(); ++i) {
        const Actor& actor = project->actors[i];
        const glm::dvec3 crown = actor.positionM + glm::dvec3(0.0, actor.heightM, 0.0);
        EXPECT_TRUE(inGate(projectToGate(*camera, crown))) << actor.name << "'s head is out of frame";
        if (i != *nearest) {
            EXPECT_TRUE(inGate(projectToGate(*camera, actor.positionM))) << actor.name << "'s feet are out of frame";
            const auto behind = frameActor(*camera, actor);
            ASSERT_TRUE(behind.ok());
            EXPECT_GT(behind->distanceM, framing->distanceM);
        }
    }
}
