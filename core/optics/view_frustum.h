#pragma once
// The pyramid a camera sees, for drawing the shot camera's frustum in the free view: the four
// corners of the picture (the projected, desqueezed gate) at a depth d along the lens axis.
// Pinhole model, as core/optics/projection.h: in camera space (looking down -Z, +X right, +Y up)
// the picture's edges at depth d lie at
//   Xc = +-d * s w / (2 f)  (= d tan(horizontal AOV / 2)),   Yc = +-d * h / (2 f),   Zc = -d
// so projectToGate() puts the corners exactly on (+-1, +-1).

#include <array>

#include <glm/vec3.hpp>

#include "core/optics/lens.h"
#include "core/rig/camera_state.h"
#include "core/util/result.h"

namespace murnau {

// Deepest frustum drawn, metres (a kilometre is past any set).
inline constexpr double kMaxFrustumDepthM = 1000.0;

// The picture's corners in order: top-left, top-right, bottom-right, bottom-left (as the picture shows them).
using FrustumCorners = std::array<glm::dvec3, 4>;

// The corners at `depthM` in camera space (metres; the lens at the origin, looking down -Z).
// Errors name "gate", "focalLengthMm" (checkedGate, checkedFocalLengthMm) and "depthM" (not
// positive and finite, or beyond kMaxFrustumDepthM).
Result<FrustumCorners> frustumCornersInCamera(const Gate& gate, double focalLengthMm, double depthM);

// The same in world space for `camera` (its gate, focal length, pose: cameraRotation()).
// Errors as above, and "positionM" / "panDeg" / "tiltDeg" / "rollDeg" when not finite.
Result<FrustumCorners> frustumCornersInWorld(const CameraState& camera, double depthM);

} // namespace murnau
