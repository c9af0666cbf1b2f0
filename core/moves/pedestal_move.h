#pragma once
// Pedestal / crane up or down: the camera stands where it frames the subject and the lens
// rises or sinks by a height at a fixed focal length (the pedestal channel, keyed with the
// move's timing). Look-at aim tilts to keep the subject's eyes centred; free aim keeps the
// head still, so the subject sinks or rises in frame.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a pedestal or crane move.
struct PedestalMove {
    SubjectFraming framing = SubjectFraming::ofSize(ShotSize::MS);   // framing at the start
    double riseM = 1.0;                                             // how far the lens rises, metres; negative sinks
    std::optional<double> focalLengthMm;                            // the lens, millimetres; nullopt = the camera's
};

// "Crane up 1 m, MS of Anna, 35 mm, 6 s". Errors: prepareMove()'s, "focalLengthMm", "framing",
// "riseM" (not finite, zero, or ending outside the pedestal channel's range, -10 to 200 m).
Result<MoveResult> makePedestalMove(const MoveSpec& spec, const PedestalMove& move);

} // namespace murnau
