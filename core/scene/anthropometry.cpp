#include "core/scene/anthropometry.h"

#include <array>

namespace murnau {

namespace {

// Crown first, down to the ankle (Drillis & Contini 1966, via Winter 2009, Fig. 4.1).
constexpr std::array<BodyLandmark, 10> kLandmarks{{
    {"crown", landmark::kCrown},
    {"eye", landmark::kEye},
    {"chin", landmark::kChin},
    {"shoulder", landmark::kShoulder},
    {"chest", landmark::kChest},
    {"waist", landmark::kWaist},
    {"hip", landmark::kHip},
    {"wrist", landmark::kWrist},
    {"knee", landmark::kKnee},
    {"ankle", landmark::kAnkle},
}};

} // namespace

std::span<const BodyLandmark> bodyLandmarks() noexcept
{
    return kLandmarks;
}

} // namespace murnau
