#include "app/bridge/shot_thumbnailer.h"

#include <algorithm>
#include <cmath>

#include <QGuiApplication>
#include <QQuickWindow>
#include <spdlog/spdlog.h>

#include "app/bridge/project_document.h"
#include "core/edit/scene_edits.h"
#include "core/scene/shot_evaluator.h"
#include "core/scene/camera_lookup.h"

namespace murnau {

namespace {

// The pause after the last change (or the end of playback or of a drag) before thumbnails are
// looked at, milliseconds: an edit made in steps (typing, a drag) renders once, after it.
constexpr int kIdlePauseMs = 600;
// Frames to let the renderer draw after posing it before grabbing: the first brings the new
// pose into the scene graph, the second is drawn from it.
constexpr int kFramesBeforeGrab = 2;
// Longest wait for those frames and the grab, milliseconds; a window that stops drawing (hidden,
// minimised) gives the thumbnail up until the next idle pass.
constexpr int kWatchdogMs = 10000;

} // namespace

ShotThumbnailer::ShotThumbnailer(QObject* parent) : QObject(parent)
{
    m_camera.clear(tr("No shot."));
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdlePauseMs);
    connect(&m_idle, &QTimer::timeout, this, &ShotThumbnailer::onIdle);
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, &ShotThumbnailer::abandonCurrent);
}

void ShotThumbnailer::setDocument(ProjectDocument* document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &ShotThumbnailer::schedule);
        connect(m_document->player(), &ShotPlayer::playingChanged, this, &ShotThumbnailer::schedule);
    }
    schedule();
}

void ShotThumbnailer::setView(QQuickItem* view)
{
    if (m_view == view)
        return;
    abandonCurrent();
    m_view = view;
    emit viewChanged();
    schedule();
}

QString ShotThumbnailer::source(const QString& shotId) const
{
    const auto version = m_versions.find(shotId);
    if (m_providerId.isEmpty() || version == m_versions.end())
        return {};
    return QStringLiteral("image://%1/%2/%3").arg(m_providerId, shotId).arg(version->second);
}

void ShotThumbnailer::schedule()
{
    if (!isRendering())
        m_idle.start();
}

std::optional<ShotThumbnailer::Inputs> ShotThumbnailer::inputsOf(const std::string& shotId) const
{
    const Project& project = m_document->project();
    const Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return std::nullopt;
    const Scene& scene = project.scenes[place->sceneIndex];
    const Shot& shot = scene.shots[place->shotIndex];
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot);
    const CameraSetup* setup = findCamera(project, shot.camera);
    if (!evaluator || !setup)
        return std::nullopt;
    // The first frame (time 0), evaluated as the shot player does for the picture it shows.
    const ShotSample sample = evaluator->sampleAt(0);
    Inputs inputs{withPoseAndLens(*setup, sample.camera), project.actors, project.set};
    for (std::size_t i = 0; i < sample.actors.size() && i < inputs.actors.size(); ++i) {
        inputs.actors[i].positionM = sample.actors[i].pose.positionM;
        inputs.actors[i].facingDeg = sample.actors[i].pose.facingDeg;
    }
    return inputs;
}

bool ShotThumbnailer::canRender() const
{
    // The renderer's own item stays hidden between thumbnails; its parent shows whether the strip is shown.
    const QQuickItem* renderer = m_view ? m_view->parentItem() : nullptr;
    return m_document && renderer && renderer->isVisible() && m_view->window() && m_view->window()->isExposed()
           && !m_document->player()->isPlaying() && QGuiApplication::mouseButtons() == Qt::NoButton;
}

void ShotThumbnailer::onIdle()
{
    if (!m_document || isRendering())
        return;
    if (!canRender()) {
        if (m_view && m_view->window() && m_document->isLoaded())
            m_idle.start();   // playing or dragging: look again after the next pause
        return;
    }
    refreshQueue();
    renderNext();
}

void ShotThumbnailer::refreshQueue()
{
    const Project& project = m_document->project();
    QStringList queue;
    std::map<QString, bool> present;
    // The shown shot first: it is the clip the user is looking at.
    std::vector<std::string> ids;
    const std::string shown = m_document->player()->shotId().toStdString();
    if (!shown.empty())
        ids.push_back(shown);
    for (const Scene& scene : project.scenes)
        for (const Shot& shot : scene.shots)
            if (shot.id != shown)
                ids.push_back(shot.id);
    for (const std::string& id : ids) {
        const QString shotId = QString::fromStdString(id);
        present[shotId] = true;
        const std::optional<Inputs> inputs = inputsOf(id);
        const auto stored = m_shown.find(shotId);
        if (!inputs) {   // cannot be evaluated: no picture rather than a stale one
            if (stored != m_shown.end() || m_versions.contains(shotId)) {
                m_shown.erase(shotId);
                m_versions.erase(shotId);
                m_store->remove(shotId);
                emit thumbnailChanged(shotId);
            }
            continue;
        }
        if (stored == m_shown.end() || !(stored->second == *inputs))
            queue.append(shotId);
    }
    for (auto it = m_shown.begin(); it != m_shown.end();) {   // shots deleted since
        if (present.contains(it->first)) {
            ++it;
            continue;
        }
        m_versions.erase(it->first);
        m_store->remove(it->first);
        it = m_shown.erase(it);
    }
    m_queue = queue;
}

void ShotThumbnailer::renderNext()
{
    while (!m_queue.isEmpty() && m_current.isEmpty()) {
        const QString shotId = m_queue.takeFirst();
        m_currentInputs = inputsOf(shotId.toStdString());
        if (!m_currentInputs)
            continue;
        m_clock.start();
        m_current = shotId;
        m_actors.setActors(m_currentInputs->actors);
        m_camera.setCamera(m_currentInputs->camera, m_currentInputs->actors);
        m_framesToWait = kFramesBeforeGrab;
        m_frameConnection = connect(m_view->window(), &QQuickWindow::frameSwapped, this,
                                    &ShotThumbnailer::onFrameSwapped, Qt::QueuedConnection);
        m_watchdog.start();
        emit renderingChanged();   // the renderer shows its view
        m_view->window()->update();
    }
    if (m_current.isEmpty())
        emit renderingChanged();
}

void ShotThumbnailer::onFrameSwapped()
{
    if (m_current.isEmpty() || !m_view)
        return;
    if (--m_framesToWait > 0) {
        m_view->window()->update();
        return;
    }
    disconnect(m_frameConnection);
    m_grab = m_view->grabToImage();
    if (!m_grab) {
        abandonCurrent();
        return;
    }
    connect(m_grab.data(), &QQuickItemGrabResult::ready, this, &ShotThumbnailer::onGrabbed);
}

void ShotThumbnailer::onGrabbed()
{
    if (m_current.isEmpty() || !m_grab)
        return;
    QImage image = m_grab->image();
    m_grab.reset();
    // The delivered picture: the full gate cropped to the delivery frame lines.
    image = m_camera.cropToDelivery(image);
    if (image.isNull()) {
        abandonCurrent();
        return;
    }
    m_store->put(m_current, image.convertToFormat(QImage::Format_RGB32));
    m_shown[m_current] = *m_currentInputs;
    ++m_versions[m_current];
    m_lastThumbnailMs = static_cast<double>(m_clock.nsecsElapsed()) / 1.0e6;
    spdlog::debug("thumbnail of shot {} rendered in {:.1f} ms ({}x{})", m_current.toStdString(), m_lastThumbnailMs,
                  image.width(), image.height());
    const QString done = m_current;
    finishCurrent();
    emit thumbnailChanged(done);
    // On to the next while still idle; otherwise after the next pause.
    if (!m_queue.isEmpty() && canRender())
        renderNext();
    else if (!m_queue.isEmpty())
        m_idle.start();
}

void ShotThumbnailer::finishCurrent()
{
    m_watchdog.stop();
    disconnect(m_frameConnection);
    m_grab.reset();
    m_current.clear();
    m_currentInputs.reset();
    emit renderingChanged();   // the renderer hides its view
}

void ShotThumbnailer::abandonCurrent()
{
    if (m_current.isEmpty())
        return;
    spdlog::debug("thumbnail of shot {} given up (no frame or no picture)", m_current.toStdString());
    finishCurrent();
    m_queue.clear();
    m_idle.start();
}

} // namespace murnau
