#pragma once
// Tilt up + track out (the sweep back and up), or any track along the line from the subject
// combined with a tilt and an optional rise of the lens: the dolly, the tilt and the pedestal
// change together with the move's timing. Distances are solved with the lens height of their
// end (start height at the start, start + rise at the end). The tilt is an offset from the
// aim under look-at aim, and added to the start's aim at the eyes under free aim; either way
// the framings name the subject's size before the tilt takes them off centre.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a combined tilt and track.
struct TiltTrackMove {
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::MCU);   // framing at the start
    SubjectFraming to = SubjectFraming::ofSize(ShotSize::WS);      // framing at the end
    double tiltDeg = 20.0;                                         // how far the head tilts, degrees; + up
    double riseM = 0.0;                                            // how far the lens rises meanwhile, metres; 0 = level
    std::optional<double> focalLengthMm;                           // the lens, millimetres; nullopt = the camera's
};

// "Track out from MCU to WS of Anna tilting up 20°, 35 mm, 6 s". Errors: prepareMove()'s,
// "focalLengthMm", "from", "to", "tiltDeg" (not finite or beyond +-90), "riseM" (not finite, or
// ending outside the pedestal channel's range, -10 to 200 m).
Result<MoveResult> makeTiltTrackMove(const MoveSpec& spec, const TiltTrackMove& move);

} // namespace murnau
