#pragma once
// The inputs every camera-move generator shares (whom, through which camera, how long, how
// timed, how aimed, from where), checked once into a MoveStage: the subject's eyes, the lens
// height and the horizontal direction from the subject to the camera.
//
// Geometry (world axes of camera_state.h: metres, +Y up). The subject stands at floor point P
// (Actor::positionM) with eyes E = P + (0, kEye H, 0) (anthropometry.h). The camera stands on
// the subject's floor level, out from P along the unit horizontal vector
//   o = (-sin b, 0, -cos b),   b = subject.facingDeg + bearingDeg
// (pan convention: facing 0 looks down -Z, so bearing 0 puts the camera straight in front of
// the subject, 90 on the subject's left, seen from above counter-clockwise). A track lies on
// that floor level and the lens rides lensHeightM above it, so a lens g metres out from P is
//   L = P + g o + (0, lensHeight, 0),   |L - E| = sqrt(g^2 + dy^2),   dy = lensHeight - kEye H
// and a lens-to-eyes distance d needs g = sqrt(d^2 - dy^2) (d > |dy|).

#include <optional>
#include <string_view>

#include <glm/vec3.hpp>

#include "core/moves/move_timing.h"
#include "core/optics/lens.h"
#include "core/rig/camera_rig.h"
#include "core/scene/project.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// What every move needs besides its own parameters.
struct MoveSpec {
    Actor subject;                                      // the actor the move frames (name, stature, floor position, facing)
    CameraSetup camera;                                 // body and delivery gate (the shot names it); its lens and stop are the defaults
    FrameRate frameRate{24, 1};                         // the shot's frame rate (dense keys fall on its frames)
    Flicks durationFlicks = 6 * kFlicksPerSecond;       // how long the move lasts, > 0
    MoveTiming timing;                                  // how the travel spreads over time; ease-in-out by default
    AimMode aim = AimMode::LookAtActor;                 // look at the subject's eyes, or a free head aimed at them at the start
    std::optional<double> lensHeightM;                  // lens above the subject's floor, metres; nullopt = the subject's eye height
    double bearingDeg = 0.0;                            // where the camera stands around the subject, from the way they face, degrees counter-clockwise seen from above
};

// A MoveSpec checked and resolved into positions.
struct MoveStage {
    Gate gate;                    // the camera's delivery gate, millimetres
    glm::dvec3 floorM{0.0};       // the subject's floor point P, metres
    glm::dvec3 eyesM{0.0};        // the subject's eyes E, metres
    double eyeHeightM = 0.0;      // E above the floor, metres
    double lensHeightM = 0.0;     // the lens above the floor (pedestal channel value), metres
    glm::dvec3 outward{0.0};      // unit horizontal vector o from the subject towards the camera
    double focalLengthMm = 35.0;  // the camera's lens, millimetres (default focal length of a move)
    double fStop = 2.8;           // the camera's stop (held through the move)
};

// Checks a spec: "subject.name" (empty), "subject.heightM" (not in (0, 10] m), "subject.positionM",
// "subject.facingDeg" (not finite), "camera.name" (empty), "camera..." (cameraStateOf), "frameRate"
// (not a standard rate), "durationFlicks" (not in (0, kCurveTimeLimit]), "timing.rampFlicks",
// "lensHeightM" (outside the pedestal channel's range) and "bearingDeg" (not finite).
Result<MoveStage> prepareMove(const MoveSpec& spec);

// The focal length a move uses: `focalLengthMm` if given, else the camera's. Errors name `field`
// for a value outside the focal-length channel's range (1 to 2000 mm).
Result<double> moveFocalLengthMm(const MoveStage& stage, std::optional<double> focalLengthMm,
                                 std::string_view field = "focalLengthMm");

// The horizontal distance g = sqrt(d^2 - dy^2) out from the subject that puts a lens at height
// `lensHeightM` `eyeDistanceM` from the eyes. An error naming `field` if the lens would have
// to stand within 1 mm of straight above or below the eyes (d <= |dy|).
Result<double> horizontalDistanceM(const MoveStage& stage, double eyeDistanceM, double lensHeightM,
                                   std::string_view field);

// The floor point g metres out from the subject along o: P + g o.
[[nodiscard]] glm::dvec3 trackPointM(const MoveStage& stage, double horizontalM) noexcept;

// The lens g metres out from the subject at `lensHeightM` above the floor.
[[nodiscard]] glm::dvec3 lensPointM(const MoveStage& stage, double horizontalM, double lensHeightM) noexcept;

// Pan and tilt that point a lens at `fromM` at `toM` (camera_state.h convention, degrees):
// pan = atan2(-dx, -dz) in (-180, 180], tilt = atan2(dy, |(dx, dz)|) for d = to - from; pan 0
// straight up or down (the same angles as the rig's look-at aim, rig_evaluator.h).
struct AimAngles {
    double panDeg = 0.0;    // degrees, pan > 0 turns left
    double tiltDeg = 0.0;   // degrees, tilt > 0 looks up
};
[[nodiscard]] AimAngles aimAnglesDeg(const glm::dvec3& fromM, const glm::dvec3& toM) noexcept;

} // namespace murnau
