#pragma once
// What one export asks for: the kind of file (shot list CSV/JSON/PDF, focus marks CSV/PDF, the
// camera as glTF/GLB, Nuke .chan, USD, OpenTimelineIO), where it goes, which shots in which
// order, and the PDF's page. Shared by the Export dialog (through ProjectExporter) and the
// headless `murnau --export-shot-list` mode, which parse their words into it here.

#include <optional>
#include <string>
#include <vector>

#include <QPageSize>
#include <QString>

#include "core/export/export_shots.h"
#include "core/util/result.h"

namespace murnau {

// The kinds of export, as the File ▸ Export menu lists them.
enum class ExportKind {
    ShotListCsv,     // the shot list as CSV
    ShotListJson,    // the shot list as JSON
    ShotListPdf,     // the shot list table and a page per shot with rendered frames
    FocusMarksCsv,   // the focus puller's marks as CSV
    FocusMarksPdf,   // the focus puller's marks sheet as PDF
    Gltf,            // the set, actors and shot cameras as .gltf + .bin
    Glb,             // the same as one binary .glb
    Chan,            // one Nuke .chan per shot, into a folder
    Usd,             // USD ASCII cameras (.usda)
    Otio,            // the cut as OpenTimelineIO (.otio)
};

// The key QML and the command line use: "shot-list-csv", "shot-list-json", "shot-list-pdf",
// "focus-marks-csv", "focus-marks-pdf", "gltf", "glb", "chan", "usd", "otio".
[[nodiscard]] QString exportKindKey(ExportKind kind);
// The kind a key names; nullopt for an unknown key.
[[nodiscard]] std::optional<ExportKind> parseExportKind(const QString& key);
// The file suffix without the dot ("csv", "pdf", "usda"); empty for Chan (a folder).
[[nodiscard]] QString exportKindSuffix(ExportKind kind);
// What the kind writes, for titles and messages ("Shot list (PDF)", "Camera: Nuke .chan").
[[nodiscard]] QString exportKindLabel(ExportKind kind);
// The kind writes into a folder rather than one file (Chan).
[[nodiscard]] bool exportKindIsFolder(ExportKind kind);
// The kind renders frames and needs a window with the frame renderer (ShotListPdf).
[[nodiscard]] bool exportKindRenders(ExportKind kind);

// One export's settings.
struct ExportRequest {
    ExportKind kind = ExportKind::ShotListCsv;
    QString path;                                       // the local file (or folder for Chan)
    std::vector<std::string> shotKeys;                  // shot ids or numbers; empty: every shot
    ShotOrder order = ShotOrder::Editorial;
    QPageSize::PageSizeId pageSize = QPageSize::A4;     // A4 or Letter
    bool halfPagePerShot = false;                       // two shots to a PDF page
};

// "A4" or "Letter" (any case; "US Letter" too); errors name `field`.
Result<QPageSize::PageSizeId> parsePageSize(const QString& text, const std::string& field = "pageSize");

// The request's path with the kind's suffix appended when it has none (files only).
[[nodiscard]] QString withExportSuffix(ExportKind kind, const QString& path);

} // namespace murnau
