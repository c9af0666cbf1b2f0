// Motion peaks, margins and over-limit stretches (method in motion_analysis.h).

#include "core/analysis/motion_analysis.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "core/analysis/report_text.h"
#include "core/analysis/time_range.h"
#include "core/analysis/track_geometry.h"
#include "core/optics/lens.h"

namespace murnau {

namespace {

constexpr double kNoLimit = std::numeric_limits<double>::quiet_NaN();
// Derivatives of rates are taken over this fraction of a frame (the rig evaluator's jerk step).
constexpr Flicks kDerivativeStepsPerFrame = 10;
// Smaller jumps across one flick are smooth change, not steps (a smooth rate of 700 units/s moves
// 1e-6 units in a flick): metres, degrees, millimetres and their rates.
constexpr double kStepTolerance = 1e-6;
// A refined peak replaces the sampled one only when larger by more than this fraction, so rounding
// noise on a plateau does not move the peak's time.
constexpr double kRefineGain = 1e-9;
// Golden-section steps: 0.618^60 of two frames is far below a flick.
constexpr int kGoldenSteps = 60;

using Values = std::array<double, kMotionChannelCount>;

std::size_t index(MotionChannel channel) noexcept
{
    return static_cast<std::size_t>(channel);
}

// The first and second time derivative, at x = 0, of the parabola (or line) through the points
// (xs[i] seconds, fs[i]); n = 1 gives zeros.
struct Derivatives {
    double first = 0.0;
    double second = 0.0;
};

Derivatives fitDerivatives(const std::array<double, 3>& xs, const std::array<double, 3>& fs, int n) noexcept
{
    Derivatives d;
    if (n == 2) {
        d.first = (fs[1] - fs[0]) / (xs[1] - xs[0]);
    } else if (n == 3) {
        // Newton's divided differences: p(x) = f0 + a (x - x0) + c (x - x0)(x - x1).
        const double a = (fs[1] - fs[0]) / (xs[1] - xs[0]);
        const double b = (fs[2] - fs[1]) / (xs[2] - xs[1]);
        const double c = (b - a) / (xs[2] - xs[0]);
        d.first = a - c * (xs[0] + xs[1]);
        d.second = 2.0 * c;
    }
    return d;
}

// The rates whose derivatives are estimated, in this order.
enum Rate { DollyAlongTrack, Pedestal, Pan, Tilt, kRateCount };

std::array<double, kRateCount> ratesOf(const RigMotion& m) noexcept
{
    return {m.dollyAccelerationMps2, m.pedestalRateMps, m.panRateDegPerS, m.tiltRateDegPerS};
}

// A jump of an angle in degrees, folded into (-180, 180] when the angle wraps (look-at aim).
double angleJump(double from, double to, bool wraps) noexcept
{
    double d = to - from;
    if (wraps) {
        d = std::fmod(d, 360.0);
        if (d > 180.0)
            d -= 360.0;
        else if (d <= -180.0)
            d += 360.0;
    }
    return d;
}

// One instant of one channel: the reading and the limit there (NaN: none).
struct Entry {
    Flicks t = 0;
    double value = 0.0;
    double limit = kNoLimit;
};

// A step of one channel at a break.
struct Step {
    Entry entry;
    double from = 0.0;   // the stepping quantity one flick before
    double to = 0.0;     // ... and at the break
};

// Reads all channels at any instant.
class Reader {
public:
    Reader(const ShotEvaluator& evaluator, const CameraRig& rig, const ReportTimeline& timeline,
           const FeasibilityLimits& limits)
        : m_evaluator(evaluator), m_rig(rig), m_timeline(timeline), m_limits(limits),
          m_step(std::max<Flicks>(timeline.frameRate.flicksPerFrame() / kDerivativeStepsPerFrame, 1))
    {
    }

    // Readings and limits of every channel at t (0 <= t <= end instant).
    void read(Flicks t, Values& values, Values& limits) const
    {
        const auto [pieceStart, pieceEnd] = m_timeline.pieceAround(t);
        const Flicks lo = std::max(t - m_step, pieceStart);
        const Flicks hi = std::min(t + m_step, pieceEnd);
        const RigMotion here = m_evaluator.motionAt(t);

        std::array<Flicks, 3> times{t, t, t};
        int n = 1;
        if (lo < t && t < hi) {
            times = {lo, t, hi};
            n = 3;
        } else if (lo == t && hi > t) {
            const Flicks mid = t + (hi - t) / 2;
            times = {t, mid, hi};
            n = mid > t ? 3 : 2;
            if (n == 2)
                times[1] = hi;
        } else if (hi == t && lo < t) {
            const Flicks mid = lo + (t - lo) / 2;
            times = {lo, mid, t};
            n = mid > lo ? 3 : 2;
            if (n == 2)
                times[1] = t;
        }
        std::array<std::array<double, kRateCount>, 3> rates{};
        std::array<double, 3> xs{};
        for (std::size_t i = 0; i < static_cast<std::size_t>(n); ++i) {
            rates[i] = ratesOf(times[i] == t ? here : m_evaluator.motionAt(times[i]));
            xs[i] = flicksToSeconds(times[i] - t);
        }
        std::array<Derivatives, kRateCount> d{};
        for (std::size_t r = 0; r < kRateCount; ++r)
            d[r] = fitDerivatives(xs, {rates[0][r], rates[1][r], rates[2][r]}, n);

        values[index(MotionChannel::DollySpeed)] = std::fabs(here.dollySpeedMps);
        values[index(MotionChannel::DollyAcceleration)]
            = std::hypot(here.dollyAccelerationMps2, here.lateralAccelerationMps2);
        values[index(MotionChannel::DollyJerk)] = std::fabs(d[DollyAlongTrack].first);
        values[index(MotionChannel::PedestalSpeed)] = std::fabs(here.pedestalRateMps);
        values[index(MotionChannel::PedestalAcceleration)] = std::fabs(d[Pedestal].first);
        values[index(MotionChannel::PedestalJerk)] = std::fabs(d[Pedestal].second);
        values[index(MotionChannel::PanRate)] = std::fabs(here.panRateDegPerS);
        values[index(MotionChannel::PanAcceleration)] = std::fabs(d[Pan].first);
        values[index(MotionChannel::PanJerk)] = std::fabs(d[Pan].second);
        values[index(MotionChannel::TiltRate)] = std::fabs(here.tiltRateDegPerS);
        values[index(MotionChannel::TiltAcceleration)] = std::fabs(d[Tilt].first);
        values[index(MotionChannel::TiltJerk)] = std::fabs(d[Tilt].second);
        values[index(MotionChannel::ZoomRate)] = std::fabs(here.focalLengthRateMmPerS);
        values[index(MotionChannel::FocusPullRate)] = std::fabs(here.focusRateMps);
        limitsAt(m_evaluator.cameraAt(t), limits);
    }

    // The steps of every channel at break `t`, appended to steps[channel].
    void readSteps(Flicks t, std::array<std::vector<Step>, kMotionChannelCount>& steps) const
    {
        const RigMotion before = m_evaluator.motionAt(t - 1);
        const RigMotion after = m_evaluator.motionAt(t);
        const CameraState cameraBefore = m_evaluator.cameraAt(t - 1);
        const CameraState cameraAfter = m_evaluator.cameraAt(t);
        Values limits{};
        limitsAt(cameraAfter, limits);
        const double fps = m_timeline.frameRate.fps();
        const bool aimWraps = aimsAtActor(m_rig.aim);
        const auto add = [&](MotionChannel channel, double from, double to, double jump) {
            if (!(std::fabs(jump) > kStepTolerance))
                return;
            steps[index(channel)].push_back({{t, std::fabs(jump) * fps, limits[index(channel)]}, from, to});
        };
        const auto plain = [&](MotionChannel channel, double from, double to) { add(channel, from, to, to - from); };
        plain(MotionChannel::DollySpeed, dollyPositionM(m_rig, t - 1), dollyPositionM(m_rig, t));
        plain(MotionChannel::DollyAcceleration, before.dollySpeedMps, after.dollySpeedMps);
        plain(MotionChannel::DollyJerk, before.dollyAccelerationMps2, after.dollyAccelerationMps2);
        plain(MotionChannel::PedestalSpeed, cameraBefore.positionM.y, cameraAfter.positionM.y);
        plain(MotionChannel::PedestalAcceleration, before.pedestalRateMps, after.pedestalRateMps);
        add(MotionChannel::PanRate, cameraBefore.panDeg, cameraAfter.panDeg,
            angleJump(cameraBefore.panDeg, cameraAfter.panDeg, aimWraps));
        plain(MotionChannel::PanAcceleration, before.panRateDegPerS, after.panRateDegPerS);
        add(MotionChannel::TiltRate, cameraBefore.tiltDeg, cameraAfter.tiltDeg,
            angleJump(cameraBefore.tiltDeg, cameraAfter.tiltDeg, false));
        plain(MotionChannel::TiltAcceleration, before.tiltRateDegPerS, after.tiltRateDegPerS);
        plain(MotionChannel::ZoomRate, cameraBefore.focalLengthMm, cameraAfter.focalLengthMm);
        plain(MotionChannel::FocusPullRate, cameraBefore.focusDistanceM, cameraAfter.focusDistanceM);
    }

private:
    void limitsAt(const CameraState& camera, Values& limits) const noexcept
    {
        for (const MotionChannelInfo& info : motionChannels())
            limits[index(info.channel)] = motionLimit(m_limits, info.channel, camera).value_or(kNoLimit);
    }

    const ShotEvaluator& m_evaluator;
    const CameraRig& m_rig;
    const ReportTimeline& m_timeline;
    const FeasibilityLimits& m_limits;
    Flicks m_step;
};

// The largest reading of `channel` in [a, b] near the sampled peak, by golden-section search.
Entry refinePeak(const Reader& reader, MotionChannel channel, Flicks a, Flicks b)
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
FeasibilityWarning stepWarning(MotionChannel channel, const Step& step, const FeasibilityLimits& limits)
{
    const MotionChannelInfo& info = motionChannelInfo(channel);
    FeasibilityWarning w;
    w.kind = WarningKind::Motion;
    w.severity = severityForRatio(step.entry.value / step.entry.limit, limits.severeOverPercent);
    w.channel = std::string(info.key);
    w.subject = std::string(info.label);
    w.range = {step.entry.t, step.entry.t};
    w.message = fmt::format("{} steps from {} to {} {} at {}: {} ({} read over one frame: {} {}, limit {} {}, {})",
                            info.stepQuantity, formatQuantity(step.from), formatQuantity(step.to), info.stepUnit,
                            formatSecondsLabel(step.entry.t), info.concern, info.label,
                            formatQuantity(step.entry.value), info.unit, formatQuantity(step.entry.limit), info.unit,
                            formatMargin(step.entry.value, step.entry.limit));
    return w;
}

} // namespace

std::optional<double> motionLimit(const FeasibilityLimits& limits, MotionChannel channel,
                                  const CameraState& camera) noexcept
{
    switch (channel) {
    case MotionChannel::DollySpeed: return limits.dollySpeedMps;
    case MotionChannel::DollyAcceleration: return limits.dollyAccelerationMps2;
    case MotionChannel::DollyJerk: return limits.dollyJerkMps3;
    case MotionChannel::PedestalSpeed: return limits.pedestalSpeedMps;
    case MotionChannel::PedestalAcceleration: return limits.pedestalAccelerationMps2;
    case MotionChannel::PedestalJerk: return limits.pedestalJerkMps3;
    case MotionChannel::PanRate:
        if (!limits.panCrossingS)
            return std::nullopt;
        return judderRateLimitDegPerS(
            angleOfViewDeg(camera.gate.squeeze * camera.gate.widthMm, camera.focalLengthMm), *limits.panCrossingS);
    case MotionChannel::PanAcceleration: return limits.panAccelerationDegPerS2;
    case MotionChannel::PanJerk: return limits.panJerkDegPerS3;
    case MotionChannel::TiltRate:
        if (!limits.tiltCrossingS)
            return std::nullopt;
        return judderRateLimitDegPerS(angleOfViewDeg(camera.gate.heightMm, camera.focalLengthMm),
                                      *limits.tiltCrossingS);
    case MotionChannel::TiltAcceleration: return limits.tiltAccelerationDegPerS2;
    case MotionChannel::TiltJerk: return limits.tiltJerkDegPerS3;
    case MotionChannel::ZoomRate: return limits.zoomRateMmPerS;
    case MotionChannel::FocusPullRate: return limits.focusPullMps;
    }
    return std::nullopt;
}

MotionAnalysis analyseMotion(const ShotEvaluator& evaluator, const CameraRig& rig, const ReportTimeline& timeline,
                             const FeasibilityLimits& limits)
{
    const Reader reader(evaluator, rig, timeline, limits);
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
    std::array<std::vector<Step>, kMotionChannelCount> steps;
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
        for (const Step& step : steps[c]) {
            const Entry& e = step.entry;
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
        for (const Step& step : steps[c]) {
            if (over(step.entry))
                analysis.warnings.push_back(stepWarning(info.channel, step, limits));
        }
    }
    return analysis;
}

} // namespace murnau
