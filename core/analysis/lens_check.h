#pragma once
// The lens a shot needs: the zoom range it uses and the closest focus it asks for, against the
// planned lens when one is given (FeasibilityLimits::lens). Read at every sample of the timeline
// and on both sides of every break (report_timeline.h), so focal lengths and focus distances keyed
// between frames are seen.

#include <optional>
#include <vector>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/feasibility_warning.h"
#include "core/analysis/report_timeline.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

// The focal lengths and focus distances a shot uses, with when they first occur.
struct LensUse {
    double minFocalMm = 0.0;          // widest focal length used, millimetres
    Flicks minFocalAt = 0;            // when first, shot time
    double maxFocalMm = 0.0;          // longest focal length used, millimetres
    Flicks maxFocalAt = 0;            // when first, shot time
    double minFocusM = 0.0;           // closest focus distance set, metres
    Flicks minFocusAt = 0;            // when first, shot time
    std::optional<LensRange> lens;    // the planned lens compared against, if any
    bool focalFits = true;            // every focal length lies within the lens's range (true without a lens)
    bool focusFits = true;            // no focus distance is closer than the lens's minimum focus (true without a lens)
};

// The lens part of a report: the use and the warnings against the planned lens.
struct LensCheck {
    LensUse use;                                // what the shot uses
    std::vector<FeasibilityWarning> warnings;   // stretches outside the planned lens (problems)
};

// The lens use of the shot `evaluator` evaluates over `timeline`, against `lens` if given.
[[nodiscard]] LensCheck checkLens(const ShotEvaluator& evaluator, const ReportTimeline& timeline,
                                  const std::optional<LensRange>& lens);

} // namespace murnau
