#include "core/timeline/time_axis.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace murnau {

namespace {

constexpr double kTimeLimitSeconds = 1'000'000.0;

// Candidate major steps: frames first, then seconds, then minutes (in seconds).
constexpr std::array<std::int64_t, 4> kFrameSteps{1, 2, 5, 10};
constexpr std::array<std::int64_t, 9> kSecondSteps{1, 2, 5, 10, 15, 30, 60, 120, 300};

// A quarter, else a fifth, else a half of `frames` that is a whole number of frames (a second
// of 24 fps: 6; of 25 fps: 5; of 30: 6), else `frames` itself (no minor ticks).
std::int64_t wholeFraction(std::int64_t frames) noexcept
{
    for (const std::int64_t parts : {4, 5, 2}) {
        if (frames >= parts && frames % parts == 0)
            return frames / parts;
    }
    return frames;
}

} // namespace

double TimeAxis::toPixel(Flicks time) const noexcept
{
    return secondsToPixel(flicksToSeconds(time));
}

double TimeAxis::secondsToPixel(double seconds) const noexcept
{
    return (seconds - startSeconds) * pixelsPerSecond;
}

double TimeAxis::pixelToSeconds(double px) const noexcept
{
    return startSeconds + px / pixelsPerSecond;
}

Flicks TimeAxis::toTime(double px) const noexcept
{
    const double seconds = std::clamp(pixelToSeconds(px), -kTimeLimitSeconds, kTimeLimitSeconds);
    return static_cast<Flicks>(std::llround(seconds * static_cast<double>(kFlicksPerSecond)));
}

TimeAxis TimeAxis::zoomedAbout(double px, double factor) const noexcept
{
    if (!std::isfinite(factor) || factor <= 0.0 || !std::isfinite(px))
        return *this;
    const double anchor = pixelToSeconds(px);
    TimeAxis zoomed = *this;
    zoomed.pixelsPerSecond = std::clamp(pixelsPerSecond * factor, kMinPixelsPerSecond, kMaxPixelsPerSecond);
    zoomed.startSeconds = anchor - px / zoomed.pixelsPerSecond;
    return zoomed;
}

TimeAxis TimeAxis::scrolledBy(double px) const noexcept
{
    if (!std::isfinite(px))
        return *this;
    TimeAxis scrolled = *this;
    scrolled.startSeconds = std::clamp(startSeconds + px / pixelsPerSecond, -kTimeLimitSeconds, kTimeLimitSeconds);
    return scrolled;
}

TimeAxis TimeAxis::fitting(Flicks from, Flicks to, double widthPx, double marginPx) noexcept
{
    const double fromS = flicksToSeconds(from);
    double spanS = flicksToSeconds(to) - fromS;
    if (!(spanS > 0.0))
        spanS = 1.0;
    const double usable = std::max(widthPx - 2.0 * std::max(marginPx, 0.0), 1.0);
    TimeAxis axis;
    axis.pixelsPerSecond = std::clamp(usable / spanS, kMinPixelsPerSecond, kMaxPixelsPerSecond);
    axis.startSeconds = fromS - std::max(marginPx, 0.0) / axis.pixelsPerSecond;
    return axis;
}

RulerSteps rulerSteps(const TimeAxis& axis, FrameRate rate, double minMajorSpacingPx) noexcept
{
    const double fps = rate.fps();
    const double pxPerFrame = axis.pixelsPerSecond / fps;
    const auto base = static_cast<std::int64_t>(rate.timecodeBase());
    for (const std::int64_t frames : kFrameSteps) {
        if (frames < base && static_cast<double>(frames) * pxPerFrame >= minMajorSpacingPx) {
            // Minor ticks every frame when a frame is at least 4 px wide.
            return {frames, pxPerFrame >= 4.0 ? 1 : frames};
        }
    }
    for (const std::int64_t seconds : kSecondSteps) {
        const std::int64_t frames = seconds * base;
        if (static_cast<double>(frames) * pxPerFrame >= minMajorSpacingPx) {
            std::int64_t minor = frames / 5;
            if (pxPerFrame >= 4.0 && seconds == 1)
                minor = 1;
            else if (seconds == 1)
                minor = wholeFraction(base);
            else if (seconds % 5 != 0)
                minor = frames / seconds;
            if (minor <= 0 || frames % minor != 0)
                minor = frames;
            return {frames, minor};
        }
    }
    const std::int64_t frames = 600 * base;   // ten minutes
    return {frames, frames / 10};
}

std::vector<RulerTick> rulerTicks(const TimeAxis& axis, FrameRate rate, double widthPx, double minMajorSpacingPx)
{
    std::vector<RulerTick> ticks;
    if (!(widthPx > 0.0))
        return ticks;
    const RulerSteps steps = rulerSteps(axis, rate, minMajorSpacingPx);
    const std::int64_t firstFrame = std::max<std::int64_t>(0, flicksToFrame(axis.toTime(0.0), rate));
    const std::int64_t lastFrame = flicksToFrame(axis.toTime(widthPx), rate) + 1;
    std::int64_t frame = (firstFrame + steps.minorFrames - 1) / steps.minorFrames * steps.minorFrames;
    double lastPx = -1.0;
    for (; frame <= lastFrame; frame += steps.minorFrames) {
        const Flicks time = framesToFlicks(frame, rate);
        const double px = axis.toPixel(time);
        if (px < 0.0 || px > widthPx)
            continue;
        const bool major = frame % steps.majorFrames == 0;
        if (!ticks.empty() && std::floor(px) == std::floor(lastPx)) {
            if (major)
                ticks.back() = {time, frame, px, true};
            continue;
        }
        ticks.push_back({time, frame, px, major});
        lastPx = px;
    }
    return ticks;
}

} // namespace murnau
