#include "app/bridge/shot_player.h"

#include <algorithm>
#include <cstdlib>

#include <QLocale>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/shot_camera.h"
#include "core/time/playback_clock.h"
#include "core/time/timecode.h"
#include "core/scene/camera_lookup.h"

namespace murnau {

namespace {

// How often the playback clock is read, milliseconds: well under a frame at 60 fps.
constexpr int kTickIntervalMs = 4;
constexpr int kMaxSpeed = 8;

QString shotLabelOf(const Scene& scene, const Shot& shot)
{
    QString label = QString::fromStdString(scene.number.empty() ? std::string("-") : scene.number) + QLatin1Char('/')
                    + QString::fromStdString(shot.number);
    if (!shot.name.empty())
        label += QStringLiteral("  ") + QString::fromStdString(shot.name);
    return label;
}

} // namespace

ShotPlayer::ShotPlayer(ShotCamera* camera, ActorListModel* actors, QObject* parent)
    : QObject(parent), m_camera(camera), m_actors(actors)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &ShotPlayer::onTick);
}

void ShotPlayer::setProject(const Project* project)
{
    m_project = project;
    rebuildShotList();
    if (!resolveShot())
        m_shotId.clear();
    emit shotChanged();   // the rate, the length, the label or the evaluation may have changed with the edit
    // A shorter shot drops the points past its end.
    if (m_outFrame >= frameCount() || m_inFrame >= frameCount()) {
        if (m_inFrame >= frameCount())
            m_inFrame = -1;
        if (m_outFrame >= frameCount())
            m_outFrame = -1;
        emit rangeChanged();
    }
    setFrameInternal(std::clamp<std::int64_t>(m_frame, 0, frameCount() - 1));
    publish();
}

void ShotPlayer::showFirstShot()
{
    pause();
    m_frame = 0;
    selectShot(m_shots.isEmpty() ? QString() : m_shots.front().toMap().value(QStringLiteral("shotId")).toString());
}

void ShotPlayer::selectShot(const QString& shotId)
{
    if (shotId == m_shotId && (shotId.isEmpty() || m_evaluator))
        return;
    pause();
    m_shotId = shotId;
    if (!resolveShot())
        m_shotId.clear();
    m_frame = 0;
    if (hasRange()) {   // the range belongs to the shot it was set in
        m_inFrame = m_outFrame = -1;
        emit rangeChanged();
    }
    emit shotChanged();
    emit timeChanged();
    publish();
}

bool ShotPlayer::resolveShot()
{
    m_evaluator.reset();
    m_sceneIndex.reset();
    m_shotLabel.clear();
    m_errorText.clear();
    m_frameRate = m_project ? m_project->frameRate : FrameRate{24, 1};
    if (!m_project || m_shotId.isEmpty())
        return true;
    const std::string id = m_shotId.toStdString();
    for (std::size_t s = 0; s < m_project->scenes.size(); ++s) {
        const Scene& scene = m_project->scenes[s];
        for (std::size_t k = 0; k < scene.shots.size(); ++k) {
            const Shot& shot = scene.shots[k];
            if (shot.id != id)
                continue;
            m_sceneIndex = s;
            m_shotLabel = shotLabelOf(scene, shot);
            m_frameRate = shot.frameRate;
            const std::string shotField = "scenes[" + std::to_string(s) + "].shots[" + std::to_string(k) + "]";
            const std::string sceneField = "scenes[" + std::to_string(s) + "]";
            Result<ShotEvaluator> evaluator = ShotEvaluator::create(*m_project, scene, shot, shotField, sceneField);
            if (evaluator)
                m_evaluator = std::move(*evaluator);
            else
                m_errorText = QString::fromStdString(evaluator.error().describe());
            return true;
        }
    }
    return false;
}

void ShotPlayer::rebuildShotList()
{
    QVariantList shots;
    if (m_project) {
        for (std::size_t s = 0; s < m_project->scenes.size(); ++s) {
            const Scene& scene = m_project->scenes[s];
            for (const Shot& shot : scene.shots) {
                shots.append(QVariantMap{
                    {QStringLiteral("shotId"), QString::fromStdString(shot.id)},
                    {QStringLiteral("sceneIndex"), static_cast<int>(s)},
                    {QStringLiteral("number"), QString::fromStdString(shot.number)},
                    {QStringLiteral("name"), QString::fromStdString(shot.name)},
                    {QStringLiteral("label"), shotLabelOf(scene, shot)},
                    {QStringLiteral("durationSeconds"), flicksToSeconds(shot.durationFlicks)},
                    {QStringLiteral("frameRate"), QString::fromStdString(murnau::frameRateLabel(shot.frameRate))},
                });
            }
        }
    }
    if (shots != m_shots) {
        m_shots = shots;
        emit shotsChanged();
    }
}

void ShotPlayer::publish()
{
    if (!m_project) {
        m_camera->clear(tr("No project is open."));
        return;
    }
    if (m_shotId.isEmpty()) {
        // The set as it stands: the first camera is the shot camera until shots exist (project.h).
        m_actors->setActors(m_project->actors);
        if (m_project->cameras.empty())
            m_camera->clear(tr("The project has no camera."));
        else
            m_camera->setCamera(m_project->cameras.front(), m_project->actors);
        m_camera->setMotion(std::nullopt);
        return;
    }
    if (!m_evaluator) {
        m_actors->setActors(m_project->actors);
        m_camera->clear(tr("Shot %1 cannot be shown: %2").arg(m_shotLabel, m_errorText));
        return;
    }
    const ShotSample sample = m_evaluator->sampleAt(timeFlicks());
    std::vector<ActorPose> poses;
    std::vector<Actor> actorsNow = m_project->actors;
    poses.reserve(sample.actors.size());
    for (std::size_t i = 0; i < sample.actors.size() && i < actorsNow.size(); ++i) {
        poses.push_back(sample.actors[i].pose);
        actorsNow[i].positionM = sample.actors[i].pose.positionM;
        actorsNow[i].facingDeg = sample.actors[i].pose.facingDeg;
    }
    m_actors->setPoses(poses);

    const Shot* shot = nullptr;
    for (const Shot& candidate : m_project->scenes[*m_sceneIndex].shots)
        if (candidate.id == m_shotId.toStdString())
            shot = &candidate;
    const CameraSetup* setup = shot ? findCamera(*m_project, shot->camera) : nullptr;
    if (!setup) {   // create() checked it; kept for safety against a stale index
        m_camera->clear(tr("Shot %1 has no camera.").arg(m_shotLabel));
        return;
    }
    // The setup's body, kit and delivery with the rig's pose and lens at this instant.
    const CameraSetup now = withPoseAndLens(*setup, sample.camera);
    m_camera->setCamera(now, std::move(actorsNow));
    m_camera->setMotion(sample.motion);
}

Flicks ShotPlayer::timeFlicks() const
{
    return framesToFlicks(m_frame, m_frameRate);
}

int ShotPlayer::frameCount() const
{
    return m_evaluator ? static_cast<int>(std::max<std::int64_t>(1, m_evaluator->frameCount())) : 1;
}

QString ShotPlayer::frameRateLabel() const
{
    return QString::fromStdString(murnau::frameRateLabel(m_frameRate));
}

double ShotPlayer::durationSeconds() const
{
    return m_evaluator ? flicksToSeconds(m_evaluator->durationFlicks()) : 0.0;
}

void ShotPlayer::setFrame(int frame)
{
    setFrameInternal(std::clamp<std::int64_t>(frame, 0, frameCount() - 1));
    if (m_playing)   // a scrub while playing carries on from the new frame
        restartClock();
}

void ShotPlayer::restartClock()
{
    m_playStartFrame = m_frame;
    m_clock.restart();
}

void ShotPlayer::setFrameInternal(std::int64_t frame)
{
    if (frame == m_frame)
        return;
    m_frame = frame;
    emit timeChanged();
    publish();
}

double ShotPlayer::timeSeconds() const
{
    return flicksToSeconds(timeFlicks());
}

QString ShotPlayer::timecode() const
{
    const Result<Timecode> tc = frameToTimecode(m_frame, m_frameRate, m_frameRate.supportsDropFrame());
    return tc ? QString::fromStdString(formatTimecode(*tc)) : QString();
}

void ShotPlayer::stepFrames(int delta)
{
    setFrame(static_cast<int>(std::clamp<std::int64_t>(m_frame + delta, 0, frameCount() - 1)));
}

void ShotPlayer::play()
{
    if (m_playing || !m_evaluator)
        return;
    const std::int64_t first = rangeFirst();
    const std::int64_t last = rangeLast();
    // Outside the range playback starts at its beginning (its end backwards); at the end it
    // starts over unless looping wraps anyway.
    if (m_frame < first || m_frame > last)
        setFrameInternal(m_speed > 0 ? first : last);
    if (!m_looping && m_speed > 0 && m_frame >= last)
        setFrameInternal(first);
    if (!m_looping && m_speed < 0 && m_frame <= first)
        setFrameInternal(last);
    m_playStartFrame = m_frame;
    m_clock.start();
    m_tick.start();
    m_playing = true;
    emit playingChanged();
}

void ShotPlayer::pause()
{
    if (!m_playing)
        return;
    m_tick.stop();
    m_playing = false;
    emit playingChanged();
}

void ShotPlayer::togglePlay()
{
    m_playing ? pause() : play();
}

void ShotPlayer::onTick()
{
    // Playback runs over the range's frames, counted from its first.
    const std::int64_t first = rangeFirst();
    const PlaybackPosition position = playbackPosition(m_playStartFrame - first, m_clock.nsecsElapsed(), m_frameRate,
                                                       rangeLast() - first + 1, m_speed, m_looping);
    setFrameInternal(first + position.frame);
    if (position.finished)
        pause();
}

void ShotPlayer::setLooping(bool looping)
{
    if (looping == m_looping)
        return;
    m_looping = looping;
    if (m_playing)
        restartClock();
    emit loopingChanged();
}

void ShotPlayer::setSpeed(int speed)
{
    speed = std::clamp(speed, -kMaxSpeed, kMaxSpeed);
    if (speed == 0 || speed == m_speed)
        return;
    m_speed = speed;
    if (m_playing)
        restartClock();
    emit speedChanged();
}

std::int64_t ShotPlayer::rangeFirst() const
{
    return m_inFrame >= 0 ? m_inFrame : 0;
}

std::int64_t ShotPlayer::rangeLast() const
{
    return m_outFrame >= 0 ? m_outFrame : frameCount() - 1;
}

void ShotPlayer::markIn()
{
    if (!m_evaluator)
        return;
    setRange(frame(), m_outFrame >= 0 && m_outFrame < m_frame ? -1 : outFrame());
}

void ShotPlayer::markOut()
{
    if (!m_evaluator)
        return;
    setRange(m_inFrame > m_frame ? -1 : inFrame(), frame());
}

bool ShotPlayer::setRange(int inFrame, int outFrame)
{
    const auto valid = [this](int f) { return f == -1 || (f >= 0 && f < frameCount()); };
    if (!valid(inFrame) || !valid(outFrame) || (inFrame >= 0 && outFrame >= 0 && inFrame > outFrame))
        return false;
    if (inFrame == m_inFrame && outFrame == m_outFrame)
        return true;
    m_inFrame = inFrame;
    m_outFrame = outFrame;
    if (m_playing) {
        // Carry on inside the new range.
        if (m_frame < rangeFirst() || m_frame > rangeLast())
            setFrameInternal(m_speed > 0 ? rangeFirst() : rangeLast());
        restartClock();
    }
    emit rangeChanged();
    return true;
}

void ShotPlayer::clearRange()
{
    setRange(-1, -1);
}

void ShotPlayer::shuttle(int direction)
{
    if (!m_evaluator)
        return;
    if (!m_playing) {
        setSpeed(direction);
        play();
        return;
    }
    const int next = m_speed * direction > 0 ? std::min(std::abs(m_speed) * 2, kMaxSpeed) * direction
                     : std::abs(m_speed) > 1 ? m_speed / 2   // the other way: slow down first
                                             : direction;
    setSpeed(next);
}

void ShotPlayer::shuttleForward()
{
    shuttle(1);
}

void ShotPlayer::shuttleBackward()
{
    shuttle(-1);
}

void ShotPlayer::shuttleStop()
{
    pause();
    setSpeed(1);
}

} // namespace murnau
