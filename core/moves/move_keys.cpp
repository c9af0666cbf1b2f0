// Move keys: holds, timed changes and per-frame keys, checked before the channel changes.

#include "core/moves/move_keys.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/motion/curve.h"

namespace murnau {

namespace {

Keyframe makeKey(Flicks time, double value, Interpolation interpolation, Easing easing = {})
{
    Keyframe key;
    key.time = time;
    key.value = value;
    key.interpolation = interpolation;
    key.easing = easing;
    return key;
}

// Checks every key's value, then replaces the channel's keys by them (all or nothing).
std::optional<Error> replaceKeys(CameraRig& rig, RigChannel channel, const std::vector<Keyframe>& keys,
                                 std::string_view field)
{
    for (const Keyframe& key : keys) {
        if (Result<double> value = checkedRigChannelValue(channel, key.value, field); !value)
            return value.error();
    }
    Curve curve;
    curve.setExtrapolation(rig.channel(channel).extrapolation());
    for (const Keyframe& key : keys) {
        if (Result<std::size_t> inserted = curve.insertKey(key); !inserted)
            return fail(std::string(field), inserted.error().message);
    }
    rig.channel(channel) = std::move(curve);
    return std::nullopt;
}

} // namespace

std::optional<Error> keyHold(CameraRig& rig, RigChannel channel, double value, std::string_view field)
{
    return replaceKeys(rig, channel, {makeKey(0, value, Interpolation::Linear)}, field);
}

std::optional<Error> keyChange(CameraRig& rig, RigChannel channel, const MoveTiming& timing, Flicks durationFlicks,
                               double from, double to, std::string_view field)
{
    return keyChangeDuring(rig, channel, timing, 0, durationFlicks, from, to, field);
}

std::optional<Error> keyChangeDuring(CameraRig& rig, RigChannel channel, const MoveTiming& timing, Flicks startFlicks,
                                     Flicks endFlicks, double from, double to, std::string_view field)
{
    if (startFlicks < 0 || !(endFlicks > startFlicks))
        return fail(std::string(field), "the change must start at or after 0 s and end after it starts");
    const Flicks span = endFlicks - startFlicks;
    if (auto error = checkMoveTiming(timing, span))
        return error;
    std::vector<Keyframe> keys;
    if (startFlicks > 0)
        keys.push_back(makeKey(0, from, Interpolation::Linear));
    switch (timing.profile) {
    case MoveProfile::Eased:
        keys.push_back(makeKey(startFlicks, from, Interpolation::Eased, timing.easing));
        break;
    case MoveProfile::ConstantSpeed:
        keys.push_back(makeKey(startFlicks, from, Interpolation::Linear));
        break;
    case MoveProfile::Ramped: {
        const Flicks ramp = timing.rampFlicks;
        const double rampProgress = moveProgress(timing, span, ramp);   // r / (2 (1 - r))
        const double atRampEnd = from + (to - from) * rampProgress;
        const double atCruiseEnd = to - (to - from) * rampProgress;
        keys.push_back(makeKey(startFlicks, from, Interpolation::Eased, accelerationRampEasing()));
        if (2 * ramp < span) {
            keys.push_back(makeKey(startFlicks + ramp, atRampEnd, Interpolation::Linear));
            keys.push_back(makeKey(endFlicks - ramp, atCruiseEnd, Interpolation::Eased, decelerationRampEasing()));
        } else {
            keys.push_back(makeKey(startFlicks + ramp, atRampEnd, Interpolation::Eased, decelerationRampEasing()));
        }
        break;
    }
    }
    keys.push_back(makeKey(endFlicks, to, Interpolation::Linear));
    return replaceKeys(rig, channel, keys, field);
}

std::optional<Error> keyEveryFrame(CameraRig& rig, RigChannel channel, FrameRate rate, Flicks durationFlicks,
                                   const std::function<double(Flicks)>& valueAt, std::string_view field)
{
    const Flicks perFrame = rate.flicksPerFrame();
    const std::int64_t frames = (durationFlicks + perFrame - 1) / perFrame;
    std::vector<Keyframe> keys;
    keys.reserve(static_cast<std::size_t>(frames + 1));
    for (std::int64_t frame = 0; frame < frames; ++frame) {
        const Flicks time = framesToFlicks(frame, rate);
        keys.push_back(makeKey(time, valueAt(time), Interpolation::Linear));
    }
    keys.push_back(makeKey(durationFlicks, valueAt(durationFlicks), Interpolation::Linear));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (Result<double> value = checkedRigChannelValue(channel, keys[i].value, field); !value) {
            return fail(std::string(field), fmt::format("at {:.3f} s: {}", flicksToSeconds(keys[i].time),
                                                        value.error().message));
        }
    }
    return replaceKeys(rig, channel, keys, field);
}

} // namespace murnau
