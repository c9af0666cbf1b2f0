// Subject framing: distances and focal lengths solved from shot sizes (derivation in the header).

#include "core/moves/subject_framing.h"

#include <cmath>

#include <fmt/format.h>

#include "core/moves/move_text.h"
#include "core/rig/camera_rig.h"

namespace murnau {

std::optional<double> SubjectFraming::distanceM() const noexcept
{
    if (const double* distance = std::get_if<double>(&m_value))
        return *distance;
    return std::nullopt;
}

std::optional<ShotSize> SubjectFraming::shotSize() const noexcept
{
    if (const ShotSize* size = std::get_if<ShotSize>(&m_value))
        return *size;
    return std::nullopt;
}

Result<double> framingDistanceM(const SubjectFraming& framing, double statureM, const Gate& gate,
                                double focalLengthMm, std::string_view field)
{
    double distanceM = 0.0;
    if (const std::optional<double> given = framing.distanceM()) {
        distanceM = *given;
    } else {
        if (!std::isfinite(statureM) || !(statureM > 0.0))
            return fail("subject.heightM", "the subject's height must be a positive number of metres");
        const Result<Gate> checkedGateResult = checkedGate(gate);
        if (!checkedGateResult)
            return checkedGateResult.error();
        const Result<double> focal = checkedFocalLengthMm(focalLengthMm);
        if (!focal)
            return focal.error();
        // d = v H f / h: metres * mm / mm.
        const double v = shotSizeBand(*framing.shotSize()).nominalVisibleStatures;
        distanceM = v * statureM * focalLengthMm / gate.heightMm;
    }
    if (!std::isfinite(distanceM) || distanceM < kMinFramingDistanceM || distanceM > kMaxFramingDistanceM) {
        return fail(std::string(field),
                    fmt::format("the subject must be between {} m and {} m from the lens, got {} m",
                                kMinFramingDistanceM, kMaxFramingDistanceM, distanceM));
    }
    return distanceM;
}

Result<double> focalLengthForSizeMm(ShotSize size, double statureM, const Gate& gate, double distanceM,
                                    std::string_view field)
{
    if (!std::isfinite(statureM) || !(statureM > 0.0))
        return fail("subject.heightM", "the subject's height must be a positive number of metres");
    const Result<Gate> checkedGateResult = checkedGate(gate);
    if (!checkedGateResult)
        return checkedGateResult.error();
    // f = h d / (v H): mm * m / m.
    const double v = shotSizeBand(size).nominalVisibleStatures;
    const double focalLengthMm = gate.heightMm * distanceM / (v * statureM);
    const RigChannelInfo& info = rigChannelInfo(RigChannel::FocalLength);
    if (!std::isfinite(focalLengthMm) || focalLengthMm < info.minValue || focalLengthMm > info.maxValue) {
        return fail(std::string(field),
                    fmt::format("a {} from {} would need a {} lens, outside {} to {} mm", shotSizeCode(size),
                                formatMetres(distanceM), formatMillimetres(focalLengthMm), info.minValue,
                                info.maxValue));
    }
    return focalLengthMm;
}

std::string framingLabel(const SubjectFraming& framing)
{
    if (const std::optional<ShotSize> size = framing.shotSize())
        return std::string(shotSizeCode(*size));
    return formatMetres(*framing.distanceM());
}

std::string framedSubject(const SubjectFraming& framing, std::string_view name)
{
    return fmt::format("{} {}", framing.shotSize() ? "of" : "from", name);
}

Result<FramingDistances> framingDistancesM(const SubjectFraming& from, const SubjectFraming& to,
                                           double statureM, const Gate& gate, double focalLengthMm)
{
    Result<double> fromM = framingDistanceM(from, statureM, gate, focalLengthMm, "from");
    if (!fromM)
        return fromM.error();
    Result<double> toM = framingDistanceM(to, statureM, gate, focalLengthMm, "to");
    if (!toM)
        return toM.error();
    return FramingDistances{*fromM, *toM};
}

} // namespace murnau
