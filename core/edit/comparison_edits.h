#pragma once
// Keeping a comparison's sides (core/moves/comparison.h) in the project, as ONE edit:
//   one side:   it becomes the source shot's motion (applyMove, rig_edits.h); from nothing,
//               a new shot at the end of `sceneIndex`;
//   several:    alternatives of one setup: the first as above, each further side a new shot
//               right after it with the source's setup (or a new one), camera, rate and
//               action start, numbered freely after it ("1A", "1B"), named after its side.

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "core/edit/edit.h"
#include "core/moves/comparison.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The edit and the shots it wrote, in the order of `sides`.
struct KeptComparison {
    Edit edit;                          // "Keep track out as shot 1" / "Keep track out and zoom out as alternatives of setup A"
    std::vector<std::string> shotIds;   // Shot::id per kept side
};

// Errors: "sides" (empty, repeated, or not in the comparison), "shotId" (the source shot is
// gone), "sceneIndex" (from nothing without a scene to add to: `sceneIndex` out of range),
// and applyMove()'s.
Result<KeptComparison> keepComparison(const Project& project, const Comparison& comparison,
                                      std::span<const CompareSide> sides, std::size_t sceneIndex = 0);

} // namespace murnau
