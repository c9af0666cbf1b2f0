#pragma once
// Framing: how big the frame is at a distance, and where to stand to frame a subject.
// Pinhole model: field size W = w D / f (w gate dimension, D subject distance, f focal length).

#include "core/optics/lens.h"
#include "core/util/result.h"

namespace murnau {

// Width and height in metres of the field a gate covers at distance `distanceM`.
struct FieldSize {
    double widthM = 0.0;
    double heightM = 0.0;
};

// Field size of a gate at `distanceM` with focal length `focalLengthMm` (horizontal includes squeeze):
// width = s w D / f, height = h D / f. Errors name "gate", "focalLengthMm" or "distanceM".
Result<FieldSize> fieldSizeAt(const Gate& gate, double focalLengthMm, double distanceM);

// Distance (m) at which a subject `subjectHeightM` tall fills `fraction` of the frame height:
// D = f * H / (fraction * h). Errors name "gate", "focalLengthMm", "subjectHeightM" or "fraction".
Result<double> distanceForFrameFraction(const Gate& gate, double focalLengthMm,
                                        double subjectHeightM, double fraction);

} // namespace murnau
