#pragma once
// Piloting a camera by hand: mouse look, a fly step (WASD + up/down) and the focal-length
// steps of a mouse wheel, as pure functions of a CameraPose (rig_pose.h). The app calls them on
// every mouse move and every frame a key is held; the result is shown live and keyed on request.
//
// Conventions (camera_state.h): the lens axis is (-cos(tilt) sin(pan), sin(tilt), -cos(tilt) cos(pan));
// pan > 0 turns left, tilt > 0 looks up. A fly step moves along the lens axis (forward), the
// horizontal right of the pan, (cos(pan), 0, -sin(pan)), and world up; roll does not steer it.

#include <span>

#include <glm/vec3.hpp>

#include "core/rig/rig_pose.h"

namespace murnau {

// The walking pace a piloted camera flies at without Shift, metres per second (preferred human
// walking pace, about 1.4 m/s: DOMAIN.md "Rigs and their limits").
inline constexpr double kPilotWalkSpeedMps = 1.4;
// How much faster Shift flies.
inline constexpr double kPilotFastFactor = 4.0;
// Mouse look stops the tilt here, degrees, short of straight up or down where pan is undefined.
inline constexpr double kPilotMaxTiltDeg = 89.0;
// Wheel notches per doubling of the focal length on a zoom (or without a lens kit).
inline constexpr double kWheelStepsPerDoubling = 12.0;

// Degrees of head turn per pixel of mouse travel: a view `viewHeightPx` high showing a vertical
// angle of view `verticalFovDeg` turns by the angle one pixel subtends at the centre, so the
// picture follows the mouse; 0 for an empty view.
[[nodiscard]] double lookDegreesPerPixel(double verticalFovDeg, double viewHeightPx) noexcept;

// The pose turned by a mouse move (dx right, dy down, pixels): pan -= dx * k, tilt -= dy * k
// (dragging right turns right, dragging up looks up), tilt held within +-kPilotMaxTiltDeg
// (a pose already beyond it is not pulled back unless the move goes further).
[[nodiscard]] CameraPose lookStep(const CameraPose& pose, double dxPx, double dyPx, double degreesPerPixel) noexcept;

// The pose moved for `seconds` at `speedMps` in `direction` (x right, y up, z forward, in the
// camera's frame as above); a direction longer than 1 (W + D) is normalised, so diagonals are
// not faster. Zero direction, speed or time: the pose unchanged.
[[nodiscard]] CameraPose flyStep(const CameraPose& pose, const glm::dvec3& direction, double speedMps,
                                 double seconds) noexcept;

// The focal length after `steps` wheel notches (+ longer, - shorter), millimetres. With primes
// (ascending): the |steps|-th prime above (below) the current focal length, stopping at the
// longest (shortest); a focal length between primes goes to the neighbouring prime. Without:
// f * 2^(steps / kWheelStepsPerDoubling), clamped to [minMm, maxMm].
[[nodiscard]] double stepFocalLength(double currentMm, int steps, std::span<const double> primesMm, double minMm,
                                     double maxMm) noexcept;

} // namespace murnau
