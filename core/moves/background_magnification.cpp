// Background magnification at constant subject size (derivation in the header).

#include "core/moves/background_magnification.h"

#include <cmath>

namespace murnau {

Result<double> backgroundMagnification(double fromDistanceM, double toDistanceM, double backgroundBehindM)
{
    if (!std::isfinite(fromDistanceM) || !(fromDistanceM > 0.0))
        return fail("fromDistanceM", "the start distance must be a positive number of metres");
    if (!std::isfinite(toDistanceM) || !(toDistanceM > 0.0))
        return fail("toDistanceM", "the end distance must be a positive number of metres");
    if (!std::isfinite(backgroundBehindM) || backgroundBehindM < 0.0)
        return fail("backgroundBehindM", "the background's depth behind the subject must be 0 or more metres");
    return toDistanceM * (fromDistanceM + backgroundBehindM) / (fromDistanceM * (toDistanceM + backgroundBehindM));
}

} // namespace murnau
