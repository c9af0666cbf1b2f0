#pragma once
// Edits of the keys of a shot's rig channels: add (one channel, every channel, or pasted from a
// copy), move (one key, or many at once), delete, interpolation, easing, handle type, handles
// and extrapolation. The shot is named by its Shot::id, a key by its channel and its index in
// that channel (keys sorted by time). Each builder makes the change through Curve's makers and
// checks the result (checkCameraRig via checkShot) first, and returns the edit or an error
// naming the field ("scenes[0].shots[1].rig.channels.focalLengthMm.keys[2]") or the argument
// ("shotId", "keys[1]"); a returned edit applies to the project it was built from without fail.
//
// Drag-style builders take a `mergeKey`: the app passes the same non-empty key for every step
// of one drag (e.g. "key:sh-0003:dollyM#5"), and mergeEdits() makes the drag one undo step.

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "core/edit/edit.h"
#include "core/motion/curve.h"
#include "core/rig/camera_rig.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// One key of a rig: its channel and its index in the channel.
struct KeyRef {
    RigChannel channel = RigChannel::Dolly;
    std::size_t keyIndex = 0;
    friend bool operator==(const KeyRef&, const KeyRef&) = default;
};

// "Key dolly at 2.00 s": inserts `key` in `channel` (replacing a key at the same time, as
// Curve::insertKey does); its value must lie within the channel's range.
Result<Edit> addKey(const Project& project, std::string_view shotId, RigChannel channel, const Keyframe& key);
// "Key dolly at 2.00 s" at the playhead: a key in `channel` at shot time `time` holding the value
// the channel has there now (an empty channel: its default value), shaped by newKeyAt. A key
// already there is left as it is (the edit changes nothing).
Result<Edit> addKeyAtTime(const Project& project, std::string_view shotId, RigChannel channel, Flicks time);
// "Key all channels at 2.00 s": a key at shot time `time` in every channel, holding the value
// the channel has there now (an empty channel: its default value), each shaped by newKeyAt, so
// a constant or linear segment it splits runs as before. Keys already at `time` are left as they are.
Result<Edit> addKeysAtTime(const Project& project, std::string_view shotId, Flicks time);
// "Move dolly key to 2.50 s": the key's new time and value (refused onto another key's time). Drag-style.
Result<Edit> moveKey(const Project& project, std::string_view shotId, KeyRef key, Flicks time, double value,
                     std::string_view mergeKey = {});
// "Delete dolly key" / "Delete 3 keys": removes the keys (each once, any order).
Result<Edit> deleteKeys(const Project& project, std::string_view shotId, std::span<const KeyRef> keys);
// "Set 2 keys to linear": the interpolation of the segments leaving the keys.
Result<Edit> setKeyInterpolation(const Project& project, std::string_view shotId, std::span<const KeyRef> keys,
                                 Interpolation interpolation);
// "Ease 2 keys ease-in-out": the keys' easing, and their interpolation becomes Eased.
Result<Edit> setKeyEasing(const Project& project, std::string_view shotId, std::span<const KeyRef> keys,
                          const Easing& easing);
// "Set 2 keys' handles to auto clamped": how the keys' handles are set (Auto ones are recomputed).
Result<Edit> setKeyHandleType(const Project& project, std::string_view shotId, std::span<const KeyRef> keys,
                              HandleType handleType);
// "Drag dolly key handle": one handle of one key (Curve::setHandle: an auto key becomes Aligned). Drag-style.
Result<Edit> setKeyHandle(const Project& project, std::string_view shotId, KeyRef key, HandleSide side, Handle handle,
                          std::string_view mergeKey = {});
// "Set dolly extrapolation to linear": before the first and after the last key.
Result<Edit> setChannelExtrapolation(const Project& project, std::string_view shotId, RigChannel channel,
                                     Extrapolation extrapolation);
// "Set 3 channels' extrapolation to linear": the same for several channels at once (each once;
// one channel is named as setChannelExtrapolation names it). Error "channels" when none or one twice.
Result<Edit> setChannelsExtrapolation(const Project& project, std::string_view shotId,
                                      std::span<const RigChannel> channels, Extrapolation extrapolation);

// The key that keying `curve` at `time` with `value` inserts: a key already at `time` keeps its
// shape (interpolation, handle type, handles, easing) and takes `value`; a new key takes the
// interpolation, handle type and easing of the key whose segment it splits (the first key's
// before the first key), except that hand-set handle types (Free, Aligned) become AutoClamped,
// since hand-set handles belong to their own key; in an empty curve it is Bezier, auto clamped.
[[nodiscard]] Keyframe newKeyAt(const Curve& curve, Flicks time, double value);

// A key moved to a new time and value (moveKeys).
struct KeyMove {
    KeyRef key;          // the key as it is now
    Flicks time = 0;     // its new time, shot time
    double value = 0.0;  // its new value, channel units
};

// "Move 3 keys": every key to its new time and value at once (a box-selected group dragged in
// time on the timeline, or in time and value in the curve editor). The keys keep their shape
// (interpolation, handle type, handles, easing). Refused, with nothing changed, when a key is
// named twice, two keys of one channel would land on the same time, a key would land on the
// time of a key of its channel that is not moving, or a value is outside the channel's range.
// Named "Move dolly key" for one key, "Move 3 keys" for more. Drag-style.
Result<Edit> moveKeys(const Project& project, std::string_view shotId, std::span<const KeyMove> moves,
                      std::string_view mergeKey = {});

// A copied key: its channel, its time relative to the earliest copied key, and the key itself.
struct CopiedKey {
    RigChannel channel = RigChannel::Dolly;
    Flicks offset = 0;   // time after the earliest key of the copy, >= 0
    Keyframe key;        // value, interpolation, handles, easing (its time is ignored)
    friend bool operator==(const CopiedKey&, const CopiedKey&) = default;
};

// The keys `keys` of shot `shotId` as a copy (offsets from the earliest of them); error
// "keys[i]" for a key that is not there.
Result<std::vector<CopiedKey>> copyKeys(const Project& project, std::string_view shotId, std::span<const KeyRef> keys);

// "Paste 3 keys at 2.00 s": the copied keys into shot `shotId` with the earliest at shot time
// `at` (replacing keys already at those times, as insertKey does). Refused when a key would lie
// outside the curve time limit or a value outside its channel's range.
Result<Edit> pasteKeys(const Project& project, std::string_view shotId, std::span<const CopiedKey> keys, Flicks at);

} // namespace murnau
