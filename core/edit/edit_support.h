#pragma once
// What the edit builders (core/edit/*_edits.cpp) share: finding items by their key, the field
// paths errors use ("actors[2]", "scenes[0].shots[1]"), making changes and edits, and the
// wording of edit names (quoted names, numbers, angles, times), and editing one shot's rig
// (editRig, for rig_edits.cpp and key_edits.cpp). Not for use outside core/edit.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/edit/edit.h"
#include "core/edit/scene_edits.h"
#include "core/rig/camera_rig.h"
#include "core/scene/project.h"
#include "core/scene/project_checks.h"
#include "core/util/result.h"

namespace murnau::editing {

// Index of the item of `items` whose name is `name`, if any.
template<typename T>
[[nodiscard]] std::optional<std::size_t> indexByName(const std::vector<T>& items, std::string_view name)
{
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.name == name; });
    if (it == items.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - items.begin());
}

// `base` if no item of `items` has it as name, else "base 2", "base 3"... (the first free one).
template<typename T> [[nodiscard]] std::string uniqueNameIn(const std::vector<T>& items, std::string_view base)
{
    std::string candidate(base);
    for (int n = 2; indexByName(items, candidate); ++n)
        candidate = std::string(base) + " " + std::to_string(n);
    return candidate;
}

// The index of the set piece, actor or camera named `name`; error "name" ("no actor named 'Zed'").
Result<std::size_t> findPieceIndex(const Project& project, std::string_view name);
Result<std::size_t> findActorIndex(const Project& project, std::string_view name);
Result<std::size_t> findCameraIndex(const Project& project, std::string_view name);
// An error "sceneIndex" when the project has no scene `sceneIndex`.
std::optional<Error> checkSceneIndex(const Project& project, std::size_t sceneIndex);
// The index of `actor`'s blocking in scene `sceneIndex` (which must exist), if any.
[[nodiscard]] std::optional<std::size_t> blockingIndex(const Project& project, std::size_t sceneIndex,
                                                       std::string_view actor);
// An error `field` when `name` is already the name of another item (index != `self`) of `items`.
template<typename T>
[[nodiscard]] std::optional<Error> checkNameFree(const std::vector<T>& items, std::string_view name,
                                                 std::optional<std::size_t> self, std::string_view kind,
                                                 std::string_view field)
{
    const std::optional<std::size_t> other = indexByName(items, name);
    if (other && other != self) {
        return Error{std::string(field),
                     "there is already " + std::string(kind) + " named '" + std::string(name)
                         + "'; names are keys and must be unique"};
    }
    return std::nullopt;
}

// Field paths as the file reader names them.
[[nodiscard]] std::string pieceField(std::size_t index); // "set.pieces[3]"
[[nodiscard]] std::string actorField(std::size_t index); // "actors[1]"
[[nodiscard]] std::string cameraField(std::size_t index); // "cameras[0]"
[[nodiscard]] std::string sceneField(std::size_t sceneIndex); // "scenes[2]"
[[nodiscard]] std::string shotField(std::size_t sceneIndex, std::size_t shotIndex); // "scenes[2].shots[1]"
[[nodiscard]] std::string blockingField(std::size_t sceneIndex, std::size_t blockingIndex); // "scenes[2].blocking[0]"

// One change of each kind.
[[nodiscard]] Change replaced(ItemList list, std::size_t index, Item before, Item after, std::size_t sceneIndex = 0);
[[nodiscard]] Change inserted(ItemList list, std::size_t index, Item after, std::size_t sceneIndex = 0);
[[nodiscard]] Change removed(ItemList list, std::size_t index, Item before, std::size_t sceneIndex = 0);
// An edit of these changes.
[[nodiscard]] Edit makeEdit(std::string name, std::vector<Change> changes, std::string_view mergeKey = {});

// Wording of edit names.
[[nodiscard]] std::string quotedName(std::string_view text); // “Crate” (typographic quotes)
[[nodiscard]] std::string numberText(
    double value, int maxDecimals); // rounded to `maxDecimals`, trailing zeros dropped: "35", "35.5", "0.025"
[[nodiscard]] std::string angleText(double degrees); // "90°", "-12.5°" (one decimal at most)
[[nodiscard]] std::string secondsText(Flicks time); // "2.00 s" (two decimals)
[[nodiscard]] std::string possessive(std::string_view name); // "Anna's", "James'"
[[nodiscard]] std::string shotLabel(const Shot& shot); // "shot 1A", or "shot “name”" / "the shot" without a number
[[nodiscard]] std::string sceneLabel(
    const Scene& scene, std::size_t sceneIndex); // "scene 12", or "scene 3" (its position) without a number

// --- Editing a shot's rig (rig_edits.cpp, key_edits.cpp).

[[nodiscard]] std::string rigField(const ShotPlace& place); // "scenes[0].shots[1].rig"
[[nodiscard]] std::string channelField(const ShotPlace& place,
                                       RigChannel channel); // "scenes[0].shots[1].rig.channels.dollyM"
[[nodiscard]] std::string channelWord(RigChannel channel); // "dolly", "focal length": a channel inside a sentence
// An error of a Curve or rail maker, with its field placed under `prefix`.
[[nodiscard]] Error under(const std::string& prefix, const Error& error);

// Finds the shot `shotId`, lets `modify(rig, place)` edit a copy of its rig (returning an error
// or nullopt), checks the shot (checkShot: the rig's keys, rail, track, aim and references), and
// returns the edit replacing the shot, named `name(shotBefore)`.
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

} // namespace murnau::editing
