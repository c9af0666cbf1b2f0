#pragma once
// Truck (crab) left or right: the camera, framing the subject at the start, travels sideways
// on a straight track laid square to its line of sight, at a fixed focal length. Free aim
// keeps the head still, so the subject slides across frame against a parallax sweep; look-at
// aim pans to keep the subject's eyes centred.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of a truck.
struct TruckMove {
    SubjectFraming framing = SubjectFraming::ofSize(ShotSize::MS);   // framing at the start
    double truckM = 2.0;                                            // sideways travel, metres: + to the camera's right, - to its left
    std::optional<double> focalLengthMm;                            // the lens, millimetres; nullopt = the camera's
};

// "Truck right 2 m, MS of Anna, 35 mm, 6 s". Errors: prepareMove()'s, "focalLengthMm",
// "framing", "truckM" (not finite, shorter than kMinRailPointSpacingM or beyond 1 km).
Result<MoveResult> makeTruckMove(const MoveSpec& spec, const TruckMove& move);

} // namespace murnau
