#pragma once
// Edits of the set's pieces: add, duplicate, remove, rename, place, size, turn, colour, and the
// shape-specific fields (a wall's doors and windows, a flight's steps, a model's file and scale).
// A piece is named by its name (unique in the set). Each builder checks the new piece with
// checkSetPiece first and returns the edit, or an error naming the field as the file reader
// would ("set.pieces[3].sizeM") or the argument ("name" for an unknown or taken name); a
// returned edit applies to the project it was built from without fail.
//
// Drag-style builders take a `mergeKey`: the app passes the same non-empty key for every step
// of one drag (e.g. "move-piece:Crate#12"), and mergeEdits() makes the drag one undo step.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <glm/vec3.hpp>

#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// A name for a new piece not yet used in the set: `base` itself if free, else "base 2", "base 3"...
[[nodiscard]] std::string uniqueSetPieceName(const Project& project, std::string_view base);

// "Add wall “Back wall”": appends `piece` to the set (its name must be new).
Result<Edit> addSetPiece(const Project& project, const SetPiece& piece);
// "Duplicate “Crate”": a copy named uniqueSetPieceName(name), `offsetM` from the original, after it.
Result<Edit> duplicateSetPiece(const Project& project, std::string_view name, glm::dvec3 offsetM);
// "Delete “Crate”".
Result<Edit> removeSetPiece(const Project& project, std::string_view name);
// "Rename “Crate” to “Table”".
Result<Edit> renameSetPiece(const Project& project, std::string_view name, std::string_view newName);
// "Move “Crate”": the centre of its base, metres. Drag-style.
Result<Edit> moveSetPiece(const Project& project, std::string_view name, glm::dvec3 positionM,
                          std::string_view mergeKey = {});
// "Resize “Crate” to 1.20 m × 0.80 m × 0.60 m": extents along local x, y, z, metres. Drag-style.
Result<Edit> resizeSetPiece(const Project& project, std::string_view name, glm::dvec3 sizeM,
                            std::string_view mergeKey = {});
// "Turn “Crate” to 45°": yaw about +Y, degrees in [-360, 360]. Drag-style.
Result<Edit> turnSetPiece(const Project& project, std::string_view name, double yawDeg, std::string_view mergeKey = {});
// "Change colour of “Crate”".
Result<Edit> setSetPieceColor(const Project& project, std::string_view name, Rgb color);
// "Make “Crate” a cylinder": changes the shape; fields of the old shape go back to their defaults,
// a new stairs gets `stepCount` = round(rise / 0.18 m) within [1, 200] (a common riser height);
// a new model has no file yet and is refused ("...modelPath"): use replaceSetPiece with its file.
Result<Edit> setSetPieceShape(const Project& project, std::string_view name, SetPieceShape shape);
// "Change “Crate”": replaces the whole piece by `after` (same or new unique name), for inspector
// forms that change several fields at once; the name says the field when only one changed.
Result<Edit> replaceSetPiece(const Project& project, std::string_view name, const SetPiece& after);

// "Add door to “Back wall”": appends an opening to a wall (inside the wall, not overlapping the others).
Result<Edit> addWallOpening(const Project& project, std::string_view wallName, const WallOpening& opening);
// "Move window in “Back wall”": replaces opening `index` of a wall (position, size, kind). Drag-style.
Result<Edit> changeWallOpening(const Project& project, std::string_view wallName, std::size_t index,
                               const WallOpening& opening, std::string_view mergeKey = {});
// "Delete door from “Back wall”".
Result<Edit> removeWallOpening(const Project& project, std::string_view wallName, std::size_t index);
// "Give “Stairs” 12 steps": a flight's number of risers (>= 1).
Result<Edit> setStairSteps(const Project& project, std::string_view stairsName, int stepCount);
// "Load “props/car.glb” into “Car”": a model piece's file, relative to the project's folder, '/' separators.
Result<Edit> setModelPath(const Project& project, std::string_view modelName, std::string_view modelPath);
// "Scale “Car” by 0.01": a model piece's uniform scale from the model's units to metres.
Result<Edit> setModelScale(const Project& project, std::string_view modelName, double modelScale);

} // namespace murnau
