#pragma once
// The curve editor's derived graphs: the speed and acceleration of the dolly, the pedestal and
// the head (pan, tilt) at every frame of a shot, each with its limit at that instant, read
// exactly as the feasibility report reads them (MotionReader, motion_reader.h): the same
// samples (every frame start and the end instant, report_timeline.h), the same analytic
// derivatives, the same steps at the breaks, the same per-instant pan and tilt limits. So the
// band a grip sees in the graph and the warning in the report agree to the last digit.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/motion_channel.h"
#include "core/analysis/motion_reader.h"
#include "core/analysis/report_timeline.h"
#include "core/rig/camera_rig.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// What a derived graph shows of a rig channel.
enum class MotionGraphKind {
    Speed,          // the first derivative: m/s for the dolly and the pedestal, deg/s for pan and tilt
    Acceleration,   // the second: m/s^2, deg/s^2 (the dolly's is the platform's, along and across the track)
};

// Every motion channel at every sample of a shot.
struct MotionSeries {
    std::vector<Flicks> times;                                           // the samples, shot time, increasing
    std::array<std::vector<double>, kMotionChannelCount> values;         // readings per channel, one per sample, channel units
    std::array<std::vector<double>, kMotionChannelCount> limits;         // limit per channel and sample, NaN where none is set
    std::array<std::vector<MotionStep>, kMotionChannelCount> steps;      // steps at the breaks, per channel, in time order

    // The readings of one channel.
    [[nodiscard]] const std::vector<double>& valuesOf(MotionChannel c) const { return values[static_cast<std::size_t>(c)]; }
    // Its limits.
    [[nodiscard]] const std::vector<double>& limitsOf(MotionChannel c) const { return limits[static_cast<std::size_t>(c)]; }
    // Its steps.
    [[nodiscard]] const std::vector<MotionStep>& stepsOf(MotionChannel c) const { return steps[static_cast<std::size_t>(c)]; }
};

// Reads every channel of the shot `evaluator` evaluates (`rig` is its rig, `timeline` its report
// timeline) at every sample and every break, against `limits`.
[[nodiscard]] MotionSeries motionSeries(const ShotEvaluator& evaluator, const CameraRig& rig,
                                        const ReportTimeline& timeline, const FeasibilityLimits& limits);

// The motion channel graphed for a rig channel: Dolly, Pedestal, Pan and Tilt have a speed and an
// acceleration; the other rig channels have none (nullopt).
[[nodiscard]] std::optional<MotionChannel> motionChannelFor(RigChannel channel, MotionGraphKind kind) noexcept;

// The label of a channel's limit line, saying what the limit stands for: "1.4 m/s: faster than a
// grip pushes at walking pace", "frame crossed in 7 s: the image judders across the frame" (pan
// and tilt, whose limit follows the angle of view); "" when the channel has no limit.
[[nodiscard]] std::string motionLimitLabel(const FeasibilityLimits& limits, MotionChannel channel);

} // namespace murnau
