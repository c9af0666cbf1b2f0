#pragma once
// Where the dolly is on its track, as the rig evaluator puts it (core/rig/rig_evaluator.h), for
// the analyses that need the dolly's own coordinate rather than the lens position.

#include <glm/vec3.hpp>

#include "core/rig/camera_rig.h"
#include "core/time/frame_rate.h"

namespace murnau {

// The dolly's position along its track at t: the channel's default when empty, clamped to the
// channel's range and, on a rail, to [0, rail length]. Metres.
[[nodiscard]] double dollyPositionM(const CameraRig& rig, Flicks t) noexcept;

// The track's centre line at dolly position `distanceM`: the rail at its own height (clamped to
// its ends), or originM + distanceM along headingDeg. Metres.
[[nodiscard]] glm::dvec3 trackPointM(const CameraRig& rig, double distanceM) noexcept;

} // namespace murnau
