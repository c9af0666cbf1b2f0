// Edits of a shot's camera rig: keys, rail, straight track, aim, focus, and applying a move.

#include "core/edit/rig_edits.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/edit/scene_edits.h"
#include "core/scene/display_units.h"
#include "core/scene/project_checks.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

namespace {

using namespace editing;

// Longest edit name taken from a move's description; longer ones are cut at a word.
constexpr std::size_t kMaxMoveNameBytes = 80;

// "dolly", "focal length", "f-stop": a channel's label inside a sentence.
std::string channelWord(RigChannel channel)
{
    std::string word(rigChannelInfo(channel).label);
    if (!word.empty())
        word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    return word;
}

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

// Where a shot's rig is: "scenes[0].shots[1].rig".
std::string rigField(const ShotPlace& place)
{
    return shotField(place.sceneIndex, place.shotIndex) + ".rig";
}

// "scenes[0].shots[1].rig.channels.dollyM".
std::string channelField(const ShotPlace& place, RigChannel channel)
{
    return fmt::format("{}.channels.{}", rigField(place), rigChannelInfo(channel).key);
}

// An error of a Curve or rail maker, with its field placed under `prefix`.
Error under(const std::string& prefix, const Error& error)
{
    return Error{error.field.empty() ? prefix : prefix + "." + error.field, error.message};
}

// Finds the shot, lets `modify(rig, place)` edit a copy of its rig, checks the shot
// (checkShot: the rig's keys, rail, track, aim and references), and names the edit.
template<typename Modify, typename Name>
Result<Edit> editRig(const Project& project, std::string_view shotId, Modify modify, Name name,
                     std::string_view mergeKey = {})
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    const Shot& before = project.scenes[place->sceneIndex].shots[place->shotIndex];
    Shot after = before;
    if (std::optional<Error> error = modify(after.rig, *place))
        return *error;
    if (auto error = checkShot(after, project, shotField(place->sceneIndex, place->shotIndex)))
        return *error;
    return makeEdit(name(before),
                    {replaced(ItemList::Shots, place->shotIndex, before, std::move(after), place->sceneIndex)},
                    mergeKey);
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

// A copy of `path` with its points replaced, rebuilt (errors under `field`).
Result<RailPath> rebuiltRail(const RailPath& path, std::vector<glm::dvec3> pointsM, std::vector<BezierRailPoint> bezier,
                             const std::string& field)
{
    if (path.kind == RailKind::CatmullRom)
        return makeCatmullRomPath(std::move(pointsM), field + ".pointsM");
    return makeBezierPath(std::move(bezier), field + ".points");
}

std::size_t railPointCount(const RailPath& path)
{
    return path.kind == RailKind::CatmullRom ? path.pointsM.size() : path.bezierPoints.size();
}

// "Track out from CU to WS of Anna...": a move's description as an edit name (cut at a word).
std::string moveName(const MoveResult& move, const Shot& shot)
{
    std::string text = move.description.empty() ? move.shot.description : move.description;
    if (text.empty())
        return "Apply move to " + shotLabel(shot);
    if (text.size() > kMaxMoveNameBytes) {
        std::size_t cut = text.rfind(' ', kMaxMoveNameBytes);
        if (cut == std::string::npos || cut == 0)
            cut = kMaxMoveNameBytes;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
            --cut; // never inside a UTF-8 sequence
        text = text.substr(0, cut) + "\u2026";
    }
    return text;
}

} // namespace

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
                Keyframe key;
                key.time = time;
                key.value = curve.isEmpty() ? info.defaultValue : curve.valueAt(time);
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

Result<Edit> setRail(const Project& project, std::string_view shotId, const std::optional<RailPath>& rail)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace&) -> std::optional<Error> {
            rig.rail = rail;
            return std::nullopt;
        },
        [&](const Shot&) { return std::string(rail ? "Lay a rail" : "Remove the rail"); });
}

Result<Edit> addRailPoint(const Project& project, std::string_view shotId, std::size_t index, glm::dvec3 pointM)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            const std::string field = rigField(place) + ".rail";
            Result<RailPath> path = fail(field, "no rail");
            if (!rig.rail) {
                path = makeCatmullRomPath({rig.originM, pointM}, field + ".pointsM");
            } else {
                const std::size_t count = railPointCount(*rig.rail);
                if (index > count)
                    return fail("index", fmt::format("a rail point can be inserted at 0 to {}, not {}", count, index));
                std::vector<glm::dvec3> points = rig.rail->pointsM;
                std::vector<BezierRailPoint> bezier = rig.rail->bezierPoints;
                if (rig.rail->kind == RailKind::CatmullRom)
                    points.insert(points.begin() + static_cast<std::ptrdiff_t>(index), pointM);
                else
                    bezier.insert(bezier.begin() + static_cast<std::ptrdiff_t>(index), BezierRailPoint{pointM, {}, {}});
                path = rebuiltRail(*rig.rail, std::move(points), std::move(bezier), field);
            }
            if (!path)
                return path.error();
            rig.rail = std::move(path).value();
            return std::nullopt;
        },
        [&](const Shot& before) { return std::string(before.rig.rail ? "Add rail point" : "Lay a rail"); });
}

Result<Edit> moveRailPoint(const Project& project, std::string_view shotId, std::size_t index, glm::dvec3 pointM,
                           std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (!rig.rail)
                return fail("shotId", "the shot has no rail (it runs on a straight track)");
            const std::size_t count = railPointCount(*rig.rail);
            if (index >= count)
                return fail("index", fmt::format("the rail has {} points, there is no point {}", count, index));
            std::vector<glm::dvec3> points = rig.rail->pointsM;
            std::vector<BezierRailPoint> bezier = rig.rail->bezierPoints;
            if (rig.rail->kind == RailKind::CatmullRom)
                points[index] = pointM;
            else
                bezier[index].positionM = pointM;
            Result<RailPath> path
                = rebuiltRail(*rig.rail, std::move(points), std::move(bezier), rigField(place) + ".rail");
            if (!path)
                return path.error();
            rig.rail = std::move(path).value();
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Move rail point {}", index + 1); }, mergeKey);
}

Result<Edit> removeRailPoint(const Project& project, std::string_view shotId, std::size_t index)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (!rig.rail)
                return fail("shotId", "the shot has no rail (it runs on a straight track)");
            const std::size_t count = railPointCount(*rig.rail);
            if (index >= count)
                return fail("index", fmt::format("the rail has {} points, there is no point {}", count, index));
            if (count <= 2)
                return fail("index", "a rail needs two points; remove the rail instead");
            std::vector<glm::dvec3> points = rig.rail->pointsM;
            std::vector<BezierRailPoint> bezier = rig.rail->bezierPoints;
            if (rig.rail->kind == RailKind::CatmullRom)
                points.erase(points.begin() + static_cast<std::ptrdiff_t>(index));
            else
                bezier.erase(bezier.begin() + static_cast<std::ptrdiff_t>(index));
            Result<RailPath> path
                = rebuiltRail(*rig.rail, std::move(points), std::move(bezier), rigField(place) + ".rail");
            if (!path)
                return path.error();
            rig.rail = std::move(path).value();
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Delete rail point {}", index + 1); });
}

Result<Edit> setRailHandles(const Project& project, std::string_view shotId, std::size_t index, glm::dvec3 inHandleM,
                            glm::dvec3 outHandleM, std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            if (!rig.rail || rig.rail->kind != RailKind::Bezier)
                return fail("shotId", "only a Bezier rail has handles");
            const std::size_t count = rig.rail->bezierPoints.size();
            if (index >= count)
                return fail("index", fmt::format("the rail has {} points, there is no point {}", count, index));
            std::vector<BezierRailPoint> bezier = rig.rail->bezierPoints;
            bezier[index].inHandleM = inHandleM;
            bezier[index].outHandleM = outHandleM;
            Result<RailPath> path = makeBezierPath(std::move(bezier), rigField(place) + ".rail.points");
            if (!path)
                return path.error();
            rig.rail = std::move(path).value();
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Shape rail at point {}", index + 1); }, mergeKey);
}

Result<Edit> setStraightTrack(const Project& project, std::string_view shotId, glm::dvec3 originM, double headingDeg,
                              std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace&) -> std::optional<Error> {
            rig.originM = originM;
            rig.headingDeg = headingDeg;
            return std::nullopt;
        },
        [&](const Shot&) { return std::string("Place straight track"); }, mergeKey);
}

Result<Edit> setAim(const Project& project, std::string_view shotId, AimMode aim, std::string_view actorName)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            rig.aim = aim;
            rig.aimActor = aim == AimMode::Free ? std::string() : std::string(actorName);
            if (aimsAtActor(aim) && actorName.empty())
                return fail(rigField(place) + ".aimActor", "looking at an actor needs the actor's name");
            return std::nullopt;
        },
        [&](const Shot&) {
            switch (aim) {
            case AimMode::Free:
                return std::string("Free the head");
            case AimMode::LookAtActor:
                return fmt::format("Look at {}", actorName);
            case AimMode::HoldFraming:
                return fmt::format("Hold {} framing", possessive(actorName));
            }
            return std::string("Change aim");
        });
}

Result<Edit> setHoldFrameFraction(const Project& project, std::string_view shotId, double fraction,
                                  std::string_view mergeKey)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace&) -> std::optional<Error> {
            rig.holdFrameFraction = fraction;
            return std::nullopt;
        },
        [&](const Shot& before) {
            const std::string who = before.rig.aimActor.empty() ? std::string("the actor") : before.rig.aimActor;
            return fmt::format("Hold {} at {} of the frame height", who, numberText(fraction, 2));
        },
        mergeKey);
}

Result<Edit> setFocusActor(const Project& project, std::string_view shotId, std::string_view actorName)
{
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace&) -> std::optional<Error> {
            rig.focusActor = std::string(actorName);
            return std::nullopt;
        },
        [&](const Shot&) {
            return actorName.empty() ? std::string("Focus by hand") : fmt::format("Focus on {}", actorName);
        });
}

Result<Edit> replaceRig(const Project& project, std::string_view shotId, const CameraRig& rig)
{
    return editRig(
        project, shotId,
        [&](CameraRig& after, const ShotPlace&) -> std::optional<Error> {
            after = rig;
            return std::nullopt;
        },
        [&](const Shot& before) { return fmt::format("Replace rig of {}", shotLabel(before)); });
}

Result<Edit> applyMove(const Project& project, std::string_view shotId, const MoveResult& move)
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    const std::size_t s = place->sceneIndex;
    const Shot& before = project.scenes[s].shots[place->shotIndex];
    Shot after = before;
    after.rig = move.shot.rig;
    after.camera = move.shot.camera;
    after.frameRate = move.shot.frameRate;
    after.durationFlicks = move.shot.durationFlicks;
    after.cast = move.shot.cast;
    after.move = move.shot.move;
    after.equipment = move.shot.equipment;
    after.description = move.description.empty() ? move.shot.description : move.description;
    if (move.blocking)
        after.actionStart = move.shot.actionStart; // the new blocking's clock
    if (auto error = checkShot(after, project, shotField(s, place->shotIndex)))
        return *error;

    std::vector<Change> changes;
    changes.push_back(replaced(ItemList::Shots, place->shotIndex, before, std::move(after), s));
    if (move.blocking) {
        const std::optional<std::size_t> existing = blockingIndex(project, s, move.blocking->actor);
        const std::size_t at = existing.value_or(project.scenes[s].blocking.size());
        if (auto error = checkBlocking(*move.blocking, project, blockingField(s, at)))
            return *error;
        if (existing)
            changes.push_back(replaced(ItemList::Blocking, at, project.scenes[s].blocking[at], *move.blocking, s));
        else
            changes.push_back(inserted(ItemList::Blocking, at, *move.blocking, s));
    }
    return makeEdit(moveName(move, before), std::move(changes));
}

Result<Edit> keyCameraPose(const Project& project, std::string_view shotId, Flicks time, const CameraPose& pose)
{
    // A value closer than this to the channel's current value needs no key, channel units.
    constexpr double kAlreadyThere = 1e-9;
    return editRig(
        project, shotId,
        [&](CameraRig& rig, const ShotPlace& place) -> std::optional<Error> {
            const Scene& scene = project.scenes[place.sceneIndex];
            const std::string field = shotField(place.sceneIndex, place.shotIndex);
            Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, scene.shots[place.shotIndex], field,
                                                                    sceneField(place.sceneIndex));
            if (!evaluator)
                return evaluator.error();
            Result<RigPoseChannels> wanted = rigChannelsForPose(rig, time, pose, evaluator->targets(time));
            if (!wanted)
                return under(rigField(place), wanted.error());
            std::vector<std::pair<RigChannel, double>> values{
                {RigChannel::Dolly, wanted->dollyM}, {RigChannel::Truck, wanted->truckM},
                {RigChannel::Pedestal, wanted->pedestalM}, {RigChannel::Pan, wanted->panDeg},
                {RigChannel::Tilt, wanted->tiltDeg}, {RigChannel::Roll, wanted->rollDeg}};
            if (wanted->focalLengthMm)
                values.emplace_back(RigChannel::FocalLength, *wanted->focalLengthMm);
            // Read every current value before keying (keys of one channel never change another).
            for (const auto& [channel, value] : values) {
                Curve& curve = rig.channel(channel);
                const double now = rigChannelValueAt(rig, channel, time);
                if (curve.isEmpty() && std::abs(value - now) <= kAlreadyThere)
                    continue;
                const std::string channelPath = channelField(place, channel);
                if (Result<double> checked = checkedRigChannelValue(channel, value, channelPath + ".key.value");
                    !checked)
                    return checked.error();
                Keyframe key;
                if (const std::optional<std::size_t> at = curve.findKey(time)) {
                    key = curve.key(*at);
                    key.value = value;
                    if (Result<std::size_t> index = curve.replaceKey(*at, key); !index)
                        return under(channelPath, index.error());
                    continue;
                }
                if (!curve.isEmpty()) {
                    // The key whose segment the new one splits shapes it (the first before the first).
                    const std::span<const Keyframe> keys = curve.keys();
                    const auto after = std::upper_bound(keys.begin(), keys.end(), time,
                                                        [](Flicks t, const Keyframe& k) { return t < k.time; });
                    const Keyframe& shape = after == keys.begin() ? keys.front() : *(after - 1);
                    key.interpolation = shape.interpolation;
                    key.handleType = shape.handleType;
                    key.easing = shape.easing;
                    if (key.handleType == HandleType::Free || key.handleType == HandleType::Aligned)
                        key.handleType = HandleType::AutoClamped; // hand-set handles belong to their own key
                }
                key.time = time;
                key.value = value;
                if (Result<std::size_t> index = curve.insertKey(key); !index)
                    return under(channelPath, index.error());
            }
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Key camera at {}", secondsText(time)); });
}

} // namespace murnau
