#pragma once
// Distances to the solid shapes collisions are tested against: set pieces and actors (upright
// cylinders of their stature). World axes as in core/rig/camera_state.h (metres, +Y up). A set
// piece's own frame is base + Ry(yaw) * local, local x across (width), y up from the base, z
// through (depth), with Ry the rotation counter-clockwise seen from above (pan convention):
// world x = x cos(yaw) + z sin(yaw), world z = -x sin(yaw) + z cos(yaw).
//
// The solids, in the piece's frame (w, h, d = sizeM):
//   box       x in [-w/2, w/2], y in [0, h], z in [-d/2, d/2]
//   cylinder  upright, diameter w, height h
//   wall      the box of length w, height h and thickness d minus its openings, each cut through
//             the whole thickness (x in centre +- width/2, y from the sill up by its height): a
//             camera passing through a doorway touches only the jambs and the lintel
//   stairs    N = stepCount solid steps on the floor, rise r = h / N and tread t = d / N, climbing
//             towards -z: step k (0 at the front, z = +d/2) covers z in [d/2 - (k+1) t, d/2 - k t]
//             and y in [0, (k+1) r]
//   model     its collision box, a box of sizeM; none at all when sizeM is zero (infinitely far)

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/scene/project.h"

namespace murnau {

// Distance from `pointM` to the solid upright cylinder standing on `baseM` (centre of its bottom
// face) with `radiusM` and `heightM`; 0 inside. Metres.
[[nodiscard]] double distanceToCylinderM(const glm::dvec3& baseM, double radiusM, double heightM,
                                         const glm::dvec3& pointM) noexcept;

// Distance from `pointM` to the solid of the set piece (above); 0 inside; +infinity for a model
// without a collision box. Metres.
[[nodiscard]] double distanceToSetPieceM(const SetPiece& piece, const glm::dvec3& pointM) noexcept;

// Distance on the floor plan from `pointXz` (world x, z) to what of the set piece stands on its
// base; 0 inside; +infinity for a model without a collision box. Metres. A wall's footprint leaves
// out its openings that reach down to its base (doors: a track can be laid through a doorway);
// a window above the base does not cut the footprint.
[[nodiscard]] double footprintDistanceM(const SetPiece& piece, const glm::dvec2& pointXz) noexcept;

} // namespace murnau
