// Mouse look, fly steps and wheel focal-length steps for piloting a camera (fly_step.h).

#include "core/rig/fly_step.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include <glm/geometric.hpp>

namespace murnau {

namespace {

constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double kDegToRad = std::numbers::pi / 180.0;

} // namespace

double lookDegreesPerPixel(double verticalFovDeg, double viewHeightPx) noexcept
{
    if (!(viewHeightPx > 0.0) || !(verticalFovDeg > 0.0) || !(verticalFovDeg < 180.0))
        return 0.0;
    // The image plane at unit distance is 2 tan(fov / 2) high; one pixel at its centre subtends
    // atan(2 tan(fov / 2) / H).
    return std::atan(2.0 * std::tan(verticalFovDeg * kDegToRad / 2.0) / viewHeightPx) * kRadToDeg;
}

CameraPose lookStep(const CameraPose& pose, double dxPx, double dyPx, double degreesPerPixel) noexcept
{
    CameraPose turned = pose;
    turned.panDeg -= dxPx * degreesPerPixel;
    const double tilt = pose.tiltDeg - dyPx * degreesPerPixel;
    // Clamp only in the direction of the move, so a pose beyond the limit is not yanked back.
    if (tilt > pose.tiltDeg)
        turned.tiltDeg = std::max(pose.tiltDeg, std::min(tilt, kPilotMaxTiltDeg));
    else if (tilt < pose.tiltDeg)
        turned.tiltDeg = std::min(pose.tiltDeg, std::max(tilt, -kPilotMaxTiltDeg));
    return turned;
}

CameraPose flyStep(const CameraPose& pose, const glm::dvec3& direction, double speedMps, double seconds) noexcept
{
    const double length = glm::length(direction);
    if (!(length > 0.0) || !(speedMps > 0.0) || !(seconds > 0.0) || !std::isfinite(length))
        return pose;
    const glm::dvec3 unit = length > 1.0 ? direction / length : direction;
    const double p = pose.panDeg * kDegToRad;
    const double t = pose.tiltDeg * kDegToRad;
    const glm::dvec3 forward(-std::cos(t) * std::sin(p), std::sin(t), -std::cos(t) * std::cos(p));
    const glm::dvec3 right(std::cos(p), 0.0, -std::sin(p));
    const glm::dvec3 up(0.0, 1.0, 0.0);
    CameraPose moved = pose;
    moved.positionM += (speedMps * seconds) * (unit.x * right + unit.y * up + unit.z * forward);
    return moved;
}

double stepFocalLength(double currentMm, int steps, std::span<const double> primesMm, double minMm,
                       double maxMm) noexcept
{
    if (steps == 0)
        return currentMm;
    if (!primesMm.empty()) {
        // Index of the prime to start from: the nearest one at or beyond the current focal
        // length in the direction of the step counts as the first step.
        double focal = currentMm;
        for (int i = 0; i < std::abs(steps); ++i) {
            if (steps > 0) {
                const auto it = std::upper_bound(primesMm.begin(), primesMm.end(), focal);
                focal = it == primesMm.end() ? primesMm.back() : *it;
            } else {
                const auto it = std::lower_bound(primesMm.begin(), primesMm.end(), focal);
                focal = it == primesMm.begin() ? primesMm.front() : *(it - 1);
            }
        }
        return focal;
    }
    const double stepped = currentMm * std::exp2(static_cast<double>(steps) / kWheelStepsPerDoubling);
    return std::clamp(stepped, std::min(minMm, maxMm), std::max(minMm, maxMm));
}

} // namespace murnau
