#pragma once
// Loads the app's main window (Murnau.Ui's Main.qml) for a document. Shared by main.cpp
// and the GUI tests, so the tests drive the very window users see.

class QQmlApplicationEngine;
class QQuickWindow;

namespace murnau {

class ProjectDocument;

// Gives the engine the offline network (offline_network.h), adds the qrc:/qt/qml import path,
// passes `document` as Main.qml's required property and loads it. Returns the (still hidden) window, or nullptr after logging the QML errors.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine, ProjectDocument& document);

} // namespace murnau
