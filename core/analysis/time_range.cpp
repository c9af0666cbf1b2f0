// Merging flagged samples and writing shot times.

#include "core/analysis/time_range.h"

#include <cmath>
#include <cstdint>

#include <fmt/format.h>

#include "core/time/timecode.h"

namespace murnau {

std::vector<SampleRun> flaggedRuns(const std::vector<bool>& flags)
{
    std::vector<SampleRun> runs;
    for (std::size_t i = 0; i < flags.size(); ++i) {
        if (!flags[i])
            continue;
        if (!runs.empty() && runs.back().last + 1 == i)
            runs.back().last = i;
        else
            runs.push_back({i, i});
    }
    return runs;
}

std::string formatSecondsLabel(Flicks t)
{
    // Whole hundredths first, so 2.105 s does not print as "02.11" in one place and "02.10" in another.
    const Flicks magnitude = t < 0 ? -t : t;
    constexpr Flicks kPerHundredth = kFlicksPerSecond / 100;
    const std::int64_t hundredths = (magnitude + kPerHundredth / 2) / kPerHundredth;
    return fmt::format("{}{:02}.{:02}", t < 0 ? "-" : "", hundredths / 100, hundredths % 100);
}

std::optional<std::string> formatShotTimecode(Flicks t, FrameRate rate)
{
    const Result<Timecode> tc = frameToTimecode(flicksToFrame(t, rate), rate, rate.supportsDropFrame());
    if (!tc)
        return std::nullopt;
    return formatTimecode(tc.value());
}

} // namespace murnau
