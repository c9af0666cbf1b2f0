#pragma once
// Collisions along a shot: the camera body against set pieces and actors and the dolly against
// actors at every instant, and the dolly track against set pieces over its length.
//
// Camera: a sphere of CollisionSizes::cameraRadiusM around the lens, tested at every sample of
// the timeline against every set piece and every actor (an upright cylinder of actorRadiusM and
// the actor's stature, where the blocking puts them). It touches an obstacle where the lens comes
// closer than the radius.
// Dolly: the dolly and its riders as an upright cylinder of trackHalfWidthM around the track's
// centre line at the dolly's position, tested against every actor: they meet where the actor's
// cylinder comes closer than that on the floor plan. (Set pieces in the dolly's way are found
// along the whole track, below.)
// Each contact stretch is one collision; its first and last instants are refined by bisection
// between the samples to the flick. A graze shorter than one frame between two samples can be missed.
// Track: a band of trackHalfWidthM either side of the track's centre line (round at the ends),
// tested every trackStepM along it; a set piece blocks it where its footprint comes closer than
// the half-width and it stands lower than trackClearanceM above the track and reaches above the
// track (a rostrum the track lies on does not block it). Blocked stretches are refined to 1 mm.

#include <string>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/feasibility_warning.h"
#include "core/analysis/report_timeline.h"
#include "core/analysis/time_range.h"
#include "core/rig/camera_rig.h"
#include "core/scene/project.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// What the rig runs into.
enum class ObstacleKind { SetPiece, Actor };
// "set_piece", "actor".
[[nodiscard]] std::string_view obstacleKindKey(ObstacleKind kind) noexcept;

// The part of the rig that collides.
enum class CollisionBody {
    Camera,   // the camera body around the lens
    Dolly,    // the dolly and its riders around the track at the dolly's position
};
// "camera", "dolly".
[[nodiscard]] std::string_view collisionBodyKey(CollisionBody body) noexcept;

// A part of the rig inside an obstacle for a stretch of time.
struct RigCollision {
    CollisionBody body = CollisionBody::Camera;
    ObstacleKind kind = ObstacleKind::SetPiece;
    std::string name;          // the set piece's or actor's name
    TimeRange range;           // first and last instants of contact, shot time
    double closestM = 0.0;     // nearest the lens (camera) or the track's centre line (dolly) comes to the obstacle, metres; 0 inside it
    Flicks closestAt = 0;      // when, shot time
    friend bool operator==(const RigCollision&, const RigCollision&) = default;
};

// A stretch of track through a set piece.
struct TrackCollision {
    std::string name;          // the set piece's name
    double fromM = 0.0;        // where the blocked stretch starts, metres along the track (dolly position)
    double toM = 0.0;          // where it ends, metres along the track
    friend bool operator==(const TrackCollision&, const TrackCollision&) = default;
};

// Contacts of the camera body with the set and the actors, and of the dolly with the actors, over
// the timeline of the shot `evaluator` evaluates (`rig` is that shot's rig), in order of their
// first instant (camera before dolly, set pieces before actors at the same instant).
[[nodiscard]] std::vector<RigCollision> findRigCollisions(const ShotEvaluator& evaluator, const CameraRig& rig,
                                                          const SetDescription& set, const ReportTimeline& timeline,
                                                          const CollisionSizes& sizes);

// Set pieces across the track of `rig` between dolly positions fromM and toM (the whole rail, or
// the stretch of straight track to lay), in order along the track.
[[nodiscard]] std::vector<TrackCollision> findTrackCollisions(const CameraRig& rig, double fromM, double toM,
                                                              const SetDescription& set, const CollisionSizes& sizes);

// One problem per collision: "camera passes through set piece 'Pillar 3' from 02.10 to 03.00 ...",
// "dolly runs into actor 'Ben' ...", "the track runs through set piece 'Pillar 3' from 4.1 m to
// 5.9 m along it ..." (the whole shot).
[[nodiscard]] std::vector<FeasibilityWarning> collisionWarnings(const std::vector<RigCollision>& rig,
                                                                const std::vector<TrackCollision>& track,
                                                                const ReportTimeline& timeline,
                                                                const CollisionSizes& sizes);

} // namespace murnau
