#pragma once
// `murnau --export-shot-list OUT.pdf PROJECT.murnau` (and --export-focus-marks): one export of an
// opened project without the main window, for scripts and murnau-cli. A PDF shot list's frames
// are rendered in a small window of their own (HeadlessExportWindow.qml), so it needs a display
// (run it under `xvfb-run -a` on a server).

#include <QString>

#include "app/bridge/export_request.h"

namespace murnau {

class ProjectDocument;

// What a headless export ended with: the process's exit status and the one line to print.
struct HeadlessExportResult {
    int exitCode = 0;    // 0 written, 1 failed (the message says why)
    QString message;     // "Wrote 12 shots (14 pages) to out.pdf", or why not
};

// Runs `request` on `document` (loaded) to the end, with the event loop of the running
// QGuiApplication; the frame renderer's window is loaded when the kind renders.
HeadlessExportResult runHeadlessExport(ProjectDocument& document, const ExportRequest& request);

} // namespace murnau
