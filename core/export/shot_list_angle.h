#pragma once
// The camera angle a shot list names: how the camera looks at the main actor at the shot's first
// frame. These are conventions of cinematography textbooks, not a standard with numbers: the
// books describe eye level as "the lens at the subject's eye height", high and low as above and
// below it looking down and up, overhead (bird's eye) as looking nearly straight down, worm's eye
// as nearly straight up, and dutch as a camera rolled off the horizon. The figures that turn
// these words into rules are ours (AngleThresholds), chosen as follows:
//   dutch      |roll| > 5 degrees (a smaller roll reads as a level camera set slightly off)
//   overhead   tilt < -60 degrees; worm's eye: tilt > +60 degrees (steeper than two thirds of
//              the way to vertical)
//   eye level  the lens within half a head of the eyes' height (head = crown to chin, 0.130 of
//              stature, Drillis & Contini via anthropometry.h), or seen from the eyes less than
//              5 degrees above or below them (far off, a height difference does not read as an angle)
//   high / low above / below that band
// In that order of precedence; without a main actor only dutch, overhead and worm's eye can be named.

#include <optional>
#include <string_view>

#include <glm/vec3.hpp>

#include "core/rig/camera_state.h"
#include "core/scene/anthropometry.h"

namespace murnau {

// The vertical angle of the camera on the main actor.
enum class CameraAngle { EyeLevel, High, Low, Overhead, WormsEye, Dutch };
// "eye level", "high", "low", "overhead", "worm's eye", "dutch".
[[nodiscard]] std::string_view cameraAngleLabel(CameraAngle angle) noexcept;

// The figures of the rules above.
struct AngleThresholds {
    double dutchRollDeg = 5.0;           // |roll| beyond this is dutch, degrees
    double overheadTiltDeg = -60.0;      // tilt below this looks down on the scene, degrees
    double wormsEyeTiltDeg = 60.0;       // tilt above this looks up at it, degrees
    double eyeBandStatures = (landmark::kCrown - landmark::kChin) / 2.0;   // half a head (0.065 of stature) either side of the eyes
    double eyeLevelElevationDeg = 5.0;   // or the lens within this many degrees of the eyes' horizon
};

// The angle of `camera` on an actor of stature `statureM` whose eyes are at `eyesM`; without the
// actor (nullopt eyes), only dutch, overhead and worm's eye, else nullopt.
[[nodiscard]] std::optional<CameraAngle> classifyCameraAngle(const CameraState& camera,
                                                             const std::optional<glm::dvec3>& eyesM,
                                                             double statureM,
                                                             const AngleThresholds& thresholds = {});

} // namespace murnau
