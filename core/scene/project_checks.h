#pragma once
// In-memory checks of a project and its items: the same rules the file reader applies
// (finite numbers within their documented ranges, non-empty bounded names, names unique where
// they are keys, and every name a scene uses naming an actor or camera of the project), for
// values that come from edits rather than from a file. Each returns the first problem found,
// with `field` naming the place as the reader would ("actors[2].heightM", "set.pieces[4].openings[1]").

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

std::optional<Error> checkSetPiece(const SetPiece& piece, std::string_view field);
std::optional<Error> checkActor(const Actor& actor, std::string_view field);
std::optional<Error> checkLensKit(const LensKit& kit, std::string_view field);
std::optional<Error> checkCamera(const CameraSetup& camera, std::string_view field);
// A shot alone and its references (camera, cast, aimActor, focusActor) against `project`.
std::optional<Error> checkShot(const Shot& shot, const Project& project, std::string_view field);
// One actor's blocking: made (makeActorBlocking) and naming an actor of `project`.
std::optional<Error> checkBlocking(const ActorBlocking& blocking, const Project& project, std::string_view field);
// A scene heading, its blocking (at most one per actor) and its shots.
std::optional<Error> checkScene(const Scene& scene, const Project& project, std::string_view field);
// The whole project: settings, every item, unique actor/camera/piece names, unique shot ids, and
// no list longer than its cap (project_rules.h: kMaxShots, kMaxActors ...).
std::optional<Error> checkProject(const Project& project);

// The project-wide lists with a cap (project_rules.h).
enum class CountedList { SetPieces, Actors, Cameras, Scenes, Shots };
// An error naming the list ("actors: a project holds at most 1000 actors; it has 1000") when adding `adding` items to `list` would pass its cap; edits that add call it.
std::optional<Error> checkRoomFor(const Project& project, CountedList list, std::size_t adding = 1);

} // namespace murnau
