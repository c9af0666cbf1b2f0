#pragma once
// Edits of the stand-in actors. An actor is named by its name (unique in the project); a
// rename updates every reference (blocking, casts, rigs' aimActor and focusActor) in the same
// edit, and removing an actor removes it from casts and blocking and frees the rigs that aimed
// or focused on it, in one edit. Each builder checks with checkActor (and the scene checks for
// what it touches) first and returns the edit, or an error naming the field ("actors[1].heightM")
// or the argument ("name"); a returned edit applies to the project it was built from without fail.
// Heights in names follow the project's display units ("Set Anna's height to 5 ft 6 in").
//
// Drag-style builders take a `mergeKey`: the app passes the same non-empty key for every step
// of one drag (e.g. "move-actor:Anna#7"), and mergeEdits() makes the drag one undo step.

#include <string>
#include <string_view>

#include <glm/vec3.hpp>

#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// A name for a new actor not yet used: `base` itself if free, else "base 2", "base 3"...
[[nodiscard]] std::string uniqueActorName(const Project& project, std::string_view base);

// "Add actor Anna": appends `actor` (its name must be new).
Result<Edit> addActor(const Project& project, const Actor& actor);
// "Delete Anna": removes the actor, its blocking in every scene and its place in every cast;
// rigs that looked at the actor become free (aim Free, aimActor cleared; their pan and tilt
// keys are then world angles), rigs that focused on the actor focus by hand (focusActor cleared).
Result<Edit> removeActor(const Project& project, std::string_view name);
// "Rename Anna to Eve": the actor and every reference to the name.
Result<Edit> renameActor(const Project& project, std::string_view name, std::string_view newName);
// "Move Anna": the floor point between the feet, metres. Drag-style.
Result<Edit> moveActor(const Project& project, std::string_view name, glm::dvec3 positionM,
                       std::string_view mergeKey = {});
// "Turn Anna to 90°": facing, pan convention, degrees in [-360, 360]. Drag-style.
Result<Edit> turnActor(const Project& project, std::string_view name, double facingDeg, std::string_view mergeKey = {});
// "Set Anna's height to 1.68 m": stature, metres (0.3 to 3).
Result<Edit> setActorHeight(const Project& project, std::string_view name, double heightM);
// "Set Anna's build to heavy".
Result<Edit> setActorBuild(const Project& project, std::string_view name, ActorBuild build);
// "Change Anna's colour".
Result<Edit> setActorColor(const Project& project, std::string_view name, Rgb color);

} // namespace murnau
