#pragma once
// Evaluating a CameraRig at a shot time: the CameraState (where the lens is, where it points,
// what lens it has) and the RigMotion (how fast all of that changes). Rules of camera_rig.h:
//   position = base(dolly) + truck * right + (0, pedestal, 0)
// with base the rail point at `dolly` metres (or originM + dolly * forward(headingDeg)), right
// the horizontal unit vector to the right of travel, (-Tz, 0, Tx) / |(-Tz, 0, Tx)| for the unit
// tangent T (world +X where the track runs straight up or down).
//
// Channel values: an empty channel holds its default (rigChannels()); a value outside the
// channel's range (linear extrapolation, an overshooting Bezier) is clamped to the range, and a
// clamped channel stands still (zero velocity and acceleration). A dolly beyond a rail's ends
// stops at the end. checkCameraRig() first; after it nothing here can fail or allocate.
//
// Motion, analytically from the channels' derivatives (s dolly, w truck, h pedestal, each with
// its first and second time derivatives; K = curvature * N = dT/ds; R' = dR/ds):
//   velocity     = T s' + w' R + w R' s' + (0, h', 0)
//   acceleration = T s'' + K s'^2 + w'' R + 2 w' s' R' + w (R'' s'^2 + R' s'') + (0, h'', 0)
// R' and R'' follow exactly from K and dK/ds (derivation in rig_evaluator.cpp). The only
// approximation: where the rail's parameter speed |dP/du| vanishes (a zero-length Bezier handle)
// dK/ds is taken as 0; there the curvature is 0 or infinite anyway.
// Jerk: a symmetric difference of the analytic acceleration over +-1/10 frame,
// j = (a(t + h) - a(t - h)) / 2h, exact where the acceleration is linear in time (a cubic
// dolly channel on a straight track); across a key where the acceleration jumps by da it reads
// da / 2h, standing for the (infinite) jerk of that jump.
// Look-at aim and focus follow: the aim angles and the focus distance are functions of
// d = target - position, and their rates are their exact derivatives with
// d' = target velocity - camera velocity (the target's velocity is given by the caller).
// Hold-framing aim: the look-at above, and the focal length that makes the aim actor (stature S)
// fill a fraction F of the frame height. With z = d . axis, the eyes' depth along the lens axis
// (the frame's height there is gate.h * z / f, actor_framing.h):
//   F = S / (gate.h * z / f)   =>   f = F * gate.h * z / S      (mm = 1 * mm * m / m)
// clamped to the FocalLength range (the FocalLength channel is ignored). Its rate is exact:
//   f' = F * gate.h / S * z',   z' = d' . axis + d . axis'
// with axis' from the pan and tilt rates (0 while f is clamped). Without a positive stature
// the focal length comes from the channel.

#include <optional>

#include <glm/vec3.hpp>

#include "core/optics/lens.h"
#include "core/rig/camera_rig.h"
#include "core/rig/camera_state.h"
#include "core/time/frame_rate.h"

namespace murnau {

// A point the head aims at or the focus follows, with its velocity.
struct RigTarget {
    glm::dvec3 positionM{0.0};     // world position (an actor's eyes), metres
    glm::dvec3 velocityMps{0.0};   // its velocity, metres per second (for the aim and focus rates)
    double statureM = 0.0;         // height of the actor whose eyes these are, metres (hold-framing aim)
};

// The targets a rig's aim and focus follow, resolved by the caller (the shot evaluator).
struct RigTargets {
    std::optional<RigTarget> aim;     // used when the rig's aim is LookAtActor or HoldFraming; without it the aim is free
    std::optional<RigTarget> focus;   // used when the rig names a focusActor; without it the FocusDistance channel
};

// How the camera moves at one instant. Signed rates are per second of shot time.
struct RigMotion {
    glm::dvec3 velocityMps{0.0};        // velocity of the entrance pupil, metres per second
    glm::dvec3 accelerationMps2{0.0};   // its acceleration, metres per second^2
    glm::dvec3 jerkMps3{0.0};           // its jerk, m/s^3 (symmetric difference over +-1/10 frame, see above)
    double speedMps = 0.0;              // |velocity|, metres per second
    double dollySpeedMps = 0.0;         // ds/dt along the track, metres per second (0 when stopped at a rail end)
    double dollyAccelerationMps2 = 0.0; // d2s/dt2 along the track, metres per second^2
    double dollyJerkMps3 = 0.0;         // d3s/dt3 along the track (symmetric difference of d2s/dt2), m/s^3
    double lateralAccelerationMps2 = 0.0; // curvature * (ds/dt)^2, the centripetal part a curved track adds, m/s^2
    double truckRateMps = 0.0;          // truck channel rate, metres per second
    double pedestalRateMps = 0.0;       // pedestal channel rate (lens rising), metres per second
    double panRateDegPerS = 0.0;        // rate of CameraState::panDeg, degrees per second
    double tiltRateDegPerS = 0.0;       // rate of CameraState::tiltDeg, degrees per second
    double rollRateDegPerS = 0.0;       // rate of CameraState::rollDeg, degrees per second
    double focalLengthRateMmPerS = 0.0; // zoom speed, millimetres per second
    double focusRateMps = 0.0;          // rate of the focus distance (focus pull), metres per second
};

// The camera of `rig` at shot time `t` with gate `gate`. Look-at aim: pan = atan2(-dx, -dz) in
// (-180, 180] and tilt = atan2(dy, |(dx, dz)|), d = target - position, plus the pan/tilt
// channels as offsets (a target straight above or below gives aim pan 0; one at the lens gives
// aim 0, 0). Hold framing: focal length from the aim target's depth and stature (above).
// Focus follow: |target - position|, clamped to the FocusDistance range.
[[nodiscard]] CameraState evaluateRig(const CameraRig& rig, Flicks t, const Gate& gate,
                                      const RigTargets& targets = {}) noexcept;

// The motion of `rig` at shot time `t` with gate `gate` (for the hold-framing zoom rate); `rate`
// (the shot's) sets the jerk step h = 1/10 frame.
[[nodiscard]] RigMotion evaluateRigMotion(const CameraRig& rig, Flicks t, FrameRate rate, const Gate& gate,
                                          const RigTargets& targets = {}) noexcept;

} // namespace murnau
