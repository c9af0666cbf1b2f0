#include "app/bridge/shot_report.h"

#include <chrono>
#include <string>
#include <string_view>
#include <utility>

#include <spdlog/spdlog.h>

#include "app/bridge/project_document.h"
#include "core/edit/scene_edits.h"
#include "core/rig/camera_rig.h"

namespace murnau {

namespace {

// The pause after the last change before the report is rebuilt, milliseconds: long enough that
// a drag (a step every frame) does not start a build per step, short enough to feel current.
constexpr int kRebuildDelayMs = 150;

// How often the GUI thread looks whether a running build has finished, milliseconds (a build
// takes tens of milliseconds; this adds at most one poll to its latency).
constexpr int kPollMs = 10;

// The rig channel a warning points at, as an int (RigChannel), or -1 for none: motion channels
// by their key's prefix ("dolly_speed" -> Dolly), lens findings by what they measure.
int rigChannelOf(const FeasibilityWarning& warning)
{
    const std::string_view key = warning.channel;
    const auto channel = [](RigChannel rig) { return static_cast<int>(rig); };
    if (warning.kind == WarningKind::Motion) {
        if (key.starts_with("dolly_"))
            return channel(RigChannel::Dolly);
        if (key.starts_with("pedestal_"))
            return channel(RigChannel::Pedestal);
        if (key.starts_with("pan_"))
            return channel(RigChannel::Pan);
        if (key.starts_with("tilt_"))
            return channel(RigChannel::Tilt);
        if (key == "zoom_rate")
            return channel(RigChannel::FocalLength);
        if (key == "focus_pull_rate")
            return channel(RigChannel::FocusDistance);
        return -1;
    }
    if (warning.kind == WarningKind::Lens) {
        if (key == "focal_length")
            return channel(RigChannel::FocalLength);
        if (key == "focus")
            return channel(RigChannel::FocusDistance);
    }
    return -1;
}

QVariantMap warningMap(const FeasibilityWarning& warning)
{
    return QVariantMap{
        {QStringLiteral("startSeconds"), flicksToSeconds(warning.range.fromFlicks)},
        {QStringLiteral("endSeconds"), flicksToSeconds(warning.range.toFlicks)},
        {QStringLiteral("severity"), QString::fromUtf8(warningSeverityKey(warning.severity).data(),
                                                       static_cast<qsizetype>(warningSeverityKey(warning.severity).size()))},
        {QStringLiteral("kind"), QString::fromUtf8(warningKindKey(warning.kind).data(),
                                                   static_cast<qsizetype>(warningKindKey(warning.kind).size()))},
        {QStringLiteral("channel"), QString::fromStdString(warning.channel)},
        {QStringLiteral("rigChannel"), rigChannelOf(warning)},
        {QStringLiteral("subject"), QString::fromStdString(warning.subject)},
        {QStringLiteral("message"), QString::fromStdString(warning.message)},
    };
}

} // namespace

ShotReport::Outcome ShotReport::build(const Project& project, const std::string& shotId, const FeasibilityLimits& limits)
{
    Outcome outcome;
    if (shotId.empty())
        return outcome;   // no shot shown: no report and nothing wrong
    const Result<ShotPlace> place = findShot(project, shotId);
    if (!place) {
        outcome.errorText = QString::fromStdString(place.error().describe());
        return outcome;
    }
    const Scene& scene = project.scenes[place->sceneIndex];
    const Shot& shot = scene.shots[place->shotIndex];
    const std::string sceneField = "scenes[" + std::to_string(place->sceneIndex) + "]";
    const std::string shotField = sceneField + ".shots[" + std::to_string(place->shotIndex) + "]";
    const auto started = std::chrono::steady_clock::now();
    Result<FeasibilityReport> report = buildFeasibilityReport(project, scene, shot, limits, shotField, sceneField);
    outcome.buildMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    if (!report) {
        outcome.errorText = QString::fromStdString(report.error().describe());
        return outcome;
    }
    for (const FeasibilityWarning& warning : report->warnings)
        outcome.warnings.append(warningMap(warning));
    outcome.report = std::move(report).value();
    return outcome;
}

ShotReport::ShotReport(ProjectDocument* document, QObject* parent) : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kRebuildDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &ShotReport::startBackgroundBuild);
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ShotReport::collectBackgroundBuild);
}

ShotReport::~ShotReport()
{
    if (m_running.valid())
        m_running.wait();   // the worker reads only its own copies, but is not left running
}

void ShotReport::rebuild()
{
    m_timer.stop();
    const std::uint64_t generation = ++m_generation;
    publish(generation, build(m_document->project(), m_document->player()->shotId().toStdString(), m_limits));
}

void ShotReport::schedule()
{
    m_timer.start();
}

void ShotReport::startBackgroundBuild()
{
    if (m_running.valid()) {
        m_buildAgain = true;   // after the running one, which this supersedes
        ++m_generation;
        return;
    }
    // The build reads a copy of the project, so edits made meanwhile cannot touch what it reads;
    // a result arriving after a newer build was started is dropped (generation).
    m_runningGeneration = ++m_generation;
    m_running = std::async(std::launch::async, [project = m_document->project(),
                                                 shotId = m_document->player()->shotId().toStdString(),
                                                 limits = m_limits] { return build(project, shotId, limits); });
    m_poll.start();
}

void ShotReport::collectBackgroundBuild()
{
    if (!m_running.valid() || m_running.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return;
    m_poll.stop();
    Outcome outcome = m_running.get();   // leaves m_running empty
    publish(m_runningGeneration, std::move(outcome));
    if (m_buildAgain) {
        m_buildAgain = false;
        startBackgroundBuild();
    }
}

void ShotReport::publish(std::uint64_t generation, Outcome outcome)
{
    if (generation != m_generation)
        return;   // superseded by a newer build
    if (outcome.buildMs > 0.0)
        spdlog::debug("feasibility report of the shown shot built in {:.1f} ms", outcome.buildMs);
    m_lastBuildMs = outcome.buildMs;
    m_report = std::move(outcome.report);
    m_warnings = std::move(outcome.warnings);
    m_errorText = std::move(outcome.errorText);
    emit changed();
}

} // namespace murnau
