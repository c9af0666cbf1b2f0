#pragma once
// Writing a move into a rig channel as ordinary keys a user can edit on the timeline:
//  - a hold: one key;
//  - a timed change: two keys, the first Eased with the move's easing (MoveProfile::Eased),
//    two Linear keys (ConstantSpeed), or four keys for a Ramped move: an Eased acceleration
//    ramp (y = x^2), a Linear cruise and an Eased deceleration ramp (y = 2x - x^2), see
//    move_timing.h;
//  - a channel that is no polynomial of time (the focal length of a dolly zoom, the dolly of a
//    geometric pull back): one Linear key at the start of every frame and one at the end,
//    so the channel is exact on every frame and straight between frames.
// Every value is checked against the channel's range (camera_rig.h) before the curve changes.

#include <functional>
#include <optional>
#include <string_view>

#include "core/moves/move_timing.h"
#include "core/rig/camera_rig.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// Replaces the channel's keys by one key holding `value` at time 0. An error naming `field`
// if the value is outside the channel's range (the rig is then unchanged).
std::optional<Error> keyHold(CameraRig& rig, RigChannel channel, double value, std::string_view field);

// Replaces the channel's keys by a change from `from` at time 0 to `to` at `durationFlicks`,
// shaped by `timing` (checked with checkMoveTiming() first). Errors name `field` as keyHold().
std::optional<Error> keyChange(CameraRig& rig, RigChannel channel, const MoveTiming& timing, Flicks durationFlicks,
                               double from, double to, std::string_view field);

// The same change between `startFlicks` and `endFlicks` (0 <= start < end), holding `from`
// before it with a Linear key at 0 when it starts later (the tail of a move).
std::optional<Error> keyChangeDuring(CameraRig& rig, RigChannel channel, const MoveTiming& timing, Flicks startFlicks,
                                     Flicks endFlicks, double from, double to, std::string_view field);

// Replaces the channel's keys by one Linear key at the start of every frame of a shot lasting
// `durationFlicks` at `rate` (frames 0 .. ceil(duration / frame) - 1) and one at the end,
// valued `valueAt(time)`. Errors name `field` with the first frame whose value is out of range.
std::optional<Error> keyEveryFrame(CameraRig& rig, RigChannel channel, FrameRate rate, Flicks durationFlicks,
                                   const std::function<double(Flicks)>& valueAt, std::string_view field);

} // namespace murnau
