#pragma once
// A feasibility report as JSON (`murnau-cli report <project> --json`): snake_case keys with the
// unit in the name (track_length_m, peak_dolly_speed_mps, from_s), keys in a fixed order.
// Times appear three ways: seconds (from_s), the report's label ("02.10") and shot timecode
// ("00:00:02:02"). Infinite or undefined numbers (a straight rail's radius, a far limit beyond
// the hyperfocal distance) are null. Layout:
//   {"shot": {...}, "summary": {track_length_m, sections, peak_<channel>_<unit>..., counts},
//    "limits": {...}, "track": {...}, "motion": {"<channel>": {...}}, "lens": {...},
//    "rig_collisions": [...], "track_collisions": [...], "focus_marks": {...}, "warnings": [...]}

#include <nlohmann/json_fwd.hpp>

#include "core/analysis/feasibility_report.h"

namespace murnau {

// The JSON tree of `report`.
[[nodiscard]] nlohmann::ordered_json feasibilityReportToJson(const FeasibilityReport& report);

} // namespace murnau
