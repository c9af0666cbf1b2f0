#pragma once
// Body landmarks of a standing adult as fractions of stature, from Drillis & Contini
// (1966), "Body segment parameters", as tabulated in D. A. Winter, *Biomechanics and
// Motor Control of Human Movement*, 4th ed. (2009), Fig. 4.1. Used to build actor
// proxies of real proportions and to classify shot sizes by where the frame cuts a person.

#include <span>
#include <string_view>

namespace murnau {

// A named height on the body, as a fraction of stature measured from the floor.
struct BodyLandmark {
    std::string_view id;      // "chin", "shoulder", ...
    double heightFraction;    // 0 = floor, 1 = crown
};

// Heights above the floor (fraction of stature H).
namespace landmark {
inline constexpr double kCrown = 1.000;
inline constexpr double kEye = 0.936;
inline constexpr double kChin = 0.870;
inline constexpr double kShoulder = 0.818;
inline constexpr double kChest = 0.720;       // nipple line
inline constexpr double kWaist = 0.630;       // elbow height, the natural waist
inline constexpr double kHip = 0.530;         // greater trochanter
inline constexpr double kWrist = 0.485;
inline constexpr double kKnee = 0.285;
inline constexpr double kAnkle = 0.039;
} // namespace landmark

// Widths and lengths (fraction of stature H), same source.
namespace segment {
inline constexpr double kShoulderWidth = 0.259;
inline constexpr double kHipWidth = 0.191;
inline constexpr double kUpperArm = 0.186;    // shoulder to elbow
inline constexpr double kForearm = 0.146;     // elbow to wrist
inline constexpr double kHand = 0.108;
inline constexpr double kFootLength = 0.152;
inline constexpr double kFootWidth = 0.055;
inline constexpr double kThigh = 0.245;       // hip to knee
inline constexpr double kShank = 0.246;       // knee to ankle
} // namespace segment

// All landmarks, crown first.
std::span<const BodyLandmark> bodyLandmarks() noexcept;

} // namespace murnau
