#pragma once
// The inverse of a rig: for a wanted camera pose at shot time t (where the lens is, where it
// points, the focal length), the channel values that make the rig evaluate to it
// (rig_evaluator.h), so piloting the camera can be keyed.
//
//   position = base(dolly) + truck * right + (0, pedestal, 0)     (camera_rig.h)
// With `right` horizontal and perpendicular, in plan, to the track's tangent, the dolly is the
// distance along the track of the track point closest to the lens IN PLAN (x, z), where the lens
// lies on the track's horizontal perpendicular:
//   straight track: dolly = (p - origin) . forward, truck = (p - origin) . right,
//                   pedestal = p.y - origin.y                                  (exact)
//   rail:           dolly s with (p - B(s))_xz . T_xz(s) = 0 (nearest such foot point in plan;
//                   Newton's method from the best of 64 samples per segment, then polished
//                   through Rail::pointAt so it agrees with the evaluator to ~1e-12 m),
//                   truck = (p - B(s)) . right(s), pedestal = p.y - B(s).y
// Beyond a rail's ends: refused. A lens with no foot point on the rail (it stands past an end,
// in plan) gets an error naming how far past which end it is ("0.42 m beyond the end of the
// rail"); clamping would key a pose other than the one the user sees. A straight track has no
// ends (only the dolly channel's range, checked by the edit builders).
// Where the rail runs straight up or down (no horizontal tangent) it has no plan perpendicular:
// such points are skipped.
//
// Head: Free aim: pan/tilt/roll channels are the pose's world angles. Look-at and hold-framing
// aim (with a target): pan/tilt channels are offsets from the aim at the target, computed from the
// wanted lens position (pan = atan2(-dx, -dz), tilt = atan2(dy, |(dx, dz)|), d = target - p, the
// evaluator's rule). Each angle channel takes the value equal to the wanted one modulo 360 that
// is nearest to the channel's current value at t, so keys never spin the head round.
// Focal length: the pose's, except while the aim holds framing (the evaluator ignores the channel).

#include <optional>

#include <glm/vec3.hpp>

#include "core/rig/camera_rig.h"
#include "core/rig/camera_state.h"
#include "core/rig/rig_evaluator.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// Where a camera is and how it points: the part of a CameraState a pilot controls.
struct CameraPose {
    glm::dvec3 positionM{0.0, 1.6, 0.0};   // entrance pupil, metres
    double panDeg = 0.0;                   // degrees, camera_state.h convention
    double tiltDeg = 0.0;                  // degrees
    double rollDeg = 0.0;                  // degrees
    double focalLengthMm = 35.0;           // millimetres
    friend bool operator==(const CameraPose&, const CameraPose&) = default;
};

// The pose part of an evaluated camera.
[[nodiscard]] CameraPose poseOf(const CameraState& state) noexcept;

// The rig channel values that reproduce a pose.
struct RigPoseChannels {
    double dollyM = 0.0;                       // along the rail / straight track, metres
    double truckM = 0.0;                       // sideways, metres (+ right of travel)
    double pedestalM = 0.0;                    // lens height above the track, metres
    double panDeg = 0.0;                       // world pan (Free) or offset from the aim, degrees
    double tiltDeg = 0.0;                      // world tilt (Free) or offset from the aim, degrees
    double rollDeg = 0.0;                      // degrees
    std::optional<double> focalLengthMm;       // millimetres; nullopt while the aim holds framing
};

// A channel's value at t as the evaluator reads it: its default when empty, clamped to its range.
[[nodiscard]] double rigChannelValueAt(const CameraRig& rig, RigChannel channel, Flicks t) noexcept;

// `angleDeg` plus the multiple of 360 that brings it nearest to `nearDeg`.
[[nodiscard]] double nearestTurn(double angleDeg, double nearDeg) noexcept;

// The channel values at shot time `t` that make `rig` (with `targets`, as the shot evaluator
// resolves them at t) evaluate to `pose`. Errors: "positionM" when the lens stands beyond an end
// of the rail in plan (with how far), or when no point of the rail has a horizontal tangent.
// Channel ranges are not checked here (the edit builders do).
Result<RigPoseChannels> rigChannelsForPose(const CameraRig& rig, Flicks t, const CameraPose& pose,
                                           const RigTargets& targets = {});

} // namespace murnau
