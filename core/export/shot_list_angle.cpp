// The camera angle on the main actor (shot_list_angle.h).

#include "core/export/shot_list_angle.h"

#include <cmath>

namespace murnau {

std::string_view cameraAngleLabel(CameraAngle angle) noexcept
{
    switch (angle) {
    case CameraAngle::EyeLevel: return "eye level";
    case CameraAngle::High: return "high";
    case CameraAngle::Low: return "low";
    case CameraAngle::Overhead: return "overhead";
    case CameraAngle::WormsEye: return "worm's eye";
    case CameraAngle::Dutch: return "dutch";
    }
    return "eye level";
}

std::optional<CameraAngle> classifyCameraAngle(const CameraState& camera, const std::optional<glm::dvec3>& eyesM,
                                               double statureM, const AngleThresholds& thresholds)
{
    // Roll as the nearest equivalent angle in (-180, 180].
    const double roll = std::remainder(camera.rollDeg, 360.0);
    if (std::abs(roll) > thresholds.dutchRollDeg)
        return CameraAngle::Dutch;
    if (camera.tiltDeg < thresholds.overheadTiltDeg)
        return CameraAngle::Overhead;
    if (camera.tiltDeg > thresholds.wormsEyeTiltDeg)
        return CameraAngle::WormsEye;
    if (!eyesM)
        return std::nullopt;
    const glm::dvec3 d = camera.positionM - *eyesM;   // from the eyes to the lens
    const double horizontal = std::hypot(d.x, d.z);
    const double elevationDeg = std::atan2(d.y, horizontal) * 180.0 / 3.14159265358979323846;
    const double band = thresholds.eyeBandStatures * statureM;
    if (std::abs(d.y) <= band || std::abs(elevationDeg) < thresholds.eyeLevelElevationDeg)
        return CameraAngle::EyeLevel;
    return d.y > 0.0 ? CameraAngle::High : CameraAngle::Low;
}

} // namespace murnau
