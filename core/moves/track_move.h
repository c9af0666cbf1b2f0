#pragma once
// Push in / track out: the camera travels on a straight track along the line from the subject
// (at the spec's bearing, on their floor level) at a fixed focal length, from the distance of
// one framing to that of another. The dolly channel runs from 0 to the track's length with the
// move's timing; look-at aim keeps the eyes centred, free aim holds the head that aimed at them
// at the start (the same picture when the lens is at eye height: the track runs along the axis).
// Distances are lens to eyes; with the lens off eye height the track stays level and its ends
// are solved as g = sqrt(d^2 - dy^2) (move_spec.h).

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a push in or track out.
struct TrackMove {
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::CU);   // framing at the start
    SubjectFraming to = SubjectFraming::ofSize(ShotSize::WS);     // framing at the end (nearer: push in; farther: track out)
    std::optional<double> focalLengthMm;                          // the fixed lens, millimetres; nullopt = the camera's
};

// "Track out from CU to WS of Anna, 35 mm, 6 s" or "Push in from WS to MCU of Anna, ...".
// Errors: prepareMove()'s, "focalLengthMm", "from", "to" (also when both ends are the same place).
Result<MoveResult> makeTrackMove(const MoveSpec& spec, const TrackMove& move);

} // namespace murnau
