// Keeping a comparison's sides in the project as one edit (comparison_edits.h).

#include "core/edit/comparison_edits.h"

#include <algorithm>
#include <cctype>
#include <string>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"

namespace murnau {

namespace {

// The number after the scene's shots: one more than the largest leading number of any shot's
// number ("3" after "1", "2A"), "1" in an empty scene.
std::string nextShotNumber(const Scene& scene)
{
    long largest = 0;
    for (const Shot& shot : scene.shots) {
        std::size_t digits = 0;
        while (digits < shot.number.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(shot.number[digits])))
            ++digits;
        if (digits > 0)
            largest = std::max(largest, std::stol(shot.number.substr(0, digits)));
    }
    return std::to_string(largest + 1);
}

// A setup name no shot of the project uses: the camera's name and a number ("A4" after "A1".."A3").
std::string newSetupName(const Project& project, const std::string& cameraName)
{
    const auto used = [&](const std::string& setup) {
        return std::any_of(project.scenes.begin(), project.scenes.end(), [&](const Scene& scene) {
            return std::any_of(scene.shots.begin(), scene.shots.end(),
                               [&](const Shot& shot) { return shot.setup == setup; });
        });
    };
    for (int n = 1;; ++n) {
        std::string setup = cameraName + std::to_string(n);
        if (!used(setup))
            return setup;
    }
}

// "track out": a side's title inside a sentence.
std::string sideWords(CompareSide side)
{
    std::string words(compareSideTitle(side));
    if (!words.empty())
        words[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(words[0])));
    return words;
}

// Applies `edit` to `work` and appends its changes to `into`.
std::optional<Error> applyInto(Project& work, const Edit& edit, Edit& into)
{
    if (const Result<bool> applied = applyEdit(work, edit); !applied)
        return applied.error();
    into.changes.insert(into.changes.end(), edit.changes.begin(), edit.changes.end());
    return std::nullopt;
}

// Adds to scene `sceneIndex` of `work`, at `index`, a new shot that takes `move` (applyMove),
// numbered `number` in `setup` and named after `side`; returns its id.
Result<std::string> addKeptShot(Project& work, Edit& into, std::size_t sceneIndex, std::size_t index,
                                const MoveResult& move, CompareSide side, const std::string& number,
                                const std::string& setup)
{
    Shot shot;
    shot.id = newShotIds(work).front();
    shot.number = number;
    shot.name = std::string(compareSideTitle(side));
    shot.setup = setup;
    shot.camera = move.shot.camera;
    shot.frameRate = move.shot.frameRate;
    shot.actionStart = move.shot.actionStart;
    const Result<Edit> added = addShot(work, sceneIndex, index, shot);
    if (!added)
        return added.error();
    if (auto error = applyInto(work, *added, into))
        return *error;
    const Result<Edit> moved = applyMove(work, shot.id, move);
    if (!moved)
        return moved.error();
    if (auto error = applyInto(work, *moved, into))
        return *error;
    return shot.id;
}

} // namespace

Result<KeptComparison> keepComparison(const Project& project, const Comparison& comparison,
                                      std::span<const CompareSide> sides, std::size_t sceneIndex)
{
    if (sides.empty())
        return fail("sides", "choose at least one side to keep");
    std::vector<const MoveResult*> moves;
    for (std::size_t i = 0; i < sides.size(); ++i) {
        if (std::find(sides.begin(), sides.begin() + static_cast<std::ptrdiff_t>(i), sides[i])
            != sides.begin() + static_cast<std::ptrdiff_t>(i))
            return fail("sides", fmt::format("the {} is listed twice", sideWords(sides[i])));
        const MoveResult* move = comparison.move(sides[i]);
        if (!move)
            return fail("sides", fmt::format("the comparison has no {}", sideWords(sides[i])));
        moves.push_back(move);
    }

    Project work = project;
    KeptComparison kept;
    std::size_t scene = 0;       // the scene the kept shots go into
    std::size_t firstIndex = 0;  // the first kept shot's index in it
    std::string firstNumber;
    std::string firstLabel;      // "shot 1"
    std::string setup;
    if (!comparison.sourceShotId.empty()) {
        const Result<ShotPlace> place = findShot(project, comparison.sourceShotId);
        if (!place)
            return fail("shotId", fmt::format("the shot the comparison was made from ('{}') is no longer in the project",
                                              comparison.sourceShotId));
        scene = place->sceneIndex;
        firstIndex = place->shotIndex;
        const Shot& source = project.scenes[scene].shots[firstIndex];
        firstNumber = source.number;
        firstLabel = editing::shotLabel(source);
        setup = source.setup;
        const Result<Edit> moved = applyMove(work, source.id, *moves.front());
        if (!moved)
            return moved.error();
        if (auto error = applyInto(work, *moved, kept.edit))
            return *error;
        if (sides.size() > 1 && setup.empty()) {
            // Alternatives share a setup: give the source one.
            setup = newSetupName(project, moves.front()->shot.camera);
            const Result<Edit> named = setShotText(work, source.id, ShotText::Setup, setup);
            if (!named)
                return named.error();
            if (auto error = applyInto(work, *named, kept.edit))
                return *error;
        }
        kept.shotIds.push_back(source.id);
    } else {
        if (sceneIndex >= project.scenes.size())
            return fail("sceneIndex", project.scenes.empty()
                                          ? std::string("the project has no scene to add the shot to")
                                          : fmt::format("no scene {} in the project: it has {}", sceneIndex + 1,
                                                        project.scenes.size()));
        scene = sceneIndex;
        firstIndex = project.scenes[scene].shots.size();
        firstNumber = nextShotNumber(project.scenes[scene]);
        firstLabel = "shot " + firstNumber;
        setup = newSetupName(project, moves.front()->shot.camera);
        Result<std::string> id =
            addKeptShot(work, kept.edit, scene, firstIndex, *moves.front(), sides.front(), firstNumber, setup);
        if (!id)
            return id.error();
        kept.shotIds.push_back(std::move(id).value());
    }

    for (std::size_t i = 1; i < sides.size(); ++i) {
        const std::string number = freeShotNumber(work.scenes[scene], firstNumber);
        Result<std::string> id = addKeptShot(work, kept.edit, scene, firstIndex + i, *moves[i], sides[i], number, setup);
        if (!id)
            return id.error();
        kept.shotIds.push_back(std::move(id).value());
    }

    if (sides.size() == 1) {
        kept.edit.name = fmt::format("Keep {} as {}", sideWords(sides.front()), firstLabel);
    } else {
        std::string words;
        for (std::size_t i = 0; i < sides.size(); ++i)
            words += (i == 0 ? "" : i + 1 == sides.size() ? " and " : ", ") + sideWords(sides[i]);
        kept.edit.name = fmt::format("Keep {} as alternatives of setup {}", words, setup);
    }
    return kept;
}

} // namespace murnau
