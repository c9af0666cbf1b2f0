#pragma once
// Runs the built murnau-cli (path from CMake: MURNAU_CLI_PATH) as a child process and
// collects its exit status, stdout and stderr, as a shell script would see them.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tests/support/program_run.h"

namespace murnau::test {

// What one run of murnau-cli produced.
using CliRun = ProgramRun;

// Runs murnau-cli with `arguments` (no shell involved, so no quoting).
CliRun runCli(const std::vector<std::string>& arguments);

// The command line as a person would type it ("murnau-cli lens --focal nan"), for test messages.
std::string commandText(const std::vector<std::string>& arguments);

// Runs murnau-cli with `arguments` plus "--json"; the test fails unless it exits 0 with
// nothing on stderr and valid JSON on stdout. Returns the parsed document (null on failure).
nlohmann::json runCliJson(std::vector<std::string> arguments);

} // namespace murnau::test
