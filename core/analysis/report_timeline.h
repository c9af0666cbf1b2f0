#pragma once
// The instants a feasibility report looks at, and where the shot's motion may step.
//
// Samples: the start of every frame of the shot and the end instant, one flick before the shot's
// end (values there are the limits from the left: a key exactly at the end would otherwise give
// the derivatives of the extrapolation after it). So a move keyed to end with the shot is seen to
// arrive, within 1/705,600,000 s.
//
// Breaks: the instants inside the shot where a channel may jump: every key time of every rig
// channel (a key owns the segment leaving it, so a linear start, a constant key or an eased end
// steps there), every time an actor arrives at or leaves a mark (the aim and focus follow them),
// and every time the dolly reaches a point of its rail (the rail's curvature may jump there, and
// with it the lateral acceleration and, with a truck offset, the lens's velocity). A rail point is
// reached at the first flick the dolly is at or past it going forward, or below it going back
// (the rail evaluates a joining point on the later segment), found by bisection between samples;
// a dolly that passes a point and returns within one frame is not seen.
// Between breaks every channel is smooth, so derivatives are estimated inside one such piece and
// the steps are read at the breaks themselves. Nothing before 0 or after the end is looked at:
// the dolly is up to speed before the first frame (the run-up) and stops after the last.

#include <utility>
#include <vector>

#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/time/frame_rate.h"

namespace murnau {

// A shot's samples and breaks.
struct ReportTimeline {
    FrameRate frameRate;             // the shot's rate
    Flicks durationFlicks = 0;       // the shot's length
    std::vector<Flicks> samples;     // frame starts, then the end instant; increasing
    std::vector<Flicks> breaks;      // instants in (0, end instant] where a channel may step; increasing

    // The last instant looked at: durationFlicks - 1.
    [[nodiscard]] Flicks endInstant() const noexcept { return durationFlicks - 1; }
    // The smooth piece containing t (0 <= t <= endInstant()): from the latest break (or 0) at or
    // before t up to one flick before the next break (or the end instant), both included.
    [[nodiscard]] std::pair<Flicks, Flicks> pieceAround(Flicks t) const noexcept;
};

// The timeline of `shot` (duration > 0, a frame rate and a rig that ShotEvaluator::create
// accepted) with the blocking of `scene`.
[[nodiscard]] ReportTimeline makeReportTimeline(const Shot& shot, const Scene& scene);

} // namespace murnau
