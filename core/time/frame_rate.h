#pragma once
// Exact frame rates and the integer timebase every time value in Murnau uses.
//
// Time is counted in flicks: 1 flick = 1/705,600,000 s (Facebook/Oculus "flicks",
// chosen because it divides 24, 25, 30, 48, 50, 60, 90, 100, 120 fps and their
// NTSC variants 24000/1001, 30000/1001, 60000/1001 into whole numbers). Keys and
// frames compare exactly, without epsilons. Seconds and frames appear only at the edges.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// A point or span of time in flicks (1/705,600,000 s).
using Flicks = std::int64_t;
inline constexpr Flicks kFlicksPerSecond = 705'600'000;

// An exact frame rate as the ratio numerator/denominator frames per second
// (24000/1001 for 23.976).
struct FrameRate {
    std::int32_t numerator = 24;
    std::int32_t denominator = 1;

    [[nodiscard]] constexpr double fps() const noexcept
    {
        return static_cast<double>(numerator) / static_cast<double>(denominator);
    }
    // Flicks per frame; exact for every rate in standardFrameRates().
    [[nodiscard]] constexpr Flicks flicksPerFrame() const noexcept
    {
        return kFlicksPerSecond * denominator / numerator;
    }
    // True for 29.97 and 59.94, the rates SMPTE drop-frame timecode exists for.
    [[nodiscard]] constexpr bool supportsDropFrame() const noexcept
    {
        return denominator == 1001 && (numerator == 30000 || numerator == 60000);
    }
    // Nominal integer frames per second used for timecode labels (24 for 23.976, 30 for 29.97).
    [[nodiscard]] constexpr std::int32_t timecodeBase() const noexcept
    {
        return (numerator + denominator - 1) / denominator;
    }
    friend constexpr bool operator==(const FrameRate&, const FrameRate&) = default;
};

// The rates of film and television practice: 23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60.
std::span<const FrameRate> standardFrameRates() noexcept;

// Parses "24", "23.976", "29.97", "59.94", "24000/1001"; only the standard rates are accepted.
Result<FrameRate> parseFrameRate(std::string_view text);

// "23.976", "24", "29.97" ...: the label people use for a rate.
std::string frameRateLabel(FrameRate rate);

// Whole frame index -> flicks at the frame's start, and back (floor: the frame showing at t).
[[nodiscard]] constexpr Flicks framesToFlicks(std::int64_t frame, FrameRate rate) noexcept
{
    return frame * rate.flicksPerFrame();
}
[[nodiscard]] constexpr std::int64_t flicksToFrame(Flicks t, FrameRate rate) noexcept
{
    const Flicks perFrame = rate.flicksPerFrame();
    return t >= 0 ? t / perFrame : -((-t + perFrame - 1) / perFrame);
}
[[nodiscard]] constexpr double flicksToSeconds(Flicks t) noexcept
{
    return static_cast<double>(t) / static_cast<double>(kFlicksPerSecond);
}

} // namespace murnau
