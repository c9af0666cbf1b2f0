// Speed and acceleration graphs of a shot (method in motion_series.h).

#include "core/analysis/motion_series.h"

#include <cstddef>

#include <fmt/format.h>

#include "core/analysis/report_text.h"

namespace murnau {

MotionSeries motionSeries(const ShotEvaluator& evaluator, const CameraRig& rig, const ReportTimeline& timeline,
                          const FeasibilityLimits& limits)
{
    const MotionReader reader(evaluator, rig, timeline, limits);
    MotionSeries series;
    series.times = timeline.samples;
    for (std::size_t c = 0; c < kMotionChannelCount; ++c) {
        series.values[c].reserve(timeline.samples.size());
        series.limits[c].reserve(timeline.samples.size());
    }
    MotionValues values{};
    MotionValues limitValues{};
    for (const Flicks t : timeline.samples) {
        reader.read(t, values, limitValues);
        for (std::size_t c = 0; c < kMotionChannelCount; ++c) {
            series.values[c].push_back(values[c]);
            series.limits[c].push_back(limitValues[c]);
        }
    }
    for (const Flicks t : timeline.breaks)
        reader.readSteps(t, series.steps);
    return series;
}

std::optional<MotionChannel> motionChannelFor(RigChannel channel, MotionGraphKind kind) noexcept
{
    const bool speed = kind == MotionGraphKind::Speed;
    switch (channel) {
    case RigChannel::Dolly: return speed ? MotionChannel::DollySpeed : MotionChannel::DollyAcceleration;
    case RigChannel::Pedestal: return speed ? MotionChannel::PedestalSpeed : MotionChannel::PedestalAcceleration;
    case RigChannel::Pan: return speed ? MotionChannel::PanRate : MotionChannel::PanAcceleration;
    case RigChannel::Tilt: return speed ? MotionChannel::TiltRate : MotionChannel::TiltAcceleration;
    default: return std::nullopt;
    }
}

std::string motionLimitLabel(const FeasibilityLimits& limits, MotionChannel channel)
{
    const MotionChannelInfo& info = motionChannelInfo(channel);
    const std::optional<double> crossingS = channel == MotionChannel::PanRate    ? limits.panCrossingS
                                            : channel == MotionChannel::TiltRate ? limits.tiltCrossingS
                                                                                 : std::nullopt;
    if (channel == MotionChannel::PanRate || channel == MotionChannel::TiltRate) {
        if (!crossingS)
            return {};
        return fmt::format("frame crossed in {} s: {}", formatQuantity(*crossingS), info.concern);
    }
    // Any angle of view gives the same limit for the other channels: read it with a default camera.
    const std::optional<double> limit = motionLimit(limits, channel, CameraState{});
    if (!limit)
        return {};
    return fmt::format("{} {}: {}", formatQuantity(*limit), info.unit, info.concern);
}

} // namespace murnau
