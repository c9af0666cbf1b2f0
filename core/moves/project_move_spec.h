#pragma once
// A MoveSpec from a project (the CLI's `plan --set` and the app's New Move dialog): the subject
// is one of the project's actors, and in a shot the spec takes the shot's camera setup, frame
// rate and duration, with the subject where the scene's blocking puts them at the shot's first
// instant (so the move frames them where they stand when it starts).

#include <string_view>

#include "core/moves/move_spec.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The actor called `name`. An error naming `field` for an unknown name, listing the actors
// ("no actor 'Zoe' in the project; its actors are Anna, Ben"), or for a project without actors.
Result<Actor> findSubject(const Project& project, std::string_view name, std::string_view field = "subject");

// The spec of a move for the shot `shotId` framing `subjectName`: the actor posed at the shot's
// first instant (evaluateBlocking at its action start, or the actor's own position without
// blocking in the scene), the shot's camera setup, frame rate and duration, the default timing,
// look-at aim and the lens at eye height. Errors: "shotId" (no such shot), "subject"
// (findSubject()), "camera" (the shot names no camera setup of the project).
Result<MoveSpec> moveSpecForShot(const Project& project, std::string_view shotId, std::string_view subjectName);

} // namespace murnau
