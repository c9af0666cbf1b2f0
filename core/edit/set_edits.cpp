// Edits of the set's pieces.

#include "core/edit/set_edits.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/scene/display_units.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_rules.h"

namespace murnau {

namespace {

using namespace editing;

// A common riser height, metres, for the steps of a piece that becomes stairs (building codes
// allow about 0.18-0.22 m, see project_rules.h).
constexpr double kTypicalRiserM = 0.18;

std::string_view shapeWord(SetPieceShape shape)
{
    switch (shape) {
    case SetPieceShape::Box:
        return "box";
    case SetPieceShape::Cylinder:
        return "cylinder";
    case SetPieceShape::Wall:
        return "wall";
    case SetPieceShape::Stairs:
        return "stairs";
    case SetPieceShape::Model:
        return "model";
    }
    return "piece";
}

std::string_view openingWord(OpeningKind kind)
{
    return kind == OpeningKind::Door ? "door" : "window";
}

// The edit replacing piece `index` by `after`, once `after` passes the checks.
Result<Edit> replacePieceAt(const Project& project, std::size_t index, const SetPiece& after, std::string name,
                            std::string_view mergeKey = {})
{
    if (auto error = checkNameFree(project.set.pieces, after.name, index, "a set piece", pieceField(index) + ".name"))
        return *error;
    if (auto error = checkSetPiece(after, pieceField(index)))
        return *error;
    return makeEdit(std::move(name), {replaced(ItemList::SetPieces, index, project.set.pieces[index], after)},
                    mergeKey);
}

// The piece named `name` of the shape `shape`: its index, or an error "name".
Result<std::size_t> findPieceOfShape(const Project& project, std::string_view name, SetPieceShape shape)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index;
    if (project.set.pieces[*index].shape != shape)
        return fail(
            "name",
            fmt::format("'{}' is a {}, not a {}", name, shapeWord(project.set.pieces[*index].shape), shapeWord(shape)));
    return index;
}

std::string sizeText(glm::dvec3 sizeM, DisplayUnits units)
{
    return fmt::format("{} \u00d7 {} \u00d7 {}", formatLength(sizeM.x, units), formatLength(sizeM.y, units),
                       formatLength(sizeM.z, units));
}

} // namespace

std::string uniqueSetPieceName(const Project& project, std::string_view base)
{
    return uniqueNameIn(project.set.pieces, base);
}

Result<Edit> addSetPiece(const Project& project, const SetPiece& piece)
{
    const std::size_t index = project.set.pieces.size();
    if (auto error = checkRoomFor(project, CountedList::SetPieces))
        return *error;
    if (auto error
        = checkNameFree(project.set.pieces, piece.name, std::nullopt, "a set piece", pieceField(index) + ".name"))
        return *error;
    if (auto error = checkSetPiece(piece, pieceField(index)))
        return *error;
    return makeEdit(fmt::format("Add {} {}", shapeWord(piece.shape), quotedName(piece.name)),
                    {inserted(ItemList::SetPieces, index, piece)});
}

Result<Edit> duplicateSetPiece(const Project& project, std::string_view name, glm::dvec3 offsetM)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    if (auto error = checkRoomFor(project, CountedList::SetPieces))
        return *error;
    SetPiece copy = project.set.pieces[*index];
    copy.name = uniqueSetPieceName(project, name);
    copy.positionM += offsetM;
    const std::size_t at = *index + 1;
    if (auto error = checkSetPiece(copy, pieceField(at)))
        return *error;
    return makeEdit("Duplicate " + quotedName(name), {inserted(ItemList::SetPieces, at, copy)});
}

Result<Edit> removeSetPiece(const Project& project, std::string_view name)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    return makeEdit("Delete " + quotedName(name), {removed(ItemList::SetPieces, *index, project.set.pieces[*index])});
}

Result<Edit> renameSetPiece(const Project& project, std::string_view name, std::string_view newName)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.name = std::string(newName);
    return replacePieceAt(project, *index, after, "Rename " + quotedName(name) + " to " + quotedName(newName));
}

Result<Edit> moveSetPiece(const Project& project, std::string_view name, glm::dvec3 positionM,
                          std::string_view mergeKey)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.positionM = positionM;
    return replacePieceAt(project, *index, after, "Move " + quotedName(name), mergeKey);
}

Result<Edit> resizeSetPiece(const Project& project, std::string_view name, glm::dvec3 sizeM, std::string_view mergeKey)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.sizeM = sizeM;
    return replacePieceAt(project, *index, after,
                          "Resize " + quotedName(name) + " to " + sizeText(sizeM, project.displayUnits), mergeKey);
}

Result<Edit> turnSetPiece(const Project& project, std::string_view name, double yawDeg, std::string_view mergeKey)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.yawDeg = yawDeg;
    return replacePieceAt(project, *index, after, "Turn " + quotedName(name) + " to " + angleText(yawDeg), mergeKey);
}

Result<Edit> setSetPieceColor(const Project& project, std::string_view name, Rgb color)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.color = color;
    return replacePieceAt(project, *index, after, "Change colour of " + quotedName(name));
}

Result<Edit> setSetPieceShape(const Project& project, std::string_view name, SetPieceShape shape)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    const SetPiece& before = project.set.pieces[*index];
    SetPiece after;
    after.name = before.name;
    after.shape = shape;
    after.positionM = before.positionM;
    after.sizeM = before.sizeM;
    after.yawDeg = before.yawDeg;
    after.color = before.color;
    if (shape == SetPieceShape::Stairs) {
        const double steps = std::round(before.sizeM.y / kTypicalRiserM);
        after.stepCount
            = static_cast<int>(std::clamp(steps, double{rules::kMinStepCount}, double{rules::kMaxStepCount}));
    }
    const char* article = shape == SetPieceShape::Stairs ? "" : "a ";
    return replacePieceAt(project, *index, after,
                          fmt::format("Make {} {}{}", quotedName(name), article, shapeWord(shape)));
}

Result<Edit> replaceSetPiece(const Project& project, std::string_view name, const SetPiece& after)
{
    Result<std::size_t> index = findPieceIndex(project, name);
    if (!index)
        return index.error();
    const SetPiece& before = project.set.pieces[*index];
    // Name the edit after the one field that changed, if only one did.
    std::vector<std::string> names;
    if (after.name != before.name)
        names.push_back("Rename " + quotedName(name) + " to " + quotedName(after.name));
    if (after.shape != before.shape)
        names.push_back(fmt::format("Make {} a {}", quotedName(name), shapeWord(after.shape)));
    if (after.positionM != before.positionM)
        names.push_back("Move " + quotedName(name));
    if (after.sizeM != before.sizeM)
        names.push_back("Resize " + quotedName(name) + " to " + sizeText(after.sizeM, project.displayUnits));
    if (after.yawDeg != before.yawDeg)
        names.push_back("Turn " + quotedName(name) + " to " + angleText(after.yawDeg));
    if (after.color != before.color)
        names.push_back("Change colour of " + quotedName(name));
    if (after.openings != before.openings)
        names.push_back("Change doors and windows of " + quotedName(name));
    if (after.stepCount != before.stepCount)
        names.push_back(fmt::format("Give {} {} steps", quotedName(name), after.stepCount));
    if (after.modelPath != before.modelPath)
        names.push_back(fmt::format("Load {} into {}", quotedName(after.modelPath), quotedName(name)));
    if (after.modelScale != before.modelScale)
        names.push_back(fmt::format("Scale {} by {}", quotedName(name), numberText(after.modelScale, 6)));
    std::string editName = names.size() == 1 ? names.front() : "Change " + quotedName(name);
    return replacePieceAt(project, *index, after, std::move(editName));
}

Result<Edit> addWallOpening(const Project& project, std::string_view wallName, const WallOpening& opening)
{
    Result<std::size_t> index = findPieceOfShape(project, wallName, SetPieceShape::Wall);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.openings.push_back(opening);
    return replacePieceAt(project, *index, after,
                          fmt::format("Add {} to {}", openingWord(opening.kind), quotedName(wallName)));
}

Result<Edit> changeWallOpening(const Project& project, std::string_view wallName, std::size_t openingIndex,
                               const WallOpening& opening, std::string_view mergeKey)
{
    Result<std::size_t> index = findPieceOfShape(project, wallName, SetPieceShape::Wall);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    if (openingIndex >= after.openings.size()) {
        return fail("index",
                    fmt::format("{} has {} doors and windows, there is no opening {}", quotedName(wallName),
                                after.openings.size(), openingIndex));
    }
    const WallOpening& before = after.openings[openingIndex];
    const bool moved
        = before.kind == opening.kind && before.widthM == opening.widthM && before.heightM == opening.heightM;
    after.openings[openingIndex] = opening;
    return replacePieceAt(
        project, *index, after,
        fmt::format("{} {} in {}", moved ? "Move" : "Change", openingWord(opening.kind), quotedName(wallName)),
        mergeKey);
}

Result<Edit> removeWallOpening(const Project& project, std::string_view wallName, std::size_t openingIndex)
{
    Result<std::size_t> index = findPieceOfShape(project, wallName, SetPieceShape::Wall);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    if (openingIndex >= after.openings.size()) {
        return fail("index",
                    fmt::format("{} has {} doors and windows, there is no opening {}", quotedName(wallName),
                                after.openings.size(), openingIndex));
    }
    const OpeningKind kind = after.openings[openingIndex].kind;
    after.openings.erase(after.openings.begin() + static_cast<std::ptrdiff_t>(openingIndex));
    return replacePieceAt(project, *index, after,
                          fmt::format("Delete {} from {}", openingWord(kind), quotedName(wallName)));
}

Result<Edit> setStairSteps(const Project& project, std::string_view stairsName, int stepCount)
{
    Result<std::size_t> index = findPieceOfShape(project, stairsName, SetPieceShape::Stairs);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.stepCount = stepCount;
    return replacePieceAt(
        project, *index, after,
        fmt::format("Give {} {} step{}", quotedName(stairsName), stepCount, stepCount == 1 ? "" : "s"));
}

Result<Edit> setModelPath(const Project& project, std::string_view modelName, std::string_view modelPath)
{
    Result<std::size_t> index = findPieceOfShape(project, modelName, SetPieceShape::Model);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.modelPath = std::string(modelPath);
    return replacePieceAt(project, *index, after,
                          fmt::format("Load {} into {}", quotedName(modelPath), quotedName(modelName)));
}

Result<Edit> setModelScale(const Project& project, std::string_view modelName, double modelScale)
{
    Result<std::size_t> index = findPieceOfShape(project, modelName, SetPieceShape::Model);
    if (!index)
        return index.error();
    SetPiece after = project.set.pieces[*index];
    after.modelScale = modelScale;
    return replacePieceAt(project, *index, after,
                          fmt::format("Scale {} by {}", quotedName(modelName), numberText(modelScale, 6)));
}

} // namespace murnau
