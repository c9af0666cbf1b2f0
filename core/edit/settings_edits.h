#pragma once
// Edits of the project's settings: title, frame rate, display units, the set's name and floor.
// Each builder checks the new value first and returns the edit, or an error naming the field
// ("title", "frameRate", "set.floorSizeM"); a returned edit applies to the project it was built
// from without fail. Values equal to the current ones still make an edit (it changes nothing).

#include <string_view>

#include <glm/vec2.hpp>

#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// "Rename project to “Night shoot”": the project's title (one line, at most 1024 bytes).
Result<Edit> setProjectTitle(const Project& project, std::string_view title);
// "Set frame rate to 23.976 fps": the project's frame rate (one of standardFrameRates()); shots keep their own.
Result<Edit> setProjectFrameRate(const Project& project, FrameRate frameRate);
// "Show lengths in feet and inches" / "Show lengths in metres".
Result<Edit> setDisplayUnits(const Project& project, DisplayUnits units);
// "Rename set to “Warehouse”": the set's name.
Result<Edit> setSetName(const Project& project, std::string_view name);
// "Resize floor to 30.00 m × 20.00 m": the floor's extent along x and z, metres (each in (0, 10000]).
Result<Edit> setFloorSize(const Project& project, glm::dvec2 floorSizeM);
// "Change floor colour".
Result<Edit> setFloorColor(const Project& project, Rgb color);

} // namespace murnau
