#pragma once
// Peaks of the motion channels over a shot, their margins against the limits, and the stretches
// of time over the limits.
//
// Each channel is read at the report timeline's samples and its steps at its breaks by
// MotionReader (motion_reader.h, where the method is; motionLimit is declared there too).
// Peaks: the largest reading over the samples, refined by golden-section search between the
// neighbouring samples, and compared with the step readings; the earliest wins a tie.
// Over-limit stretches: consecutive samples (with the refined peak) over the limit make one range.
// Pan and tilt limits vary with the angle of view (judderRateLimitDegPerS) and are taken at each
// instant; the margin reported is the worst ratio of reading to limit.

#include <optional>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/feasibility_warning.h"
#include "core/analysis/motion_channel.h"
#include "core/analysis/motion_reader.h"
#include "core/analysis/report_timeline.h"
#include "core/rig/camera_rig.h"
#include "core/rig/camera_state.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// A reading against its limit.
struct LimitMargin {
    double value = 0.0;   // the reading, channel units
    double limit = 0.0;   // the limit at that instant, channel units
    Flicks at = 0;        // when, shot time

    // value / limit.
    [[nodiscard]] double ratio() const noexcept { return value / limit; }
    // How far over the limit, percent of it (negative: under).
    [[nodiscard]] double overPercent() const noexcept { return (value / limit - 1.0) * 100.0; }
};

// One channel over the whole shot.
struct MotionPeak {
    MotionChannel channel = MotionChannel::DollySpeed;
    double peak = 0.0;                  // largest reading, channel units
    Flicks peakAt = 0;                  // when, shot time (the earliest of equal readings)
    bool peakIsStep = false;            // the peak is a step read over one frame
    std::optional<LimitMargin> worst;   // the reading with the largest reading/limit; nullopt without a limit
};

// The motion part of a report: every channel's peak and the warnings over the limits.
struct MotionAnalysis {
    std::vector<MotionPeak> peaks;               // one per channel, in MotionChannel order
    std::vector<FeasibilityWarning> warnings;    // over-limit stretches and steps, per channel in time order
};

// Reads every channel of the shot `evaluator` evaluates (`rig` is that shot's rig, for the dolly's
// position) over `timeline`, against `limits` (checked with checkFeasibilityLimits).
[[nodiscard]] MotionAnalysis analyseMotion(const ShotEvaluator& evaluator, const CameraRig& rig,
                                           const ReportTimeline& timeline, const FeasibilityLimits& limits);

} // namespace murnau
