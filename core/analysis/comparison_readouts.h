#pragma once
// What the compare view plots under its pictures, frame by frame, for every side of a
// comparison (core/moves/comparison.h): camera-to-subject distance, focal length, horizontal
// angle of view, how large the subject stands in the frame, and how large the chosen
// background does, with the background magnification of A over B measured from the two
// pictures and as the optics predicts it (background_magnification.h):
//   measured  m = (image height of the background in A) / (image height in B), both projected
//               through each side's camera (core/optics/projection.h);
//   predicted m = d_A (d_B + D) / (d_B (d_A + D)), d the lens-to-eyes distances and D the
//               background's depth behind the subject's eyes along B's lens axis.
// Subject framing in A and B is equal on every frame by construction; the readouts show it.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "core/moves/comparison.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The background the magnification is read on: a set piece (its bounding box: the vertical
// segment through its centre, floor to top), or a fronto-parallel plane D metres behind the
// subject's eyes along B's lens axis (a 1 m vertical segment on the axis stands for it).
struct CompareBackground {
    std::optional<std::string> setPiece;   // SetPiece::name; nullopt = the plane
    double behindM = 10.0;                 // the plane's depth behind the subject's eyes, metres (> 0)
    friend bool operator==(const CompareBackground&, const CompareBackground&) = default;
};

// One side at one frame.
struct SideReading {
    glm::dvec3 cameraPositionM{0.0};        // the lens (entrance pupil), metres
    double distanceM = 0.0;                 // lens to the subject's eyes, metres
    double focalLengthMm = 0.0;             // millimetres
    double horizontalAovDeg = 0.0;          // delivery gate, 2 atan(squeeze w / 2f), degrees
    double subjectFraction = 0.0;           // the subject's stature over the frame height at their depth (actor_framing.h)
    double backgroundFraction = 0.0;        // the background's image height over the frame height (projected)
    friend bool operator==(const SideReading&, const SideReading&) = default;
};

// Every side at one frame.
struct ComparisonFrame {
    std::int64_t frame = 0;                         // 0-based frame of the shots
    double seconds = 0.0;                           // shot time at the frame's start
    std::vector<SideReading> sides;                 // in Comparison::sides order
    double backgroundMagnification = 1.0;           // measured: A's backgroundFraction / B's
    double predictedMagnification = 1.0;           // the formula above
    friend bool operator==(const ComparisonFrame&, const ComparisonFrame&) = default;
};

// The readouts of a whole comparison.
struct ComparisonReadouts {
    std::string backgroundLabel;              // "Back wall" or "plane 10 m behind Anna"
    double backgroundBehindM = 0.0;           // D at the first frame, metres
    std::vector<ComparisonFrame> frames;      // every frame that starts inside the shots
};

// Reads every frame. Errors: "background.setPiece" (no such set piece, listing them),
// "background.behindM" (not positive and finite), the shots' evaluation errors, and "background"
// when the background is not in front of both lenses at some frame.
Result<ComparisonReadouts> readComparison(const Project& project, const Comparison& comparison,
                                          const CompareBackground& background);

} // namespace murnau
