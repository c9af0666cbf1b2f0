#pragma once
// Depth of field by the exact thin-lens formulas (focus at distance s, measured from
// the front principal point, here taken as the film plane as in published DoF tables):
//   H  = f^2 / (N c) + f
//   Dn = s (H - f) / (H + s - 2 f)
//   Df = s (H - f) / (H - s)           infinite when s >= H
// N is the f-number (not the T-stop), c the circle of confusion.

#include <optional>

#include "core/util/result.h"

namespace murnau {

struct DepthOfField {
    double hyperfocalM = 0.0;          // hyperfocal distance H, metres
    double nearM = 0.0;                // near limit of acceptable sharpness, metres
    std::optional<double> farM;        // far limit, metres; nullopt when infinite (s >= H)
    std::optional<double> totalM;      // far - near, metres; nullopt when infinite
    friend bool operator==(const DepthOfField&, const DepthOfField&) = default;
};

// Hyperfocal distance in metres for focal length f (mm), f-number N, circle of confusion c (mm).
[[nodiscard]] double hyperfocalDistanceM(double focalLengthMm, double fNumber, double cocMm) noexcept;

// Near/far limits for focus distance `focusM` (metres). Computed in millimetres, returned in
// metres. Errors name "focalLengthMm", "fNumber", "cocMm" or "focusM" on non-positive,
// non-finite or absurd input, or a focus distance inside the focal length (s <= f).
Result<DepthOfField> depthOfField(double focalLengthMm, double fNumber, double cocMm, double focusM);

} // namespace murnau
