// Zoom range and close focus of a shot against its lens.

#include "core/analysis/lens_check.h"

#include <algorithm>
#include <cstddef>
#include <span>
#include <string>

#include <fmt/format.h>

#include "core/analysis/report_text.h"
#include "core/analysis/time_range.h"

namespace murnau {

namespace {

struct LensSample {
    Flicks t = 0;
    double focalMm = 0.0;
    double focusM = 0.0;
};

std::string whenText(Flicks from, Flicks to)
{
    if (from == to)
        return fmt::format("at {}", formatSecondsLabel(from));
    return fmt::format("from {} to {}", formatSecondsLabel(from), formatSecondsLabel(to));
}

// One problem per run of samples where `outside` holds; `describe` writes the sentence for the
// run's extreme sample (the one `worse` prefers).
template<typename Outside, typename Worse, typename Describe>
void addRuns(std::span<const LensSample> samples, std::string_view channel, Outside outside, Worse worse,
             Describe describe, std::vector<FeasibilityWarning>& warnings)
{
    std::vector<bool> flags(samples.size());
    for (std::size_t i = 0; i < samples.size(); ++i)
        flags[i] = outside(samples[i]);
    for (const SampleRun& run : flaggedRuns(flags)) {
        const LensSample* extreme = &samples[run.first];
        for (std::size_t i = run.first; i <= run.last; ++i) {
            if (worse(samples[i], *extreme))
                extreme = &samples[i];
        }
        FeasibilityWarning w;
        w.kind = WarningKind::Lens;
        w.severity = WarningSeverity::Problem;
        w.channel = std::string(channel);
        w.subject = "lens";
        w.range = {samples[run.first].t, samples[run.last].t};
        w.message = describe(*extreme, whenText(w.range.fromFlicks, w.range.toFlicks));
        warnings.push_back(w);
    }
}

} // namespace

LensCheck checkLens(const ShotEvaluator& evaluator, const ReportTimeline& timeline, const std::optional<LensRange>& lens)
{
    std::vector<Flicks> times = timeline.samples;
    for (const Flicks t : timeline.breaks) {
        times.push_back(t - 1);
        times.push_back(t);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    std::vector<LensSample> samples;
    samples.reserve(times.size());
    for (const Flicks t : times) {
        const CameraState camera = evaluator.cameraAt(t);
        samples.push_back({t, camera.focalLengthMm, camera.focusDistanceM});
    }

    LensCheck check;
    LensUse& use = check.use;
    use.lens = lens;
    use.minFocalMm = use.maxFocalMm = samples.front().focalMm;
    use.minFocusM = samples.front().focusM;
    for (const LensSample& s : samples) {
        if (s.focalMm < use.minFocalMm) {
            use.minFocalMm = s.focalMm;
            use.minFocalAt = s.t;
        }
        if (s.focalMm > use.maxFocalMm) {
            use.maxFocalMm = s.focalMm;
            use.maxFocalAt = s.t;
        }
        if (s.focusM < use.minFocusM) {
            use.minFocusM = s.focusM;
            use.minFocusAt = s.t;
        }
    }
    if (!lens)
        return check;

    const std::string range = lens->minFocalMm == lens->maxFocalMm
                                  ? fmt::format("a {} mm prime", formatQuantity(lens->minFocalMm))
                                  : fmt::format("{}-{} mm", formatQuantity(lens->minFocalMm),
                                                formatQuantity(lens->maxFocalMm));
    use.focalFits = use.minFocalMm >= lens->minFocalMm && use.maxFocalMm <= lens->maxFocalMm;
    use.focusFits = use.minFocusM >= lens->minFocusM;
    addRuns(
        samples, "focal_length", [&](const LensSample& s) { return s.focalMm < lens->minFocalMm; },
        [](const LensSample& a, const LensSample& b) { return a.focalMm < b.focalMm; },
        [&](const LensSample& s, const std::string& when) {
            return fmt::format("focal length is wider than the lens ({}) {} (widest {} mm at {})", range, when,
                               formatQuantity(s.focalMm), formatSecondsLabel(s.t));
        },
        check.warnings);
    addRuns(
        samples, "focal_length", [&](const LensSample& s) { return s.focalMm > lens->maxFocalMm; },
        [](const LensSample& a, const LensSample& b) { return a.focalMm > b.focalMm; },
        [&](const LensSample& s, const std::string& when) {
            return fmt::format("focal length is longer than the lens ({}) {} (longest {} mm at {})", range, when,
                               formatQuantity(s.focalMm), formatSecondsLabel(s.t));
        },
        check.warnings);
    addRuns(
        samples, "focus", [&](const LensSample& s) { return s.focusM < lens->minFocusM; },
        [](const LensSample& a, const LensSample& b) { return a.focusM < b.focusM; },
        [&](const LensSample& s, const std::string& when) {
            return fmt::format("focus is closer than the lens's minimum focus of {} m {} (closest {} m at {})",
                               formatQuantity(lens->minFocusM), when, formatQuantity(s.focusM),
                               formatSecondsLabel(s.t));
        },
        check.warnings);
    return check;
}

} // namespace murnau
