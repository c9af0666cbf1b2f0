#pragma once
// Blocking: where an actor stands and walks during a scene's action. An actor hits a
// sequence of marks; between two marks they walk at constant speed along a path through
// the marks' via points (a centripetal Catmull-Rom rail, so the path is smooth), leaving
// the earlier mark at its leaveAt time and arriving at the later one at its arriveAt time.
// Facing while walking is the direction of travel; on a mark, the mark's facing.
// Times are scene action time (a shot's time 0 is its Shot::actionStart).

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/motion/rail.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// A place an actor stands, and when.
struct Mark {
    std::string name;                    // "A", "door", ... shown on the plan and in focus marks
    glm::dvec3 positionM{0.0};           // on the floor, metres
    double facingDeg = 0.0;              // facing while standing here (pan convention: 0 faces -Z)
    Flicks arriveAt = 0;                 // when the actor reaches the mark (the first mark: from the start)
    Flicks leaveAt = 0;                  // when they set off for the next mark (>= arriveAt)
    std::vector<glm::dvec3> viaM;        // path points walked through on the way IN to this mark, metres
    friend bool operator==(const Mark&, const Mark&) = default;
};

// One actor's blocking in a scene: their marks in time order, with the walking paths built.
struct ActorBlocking {
    std::string actor;                                   // the actor's name (Project::actors)
    std::vector<Mark> marks;                             // in time order, at least one
    std::vector<std::shared_ptr<const Rail>> walks;      // walks[i]: path from marks[i] to marks[i+1]; null for a turn on the spot
    friend bool operator==(const ActorBlocking& a, const ActorBlocking& b)
    {
        return a.actor == b.actor && a.marks == b.marks;
    }
};

// Builds an actor's blocking: checks there is a mark, times are in order (arriveAt <= leaveAt <
// next arriveAt, all within +-kCurveTimeLimit), positions and facings finite, and builds the walk
// paths through marks[i].positionM, marks[i+1].viaM..., marks[i+1].positionM (a point closer than
// kMinRailPointSpacingM to the one before it is dropped; a walk left with one point is a turn on
// the spot: the actor stands there, facing the earlier mark's way, until the arrival). Errors name
// the input under `field`: "blocking.marks", "blocking.marks[2].arriveAt", "blocking.marks[1].viaM[0]".
Result<ActorBlocking> makeActorBlocking(std::string actor, std::vector<Mark> marks,
                                        std::string_view field = "blocking");

// Where an actor is at one time.
struct ActorPose {
    glm::dvec3 positionM{0.0};   // on the floor, metres
    double facingDeg = 0.0;      // pan convention
    double speedMps = 0.0;       // walking speed, metres per second (0 on a mark)
    glm::dvec3 velocityMps{0.0}; // walking velocity, speedMps along the path's tangent, m/s (zero on a mark)
    int markIndex = 0;           // the mark stood on, or the one being walked away from
    bool walking = false;        // between marks
};

// The pose at action time t (before the first mark: on it; after the last: on it). As for curve
// keys, a time exactly at leaveAt belongs to the walk (walking, at distance 0) and a time exactly
// at the next arriveAt to the mark. Walking: distance along the path = length * (t - leaveAt) /
// (arriveAt - leaveAt), speed = length / (arriveAt - leaveAt), facing = atan2(-Tx, -Tz) of the
// path's unit tangent T in degrees (the mark's facing where the path runs straight up or down).
// A blocking not made by makeActorBlocking (no marks, missing walks) gives a default pose.
ActorPose evaluateBlocking(const ActorBlocking& blocking, Flicks t) noexcept;

// The arrival time at `to` for a walk at `speedMps` leaving `from` at from.leaveAt along the
// path from `from` through to.viaM to `to` (for "walk at 1.4 m/s" editing), rounded to whole
// flicks and at least one flick after leaving. Errors name "speedMps" (not positive and finite, or
// so slow the arrival is beyond kCurveTimeLimit), "from.leaveAt", "from.positionM",
// "to.viaM[j]", "to.positionM" (not finite, or the same place as `from`: a walk of no length).
Result<Flicks> arrivalForWalkingSpeed(const Mark& from, const Mark& to, double speedMps);

} // namespace murnau
