#include "core/optics/view_frustum.h"

#include <cmath>

#include <fmt/format.h>

#include "core/optics/projection.h"

namespace murnau {

Result<FrustumCorners> frustumCornersInCamera(const Gate& gate, double focalLengthMm, double depthM)
{
    const Result<Gate> checked = checkedGate(gate);
    if (!checked)
        return checked.error();
    const Result<double> focal = checkedFocalLengthMm(focalLengthMm);
    if (!focal)
        return focal.error();
    if (!std::isfinite(depthM) || depthM <= 0.0 || depthM > kMaxFrustumDepthM)
        return fail("depthM", fmt::format("frustum depth must be positive and at most {} m, got {}", kMaxFrustumDepthM, depthM));

    // Half the picture's width and height at depth d: d s w / (2 f), d h / (2 f).
    const double halfWidthM = depthM * checked->squeeze * checked->widthMm / (2.0 * *focal);
    const double halfHeightM = depthM * checked->heightMm / (2.0 * *focal);
    return FrustumCorners{
        glm::dvec3(-halfWidthM, halfHeightM, -depthM),
        glm::dvec3(halfWidthM, halfHeightM, -depthM),
        glm::dvec3(halfWidthM, -halfHeightM, -depthM),
        glm::dvec3(-halfWidthM, -halfHeightM, -depthM),
    };
}

Result<FrustumCorners> frustumCornersInWorld(const CameraState& camera, double depthM)
{
    const glm::dvec3& p = camera.positionM;
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || !std::isfinite(p.z))
        return fail("positionM", "must be finite");
    if (!std::isfinite(camera.panDeg))
        return fail("panDeg", "must be finite");
    if (!std::isfinite(camera.tiltDeg))
        return fail("tiltDeg", "must be finite");
    if (!std::isfinite(camera.rollDeg))
        return fail("rollDeg", "must be finite");
    const Result<FrustumCorners> inCamera = frustumCornersInCamera(camera.gate, camera.focalLengthMm, depthM);
    if (!inCamera)
        return inCamera.error();
    const glm::dmat3 rotation = cameraRotation(camera.panDeg, camera.tiltDeg, camera.rollDeg);
    FrustumCorners corners = *inCamera;
    for (glm::dvec3& corner : corners)
        corner = p + rotation * corner;
    return corners;
}

} // namespace murnau
