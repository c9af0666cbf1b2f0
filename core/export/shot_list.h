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
#include "core/analysis/feasibility_limits.h"
#include "core/export/export_shots.h"
#include "core/export/movement_classifier.h"
#include "core/export/shot_list_angle.h"
#include "core/optics/shot_size.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// MovementClass and movementClassLabel: movement_classifier.h; CameraAngle and cameraAngleLabel:
// shot_list_angle.h (included here, so every user of the rows has them).

// One row of the shot list.
struct ShotListRow {
    // From the document.
    std::string shotId;              // "sh-0007"
    std::string sceneNumber;         // "12"
    std::string sceneName;           // Scene::name, "Anna finds the warehouse empty"
    std::string shotNumber;          // "1A"
    std::string setup;               // "A1"
    std::string intExt;              // "INT", "EXT", "INT/EXT"
    std::string location;            // "WAREHOUSE"
    std::string timeOfDay;           // "DAY"
    std::string name;                // the shot's short title
    std::string description;
    std::string plannedMove;         // Shot::move as the planner named it ("trackout"), may be empty
    std::string camera;              // the CameraSetup's name
    std::string cameraBody;          // the body and sensor mode as its format is named: "ARRI ALEXA Mini LF Open Gate" (SensorFormat::name)
    std::string sensor;              // "36.70 × 25.54 mm, 2.39:1 extraction 36.70 × 15.36 mm" (the gate, then the delivery crop and squeeze if any)
    std::string lensKit;             // "Cooke S4/i"; empty when the camera has no kit (any focal length)
    std::string lens;                // "35 mm" (static focal length) or "24 → 50 mm" (zooming: start → end; min-max when it goes beyond them)
    double tStop = 0.0;              // at the shot's start (the rig's stop; T-stop = f-stop for the previs)
    std::string frameRate;           // the shot's rate: "24", "23.976"
    double durationS = 0.0;          // seconds
    std::int64_t frameCount = 0;
    std::string timecodeIn;          // record timecode of the shot's first frame in the exported cut (editorial position, from 00:00:00:00),
                                     // at the project's rate, drop-frame (";") at 29.97 and 59.94; a shot lasts ceil(duration / project frame) record frames
    std::string timecodeOut;         // of the frame after its last (exclusive, as EDLs write it)
    std::vector<std::string> cast;
    std::vector<std::string> props;
    std::vector<std::string> equipment;
    std::string notes;
    std::string status;              // "planned", "approved", "shot", "omitted"

    // Computed from the evaluated shot.
    std::string mainActor;                   // the aim actor, else the first of the cast in frame; empty: none
    std::optional<ShotSize> startSize;       // main actor's shot size at the first frame; nullopt: not in frame
    std::optional<ShotSize> endSize;         // at the shot's end instant (one flick before its end, as the focus marks' End beat)
    std::optional<CameraAngle> angle;        // at the first frame, on the main actor
    double cameraHeightM = 0.0;              // lens height above the floor at the first frame, metres
    std::optional<double> subjectDistanceStartM;   // lens to the main actor's eyes at the first frame, metres
    std::optional<double> subjectDistanceEndM;     // at the end instant
    MovementClass movement = MovementClass::Static;
    std::vector<MovementClass> movementParts;      // for Combined: the parts, in MovementClass order; else {movement}
    double trackLengthM = 0.0;               // track to lay (feasibility report: travel + run-up + stop margin), metres; 0 without dolly travel
    int trackSections = 0;                   // sections of FeasibilityLimits::trackSectionM (8 ft by default)
    double peakDollySpeedMps = 0.0;          // peak |ds/dt| along the track (feasibility report), metres per second
    double focalMinMm = 0.0;                 // the lens's shortest focal length over the shot, millimetres
    double focalMaxMm = 0.0;                 // longest
    FocusMarkSheet focusMarks;               // the focus puller's marks
    std::vector<std::string> warnings;       // one line each: the feasibility report's findings as "<severity>: <sentence>"
};

// The rows of `shots` (from selectExportShots), in that order, with the feasibility report against
// the default limits (as `murnau-cli report` makes it). Errors name the shot's field
// (ShotEvaluator::create's messages).
Result<std::vector<ShotListRow>> buildShotList(const Project& project, std::span<const ExportShot> shots);
// The same against `limits` (checked: errors under "limits").
Result<std::vector<ShotListRow>> buildShotList(const Project& project, std::span<const ExportShot> shots,
                                               const FeasibilityLimits& limits);

// The row of one shot at record frame `recordStart` of the cut (the first row starts at 0).
Result<ShotListRow> buildShotListRow(const Project& project, const ExportShot& shot, std::int64_t recordStart,
                                     const FeasibilityLimits& limits = {});
// Record frames `shot` lasts in a cut at the project's rate: ceil(duration / project frame length).
[[nodiscard]] std::int64_t recordFrameCount(const Project& project, const Shot& shot) noexcept;

} // namespace murnau
