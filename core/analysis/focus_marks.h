#pragma once
// The focus puller's marks sheet of a shot: for every actor in the shot, at each beat (the
// shot's start, every mark the actor hits during the shot, the shot's end), the distance from the
// film plane to the actor's eyes and the depth of field with focus set there, at the lens's
// focal length and stop at that moment (core/optics/depth_of_field.h). Distances are measured
// from the lens's entrance pupil, taken as the film plane as in the rig's focus channel
// (camera_rig.h) and in published DoF tables. The eyes are at landmark::kEye of the stature.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/report_timeline.h"
#include "core/optics/depth_of_field.h"
#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// When a mark is taken.
enum class FocusBeat {
    Start,   // the shot's first instant
    Mark,    // the actor arrives at a mark of their blocking
    End,     // the shot's last instant (the end instant of report_timeline.h)
};
// "start", "mark", "end".
[[nodiscard]] std::string_view focusBeatKey(FocusBeat beat) noexcept;

// One line of the sheet.
struct FocusMark {
    std::string actor;                          // the actor's name
    FocusBeat beat = FocusBeat::Start;
    std::string markName;                       // the mark the actor stands on then; empty while walking or without blocking
    Flicks at = 0;                              // when, shot time
    double distanceM = 0.0;                     // film plane (entrance pupil) to the actor's eyes, metres
    double focalLengthMm = 0.0;                 // the lens then, millimetres
    double fStop = 0.0;                         // the stop then (f-number)
    std::optional<DepthOfField> depthOfField;   // with focus at distanceM; nullopt when the eyes are inside the focal length
    double rigFocusM = 0.0;                     // where the rig's focus is set then, metres
    bool sharpAtRigFocus = false;               // the eyes lie within the depth of field of the rig's focus
    friend bool operator==(const FocusMark&, const FocusMark&) = default;
};

// The sheet: the circle of confusion it uses and its lines.
struct FocusMarkSheet {
    double cocMm = 0.0;                 // circle of confusion used, millimetres
    bool cocIsOverride = false;         // from the camera setup's cocMm (else the sensor format's default)
    std::vector<FocusMark> marks;       // per actor (cast order; every project actor when the cast is empty), then in time order
};

// The circle of confusion of a camera setup: its cocMm override, else the sensor format's
// default, else the sensor diagonal / 1500 (defaultCocMm). Millimetres.
[[nodiscard]] double circleOfConfusionMm(const CameraSetup& camera) noexcept;

// The marks sheet of `shot` (evaluated by `evaluator`, made from the same project, scene and shot).
[[nodiscard]] FocusMarkSheet focusMarkSheet(const Project& project, const Scene& scene, const Shot& shot,
                                            const ShotEvaluator& evaluator, const ReportTimeline& timeline);

} // namespace murnau
