#pragma once
// Which item of the plan lies under a plan point, so the view can select it or start a drag.
// Items are tried in priority order, and the first kind with an item within the tolerance wins:
//   1. rail points of the shot's rail (distance to the point);
//   2. marks and via points of the scene's blocking (distance to the point);
//   3. actors (distance to the body's plan disc: 0 inside, PlanActor::radiusM);
//   4. cameras (distance to the lens);
//   5. set pieces (distanceToOutlineM: 0 inside a solid, else to the nearest solid edge or detail
//      line, so a door's leaf and a model's marker can be picked).
// Within a kind the nearest item wins; on a tie the earliest (lowest index) wins, except set pieces,
// where the latest wins (it is drawn on top). Distances are on the plan, in metres.

#include <cstddef>
#include <optional>
#include <string>

#include <glm/vec2.hpp>

#include "core/plan/plan_scene.h"
#include "core/util/result.h"

namespace murnau {

// Largest hit tolerance accepted, metres.
inline constexpr double kMaxHitToleranceM = 1000.0;

// What was hit.
enum class PlanItemKind {
    None,        // nothing within the tolerance
    RailPoint,   // a user point of the shot's rail
    Mark,        // a mark of an actor's blocking
    ViaPoint,    // a via point a walk passes on the way into a mark
    Actor,       // an actor's body
    Camera,      // a camera's lens
    SetPiece,    // a set piece
};

// The hit item and how the document names it.
struct PlanHit {
    PlanItemKind kind = PlanItemKind::None;
    std::size_t index = 0;                  // RailPoint: rail point; Mark: mark in the blocking; ViaPoint: via point in
                                            // Mark::viaM; Actor: Project::actors; Camera: Project::cameras; SetPiece: set.pieces
    std::size_t markIndex = 0;              // ViaPoint: the mark whose viaM holds it (the walk into that mark)
    std::size_t blockingIndex = 0;          // Mark, ViaPoint: Scene::blocking index
    std::string name;                       // Mark, ViaPoint: the actor; Actor: the actor; Camera: the camera setup; SetPiece: the piece; RailPoint: empty
    std::optional<std::size_t> sceneIndex;  // the plan's scene (Mark, ViaPoint, and RailPoint and Camera of a shot)
    std::string shotId;                     // RailPoint, and Camera placed by a shot: Shot::id; else empty
    glm::dvec2 anchorM{0.0};                // the item's own plan point, the one a drag moves (the piece's base centre), metres
    double distanceM = 0.0;                 // from the query point to the item, metres (0 inside)
};

// The item of `plan` under `pointM` within `toleranceM`, or kind None. Errors: "pointM" not finite,
// "toleranceM" negative, not finite or above kMaxHitToleranceM.
Result<PlanHit> planHitTest(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM);

} // namespace murnau
