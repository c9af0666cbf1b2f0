#include "core/scene/item_placement.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace murnau {

glm::dvec3 placementInFrontOf(const CameraSetup& camera, glm::dvec2 floorSizeM) noexcept
{
    const glm::dvec3& lensM = camera.positionM;
    if (!std::isfinite(lensM.x) || !std::isfinite(lensM.z) || !std::isfinite(camera.panDeg)
        || !std::isfinite(camera.focusDistanceM))
        return glm::dvec3(0.0);
    const double distanceM = std::clamp(camera.focusDistanceM, kMinPlacementDistanceM, kMaxPlacementDistanceM);
    const double panRad = camera.panDeg * std::numbers::pi / 180.0;
    // Heading on the floor: R_y(pan) applied to -Z is (-sin pan, 0, -cos pan).
    double x = lensM.x - distanceM * std::sin(panRad);
    double z = lensM.z - distanceM * std::cos(panRad);
    const double halfX = std::max(0.0, floorSizeM.x / 2.0);
    const double halfZ = std::max(0.0, floorSizeM.y / 2.0);
    x = std::clamp(x, -halfX, halfX);
    z = std::clamp(z, -halfZ, halfZ);
    return glm::dvec3(x, 0.0, z);
}

} // namespace murnau
