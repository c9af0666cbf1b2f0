#pragma once
// What a move generator returns: a Shot whose rig holds ordinary keys (editable on the
// timeline afterwards), the subject's new blocking when the move also moves the actor, the
// figures a crew asks for, and the move in words.

#include <optional>
#include <string>

#include "core/scene/blocking.h"
#include "core/scene/shot.h"

namespace murnau {

// The figures of a generated move, for the shot list and the inspector.
struct MoveSummary {
    double startDistanceM = 0.0;        // lens to the subject's eyes at the first instant, metres
    double endDistanceM = 0.0;          // lens to the subject's eyes at the last instant, metres
    double startFocalLengthMm = 0.0;    // focal length at the first instant, millimetres
    double endFocalLengthMm = 0.0;      // focal length at the last instant, millimetres
    double trackLengthM = 0.0;          // dolly track to lay (the rail's length, run-up included), metres; 0 without a track
    double lensRiseM = 0.0;             // how far the lens rises (negative: sinks) on the pedestal or crane, metres
};

// A generated move.
struct MoveResult {
    Shot shot;                              // camera, rate, duration, cast, rig with keys and description; id and number are left to the caller
    std::optional<ActorBlocking> blocking;  // the subject's blocking for the scene, replacing theirs (the leading shot); nullopt when the actor stands
    MoveSummary summary;                    // figures for the crew
    std::string description;                // "Track out from CU to WS of Anna, 35 mm, 6 s" (also Shot::description)
};

} // namespace murnau
