#pragma once
// The feasibility report of one shot: can the crew do this move, with this kit, on this set?
// It gathers the track to lay (track_estimate.h), the peaks and margins of every motion channel
// (motion_analysis.h), the lens use (lens_check.h), collisions of the camera body, the dolly and
// the track (collision_check.h), the focus puller's marks (focus_marks.h) and every finding as a warning
// with its time range and a plain sentence. Margins, not verdicts: every figure is reported
// against its limit, and the limits are settings (feasibility_limits.h).
// A plain tree of structs; report_json.h writes it as JSON.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis/collision_check.h"
#include "core/analysis/feasibility_limits.h"
#include "core/analysis/feasibility_warning.h"
#include "core/analysis/focus_marks.h"
#include "core/analysis/lens_check.h"
#include "core/analysis/motion_analysis.h"
#include "core/analysis/track_estimate.h"
#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/util/result.h"

namespace murnau {

// Everything the report says about one shot.
struct FeasibilityReport {
    std::string shotId;                               // Shot::id
    std::string shotNumber;                           // Shot::number
    std::string shotName;                             // Shot::name
    FrameRate frameRate;                              // the shot's rate
    Flicks durationFlicks = 0;                        // the shot's length
    std::int64_t frameCount = 0;                      // frames that start inside the shot
    std::int64_t sampleCount = 0;                     // instants read (frame starts and the end instant)
    FeasibilityLimits limits;                         // the limits measured against
    TrackEstimate track;                              // the track to lay
    std::vector<MotionPeak> motion;                   // one per MotionChannel, in its order
    LensUse lens;                                     // zoom range and closest focus
    std::vector<RigCollision> rigCollisions;          // camera body in set pieces or actors, dolly into actors; by time
    std::vector<TrackCollision> trackCollisions;      // set pieces across the track, along it
    FocusMarkSheet focusMarks;                        // the focus puller's sheet
    std::vector<FeasibilityWarning> warnings;         // every finding, by start time, the most severe first at equal times

    // The peak of one channel.
    [[nodiscard]] const MotionPeak& peak(MotionChannel channel) const { return motion.at(static_cast<std::size_t>(channel)); }
};

// The report of `shot` of `scene` in `project` against `limits`. Errors: an unusable limit
// (checkFeasibilityLimits, under "limits"), or a shot that cannot be evaluated
// (ShotEvaluator::create, under `shotField` and `sceneField`).
Result<FeasibilityReport> buildFeasibilityReport(const Project& project, const Scene& scene, const Shot& shot,
                                                 const FeasibilityLimits& limits = {},
                                                 std::string_view shotField = "shot",
                                                 std::string_view sceneField = "scene");

} // namespace murnau
