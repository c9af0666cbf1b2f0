// Track length, sections and bend of a shot's dolly move.

#include "core/analysis/track_estimate.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "core/analysis/report_text.h"

namespace murnau {

namespace {

// Travel shorter than this is no travel: a dolly standing still needs no track, metres.
constexpr double kNoTravelM = 1e-6;
// Track lengths are rounded up to sections with this much slack, so 2 x 2.4384 m is 2 sections, metres.
constexpr double kSectionSlackM = 1e-9;

} // namespace

TrackEstimate estimateTrack(const CameraRig& rig, const ReportTimeline& timeline, const FeasibilityLimits& limits)
{
    TrackEstimate track;
    track.onRail = rig.rail && rig.rail->built;
    const double start = dollyPositionM(rig, 0);
    const double end = dollyPositionM(rig, timeline.endInstant());
    track.travelFromM = std::min(start, end);
    track.travelToM = std::max(start, end);
    const auto widen = [&](Flicks t) {
        const double s = dollyPositionM(rig, t);
        track.travelFromM = std::min(track.travelFromM, s);
        track.travelToM = std::max(track.travelToM, s);
    };
    for (const Flicks t : timeline.samples)
        widen(t);
    for (const Flicks t : timeline.breaks) {
        widen(t - 1);
        widen(t);
    }
    track.travelSpanM = track.travelToM - track.travelFromM;
    track.travelsBackwards = end < start;
    track.sectionLengthM = limits.trackSectionM;

    if (track.travelSpanM > kNoTravelM) {
        track.runUpM = limits.runUpM;
        track.stopMarginM = limits.stopMarginM;
        track.trackLengthM = track.travelSpanM + track.runUpM + track.stopMarginM;
        track.sections = static_cast<int>(std::ceil(track.trackLengthM / track.sectionLengthM - kSectionSlackM));
    }
    const double lowMargin = track.travelsBackwards ? track.stopMarginM : track.runUpM;
    const double highMargin = track.travelsBackwards ? track.runUpM : track.stopMarginM;
    track.laidFromM = track.travelFromM - lowMargin;
    track.laidToM = track.travelToM + highMargin;

    if (track.onRail) {
        const Rail& rail = *rig.rail->built;
        track.railLengthM = rail.lengthM();
        track.minimumRadius = rail.minimumRadius();
    }
    return track;
}

std::vector<FeasibilityWarning> trackWarnings(const TrackEstimate& track, const ReportTimeline& timeline)
{
    std::vector<FeasibilityWarning> warnings;
    if (!track.railLengthM || track.trackLengthM == 0.0)
        return warnings;
    const auto note = [&](double missingM, std::string_view end, std::string_view what, double wantedM) {
        FeasibilityWarning w;
        w.kind = WarningKind::Track;
        w.severity = WarningSeverity::Note;
        w.channel = "track";
        w.subject = "rail";
        w.range = {0, timeline.endInstant()};
        w.message = fmt::format("the rail ends {} m short of the {} at its {} ({} m wanted): lay {} m more track there",
                                formatQuantity(missingM), what, end, formatQuantity(wantedM), formatQuantity(missingM));
        warnings.push_back(w);
    };
    const double lowWanted = track.travelsBackwards ? track.stopMarginM : track.runUpM;
    const double highWanted = track.travelsBackwards ? track.runUpM : track.stopMarginM;
    const std::string_view lowWhat = track.travelsBackwards ? "stop margin" : "run-up";
    const std::string_view highWhat = track.travelsBackwards ? "run-up" : "stop margin";
    if (track.laidFromM < 0.0)
        note(-track.laidFromM, "start", lowWhat, lowWanted);
    if (track.laidToM > *track.railLengthM)
        note(track.laidToM - *track.railLengthM, "end", highWhat, highWanted);
    return warnings;
}

} // namespace murnau
