#pragma once
// The feasibility report of the shot shown (QML: document.report), kept current: rebuilt with
// core's buildFeasibilityReport (default limits) shortly after the project or the shown shot
// changes (coalesced, so a drag does not rebuild it every frame), and published as the warnings
// the timeline marks at their time ranges and the limits the curve editor draws as bands.
// The coalesced rebuild runs on a worker thread with a copy of the project (a long shot's
// report takes tens of milliseconds, more than a frame of a drag); a result that arrives after a
// newer build was started is dropped. rebuild() builds on the calling thread.

#include <cstdint>
#include <optional>
#include <string>

#include <QObject>
#include <QString>
#include <QThreadPool>
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
    // Takes `outcome` unless a build newer than `generation` was started.
    void publish(std::uint64_t generation, Outcome outcome);

    ProjectDocument* m_document;
    FeasibilityLimits m_limits;
    std::optional<FeasibilityReport> m_report;
    QVariantList m_warnings;
    QString m_errorText;
    QTimer m_timer;
    double m_lastBuildMs = 0.0;
    std::uint64_t m_generation = 0;   // counts builds started; only the newest is published
    QThreadPool m_pool;               // last: destroyed (and waited for) first
};

} // namespace murnau
