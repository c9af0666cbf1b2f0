#pragma once
// Stretches of shot time a report talks about ("from 02.10 to 03.00"): closed ranges of
// instants, how flagged samples merge into them, and how their ends are written.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/time/frame_rate.h"

namespace murnau {

// The instants from `fromFlicks` to `toFlicks`, both included (a single instant has from == to).
struct TimeRange {
    Flicks fromFlicks = 0;   // first instant, shot time
    Flicks toFlicks = 0;     // last instant, shot time
    friend constexpr bool operator==(const TimeRange&, const TimeRange&) = default;
};

// A run of consecutive flagged samples: indices first..last, both included.
struct SampleRun {
    std::size_t first = 0;   // index of the first flagged sample
    std::size_t last = 0;    // index of the last flagged sample
    friend constexpr bool operator==(const SampleRun&, const SampleRun&) = default;
};

// Consecutive true flags merged into runs, in order.
[[nodiscard]] std::vector<SampleRun> flaggedRuns(const std::vector<bool>& flags);

// Shot time as seconds with two decimals and at least two digits before the point: "02.10",
// "75.50" (rounded to the nearest hundredth; negative times get a leading '-').
[[nodiscard]] std::string formatSecondsLabel(Flicks t);

// Shot time as SMPTE timecode counted from 00:00:00:00 at the shot's first frame (the label of
// the frame showing at t; drop-frame at 29.97 and 59.94), or nullopt beyond a timecode day.
[[nodiscard]] std::optional<std::string> formatShotTimecode(Flicks t, FrameRate rate);

} // namespace murnau
