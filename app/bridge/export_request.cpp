#include "app/bridge/export_request.h"

#include <array>
#include <utility>

#include <QCoreApplication>
#include <QFileInfo>

namespace murnau {

namespace {

// Key, suffix and label of each kind, in ExportKind order.
struct KindInfo {
    ExportKind kind;
    const char* key;
    const char* suffix;
    const char* label;
};
constexpr std::array<KindInfo, 10> kKinds{{
    {ExportKind::ShotListCsv, "shot-list-csv", "csv", QT_TRANSLATE_NOOP("ExportRequest", "Shot list (CSV)")},
    {ExportKind::ShotListJson, "shot-list-json", "json", QT_TRANSLATE_NOOP("ExportRequest", "Shot list (JSON)")},
    {ExportKind::ShotListPdf, "shot-list-pdf", "pdf", QT_TRANSLATE_NOOP("ExportRequest", "Shot list (PDF)")},
    {ExportKind::FocusMarksCsv, "focus-marks-csv", "csv", QT_TRANSLATE_NOOP("ExportRequest", "Focus marks (CSV)")},
    {ExportKind::FocusMarksPdf, "focus-marks-pdf", "pdf", QT_TRANSLATE_NOOP("ExportRequest", "Focus marks (PDF)")},
    {ExportKind::Gltf, "gltf", "gltf", QT_TRANSLATE_NOOP("ExportRequest", "Camera: glTF")},
    {ExportKind::Glb, "glb", "glb", QT_TRANSLATE_NOOP("ExportRequest", "Camera: GLB")},
    {ExportKind::Chan, "chan", "", QT_TRANSLATE_NOOP("ExportRequest", "Camera: Nuke .chan")},
    {ExportKind::Usd, "usd", "usda", QT_TRANSLATE_NOOP("ExportRequest", "Camera: USD")},
    {ExportKind::Otio, "otio", "otio", QT_TRANSLATE_NOOP("ExportRequest", "Cut: OpenTimelineIO")},
}};

const KindInfo& infoOf(ExportKind kind)
{
    return kKinds[static_cast<std::size_t>(kind)];
}

} // namespace

QString exportKindKey(ExportKind kind)
{
    return QString::fromLatin1(infoOf(kind).key);
}

std::optional<ExportKind> parseExportKind(const QString& key)
{
    for (const KindInfo& info : kKinds)
        if (key == QLatin1String(info.key))
            return info.kind;
    return std::nullopt;
}

QString exportKindSuffix(ExportKind kind)
{
    return QString::fromLatin1(infoOf(kind).suffix);
}

QString exportKindLabel(ExportKind kind)
{
    return QCoreApplication::translate("ExportRequest", infoOf(kind).label);
}

bool exportKindIsFolder(ExportKind kind)
{
    return kind == ExportKind::Chan;
}

bool exportKindRenders(ExportKind kind)
{
    return kind == ExportKind::ShotListPdf;
}

Result<QPageSize::PageSizeId> parsePageSize(const QString& text, const std::string& field)
{
    const QString key = text.trimmed().toLower();
    if (key == QLatin1String("a4"))
        return QPageSize::A4;
    if (key == QLatin1String("letter") || key == QLatin1String("us letter") || key == QLatin1String("us-letter"))
        return QPageSize::Letter;
    return fail(field, "must be A4 or Letter, got \"" + text.toStdString() + "\"");
}

QString withExportSuffix(ExportKind kind, const QString& path)
{
    const QString suffix = exportKindSuffix(kind);
    if (suffix.isEmpty() || path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QLatin1Char('.') + suffix;
}

} // namespace murnau
