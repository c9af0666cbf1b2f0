#include "core/time/playback_clock.h"

namespace murnau {

PlaybackPosition playbackPosition(std::int64_t startFrame, std::int64_t elapsedNs, FrameRate rate,
                                  std::int64_t frameCount, int speed, bool loop) noexcept
{
    if (frameCount < 1)
        return {0, true};
    const std::int64_t elapsedFrames = flicksToFrame(nanosecondsToFlicks(elapsedNs < 0 ? 0 : elapsedNs), rate);
    const std::int64_t frame = startFrame + elapsedFrames * speed;
    if (loop) {
        const std::int64_t wrapped = frame % frameCount;
        return {wrapped < 0 ? wrapped + frameCount : wrapped, false};
    }
    if (frame >= frameCount)
        return {frameCount - 1, true};
    if (frame < 0)
        return {0, true};
    return {frame, false};
}

} // namespace murnau
