// Building a shot's feasibility report from its parts.

#include "core/analysis/feasibility_report.h"

#include <algorithm>

#include "core/analysis/report_timeline.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

Result<FeasibilityReport> buildFeasibilityReport(const Project& project, const Scene& scene, const Shot& shot,
                                                 const FeasibilityLimits& limits, std::string_view shotField,
                                                 std::string_view sceneField)
{
    if (std::optional<Error> error = checkFeasibilityLimits(limits))
        return *error;
    Result<ShotEvaluator> created = ShotEvaluator::create(project, scene, shot, shotField, sceneField);
    if (!created)
        return created.error();
    const ShotEvaluator& evaluator = created.value();
    const ReportTimeline timeline = makeReportTimeline(shot, scene);

    FeasibilityReport report;
    report.shotId = shot.id;
    report.shotNumber = shot.number;
    report.shotName = shot.name;
    report.frameRate = shot.frameRate;
    report.durationFlicks = shot.durationFlicks;
    report.frameCount = evaluator.frameCount();
    report.sampleCount = static_cast<std::int64_t>(timeline.samples.size());
    report.limits = limits;

    report.track = estimateTrack(shot.rig, timeline, limits);
    std::vector<FeasibilityWarning> warnings = trackWarnings(report.track, timeline);

    MotionAnalysis motion = analyseMotion(evaluator, shot.rig, timeline, limits);
    report.motion = std::move(motion.peaks);
    warnings.insert(warnings.end(), motion.warnings.begin(), motion.warnings.end());

    LensCheck lens = checkLens(evaluator, timeline, limits.lens);
    report.lens = lens.use;
    warnings.insert(warnings.end(), lens.warnings.begin(), lens.warnings.end());

    report.rigCollisions = findRigCollisions(evaluator, shot.rig, project.set, timeline, limits.collision);
    const bool onRail = report.track.railLengthM.has_value();
    const double trackFromM = onRail ? 0.0 : report.track.laidFromM;
    const double trackToM = onRail ? *report.track.railLengthM : report.track.laidToM;
    if (onRail || report.track.trackLengthM > 0.0)
        report.trackCollisions = findTrackCollisions(shot.rig, trackFromM, trackToM, project.set, limits.collision);
    const std::vector<FeasibilityWarning> collisions
        = collisionWarnings(report.rigCollisions, report.trackCollisions, timeline, limits.collision);
    warnings.insert(warnings.end(), collisions.begin(), collisions.end());

    report.focusMarks = focusMarkSheet(project, scene, shot, evaluator, timeline);

    std::stable_sort(warnings.begin(), warnings.end(), [](const FeasibilityWarning& a, const FeasibilityWarning& b) {
        if (a.range.fromFlicks != b.range.fromFlicks)
            return a.range.fromFlicks < b.range.fromFlicks;
        return a.severity > b.severity;
    });
    report.warnings = std::move(warnings);
    return report;
}

} // namespace murnau
