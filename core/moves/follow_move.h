#pragma once
// Backwards tracking shot (leading shot): the subject walks towards the camera at a constant
// walking pace along a straight path, and the camera retreats ahead of them on a straight
// track parallel to that path at the SAME constant speed, so the lens-to-eyes distance (and the
// framing) holds on every frame; focus stays on the subject.
//
// Geometry: the subject walks from their floor point P along the unit horizontal u (the way
// they face, or towards `walkToM`) at speed v. The camera stands where move_spec.h puts it with
// the subject facing u (bearing 0: straight ahead of them), g = sqrt(d^2 - dy^2) out, and runs
// along u as well. Both move v t in time t, so their offset, and the distance, never change.
//
// Keys and blocking, with no jerk anywhere: the dolly channel has two Linear keys (constant
// speed from the first frame to the last, linear extrapolation beyond); the generator writes
// the subject's blocking for the scene: mark "start" (arriveAt = leaveAt = 0) and mark "end"
// (arriveAt = leaveAt = run-up + duration), in scene action time, with the shot's actionStart
// at the end of the run-up. A run-up (the crew rolls camera and actor together before the
// shot, so both are at speed on its first frame) puts the start mark and the track's start
// v * run-up further back; the track to lay includes it.
//
// The duration is the spec's, unless the walk is given by its end point: then the shot lasts
// as long as the walk takes at v (|walkTo - P| / v, to the nearest flick) and the spec's
// duration is not used. The speed both keep is then the walk's length over that whole number
// of flicks (within 1e-9 relative of v).

#include <optional>

#include <glm/vec3.hpp>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Preferred human walking pace, metres per second (DOMAIN.md).
inline constexpr double kWalkingSpeedMps = 1.4;
// Fastest pace accepted, metres per second (a sprinter's top speed is about 12.4 m/s).
inline constexpr double kMaxWalkingSpeedMps = 13.0;

// Parameters of a backwards tracking shot.
struct FollowMove {
    SubjectFraming framing = SubjectFraming::ofSize(ShotSize::MS);   // the framing held throughout
    std::optional<double> focalLengthMm;                            // the lens, millimetres; nullopt = the camera's
    double walkingSpeedMps = kWalkingSpeedMps;                      // the subject's pace, metres per second
    std::optional<glm::dvec3> walkToM;                              // where the walk ends (on the subject's floor level); nullopt = along their facing for the spec's duration
    Flicks runUpFlicks = 0;                                         // time both are already moving before the shot's first frame, >= 0
};

// "Backwards tracking shot leading Anna at 1.4 m/s, MS, 35 mm, 6 s (8.4 m)". Errors:
// prepareMove()'s, "focalLengthMm", "framing", "walkingSpeedMps" (not in (0, kMaxWalkingSpeedMps]),
// "walkToM" (not finite, off the subject's floor level, or a walk shorter than 1 cm),
// "runUpFlicks" (negative or beyond the curve time limit).
Result<MoveResult> makeFollowMove(const MoveSpec& spec, const FollowMove& move);

} // namespace murnau
