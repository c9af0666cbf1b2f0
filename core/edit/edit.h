#pragma once
// An edit of a project: one undo step with a name the Edit menu shows ("Move Anna",
// "Change focal length to 35 mm"). It is a list of changes, each replacing, inserting or
// removing one item of one of the project's lists, or replacing the project's settings; a
// move in a list is a removal followed by an insertion. Every change carries the item's value
// before and after, so applying and reverting are exact and need no other state.
//
// Edits are made by the builders in core/edit/*_edits.h (settings, set, actor, camera, scene,
// rig, blocking), which check the new values first, so an edit that cannot be made is refused
// before anything changes. Applying is all-or-nothing.

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <glm/vec2.hpp>

#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The parts of a project that are not in a list.
struct ProjectSettings {
    std::string title;
    FrameRate frameRate{24, 1};
    DisplayUnits displayUnits = DisplayUnits::Metric;
    std::string setName;
    glm::dvec2 floorSizeM{40.0, 40.0};
    Rgb floorColor{60, 60, 62};
    friend bool operator==(const ProjectSettings&, const ProjectSettings&) = default;
};
ProjectSettings settingsOf(const Project& project);

// Which list of the project a change touches.
enum class ItemList {
    Settings, // not a list: the ProjectSettings (index is 0)
    SetPieces, // project.set.pieces
    Actors, // project.actors
    Cameras, // project.cameras
    Scenes, // project.scenes
    Shots, // project.scenes[sceneIndex].shots
    Blocking, // project.scenes[sceneIndex].blocking
};

// One item value of any list.
using Item = std::variant<ProjectSettings, SetPiece, Actor, CameraSetup, Scene, Shot, ActorBlocking>;

// Replace: before and after set. Insert at index: only after. Remove at index: only before.
struct Change {
    ItemList list = ItemList::Settings;
    std::size_t sceneIndex = 0; // Shots and Blocking: the scene whose list it is
    std::size_t index = 0; // position in the list
    std::optional<Item> before;
    std::optional<Item> after;
    friend bool operator==(const Change&, const Change&) = default;
};

struct Edit {
    std::string name; // what the Edit menu says: "Move Anna"
    std::vector<Change> changes; // applied in order, reverted in reverse order
    std::string mergeKey; // non-empty: consecutive edits with the same key are one undo step (a drag)
    friend bool operator==(const Edit&, const Edit&) = default;
};

// Applies the changes in order. Each must find what it expects (an index in range, the
// `before` value equal to the item there); if one does not, the changes already applied are
// reverted and the project is left as it was, and the error says which change failed.
Result<bool> applyEdit(Project& project, const Edit& edit);

// Undoes an edit that was applied to `project` (its changes inverted, in reverse order).
// Refused, with nothing changed, when the project is not in the state the edit left it in.
Result<bool> revertEdit(Project& project, const Edit& edit);

// One edit doing `first` then `second` (for merging a drag): the name of `second`, and where
// both replace the same items, one change from first's before to second's after.
// When both edits only replace items, at the same places in the same order, with places that
// do not overlap (a scene and one of its shots overlap), and first's afters are second's
// befores, the merge has one change per place; otherwise it is first's changes then second's.
// The merged edit keeps second's mergeKey.
Edit mergeEdits(const Edit& first, const Edit& second);

// True when applying `edit` would leave every item as it was (no changes, or only replacements
// whose before equals their after: a drag that came back to where it started).
bool changesNothing(const Edit& edit);

} // namespace murnau
