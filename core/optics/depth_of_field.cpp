#include "core/optics/depth_of_field.h"

#include <cmath>

#include <fmt/format.h>

#include "core/optics/lens.h"

namespace murnau {

namespace {

constexpr double kMmPerM = 1000.0;

// f-numbers beyond this are typing errors (pinhole cameras work around f/200).
constexpr double kMaxFNumber = 1000.0;
// A circle of confusion beyond this is no longer "acceptable sharpness" on any format, millimetres.
constexpr double kMaxCocMm = 1.0;

} // namespace

double hyperfocalDistanceM(double focalLengthMm, double fNumber, double cocMm) noexcept
{
    // H = f^2 / (N c) + f, all in millimetres, then to metres.
    return (focalLengthMm * focalLengthMm / (fNumber * cocMm) + focalLengthMm) / kMmPerM;
}

Result<DepthOfField> depthOfField(double focalLengthMm, double fNumber, double cocMm, double focusM)
{
    const Result<double> focal = checkedFocalLengthMm(focalLengthMm);
    if (!focal)
        return focal.error();
    if (!std::isfinite(fNumber) || fNumber <= 0.0 || fNumber > kMaxFNumber) {
        return fail("fNumber", fmt::format("f-number must be a finite number in (0, {}], got {}", kMaxFNumber,
                                           fNumber));
    }
    if (!std::isfinite(cocMm) || cocMm <= 0.0 || cocMm > kMaxCocMm) {
        return fail("cocMm", fmt::format("circle of confusion must be a finite number in (0, {}] mm, got {}",
                                         kMaxCocMm, cocMm));
    }
    if (!std::isfinite(focusM) || focusM <= 0.0)
        return fail("focusM", fmt::format("focus distance must be a positive finite number of metres, got {}", focusM));

    // Work in millimetres throughout: f, c and H are millimetres, s is converted.
    const double f = focalLengthMm;
    const double s = focusM * kMmPerM;
    if (s <= f) {
        return fail("focusM", fmt::format("focus distance {} m is inside the focal length ({} mm): nothing is in focus",
                                          focusM, focalLengthMm));
    }
    const double hyperfocalMm = f * f / (fNumber * cocMm) + f;

    DepthOfField dof;
    dof.hyperfocalM = hyperfocalMm / kMmPerM;
    dof.nearM = s * (hyperfocalMm - f) / (hyperfocalMm + s - 2.0 * f) / kMmPerM;
    if (s < hyperfocalMm) {
        const double farMm = s * (hyperfocalMm - f) / (hyperfocalMm - s);
        dof.farM = farMm / kMmPerM;
        dof.totalM = *dof.farM - dof.nearM;
    }
    return dof;
}

} // namespace murnau
