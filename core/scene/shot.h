#pragma once
// A shot: one uninterrupted take of one camera, with its rig animation over its duration
// and the shot-list fields a crew needs. Shot time runs from 0 to durationFlicks; the
// scene's action (blocking) is seen from actionStart onwards.

#include <string>
#include <string_view>
#include <vector>

#include "core/rig/camera_rig.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// Where a shot stands in the production.
enum class ShotStatus { Planned, Approved, Shot, Omitted };
std::string_view shotStatusKey(ShotStatus status) noexcept;   // "planned", "approved", "shot", "omitted"
Result<ShotStatus> parseShotStatus(std::string_view key);      // the status a key names (any case); errors name "status"

struct Shot {
    std::string id;                      // stable unique key within the project ("sh-0007"), never shown
    std::string number;                  // shot number as the crew writes it: "1", "1A", "12B"
    std::string name;                    // short title: "Anna alone in the warehouse"
    std::string description;             // what the shot does, as a director would say it
    std::string setup;                   // camera setup it belongs to ("A1"), for grouping
    std::string camera;                  // name of the CameraSetup (Project::cameras) giving body and lens kit
    std::string move;                    // the move it was planned as ("trackout", "dollyzoom", ...; free text)
    FrameRate frameRate{24, 1};          // frames per second of this shot
    Flicks durationFlicks = 6 * kFlicksPerSecond;   // length of the shot, > 0
    Flicks actionStart = 0;              // scene action time at the shot's time 0
    CameraRig rig;                       // the camera's motion
    std::vector<std::string> cast;       // actor names in the shot
    std::vector<std::string> props;
    std::vector<std::string> equipment;  // "dolly + 16 ft straight track", "Technocrane 30"
    std::string notes;
    ShotStatus status = ShotStatus::Planned;
    friend bool operator==(const Shot&, const Shot&) = default;
};

} // namespace murnau
