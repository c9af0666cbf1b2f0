#pragma once
// Extended pull back (epic tracking shot, "Powers of Ten"): one continuous journey from a
// close framing to a very wide one (or back) along the line from the subject, at a fixed
// focal length, with the lens-to-eyes distance growing GEOMETRICALLY, which reads as steady
// over orders of magnitude (DOMAIN.md):
//   d(t) = d1 (d2 / d1)^e(t),   i.e.   log d(t) = log d1 + e(t) log(d2 / d1)
// with e(t) the move's progress (move_timing.h; eased in and out by default).
//
// Keys: d(t) is an exponential of the progress, no polynomial of time, so the dolly channel
// gets one Linear key per frame (exact on every frame, straight in between) and the track is
// straight. Optionally the tail rises on a crane: the pedestal eases (ease-in-out) from the lens
// height to lens height + rise over the last `tailFraction` of the duration, and the dolly keys
// put the lens g(t) = sqrt(d(t)^2 - dy(t)^2) out, dy(t) the lens's height over the eyes at t
// (read from the pedestal channel as written), so d(t) stays geometric while the crane rises.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// A crane rising during the end of a pull back.
struct PullBackCrane {
    double riseM = 5.0;          // how far the lens rises, metres (> 0)
    double tailFraction = 0.5;   // the share of the duration, at its end, over which it rises, in (0, 1]
};

// Parameters of an extended pull back.
struct PullBack {
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::CU);    // framing at the start
    SubjectFraming to = SubjectFraming::ofSize(ShotSize::EWS);     // framing at the end
    std::optional<double> focalLengthMm;                           // the fixed lens, millimetres; nullopt = the camera's
    std::optional<PullBackCrane> crane;                            // rise on a crane during the tail; nullopt = level
};

// "Extended pull back from CU to EWS of Anna, geometric distance, 35 mm, 20 s". Errors:
// prepareMove()'s, "focalLengthMm", "from", "to" (also the same distance as the start),
// "crane.riseM" (not positive and finite, beyond the pedestal range, or so high that the lens
// would stand above the eyes' reach on some frame), "crane.tailFraction" (not in (0, 1]).
Result<MoveResult> makePullBack(const MoveSpec& spec, const PullBack& move);

} // namespace murnau
