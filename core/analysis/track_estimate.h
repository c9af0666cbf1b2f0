#pragma once
// The track a shot needs: how far the dolly travels, how much track that is with the run-up and
// stop margins, how many sections, and how tight the rail bends.
//   track length = travel span + run-up + stop margin       (0 when the dolly does not travel)
//   sections     = ceil(track length / section length)
// The run-up lies before the start position in the direction of travel (start to end of the
// shot), the stop margin after the far end; a move that ends where it started puts the run-up at
// the low end. Travel is read at every sample and every break of the timeline (report_timeline.h),
// so extremes at keys are exact; an overshoot between frames (a Bezier bulge) may be missed by
// less than a frame's travel.

#include <optional>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/feasibility_warning.h"
#include "core/analysis/report_timeline.h"
#include "core/analysis/track_geometry.h"
#include "core/motion/rail.h"
#include "core/rig/camera_rig.h"

namespace murnau {

// The track a shot needs, in dolly coordinates (metres from the track's start).
struct TrackEstimate {
    bool onRail = false;                  // the rig runs on a drawn rail (else a straight track along its heading)
    double travelFromM = 0.0;             // smallest dolly position during the shot, metres along the track
    double travelToM = 0.0;               // largest dolly position during the shot, metres
    double travelSpanM = 0.0;             // travelToM - travelFromM, metres
    bool travelsBackwards = false;        // the dolly ends nearer the track's start than it began
    double runUpM = 0.0;                  // run-up added before the start position, metres
    double stopMarginM = 0.0;             // stop margin added after the end position, metres
    double trackLengthM = 0.0;            // travel span + run-up + stop margin; 0 without travel, metres
    double sectionLengthM = 0.0;          // length of one straight section, metres
    int sections = 0;                     // ceil(trackLengthM / sectionLengthM)
    double laidFromM = 0.0;               // the stretch of track to lay, from (dolly position), metres
    double laidToM = 0.0;                 // ... to, metres
    std::optional<double> railLengthM;    // length of the drawn rail, metres; nullopt without a rail
    RailRadius minimumRadius;             // tightest bend of the rail (Rail::minimumRadius); infinite when straight
};

// Estimates the track for `rig` over `timeline` with the margins and section length of `limits`.
[[nodiscard]] TrackEstimate estimateTrack(const CameraRig& rig, const ReportTimeline& timeline,
                                          const FeasibilityLimits& limits);

// Notes about the track as drawn: a rail too short at either end for the run-up or stop margin
// (the laid stretch reaches beyond the rail's ends). Ranges cover the whole shot.
[[nodiscard]] std::vector<FeasibilityWarning> trackWarnings(const TrackEstimate& track, const ReportTimeline& timeline);

} // namespace murnau
