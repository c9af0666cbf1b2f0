#include "app/bridge/shot_comparison.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "app/bridge/comparison_text.h"
#include "app/bridge/framing_text.h"
#include "app/bridge/inspector_text.h"
#include "app/bridge/project_document.h"
#include "core/analysis/report_text.h"
#include "core/edit/comparison_edits.h"
#include "core/edit/scene_edits.h"
#include "core/moves/move_text.h"
#include "core/scene/display_units.h"
#include "core/time/playback_clock.h"
#include "core/time/timecode.h"
#include "core/scene/camera_lookup.h"

namespace murnau {

namespace {

// How often the playback clock is read, milliseconds: well under a frame at 60 fps (as ShotPlayer).
constexpr int kTickIntervalMs = 4;
// Longest comparison the dialog accepts, seconds (a timecode day, as a shot's duration).
constexpr double kMaxSeconds = 86400.0;

// A core error's field as the dialog names it ("subject", "from", "to", "focalLength",
// "duration"); empty for one no field of the dialog explains.
QString formField(const std::string& coreField)
{
    const QString field = QString::fromStdString(coreField);
    const auto is = [&](const QString& name) {
        return field == name || field.startsWith(name + QLatin1Char('.')) || field.startsWith(name + QLatin1Char('['));
    };
    if (is(QStringLiteral("subject")))
        return QStringLiteral("subject");
    if (is(QStringLiteral("from")))
        return QStringLiteral("from");
    if (is(QStringLiteral("to")))
        return QStringLiteral("to");
    if (is(QStringLiteral("focalLengthMm")) || is(QStringLiteral("focalLength"))
        || is(QStringLiteral("startFocalLengthMm")))
        return QStringLiteral("focalLength");
    if (is(QStringLiteral("durationFlicks")) || is(QStringLiteral("duration")))
        return QStringLiteral("duration");
    return {};
}

} // namespace

ShotComparison::ShotComparison(ProjectDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    for (ShotCamera& camera : m_cameras)
        camera.clear(tr("No comparison is open."));
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(kTickIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &ShotComparison::onTick);
    // The source label follows the shot shown.
    if (m_document)
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &ShotComparison::requestChanged);
}

DisplayUnits ShotComparison::units() const
{
    return m_document ? m_document->project().displayUnits : DisplayUnits::Metric;
}

std::string ShotComparison::sourceShotId() const
{
    return m_document && m_fromShot ? m_document->player()->shotId().toStdString() : std::string();
}

// --- The request

void ShotComparison::reset()
{
    m_requestError.clear();
    m_fieldErrors.clear();
    m_subject.clear();
    m_fromText = QStringLiteral("MCU");
    m_toText = QStringLiteral("FS");
    m_focalLengthText.clear();
    m_durationText.clear();
    if (m_document) {
        const Project& project = m_document->project();
        const std::string shotId = m_document->player()->shotId().toStdString();
        const Result<ShotPlace> place = findShot(project, shotId);
        m_fromShot = !shotId.empty() && place.ok();
        if (m_fromShot) {
            const Shot& shot = project.scenes[place->sceneIndex].shots[place->shotIndex];
            if (const Result<ComparisonRequest> request = comparisonRequestForShot(project, shotId)) {
                m_subject = QString::fromStdString(request->subject);
                m_fromText = framingText(request->from, project.displayUnits);
                m_toText = framingText(request->to, project.displayUnits);
            } else {
                m_subject = QString::fromStdString(defaultComparisonSubject(project, shotId));
            }
            m_durationText = number(flicksToSeconds(shot.durationFlicks));
            if (const CameraSetup* camera = findCamera(project, shot.camera))
                m_focalLengthText = number(camera->focalLengthMm);
        } else {
            m_subject = QString::fromStdString(defaultComparisonSubject(project, ""));
            if (!project.cameras.empty())
                m_focalLengthText = number(project.cameras.front().focalLengthMm);
        }
    }
    emit requestChanged();
}

QStringList ShotComparison::subjects() const
{
    QStringList names;
    if (m_document)
        for (const Actor& actor : m_document->project().actors)
            names.append(QString::fromStdString(actor.name));
    return names;
}

void ShotComparison::setSubject(const QString& subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    emit requestChanged();
}

void ShotComparison::setFromText(const QString& text)
{
    if (text == m_fromText)
        return;
    m_fromText = text;
    emit requestChanged();
}

void ShotComparison::setToText(const QString& text)
{
    if (text == m_toText)
        return;
    m_toText = text;
    emit requestChanged();
}

void ShotComparison::setFocalLengthText(const QString& text)
{
    if (text == m_focalLengthText)
        return;
    m_focalLengthText = text;
    emit requestChanged();
}

void ShotComparison::setDurationText(const QString& text)
{
    if (text == m_durationText)
        return;
    m_durationText = text;
    emit requestChanged();
}

void ShotComparison::setWithDollyZoom(bool on)
{
    if (on == m_withDollyZoom)
        return;
    m_withDollyZoom = on;
    emit requestChanged();
}

void ShotComparison::setFromShot(bool on)
{
    if (on == m_fromShot)
        return;
    m_fromShot = on;
    emit requestChanged();
}

QString ShotComparison::sourceLabel() const
{
    if (!m_document)
        return {};
    if (!sourceShotId().empty())
        return tr("shot %1").arg(m_document->player()->shotLabel());
    const Project& project = m_document->project();
    if (project.cameras.empty())
        return tr("nothing (the project has no camera)");
    return tr("nothing (camera %1, actors where they stand)").arg(QString::fromStdString(project.cameras.front().name));
}

Result<ComparisonRequest> ShotComparison::readRequest() const
{
    const DisplayUnits display = units();
    ComparisonRequest request;
    request.subject = m_subject.trimmed().toStdString();
    Result<SubjectFraming> from = parseFramingText(m_fromText, display, "from");
    if (!from)
        return from.error();
    request.from = *from;
    Result<SubjectFraming> to = parseFramingText(m_toText, display, "to");
    if (!to)
        return to.error();
    request.to = *to;
    if (!m_focalLengthText.trimmed().isEmpty()) {
        const Result<double> mm = inspector::parseNumber(m_focalLengthText, "focalLength", QStringLiteral("mm"));
        if (!mm)
            return mm.error();
        request.focalLengthMm = *mm;
    }
    if (!m_durationText.trimmed().isEmpty()) {
        const Result<double> seconds = inspector::parseSeconds(m_durationText, "duration");
        if (!seconds)
            return seconds.error();
        if (!(*seconds > 0.0) || *seconds > kMaxSeconds)
            return fail("duration", fmt::format("must be more than 0 and at most {:g} s (24 h)", kMaxSeconds));
        request.durationFlicks = std::llround(*seconds * static_cast<double>(kFlicksPerSecond));
    }
    request.withDollyZoom = m_withDollyZoom;
    return request;
}

// --- Building and showing

Result<ShotComparison::Built> ShotComparison::build(const std::string& shotId, const ComparisonRequest& request) const
{
    if (!m_document || !m_document->isLoaded())
        return fail("", "no project is open");
    const Project& project = m_document->project();
    Result<Comparison> made = makeComparison(project, shotId, request);
    if (!made)
        return made.error();
    Built built{std::move(made).value(), {}, {}};
    const Scene scene = comparisonScene(project, built.comparison);
    for (const MoveResult& move : built.comparison.moves) {
        Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, move.shot);
        if (!evaluator)
            return evaluator.error();
        const CameraSetup* setup = findCamera(project, move.shot.camera);
        if (!setup)
            return fail("camera", fmt::format("no camera setup '{}' in the project", move.shot.camera));
        built.evaluators.push_back(std::move(evaluator).value());
        built.setups.push_back(*setup);
    }
    return built;
}

bool ShotComparison::open()
{
    m_requestError.clear();
    m_fieldErrors.clear();
    const Result<ComparisonRequest> request = readRequest();
    const std::string shotId = sourceShotId();
    Result<Built> built = request ? build(shotId, *request) : Result<Built>(request.error());
    if (!built) {
        m_requestError = QString::fromStdString(built.error().describe());
        if (const QString field = formField(built.error().field); !field.isEmpty())
            m_fieldErrors.insert(field, QString::fromStdString(built.error().message));
        emit requestChanged();
        return false;
    }
    pause();
    m_active = true;
    m_sourceShotId = shotId;
    m_request = *request;
    install(std::move(built).value(), 0);
    emit requestChanged();
    return true;
}

void ShotComparison::install(Built built, int frame)
{
    m_comparison = std::move(built.comparison);
    m_evaluators = std::move(built.evaluators);
    m_setups = std::move(built.setups);
    m_frameRate = m_comparison->moves.front().shot.frameRate;
    m_frame = std::clamp(frame, 0, frameCount() - 1);
    m_actors.setActors(m_document->project().actors);
    readFigures();
    publish();
    emit comparisonChanged();
    emit timeChanged();
}

void ShotComparison::dropComparison(const QString& reason)
{
    pause();
    m_comparison.reset();
    m_evaluators.clear();
    m_setups.clear();
    m_readouts.reset();
    m_costs.clear();
    for (ShotCamera& camera : m_cameras)
        camera.clear(reason);
}

void ShotComparison::close()
{
    const bool was = m_active;
    m_active = false;
    m_sourceShotId.clear();
    m_errorText.clear();
    dropComparison(tr("No comparison is open."));
    m_frame = 0;
    if (was) {
        emit comparisonChanged();
        emit timeChanged();
    }
}

void ShotComparison::projectChanged()
{
    emit requestChanged();   // the actors, the cameras or the shown shot may have changed
    if (!m_active || m_keeping)
        return;
    Result<Built> built = build(m_sourceShotId, m_request);
    if (!built) {
        m_errorText = QString::fromStdString(built.error().describe());
        dropComparison(tr("The comparison cannot be shown: %1").arg(m_errorText));
        emit comparisonChanged();
        emit timeChanged();
        return;
    }
    const bool wasPlaying = m_playing;
    install(std::move(built).value(), m_frame);
    if (wasPlaying)
        play();
}

Result<CompareBackground> ShotComparison::readBackground() const
{
    CompareBackground background;
    if (!m_background.isEmpty())
        background.setPiece = m_background.toStdString();
    const Result<double> behind = parseLength(m_backgroundBehindText.trimmed().toStdString(), units(), "background.behindM");
    if (!behind)
        return behind.error();
    background.behindM = *behind;
    return background;
}

void ShotComparison::readFigures()
{
    m_readouts.reset();
    m_costs.clear();
    m_errorText.clear();
    if (!m_comparison)
        return;
    const Project& project = m_document->project();
    QStringList errors;
    const Result<CompareBackground> background = readBackground();
    Result<ComparisonReadouts> readouts =
        background ? readComparison(project, *m_comparison, *background) : Result<ComparisonReadouts>(background.error());
    if (readouts)
        m_readouts = std::move(readouts).value();
    else
        errors.append(tr("Readouts: %1").arg(QString::fromStdString(readouts.error().describe())));
    Result<std::vector<SideCost>> costs = costComparison(project, *m_comparison);
    if (costs)
        m_costs = std::move(costs).value();
    else
        errors.append(tr("Cost: %1").arg(QString::fromStdString(costs.error().describe())));
    m_errorText = errors.join(QLatin1Char('\n'));
}

void ShotComparison::publish()
{
    if (!m_comparison || m_evaluators.empty()) {
        for (ShotCamera& camera : m_cameras)
            if (camera.isValid())
                camera.clear(tr("No comparison is open."));
        return;
    }
    const Project& project = m_document->project();
    for (std::size_t i = 0; i < std::size(m_cameras); ++i) {
        if (i >= m_evaluators.size()) {
            m_cameras[i].clear(tr("This comparison has no dolly zoom."));
            continue;
        }
        const ShotEvaluator& evaluator = m_evaluators[i];
        const std::int64_t frame = std::clamp<std::int64_t>(m_frame, 0, std::max<std::int64_t>(1, evaluator.frameCount()) - 1);
        const ShotSample sample = evaluator.sampleAt(framesToFlicks(frame, evaluator.frameRate()));
        std::vector<Actor> actorsNow = project.actors;
        std::vector<ActorPose> poses;
        poses.reserve(sample.actors.size());
        for (std::size_t a = 0; a < sample.actors.size() && a < actorsNow.size(); ++a) {
            poses.push_back(sample.actors[a].pose);
            actorsNow[a].positionM = sample.actors[a].pose.positionM;
            actorsNow[a].facingDeg = sample.actors[a].pose.facingDeg;
        }
        if (i == 0)   // the actors are the same on every side: one scene, one action start
            m_actors.setPoses(poses);
        // The setup's body, kit and delivery with the side's pose and lens at this instant.
        m_cameras[i].setCamera(withPoseAndLens(m_setups[i], sample.camera), std::move(actorsNow));
        m_cameras[i].setMotion(sample.motion);
    }
}

// --- Keeping

bool ShotComparison::keep(const QStringList& sides)
{
    const auto refuse = [this](const QString& why) {
        m_errorText = why;
        emit comparisonChanged();
        return false;
    };
    if (!m_document || !m_comparison)
        return refuse(tr("No comparison to keep."));
    std::vector<CompareSide> chosen;
    for (const QString& key : sides) {
        const Result<CompareSide> side = parseCompareSide(key.toStdString());
        if (!side)
            return refuse(QString::fromStdString(side.error().describe()));
        chosen.push_back(*side);
    }
    // From nothing the shots go to the end of the scene shown, else the first scene.
    const int shownScene = m_document->player()->sceneIndex();
    const std::size_t sceneIndex = shownScene >= 0 ? static_cast<std::size_t>(shownScene) : 0;
    const Result<KeptComparison> kept = keepComparison(m_document->project(), *m_comparison, chosen, sceneIndex);
    if (!kept)
        return refuse(QString::fromStdString(kept.error().describe()));
    m_keeping = true;
    const bool done = m_document->perform(Result<Edit>(kept->edit));
    m_keeping = false;
    if (!done)
        return refuse(m_document->errorText());
    close();
    if (!kept->shotIds.empty()) {
        m_document->player()->selectShot(QString::fromStdString(kept->shotIds.front()));
        m_document->player()->setFrame(0);
    }
    return true;
}

// --- What the view shows

QVariantList ShotComparison::panels() const
{
    QVariantList list;
    if (!m_comparison)
        return list;
    const DisplayUnits display = units();
    const QString subject = QString::fromStdString(m_comparison->request.subject);
    for (std::size_t i = 0; i < m_comparison->sides.size() && i < m_comparison->moves.size(); ++i) {
        const CompareSide side = m_comparison->sides[i];
        const MoveResult& move = m_comparison->moves[i];
        const MoveSummary& s = move.summary;
        const QString letter(QChar(static_cast<char16_t>(u'A' + i)));
        const QString startMm = QString::fromStdString(formatMillimetres(s.startFocalLengthMm));
        const QString endMm = QString::fromStdString(formatMillimetres(s.endFocalLengthMm));
        const QString lens = startMm == endMm ? startMm : rangeText(startMm, endMm, QStringLiteral(" → "));
        const QString startD = lengthText(s.startDistanceM, display);
        const QString endD = lengthText(s.endDistanceM, display);
        const QString position = startD == endD
                                     ? tr("stands %1 from %2").arg(startD, subject)
                                     : tr("travels %1 from %2").arg(rangeText(startD, endD, QStringLiteral(" → ")), subject);
        list.append(QVariantMap{
            {QStringLiteral("side"), qs(compareSideKey(side))},
            {QStringLiteral("title"), letter + QStringLiteral("  ") + qs(compareSideTitle(side))},
            {QStringLiteral("description"), QString::fromStdString(move.description)},
            {QStringLiteral("lens"), lens},
            {QStringLiteral("position"), position},
        });
    }
    return list;
}

int ShotComparison::panelCount() const
{
    return m_comparison ? static_cast<int>(m_comparison->sides.size()) : 0;
}

QVariantList ShotComparison::backgrounds() const
{
    QVariantList list;
    if (!m_document)
        return list;
    const Project& project = m_document->project();
    const Result<double> behind = parseLength(m_backgroundBehindText.trimmed().toStdString(), units(), "behind");
    const QString depth = behind ? lengthText(*behind, units()) : m_backgroundBehindText;
    const QString subject = m_comparison ? QString::fromStdString(m_comparison->request.subject) : m_subject;
    list.append(QVariantMap{{QStringLiteral("key"), QString()},
                            {QStringLiteral("label"), tr("Plane %1 behind %2").arg(depth, subject)}});
    for (const SetPiece& piece : project.set.pieces)
        list.append(QVariantMap{{QStringLiteral("key"), QString::fromStdString(piece.name)},
                                {QStringLiteral("label"), QString::fromStdString(piece.name)}});
    return list;
}

void ShotComparison::setBackground(const QString& key)
{
    if (key == m_background)
        return;
    m_background = key;
    if (m_comparison)
        readFigures();
    emit comparisonChanged();
    emit timeChanged();   // the readout at the playhead
}

void ShotComparison::setBackgroundBehindText(const QString& text)
{
    if (text == m_backgroundBehindText)
        return;
    m_backgroundBehindText = text;
    if (m_comparison)
        readFigures();
    emit comparisonChanged();
    emit timeChanged();
}

QVariantList ShotComparison::costRows() const
{
    return comparisonCostRows(m_costs, units());
}

QVariantMap ShotComparison::readout() const
{
    if (!m_readouts || !m_comparison)
        return {};
    return comparisonReadout(*m_comparison, *m_readouts, m_frame, units());
}

// --- The playhead

int ShotComparison::frameCount() const
{
    return m_evaluators.empty() ? 1 : static_cast<int>(std::max<std::int64_t>(1, m_evaluators.front().frameCount()));
}

double ShotComparison::fps() const
{
    return m_frameRate.fps();
}

void ShotComparison::setFrame(int frame)
{
    setFrameInternal(std::clamp(frame, 0, frameCount() - 1));
    if (m_playing) {   // a scrub while playing carries on from the new frame
        m_playStartFrame = m_frame;
        m_clock.restart();
    }
}

void ShotComparison::setFrameInternal(int frame)
{
    if (frame == m_frame)
        return;
    m_frame = frame;
    publish();
    emit timeChanged();
}

QString ShotComparison::timecode() const
{
    const Result<Timecode> tc = frameToTimecode(m_frame, m_frameRate, m_frameRate.supportsDropFrame());
    return tc ? QString::fromStdString(formatTimecode(*tc)) : QString();
}

void ShotComparison::stepFrames(int delta)
{
    setFrame(static_cast<int>(std::clamp<std::int64_t>(std::int64_t{m_frame} + delta, 0, frameCount() - 1)));
}

void ShotComparison::play()
{
    if (m_playing || !m_comparison)
        return;
    if (m_frame >= frameCount() - 1)   // at the end: from the start
        setFrameInternal(0);
    m_playStartFrame = m_frame;
    m_clock.start();
    m_tick.start();
    m_playing = true;
    emit playingChanged();
}

void ShotComparison::pause()
{
    if (!m_playing)
        return;
    m_tick.stop();
    m_playing = false;
    emit playingChanged();
}

void ShotComparison::togglePlay()
{
    m_playing ? pause() : play();
}

void ShotComparison::onTick()
{
    // Real time at the shots' rate: the frame the wall clock says; stops on the last frame.
    const PlaybackPosition position =
        playbackPosition(m_playStartFrame, m_clock.nsecsElapsed(), m_frameRate, frameCount(), 1, false);
    setFrameInternal(static_cast<int>(position.frame));
    if (position.finished)
        pause();
}

} // namespace murnau
