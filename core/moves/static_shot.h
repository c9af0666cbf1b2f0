#pragma once
// The static shot: the camera stands in front of the subject (at the spec's bearing and lens
// height), framing them at a distance or shot size, and nothing moves. Every channel it uses
// gets one key, so the shot is a starting point for keying a move by hand.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a static shot.
struct StaticShot {
    SubjectFraming framing = SubjectFraming::ofSize(ShotSize::MS);   // how the subject is framed
    std::optional<double> focalLengthMm;                             // the lens, millimetres; nullopt = the camera's
};

// "Static MS of Anna, 35 mm, 6 s". Errors: prepareMove()'s, "focalLengthMm", "framing".
Result<MoveResult> makeStaticShot(const MoveSpec& spec, const StaticShot& move);

} // namespace murnau
