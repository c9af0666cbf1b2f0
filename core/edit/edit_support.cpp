// Shared helpers of the edit builders: lookups, field paths, changes and the wording of names.

#include "core/edit/edit_support.h"

#include <cctype>
#include <cmath>
#include <utility>

#include <fmt/format.h>

namespace murnau::editing {

namespace {

template<typename T>
Result<std::size_t> findByName(const std::vector<T>& items, std::string_view name, std::string_view kind)
{
    if (const std::optional<std::size_t> index = indexByName(items, name))
        return *index;
    return fail("name", fmt::format("there is no {} named '{}'", kind, name));
}

} // namespace

Result<std::size_t> findPieceIndex(const Project& project, std::string_view name)
{
    return findByName(project.set.pieces, name, "set piece");
}

Result<std::size_t> findActorIndex(const Project& project, std::string_view name)
{
    return findByName(project.actors, name, "actor");
}

Result<std::size_t> findCameraIndex(const Project& project, std::string_view name)
{
    return findByName(project.cameras, name, "camera");
}

std::optional<Error> checkSceneIndex(const Project& project, std::size_t sceneIndex)
{
    if (sceneIndex < project.scenes.size())
        return std::nullopt;
    return fail(
        "sceneIndex",
        fmt::format("there is no scene {} (0-based); the project has {} scenes", sceneIndex, project.scenes.size()));
}

std::optional<std::size_t> blockingIndex(const Project& project, std::size_t sceneIndex, std::string_view actor)
{
    const std::vector<ActorBlocking>& blocking = project.scenes[sceneIndex].blocking;
    const auto it = std::find_if(blocking.begin(), blocking.end(),
                                 [&](const ActorBlocking& item) { return item.actor == actor; });
    if (it == blocking.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - blocking.begin());
}

std::string pieceField(std::size_t index)
{
    return fmt::format("set.pieces[{}]", index);
}
std::string actorField(std::size_t index)
{
    return fmt::format("actors[{}]", index);
}
std::string cameraField(std::size_t index)
{
    return fmt::format("cameras[{}]", index);
}
std::string sceneField(std::size_t sceneIndex)
{
    return fmt::format("scenes[{}]", sceneIndex);
}

std::string shotField(std::size_t sceneIndex, std::size_t shotIndex)
{
    return fmt::format("scenes[{}].shots[{}]", sceneIndex, shotIndex);
}

std::string blockingField(std::size_t sceneIndex, std::size_t blockingIndex)
{
    return fmt::format("scenes[{}].blocking[{}]", sceneIndex, blockingIndex);
}

Change replaced(ItemList list, std::size_t index, Item before, Item after, std::size_t sceneIndex)
{
    return Change{list, sceneIndex, index, std::move(before), std::move(after)};
}

Change inserted(ItemList list, std::size_t index, Item after, std::size_t sceneIndex)
{
    return Change{list, sceneIndex, index, std::nullopt, std::move(after)};
}

Change removed(ItemList list, std::size_t index, Item before, std::size_t sceneIndex)
{
    return Change{list, sceneIndex, index, std::move(before), std::nullopt};
}

Edit makeEdit(std::string name, std::vector<Change> changes, std::string_view mergeKey)
{
    return Edit{std::move(name), std::move(changes), std::string(mergeKey)};
}

std::string quotedName(std::string_view text)
{
    return fmt::format("\u201c{}\u201d", text);
}

std::string numberText(double value, int maxDecimals)
{
    std::string text = fmt::format("{:.{}f}", value, maxDecimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    if (text == "-0")
        text = "0";
    return text;
}

std::string angleText(double degrees)
{
    return numberText(degrees, 1) + "\u00b0";
}

std::string secondsText(Flicks time)
{
    return fmt::format("{:.2f} s", flicksToSeconds(time));
}

std::string possessive(std::string_view name)
{
    if (!name.empty() && (name.back() == 's' || name.back() == 'S'))
        return std::string(name) + "'";
    return std::string(name) + "'s";
}

std::string shotLabel(const Shot& shot)
{
    if (!shot.number.empty())
        return "shot " + shot.number;
    if (!shot.name.empty())
        return "shot " + quotedName(shot.name);
    return "the shot";
}

std::string sceneLabel(const Scene& scene, std::size_t sceneIndex)
{
    if (!scene.number.empty())
        return "scene " + scene.number;
    return "scene " + std::to_string(sceneIndex + 1);
}

std::string rigField(const ShotPlace& place)
{
    return shotField(place.sceneIndex, place.shotIndex) + ".rig";
}

std::string channelField(const ShotPlace& place, RigChannel channel)
{
    return fmt::format("{}.channels.{}", rigField(place), rigChannelInfo(channel).key);
}

std::string channelWord(RigChannel channel)
{
    std::string word(rigChannelInfo(channel).label);
    if (!word.empty())
        word[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(word[0])));
    return word;
}

Error under(const std::string& prefix, const Error& error)
{
    return Error{error.field.empty() ? prefix : prefix + "." + error.field, error.message};
}

} // namespace murnau::editing
