#pragma once
// Real-time playback: which frame to show after some wall-clock time has passed since play
// started. The picture follows the clock, not the render loop: a slow frame makes the next one
// skip ahead (frames are dropped) instead of the shot running long, so playback never drifts.
// Exact integer arithmetic on flicks; nanoseconds convert as 1 ns = 0.7056 flicks.

#include <cstdint>

#include "core/time/frame_rate.h"

namespace murnau {

// Wall-clock nanoseconds -> flicks (705,600,000 / 1,000,000,000 = 441/625), rounded down.
[[nodiscard]] constexpr Flicks nanosecondsToFlicks(std::int64_t ns) noexcept
{
    // 441/625 exactly; split to avoid overflow for runs of many hours.
    return (ns / 625) * 441 + ((ns % 625) * 441) / 625;
}

// Where playback stands.
struct PlaybackPosition {
    std::int64_t frame = 0;   // the frame to show, in [0, frameCount)
    bool finished = false;    // the end was passed without looping: stop on the last frame
};

// The frame to show `elapsedNs` after play started on `startFrame` at `speed` times real time
// (1 = real time, 2 = double speed, -1 = backwards), for a shot of `frameCount` frames at `rate`.
// With `loop` it wraps around (backwards too); without it stops on the last (or first) frame.
// `frameCount` < 1 gives frame 0, finished.
[[nodiscard]] PlaybackPosition playbackPosition(std::int64_t startFrame, std::int64_t elapsedNs, FrameRate rate,
                                                std::int64_t frameCount, int speed, bool loop) noexcept;

} // namespace murnau
