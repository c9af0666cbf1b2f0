#pragma once
// What a program reading someone else's project may do, checked against its strace events:
// write only inside the folders it owns, run no program but itself, connect to no network
// address, and never open anything in the decoy folder or the traps.

#include <filesystem>
#include <string>
#include <vector>

#include "strace_log.h"

namespace murnau::security {

struct TracePolicy {
    std::filesystem::path program;                     // the one program it may execve (itself)
    std::vector<std::filesystem::path> writableRoots;  // folders it may create, change and remove in
    std::vector<std::filesystem::path> writableFiles;  // single files it may open for writing (/dev/null)
    std::vector<std::filesystem::path> unreadable;     // files and folders it must not open at all
};

// One line per event that breaks `policy` ("write outside: openat /etc/x (line ...)"); empty when
// every event keeps to it.
[[nodiscard]] std::vector<std::string> policyViolations(const std::vector<TracedEvent>& events,
                                                        const TracePolicy& policy);

// The environment a traced program gets: HOME, XDG_CONFIG_HOME, XDG_STATE_HOME, XDG_CACHE_HOME,
// XDG_DATA_HOME, XDG_RUNTIME_DIR and TMPDIR all inside `sandbox` (its folders home, config, state,
// cache, runtime, tmp), PATH, LANG, the sanitizers' options of a sanitizer build (ASAN_OPTIONS with
// leak detection off: LeakSanitizer cannot stop the world under ptrace, so it would fail the
// traced program at exit), and `extra` ("DISPLAY=:99").
[[nodiscard]] std::vector<std::string> sandboxEnvironment(const std::filesystem::path& sandbox,
                                                          const std::vector<std::string>& extra = {});

} // namespace murnau::security
