#pragma once
// Rendered frames of a shot at any shot times, for the PDF shot list: the shot's camera and the
// actors where core's ShotEvaluator puts them at each time, on the real set. As ShotThumbnailer
// (shot_thumbnailer.h) does for the first frame: QML supplies the renderer (ShotFrameRenderer.qml,
// a View3D of its own SetScene posed from `camera` and `actors`, shown only while `rendering`);
// for each time this poses it, waits for two of the window's frames, grabs the view
// (QQuickItem::grabToImage) and crops the picture to the delivery frame lines.

#include <vector>

#include <QImage>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickItemGrabResult>
#include <QSharedPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/shot_camera.h"
#include "core/scene/project.h"
#include "core/time/frame_rate.h"

namespace murnau {

class ShotFrameGrabber : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShotFrameGrabber is owned by ProjectExporter")

    // The item to grab (the renderer's View3D); set by the renderer.
    Q_PROPERTY(QQuickItem* view READ view WRITE setView NOTIFY viewChanged)
    Q_PROPERTY(murnau::ShotCamera* camera READ camera CONSTANT)       // the shot's camera at the time being rendered
    Q_PROPERTY(murnau::ActorListModel* actors READ actors CONSTANT)   // the actors at that time
    Q_PROPERTY(bool rendering READ isRendering NOTIFY renderingChanged) // frames are being made: the view must be shown

public:
    explicit ShotFrameGrabber(QObject* parent = nullptr);
    ~ShotFrameGrabber() override;

    // Starts rendering `shot` of `scene` (of `project`; poses are computed here, so they may change) at
    // each of `times` (shot time, flicks); `finished` follows. False (errorText says why) when
    // there is no view in a window, frames are being made already, or core cannot evaluate the shot.
    bool render(const Project& project, const Scene& scene, const Shot& shot, std::vector<Flicks> times);
    // Stops the rendering under way: no `finished`.
    void cancel();
    // The pictures of the last rendering, one per time (null where none came).
    [[nodiscard]] const std::vector<QImage>& images() const { return m_images; }
    // Why the last render() or rendering failed, else "".
    [[nodiscard]] QString errorText() const { return m_errorText; }

    QQuickItem* view() const { return m_view; }
    void setView(QQuickItem* view);
    ShotCamera* camera() { return &m_camera; }
    ActorListModel* actors() { return &m_actors; }
    bool isRendering() const { return m_rendering; }

signals:
    void viewChanged();
    void renderingChanged();
    // Every time is rendered (ok), or the frames or a grab never came (errorText says why).
    void finished(bool ok);

private:
    // Poses the renderer for m_times[m_next] and waits for its frames.
    void poseNext();
    void onFrameSwapped();
    void onGrabbed();
    void stop();
    void giveUp(const QString& why);

    QPointer<QQuickItem> m_view;
    ShotCamera m_camera;
    ActorListModel m_actors;
    bool m_rendering = false;
    QString m_errorText;
    // What one time shows: the camera as posed and the actors as placed.
    struct Pose {
        CameraSetup camera;
        std::vector<Actor> actors;
    };
    std::vector<Pose> m_poses;              // one per time asked for
    std::size_t m_next = 0;                 // the pose being rendered
    std::vector<QImage> m_images;
    int m_framesToWait = 0;
    QMetaObject::Connection m_frameConnection;
    QSharedPointer<QQuickItemGrabResult> m_grab;
    QTimer m_watchdog;                      // gives up when the frames or the grab never come
};

} // namespace murnau
