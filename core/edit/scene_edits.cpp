// Edits of the scenes and the shot list.

#include "core/edit/scene_edits.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <utility>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_rules.h"

namespace murnau {

namespace {

using namespace editing;

constexpr std::string_view kShotIdPrefix = "sh-";

// Every shot id of the project.
std::set<std::string, std::less<>> shotIdsOf(const Project& project)
{
    std::set<std::string, std::less<>> ids;
    for (const Scene& scene : project.scenes) {
        for (const Shot& shot : scene.shots)
            ids.insert(shot.id);
    }
    return ids;
}

// Ids "sh-n" with n above this are not counted on from: a file's "sh-18446744073709551615" would
// make the next id wrap around to "sh-0000" (a duplicate the project could not be saved with).
constexpr std::uint64_t kLargestCountedShotNumber = 1'000'000'000'000'000;

// The largest n of the ids "sh-n" among `ids` with n <= kLargestCountedShotNumber (0 if none).
template<typename Ids> std::uint64_t largestShotNumber(const Ids& ids)
{
    std::uint64_t largest = 0;
    for (const std::string& id : ids) {
        if (id.size() <= kShotIdPrefix.size() || std::string_view(id).substr(0, kShotIdPrefix.size()) != kShotIdPrefix)
            continue;
        std::uint64_t number = 0;
        const char* first = id.data() + kShotIdPrefix.size();
        const char* last = id.data() + id.size();
        const auto [end, ec] = std::from_chars(first, last, number);
        if (ec == std::errc() && end == last && number <= kLargestCountedShotNumber)
            largest = std::max(largest, number);
    }
    return largest;
}

std::string shotIdText(std::uint64_t number)
{
    return fmt::format("{}{:04}", kShotIdPrefix, number);
}

// Refuses ids of `shots` already in the project or repeated among them (errors name
// `field`.shots[i].id), then gives the shots without an id new ones, counting on from the
// largest "sh-n" of the project and of `shots`.
std::optional<Error> assignShotIds(const Project& project, std::vector<Shot>& shots, const std::string& field)
{
    std::set<std::string, std::less<>> taken = shotIdsOf(project);
    for (std::size_t i = 0; i < shots.size(); ++i) {
        if (shots[i].id.empty())
            continue;
        if (!taken.insert(shots[i].id).second) {
            return fail(fmt::format("{}.shots[{}].id", field, i),
                        fmt::format("the shot id '{}' is already used; ids are keys and must be unique", shots[i].id));
        }
    }
    std::uint64_t number = largestShotNumber(taken);
    for (Shot& shot : shots) {
        if (shot.id.empty())
            shot.id = shotIdText(++number);
    }
    return std::nullopt;
}

// "shot 1A's" / "the shot's".
std::string shotPossessive(const Shot& shot)
{
    return possessive(shotLabel(shot));
}

// Finds the shot, lets `modify` edit a copy, checks it, and names the edit with `name(before)`.
template<typename Modify, typename Name>
Result<Edit> editShot(const Project& project, std::string_view shotId, Modify modify, Name name,
                      std::string_view mergeKey = {})
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    const Shot& before = project.scenes[place->sceneIndex].shots[place->shotIndex];
    Shot after = before;
    if (auto error = modify(after))
        return *error;
    if (auto error = checkShot(after, project, shotField(place->sceneIndex, place->shotIndex)))
        return *error;
    return makeEdit(name(before),
                    {replaced(ItemList::Shots, place->shotIndex, before, std::move(after), place->sceneIndex)},
                    mergeKey);
}

// Lets `modify` edit a copy of scene `sceneIndex`, checks it, and names the edit.
template<typename Modify>
Result<Edit> editSceneHeading(const Project& project, std::size_t sceneIndex, Modify modify, std::string name)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    const Scene& before = project.scenes[sceneIndex];
    Scene after = before;
    if (auto error = modify(after))
        return *error;
    if (auto error = checkScene(after, project, sceneField(sceneIndex)))
        return *error;
    return makeEdit(std::move(name), {replaced(ItemList::Scenes, sceneIndex, before, std::move(after))});
}

std::optional<Error> checkText(std::string_view text, std::size_t maxBytes, const std::string& field,
                               json::TextKind kind = json::TextKind::Line)
{
    if (std::optional<std::string> problem = json::textProblem(text, maxBytes, kind))
        return fail(field, *problem);
    return std::nullopt;
}

} // namespace

Result<ShotPlace> findShot(const Project& project, std::string_view shotId)
{
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        const std::vector<Shot>& shots = project.scenes[s].shots;
        for (std::size_t i = 0; i < shots.size(); ++i) {
            if (shots[i].id == shotId)
                return ShotPlace{s, i};
        }
    }
    return fail("shotId", fmt::format("there is no shot with the id '{}'", shotId));
}

std::vector<std::string> newShotIds(const Project& project, std::size_t count)
{
    const std::uint64_t largest = largestShotNumber(shotIdsOf(project));
    std::vector<std::string> ids;
    ids.reserve(count);
    for (std::uint64_t i = 1; i <= count; ++i)
        ids.push_back(shotIdText(largest + i));
    return ids;
}

Result<Edit> addScene(const Project& project, std::size_t index, const Scene& scene)
{
    if (index > project.scenes.size())
        return fail("index", fmt::format("a scene can be inserted at 0 to {}, not {}", project.scenes.size(), index));
    if (auto error = checkRoomFor(project, CountedList::Scenes))
        return *error;
    if (auto error = checkRoomFor(project, CountedList::Shots, scene.shots.size()))
        return *error;
    Scene added = scene;
    if (auto error = assignShotIds(project, added.shots, sceneField(index)))
        return *error;
    if (auto error = checkScene(added, project, sceneField(index)))
        return *error;
    std::string name = "Add " + sceneLabel(added, index);
    return makeEdit(std::move(name), {inserted(ItemList::Scenes, index, std::move(added))});
}

Result<Edit> duplicateScene(const Project& project, std::size_t sceneIndex)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    if (auto error = checkRoomFor(project, CountedList::Scenes))
        return *error;
    if (auto error = checkRoomFor(project, CountedList::Shots, project.scenes[sceneIndex].shots.size()))
        return *error;
    Scene copy = project.scenes[sceneIndex];
    std::vector<std::string> ids = newShotIds(project, copy.shots.size());
    for (std::size_t i = 0; i < copy.shots.size(); ++i)
        copy.shots[i].id = ids[i];
    return makeEdit("Duplicate " + sceneLabel(project.scenes[sceneIndex], sceneIndex),
                    {inserted(ItemList::Scenes, sceneIndex + 1, std::move(copy))});
}

Result<Edit> removeScene(const Project& project, std::size_t sceneIndex)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    return makeEdit("Delete " + sceneLabel(project.scenes[sceneIndex], sceneIndex),
                    {removed(ItemList::Scenes, sceneIndex, project.scenes[sceneIndex])});
}

Result<Edit> moveScene(const Project& project, std::size_t fromIndex, std::size_t toIndex)
{
    if (fromIndex >= project.scenes.size())
        return fail("fromIndex",
                    fmt::format("there is no scene {}; the project has {} scenes", fromIndex, project.scenes.size()));
    if (toIndex >= project.scenes.size())
        return fail("toIndex", fmt::format("a scene can move to 0 to {}, not {}", project.scenes.size() - 1, toIndex));
    const Scene& scene = project.scenes[fromIndex];
    std::string name = fmt::format("Move {} to position {}", sceneLabel(scene, fromIndex), toIndex + 1);
    if (fromIndex == toIndex)
        return makeEdit(std::move(name), {});
    return makeEdit(std::move(name),
                    {removed(ItemList::Scenes, fromIndex, scene), inserted(ItemList::Scenes, toIndex, scene)});
}

Result<Edit> setSceneText(const Project& project, std::size_t sceneIndex, SceneText field, std::string_view text)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    const Scene& scene = project.scenes[sceneIndex];
    const std::string label = sceneLabel(scene, sceneIndex);
    std::string name;
    std::string key;
    std::size_t maxBytes = rules::kMaxNameBytes;
    switch (field) {
    case SceneText::Number:
        key = "number";
        name = fmt::format("Renumber {} to {}", label, text);
        break;
    case SceneText::Name:
        key = "name";
        maxBytes = rules::kMaxLineBytes;
        name = fmt::format("Rename {} to {}", label, quotedName(text));
        break;
    case SceneText::Location:
        key = "location";
        name = fmt::format("Set {} location to {}", possessive(label), quotedName(text));
        break;
    case SceneText::TimeOfDay:
        key = "timeOfDay";
        name = fmt::format("Set {} time of day to {}", possessive(label), quotedName(text));
        break;
    }
    if (auto error = checkText(text, maxBytes, sceneField(sceneIndex) + "." + key))
        return *error;
    return editSceneHeading(
        project, sceneIndex,
        [&](Scene& after) -> std::optional<Error> {
            switch (field) {
            case SceneText::Number:
                after.number = std::string(text);
                break;
            case SceneText::Name:
                after.name = std::string(text);
                break;
            case SceneText::Location:
                after.location = std::string(text);
                break;
            case SceneText::TimeOfDay:
                after.timeOfDay = std::string(text);
                break;
            }
            return std::nullopt;
        },
        std::move(name));
}

Result<Edit> setSceneIntExt(const Project& project, std::size_t sceneIndex, IntExt intExt)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    std::string name
        = fmt::format("Set {} to {}", sceneLabel(project.scenes[sceneIndex], sceneIndex), intExtKey(intExt));
    return editSceneHeading(
        project, sceneIndex,
        [&](Scene& after) -> std::optional<Error> {
            after.intExt = intExt;
            return std::nullopt;
        },
        std::move(name));
}

Result<Edit> addShot(const Project& project, std::size_t sceneIndex, std::size_t index, const Shot& shot)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    const std::vector<Shot>& shots = project.scenes[sceneIndex].shots;
    if (index > shots.size())
        return fail("index",
                    fmt::format("a shot can be inserted at 0 to {} of {}, not {}", shots.size(),
                                sceneLabel(project.scenes[sceneIndex], sceneIndex), index));
    if (auto error = checkRoomFor(project, CountedList::Shots))
        return *error;
    std::vector<Shot> added{shot};
    if (auto error = assignShotIds(project, added, sceneField(sceneIndex)))
        return Error{shotField(sceneIndex, index) + ".id", error->message};
    if (auto error = checkShot(added.front(), project, shotField(sceneIndex, index)))
        return *error;
    std::string name = "Add " + shotLabel(added.front());
    return makeEdit(std::move(name), {inserted(ItemList::Shots, index, std::move(added.front()), sceneIndex)});
}

Result<Edit> duplicateShot(const Project& project, std::string_view shotId)
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    if (auto error = checkRoomFor(project, CountedList::Shots))
        return *error;
    Shot copy = project.scenes[place->sceneIndex].shots[place->shotIndex];
    copy.id = newShotIds(project, 1).front();
    std::string name = "Duplicate " + shotLabel(copy);
    return makeEdit(std::move(name),
                    {inserted(ItemList::Shots, place->shotIndex + 1, std::move(copy), place->sceneIndex)});
}

Result<Edit> removeShot(const Project& project, std::string_view shotId)
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    const Shot& shot = project.scenes[place->sceneIndex].shots[place->shotIndex];
    return makeEdit("Delete " + shotLabel(shot), {removed(ItemList::Shots, place->shotIndex, shot, place->sceneIndex)});
}

Result<Edit> moveShot(const Project& project, std::string_view shotId, std::size_t toSceneIndex, std::size_t toIndex)
{
    Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    if (toSceneIndex >= project.scenes.size()) {
        return fail(
            "toSceneIndex",
            fmt::format("there is no scene {}; the project has {} scenes", toSceneIndex, project.scenes.size()));
    }
    const bool sameScene = toSceneIndex == place->sceneIndex;
    const std::size_t slots = project.scenes[toSceneIndex].shots.size() - (sameScene ? 1 : 0);
    if (toIndex > slots) {
        return fail("toIndex",
                    fmt::format("the shot can move to 0 to {} of {}, not {}", slots,
                                sceneLabel(project.scenes[toSceneIndex], toSceneIndex), toIndex));
    }
    const Shot& shot = project.scenes[place->sceneIndex].shots[place->shotIndex];
    std::string name = sameScene
        ? fmt::format("Move {} to position {}", shotLabel(shot), toIndex + 1)
        : fmt::format("Move {} to {}", shotLabel(shot), sceneLabel(project.scenes[toSceneIndex], toSceneIndex));
    if (sameScene && toIndex == place->shotIndex)
        return makeEdit(std::move(name), {});
    return makeEdit(std::move(name),
                    {removed(ItemList::Shots, place->shotIndex, shot, place->sceneIndex),
                     inserted(ItemList::Shots, toIndex, shot, toSceneIndex)});
}

Result<Edit> setShotText(const Project& project, std::string_view shotId, ShotText field, std::string_view text)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            switch (field) {
            case ShotText::Number:
                shot.number = std::string(text);
                break;
            case ShotText::Name:
                shot.name = std::string(text);
                break;
            case ShotText::Description:
                shot.description = std::string(text);
                break;
            case ShotText::Setup:
                shot.setup = std::string(text);
                break;
            case ShotText::Move:
                shot.move = std::string(text);
                break;
            case ShotText::Notes:
                shot.notes = std::string(text);
                break;
            }
            return std::nullopt;
        },
        [&](const Shot& before) {
            switch (field) {
            case ShotText::Number:
                return fmt::format("Renumber {} to {}", shotLabel(before), text);
            case ShotText::Name:
                return fmt::format("Rename {} to {}", shotLabel(before), quotedName(text));
            case ShotText::Description:
                return fmt::format("Edit {} description", shotPossessive(before));
            case ShotText::Setup:
                return fmt::format("Set {} setup to {}", shotPossessive(before), text);
            case ShotText::Move:
                return fmt::format("Set {} move to {}", shotPossessive(before), text);
            case ShotText::Notes:
                return fmt::format("Edit {} notes", shotPossessive(before));
            }
            return fmt::format("Edit {}", shotLabel(before));
        });
}

Result<Edit> setShotCamera(const Project& project, std::string_view shotId, std::string_view cameraName)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.camera = std::string(cameraName);
            return std::nullopt;
        },
        [&](const Shot& before) { return fmt::format("Use camera {} for {}", cameraName, shotLabel(before)); });
}

Result<Edit> setShotFrameRate(const Project& project, std::string_view shotId, FrameRate frameRate)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.frameRate = frameRate;
            return std::nullopt;
        },
        [&](const Shot& before) {
            return fmt::format("Set {} to {} fps", shotLabel(before), frameRateLabel(frameRate));
        });
}

Result<Edit> setShotDuration(const Project& project, std::string_view shotId, Flicks durationFlicks,
                             std::string_view mergeKey)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.durationFlicks = durationFlicks;
            return std::nullopt;
        },
        [&](const Shot& before) {
            return fmt::format("Set {} length to {}", shotPossessive(before), secondsText(durationFlicks));
        },
        mergeKey);
}

Result<Edit> setShotActionStart(const Project& project, std::string_view shotId, Flicks actionStart,
                                std::string_view mergeKey)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.actionStart = actionStart;
            return std::nullopt;
        },
        [&](const Shot& before) {
            return fmt::format("Start {} at {} of the action", shotLabel(before), secondsText(actionStart));
        },
        mergeKey);
}

Result<Edit> setShotCast(const Project& project, std::string_view shotId, const std::vector<std::string>& cast)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.cast = cast;
            return std::nullopt;
        },
        [&](const Shot& before) { return fmt::format("Set {} cast", shotPossessive(before)); });
}

Result<Edit> setShotProps(const Project& project, std::string_view shotId, const std::vector<std::string>& props)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.props = props;
            return std::nullopt;
        },
        [&](const Shot& before) { return fmt::format("Set {} props", shotPossessive(before)); });
}

Result<Edit> setShotEquipment(const Project& project, std::string_view shotId,
                              const std::vector<std::string>& equipment)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.equipment = equipment;
            return std::nullopt;
        },
        [&](const Shot& before) { return fmt::format("Set {} equipment", shotPossessive(before)); });
}

Result<Edit> setShotStatus(const Project& project, std::string_view shotId, ShotStatus status)
{
    return editShot(
        project, shotId,
        [&](Shot& shot) -> std::optional<Error> {
            shot.status = status;
            return std::nullopt;
        },
        [&](const Shot& before) { return fmt::format("Mark {} {}", shotLabel(before), shotStatusKey(status)); });
}

std::string freeShotNumber(const Scene& scene, const std::string& base)
{
    for (char letter = 'A'; letter <= 'Z'; ++letter) {
        std::string number = base + letter;
        if (std::none_of(scene.shots.begin(), scene.shots.end(), [&](const Shot& shot) { return shot.number == number; }))
            return number;
    }
    return base + "+";
}

} // namespace murnau
