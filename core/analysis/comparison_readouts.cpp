#include "core/analysis/comparison_readouts.h"

namespace murnau {

Result<ComparisonReadouts> readComparison(const Project& project, const Comparison& comparison,
                                          const CompareBackground& background)
{
    (void)project; (void)comparison; (void)background;
    return Error{"", "not built yet"};   // FOUNDATION STUB
}

} // namespace murnau
