// Edits of a shot's camera rig other than its keys (key_edits.cpp): rail, straight track, aim,
// focus, applying a move, and keying the camera at a pose.

#include "core/edit/rig_edits.h"

#include <algorithm>
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
                // A key already at `time` keeps its shape; a new one is shaped like the segment it splits.
                const Keyframe key = newKeyAt(curve, time, value);
                if (const std::optional<std::size_t> at = curve.findKey(time)) {
                    if (Result<std::size_t> index = curve.replaceKey(*at, key); !index)
                        return under(channelPath, index.error());
                    continue;
                }
                if (Result<std::size_t> index = curve.insertKey(key); !index)
                    return under(channelPath, index.error());
            }
            return std::nullopt;
        },
        [&](const Shot&) { return fmt::format("Key camera at {}", secondsText(time)); });
}

} // namespace murnau
