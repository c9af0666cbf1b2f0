// Edits of the keys of a shot's rig channels: add, move (one or many), delete, copy and paste,
// interpolation, easing, handles and extrapolation.

#include "core/edit/key_edits.h"

#include <algorithm>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "core/edit/edit_support.h"

namespace murnau {

namespace {

using namespace editing;

std::string_view interpolationWord(Interpolation interpolation)
{
    switch (interpolation) {
    case Interpolation::Constant:
        return "constant";
    case Interpolation::Linear:
        return "linear";
    case Interpolation::Bezier:
        return "Bezier";
    case Interpolation::Eased:
        return "eased";
    }
    return "?";
}

std::string_view handleTypeWord(HandleType type)
{
    switch (type) {
    case HandleType::Free:
        return "free";
    case HandleType::Aligned:
        return "aligned";
    case HandleType::Auto:
        return "auto";
    case HandleType::AutoClamped:
        return "auto clamped";
    }
    return "?";
}

// "dolly key" for one key, "3 keys" for several (of any channels).
std::string keysText(std::span<const KeyRef> keys)
{
    if (keys.size() == 1)
        return channelWord(keys.front().channel) + " key";
    return fmt::format("{} keys", keys.size());
}

// An error "keyIndex" if `key` is not a key of `rig`.
std::optional<Error> checkKeyRef(const CameraRig& rig, KeyRef key)
{
    const std::size_t count = rig.channel(key.channel).keyCount();
    if (key.keyIndex < count)
        return std::nullopt;
    return fail(
        "keyIndex",
        fmt::format("the {} channel has {} keys, there is no key {}", channelWord(key.channel), count, key.keyIndex));
}

// Checks every reference and replaces each referenced key by `change(key)` (times unchanged, so
// indices stay valid). Errors name "keys" (none, or one twice) or "keyIndex".
template<typename Change>
std::optional<Error> changeKeys(CameraRig& rig, const ShotPlace& place, std::span<const KeyRef> keys, Change change)
{
    if (keys.empty())
        return fail("keys", "no keys were given");
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (auto error = checkKeyRef(rig, keys[i]))
            return error;
        if (std::find(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(i), keys[i])
            != keys.begin() + static_cast<std::ptrdiff_t>(i))
            return fail("keys",
                        fmt::format("the {} key {} is listed twice", channelWord(keys[i].channel), keys[i].keyIndex));
    }
    for (const KeyRef& ref : keys) {
        Curve& curve = rig.channel(ref.channel);
        Keyframe key = curve.key(ref.keyIndex);
        change(key);
        Result<std::size_t> replacedAt = curve.replaceKey(ref.keyIndex, key);
        if (!replacedAt)
            return under(channelField(place, ref.channel), replacedAt.error());
    }
    return std::nullopt;
}


// "keys[3]": an element of the keys argument of moveKeys, copyKeys and pasteKeys.
std::string argField(std::size_t index)
{
    return fmt::format("keys[{}]", index);
}

// "dolly key at 2.00 s": a key inside a sentence.
std::string keyText(RigChannel channel, Flicks time)
{
    return fmt::format("{} key at {}", channelWord(channel), secondsText(time));
}

} // namespace

Keyframe newKeyAt(const Curve& curve, Flicks time, double value)
{
    Keyframe key;
    if (const std::optional<std::size_t> at = curve.findKey(time)) {
        key = curve.key(*at);
    } else if (!curve.isEmpty()) {
        // The key whose segment the new one splits shapes it (the first before the first).
        const std::span<const Keyframe> keys = curve.keys();
        const auto after
            = std::upper_bound(keys.begin(), keys.end(), time, [](Flicks t, const Keyframe& k) { return t < k.time; });
        const Keyframe& shape = after == keys.begin() ? keys.front() : *(after - 1);
        key.interpolation = shape.interpolation;
        key.handleType = shape.handleType;
        key.easing = shape.easing;
        if (key.handleType == HandleType::Free || key.handleType == HandleType::Aligned)
            key.handleType = HandleType::AutoClamped; // hand-set handles belong to their own key
    }
    key.time = time;
    key.value = value;
    return key;
}

Result<Edit> addKeyAtTime(const Project& project, std::string_view shotId, RigChannel channel, Flicks time)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            Curve& curve = rig.channel(channel);
            if (curve.findKey(time))
                return std::nullopt; // already keyed here: it holds its value
            const double value = curve.isEmpty() ? rigChannelInfo(channel).defaultValue : curve.valueAt(time);
            const std::string field = channelField(place, channel);
            if (Result<double> checked = checkedRigChannelValue(channel, value, field + ".key.value"); !checked)
                return checked.error();
            if (Result<std::size_t> index = curve.insertKey(newKeyAt(curve, time, value)); !index)
                return under(field, index.error());
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Key {} at {}", channelWord(channel), secondsText(time)); });
}

Result<Edit> addKey(const Project& project, std::string_view shotId, RigChannel channel, const Keyframe& key)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            const std::string field = channelField(place, channel);
            if (Result<double> value = checkedRigChannelValue(channel, key.value, field + ".key.value"); !value)
                return value.error();
            if (Result<std::size_t> index = rig.channel(channel).insertKey(key); !index)
                return under(field, index.error());
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Key {} at {}", channelWord(channel), secondsText(key.time)); });
}

Result<Edit> addKeysAtTime(const Project& project, std::string_view shotId, Flicks time)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            // Read every value before keying, so each channel holds what it showed.
            for (const RigChannelInfo& info : rigChannels()) {
                Curve& curve = rig.channel(info.channel);
                if (curve.findKey(time))
                    continue; // already keyed here: it holds its value
                const Keyframe key
                    = newKeyAt(curve, time, curve.isEmpty() ? info.defaultValue : curve.valueAt(time));
                const std::string field = channelField(place, info.channel);
                if (Result<double> value = checkedRigChannelValue(info.channel, key.value, field + ".key.value");
                    !value)
                    return value.error();
                if (Result<std::size_t> index = curve.insertKey(key); !index)
                    return under(field, index.error());
            }
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Key all channels at {}", secondsText(time)); });
}

Result<Edit> moveKey(const Project& project, std::string_view shotId, KeyRef key, Flicks time, double value,
                     std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (auto error = checkKeyRef(rig, key))
                return error;
            const std::string field = channelField(place, key.channel);
            if (Result<double> checked = checkedRigChannelValue(key.channel, value, field + ".key.value"); !checked)
                return checked.error();
            Curve& curve = rig.channel(key.channel);
            Keyframe moved = curve.key(key.keyIndex);
            moved.time = time;
            moved.value = value;
            if (Result<std::size_t> index = curve.replaceKey(key.keyIndex, moved); !index)
                return under(field, index.error());
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Move {} key to {}", channelWord(key.channel), secondsText(time)); },
        mergeKey);
}

Result<Edit> deleteKeys(const Project& project, std::string_view shotId, std::span<const KeyRef> keys)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (keys.empty())
                return fail("keys", "no keys were given");
            std::vector<KeyRef> sorted(keys.begin(), keys.end());
            for (const KeyRef& ref : sorted) {
                if (auto error = checkKeyRef(rig, ref))
                    return error;
            }
            // Highest index first within each channel, so earlier removals do not shift later ones.
            std::sort(sorted.begin(), sorted.end(), [](const KeyRef& a, const KeyRef& b) {
                return a.channel != b.channel ? a.channel < b.channel : a.keyIndex > b.keyIndex;
            });
            if (const auto twice = std::adjacent_find(sorted.begin(), sorted.end()); twice != sorted.end())
                return fail("keys",
                            fmt::format("the {} key {} is listed twice", channelWord(twice->channel), twice->keyIndex));
            for (const KeyRef& ref : sorted) {
                if (Result<Keyframe> removedKey = rig.channel(ref.channel).removeKey(ref.keyIndex); !removedKey)
                    return under(channelField(place, ref.channel), removedKey.error());
            }
            return std::nullopt;
        },
        [&](const Shot&) { return "Delete " + keysText(keys); });
}

Result<Edit> setKeyInterpolation(const Project& project, std::string_view shotId, std::span<const KeyRef> keys,
                                 Interpolation interpolation)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) {
            return changeKeys(rig, place, keys, [&](Keyframe& key) { key.interpolation = interpolation; });
        },
        [&](const Shot&) { return fmt::format("Set {} to {}", keysText(keys), interpolationWord(interpolation)); });
}

Result<Edit> setKeyEasing(const Project& project, std::string_view shotId, std::span<const KeyRef> keys,
                          const Easing& easing)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) {
            return changeKeys(rig, place, keys, [&](Keyframe& key) {
                key.interpolation = Interpolation::Eased;
                key.easing = easing;
            });
        },
        [&](const Shot&) {
            const std::optional<EasingPreset> preset = easing.preset();
            const std::string how = preset
                ? std::string(easingPresetName(*preset))
                : fmt::format("cubic-bezier({}, {}, {}, {})", numberText(easing.x1(), 3), numberText(easing.y1(), 3),
                              numberText(easing.x2(), 3), numberText(easing.y2(), 3));
            return fmt::format("Ease {} {}", keysText(keys), how);
        });
}

Result<Edit> setKeyHandleType(const Project& project, std::string_view shotId, std::span<const KeyRef> keys,
                              HandleType handleType)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) {
            return changeKeys(rig, place, keys, [&](Keyframe& key) { key.handleType = handleType; });
        },
        [&](const Shot&) {
            const std::string whose = keys.size() == 1 ? possessive(keysText(keys)) : keysText(keys) + "'";
            return fmt::format("Set {} handles to {}", whose, handleTypeWord(handleType));
        });
}

Result<Edit> setKeyHandle(const Project& project, std::string_view shotId, KeyRef key, HandleSide side, Handle handle,
                          std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (auto error = checkKeyRef(rig, key))
                return error;
            if (Result<std::size_t> index = rig.channel(key.channel).setHandle(key.keyIndex, side, handle); !index)
                return under(channelField(place, key.channel), index.error());
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Drag {} key handle", channelWord(key.channel)); }, mergeKey);
}

Result<Edit> setChannelExtrapolation(const Project& project, std::string_view shotId, RigChannel channel,
                                     Extrapolation extrapolation)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace&) -> std::optional<Error> {
            rig.channel(channel).setExtrapolation(extrapolation);
            return std::nullopt;
        },
        [&](const Shot&) {
            return fmt::format("Set {} extrapolation to {}", channelWord(channel),
                               extrapolation == Extrapolation::Constant ? "constant" : "linear");
        });
}

Result<Edit> setChannelsExtrapolation(const Project& project, std::string_view shotId,
                                      std::span<const RigChannel> channels, Extrapolation extrapolation)
{
    if (channels.size() == 1)
        return setChannelExtrapolation(project, shotId, channels.front(), extrapolation);
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace&) -> std::optional<Error> {
            if (channels.empty())
                return fail("channels", "no channels were given");
            for (std::size_t i = 0; i < channels.size(); ++i) {
                if (std::find(channels.begin(), channels.begin() + static_cast<std::ptrdiff_t>(i), channels[i])
                    != channels.begin() + static_cast<std::ptrdiff_t>(i))
                    return fail("channels", fmt::format("the {} channel is listed twice", channelWord(channels[i])));
                rig.channel(channels[i]).setExtrapolation(extrapolation);
            }
            return std::nullopt;
        },
        [&](const Shot&) {
            return fmt::format("Set {} channels' extrapolation to {}", channels.size(),
                               extrapolation == Extrapolation::Constant ? "constant" : "linear");
        });
}

Result<Edit> moveKeys(const Project& project, std::string_view shotId, std::span<const KeyMove> moves,
                      std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (moves.empty())
                return fail("keys", "no keys were given");
            // Each move's key, once, with a valid time and value.
            std::map<std::pair<RigChannel, std::size_t>, std::size_t> moving; // (channel, key index) -> move
            for (std::size_t i = 0; i < moves.size(); ++i) {
                const KeyMove& move = moves[i];
                const std::size_t count = rig.channel(move.key.channel).keyCount();
                if (move.key.keyIndex >= count)
                    return fail(argField(i), fmt::format("the {} channel has {} keys, there is no key {}",
                                                         channelWord(move.key.channel), count, move.key.keyIndex));
                const auto [at, isNew] = moving.try_emplace({move.key.channel, move.key.keyIndex}, i);
                if (!isNew)
                    return fail(argField(i), fmt::format("the {} key {} is listed twice (also as keys[{}])",
                                                         channelWord(move.key.channel), move.key.keyIndex, at->second));
                if (move.time < -kCurveTimeLimit || move.time > kCurveTimeLimit)
                    return fail(argField(i) + ".time",
                                fmt::format("{} lies beyond the curve time limit of +-{:.0f} s", secondsText(move.time),
                                            flicksToSeconds(kCurveTimeLimit)));
                if (Result<double> value = checkedRigChannelValue(move.key.channel, move.value, argField(i) + ".value");
                    !value)
                    return value.error();
            }
            // Where they land: never two on one time of a channel, nor on a key that stays.
            std::map<std::pair<RigChannel, Flicks>, std::size_t> landing; // (channel, new time) -> move
            for (std::size_t i = 0; i < moves.size(); ++i) {
                const KeyMove& move = moves[i];
                const auto [at, isNew] = landing.try_emplace({move.key.channel, move.time}, i);
                if (!isNew)
                    return fail(argField(i), fmt::format("two {} keys (keys[{}] and keys[{}]) would land at {}",
                                                         channelWord(move.key.channel), at->second, i,
                                                         secondsText(move.time)));
                const std::optional<std::size_t> there = rig.channel(move.key.channel).findKey(move.time);
                if (there && !moving.contains({move.key.channel, *there}))
                    return fail(argField(i), fmt::format("it would land on the {}, which is not moving",
                                                         keyText(move.key.channel, move.time)));
            }
            // Each channel rebuilt from its keys at their new times and values (shapes kept).
            for (const RigChannelInfo& info : rigChannels()) {
                Curve& curve = rig.channel(info.channel);
                std::vector<Keyframe> keys(curve.keys().begin(), curve.keys().end());
                bool touched = false;
                for (const KeyMove& move : moves) {
                    if (move.key.channel != info.channel)
                        continue;
                    keys[move.key.keyIndex].time = move.time;
                    keys[move.key.keyIndex].value = move.value;
                    touched = true;
                }
                if (!touched)
                    continue;
                curve.clear();
                for (const Keyframe& key : keys) {
                    if (Result<std::size_t> index = curve.insertKey(key); !index)
                        return under(channelField(place, info.channel), index.error());
                }
            }
            return std::nullopt;
        },
        [&](const Shot&) {
            return moves.size() == 1 ? fmt::format("Move {} key", channelWord(moves.front().key.channel))
                                     : fmt::format("Move {} keys", moves.size());
        },
        mergeKey);
}

Result<std::vector<CopiedKey>> copyKeys(const Project& project, std::string_view shotId, std::span<const KeyRef> keys)
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    if (keys.empty())
        return fail("keys", "no keys were given");
    const CameraRig& rig = project.scenes[place->sceneIndex].shots[place->shotIndex].rig;
    std::vector<CopiedKey> copy;
    copy.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const std::size_t count = rig.channel(keys[i].channel).keyCount();
        if (keys[i].keyIndex >= count)
            return fail(argField(i), fmt::format("the {} channel has {} keys, there is no key {}",
                                                 channelWord(keys[i].channel), count, keys[i].keyIndex));
        if (std::find(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(i), keys[i])
            != keys.begin() + static_cast<std::ptrdiff_t>(i))
            return fail(argField(i),
                        fmt::format("the {} key {} is listed twice", channelWord(keys[i].channel), keys[i].keyIndex));
        copy.push_back(CopiedKey{keys[i].channel, 0, rig.channel(keys[i].channel).key(keys[i].keyIndex)});
    }
    const Flicks earliest
        = std::min_element(copy.begin(), copy.end(), [](const CopiedKey& a, const CopiedKey& b) {
              return a.key.time < b.key.time;
          })->key.time;
    for (CopiedKey& copied : copy)
        copied.offset = copied.key.time - earliest;
    // In time order, channels in their order at one time.
    std::sort(copy.begin(), copy.end(), [](const CopiedKey& a, const CopiedKey& b) {
        return a.offset != b.offset ? a.offset < b.offset : a.channel < b.channel;
    });
    return copy;
}

Result<Edit> pasteKeys(const Project& project, std::string_view shotId, std::span<const CopiedKey> keys, Flicks at)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (keys.empty())
                return fail("keys", "no keys were copied");
            std::map<std::pair<RigChannel, Flicks>, std::size_t> seen; // (channel, offset) -> key
            for (std::size_t i = 0; i < keys.size(); ++i) {
                const CopiedKey& copied = keys[i];
                if (copied.offset < 0)
                    return fail(argField(i) + ".offset", "a copied key's offset from the earliest key must be >= 0");
                // Both within the limit first, so the sum cannot overflow.
                const bool within = at >= -kCurveTimeLimit && at <= kCurveTimeLimit
                    && copied.offset <= 2 * kCurveTimeLimit && at + copied.offset <= kCurveTimeLimit;
                if (!within)
                    return fail(argField(i) + ".time",
                                fmt::format("it would be pasted beyond the curve time limit of +-{:.0f} s",
                                            flicksToSeconds(kCurveTimeLimit)));
                const auto [other, isNew] = seen.try_emplace({copied.channel, copied.offset}, i);
                if (!isNew)
                    return fail(argField(i), fmt::format("keys[{}] and keys[{}] are both {} keys at the same time",
                                                         other->second, i, channelWord(copied.channel)));
                if (Result<double> value
                    = checkedRigChannelValue(copied.channel, copied.key.value, argField(i) + ".value");
                    !value)
                    return value.error();
            }
            for (const CopiedKey& copied : keys) {
                Keyframe key = copied.key;
                key.time = at + copied.offset;
                if (Result<std::size_t> index = rig.channel(copied.channel).insertKey(key); !index)
                    return under(channelField(place, copied.channel), index.error());
            }
            return std::nullopt;
        },
        [&](const Shot&) {
            return keys.size() == 1 ? fmt::format("Paste {}", keyText(keys.front().channel, at))
                                    : fmt::format("Paste {} keys at {}", keys.size(), secondsText(at));
        });
}

} // namespace murnau
