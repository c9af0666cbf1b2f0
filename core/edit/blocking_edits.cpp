// Edits of the actors' blocking: every change rebuilds the actor's blocking with its walks.

#include "core/edit/blocking_edits.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/scene/display_units.h"
#include "core/scene/project_checks.h"

namespace murnau {

namespace {

using namespace editing;

// A field of makeActorBlocking named as in the file: "...marks[2].arriveAt" -> "...marks[2].arriveAtFlicks".
std::string fileField(std::string field)
{
    for (const std::string_view suffix : {".arriveAt", ".leaveAt"}) {
        if (field.size() >= suffix.size() && field.compare(field.size() - suffix.size(), suffix.size(), suffix) == 0)
            return field + "Flicks";
    }
    return field;
}

// "mark B", or "mark 2" (its position, from 1) for a mark without a name.
std::string markLabel(const std::vector<Mark>& marks, std::size_t index)
{
    if (index < marks.size() && !marks[index].name.empty())
        return "mark " + marks[index].name;
    return fmt::format("mark {}", index + 1);
}

// The marks of `actor` in scene `sceneIndex`; errors "sceneIndex" and "actor" (no blocking there).
Result<std::vector<Mark>> marksOf(const Project& project, std::size_t sceneIndex, std::string_view actor)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    const std::optional<std::size_t> index = blockingIndex(project, sceneIndex, actor);
    if (!index) {
        return fail("actor",
                    fmt::format("{} has no blocking in {}", actor, sceneLabel(project.scenes[sceneIndex], sceneIndex)));
    }
    return project.scenes[sceneIndex].blocking[*index].marks;
}

// An error "markIndex" unless `markIndex` is a mark of `marks` (and, with `needsWalkIn`, not the first).
std::optional<Error> checkMarkIndex(const std::vector<Mark>& marks, std::size_t markIndex, bool needsWalkIn = false)
{
    if (markIndex >= marks.size())
        return fail("markIndex", fmt::format("there are {} marks, there is no mark {}", marks.size(), markIndex));
    if (needsWalkIn && markIndex == 0)
        return fail("markIndex", "the first mark has no walk into it");
    return std::nullopt;
}

// The edit giving `actor` the marks `marks` in scene `sceneIndex` (none: no blocking), made with
// makeActorBlocking and checked with checkBlocking.
Result<Edit> setMarks(const Project& project, std::size_t sceneIndex, std::string_view actor, std::vector<Mark> marks,
                      std::string name, std::string_view mergeKey = {})
{
    const std::vector<ActorBlocking>& blocking = project.scenes[sceneIndex].blocking;
    const std::optional<std::size_t> existing = blockingIndex(project, sceneIndex, actor);
    const std::size_t at = existing.value_or(blocking.size());
    if (marks.empty()) {
        if (!existing)
            return fail(
                "actor",
                fmt::format("{} has no blocking in {}", actor, sceneLabel(project.scenes[sceneIndex], sceneIndex)));
        return makeEdit(std::move(name), {removed(ItemList::Blocking, at, blocking[at], sceneIndex)}, mergeKey);
    }
    const std::string field = blockingField(sceneIndex, at);
    Result<ActorBlocking> made = makeActorBlocking(std::string(actor), std::move(marks), field);
    if (!made)
        return Error{fileField(made.error().field), made.error().message};
    if (auto error = checkBlocking(made.value(), project, field))
        return *error;
    if (existing)
        return makeEdit(std::move(name),
                        {replaced(ItemList::Blocking, at, blocking[at], std::move(made).value(), sceneIndex)},
                        mergeKey);
    return makeEdit(std::move(name), {inserted(ItemList::Blocking, at, std::move(made).value(), sceneIndex)}, mergeKey);
}

// Finds the actor's marks, lets `modify` change a copy, and makes the edit named by `name(marks before)`.
template<typename Modify, typename Name>
Result<Edit> editMarks(const Project& project, std::size_t sceneIndex, std::string_view actor, Modify modify, Name name,
                       std::string_view mergeKey = {})
{
    Result<std::vector<Mark>> marks = marksOf(project, sceneIndex, actor);
    if (!marks)
        return marks.error();
    std::string editName = name(marks.value());
    std::vector<Mark> after = marks.value();
    if (std::optional<Error> error = modify(after))
        return *error;
    return setMarks(project, sceneIndex, actor, std::move(after), std::move(editName), mergeKey);
}

std::string speedText(double speedMps, DisplayUnits units)
{
    if (units == DisplayUnits::Imperial)
        return numberText(speedMps / kMetresPerFoot, 1) + " ft/s";
    return fmt::format("{:.2f} m/s", speedMps);
}

} // namespace

Result<Edit> addMark(const Project& project, std::size_t sceneIndex, std::string_view actor, const Mark& mark)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    if (Result<std::size_t> known = findActorIndex(project, actor); !known)
        return Error{"actor", known.error().message};
    std::vector<Mark> marks;
    if (const std::optional<std::size_t> existing = blockingIndex(project, sceneIndex, actor))
        marks = project.scenes[sceneIndex].blocking[*existing].marks;
    const auto at = std::find_if(marks.begin(), marks.end(), [&](const Mark& m) { return m.arriveAt > mark.arriveAt; });
    marks.insert(at, mark);
    const std::string label = mark.name.empty() ? std::string("a mark") : "mark " + mark.name;
    return setMarks(project, sceneIndex, actor, std::move(marks), fmt::format("Add {} for {}", label, actor));
}

Result<Edit> moveMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                      glm::dvec3 positionM, std::string_view mergeKey)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex))
                return error;
            marks[markIndex].positionM = positionM;
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Move {} {}", possessive(actor), markLabel(marks, markIndex));
        },
        mergeKey);
}

Result<Edit> setMarkTimes(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          Flicks arriveAt, Flicks leaveAt, std::string_view mergeKey)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex))
                return error;
            marks[markIndex].arriveAt = arriveAt;
            marks[markIndex].leaveAt = leaveAt;
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Retime {} {}", possessive(actor), markLabel(marks, markIndex));
        },
        mergeKey);
}

Result<Edit> turnOnMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                        double facingDeg, std::string_view mergeKey)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex))
                return error;
            marks[markIndex].facingDeg = facingDeg;
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Turn {} to {} on {}", actor, angleText(facingDeg), markLabel(marks, markIndex));
        },
        mergeKey);
}

Result<Edit> renameMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                        std::string_view name)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex))
                return error;
            marks[markIndex].name = std::string(name);
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Rename {} {} to {}", possessive(actor), markLabel(marks, markIndex), name);
        });
}

Result<Edit> removeMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex))
                return error;
            marks.erase(marks.begin() + static_cast<std::ptrdiff_t>(markIndex));
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Delete {} {}", possessive(actor), markLabel(marks, markIndex));
        });
}

Result<Edit> removeBlocking(const Project& project, std::size_t sceneIndex, std::string_view actor)
{
    if (Result<std::vector<Mark>> marks = marksOf(project, sceneIndex, actor); !marks)
        return marks.error();
    return setMarks(project, sceneIndex, actor, {}, fmt::format("Clear {} blocking", possessive(actor)));
}

Result<Edit> setViaPoints(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          const std::vector<glm::dvec3>& viaM)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex, true))
                return error;
            marks[markIndex].viaM = viaM;
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Shape {} walk to {}", possessive(actor), markLabel(marks, markIndex));
        });
}

Result<Edit> addViaPoint(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                         std::size_t viaIndex, glm::dvec3 pointM)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex, true))
                return error;
            std::vector<glm::dvec3>& via = marks[markIndex].viaM;
            if (viaIndex > via.size())
                return fail("viaIndex",
                            fmt::format("a via point can be inserted at 0 to {}, not {}", via.size(), viaIndex));
            via.insert(via.begin() + static_cast<std::ptrdiff_t>(viaIndex), pointM);
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Add a point to {} walk to {}", possessive(actor), markLabel(marks, markIndex));
        });
}

Result<Edit> moveViaPoint(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          std::size_t viaIndex, glm::dvec3 pointM, std::string_view mergeKey)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex, true))
                return error;
            std::vector<glm::dvec3>& via = marks[markIndex].viaM;
            if (viaIndex >= via.size())
                return fail("viaIndex",
                            fmt::format("the walk has {} via points, there is no point {}", via.size(), viaIndex));
            via[viaIndex] = pointM;
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Move a point of {} walk to {}", possessive(actor), markLabel(marks, markIndex));
        },
        mergeKey);
}

Result<Edit> removeViaPoint(const Project& project, std::size_t sceneIndex, std::string_view actor,
                            std::size_t markIndex, std::size_t viaIndex)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex, true))
                return error;
            std::vector<glm::dvec3>& via = marks[markIndex].viaM;
            if (viaIndex >= via.size())
                return fail("viaIndex",
                            fmt::format("the walk has {} via points, there is no point {}", via.size(), viaIndex));
            via.erase(via.begin() + static_cast<std::ptrdiff_t>(viaIndex));
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            return fmt::format("Remove a point from {} walk to {}", possessive(actor), markLabel(marks, markIndex));
        });
}

Result<Edit> setWalkSpeed(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          double speedMps)
{
    return editMarks(
        project, sceneIndex, actor,
        [&](std::vector<Mark>& marks) -> std::optional<Error> {
            if (auto error = checkMarkIndex(marks, markIndex, true))
                return error;
            Result<Flicks> arrival = arrivalForWalkingSpeed(marks[markIndex - 1], marks[markIndex], speedMps);
            if (!arrival)
                return arrival.error();
            // Times and the shift lie within a few kCurveTimeLimit, far inside int64; shifted times
            // beyond the clock's range are refused by makeActorBlocking.
            const Flicks shift = arrival.value() - marks[markIndex].arriveAt;
            for (std::size_t j = markIndex; j < marks.size(); ++j) {
                marks[j].arriveAt += shift;
                marks[j].leaveAt += shift;
            }
            return std::nullopt;
        },
        [&](const std::vector<Mark>& marks) {
            const bool named = markIndex < marks.size() && !marks[markIndex].name.empty();
            return fmt::format("Walk {} to {} at {}", actor,
                               named ? marks[markIndex].name : markLabel(marks, markIndex),
                               speedText(speedMps, project.displayUnits));
        });
}

Result<Edit> keyActorPose(const Project& project, std::size_t sceneIndex, std::string_view actor, Flicks actionTime,
                          glm::dvec3 positionM, double facingDeg)
{
    if (auto error = checkSceneIndex(project, sceneIndex))
        return *error;
    if (Result<std::size_t> known = findActorIndex(project, actor); !known)
        return Error{"actor", known.error().message};
    if (!std::isfinite(facingDeg))
        return fail("facingDeg", "the facing must be a finite number of degrees");
    // Wrapped into (-180, 180], inside a mark's [-360, 360].
    double facing = std::remainder(facingDeg, 360.0);
    if (facing <= -180.0)
        facing += 360.0;
    const std::string name = fmt::format("Key {} at {}", actor, secondsText(actionTime));
    std::vector<Mark> marks;
    const std::optional<std::size_t> existing = blockingIndex(project, sceneIndex, actor);
    if (existing)
        marks = project.scenes[sceneIndex].blocking[*existing].marks;

    // A name no mark of the actor has: "A", "B", ... then "K1", "K2" ...
    const auto freeName = [&marks]() {
        const auto taken = [&marks](const std::string& candidate) {
            return std::any_of(marks.begin(), marks.end(), [&](const Mark& m) { return m.name == candidate; });
        };
        for (char letter = 'A'; letter <= 'Z'; ++letter) {
            if (!taken(std::string(1, letter)))
                return std::string(1, letter);
        }
        for (int n = 1;; ++n) {
            if (!taken(fmt::format("K{}", n)))
                return fmt::format("K{}", n);
        }
    };

    if (marks.empty()) {
        marks.push_back(Mark{freeName(), positionM, facing, actionTime, actionTime, {}});
        return setMarks(project, sceneIndex, actor, std::move(marks), name);
    }
    const ActorPose now = evaluateBlocking(project.scenes[sceneIndex].blocking[*existing], actionTime);
    const auto on = static_cast<std::size_t>(std::max(now.markIndex, 0));
    if (on < marks.size() && (!now.walking || marks[on].leaveAt == actionTime)) {
        marks[on].positionM = positionM;
        marks[on].facingDeg = facing;
        return setMarks(project, sceneIndex, actor, std::move(marks), name);
    }
    // Walking from mark `on` to the next: a new mark between them, held for no time.
    Mark added{freeName(), positionM, facing, actionTime, actionTime, {}};
    marks.insert(marks.begin() + static_cast<std::ptrdiff_t>(std::min(on + 1, marks.size())), std::move(added));
    return setMarks(project, sceneIndex, actor, std::move(marks), name);
}

} // namespace murnau
