#pragma once
// USD ASCII (.usda) cameras: one UsdGeomCamera prim per shot under /Murnau/Shots, in one stage.
// Stage metadata: metersPerUnit = 1, upAxis = "Y" (Murnau's axes: no conversion),
// timeCodesPerSecond = framesPerSecond = the first shot's frame rate, startTimeCode and
// endTimeCode spanning every shot.
// Shots follow one another on the stage's time line: shot k's first frame is at the time code
// where shot k-1 ended (shot 0 starts at 0), one time code per frame. A shot at another rate than
// the first is scaled onto the stage's rate (a 25 fps frame lasts 24/25 time code on a 24 fps
// stage), so every shot keeps its real duration.
// Each camera carries time samples on every frame for xformOp:translate (metres) and
// xformOp:rotateZXY (degrees, packed (x, y, z) = (tilt, pan, roll)). UsdGeomXformOp: "the first
// axis named is the most local", so rotateZXY is Ry(pan) * Rx(tilt) * Rz(roll): CameraState's
// order (camera_state.h). The lens: focalLength, horizontalAperture, verticalAperture in tenths
// of a scene unit as UsdGeomCamera specifies (decimetres here: 35 mm is written 0.35), the
// horizontal aperture being the desqueezed gate width (squeeze x width) so the horizontal angle
// matches the projected picture; focusDistance in metres; fStop; projection "perspective";
// clippingRange 0.1 m to 1000 m (the viewport's). The shot's id, scene, number, name and camera
// are in the prim's customData under "murnau".

#include <filesystem>
#include <span>
#include <string>

#include "core/export/camera_track.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The .usda text of `tracks` (from sampleCameraTracks on `project`).
[[nodiscard]] std::string usdaText(const Project& project, std::span<const CameraTrack> tracks);

// A valid USD prim name (an identifier: letters, digits and '_', not starting with a digit)
// made from `text`: other characters become '_', a leading digit gets a '_' before it.
[[nodiscard]] std::string usdPrimName(std::string_view text);

// Writes usdaText to `path` atomically. Errors: "shots" for no tracks, the path when it cannot
// be written.
Result<bool> exportUsda(const Project& project, std::span<const CameraTrack> tracks,
                        const std::filesystem::path& path);

} // namespace murnau
