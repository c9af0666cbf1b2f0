// Nuke .chan files: one line per frame with the camera's translation, ZXY rotation and vertical angle of view.

#include "core/export/chan_export.h"

#include <iterator>
#include <set>
#include <system_error>

#include <fmt/format.h>

#include "core/export/export_file.h"
#include "core/optics/lens.h"

namespace murnau {

std::string chanText(const CameraTrack& track)
{
    std::string text;
    text.reserve(track.frames.size() * 96);
    for (const CameraTrackFrame& frame : track.frames) {
        const CameraState& camera = frame.camera;
        // Vertical angle of view over the used gate height: 2 atan(h / 2f), degrees.
        const double verticalDeg = angleOfViewDeg(camera.gate.heightMm, camera.focalLengthMm);
        fmt::format_to(std::back_inserter(text), "{}\t{:.6f}\t{:.6f}\t{:.6f}\t{:.6f}\t{:.6f}\t{:.6f}\t{:.6f}\n",
                       frame.frame + 1, camera.positionM.x, camera.positionM.y, camera.positionM.z,
                       camera.tiltDeg, camera.panDeg, camera.rollDeg, verticalDeg);
    }
    return text;
}

Result<std::vector<std::filesystem::path>> exportChan(std::span<const CameraTrack> tracks,
                                                      const std::filesystem::path& folder)
{
    if (tracks.empty())
        return fail("shots", "no shots to export");
    std::error_code error;
    const bool exists = std::filesystem::exists(folder, error);
    if (exists && !std::filesystem::is_directory(folder, error))
        return fail(folder.string(), "is a file, not a folder: the .chan files need a folder");
    if (!exists && !std::filesystem::create_directories(folder, error) && error)
        return fail(folder.string(), fmt::format("the folder could not be created: {}", error.message()));

    // Stems without the id unless two tracks would share one.
    std::multiset<std::string> plainStems;
    for (const CameraTrack& track : tracks)
        plainStems.insert(shotFileStem(track.sceneNumber, track.shotNumber));

    std::vector<std::filesystem::path> written;
    written.reserve(tracks.size());
    for (const CameraTrack& track : tracks) {
        std::string stem = shotFileStem(track.sceneNumber, track.shotNumber);
        if (plainStems.count(stem) > 1)
            stem = shotFileStem(track.sceneNumber, track.shotNumber, track.shotId);
        const std::filesystem::path path = folder / (stem + ".chan");
        const Result<bool> ok = writeExportFile(path, chanText(track));
        if (!ok)
            return ok.error();
        written.push_back(path);
    }
    return written;
}

} // namespace murnau
