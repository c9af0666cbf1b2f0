#include "app/bridge/main_window.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QUrl>

#include <spdlog/spdlog.h>

#include "app/bridge/offline_network.h"
#include "app/bridge/project_document.h"

namespace murnau {

QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, ProjectDocument& document)
{
    // No string from a project may reach the network (docs/untrusted-files.md); the factory
    // outlives every engine (the engine does not own it).
    static OfflineNetworkAccessManagerFactory offlineNetwork;
    engine.setNetworkAccessManagerFactory(&offlineNetwork);
    // Qt 6.4 has no loadFromModule and does not search qrc:/qt/qml by default.
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("document"), QVariant::fromValue(&document)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Murnau/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        spdlog::error("the main window (Murnau.Ui/Main.qml) failed to load");
        return nullptr;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window)
        spdlog::error("Murnau.Ui/Main.qml's root object is not a window");
    return window;
}

} // namespace murnau
