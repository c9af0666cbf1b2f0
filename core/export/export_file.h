#pragma once
// Writing an exported file: atomically (a crash never leaves half a file) and without the .bak
// backup a project save keeps, since an export is derived data.

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// Replaces `path` with `bytes` atomically (core/util/atomic_file.h's steps without the backup).
// The folder must exist. Errors name the file ("not written: ...").
Result<bool> writeExportFile(const std::filesystem::path& path, std::string_view bytes);
Result<bool> writeExportFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);

} // namespace murnau
