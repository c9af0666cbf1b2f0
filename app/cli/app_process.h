#pragma once
// Running the Murnau app as a child process, for the exports that need its renderer (the shot
// list PDF with frames rendered from the shot camera). murnau-cli itself never links Qt; the app
// binary is found beside it (the build tree: app/murnau next to app/cli/murnau-cli; an install:
// both in bin/), or named by the MURNAU_APP environment variable.

#include <filesystem>
#include <string>
#include <vector>

#include "core/util/result.h"

namespace murnau::cli {

// The app binary: $MURNAU_APP, else "murnau" beside murnau-cli's parent folder or beside it.
// The error (naming `option`) says where it looked.
Result<std::filesystem::path> findAppBinary(const std::string& option);

// Whether the process has a display to render on (DISPLAY or WAYLAND_DISPLAY is set).
[[nodiscard]] bool hasDisplay() noexcept;

// Runs `program` with `arguments` (its stdout discarded, its stderr passed through) and waits. Returns its exit
// status; an error (naming `option`) if it could not be started or was killed by a signal.
Result<int> runAndWait(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                       const std::string& option);

} // namespace murnau::cli
