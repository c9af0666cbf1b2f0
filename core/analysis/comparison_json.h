#pragma once
// The comparison as JSON, for `murnau-cli compare --json` and the comparison sheet: the
// request, each side's move (description, summary) and cost, and the readouts at every frame.
// Keys in a fixed order; lengths in metres, focal lengths in millimetres, angles in degrees.

#include <nlohmann/json.hpp>

#include "core/analysis/comparison_cost.h"
#include "core/analysis/comparison_readouts.h"
#include "core/moves/comparison.h"

namespace murnau {

// {"sourceShot", "subject", "from", "to", "background": {label, behindM},
//  "sides": [{side, title, description, focalLengthMm: [start, end], distanceM: [start, end], cost: {...}}],
//  "frames": [{frame, seconds, sides: [{distanceM, focalLengthMm, horizontalAovDeg, subjectFraction,
//              backgroundFraction, cameraPositionM}], backgroundMagnification, predictedMagnification}]}
[[nodiscard]] nlohmann::ordered_json comparisonJson(const Comparison& comparison, const ComparisonReadouts& readouts,
                                                    const std::vector<SideCost>& costs);

} // namespace murnau
