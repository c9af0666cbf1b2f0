#pragma once
// Routes Qt's own messages (QML errors and warnings included) into the spdlog logger,
// so they reach the console and the log file with everything else.

namespace murnau {

// Installs the handler; call after murnau::setupLogging().
void installQtMessageHandler();

} // namespace murnau
