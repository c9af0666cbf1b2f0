#pragma once
// Logging set-up shared by murnau and murnau-cli: spdlog to the console (stderr)
// plus a rotating log file in the XDG state directory
// ($XDG_STATE_HOME/murnau/<program>.log, default ~/.local/state/murnau/).

#include <filesystem>
#include <string_view>

namespace murnau {

struct LoggingOptions {
    bool verbose = false;        // debug level on the console instead of warnings only
    bool logToFile = true;       // also write the rotating file
};

// Installs the default logger for `programName` ("murnau", "murnau-cli"). Never throws:
// if the state directory cannot be created, logs to the console only and says so.
void setupLogging(std::string_view programName, const LoggingOptions& options);

// The directory the log file goes to ($XDG_STATE_HOME/murnau or ~/.local/state/murnau).
std::filesystem::path logDirectory();

} // namespace murnau
