#include "core/analysis/comparison_json.h"

namespace murnau {

nlohmann::ordered_json comparisonJson(const Comparison& comparison, const ComparisonReadouts& readouts,
                                      const std::vector<SideCost>& costs)
{
    (void)comparison; (void)readouts; (void)costs;
    return nlohmann::ordered_json::object();   // FOUNDATION STUB
}

} // namespace murnau
