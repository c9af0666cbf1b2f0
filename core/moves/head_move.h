#pragma once
// Pan, tilt or roll: the camera stands where it frames the subject at the start and the head
// turns by an angle at a fixed focal length (one channel keyed with the move's timing). Under
// free aim the channel runs from the angle that aimed at the subject's eyes; under look-at aim
// (pan and tilt channels are offsets from the aim, camera_rig.h) it runs from 0. Roll starts
// level either way. Signs follow camera_state.h: pan > 0 turns left, tilt > 0 looks up, roll
// > 0 rolls the body counter-clockwise as the operator sees it.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Which way the head turns.
enum class HeadAxis {
    Pan,    // about the vertical
    Tilt,   // about the camera's horizontal axis
    Roll,   // about the lens axis
};

// Parameters of a pan, tilt or roll.
struct HeadMove {
    SubjectFraming framing = SubjectFraming::ofSize(ShotSize::MS);   // framing at the start
    HeadAxis axis = HeadAxis::Pan;                                   // which channel turns
    double angleDeg = 30.0;                                          // how far, degrees (signs above)
    std::optional<double> focalLengthMm;                             // the lens, millimetres; nullopt = the camera's
};

// "Pan left 30°, MS of Anna, 35 mm, 6 s". Errors: prepareMove()'s, "focalLengthMm", "framing",
// "angleDeg" (not finite, zero, or beyond 100 turns).
Result<MoveResult> makeHeadMove(const MoveSpec& spec, const HeadMove& move);

} // namespace murnau
