// Motion peaks, margins and over-limit stretches (method in motion_analysis.h).

#include "core/analysis/motion_analysis.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <string>

#include <fmt/format.h>

#include "core/analysis/report_text.h"
#include "core/analysis/time_range.h"

namespace murnau {

namespace {

// A refined peak replaces the sampled one only when larger by more than this fraction, so rounding
// noise on a plateau does not move the peak's time.
constexpr double kRefineGain = 1e-9;
// Golden-section steps: 0.618^60 of two frames is far below a flick.
constexpr int kGoldenSteps = 60;

using Values = MotionValues;

std::size_t index(MotionChannel channel) noexcept
{
    return static_cast<std::size_t>(channel);
}

// One instant of one channel: the reading and the limit there (NaN: none).
struct Entry {
    Flicks t = 0;
    double value = 0.0;
    double limit = kNoMotionLimit;
};

// The largest reading of `channel` in [a, b] near the sampled peak, by golden-section search.
Entry refinePeak(const MotionReader& reader, MotionChannel channel, Flicks a, Flicks b)
{
    const double invPhi = (std::sqrt(5.0) - 1.0) / 2.0;
    Values values{};
    Values limits{};
    const auto evaluate = [&](Flicks t) {
        reader.read(t, values, limits);
        return Entry{t, values[index(channel)], limits[index(channel)]};
    };
    double lo = static_cast<double>(a);
    double hi = static_cast<double>(b);
    Entry c = evaluate(static_cast<Flicks>(std::llround(hi - invPhi * (hi - lo))));
    Entry d = evaluate(static_cast<Flicks>(std::llround(lo + invPhi * (hi - lo))));
    Entry best = c.value >= d.value ? c : d;
    for (int i = 0; i < kGoldenSteps && hi - lo > 2.0; ++i) {
        if (c.value >= d.value) {
            hi = static_cast<double>(d.t);
            d = c;
            c = evaluate(static_cast<Flicks>(std::llround(hi - invPhi * (hi - lo))));
            if (c.value > best.value)
                best = c;
        } else {
            lo = static_cast<double>(c.t);
            c = d;
            d = evaluate(static_cast<Flicks>(std::llround(lo + invPhi * (hi - lo))));
            if (d.value > best.value)
                best = d;
        }
    }
    return best;
}

bool hasLimit(const Entry& e) noexcept
{
    return !std::isnan(e.limit);
}

bool over(const Entry& e) noexcept
{
    return hasLimit(e) && e.value > e.limit;
}

// "from 02.10 to 03.00", or "at 02.10" for a single instant.
std::string whenText(const TimeRange& range)
{
    if (range.fromFlicks == range.toFlicks)
        return fmt::format("at {}", formatSecondsLabel(range.fromFlicks));
    return fmt::format("from {} to {}", formatSecondsLabel(range.fromFlicks), formatSecondsLabel(range.toFlicks));
}

// For pan and tilt: how long an image takes to cross the frame at the worst reading.
std::string crossingText(MotionChannel channel, const Entry& worst, const FeasibilityLimits& limits)
{
    const std::optional<double> crossingS = channel == MotionChannel::PanRate    ? limits.panCrossingS
                                            : channel == MotionChannel::TiltRate ? limits.tiltCrossingS
                                                                                 : std::nullopt;
    if (!crossingS)
        return {};
    return fmt::format("; an image crosses the frame in {} s, {} s wanted",
                       formatQuantity(*crossingS * worst.limit / worst.value), formatQuantity(*crossingS));
}

// The warning for an over-limit stretch entries[first..last].
FeasibilityWarning stretchWarning(MotionChannel channel, std::span<const Entry> run, const FeasibilityLimits& limits)
{
    const MotionChannelInfo& info = motionChannelInfo(channel);
    const Entry* worst = &run.front();
    double lowest = run.front().limit;
    double highest = run.front().limit;
    for (const Entry& e : run) {
        if (e.value / e.limit > worst->value / worst->limit)
            worst = &e;
        lowest = std::min(lowest, e.limit);
        highest = std::max(highest, e.limit);
    }
    FeasibilityWarning w;
    w.kind = WarningKind::Motion;
    w.severity = severityForRatio(worst->value / worst->limit, limits.severeOverPercent);
    w.channel = std::string(info.key);
    w.subject = std::string(info.label);
    w.range = {run.front().t, run.back().t};
    const bool constantLimit = highest - lowest <= 1e-9 * highest;
    const std::string what = constantLimit ? fmt::format("exceeds {} {}", formatQuantity(worst->limit), info.unit)
                                           : std::string("exceeds its limit");
    const std::string peak
        = constantLimit ? fmt::format("peak {} {} at {}", formatQuantity(worst->value), info.unit,
                                      formatSecondsLabel(worst->t))
                        : fmt::format("worst {} {} at {} against {} {} there", formatQuantity(worst->value), info.unit,
                                      formatSecondsLabel(worst->t), formatQuantity(worst->limit), info.unit);
    w.message = fmt::format("{} {} {}: {} ({}, {}{})", info.label, what, whenText(w.range), info.concern, peak,
                            formatMargin(worst->value, worst->limit), crossingText(channel, *worst, limits));
    return w;
}

// The warning for a step over its channel's limit.
FeasibilityWarning stepWarning(MotionChannel channel, const MotionStep& step, const FeasibilityLimits& limits)
{
    const MotionChannelInfo& info = motionChannelInfo(channel);
    FeasibilityWarning w;
    w.kind = WarningKind::Motion;
    w.severity = severityForRatio(step.value / step.limit, limits.severeOverPercent);
    w.channel = std::string(info.key);
    w.subject = std::string(info.label);
    w.range = {step.t, step.t};
    w.message = fmt::format("{} steps from {} to {} {} at {}: {} ({} read over one frame: {} {}, limit {} {}, {})",
                            info.stepQuantity, formatQuantity(step.from), formatQuantity(step.to), info.stepUnit,
                            formatSecondsLabel(step.t), info.concern, info.label,
                            formatQuantity(step.value), info.unit, formatQuantity(step.limit), info.unit,
                            formatMargin(step.value, step.limit));
    return w;
}

} // namespace

MotionAnalysis analyseMotion(const ShotEvaluator& evaluator, const CameraRig& rig, const ReportTimeline& timeline,
                             const FeasibilityLimits& limits)
{
    const MotionReader reader(evaluator, rig, timeline, limits);
    const std::size_t count = timeline.samples.size();

    // Every channel at every sample.
    std::array<std::vector<Entry>, kMotionChannelCount> entries;
    for (std::vector<Entry>& e : entries)
        e.reserve(count + 1);
    Values values{};
    Values limitValues{};
    for (const Flicks t : timeline.samples) {
        reader.read(t, values, limitValues);
        for (std::size_t c = 0; c < kMotionChannelCount; ++c)
            entries[c].push_back({t, values[c], limitValues[c]});
    }
    std::array<std::vector<MotionStep>, kMotionChannelCount> steps;
    for (const Flicks t : timeline.breaks)
        reader.readSteps(t, steps);

    MotionAnalysis analysis;
    for (const MotionChannelInfo& info : motionChannels()) {
        const std::size_t c = index(info.channel);
        std::vector<Entry>& list = entries[c];

        // The sampled peak (earliest of equals), refined between its neighbouring samples.
        std::size_t k = 0;
        for (std::size_t i = 1; i < list.size(); ++i) {
            if (list[i].value > list[k].value)
                k = i;
        }
        const Flicks a = list[k == 0 ? 0 : k - 1].t;
        const Flicks b = list[std::min(k + 1, list.size() - 1)].t;
        if (b > a) {
            const Entry refined = refinePeak(reader, info.channel, a, b);
            const auto at = std::lower_bound(list.begin(), list.end(), refined.t,
                                             [](const Entry& e, Flicks t) { return e.t < t; });
            if (refined.value > list[k].value * (1.0 + kRefineGain) && (at == list.end() || at->t != refined.t))
                list.insert(at, refined);
        }

        MotionPeak peak;
        peak.channel = info.channel;
        const Entry* worst = nullptr;
        for (const Entry& e : list) {
            if (e.value > peak.peak || (&e == &list.front())) {
                peak.peak = e.value;
                peak.peakAt = e.t;
            }
            if (hasLimit(e) && (worst == nullptr || e.value / e.limit > worst->value / worst->limit))
                worst = &e;
        }
        std::optional<Entry> worstEntry;
        if (worst != nullptr)
            worstEntry = *worst;
        for (const MotionStep& step : steps[c]) {
            const Entry e{step.t, step.value, step.limit};
            if (e.value > peak.peak || (e.value == peak.peak && e.t < peak.peakAt)) {
                peak.peak = e.value;
                peak.peakAt = e.t;
                peak.peakIsStep = true;
            }
            if (hasLimit(e) && (!worstEntry || e.value / e.limit > worstEntry->value / worstEntry->limit))
                worstEntry = e;
        }
        if (worstEntry)
            peak.worst = LimitMargin{worstEntry->value, worstEntry->limit, worstEntry->t};
        analysis.peaks.push_back(peak);

        // Over-limit stretches, then steps over the limit.
        std::vector<bool> flags(list.size());
        for (std::size_t i = 0; i < list.size(); ++i)
            flags[i] = over(list[i]);
        for (const SampleRun& run : flaggedRuns(flags)) {
            analysis.warnings.push_back(stretchWarning(
                info.channel, std::span<const Entry>(list).subspan(run.first, run.last - run.first + 1), limits));
        }
        for (const MotionStep& step : steps[c]) {
            if (over(Entry{step.t, step.value, step.limit}))
                analysis.warnings.push_back(stepWarning(info.channel, step, limits));
        }
    }
    return analysis;
}

} // namespace murnau
