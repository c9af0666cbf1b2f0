#pragma once
// The camera movement a shot actually makes, read from the evaluated camera on every frame (not
// from the move it was planned as). Everything is measured, then judged against thresholds that
// are data (MovementThresholds) and relative to the shot where a fixed figure would not do.
//
// What is measured, over the frames 0 .. n-1 (every frame start and the shot's end instant;
// camera position p, main actor's eyes e):
//   travel          path length of p (sum of |p[k+1] - p[k]|), metres
//   extent          largest |p[k] - p[0]|, metres: how far the camera ever gets from its start
//   along / across / height
//                   ranges (max - min) of the displacement p[k] - p[0] projected on the start's
//                   horizontal line of sight to the subject (or the lens axis without one), the
//                   horizontal across it, and +Y. When the camera follows the subject they are
//                   read from the displacement relative to the subject instead.
//   pan / tilt      ranges of the (unwrapped) head angles, degrees; their residuals are the ranges
//                   of the head angles minus the look-at angles to the eyes (rig_evaluator.h's
//                   formulas): turning that only keeps the subject where it was in frame
//   focal ratio     longest / shortest focal length
//   size deviation  largest |F[k] / F[0] - 1| of the subject's frame fraction F = stature / frame
//                   height at the eyes' depth (actor_framing.h): a dolly zoom holds it
//   orbit sweep     range of the unwrapped bearing of the camera around the subject (seen from
//                   above), degrees, and the path's bow: the largest horizontal distance of p
//                   from the chord p[0] -> p[n-1] over the chord's length (0 for a straight track)
//   follow          the subject travels, the camera travels at least half as far, and the
//                   camera's offset from the subject changes by at most a quarter of the subject's
//                   travel (they move together)
//
// The rules, in this order:
//   static       travel < minTravelM, every head angle turns < minAngleDeg, focal ratio <
//                minFocalRatio: nothing else is looked at
//   follow       as above
//   orbit        sweep >= orbitMinSweepDeg and bow >= orbitMinBow (a truck past the subject
//                sweeps the bearing too, but on a straight line); absorbs along and across
//   push in / track out / truck / pedestal
//                a component counts when its range >= max(minTravelM, minComponentShare *
//                extent): a small sideways drift of a track out is part of the track out, not a
//                truck. Along: push in when the extreme displacement is towards the subject.
//   zoom         focal ratio >= minFocalRatio
//   dolly zoom   along and zoom both count and the size deviation <= dollyZoomSizeTolerance;
//                replaces both
//   pan / tilt   range >= max(minAngleDeg, minAngleOfViewShare * the angle of view on that
//                axis at the start), and the residual too unless the camera stands still (a
//                standing camera panning after a walking actor pans; a tracking camera whose
//                head only keeps the actor centred does not)
// None: static; one: that one; several: combined, with the parts in MovementClass order. Roll has
// no class: a rolling head reads as the other parts (its angle shows as "dutch", shot_list_angle.h).

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/rig/camera_state.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// The camera movement a shot actually makes, read from its evaluated motion (not from the
// planned move's name).
enum class MovementClass {
    Static,      // nothing moves beyond noise
    PushIn,      // dolly towards the subject
    TrackOut,    // dolly away from the subject
    Truck,       // dolly sideways, across the lens axis
    Pedestal,    // camera height changes
    Pan,         // head turns about the vertical
    Tilt,        // head tilts
    Zoom,        // focal length changes, camera still
    DollyZoom,   // distance and focal length change together, holding the subject's size
    Orbit,       // camera circles the subject, keeping it in frame
    Follow,      // camera travels with a walking subject
    Combined,    // several of the above at once
};
// "static", "push in", "track out", "truck", "pedestal", "pan", "tilt", "zoom", "dolly zoom",
// "orbit", "follow", "combined".
[[nodiscard]] std::string_view movementClassLabel(MovementClass movement) noexcept;
// "push in + tilt": the parts' labels joined with " + " ("static" for none).
[[nodiscard]] std::string movementPartsLabel(std::span<const MovementClass> parts);

// The thresholds of the rules above. They are conventions of this program (no standard defines
// when a move "is" a truck), chosen so that noise and incidental drift never name a move and any
// move a viewer sees does; change them here, not in the code.
struct MovementThresholds {
    double minTravelM = 0.02;               // the camera travels less than 2 cm: it stands, metres
    double minAngleDeg = 0.5;               // a head turning less than half a degree stands, degrees
    double minAngleOfViewShare = 0.05;      // a pan or tilt must sweep 5 % of the angle of view on its axis
    double minFocalRatio = 1.02;            // a zoom changes the focal length by 2 % (the subject's size by 2 %)
    double minComponentShare = 0.10;        // a translation component must reach 10 % of the camera's extent
    double dollyZoomSizeTolerance = 0.05;   // a dolly zoom holds the subject's size within 5 %
    double orbitMinSweepDeg = 15.0;         // an orbit sweeps the bearing around the subject by 15 degrees
    double orbitMinBow = 0.03;              // on a path bowed by 3 % of its chord (a 15 degree arc bows 3.3 %)
    double followMinTravelShare = 0.5;      // following: the camera travels at least half the subject's travel
    double followMaxOffsetShare = 0.25;     // ... and its offset from the subject changes by at most a quarter of it
};

// One evaluated frame as the classifier reads it.
struct MovementFrame {
    CameraState camera;                        // the shot camera at the frame's start
    std::optional<glm::dvec3> subjectEyesM;    // the main actor's eyes, metres; nullopt without a main actor
    std::optional<double> subjectFraction;     // stature / frame height at the eyes' depth; nullopt when not in front of the lens
};

// What was measured (see the top of this file). Lengths in metres, angles in degrees.
struct MovementMeasures {
    double travelM = 0.0;                  // camera path length
    double extentM = 0.0;                  // largest distance from the start position
    double subjectTravelM = 0.0;           // path length of the subject's eyes (0 without a subject)
    bool follows = false;                  // camera and subject travel together
    double alongRangeM = 0.0;              // range along the start's line of sight
    double alongExtremeM = 0.0;            // the displacement along it of largest magnitude (+: towards the subject)
    double acrossRangeM = 0.0;             // range across it, horizontal
    double heightRangeM = 0.0;             // range of the lens height
    double panRangeDeg = 0.0;              // range of the camera's pan
    double tiltRangeDeg = 0.0;             // range of the camera's tilt
    double rollRangeDeg = 0.0;             // range of the camera's roll
    double panResidualDeg = 0.0;           // range of pan minus the look-at pan to the eyes (= panRangeDeg without a subject)
    double tiltResidualDeg = 0.0;          // the same for tilt
    double panThresholdDeg = 0.0;          // what a pan had to reach in this shot
    double tiltThresholdDeg = 0.0;         // what a tilt had to reach
    double focalRatio = 1.0;               // longest / shortest focal length
    std::optional<double> sizeDeviation;   // largest |F / F0 - 1| of the subject's frame fraction
    double orbitSweepDeg = 0.0;            // range of the camera's bearing around the subject
    double pathBow = 0.0;                  // largest horizontal distance from the chord / chord length (infinite for a closed path)
};

// The verdict with what it was drawn from.
struct MovementClassification {
    MovementClass movement = MovementClass::Static;   // the class, Combined for several parts
    std::vector<MovementClass> parts;                 // the parts in MovementClass order; {movement} for a single class
    MovementMeasures measures;                        // the measurements
};

// Classifies the frames of one shot (in time order; none or one frame is static).
[[nodiscard]] MovementClassification classifyMovement(std::span<const MovementFrame> frames,
                                                      const MovementThresholds& thresholds = {});

// The instants the classifier reads: the start of every frame and the end instant, one flick
// before the shot's end (report_timeline.h), so a move keyed to end with the shot is seen to arrive.
[[nodiscard]] std::vector<ShotSample> movementSamples(const ShotEvaluator& evaluator);
// The frames at movementSamples() with actor `subject` (index into evaluator.actors()) as the
// main actor, if any.
[[nodiscard]] std::vector<MovementFrame> movementFrames(const ShotEvaluator& evaluator,
                                                        std::optional<std::size_t> subject);
// The same from samples already taken (movementSamples()); `actors` are the evaluator's.
[[nodiscard]] std::vector<MovementFrame> movementFrames(std::span<const ShotSample> samples,
                                                        std::span<const Actor> actors,
                                                        std::optional<std::size_t> subject);

} // namespace murnau
