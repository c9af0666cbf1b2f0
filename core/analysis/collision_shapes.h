#pragma once
// Distances to the solid shapes collisions are tested against: set pieces (boxes turned about
// +Y, upright cylinders) and actors (upright cylinders of their stature). World axes as in
// core/rig/camera_state.h (metres, +Y up). A yawed box is base + Ry(yaw) * local with local
// x in [-w/2, w/2], y in [0, h], z in [-d/2, d/2] and Ry the rotation counter-clockwise seen from
// above (pan convention): world x = x cos(yaw) + z sin(yaw), world z = -x sin(yaw) + z cos(yaw).

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/scene/project.h"

namespace murnau {

// Distance from `pointM` to the solid upright cylinder standing on `baseM` (centre of its bottom
// face) with `radiusM` and `heightM`; 0 inside. Metres.
[[nodiscard]] double distanceToCylinderM(const glm::dvec3& baseM, double radiusM, double heightM,
                                         const glm::dvec3& pointM) noexcept;

// Distance from `pointM` to the solid set piece (a cylinder's diameter is sizeM.x); 0 inside. Metres.
[[nodiscard]] double distanceToSetPieceM(const SetPiece& piece, const glm::dvec3& pointM) noexcept;

// Distance on the floor plan from `pointXz` (world x, z) to the set piece's footprint; 0 inside. Metres.
[[nodiscard]] double footprintDistanceM(const SetPiece& piece, const glm::dvec2& pointXz) noexcept;

} // namespace murnau
