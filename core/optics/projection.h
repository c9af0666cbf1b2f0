#pragma once
// Pinhole projection of world points through a CameraState onto its gate. The
// viewport, the GUI tests and the exports all place things on the image with this.

#include <optional>

#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/rig/camera_state.h"

namespace murnau {

// Camera-to-world rotation for pan/tilt/roll in degrees (see camera_state.h for the convention).
[[nodiscard]] glm::dmat3 cameraRotation(double panDeg, double tiltDeg, double rollDeg) noexcept;

// The unit vector the camera looks along, in world space.
[[nodiscard]] glm::dvec3 cameraForward(const CameraState& camera) noexcept;

// A world point expressed in camera space (metres; camera looks down -Z).
[[nodiscard]] glm::dvec3 worldToCamera(const CameraState& camera, glm::dvec3 worldM) noexcept;

// Where a world point lands on the projected (desqueezed) image, normalised to the
// camera's gate: x in [-1, 1] left to right, y in [-1, 1] bottom to top; points
// outside the gate fall outside that range. With camera-space (Xc, Yc, Zc):
//   x = (Xc / -Zc) / (s w / (2 f)),   y = (Yc / -Zc) / (h / (2 f))
// (derivation in projection.cpp). nullopt if the point is not in front of the lens plane
// (Zc >= 0) or the camera's focal length or gate is not positive and finite.
[[nodiscard]] std::optional<glm::dvec2> projectToGate(const CameraState& camera, glm::dvec3 worldM) noexcept;

// The same as pixel coordinates in an image of widthPx x heightPx that shows exactly
// the gate (origin at the top-left corner of the image, y down; the image's right edge is
// x = widthPx): px = (x + 1) / 2 * widthPx, py = (1 - y) / 2 * heightPx. nullopt as above,
// or for a non-positive or non-finite image size.
[[nodiscard]] std::optional<glm::dvec2> projectToPixels(const CameraState& camera, glm::dvec3 worldM,
                                                        double widthPx, double heightPx) noexcept;

} // namespace murnau
