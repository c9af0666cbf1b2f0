#pragma once
// Snapping a time on the timeline and in the curve editor: to the nearest key time (or other
// named instant: the playhead, the in and out points) within a pixel tolerance, else to the
// nearest frame start. Frames are the timeline's grid: a key dragged with snapping on always
// lands on a frame start or on another key's time.

#include <optional>
#include <span>

#include "core/time/frame_rate.h"
#include "core/timeline/time_axis.h"

namespace murnau {

// The frame start nearest to `time` (half a frame rounds later).
[[nodiscard]] Flicks nearestFrameStart(Flicks time, FrameRate rate) noexcept;

// What a time snapped to.
enum class SnapTarget { None, Frame, Instant };

struct SnappedTime {
    Flicks time = 0;
    SnapTarget target = SnapTarget::None;
};

// `time` snapped: to the instant of `instants` nearest to it when it lies within `tolerancePx`
// on `axis` (the earliest wins a tie), else to the nearest frame start.
[[nodiscard]] SnappedTime snapTime(Flicks time, FrameRate rate, std::span<const Flicks> instants,
                                   const TimeAxis& axis, double tolerancePx = 6.0) noexcept;

} // namespace murnau
