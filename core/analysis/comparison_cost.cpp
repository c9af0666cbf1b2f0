#include "core/analysis/comparison_cost.h"

namespace murnau {

Result<std::vector<SideCost>> costComparison(const Project& project, const Comparison& comparison,
                                             const FeasibilityLimits& limits)
{
    (void)project; (void)comparison; (void)limits;
    return Error{"", "not built yet"};   // FOUNDATION STUB
}

} // namespace murnau
