// Reading the motion channels at an instant (method in motion_reader.h).

#include "core/analysis/motion_reader.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "core/analysis/track_geometry.h"
#include "core/optics/lens.h"

namespace murnau {

namespace {

// Derivatives of rates are taken over this fraction of a frame (the rig evaluator's jerk step).
constexpr Flicks kDerivativeStepsPerFrame = 10;
// Smaller jumps across one flick are smooth change, not steps (a smooth rate of 700 units/s moves
// 1e-6 units in a flick): metres, degrees, millimetres and their rates.
constexpr double kStepTolerance = 1e-6;

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

MotionReader::MotionReader(const ShotEvaluator& evaluator, const CameraRig& rig, const ReportTimeline& timeline,
                           const FeasibilityLimits& limits) noexcept
    : m_evaluator(evaluator), m_rig(rig), m_timeline(timeline), m_limits(limits),
      m_step(std::max<Flicks>(timeline.frameRate.flicksPerFrame() / kDerivativeStepsPerFrame, 1))
{
}

void MotionReader::read(Flicks t, MotionValues& values, MotionValues& limits) const
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

void MotionReader::readSteps(Flicks t, std::array<std::vector<MotionStep>, kMotionChannelCount>& steps) const
{
    const RigMotion before = m_evaluator.motionAt(t - 1);
    const RigMotion after = m_evaluator.motionAt(t);
    const CameraState cameraBefore = m_evaluator.cameraAt(t - 1);
    const CameraState cameraAfter = m_evaluator.cameraAt(t);
    MotionValues limits{};
    limitsAt(cameraAfter, limits);
    const double fps = m_timeline.frameRate.fps();
    const bool aimWraps = aimsAtActor(m_rig.aim);
    const auto add = [&](MotionChannel channel, double from, double to, double jump) {
        if (!(std::fabs(jump) > kStepTolerance))
            return;
        steps[index(channel)].push_back({t, std::fabs(jump) * fps, limits[index(channel)], from, to});
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

void MotionReader::limitsAt(const CameraState& camera, MotionValues& limits) const noexcept
{
    for (const MotionChannelInfo& info : motionChannels())
        limits[index(info.channel)] = motionLimit(m_limits, info.channel, camera).value_or(kNoMotionLimit);
}

} // namespace murnau
