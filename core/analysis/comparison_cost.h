#pragma once
// What each side of a comparison costs the crew: track and sections to lay (track_estimate.h),
// the dolly's peak speed (motion_analysis.h), the zoom range it needs against the camera's lens
// kit (a zoom's range, or the primes it lacks), the closest focus it asks for against the
// lens's minimum focus, and the depth of field at its start and end (depth_of_field.h, with the
// camera's circle of confusion). Read from each side's feasibility report (feasibility_report.h),
// so the figures match `murnau-cli report`.

#include <optional>
#include <string>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/moves/comparison.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// Near and far limits of acceptable sharpness at one instant, metres (far: nullopt = infinity).
struct FocusSpan {
    double focusM = 0.0;                  // focus distance, metres
    double nearM = 0.0;                   // near limit, metres
    std::optional<double> farM;           // far limit, metres; nullopt beyond the hyperfocal distance
    friend bool operator==(const FocusSpan&, const FocusSpan&) = default;
};

// The cost of one side.
struct SideCost {
    CompareSide side = CompareSide::Track;
    double trackLengthM = 0.0;            // track to lay with run-up and stop margin, metres (0: none)
    int trackSections = 0;                // sections of FeasibilityLimits::trackSectionM (8 ft by default)
    double peakDollySpeedMps = 0.0;       // fastest dolly travel, metres per second
    double minFocalMm = 0.0;              // widest focal length used, millimetres
    double maxFocalMm = 0.0;              // longest focal length used, millimetres
    bool lensKitCovers = true;            // the camera's kit has every focal length used (true without a kit)
    std::string lensKitNote;              // "within the Optimo 24-290 (24-290 mm)", "no 19.8 mm prime in Cooke S4/i", "any focal length (no kit)"
    std::vector<double> missingPrimesMm;  // primes kit: focal lengths used that no prime of the kit has, millimetres
    double closestFocusM = 0.0;           // closest focus distance the side asks for, metres
    std::optional<double> lensMinFocusM;  // the kit's minimum focus at that lens, metres; nullopt without a kit
    bool focusCovers = true;              // closestFocusM >= lensMinFocusM
    FocusSpan depthOfFieldStart;          // at the first frame
    FocusSpan depthOfFieldEnd;            // at the last instant
    friend bool operator==(const SideCost&, const SideCost&) = default;
};

// The cost of every side, in Comparison::sides order, against `limits` (its section length,
// run-up and margins; its lens is replaced by the camera's kit). Errors: the shots' evaluation.
Result<std::vector<SideCost>> costComparison(const Project& project, const Comparison& comparison,
                                             const FeasibilityLimits& limits = {});

} // namespace murnau
