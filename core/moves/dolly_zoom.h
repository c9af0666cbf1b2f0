#pragma once
// Dolly zoom (Vertigo, contra-zoom): the camera travels on a straight track along the line
// from the subject while the focal length changes so that the subject keeps its size on EVERY
// frame: the subject's frame height is h d / f (subject_framing.h), constant when f / d is, so
//   f(t) = f1 * d(t) / d1          (d the lens-to-eyes distance, d1 and f1 at the start)
// while a background D behind the subject grows by d2 (d1 + D) / (d1 (d2 + D))
// (background_magnification.h).
//
// Keys: the dolly channel gets the move's ordinary two (or four) keys. d(t) is then a cubic
// (or eased) function of time, and f(t) proportional to it is no cubic of time when d(t) is
// eased (an Eased segment is a parametric Bezier: time and value are both cubics of its
// parameter, the value no polynomial of time), nor when the lens is off eye height (d is then
// sqrt(g(t)^2 + dy^2)). So the focal-length channel gets one Linear key per frame, computed
// from the lens position the rig itself evaluates at that frame: exact on every frame,
// straight in between (where the mismatch is second order in the frame length). Editing the
// dolly afterwards does not update those keys: generate the move again.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a dolly zoom: the held framing, the start lens, and the end as exactly one of
// a distance or a focal length (d2 = d1 f2 / f1).
struct DollyZoom {
    SubjectFraming framing = SubjectFraming::ofSize(ShotSize::MCU);   // the framing held throughout, at startFocalLengthMm
    std::optional<double> startFocalLengthMm;                        // the lens at the start, millimetres; nullopt = the camera's
    std::optional<double> endDistanceM;                              // lens to eyes at the end, metres
    std::optional<double> endFocalLengthMm;                          // or the lens at the end, millimetres
};

// "Dolly zoom, MCU of Anna: track out 0.95 m to 1.9 m, zoom in 35 mm to 70 mm, 6 s". Errors:
// prepareMove()'s, "startFocalLengthMm", "framing", "endDistanceM" / "endFocalLengthMm" (both or
// neither, out of range, no travel, or an end focal length outside 1 to 2000 mm).
Result<MoveResult> makeDollyZoom(const MoveSpec& spec, const DollyZoom& move);

} // namespace murnau
