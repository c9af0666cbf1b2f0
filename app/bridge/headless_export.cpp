#include "app/bridge/headless_export.h"

#include <QEventLoop>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include "app/bridge/project_document.h"
#include "app/bridge/project_exporter.h"

namespace murnau {

HeadlessExportResult runHeadlessExport(ProjectDocument& document, const ExportRequest& request)
{
    ProjectExporter exporter;
    exporter.setDocument(&document);
    QQmlApplicationEngine engine;   // after the exporter: the window, which uses it, goes first
    QQuickWindow* window = nullptr;
    if (exportKindRenders(request.kind)) {
        // Qt 6.4 has no loadFromModule and does not search qrc:/qt/qml by default.
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.setInitialProperties({{QStringLiteral("document"), QVariant::fromValue(&document)},
                                     {QStringLiteral("exporter"), QVariant::fromValue(&exporter)}});
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Murnau/Ui/HeadlessExportWindow.qml")));
        window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
        if (!window)
            return {1, QStringLiteral("the frame renderer's window (Murnau.Ui/HeadlessExportWindow.qml) failed to load")};
        window->show();   // its render loop makes the frames
    }

    HeadlessExportResult result{1, QString()};
    bool done = false;
    QEventLoop loop;
    QObject::connect(&exporter, &ProjectExporter::finished, &loop, [&](bool ok, const QString& message) {
        result = {ok ? 0 : 1, message};
        done = true;
        loop.quit();
    });
    if (exporter.start(request) && !done)
        loop.exec();
    if (window)
        window->close();
    return result;
}

} // namespace murnau
