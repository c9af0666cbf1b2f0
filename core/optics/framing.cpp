#include "core/optics/framing.h"

#include <cmath>

#include <fmt/format.h>

namespace murnau {

namespace {

// Distances beyond this are typing errors (a kilometre-scale "Powers of Ten" pull back still fits).
constexpr double kMaxDistanceM = 1.0e7;

} // namespace

Result<FieldSize> fieldSizeAt(const Gate& gate, double focalLengthMm, double distanceM)
{
    const Result<Gate> checked = checkedGate(gate);
    if (!checked)
        return checked.error();
    const Result<double> focal = checkedFocalLengthMm(focalLengthMm);
    if (!focal)
        return focal.error();
    if (!std::isfinite(distanceM) || distanceM <= 0.0 || distanceM > kMaxDistanceM) {
        return fail("distanceM", fmt::format("distance must be a finite number of metres in (0, {}], got {}",
                                             kMaxDistanceM, distanceM));
    }
    // W = (s w) D / f: mm / mm leaves the unit of D, metres. The projected width includes squeeze.
    return FieldSize{gate.squeeze * gate.widthMm * distanceM / focalLengthMm,
                     gate.heightMm * distanceM / focalLengthMm};
}

Result<double> distanceForFrameFraction(const Gate& gate, double focalLengthMm, double subjectHeightM,
                                        double fraction)
{
    const Result<Gate> checked = checkedGate(gate);
    if (!checked)
        return checked.error();
    const Result<double> focal = checkedFocalLengthMm(focalLengthMm);
    if (!focal)
        return focal.error();
    if (!std::isfinite(subjectHeightM) || subjectHeightM <= 0.0 || subjectHeightM > kMaxDistanceM) {
        return fail("subjectHeightM", fmt::format("subject height must be a finite number of metres in (0, {}], got {}",
                                                  kMaxDistanceM, subjectHeightM));
    }
    if (!std::isfinite(fraction) || fraction <= 0.0) {
        return fail("fraction", fmt::format("frame fraction must be a positive finite number, got {}", fraction));
    }
    // The frame height at D is h D / f; the subject fills `fraction` of it when
    // subjectHeight = fraction * h D / f, so D = f subjectHeight / (fraction h).
    return focalLengthMm * subjectHeightM / (fraction * gate.heightMm);
}

} // namespace murnau
