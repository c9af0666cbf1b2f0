#pragma once
// The "scenes" of a project file (docs/file-format.md, "Scenes"): scene headings, the actors'
// blocking (marks with exact times in flicks) and the shots with their shot-list fields and
// camera rigs. Names in blocking, cast, aimActor and focusActor must be actors of the project,
// a shot's camera one of its cameras, and shot ids unique across all scenes.

#include <span>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// Reads the "scenes" array; references are checked against `actors` and `cameras`. Errors
// name the place under `path`: "scenes[0].shots[2].cast[1]: unknown actor 'Zed'; ...".
Result<std::vector<Scene>> scenesFromJson(const nlohmann::json& value, const std::string& path,
                                          std::span<const Actor> actors, std::span<const CameraSetup> cameras);

// The JSON of the scenes, keys in a fixed order (the inverse of scenesFromJson).
nlohmann::ordered_json scenesToJson(std::span<const Scene> scenes);

} // namespace murnau
