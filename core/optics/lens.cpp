#include "core/optics/lens.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include <fmt/format.h>

namespace murnau {

namespace {

// Delivery aspects outside this range are typing errors (9:16 vertical video is 0.5625,
// Polyvision 4:1 is 4.0).
constexpr double kMinDeliveryAspect = 0.1;
constexpr double kMaxDeliveryAspect = 10.0;

constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double kDegToRad = std::numbers::pi / 180.0;

std::optional<Error> checkSqueeze(double squeeze, const std::string& field)
{
    if (!std::isfinite(squeeze))
        return fail(field, "anamorphic squeeze must be a finite number");
    if (squeeze < kMinSqueeze || squeeze > kMaxSqueeze) {
        return fail(field, fmt::format("anamorphic squeeze must be between {} (spherical) and {}, got {}",
                                       kMinSqueeze, kMaxSqueeze, squeeze));
    }
    return std::nullopt;
}

std::optional<Error> checkDimension(double valueMm, const std::string& field, const char* what)
{
    if (!std::isfinite(valueMm))
        return fail(field, fmt::format("{} must be a finite number of millimetres", what));
    if (valueMm <= 0.0)
        return fail(field, fmt::format("{} must be positive, got {} mm", what, valueMm));
    if (valueMm > kMaxSensorDimensionMm) {
        return fail(field, fmt::format("{} of {} mm is beyond any camera format (max {} mm)", what, valueMm,
                                       kMaxSensorDimensionMm));
    }
    return std::nullopt;
}

} // namespace

Result<Gate> checkedGate(const Gate& gate, std::string_view field)
{
    const std::string fieldName(field);
    if (auto error = checkDimension(gate.widthMm, fieldName, "gate width"))
        return *error;
    if (auto error = checkDimension(gate.heightMm, fieldName, "gate height"))
        return *error;
    if (auto error = checkSqueeze(gate.squeeze, fieldName))
        return *error;
    return gate;
}

Result<double> checkedFocalLengthMm(double focalLengthMm, std::string_view field)
{
    const std::string fieldName(field);
    if (!std::isfinite(focalLengthMm))
        return fail(fieldName, "focal length must be a finite number of millimetres");
    if (focalLengthMm <= 0.0)
        return fail(fieldName, fmt::format("focal length must be positive, got {} mm", focalLengthMm));
    if (focalLengthMm > kMaxFocalLengthMm) {
        return fail(fieldName, fmt::format("focal length of {} mm is beyond any lens (max {} mm)", focalLengthMm,
                                           kMaxFocalLengthMm));
    }
    return focalLengthMm;
}

Result<Gate> cropGate(const SensorFormat& sensor, std::optional<double> deliveryAspect, double squeeze)
{
    if (auto error = checkDimension(sensor.widthMm, "sensor", "sensor width"))
        return *error;
    if (auto error = checkDimension(sensor.heightMm, "sensor", "sensor height"))
        return *error;
    if (auto error = checkSqueeze(squeeze, "squeeze"))
        return *error;

    const double w = sensor.widthMm;
    const double h = sensor.heightMm;
    if (!deliveryAspect)
        return Gate{w, h, squeeze};

    const double aspect = *deliveryAspect;
    if (!std::isfinite(aspect))
        return fail("deliveryAspect", "delivery aspect ratio must be a finite number (width / height)");
    if (aspect < kMinDeliveryAspect || aspect > kMaxDeliveryAspect) {
        return fail("deliveryAspect", fmt::format("delivery aspect ratio must be between {} and {}, got {}",
                                                  kMinDeliveryAspect, kMaxDeliveryAspect, aspect));
    }

    // The projected image of the full gate is s*w wide and h high (aspect A = s*w/h).
    // Wider delivery (aspect >= A): keep the width, use height s*w/aspect (<= h).
    // Taller delivery (aspect < A): keep the height, use width aspect*h/s (< w).
    const double projectedAspect = squeeze * w / h;
    if (aspect >= projectedAspect)
        return Gate{w, std::min(h, squeeze * w / aspect), squeeze};
    return Gate{std::min(w, aspect * h / squeeze), h, squeeze};
}

double angleOfViewDeg(double dimensionMm, double focalLengthMm) noexcept
{
    return 2.0 * std::atan(dimensionMm / (2.0 * focalLengthMm)) * kRadToDeg;
}

double focalLengthForAngleMm(double dimensionMm, double aovDeg) noexcept
{
    return dimensionMm / (2.0 * std::tan(0.5 * aovDeg * kDegToRad));
}

Result<AngleOfView> angleOfView(const Gate& gate, double focalLengthMm)
{
    const Result<Gate> checked = checkedGate(gate);
    if (!checked)
        return checked.error();
    const Result<double> focal = checkedFocalLengthMm(focalLengthMm);
    if (!focal)
        return focal.error();

    // The projected (desqueezed) image is s*w by h.
    const double projectedWidthMm = gate.squeeze * gate.widthMm;
    AngleOfView aov;
    aov.horizontalDeg = angleOfViewDeg(projectedWidthMm, focalLengthMm);
    aov.verticalDeg = angleOfViewDeg(gate.heightMm, focalLengthMm);
    aov.diagonalDeg = angleOfViewDeg(std::hypot(projectedWidthMm, gate.heightMm), focalLengthMm);
    return aov;
}

} // namespace murnau
