#pragma once
// The feasibility report of the shot shown (QML: document.report), kept current: rebuilt with
// core's buildFeasibilityReport (default limits) shortly after the project or the shown shot
// changes (coalesced, so a drag does not rebuild it every frame), and published as the warnings
// the timeline marks at their time ranges and the limits the curve editor draws as bands.
// The coalesced rebuild runs on a worker thread with a copy of the project (a long shot's
// report takes tens of milliseconds, more than a frame of a drag); a result that arrives after a
// newer build was started is dropped. rebuild() builds on the calling thread.
// The worker is a std::async task whose result the GUI thread collects by polling its future:
// the hand-over goes through the standard library only, where ThreadSanitizer sees it (Qt's own
// cross-thread hand-overs are invisible to it: Debian's Qt is not built with it).

#include <cstdint>
#include <future>
#include <optional>
#include <string>

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "core/analysis/feasibility_report.h"

namespace murnau {

class ProjectDocument;

class ShotReport : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ShotReport is owned by ProjectDocument")

    // The warnings, by start time: [{startSeconds, endSeconds, severity ("note", "caution",
    // "problem"), kind ("motion", "rig_collision", ...), channel (core's key: "dolly_speed"),
    // rigChannel (the RigChannel it points at as an int, or -1), subject, message}].
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)   // why there is no report, else ""

public:
    explicit ShotReport(ProjectDocument* document, QObject* parent = nullptr);
    ~ShotReport() override;   // waits for a build still running

    // The report of the shown shot, if there is one and it could be built.
    [[nodiscard]] const FeasibilityReport* report() const { return m_report ? &*m_report : nullptr; }
    // The limits the report measures against.
    [[nodiscard]] const FeasibilityLimits& limits() const { return m_limits; }

    // Rebuilds now (the document schedules it; tests call it to skip the wait).
    Q_INVOKABLE void rebuild();
    // Rebuilds after a short pause (the document calls this after every change).
    void schedule();

    QVariantList warnings() const { return m_warnings; }
    QString errorText() const { return m_errorText; }
    // How long the last published report took to build, milliseconds (0 without one).
    double lastBuildMs() const { return m_lastBuildMs; }

signals:
    void changed();

private:
    // One build's result, made on any thread.
    struct Outcome {
        std::optional<FeasibilityReport> report;
        QVariantList warnings;
        QString errorText;
        double buildMs = 0.0;
    };
    // The report of shot `shotId` of `project` ("" : none), with its warnings as published.
    static Outcome build(const Project& project, const std::string& shotId, const FeasibilityLimits& limits);
    void startBackgroundBuild();
    // Publishes the running build's result once it is ready (polled by m_poll).
    void collectBackgroundBuild();
    // Takes `outcome` unless a build newer than `generation` was started.
    void publish(std::uint64_t generation, Outcome outcome);

    ProjectDocument* m_document;
    FeasibilityLimits m_limits;
    std::optional<FeasibilityReport> m_report;
    QVariantList m_warnings;
    QString m_errorText;
    QTimer m_timer;                   // the pause before a coalesced rebuild
    QTimer m_poll;                    // while a build runs: looks whether it has finished
    double m_lastBuildMs = 0.0;
    std::uint64_t m_generation = 0;   // counts builds started; only the newest is published
    // The build running on the worker thread, if any: its generation and its result to come.
    // One at a time; a rebuild asked for meanwhile starts when it ends (m_buildAgain).
    std::uint64_t m_runningGeneration = 0;
    std::future<Outcome> m_running;
    bool m_buildAgain = false;
};

} // namespace murnau
