#pragma once
// Rendered thumbnails of the shots: each shot's first frame (its head frame, as an editor's
// timeline shows a clip, and the frame the player opens a selected shot on), seen through the
// shot's camera on the real set with the actors where core's ShotEvaluator puts them at time 0.
//
// QML supplies the renderer (ClipThumbnailRenderer.qml): a small View3D of its own SetScene,
// posed from `camera` and `actors` here, that is only visible while a thumbnail is being made.
// When the app is idle (no playback, no mouse button held, a pause after the last edit) the
// thumbnailer compares each shot's first-frame inputs (camera, actors, set) with those of its
// picture, and renders the changed shots one at a time: pose, wait for two frames, grab the view
// (QQuickItem::grabToImage), crop to the delivery frame lines, store. The pictures are served
// to Image items by ThumbnailImageProvider.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QSharedPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/shot_camera.h"
#include "app/bridge/thumbnail_image_provider.h"
#include "core/scene/project.h"

namespace murnau {

class ProjectDocument;

class ShotThumbnailer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShotThumbnailer is owned by ShotClipModel")

    // The item to grab (the renderer's View3D); set by the renderer.
    Q_PROPERTY(QQuickItem* view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(murnau::ShotCamera* camera READ camera CONSTANT)       // the shot's camera at its first frame
    Q_PROPERTY(murnau::ActorListModel* actors READ actors CONSTANT)   // the actors at the shot's first frame
    Q_PROPERTY(bool rendering READ isRendering NOTIFY renderingChanged) // a thumbnail is being made: the view must be shown
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY renderingChanged) // shots waiting for a new thumbnail

public:
    explicit ShotThumbnailer(QObject* parent = nullptr);

    void setDocument(ProjectDocument* document);
    // The image provider's id ("" before registration): thumbnails are served under it.
    void setProviderId(const QString& providerId) { m_providerId = providerId; }
    // The store the image provider reads.
    [[nodiscard]] std::shared_ptr<const ThumbnailStore> store() const { return m_store; }

    // The image URL of the shot's thumbnail, "" until one is rendered.
    [[nodiscard]] QString source(const QString& shotId) const;
    // The shot's thumbnail (null until rendered).
    [[nodiscard]] QImage image(const QString& shotId) const { return m_store->get(shotId); }
    // How long the last thumbnail took from posing to the stored picture, and the render of the
    // frames in between, milliseconds (for the performance notes).
    [[nodiscard]] double lastThumbnailMs() const { return m_lastThumbnailMs; }

    // Looks for changed shots after the idle pause.
    Q_INVOKABLE void schedule();

    QQuickItem* view() const { return m_view; }
    void setView(QQuickItem* view);
    ShotCamera* camera() { return &m_camera; }
    ActorListModel* actors() { return &m_actors; }
    bool isRendering() const { return !m_current.isEmpty(); }
    int pendingCount() const { return static_cast<int>(m_queue.size()) + (isRendering() ? 1 : 0); }


signals:
    void viewChanged();
    void renderingChanged();
    // The shot's thumbnail was rendered anew (or removed).
    void thumbnailChanged(const QString& shotId);

private:
    // What a shot's first frame shows: the camera as posed and the actors as placed, on the set.
    struct Inputs {
        CameraSetup camera;
        std::vector<Actor> actors;
        SetDescription set;
        friend bool operator==(const Inputs&, const Inputs&) = default;
    };
    // The first frame's inputs of a shot, or nullopt when core cannot evaluate it.
    std::optional<Inputs> inputsOf(const std::string& shotId) const;
    // The app is idle enough to render: the strip shown in an exposed window, no playback, no mouse button held.
    bool canRender() const;
    void onIdle();
    void refreshQueue();
    void renderNext();
    void onFrameSwapped();
    void onGrabbed();
    void finishCurrent();
    void abandonCurrent();

    QPointer<ProjectDocument> m_document;
    QPointer<QQuickItem> m_view;
    ShotCamera m_camera;
    ActorListModel m_actors;
    std::shared_ptr<ThumbnailStore> m_store = std::make_shared<ThumbnailStore>();
    QString m_providerId;
    std::map<QString, Inputs> m_shown;      // the inputs each stored picture was made from
    std::map<QString, int> m_versions;      // bumped with each new picture, for the URL
    QStringList m_queue;                    // shots to render, in order
    QString m_current;                      // the shot being rendered, "" when none
    std::optional<Inputs> m_currentInputs;
    int m_framesToWait = 0;
    QMetaObject::Connection m_frameConnection;
    QSharedPointer<QQuickItemGrabResult> m_grab;
    QTimer m_idle;                          // the pause after the last change
    QTimer m_watchdog;                      // gives up on a thumbnail whose frames never come
    QElapsedTimer m_clock;
    double m_lastThumbnailMs = 0.0;
};

} // namespace murnau
