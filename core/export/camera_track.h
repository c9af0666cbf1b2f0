#pragma once
// A shot's camera and actors sampled on every frame, as the interchange formats (glTF, Nuke
// .chan, USD) carry them. The samples are ShotEvaluator::sampleAt at each frame's start, the
// very numbers `murnau-cli sample` prints, so a round trip through any format compares 1:1.

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/export/export_shots.h"
#include "core/rig/camera_state.h"
#include "core/scene/blocking.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// One frame of a shot.
struct CameraTrackFrame {
    std::int64_t frame = 0;            // frame index from the shot's start (0-based)
    double seconds = 0.0;              // shot time at the frame's start, seconds
    CameraState camera;                // the shot camera (position, pan/tilt/roll, lens, focus, stop, gate)
    std::vector<ActorPose> actors;     // every project actor, in Project::actors order
};

// One shot's samples with what names it.
struct CameraTrack {
    std::string shotId;         // "sh-0007"
    std::string sceneNumber;    // "12"
    std::string shotNumber;     // "1A"
    std::string shotName;       // "Anna alone in the warehouse"
    std::string cameraName;     // the CameraSetup's name
    FrameRate frameRate{24, 1};
    std::vector<CameraTrackFrame> frames;   // frames 0 .. frameCount-1, every frame
};

// Samples `shot` of `project` on every frame. Errors are ShotEvaluator::create's, naming the shot.
Result<CameraTrack> sampleCameraTrack(const Project& project, const ExportShot& shot);
// The same for every shot, in the given order; the first error stops it.
Result<std::vector<CameraTrack>> sampleCameraTracks(const Project& project, std::span<const ExportShot> shots);

// A file-name-safe stem for a shot: "sc12_sh1A" (characters other than letters, digits, '-' and
// '_' become '_'); with the id appended ("sc12_sh1A_sh-0007") when `withId` is set.
[[nodiscard]] std::string shotFileStem(const std::string& sceneNumber, const std::string& shotNumber,
                                       const std::string& shotId = {});

} // namespace murnau
