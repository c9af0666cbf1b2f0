// The project document's one computation: the CameraState a camera setup describes.

#include "core/scene/project.h"

#include <cmath>

namespace murnau {

Result<CameraState> cameraStateOf(const CameraSetup& camera, GateMode gateMode)
{
    // The full-sensor view keeps the squeeze (the image is still desqueezed) but drops the crop.
    const std::optional<double> aspect = gateMode == GateMode::Delivery ? camera.deliveryAspect : std::nullopt;
    Result<Gate> gate = cropGate(camera.sensor, aspect, camera.squeeze);
    if (!gate.ok())
        return gate.error();

    const auto invalid = [&](const char* field, const char* what) {
        return fail(field, what);
    };
    if (!std::isfinite(camera.positionM.x) || !std::isfinite(camera.positionM.y) || !std::isfinite(camera.positionM.z))
        return invalid("positionM", "the camera position must be finite");
    if (!std::isfinite(camera.panDeg) || !std::isfinite(camera.tiltDeg) || !std::isfinite(camera.rollDeg))
        return invalid("panDeg", "pan, tilt and roll must be finite");
    if (!(camera.focalLengthMm > 0.0) || !std::isfinite(camera.focalLengthMm))
        return invalid("focalLengthMm", "the focal length must be a positive number of millimetres");
    if (!(camera.focusDistanceM > 0.0) || !std::isfinite(camera.focusDistanceM))
        return invalid("focusDistanceM", "the focus distance must be a positive number of metres");
    if (!(camera.fStop > 0.0) || !std::isfinite(camera.fStop))
        return invalid("fStop", "the f-number must be positive");

    CameraState state;
    state.positionM = camera.positionM;
    state.panDeg = camera.panDeg;
    state.tiltDeg = camera.tiltDeg;
    state.rollDeg = camera.rollDeg;
    state.focalLengthMm = camera.focalLengthMm;
    state.focusDistanceM = camera.focusDistanceM;
    state.fStop = camera.fStop;
    state.gate = gate.value();
    return state;
}

CameraSetup withPoseAndLens(const CameraSetup& setup, const CameraState& state)
{
    CameraSetup posed = setup;
    posed.positionM = state.positionM;
    posed.panDeg = state.panDeg;
    posed.tiltDeg = state.tiltDeg;
    posed.rollDeg = state.rollDeg;
    posed.focalLengthMm = state.focalLengthMm;
    posed.focusDistanceM = state.focusDistanceM;
    posed.fStop = state.fStop;
    return posed;
}

} // namespace murnau
