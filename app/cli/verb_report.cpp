// murnau-cli report: the feasibility report of a project's shots (core/analysis): the track to
// lay, the peaks of every motion channel against their limits, the lens, collisions, focus marks
// and every warning with its time range.

#include <array>
#include <cmath>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/project_options.h"
#include "app/cli/verbs.h"
#include "core/analysis/feasibility_report.h"
#include "core/analysis/motion_channel.h"
#include "core/analysis/report_json.h"
#include "core/analysis/report_text.h"
#include "core/analysis/time_range.h"

namespace murnau::cli {

namespace {

constexpr std::array<OptionSpec, 1> kOptions{kShotOption};

// The report of one shot as text: track, moving channels against their limits, lens, warnings.
std::string reportText(const FeasibilityReport& report, const ShotInProject& place)
{
    std::string text = fmt::format("Shot {} (scene {}, shot {}){}: {} fps, {} s, {} frames\n", report.shotId,
                                   place.scene->number, report.shotNumber,
                                   report.shotName.empty() ? std::string() : fmt::format(" \"{}\"", report.shotName),
                                   frameRateLabel(report.frameRate),
                                   formatQuantity(flicksToSeconds(report.durationFlicks)), report.frameCount);

    const TrackEstimate& track = report.track;
    if (track.trackLengthM > 0.0) {
        text += fmt::format("Track     {} m to lay: {} m of travel + {} m run-up + {} m stop margin, {} section{} of "
                            "{:g} m{}\n",
                            formatQuantity(track.trackLengthM), formatQuantity(track.travelSpanM),
                            formatQuantity(track.runUpM), formatQuantity(track.stopMarginM), track.sections,
                            track.sections == 1 ? "" : "s", track.sectionLengthM,
                            track.onRail ? (std::isinf(track.minimumRadius.radiusM)
                                                ? std::string(", straight rail")
                                                : fmt::format(", tightest bend radius {} m",
                                                              formatQuantity(track.minimumRadius.radiusM)))
                                         : std::string(", straight"));
    } else {
        text += "Track     none: the dolly does not travel\n";
    }

    std::string peaks;
    for (const MotionPeak& peak : report.motion) {
        if (peak.peak == 0.0)
            continue;
        const MotionChannelInfo& info = motionChannelInfo(peak.channel);
        peaks += fmt::format("{}{} {} {} at {}{}{}\n", peaks.empty() ? "Peaks     " : "          ", info.label,
                             formatQuantity(peak.peak), info.unit, formatSecondsLabel(peak.peakAt),
                             peak.peakIsStep ? " (a step, read over one frame)" : "",
                             peak.worst ? fmt::format(", limit {} {}: {}", formatQuantity(peak.worst->limit), info.unit,
                                                      formatMargin(peak.worst->value, peak.worst->limit))
                                        : std::string());
    }
    text += peaks.empty() ? std::string("Peaks     nothing moves\n") : peaks;

    text += fmt::format("Lens      {} to {} mm, closest focus {} m\n", formatQuantity(report.lens.minFocalMm),
                        formatQuantity(report.lens.maxFocalMm), formatQuantity(report.lens.minFocusM));

    if (report.warnings.empty()) {
        text += "Warnings  none\n";
    } else {
        text += fmt::format("Warnings  {}\n", report.warnings.size());
        for (const FeasibilityWarning& warning : report.warnings)
            text += fmt::format("  {:<8} {}\n", warningSeverityKey(warning.severity), warning.message);
    }
    return text;
}

Result<VerbOutput> runReport(const Arguments& arguments)
{
    const Result<Project> project = readProjectOperand(arguments);
    if (!project)
        return project.error();
    const Result<std::vector<ShotInProject>> shots = selectShots(*project, arguments);
    if (!shots)
        return shots.error();

    VerbOutput output;
    output.json["reports"] = nlohmann::ordered_json::array();
    if (shots->empty())
        output.text = "The project has no shots.\n";
    for (const ShotInProject& place : *shots) {
        const Result<FeasibilityReport> report =
            buildFeasibilityReport(*project, *place.scene, *place.shot, FeasibilityLimits{}, place.shotField,
                                   place.sceneField);
        if (!report)
            return report.error();
        spdlog::debug("{} ({}): {} samples, {} warnings", report->shotId, place.shotField, report->sampleCount,
                      report->warnings.size());
        output.json["reports"].push_back(feasibilityReportToJson(*report));
        if (!output.text.empty())
            output.text += "\n";
        output.text += reportText(*report, place);
    }
    return output;
}

} // namespace

const Verb& reportVerb() noexcept
{
    static const Verb verb{
        "report",
        "feasibility of a project's shots: track to lay, speeds against limits, lens, collisions, focus",
        "report PROJECT [--shot ID] [--json]",
        "The feasibility report of core/analysis for each shot, against the default limits (margins, not\n"
        "verdicts): track length = travel + 0.5 m run-up + 0.5 m stop margin, in 8 ft (2.4384 m) sections;\n"
        "dolly speed against 1.4 m/s (walking pace), platform acceleration against 1 m/s^2, jerk against\n"
        "2 m/s^3; pan and tilt against the seven-second crossing of the angle of view; focus pulls against\n"
        "1.4 m/s; collisions of the camera body and the track with the set and the actors.\n"
        "JSON: {\"reports\": [report, ...]}, each report as core/analysis/report_json.h writes it:\n"
        "{\"shot\", \"summary\" (track_length_m, sections, peak_<channel>_<unit>, counts), \"limits\", \"track\",\n"
        "\"motion\", \"lens\", \"camera_collisions\", \"track_collisions\", \"focus_marks\", \"warnings\"}.\n"
        "Times are given as seconds (*_s), labels (\"02.10\") and shot timecode; infinite numbers are null.\n",
        kOptions,
        &runReport,
        kProjectOperand,
    };
    return verb;
}

} // namespace murnau::cli
