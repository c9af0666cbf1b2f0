#include "core/optics/depth_blur.h"

#include <algorithm>
#include <cmath>

namespace murnau {

Result<DepthBlurBand> depthBlurBand(const DepthOfField& dof, double farthestM)
{
    if (!std::isfinite(farthestM) || farthestM <= dof.nearM)
        return fail("farthestM", "the farthest depth shown must be finite and beyond the near limit");
    const double farM = dof.farM ? std::min(*dof.farM, farthestM) : farthestM;
    return DepthBlurBand{(dof.nearM + farM) / 2.0, farM - dof.nearM};
}

Result<double> backgroundBlurDiscMm(double focalLengthMm, double fNumber, double focusM)
{
    if (!std::isfinite(focalLengthMm) || focalLengthMm <= 0.0)
        return fail("focalLengthMm", "focal length must be a positive number of millimetres");
    if (!std::isfinite(fNumber) || fNumber <= 0.0)
        return fail("fNumber", "f-number must be positive");
    const double focusMm = focusM * 1000.0;
    if (!std::isfinite(focusMm) || focusMm <= focalLengthMm)
        return fail("focusM", "focus distance must be beyond the focal length");
    return focalLengthMm * focalLengthMm / (fNumber * (focusMm - focalLengthMm));
}

} // namespace murnau
