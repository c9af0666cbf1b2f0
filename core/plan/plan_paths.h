#pragma once
// What moves on the plan, in plan coordinates (world x, z in metres; core/plan/plan_geometry.h):
// rails and walks as polylines sampled from core's rails, an actor's marks and walks, actors where
// they stand, the camera's path over a shot, its angle-of-view wedge and the lens-to-actor distance
// readouts. Heights are dropped (the plan is seen from straight above) except where a field says so.
//
// Sampling a rail: each rail segment is cut into four equal lengths, and a piece is halved until the
// rail's plan points at 1/4, 1/2 and 3/4 of its length lie within 0.9 x the chord tolerance of the
// piece's chord (up to 24 halvings); so the polyline stays within the tolerance of the rail's plan
// projection everywhere. Vertices fall on the rail, at known distances along it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

#include "core/motion/rail.h"
#include "core/plan/plan_geometry.h"
#include "core/rig/camera_state.h"
#include "core/scene/blocking.h"
#include "core/scene/project.h"
#include "core/scene/shot.h"
#include "core/scene/shot_evaluator.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// Default chord tolerance of rails and walking paths, metres (a few centimetres is finer than any line on a plan print).
inline constexpr double kDefaultPathChordToleranceM = 0.03;

// A rail or walk drawn on the plan.
struct PlanPolyline {
    std::vector<glm::dvec2> pointsM;   // plan points, metres, from the rail's start to its end
    std::vector<double> distancesM;    // distance along the rail (3D arc length) of each point, metres
};

// The rail's plan projection as a polyline within `chordToleranceM` of it (see above). Error
// "chordToleranceM" outside [kMinChordToleranceM, kMaxChordToleranceM].
Result<PlanPolyline> planRailPolyline(const Rail& rail, double chordToleranceM = kDefaultPathChordToleranceM);

// The track a shot's dolly runs on.
struct PlanTrack {
    bool isRail = false;                   // true: the rig's rail; false: the straight track along headingDeg
    PlanPolyline path;                     // the rail, or the straight stretch the dolly covers during the shot (its two ends)
    std::vector<glm::dvec2> railPointsM;   // the rail's user points (RailPath::pointsM or the Bezier points' positions); empty without a rail
};

// The track of `shot`'s rig. With a rail: the whole rail and its points. Without: the straight
// track from the smallest to the largest dolly position taken at the start of each frame and at
// the shot's end (dollyPositionM, trackPointM of core/analysis/track_geometry.h). Errors name
// `field` + ".rig.rail" (a rail path that was not built), ".rig.originM", ".rig.headingDeg",
// ".frameRate" (not positive), ".durationFlicks" (not positive), and "chordToleranceM".
Result<PlanTrack> planTrack(const Shot& shot, double chordToleranceM = kDefaultPathChordToleranceM,
                            std::string_view field = "shot");

// A mark on the plan.
struct PlanMark {
    std::string name;                 // Mark::name
    glm::dvec2 positionM{0.0};        // plan metres
    double facingDeg = 0.0;           // pan convention (0 faces -Z)
    glm::dvec2 facingDirection{0.0, -1.0};   // unit, yawDirection(facingDeg)
    Flicks arriveAt = 0;              // scene action time the actor reaches it
    Flicks leaveAt = 0;               // scene action time they set off for the next mark
};

// The walk from marks[fromMark] to marks[fromMark + 1].
struct PlanWalk {
    std::size_t fromMark = 0;            // index of the mark walked away from
    Flicks leaveAt = 0;                  // scene action time of setting off
    Flicks arriveAt = 0;                 // scene action time of arriving at the next mark
    double lengthM = 0.0;                // walking distance along the path (3D arc length), metres; 0 for a turn on the spot
    double speedMps = 0.0;               // lengthM / walking time, metres per second
    std::vector<glm::dvec2> viaM;        // the next mark's via points (Mark::viaM), plan metres, in order
    PlanPolyline path;                   // the walked path; empty for a turn on the spot
};

// One actor's blocking on the plan.
struct PlanBlocking {
    std::string actor;                 // ActorBlocking::actor
    std::vector<PlanMark> marks;       // in time order
    std::vector<PlanWalk> walks;       // walks[i] from marks[i] to marks[i + 1]
};

// The marks and walks of a made blocking (makeActorBlocking). Errors: `field` + ".walks" when the
// walks were not built (one fewer than the marks), and "chordToleranceM".
Result<PlanBlocking> planBlocking(const ActorBlocking& blocking, double chordToleranceM = kDefaultPathChordToleranceM,
                                  std::string_view field = "blocking");

// An actor standing or walking on the plan at one time.
struct PlanActor {
    std::size_t index = 0;            // Project::actors index
    std::string name;
    glm::dvec2 positionM{0.0};        // point between the feet, plan metres
    double facingDeg = 0.0;           // pan convention (0 faces -Z)
    glm::dvec2 facingDirection{0.0, -1.0};   // unit, yawDirection(facingDeg)
    double radiusM = 0.0;             // the body's plan radius: half the shoulder breadth, segment::kShoulderWidth * stature / 2 (Drillis & Contini, average build)
    bool walking = false;             // between marks
    double speedMps = 0.0;            // walking speed, metres per second (0 on a mark)
};

// `actor` (Project::actors[index]) at `pose`.
[[nodiscard]] PlanActor planActor(std::size_t index, const Actor& actor, const ActorPose& pose);

// One camera sample on the plan.
struct PlanCameraSample {
    std::int64_t frame = 0;           // frame index from the shot's start
    Flicks time = 0;                  // shot time at the frame's start
    glm::dvec2 positionM{0.0};        // lens (entrance pupil), plan metres
    double heightM = 0.0;             // lens height (world y), metres
    double panDeg = 0.0;              // pan, degrees
};

// The camera's lens over the shot: at the start of frames 0, N, 2N, ... (N = everyFrames) and always
// the last frame, as ShotEvaluator::sampleShot. Error "everyFrames" unless N >= 1.
Result<std::vector<PlanCameraSample>> planCameraPath(const ShotEvaluator& evaluator, std::int64_t everyFrames = 1);

// The horizontal angle of view on the plan: a level camera panned to panDeg (tilt and roll are not
// drawn), apex at the lens, edges half the horizontal angle of view (core/optics/lens.h, on the
// camera's gate with its squeeze) each side of the pan direction. The far edge is the frame's width
// at a depth of lengthM along the lens axis: 2 * lengthM * tan(half angle) = squeeze * gate width * lengthM / f.
struct PlanWedge {
    glm::dvec2 apexM{0.0};            // the lens, plan metres
    glm::dvec2 axisDirection{0.0, -1.0};   // unit, yawDirection(panDeg)
    double halfAngleDeg = 0.0;        // half the horizontal angle of view, degrees
    double lengthM = 0.0;             // depth of the far edge along the axis, metres
    glm::dvec2 farLeftM{0.0};         // far edge, the camera's left end (the side pan turns towards), plan metres
    glm::dvec2 farRightM{0.0};        // far edge, the camera's right end, plan metres
    double focusDistanceM = 0.0;      // the camera's focus distance, metres
    glm::dvec2 focusLeftM{0.0};       // the frame's left edge at the focus distance along the axis, plan metres
    glm::dvec2 focusRightM{0.0};      // the frame's right edge at the focus distance, plan metres
};

// The wedge of `camera` drawn `lengthM` deep. Errors: "lengthM" not positive and finite or beyond
// kMaxPlanCoordinateM; "focalLengthMm", "gate" (angleOfView); "positionM", "panDeg" not finite.
Result<PlanWedge> planViewWedge(const CameraState& camera, double lengthM);

// The lens-to-actor distance readout.
struct PlanDistance {
    std::size_t actorIndex = 0;       // Project::actors index
    std::string actor;                // the actor's name
    glm::dvec2 lensM{0.0};            // the lens on the plan: one end of the readout line, metres
    glm::dvec2 actorM{0.0};           // the actor's floor point: the other end, metres
    glm::dvec2 labelAnchorM{0.0};     // the line's midpoint, where the figures go, metres
    double floorDistanceM = 0.0;      // |lens - actor| on the floor plan (horizontal only), metres
    double eyeDistanceM = 0.0;        // |lens - eyes| in 3D, eyes at landmark::kEye * stature above the floor point: the focus-mark distance, metres
};

// The readout from `camera` to `actor` standing at `pose`.
[[nodiscard]] PlanDistance planDistance(const CameraState& camera, std::size_t actorIndex, const Actor& actor,
                                        const ActorPose& pose);

// The readout at shot time `t` to actor `actorIndex` of the evaluator's actors. Error "actorIndex" when out of range.
Result<PlanDistance> planDistanceAt(const ShotEvaluator& evaluator, std::size_t actorIndex, Flicks t);

} // namespace murnau
