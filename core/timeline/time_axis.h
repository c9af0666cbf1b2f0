#pragma once
// The horizontal time axis of the timeline and the curve editor: shot time to item pixels and
// back, zoom about a pixel, scroll, fitting a time range, and the ruler's ticks. Times are
// flicks (exact), pixels are doubles measured from the item's left edge.
//
// Ruler ticks: the major step is the smallest of 1, 2, 5, 10 frames, 1, 2, 5, 10, 15, 30 s and
// 1, 2, 5 min that leaves at least `minMajorSpacingPx` between labels; minor ticks divide it:
// every frame while a major step is up to 10 frames or 1 s and frames are at least 4 px wide,
// else for 1 s a quarter, fifth or half second (whichever is whole frames), for 2 s every
// second, for longer steps a fifth of the step (no minor ticks when frames are under 4 px and
// the step is frames). Steps of whole seconds fall on frame starts because a tick is the start
// of the frame showing at that instant (framesToFlicks(flicksToFrames(t))).

#include <cstdint>
#include <vector>

#include "core/time/frame_rate.h"

namespace murnau {

// Zoom limits: from 2 px per second (about 15 min across a 1920 px panel) to 4000 px per second
// (over 160 px per frame at 24 fps).
inline constexpr double kMinPixelsPerSecond = 2.0;
inline constexpr double kMaxPixelsPerSecond = 4000.0;

struct TimeAxis {
    double startSeconds = 0.0;       // shot time at pixel 0, seconds (may be negative: room before the start)
    double pixelsPerSecond = 100.0;  // zoom, in [kMinPixelsPerSecond, kMaxPixelsPerSecond]

    // The pixel of shot time `time`.
    [[nodiscard]] double toPixel(Flicks time) const noexcept;
    // The pixel of a time in seconds.
    [[nodiscard]] double secondsToPixel(double seconds) const noexcept;
    // The shot time at pixel `px`, rounded to the nearest flick (clamped to +-1e6 s).
    [[nodiscard]] Flicks toTime(double px) const noexcept;
    // The time at pixel `px`, seconds.
    [[nodiscard]] double pixelToSeconds(double px) const noexcept;

    // Zoomed by `factor` (> 1 zooms in) keeping the time under pixel `px` fixed; the zoom is
    // clamped to its limits. A factor that is not finite or not positive changes nothing.
    [[nodiscard]] TimeAxis zoomedAbout(double px, double factor) const noexcept;
    // Scrolled by `px` pixels (positive: later times come into view).
    [[nodiscard]] TimeAxis scrolledBy(double px) const noexcept;
    // The axis that shows [from, to] across `widthPx` with `marginPx` free on both sides
    // (an empty or reversed range is shown as one second from `from`).
    [[nodiscard]] static TimeAxis fitting(Flicks from, Flicks to, double widthPx, double marginPx) noexcept;

    friend constexpr bool operator==(const TimeAxis&, const TimeAxis&) = default;
};

// One tick of the ruler.
struct RulerTick {
    Flicks time = 0;          // the frame start it marks
    std::int64_t frame = 0;   // that frame's number (0 = the shot's first)
    double px = 0.0;          // where it is drawn
    bool major = false;       // a labelled tick
};

// The steps the ruler uses at this zoom.
struct RulerSteps {
    std::int64_t majorFrames = 1;   // frames between labelled ticks
    std::int64_t minorFrames = 1;   // frames between small ticks (divides majorFrames)
};

// The steps for `axis` at `rate` with labels at least `minMajorSpacingPx` apart.
[[nodiscard]] RulerSteps rulerSteps(const TimeAxis& axis, FrameRate rate, double minMajorSpacingPx = 70.0) noexcept;

// The ticks that fall in [0, widthPx] from frame 0 on (nothing before the shot's start), at
// most one per pixel column.
[[nodiscard]] std::vector<RulerTick> rulerTicks(const TimeAxis& axis, FrameRate rate, double widthPx,
                                                double minMajorSpacingPx = 70.0);

} // namespace murnau
