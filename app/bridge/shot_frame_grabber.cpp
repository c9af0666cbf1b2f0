#include "app/bridge/shot_frame_grabber.h"

#include <cmath>

#include <QQuickWindow>

#include "core/scene/camera_lookup.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

namespace {

// Frames to let the renderer draw after posing it before grabbing: the first brings the new pose
// into the scene graph, the second is drawn from it (as ShotThumbnailer).
constexpr int kFramesBeforeGrab = 2;
// Longest wait for one picture's frames and grab, milliseconds (Mesa's software rasteriser is slow).
constexpr int kWatchdogMs = 60000;

} // namespace

ShotFrameGrabber::ShotFrameGrabber(QObject* parent) : QObject(parent)
{
    m_camera.clear(tr("No shot."));
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { giveUp(tr("The frames did not render (no picture in time).")); });
}

ShotFrameGrabber::~ShotFrameGrabber()
{
    disconnect(m_frameConnection);
}

void ShotFrameGrabber::setView(QQuickItem* view)
{
    if (m_view == view)
        return;
    if (m_rendering)
        giveUp(tr("The frame renderer went away."));
    m_view = view;
    emit viewChanged();
}

bool ShotFrameGrabber::render(const Project& project, const Scene& scene, const Shot& shot, std::vector<Flicks> times)
{
    m_errorText.clear();
    if (m_rendering) {
        m_errorText = tr("Frames are being rendered already.");
        return false;
    }
    if (!m_view || !m_view->window()) {
        m_errorText = tr("There is no frame renderer in a window.");
        return false;
    }
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot);
    const CameraSetup* setup = findCamera(project, shot.camera);
    if (!evaluator) {
        m_errorText = QString::fromStdString(evaluator.error().describe());
        return false;
    }
    if (!setup) {
        m_errorText = tr("shot.camera: no camera \"%1\"").arg(QString::fromStdString(shot.camera));
        return false;
    }
    // Each time evaluated as the shot player does for the picture it shows.
    m_poses.clear();
    for (const Flicks t : times) {
        const ShotSample sample = evaluator->sampleAt(t);
        Pose pose{withPoseAndLens(*setup, sample.camera), project.actors};
        for (std::size_t i = 0; i < sample.actors.size() && i < pose.actors.size(); ++i) {
            pose.actors[i].positionM = sample.actors[i].pose.positionM;
            pose.actors[i].facingDeg = sample.actors[i].pose.facingDeg;
        }
        m_poses.push_back(std::move(pose));
    }
    m_images.assign(m_poses.size(), QImage());
    m_next = 0;
    m_rendering = true;
    emit renderingChanged();   // the renderer shows its view
    poseNext();
    return true;
}

void ShotFrameGrabber::cancel()
{
    if (m_rendering)
        stop();
}

void ShotFrameGrabber::poseNext()
{
    if (m_next >= m_poses.size()) {
        stop();
        emit finished(true);
        return;
    }
    if (!m_view || !m_view->window()) {
        giveUp(tr("The frame renderer went away."));
        return;
    }
    const Pose& pose = m_poses[m_next];
    m_actors.setActors(pose.actors);
    m_camera.setCamera(pose.camera, pose.actors);
    m_framesToWait = kFramesBeforeGrab;
    disconnect(m_frameConnection);
    m_frameConnection = connect(m_view->window(), &QQuickWindow::frameSwapped, this,
                                &ShotFrameGrabber::onFrameSwapped, Qt::QueuedConnection);
    m_watchdog.start();
    m_view->window()->update();
}

void ShotFrameGrabber::onFrameSwapped()
{
    if (!m_rendering || !m_view)
        return;
    if (--m_framesToWait > 0) {
        m_view->window()->update();
        return;
    }
    disconnect(m_frameConnection);
    m_grab = m_view->grabToImage();
    if (!m_grab) {
        giveUp(tr("The frame renderer could not be grabbed."));
        return;
    }
    connect(m_grab.data(), &QQuickItemGrabResult::ready, this, &ShotFrameGrabber::onGrabbed);
}

void ShotFrameGrabber::onGrabbed()
{
    if (!m_rendering || !m_grab)
        return;
    QImage image = m_grab->image();
    m_grab.reset();
    // The delivered picture: the full gate cropped to the delivery frame lines.
    image = m_camera.cropToDelivery(image);
    if (image.isNull()) {
        giveUp(tr("The frame renderer gave an empty picture."));
        return;
    }
    m_images[m_next] = image.convertToFormat(QImage::Format_RGB32);
    m_watchdog.stop();
    ++m_next;
    poseNext();
}

void ShotFrameGrabber::stop()
{
    m_watchdog.stop();
    disconnect(m_frameConnection);
    m_grab.reset();
    m_poses.clear();
    m_rendering = false;
    emit renderingChanged();   // the renderer hides its view
}

void ShotFrameGrabber::giveUp(const QString& why)
{
    if (!m_rendering)
        return;
    stop();
    m_errorText = why;
    emit finished(false);
}

} // namespace murnau
