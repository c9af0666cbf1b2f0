#pragma once
// The open project, as QML sees it: loads a .murnau file through core, and exposes the
// set pieces, the actors and the shot camera. A file that fails to load leaves an empty
// document with the error text (Error::describe()) for the window to show.

#include <QColor>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/set_piece_list_model.h"
#include "app/bridge/shot_camera.h"
#include "core/scene/project.h"

namespace murnau {

class ProjectDocument : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ProjectDocument is created by the application")

    Q_PROPERTY(bool loaded READ isLoaded NOTIFY documentChanged)              // a project is open
    Q_PROPERTY(QString filePath READ filePath NOTIFY documentChanged)         // the file last asked for
    Q_PROPERTY(QString errorText READ errorText NOTIFY documentChanged)       // why the last load failed, else empty
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)               // the project's title
    Q_PROPERTY(QString setName READ setName NOTIFY documentChanged)           // the set's name
    Q_PROPERTY(QString frameRateLabel READ frameRateLabel NOTIFY documentChanged) // "24", "23.976" fps
    Q_PROPERTY(QSizeF floorSizeM READ floorSizeM NOTIFY documentChanged)      // floor extent along x (width) and z (height), metres
    Q_PROPERTY(QColor floorColor READ floorColor NOTIFY documentChanged)      // sRGB
    Q_PROPERTY(murnau::SetPieceListModel* setPieces READ setPieces CONSTANT)
    Q_PROPERTY(murnau::ActorListModel* actors READ actors CONSTANT)
    Q_PROPERTY(murnau::ShotCamera* shotCamera READ shotCamera CONSTANT)

public:
    explicit ProjectDocument(QObject* parent = nullptr);

    // Loads a project file; on failure the document is emptied and errorText() says why.
    Q_INVOKABLE bool load(const QString& path);

    // The loaded project (empty when nothing is loaded).
    const Project& project() const { return m_project; }

    bool isLoaded() const { return m_loaded; }
    QString filePath() const { return m_filePath; }
    QString errorText() const { return m_errorText; }
    QString title() const;
    QString setName() const;
    QString frameRateLabel() const;
    QSizeF floorSizeM() const;
    QColor floorColor() const;
    SetPieceListModel* setPieces() { return &m_setPieces; }
    ActorListModel* actors() { return &m_actors; }
    ShotCamera* shotCamera() { return &m_shotCamera; }

signals:
    void documentChanged();

private:
    void publish();

    Project m_project;
    bool m_loaded = false;
    QString m_filePath;
    QString m_errorText;
    SetPieceListModel m_setPieces;
    ActorListModel m_actors;
    ShotCamera m_shotCamera;
};

} // namespace murnau
