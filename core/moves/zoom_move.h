#pragma once
// Zoom in or out: the camera stands still and the focal length changes from one value to
// another with the move's timing (two keys). The subject's frame height scales with f (frame
// height h d / f at a fixed d), and so does everything else: no parallax. The end is given as
// a focal length or as a shot size, solved at the fixed distance d as f = h d / (v H)
// (subject_framing.h).

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a zoom: exactly one of toFocalLengthMm and toSize.
struct ZoomMove {
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::CU);   // framing at the start, at fromFocalLengthMm (sets the distance)
    std::optional<double> fromFocalLengthMm;                      // the start of the zoom, millimetres; nullopt = the camera's
    std::optional<double> toFocalLengthMm;                        // the end of the zoom, millimetres
    std::optional<ShotSize> toSize;                               // or the framing at the end, solved to a focal length
};

// "Zoom out from CU to WS of Anna, 50 to 16.2 mm, 6 s". Errors: prepareMove()'s,
// "fromFocalLengthMm", "from", "toFocalLengthMm" / "toSize" (both or neither given, out of
// range, or the same focal length as the start).
Result<MoveResult> makeZoomMove(const MoveSpec& spec, const ZoomMove& move);

} // namespace murnau
