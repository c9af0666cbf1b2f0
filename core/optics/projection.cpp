#include "core/optics/projection.h"

#include <cmath>
#include <numbers>

#include <glm/matrix.hpp>

namespace murnau {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;

// Elementary right-handed rotations by `deg` degrees. glm matrices are column-major:
// glm::dmat3(c0, c1, c2) takes the three columns.
glm::dmat3 rotationX(double deg) noexcept
{
    const double c = std::cos(deg * kDegToRad);
    const double s = std::sin(deg * kDegToRad);
    return glm::dmat3(glm::dvec3(1.0, 0.0, 0.0), glm::dvec3(0.0, c, s), glm::dvec3(0.0, -s, c));
}

glm::dmat3 rotationY(double deg) noexcept
{
    const double c = std::cos(deg * kDegToRad);
    const double s = std::sin(deg * kDegToRad);
    return glm::dmat3(glm::dvec3(c, 0.0, -s), glm::dvec3(0.0, 1.0, 0.0), glm::dvec3(s, 0.0, c));
}

glm::dmat3 rotationZ(double deg) noexcept
{
    const double c = std::cos(deg * kDegToRad);
    const double s = std::sin(deg * kDegToRad);
    return glm::dmat3(glm::dvec3(c, s, 0.0), glm::dvec3(-s, c, 0.0), glm::dvec3(0.0, 0.0, 1.0));
}

bool usableLens(const CameraState& camera) noexcept
{
    const Gate& g = camera.gate;
    return std::isfinite(camera.focalLengthMm) && camera.focalLengthMm > 0.0 && std::isfinite(g.widthMm)
        && g.widthMm > 0.0 && std::isfinite(g.heightMm) && g.heightMm > 0.0 && std::isfinite(g.squeeze)
        && g.squeeze > 0.0;
}

} // namespace

glm::dmat3 cameraRotation(double panDeg, double tiltDeg, double rollDeg) noexcept
{
    // R = Ry(pan) * Rx(tilt) * Rz(roll): roll about the lens axis first, then tilt, then pan
    // about world +Y (intrinsic Y-X-Z), as in camera_state.h.
    return rotationY(panDeg) * rotationX(tiltDeg) * rotationZ(rollDeg);
}

glm::dvec3 cameraForward(const CameraState& camera) noexcept
{
    // The camera looks down its own -Z.
    return cameraRotation(camera.panDeg, camera.tiltDeg, camera.rollDeg) * glm::dvec3(0.0, 0.0, -1.0);
}

glm::dvec3 worldToCamera(const CameraState& camera, glm::dvec3 worldM) noexcept
{
    // R maps camera axes to world axes; its inverse is its transpose.
    const glm::dmat3 rotation = cameraRotation(camera.panDeg, camera.tiltDeg, camera.rollDeg);
    return glm::transpose(rotation) * (worldM - camera.positionM);
}

std::optional<glm::dvec2> projectToGate(const CameraState& camera, glm::dvec3 worldM) noexcept
{
    if (!usableLens(camera))
        return std::nullopt;
    const glm::dvec3 c = worldToCamera(camera, worldM);
    const double depthM = -c.z;   // distance in front of the lens plane along the axis
    if (!(depthM > 0.0))
        return std::nullopt;      // behind the camera, on the lens plane, or NaN

    // Derivation (pinhole at the entrance pupil, lens of focal length f, squeeze s, gate w x h):
    // an anamorphic lens squeezes horizontally, so a sensor point x_sensor (mm from the gate
    // centre) receives the ray at horizontal object-space angle theta with
    //     tan(theta) = s * x_sensor / f        (the gate edge x_sensor = w/2 gives the AOV 2 atan(s w / 2f)).
    // A camera-space point (Xc, Yc, Zc) in front of the lens is seen at tan(theta) = Xc / -Zc, so
    //     x_sensor = f * Xc / (s * -Zc),  normalised by the half gate width: x = x_sensor / (w/2)
    //     x = (Xc / -Zc) / (s w / (2 f)).
    // Desqueezing stretches x_sensor by s and the gate to s*w, so the normalised coordinate on
    // the projected image is the same. Vertically there is no squeeze:
    //     y = (Yc / -Zc) / (h / (2 f)).
    const double halfTanH = camera.gate.squeeze * camera.gate.widthMm / (2.0 * camera.focalLengthMm);
    const double halfTanV = camera.gate.heightMm / (2.0 * camera.focalLengthMm);
    const glm::dvec2 gate{(c.x / depthM) / halfTanH, (c.y / depthM) / halfTanV};
    if (!std::isfinite(gate.x) || !std::isfinite(gate.y))
        return std::nullopt;
    return gate;
}

std::optional<glm::dvec2> projectToPixels(const CameraState& camera, glm::dvec3 worldM, double widthPx,
                                          double heightPx) noexcept
{
    if (!std::isfinite(widthPx) || !std::isfinite(heightPx) || widthPx <= 0.0 || heightPx <= 0.0)
        return std::nullopt;
    const std::optional<glm::dvec2> gate = projectToGate(camera, worldM);
    if (!gate)
        return std::nullopt;
    // x = -1 is the left edge (0 px), x = +1 the right edge (widthPx); y = +1 the top (0 px).
    return glm::dvec2{(gate->x + 1.0) * 0.5 * widthPx, (1.0 - gate->y) * 0.5 * heightPx};
}

} // namespace murnau
