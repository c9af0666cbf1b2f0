#include "app/bridge/frame_profiler.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <numeric>

#include <QJsonDocument>
#include <QJsonObject>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>

#include "app/bridge/shot_camera.h"
#include "app/bridge/project_document.h"
#include "app/bridge/shot_player.h"

namespace murnau {

FrameProfiler::FrameProfiler(QQuickWindow* window, ProjectDocument* document, Mode mode, int frames,
                             QElapsedTimer sinceStart, QObject* parent)
    : QObject(parent), m_window(window), m_document(document), m_mode(mode), m_frames(std::max(frames, 1)),
      m_sinceStart(sinceStart)
{
    if (m_mode == Mode::Playback && m_document) {
        m_document->player()->setLooping(true);
        m_document->player()->play();
    }
    // The set as it stands, so the dragged actor is drawn where the edit puts them (in a shot,
    // blocking places them).
    if (m_mode == Mode::Drag && m_document)
        m_document->player()->selectShot({});
    m_swapNs.reserve(static_cast<std::size_t>(m_frames) + 1);
    // frameSwapped comes from the render thread with the threaded render loop: timestamp it
    // there, then continue on the GUI thread.
    connect(window, &QQuickWindow::frameSwapped, this, &FrameProfiler::onFrameSwapped, Qt::DirectConnection);
}

void FrameProfiler::onFrameSwapped()
{
    {
        const std::lock_guard lock(m_mutex);
        m_swapNs.push_back(m_sinceStart.nsecsElapsed());
    }
    QMetaObject::invokeMethod(this, &FrameProfiler::advance, Qt::QueuedConnection);
}

void FrameProfiler::advance()
{
    std::size_t swaps = 0;
    {
        const std::lock_guard lock(m_mutex);
        swaps = m_swapNs.size();
    }
    if (m_reported)
        return;
    if (swaps >= static_cast<std::size_t>(m_frames) + 1) {
        report();
        return;
    }
    if (!m_document)
        return;
    switch (m_mode) {
    case Mode::Pan:
        m_document->shotCamera()->setPanDeg(m_document->shotCamera()->panDeg() + kPanStepDeg);
        break;
    case Mode::Playback:
        m_shownFrames.push_back(m_document->player()->frame());
        break;
    case Mode::Scrub:
        scrubStep();
        break;
    case Mode::Drag:
        if (!m_document->project().actors.empty()) {
            // Round a circle of 1 m radius, 3 degrees of arc a frame, as a hand drags.
            const Actor& actor = m_document->project().actors.front();
            const double angle = 3.0 * static_cast<double>(++m_dragStep) * std::numbers::pi / 180.0;
            const double previous = 3.0 * static_cast<double>(m_dragStep - 1) * std::numbers::pi / 180.0;
            const double x = actor.positionM.x + (std::cos(angle) - std::cos(previous));
            const double z = actor.positionM.z + (std::sin(angle) - std::sin(previous));
            m_document->moveActor(QString::fromStdString(actor.name), x, z);
        }
        break;
    }
    if (m_window)
        m_window->update();
}

namespace {

// Nearest-rank percentile of sorted values.
double percentile(const std::vector<double>& sorted, double fraction)
{
    const auto rank = static_cast<std::size_t>(std::ceil(fraction * static_cast<double>(sorted.size())));
    return sorted[std::max<std::size_t>(rank, 1) - 1];
}

} // namespace

void FrameProfiler::scrubStep()
{
    // The swap that just happened shows the previous move's frame if it was taken in time.
    qint64 swapNs = 0;
    {
        const std::lock_guard lock(m_mutex);
        swapNs = m_swapNs.back();
    }
    if (m_scrubSentNs >= 0) {
        if (m_document->player()->frame() == m_scrubExpectedFrame)
            m_scrubLatencyMs.push_back(static_cast<double>(swapNs - m_scrubSentNs) / 1.0e6);
        else
            ++m_scrubMissed;
        m_scrubSentNs = -1;
    }
    auto* timeline = m_window ? m_window->findChild<QQuickItem*>(QStringLiteral("timelineView")) : nullptr;
    if (!timeline || timeline->width() < 40.0)
        return;
    // Back and forth over the ruler (8 px from the top), 7 px a frame, as a hand scrubs.
    const double span = timeline->width() - 40.0;
    const double travel = std::fmod(7.0 * static_cast<double>(m_dragStep++), 2.0 * span);
    const double x = 20.0 + (travel < span ? travel : 2.0 * span - travel);
    const QPointF local(x, 8.0);
    const QPointF scenePos = timeline->mapToScene(local);
    const QPointF globalPos = m_window->mapToGlobal(scenePos);
    const bool first = m_dragStep == 1;
    QMouseEvent event(first ? QEvent::MouseButtonPress : QEvent::MouseMove, scenePos, scenePos, globalPos,
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    m_scrubSentNs = m_sinceStart.nsecsElapsed();
    QGuiApplication::sendEvent(m_window, &event);
    m_scrubExpectedFrame = m_document->player()->frame();
}

void FrameProfiler::report()
{
    m_reported = true;
    std::vector<qint64> swaps;
    {
        const std::lock_guard lock(m_mutex);
        swaps.assign(m_swapNs.begin(), m_swapNs.begin() + m_frames + 1);
    }
    constexpr double kNsPerMs = 1.0e6;
    std::vector<double> frameMs;
    frameMs.reserve(static_cast<std::size_t>(m_frames));
    for (std::size_t i = 1; i < swaps.size(); ++i)
        frameMs.push_back(static_cast<double>(swaps[i] - swaps[i - 1]) / kNsPerMs);
    std::sort(frameMs.begin(), frameMs.end());
    const double mean = std::accumulate(frameMs.begin(), frameMs.end(), 0.0) / static_cast<double>(frameMs.size());
    const double p95 = percentile(frameMs, 0.95);   // nearest rank
    const auto roundMs = [](double ms) { return std::round(ms * 100.0) / 100.0; };

    QJsonObject json;
    json.insert(QStringLiteral("mode"), m_mode == Mode::Playback ? QStringLiteral("playback")
                                        : m_mode == Mode::Drag   ? QStringLiteral("drag")
                                        : m_mode == Mode::Scrub  ? QStringLiteral("scrub")
                                                                 : QStringLiteral("pan"));
    if (m_mode == Mode::Scrub) {
        std::sort(m_scrubLatencyMs.begin(), m_scrubLatencyMs.end());
        if (!m_scrubLatencyMs.empty()) {
            const double sum = std::accumulate(m_scrubLatencyMs.begin(), m_scrubLatencyMs.end(), 0.0);
            json.insert(QStringLiteral("scrub_moves"), static_cast<qint64>(m_scrubLatencyMs.size()));
            json.insert(QStringLiteral("scrub_latency_mean_ms"),
                        std::round(sum / static_cast<double>(m_scrubLatencyMs.size()) * 100.0) / 100.0);
            json.insert(QStringLiteral("scrub_latency_p95_ms"), std::round(percentile(m_scrubLatencyMs, 0.95) * 100.0) / 100.0);
            json.insert(QStringLiteral("scrub_latency_max_ms"), std::round(m_scrubLatencyMs.back() * 100.0) / 100.0);
        }
        json.insert(QStringLiteral("scrub_frames_missed"), m_scrubMissed);
    }
    if (m_mode == Mode::Drag && m_document)
        m_document->endDrag();
    const ShotPlayer* player = m_document ? m_document->player() : nullptr;
    if (m_mode == Mode::Playback && player && m_shownFrames.size() >= 2) {
        // Frames the shot advanced between the first and the last swap (looping wraps around).
        long advanced = 0;
        for (std::size_t i = 1; i < m_shownFrames.size(); ++i) {
            int step = m_shownFrames[i] - m_shownFrames[i - 1];
            if (step < 0)
                step += player->frameCount();
            advanced += step;
        }
        const long drawn = static_cast<long>(m_shownFrames.size()) - 1;
        json.insert(QStringLiteral("shot_fps"), player->fps());
        json.insert(QStringLiteral("shot_frames_advanced"), static_cast<qint64>(advanced));
        json.insert(QStringLiteral("frames_dropped"), static_cast<qint64>(std::max(0L, advanced - drawn)));
    }
    json.insert(QStringLiteral("startup_to_first_frame_ms"), roundMs(static_cast<double>(swaps.front()) / kNsPerMs));
    json.insert(QStringLiteral("frames"), m_frames);
    json.insert(QStringLiteral("mean_frame_ms"), roundMs(mean));
    json.insert(QStringLiteral("p95_frame_ms"), roundMs(p95));
    json.insert(QStringLiteral("max_frame_ms"), roundMs(frameMs.back()));
    json.insert(QStringLiteral("width"), m_window ? m_window->width() : 0);
    json.insert(QStringLiteral("height"), m_window ? m_window->height() : 0);
    const QByteArray line = QJsonDocument(json).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    emit finished();
}

} // namespace murnau
