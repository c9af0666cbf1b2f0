#pragma once
// Where a new item (set piece, actor) lands when it is added from the library: on the floor in
// front of the camera the user is looking through, so it appears in frame, kept on the floor.
// A placement heuristic, not optics: the distance ahead is the camera's focus distance (where
// the action usually is), clamped to [kMinPlacementDistanceM, kMaxPlacementDistanceM].

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/scene/project.h"

namespace murnau {

inline constexpr double kMinPlacementDistanceM = 1.0;   // closest a new item lands to the lens, metres (horizontal)
inline constexpr double kMaxPlacementDistanceM = 10.0;  // farthest, metres (horizontal)

// The floor point (y = 0) straight ahead of `camera` along its pan heading (pan convention of
// camera_state.h: pan 0 looks down -Z, 90 down -X), clamp(focusDistanceM) metres from the point
// under the lens, then clamped into the floor (floorSizeM centred on the origin). A camera whose
// values are not finite gives the floor centre (0, 0, 0).
[[nodiscard]] glm::dvec3 placementInFrontOf(const CameraSetup& camera, glm::dvec2 floorSizeM) noexcept;

} // namespace murnau
