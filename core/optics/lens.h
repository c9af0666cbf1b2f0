#pragma once
// Angle of view from focal length on a stated gate, with the delivery-aspect crop
// and anamorphic squeeze. Thin-lens / pinhole model focused at infinity:
//   AOV = 2 * atan(d / (2 f))          d = used gate width, height or diagonal
// Anamorphic squeeze s widens the horizontal object-space angle: 2 * atan(s w / (2 f)).

#include <optional>

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

// Crops a sensor to a delivery aspect ratio (width/height of the *projected* image;
// nullopt means the whole gate). Errors on non-positive or non-finite input.
Result<Gate> cropGate(const SensorFormat& sensor, std::optional<double> deliveryAspect,
                      double squeeze = 1.0);

// Angle of view across a gate dimension d (mm) at focal length f (mm), in degrees.
[[nodiscard]] double angleOfViewDeg(double dimensionMm, double focalLengthMm) noexcept;

// Focal length (mm) that gives angle `aovDeg` across dimension d (mm): f = d / (2 tan(aov/2)).
[[nodiscard]] double focalLengthForAngleMm(double dimensionMm, double aovDeg) noexcept;

// The three angles of a gate at a focal length, in degrees; the horizontal one includes squeeze.
struct AngleOfView {
    double horizontalDeg = 0.0;
    double verticalDeg = 0.0;
    double diagonalDeg = 0.0;
};

// Angles of view of a cropped gate. Errors on a non-positive or non-finite focal length.
Result<AngleOfView> angleOfView(const Gate& gate, double focalLengthMm);

} // namespace murnau
