// Applying, reverting and merging edits: each change finds its list, checks that the item it
// expects is there, and replaces, inserts or removes it; a failing change rolls back the ones
// before it, so a project is never left half-edited.

#include "core/edit/edit.h"

#include <utility>

#include <fmt/format.h>

namespace murnau {

namespace {

enum class ChangeKind { Replace, Insert, Remove, Invalid };

ChangeKind kindOf(const Change& change)
{
    if (change.before && change.after)
        return ChangeKind::Replace;
    if (change.after)
        return ChangeKind::Insert;
    if (change.before)
        return ChangeKind::Remove;
    return ChangeKind::Invalid;
}

// The change undoing `change`.
Change inverted(const Change& change)
{
    Change result = change;
    std::swap(result.before, result.after);
    return result;
}

// "actors", "scenes[2].shots": the list a change touches, as the file names it.
std::string listPath(const Change& change)
{
    switch (change.list) {
    case ItemList::Settings:
        return "settings";
    case ItemList::SetPieces:
        return "set.pieces";
    case ItemList::Actors:
        return "actors";
    case ItemList::Cameras:
        return "cameras";
    case ItemList::Scenes:
        return "scenes";
    case ItemList::Shots:
        return fmt::format("scenes[{}].shots", change.sceneIndex);
    case ItemList::Blocking:
        return fmt::format("scenes[{}].blocking", change.sceneIndex);
    }
    return "?";
}

// What an item of a list is called in messages.
template<typename T> constexpr std::string_view itemKind()
{
    if constexpr (std::is_same_v<T, SetPiece>)
        return "a set piece";
    else if constexpr (std::is_same_v<T, Actor>)
        return "an actor";
    else if constexpr (std::is_same_v<T, CameraSetup>)
        return "a camera";
    else if constexpr (std::is_same_v<T, Scene>)
        return "a scene";
    else if constexpr (std::is_same_v<T, Shot>)
        return "a shot";
    else
        return "an actor's blocking";
}

// Replaces, inserts or removes one item of `items` as `change` says; nothing changes on error.
template<typename T>
std::optional<Error> changeList(std::vector<T>& items, const Change& change, const std::string& field)
{
    const std::string place = fmt::format("{}[{}]", listPath(change), change.index);
    const T* before = change.before ? std::get_if<T>(&*change.before) : nullptr;
    const T* after = change.after ? std::get_if<T>(&*change.after) : nullptr;
    if ((change.before && !before) || (change.after && !after))
        return fail(field,
                    fmt::format("expected {} for {}, the change holds another kind of item", itemKind<T>(), place));

    switch (kindOf(change)) {
    case ChangeKind::Replace:
    case ChangeKind::Remove:
        if (change.index >= items.size()) {
            return fail(field,
                        fmt::format("there is no {}: the list has {} items; the project is not in the state "
                                    "this edit was made for",
                                    place, items.size()));
        }
        if (!(items[change.index] == *before)) {
            return fail(field,
                        fmt::format("{} is not the item this edit was made for; the project changed since", place));
        }
        if (after)
            items[change.index] = *after;
        else
            items.erase(items.begin() + static_cast<std::ptrdiff_t>(change.index));
        return std::nullopt;
    case ChangeKind::Insert:
        if (change.index > items.size()) {
            return fail(field,
                        fmt::format("cannot insert at {}: the list has {} items; the project is not in the "
                                    "state this edit was made for",
                                    place, items.size()));
        }
        items.insert(items.begin() + static_cast<std::ptrdiff_t>(change.index), *after);
        return std::nullopt;
    case ChangeKind::Invalid:
        break;
    }
    return fail(field, "the change has neither a value before nor after");
}

std::optional<Error> changeSettings(Project& project, const Change& change, const std::string& field)
{
    if (kindOf(change) != ChangeKind::Replace || change.index != 0)
        return fail(field, "the settings can only be replaced (index 0)");
    const auto* before = std::get_if<ProjectSettings>(&*change.before);
    const auto* after = std::get_if<ProjectSettings>(&*change.after);
    if (!before || !after)
        return fail(field, "expected project settings, the change holds another kind of item");
    if (!(settingsOf(project) == *before))
        return fail(field, "the settings are not the ones this edit was made for; the project changed since");
    project.title = after->title;
    project.frameRate = after->frameRate;
    project.displayUnits = after->displayUnits;
    project.set.name = after->setName;
    project.set.floorSizeM = after->floorSizeM;
    project.set.floorColor = after->floorColor;
    return std::nullopt;
}

std::optional<Error> applyChange(Project& project, const Change& change, const std::string& field)
{
    switch (change.list) {
    case ItemList::Settings:
        return changeSettings(project, change, field);
    case ItemList::SetPieces:
        return changeList(project.set.pieces, change, field);
    case ItemList::Actors:
        return changeList(project.actors, change, field);
    case ItemList::Cameras:
        return changeList(project.cameras, change, field);
    case ItemList::Scenes:
        return changeList(project.scenes, change, field);
    case ItemList::Shots:
    case ItemList::Blocking:
        if (change.sceneIndex >= project.scenes.size()) {
            return fail(field,
                        fmt::format("there is no scenes[{}]: the project has {} scenes; the project is not in "
                                    "the state this edit was made for",
                                    change.sceneIndex, project.scenes.size()));
        }
        if (change.list == ItemList::Shots)
            return changeList(project.scenes[change.sceneIndex].shots, change, field);
        return changeList(project.scenes[change.sceneIndex].blocking, change, field);
    }
    return fail(field, "unknown list");
}

// Applies `changes` in order, or none of them. Field names count in the edit's own order, so
// `number(i)` maps the position in `changes` to the index the error reports.
template<typename Number> Result<bool> applyAll(Project& project, const std::vector<Change>& changes, Number number)
{
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (auto error = applyChange(project, changes[i], fmt::format("edit.changes[{}]", number(i)))) {
            // Roll back what was applied; these changes just succeeded, so their inverses do too.
            for (std::size_t j = i; j-- > 0;)
                (void)applyChange(project, inverted(changes[j]), {});
            return *error;
        }
    }
    return true;
}

// True when two changes touch the same item, or one touches a scene holding the other's item.
bool overlaps(const Change& a, const Change& b)
{
    const auto inScene = [](const Change& c) { return c.list == ItemList::Shots || c.list == ItemList::Blocking; };
    if (a.list == b.list)
        return a.list == ItemList::Settings || (a.index == b.index && (!inScene(a) || a.sceneIndex == b.sceneIndex));
    if (a.list == ItemList::Scenes && inScene(b))
        return a.index == b.sceneIndex;
    if (b.list == ItemList::Scenes && inScene(a))
        return b.index == a.sceneIndex;
    return false;
}

// True when every change replaces an item and no two changes overlap: the changes commute.
bool independentReplacements(const std::vector<Change>& changes)
{
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (kindOf(changes[i]) != ChangeKind::Replace)
            return false;
        for (std::size_t j = 0; j < i; ++j) {
            if (overlaps(changes[i], changes[j]))
                return false;
        }
    }
    return true;
}

} // namespace

ProjectSettings settingsOf(const Project& project)
{
    return ProjectSettings{project.title,    project.frameRate,      project.displayUnits,
                           project.set.name, project.set.floorSizeM, project.set.floorColor};
}

Result<bool> applyEdit(Project& project, const Edit& edit)
{
    return applyAll(project, edit.changes, [](std::size_t i) { return i; });
}

Result<bool> revertEdit(Project& project, const Edit& edit)
{
    std::vector<Change> inverse;
    inverse.reserve(edit.changes.size());
    for (std::size_t i = edit.changes.size(); i-- > 0;)
        inverse.push_back(inverted(edit.changes[i]));
    const std::size_t count = edit.changes.size();
    return applyAll(project, inverse, [count](std::size_t i) { return count - 1 - i; });
}

Edit mergeEdits(const Edit& first, const Edit& second)
{
    Edit merged;
    merged.name = second.name;
    merged.mergeKey = second.mergeKey;

    bool pairwise = first.changes.size() == second.changes.size() && independentReplacements(first.changes)
        && independentReplacements(second.changes);
    for (std::size_t i = 0; pairwise && i < first.changes.size(); ++i) {
        const Change& a = first.changes[i];
        const Change& b = second.changes[i];
        pairwise = a.list == b.list && a.sceneIndex == b.sceneIndex && a.index == b.index && a.after == b.before;
    }
    if (pairwise) {
        merged.changes = first.changes;
        for (std::size_t i = 0; i < merged.changes.size(); ++i)
            merged.changes[i].after = second.changes[i].after;
        return merged;
    }
    merged.changes = first.changes;
    merged.changes.insert(merged.changes.end(), second.changes.begin(), second.changes.end());
    return merged;
}

bool changesNothing(const Edit& edit)
{
    for (const Change& change : edit.changes) {
        if (kindOf(change) != ChangeKind::Replace || !(change.before == change.after))
            return false;
    }
    return true;
}

} // namespace murnau
