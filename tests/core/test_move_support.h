#pragma once
// What the move tests share: a small project built in the test (Anna, 1.8 m, at the origin
// facing -Z; camera "A", a Super 35 full gate 24.89 x 18.66 mm with a 35 mm lens), the move
// spec around them, and a ShotEvaluator for a generated move (with the move's blocking in the
// scene). Numbers the tests expect are derived by hand next to each test.

#include <cmath>
#include <optional>

#include <gtest/gtest.h>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/optics/sensor.h"
#include "core/scene/anthropometry.h"
#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/scene/shot_evaluator.h"

namespace murnau::movetest {

inline constexpr Flicks kS = kFlicksPerSecond;
inline constexpr double kStatureM = 1.8;                          // Anna's height
inline constexpr double kEyeM = landmark::kEye * kStatureM;       // 0.936 * 1.8 = 1.6848 m
inline constexpr double kGateWidthMm = 24.89;                     // Super 35 full aperture (SMPTE 59)
inline constexpr double kGateHeightMm = 18.66;

// Anna, standing at the origin facing -Z.
inline Actor anna()
{
    Actor actor;
    actor.name = "Anna";
    actor.heightM = kStatureM;
    return actor;
}

// Camera "A": Super 35 full gate, 35 mm at f/2.8.
inline CameraSetup cameraA()
{
    CameraSetup camera;
    camera.name = "A";
    const SensorFormat* super35 = findSensorPreset("super35");
    EXPECT_NE(super35, nullptr);
    if (super35 != nullptr)
        camera.sensor = *super35;
    camera.focalLengthMm = 35.0;
    return camera;
}

// The spec around Anna and camera A: 6 s at 24 fps, ease-in-out, look-at aim, eye-height lens.
inline MoveSpec annaSpec()
{
    MoveSpec spec;
    spec.subject = anna();
    spec.camera = cameraA();
    return spec;
}

// The project of a spec: its subject and camera, plus Ben standing far off to the side.
inline Project projectFor(const MoveSpec& spec)
{
    Project project;
    project.title = "moves";
    Actor ben;
    ben.name = "Ben";
    ben.heightM = 1.7;
    ben.positionM = {30.0, 0.0, 30.0};
    project.actors = {spec.subject, ben};
    project.cameras = {spec.camera};
    return project;
}

// The scene of a move: its blocking, if any.
inline Scene sceneFor(const MoveResult& result)
{
    Scene scene;
    scene.number = "1";
    if (result.blocking)
        scene.blocking.push_back(*result.blocking);
    return scene;
}

// The evaluator of a generated move in its project and scene (fails the test if it cannot be made).
inline std::optional<ShotEvaluator> evaluatorFor(const MoveSpec& spec, const MoveResult& result)
{
    Result<ShotEvaluator> evaluator = ShotEvaluator::create(projectFor(spec), sceneFor(result), result.shot);
    EXPECT_TRUE(evaluator.ok()) << (evaluator.ok() ? std::string() : evaluator.error().describe());
    if (!evaluator.ok())
        return std::nullopt;
    return std::move(evaluator).value();
}

// Time of frame k at 24 fps.
inline Flicks frameTime(std::int64_t k)
{
    return framesToFlicks(k, FrameRate{24, 1});
}

// The subject's eyes at the origin.
inline glm::dvec3 annaEyes()
{
    return {0.0, kEyeM, 0.0};
}

} // namespace murnau::movetest
