#pragma once
// Runs a program as a child process and collects its exit status, stdout and stderr, as a shell
// script would see them: posix_spawnp, no shell (so no quoting), stdin from /dev/null. The tests
// run murnau-cli, the app and the poppler tools with it rather than with QProcess, whose
// vfork-style clone the ThreadSanitizer runtime cannot follow (docs/hardening.md).

#include <string>
#include <vector>

namespace murnau::test {

// What one run of a program produced.
struct ProgramRun {
    int exitStatus = -1;    // the process's exit code; -1 if it did not start or exit normally
    std::string out;        // everything written to stdout
    std::string err;        // everything written to stderr
};

// Runs `program` (a path, or a name looked up in PATH) with `arguments` and waits for it; a
// program that cannot be started is a failed test and an exit status of -1.
ProgramRun runProgram(const std::string& program, const std::vector<std::string>& arguments);

} // namespace murnau::test
