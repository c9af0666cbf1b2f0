#pragma once
// Angle of view from focal length on a stated gate, with the delivery-aspect crop
// and anamorphic squeeze. Thin-lens / pinhole model focused at infinity:
//   AOV = 2 * atan(d / (2 f))          d = used gate width, height or diagonal
// Anamorphic squeeze s widens the horizontal object-space angle: 2 * atan(s w / (2 f)).
// The projected (desqueezed) image of a w x h gate is s*w wide and h high, so its aspect
// is s*w/h and its diagonal, for the diagonal angle, is sqrt((s w)^2 + h^2).

#include <optional>
#include <string_view>

#include "core/optics/sensor.h"
#include "core/util/result.h"

namespace murnau {

// The part of the sensor a delivery aspect ratio uses, in millimetres, after cropping.
// The crop keeps the full width unless the delivery aspect is taller than the sensor,
// then keeps the full height: usedHeight = min(h, s*w / aspect), usedWidth = min(w, aspect*h/s).
struct Gate {
    double widthMm = 0.0;    // used width on the sensor, millimetres
    double heightMm = 0.0;   // used height on the sensor, millimetres
    double squeeze = 1.0;    // anamorphic squeeze factor (1 = spherical)
};

// Accepted anamorphic squeeze factors: 1 (spherical) up to 4 (real lenses: 1.25, 1.33, 1.5,
// 1.65, 1.8, 2.0); anything outside is refused as a typing error.
inline constexpr double kMinSqueeze = 1.0;
inline constexpr double kMaxSqueeze = 4.0;
// Longest focal length accepted, millimetres (the longest photographic lenses are ~5200 mm).
inline constexpr double kMaxFocalLengthMm = 10000.0;

// Crops a sensor to a delivery aspect ratio (width/height of the *projected* image;
// nullopt means the whole gate). With squeeze s the projected aspect of the full
// w x h gate is A = s*w/h: a delivery aspect wider than A keeps the width w and uses
// height s*w/aspect; a taller one keeps the height h and uses width aspect*h/s.
// Errors name "sensor", "deliveryAspect" or "squeeze" for non-positive, non-finite or absurd input
// (aspect outside [0.1, 10], squeeze outside [kMinSqueeze, kMaxSqueeze]).
Result<Gate> cropGate(const SensorFormat& sensor, std::optional<double> deliveryAspect,
                      double squeeze = 1.0);

// Returns the gate if it can be used (width and height in (0, kMaxSensorDimensionMm] mm,
// squeeze in [kMinSqueeze, kMaxSqueeze]), else an error naming `field`.
Result<Gate> checkedGate(const Gate& gate, std::string_view field = "gate");

// Returns the focal length if it is finite and in (0, kMaxFocalLengthMm] mm, else an error naming `field`.
Result<double> checkedFocalLengthMm(double focalLengthMm, std::string_view field = "focalLengthMm");

// Angle of view across a gate dimension d (mm) at focal length f (mm), in degrees:
// 2 * atan(d / (2 f)). No checks: garbage in gives NaN out.
[[nodiscard]] double angleOfViewDeg(double dimensionMm, double focalLengthMm) noexcept;

// Focal length (mm) that gives angle `aovDeg` across dimension d (mm): f = d / (2 tan(aov/2)).
[[nodiscard]] double focalLengthForAngleMm(double dimensionMm, double aovDeg) noexcept;

// The three angles of a gate at a focal length, in degrees; the horizontal one includes squeeze.
struct AngleOfView {
    double horizontalDeg = 0.0;   // 2 atan(s w / (2 f))
    double verticalDeg = 0.0;     // 2 atan(h / (2 f))
    double diagonalDeg = 0.0;     // 2 atan(sqrt((s w)^2 + h^2) / (2 f)), diagonal of the projected image
};

// Angles of view of a cropped gate. Errors on a non-positive, non-finite or absurd focal
// length ("focalLengthMm") or an unusable gate ("gate").
Result<AngleOfView> angleOfView(const Gate& gate, double focalLengthMm);

} // namespace murnau
