// Checking user-set feasibility limits before a report uses them.

#include "core/analysis/feasibility_limits.h"

#include <cmath>
#include <string>

#include <fmt/format.h>

#include "core/optics/lens.h"

namespace murnau {

namespace {

// An error unless `value` is finite and positive (or, with `zeroAllowed`, zero).
std::optional<Error> checkValue(double value, std::string_view field, std::string_view name, std::string_view unit,
                                bool zeroAllowed = false)
{
    const bool ok = std::isfinite(value) && (value > 0.0 || (zeroAllowed && value == 0.0));
    if (ok)
        return std::nullopt;
    return fail(fmt::format("{}.{}", field, name),
                fmt::format("expected a {} number{}, got {}", zeroAllowed ? "non-negative" : "positive",
                            unit.empty() ? std::string() : fmt::format(" of {}", unit), value));
}

std::optional<Error> checkOptional(const std::optional<double>& value, std::string_view field, std::string_view name,
                                   std::string_view unit)
{
    return value ? checkValue(*value, field, name, unit) : std::nullopt;
}

} // namespace

std::optional<Error> checkFeasibilityLimits(const FeasibilityLimits& limits, std::string_view field)
{
    const std::optional<Error> errors[] = {
        checkValue(limits.trackSectionM, field, "trackSectionM", "metres"),
        checkValue(limits.runUpM, field, "runUpM", "metres", true),
        checkValue(limits.stopMarginM, field, "stopMarginM", "metres", true),
        checkOptional(limits.dollySpeedMps, field, "dollySpeedMps", "m/s"),
        checkOptional(limits.dollyAccelerationMps2, field, "dollyAccelerationMps2", "m/s^2"),
        checkOptional(limits.dollyJerkMps3, field, "dollyJerkMps3", "m/s^3"),
        checkOptional(limits.pedestalSpeedMps, field, "pedestalSpeedMps", "m/s"),
        checkOptional(limits.pedestalAccelerationMps2, field, "pedestalAccelerationMps2", "m/s^2"),
        checkOptional(limits.pedestalJerkMps3, field, "pedestalJerkMps3", "m/s^3"),
        checkOptional(limits.panCrossingS, field, "panCrossingS", "seconds"),
        checkOptional(limits.panAccelerationDegPerS2, field, "panAccelerationDegPerS2", "deg/s^2"),
        checkOptional(limits.panJerkDegPerS3, field, "panJerkDegPerS3", "deg/s^3"),
        checkOptional(limits.tiltCrossingS, field, "tiltCrossingS", "seconds"),
        checkOptional(limits.tiltAccelerationDegPerS2, field, "tiltAccelerationDegPerS2", "deg/s^2"),
        checkOptional(limits.tiltJerkDegPerS3, field, "tiltJerkDegPerS3", "deg/s^3"),
        checkOptional(limits.zoomRateMmPerS, field, "zoomRateMmPerS", "mm/s"),
        checkOptional(limits.focusPullMps, field, "focusPullMps", "m/s"),
        checkValue(limits.collision.cameraRadiusM, field, "collision.cameraRadiusM", "metres"),
        checkValue(limits.collision.actorRadiusM, field, "collision.actorRadiusM", "metres"),
        checkValue(limits.collision.trackHalfWidthM, field, "collision.trackHalfWidthM", "metres"),
        checkValue(limits.collision.trackClearanceM, field, "collision.trackClearanceM", "metres"),
        checkValue(limits.collision.trackStepM, field, "collision.trackStepM", "metres"),
        checkValue(limits.severeOverPercent, field, "severeOverPercent", "percent", true),
    };
    for (const std::optional<Error>& error : errors) {
        if (error)
            return error;
    }
    if (limits.lens) {
        const LensRange& lens = *limits.lens;
        const std::string lensField = fmt::format("{}.lens", field);
        if (Result<double> focal = checkedFocalLengthMm(lens.minFocalMm, lensField + ".minFocalMm"); !focal)
            return focal.error();
        if (Result<double> focal = checkedFocalLengthMm(lens.maxFocalMm, lensField + ".maxFocalMm"); !focal)
            return focal.error();
        if (lens.maxFocalMm < lens.minFocalMm) {
            return fail(lensField + ".maxFocalMm",
                        fmt::format("the longest focal length ({} mm) is shorter than the widest ({} mm)",
                                    lens.maxFocalMm, lens.minFocalMm));
        }
        if (auto error = checkValue(lens.minFocusM, lensField, "minFocusM", "metres"))
            return error;
    }
    return std::nullopt;
}

} // namespace murnau
