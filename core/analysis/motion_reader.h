#pragma once
// Reading every motion channel of a shot at one instant, and its limit there: the one way the
// feasibility report (motion_analysis.h) and the curve editor's speed and acceleration graphs
// (motion_series.h) read the dolly, the pedestal, the head, the zoom and the focus.
//
// How each channel is read at an instant t (the samples and breaks of report_timeline.h):
//  * dolly speed, platform acceleration, pedestal, pan, tilt, zoom and focus-pull rates: the rig
//    evaluator's analytic derivatives (RigMotion), never differences of positions;
//  * dolly jerk, and pedestal, pan and tilt acceleration and jerk: derivatives of those analytic
//    rates from the parabola through them at three instants inside t's smooth piece: t - h, t,
//    t + h with h = 1/10 frame (as the rig evaluator's jerk), or t, t + h/2, t + h (and the mirror)
//    where t sits at a piece's edge. Exact wherever the rate is quadratic in time (every cubic
//    segment: Bezier keys, smoothstep and linear easing on a straight track).
//  * steps at the breaks: a quantity that jumps between one flick before a break and the break
//    (a constant key, a linear key starting or stopping a move, an eased end, an actor setting off)
//    has an unbounded derivative. It is read as the step spread over one frame, |jump| x fps:
//    the gentlest a real rig could do it while still looking like a step on screen.
// Pan and tilt limits vary with the angle of view (judderRateLimitDegPerS) and are taken at each
// instant from the camera there.

#include <array>
#include <limits>
#include <optional>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/motion_channel.h"
#include "core/analysis/report_timeline.h"
#include "core/rig/camera_rig.h"
#include "core/rig/camera_state.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// One number per motion channel, indexed by MotionChannel.
using MotionValues = std::array<double, kMotionChannelCount>;

// The limit of a channel that has none (NaN).
inline constexpr double kNoMotionLimit = std::numeric_limits<double>::quiet_NaN();

// The limit of `channel` with the camera as it is at that instant (pan and tilt follow its angle
// of view: the horizontal angle includes the anamorphic squeeze); nullopt when not set.
[[nodiscard]] std::optional<double> motionLimit(const FeasibilityLimits& limits, MotionChannel channel,
                                                const CameraState& camera) noexcept;

// A step of one channel at a break: its reading (|jump| x fps) and limit, and the quantity that steps.
struct MotionStep {
    Flicks t = 0;                  // the break, shot time
    double value = 0.0;            // the step read over one frame, channel units
    double limit = kNoMotionLimit; // the channel's limit at the break (NaN: none)
    double from = 0.0;             // the stepping quantity one flick before the break (MotionChannelInfo::stepUnit)
    double to = 0.0;               // ... and at the break
};

// Reads every channel of one shot at any instant. Keeps references: the evaluator, rig, timeline
// and limits must outlive it.
class MotionReader {
public:
    // `rig` is the rig `evaluator` evaluates (for the dolly's position), `timeline` its report timeline.
    MotionReader(const ShotEvaluator& evaluator, const CameraRig& rig, const ReportTimeline& timeline,
                 const FeasibilityLimits& limits) noexcept;

    // Readings and limits (NaN: none) of every channel at t (0 <= t <= the timeline's end instant).
    void read(Flicks t, MotionValues& values, MotionValues& limits) const;
    // The steps of every channel at break `t` larger than rounding, appended to steps[channel].
    void readSteps(Flicks t, std::array<std::vector<MotionStep>, kMotionChannelCount>& steps) const;

private:
    void limitsAt(const CameraState& camera, MotionValues& limits) const noexcept;

    const ShotEvaluator& m_evaluator;
    const CameraRig& m_rig;
    const ReportTimeline& m_timeline;
    const FeasibilityLimits& m_limits;
    Flicks m_step;   // the derivative step h, flicks
};

} // namespace murnau
