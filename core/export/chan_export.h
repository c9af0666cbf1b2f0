#pragma once
// Nuke's .chan camera files, one per shot: each line "frame tx ty tz rx ry rz vaov", the
// translation in metres, the rotation in degrees in Nuke's default ZXY order (rx = tilt,
// ry = pan, rz = roll: CameraState's convention, camera_state.h), and the vertical angle of view
// in degrees. Frames are numbered from 1, as Nuke's Camera node's "import chan file" reads them.

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/export/camera_track.h"
#include "core/util/result.h"

namespace murnau {

// The .chan text of one shot.
[[nodiscard]] std::string chanText(const CameraTrack& track);

// Writes one "<shotFileStem>.chan" per track into `folder` (created if missing); returns the
// paths written, in track order.
Result<std::vector<std::filesystem::path>> exportChan(std::span<const CameraTrack> tracks,
                                                      const std::filesystem::path& folder);

} // namespace murnau
