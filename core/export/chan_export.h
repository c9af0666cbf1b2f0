#pragma once
// Nuke's .chan camera files, one per shot: each line "frame tx ty tz rx ry rz vfov", the
// translation in metres, the rotation in degrees, and the vertical angle of view in degrees
// (the columns Nuke's classic Camera node reads with "import chan file" and writes with "export
// chan file"; Blender's "Nuke (.chan)" add-on reads the same eight columns).
// Rotation: rx = tilt, ry = pan, rz = roll, for Nuke's default rotation order ZXY ("the order in
// which rotation components are applied, from left to right": roll, then tilt, then pan), which
// is R = Ry(pan) * Rx(tilt) * Rz(roll), CameraState's convention (camera_state.h). Nuke is +Y up
// and a camera looks down its -Z, as Murnau's world. Frames are numbered from 1.
// The vertical angle is 2 atan(h / 2f) over the used gate height h: Nuke turns it back into a
// focal length through the Camera's vertical aperture, so set that to the gate height
// (docs/interchange.md).

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/export/camera_track.h"
#include "core/util/result.h"

namespace murnau {

// The .chan text of one shot: one line per frame, tab-separated, '\n' line ends, positions to
// the micrometre and angles to 1e-6 degree.
[[nodiscard]] std::string chanText(const CameraTrack& track);

// Writes one "<shotFileStem(scene, shot)>.chan" per track into `folder` (created if missing;
// the shot id is appended to the stem when two tracks would share a name); returns the paths
// written, in track order. Errors: "shots" for no tracks, the folder's path when it is a file or
// cannot be created, a file's path when it cannot be written.
Result<std::vector<std::filesystem::path>> exportChan(std::span<const CameraTrack> tracks,
                                                      const std::filesystem::path& folder);

} // namespace murnau
