// Edits of the stand-in actors, with every reference to an actor's name kept in step.

#include "core/edit/actor_edits.h"

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/scene/display_units.h"
#include "core/scene/project_checks.h"

namespace murnau {

namespace {

using namespace editing;

std::string_view buildWord(ActorBuild build)
{
    switch (build) {
    case ActorBuild::Slight:
        return "slight";
    case ActorBuild::Average:
        return "average";
    case ActorBuild::Heavy:
        return "heavy";
    }
    return "average";
}

// The edit replacing actor `index` by `after` (same name), once `after` passes checkActor.
Result<Edit> replaceActorAt(const Project& project, std::size_t index, const Actor& after, std::string name,
                            std::string_view mergeKey = {})
{
    if (auto error = checkActor(after, actorField(index)))
        return *error;
    return makeEdit(std::move(name), {replaced(ItemList::Actors, index, project.actors[index], after)}, mergeKey);
}

// Applies `rename` to every actor name a shot holds (cast, aim, focus); true if any changed.
template<typename Rename> bool renameInShot(Shot& shot, Rename rename)
{
    bool changed = false;
    const auto apply = [&](std::string& name) {
        if (std::optional<std::string> renamed = rename(name)) {
            name = std::move(*renamed);
            changed = true;
        }
    };
    for (std::string& member : shot.cast)
        apply(member);
    apply(shot.rig.aimActor);
    apply(shot.rig.focusActor);
    return changed;
}

} // namespace

std::string uniqueActorName(const Project& project, std::string_view base)
{
    return uniqueNameIn(project.actors, base);
}

Result<Edit> addActor(const Project& project, const Actor& actor)
{
    const std::size_t index = project.actors.size();
    if (auto error = checkRoomFor(project, CountedList::Actors))
        return *error;
    if (auto error = checkNameFree(project.actors, actor.name, std::nullopt, "an actor", actorField(index) + ".name"))
        return *error;
    if (auto error = checkActor(actor, actorField(index)))
        return *error;
    return makeEdit("Add actor " + actor.name, {inserted(ItemList::Actors, index, actor)});
}

Result<Edit> removeActor(const Project& project, std::string_view name)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    std::vector<Change> changes;
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        const Scene& scene = project.scenes[s];
        if (const std::optional<std::size_t> b = blockingIndex(project, s, name))
            changes.push_back(removed(ItemList::Blocking, *b, scene.blocking[*b], s));
        for (std::size_t i = 0; i < scene.shots.size(); ++i) {
            Shot shot = scene.shots[i];
            const auto cast = std::remove(shot.cast.begin(), shot.cast.end(), name);
            bool changed = cast != shot.cast.end();
            shot.cast.erase(cast, shot.cast.end());
            if (shot.rig.aimActor == name) {
                shot.rig.aim = AimMode::Free;
                shot.rig.aimActor.clear();
                changed = true;
            }
            if (shot.rig.focusActor == name) {
                shot.rig.focusActor.clear();
                changed = true;
            }
            if (changed)
                changes.push_back(replaced(ItemList::Shots, i, scene.shots[i], std::move(shot), s));
        }
    }
    changes.push_back(removed(ItemList::Actors, *index, project.actors[*index]));
    return makeEdit(fmt::format("Delete {}", name), std::move(changes));
}

Result<Edit> renameActor(const Project& project, std::string_view name, std::string_view newName)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    Actor actor = project.actors[*index];
    actor.name = std::string(newName);
    if (auto error = checkNameFree(project.actors, newName, *index, "an actor", actorField(*index) + ".name"))
        return *error;
    if (auto error = checkActor(actor, actorField(*index)))
        return *error;

    std::vector<Change> changes;
    changes.push_back(replaced(ItemList::Actors, *index, project.actors[*index], actor));
    const auto rename = [&](const std::string& held) -> std::optional<std::string> {
        if (held == name)
            return std::string(newName);
        return std::nullopt;
    };
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        const Scene& scene = project.scenes[s];
        if (const std::optional<std::size_t> b = blockingIndex(project, s, name)) {
            ActorBlocking blocking = scene.blocking[*b];
            blocking.actor = std::string(newName);
            changes.push_back(replaced(ItemList::Blocking, *b, scene.blocking[*b], std::move(blocking), s));
        }
        for (std::size_t i = 0; i < scene.shots.size(); ++i) {
            Shot shot = scene.shots[i];
            if (renameInShot(shot, rename))
                changes.push_back(replaced(ItemList::Shots, i, scene.shots[i], std::move(shot), s));
        }
    }
    return makeEdit(fmt::format("Rename {} to {}", name, newName), std::move(changes));
}

Result<Edit> moveActor(const Project& project, std::string_view name, glm::dvec3 positionM, std::string_view mergeKey)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    Actor after = project.actors[*index];
    after.positionM = positionM;
    return replaceActorAt(project, *index, after, fmt::format("Move {}", name), mergeKey);
}

Result<Edit> turnActor(const Project& project, std::string_view name, double facingDeg, std::string_view mergeKey)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    Actor after = project.actors[*index];
    after.facingDeg = facingDeg;
    return replaceActorAt(project, *index, after, fmt::format("Turn {} to {}", name, angleText(facingDeg)), mergeKey);
}

Result<Edit> setActorHeight(const Project& project, std::string_view name, double heightM)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    Actor after = project.actors[*index];
    after.heightM = heightM;
    return replaceActorAt(
        project, *index, after,
        fmt::format("Set {} height to {}", possessive(name), formatLength(heightM, project.displayUnits)));
}

Result<Edit> setActorBuild(const Project& project, std::string_view name, ActorBuild build)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    Actor after = project.actors[*index];
    after.build = build;
    return replaceActorAt(project, *index, after,
                          fmt::format("Set {} build to {}", possessive(name), buildWord(build)));
}

Result<Edit> setActorColor(const Project& project, std::string_view name, Rgb color)
{
    Result<std::size_t> index = findActorIndex(project, name);
    if (!index)
        return index.error();
    Actor after = project.actors[*index];
    after.color = color;
    return replaceActorAt(project, *index, after, fmt::format("Change {} colour", possessive(name)));
}

} // namespace murnau
