#pragma once
// What a drag or a nudge on the plan changes, and the core edit for each step: the bridge between
// core's plan hit test (core/plan/plan_hit_test.h) and the edit builders (core/edit/*_edits.h).
// An actor who has blocking in the shown scene is moved by moving the mark they stand on (or last
// left: ActorPose::markIndex at the playhead); a shot's camera is moved by moving its whole track.

#include <cstddef>
#include <optional>
#include <string>

#include <glm/vec2.hpp>

#include "core/edit/edit.h"
#include "core/plan/plan_hit_test.h"
#include "core/rig/camera_rig.h"
#include "core/scene/project.h"
#include "core/scene/shot_evaluator.h"
#include "core/util/result.h"

namespace murnau {

// The item a plan drag moves or turns, with its values at the press.
struct PlanDragTarget {
    enum class Kind {
        Actor,       // an actor without blocking in the scene shown: moveActor / turnActor
        ActorMark,   // an actor with blocking: the mark they stand on or last left (moveMark / turnOnMark)
        Mark,        // a mark: moveMark / turnOnMark
        ViaPoint,    // a via point: moveViaPoint
        SetPiece,    // moveSetPiece / turnSetPiece
        RailPoint,   // a point of the shot's rail: moveRailPoint
        Camera,      // a camera setup standing where it is set: moveCamera / aimCamera (pan)
        ShotTrack,   // a shot's camera: its whole track (setStraightTrack, or every rail point through setRail)
    };
    Kind kind = Kind::Actor;
    std::string name;                   // actor, piece or camera; for marks and via points the actor
    std::size_t sceneIndex = 0;         // ActorMark, Mark, ViaPoint
    std::size_t index = 0;              // mark (ActorMark, Mark), via point, rail point, camera, piece index
    std::size_t markIndex = 0;          // ViaPoint: the mark whose walk-in holds it
    std::string markName;               // ActorMark, Mark: the mark's name
    std::string shotId;                 // RailPoint, ShotTrack
    glm::dvec2 anchorM{0.0};            // the plan point the drag moves, at the press, metres
    double heightM = 0.0;               // its height (world y), kept by moves, metres
    double yawDeg = 0.0;                // its facing, yaw or pan at the press, degrees
    bool canTurn = false;               // Alt-drag turns it
    std::optional<CameraRig> rigAtPress;       // ShotTrack: the rig at the press
    std::optional<CameraSetup> cameraAtPress;  // Camera: the setup at the press (tilt and roll kept)

    // What a drag does, for the UI: "Moving Anna's mark B (blocking of scene 1)".
    [[nodiscard]] std::string describe() const;
    // The merge-key base of a drag of it: "plan-move:mark:0:Anna:1".
    [[nodiscard]] std::string keyBase(bool turning) const;
};

// The target for `hit` (kind not None) in `project`, shown with scene `sceneIndex` (if any), shot
// `shotId` (empty: none) evaluated by `evaluator` (null without a shot) at shot time `time`.
// Error "hit" when the item is not in the project.
Result<PlanDragTarget> planDragTarget(const Project& project, const PlanHit& hit,
                                      std::optional<std::size_t> sceneIndex, const ShotEvaluator* evaluator,
                                      Flicks time);

// The hit a selection names ("actor", "setPiece", "camera", "mark", "viaPoint", "railPoint"; as
// app/bridge/selection.h) on `plan`, so a nudge resolves like a press on it; kind None when not shown.
[[nodiscard]] PlanHit planHitForSelection(const Project& project, const PlanScene& plan, const std::string& kind,
                                          const std::string& name, int index, int markIndex);

// The edit that puts the target's anchor at `anchorM` (plan metres), keeping its height.
Result<Edit> planMoveEdit(const Project& project, const PlanDragTarget& target, const glm::dvec2& anchorM,
                          std::string_view mergeKey);
// The edit that turns the target to `yawDeg` (degrees). Error "target" for items that do not turn.
Result<Edit> planTurnEdit(const Project& project, const PlanDragTarget& target, double yawDeg,
                          std::string_view mergeKey);

} // namespace murnau
