#include "core/edit/comparison_edits.h"

namespace murnau {

Result<KeptComparison> keepComparison(const Project& project, const Comparison& comparison,
                                      std::span<const CompareSide> sides, std::size_t sceneIndex)
{
    (void)project; (void)comparison; (void)sides; (void)sceneIndex;
    return Error{"sides", "not built yet"};   // FOUNDATION STUB
}

} // namespace murnau
