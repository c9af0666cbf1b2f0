#pragma once
// USD ASCII (.usda) cameras: one UsdGeomCamera prim per shot under /Murnau/Shots, with
// time-sampled xformOp:translate and xformOp:rotateZXY (degrees: x tilt, y pan, z roll, the
// order of camera_state.h), focalLength, horizontalAperture and verticalAperture (millimetres,
// from the used gate), focusDistance (metres) and fStop; stage metadata metersPerUnit = 1,
// upAxis = "Y", timeCodesPerSecond = the shot's frame rate, start and end time codes.
// Shots at different rates go into one stage at the first shot's rate, their time codes scaled.

#include <span>
#include <string>

#include "core/export/camera_track.h"
#include "core/scene/project.h"

namespace murnau {

// The .usda text of `tracks` (from sampleCameraTracks on `project`).
[[nodiscard]] std::string usdaText(const Project& project, std::span<const CameraTrack> tracks);

} // namespace murnau
