#pragma once
// The shot list: one row per shot with the fields a professional shot list has (from the
// document) and what Murnau computes from the evaluated shot (framing of the main actor, camera
// height and angle, the movement classified from the actual motion, track, dolly speed, zoom
// range, focus marks, warnings). CSV, JSON, the PDF and the OTIO metadata all read these rows,
// so every exported number is the same number.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/focus_marks.h"
#include "core/export/export_shots.h"
#include "core/optics/shot_size.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The camera movement a shot actually makes, read from its evaluated motion (not from the
// planned move's name).
enum class MovementClass {
    Static,      // nothing moves beyond noise
    PushIn,      // dolly towards the subject
    TrackOut,    // dolly away from the subject
    Truck,       // dolly sideways, across the lens axis
    Pedestal,    // camera height changes
    Pan,         // head turns about the vertical
    Tilt,        // head tilts
    Zoom,        // focal length changes, camera still
    DollyZoom,   // distance and focal length change together, holding the subject's size
    Orbit,       // camera circles the subject, keeping it in frame
    Follow,      // camera travels with a walking subject
    Combined,    // several of the above at once
};
// "static", "push in", "track out", "truck", "pedestal", "pan", "tilt", "zoom", "dolly zoom",
// "orbit", "follow", "combined".
[[nodiscard]] std::string_view movementClassLabel(MovementClass movement) noexcept;

// The vertical angle of the camera on the main actor.
enum class CameraAngle { EyeLevel, High, Low, Overhead, WormsEye, Dutch };
// "eye level", "high", "low", "overhead", "worm's eye", "dutch".
[[nodiscard]] std::string_view cameraAngleLabel(CameraAngle angle) noexcept;

// One row of the shot list.
struct ShotListRow {
    // From the document.
    std::string shotId;              // "sh-0007"
    std::string sceneNumber;         // "12"
    std::string shotNumber;          // "1A"
    std::string setup;               // "A1"
    std::string intExt;              // "INT", "EXT", "INT/EXT"
    std::string location;            // "WAREHOUSE"
    std::string timeOfDay;           // "DAY"
    std::string name;                // the shot's short title
    std::string description;
    std::string plannedMove;         // Shot::move as the planner named it ("trackout"), may be empty
    std::string camera;              // the CameraSetup's name
    std::string cameraBody;          // "ARRI ALEXA Mini LF"
    std::string sensor;              // "Open Gate 4.5K LF, 36.70 × 25.54 mm"
    std::string lensKit;             // "Cooke S4/i"
    std::string lens;                // "35 mm" (static focal length) or "24 → 50 mm" (zooming)
    double tStop = 0.0;              // at the shot's start (the rig's stop; T-stop = f-stop for the previs)
    std::string frameRate;           // "24", "23.976"
    double durationS = 0.0;          // seconds
    std::int64_t frameCount = 0;
    std::string timecodeIn;          // record timecode of the shot's first frame in the exported cut (editorial position, from 00:00:00:00)
    std::string timecodeOut;         // of the frame after its last (exclusive, as EDLs write it)
    std::vector<std::string> cast;
    std::vector<std::string> props;
    std::vector<std::string> equipment;
    std::string notes;
    std::string status;              // "planned", "approved", "shot", "omitted"

    // Computed from the evaluated shot.
    std::string mainActor;                   // the aim actor, else the first of the cast in frame; empty: none
    std::optional<ShotSize> startSize;       // main actor's shot size at the first frame; nullopt: not in frame
    std::optional<ShotSize> endSize;         // at the last frame
    std::optional<CameraAngle> angle;        // at the first frame, on the main actor
    double cameraHeightM = 0.0;              // lens height above the floor at the first frame, metres
    std::optional<double> subjectDistanceStartM;   // lens to the main actor's eyes at the first frame, metres
    std::optional<double> subjectDistanceEndM;     // at the last frame
    MovementClass movement = MovementClass::Static;
    std::vector<MovementClass> movementParts;      // for Combined: the parts, in MovementClass order; else {movement}
    double trackLengthM = 0.0;               // track to lay (feasibility report), metres; 0 without dolly travel
    int trackSections = 0;                   // 8 ft sections
    double peakDollySpeedMps = 0.0;          // metres per second
    double focalMinMm = 0.0;                 // the lens's shortest focal length over the shot, millimetres
    double focalMaxMm = 0.0;                 // longest
    FocusMarkSheet focusMarks;               // the focus puller's marks
    std::vector<std::string> warnings;       // one line each: the feasibility report's warnings and problems
};

// The rows of `shots` (from selectExportShots), in that order. Errors name the shot's field
// (ShotEvaluator::create's messages).
Result<std::vector<ShotListRow>> buildShotList(const Project& project, std::span<const ExportShot> shots);

} // namespace murnau
