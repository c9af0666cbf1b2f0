#pragma once
// The .murnau file: versioned JSON, stable key order, SI units, times in exact flicks
// (docs/file-format.md). Loading validates everything, including every name a scene uses,
// and names the place of any problem ("actors[2].heightM: expected a positive number of
// metres, got -1.8"); it never returns a half-loaded project.

#include <filesystem>
#include <string>
#include <string_view>

#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// Parses a project from JSON text.
Result<Project> parseProject(std::string_view jsonText);

// Reads and parses a project file; the error names the file's problem.
Result<Project> loadProject(const std::filesystem::path& path);

// The JSON text of a project (2-space indent, keys in a fixed order, trailing newline).
std::string serializeProject(const Project& project);

// Writes atomically: temporary file in the same folder, flush, fsync, rename.
Result<bool> saveProject(const Project& project, const std::filesystem::path& path);

} // namespace murnau
