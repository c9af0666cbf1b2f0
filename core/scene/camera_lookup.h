#pragma once
// Finding a project's camera setup by the name a shot gives (Shot::camera), for code that
// resolves a shot's camera without reporting why it is missing (the evaluator and the move
// specs report that with their own field names).

#include <string_view>

#include "core/scene/project.h"

namespace murnau {

// The camera setup called `name`, or nullptr when the project has none of that name. The
// pointer is valid until the project's cameras change.
[[nodiscard]] const CameraSetup* findCamera(const Project& project, std::string_view name) noexcept;

} // namespace murnau
