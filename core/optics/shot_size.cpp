#include "core/optics/shot_size.h"

#include <array>
#include <cctype>
#include <cmath>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

using namespace landmark;

// Derived landmarks (fractions of stature from the floor), each the midpoint of two
// Drillis & Contini landmarks.
constexpr double kBetweenEyeAndChin = (kEye + kChin) / 2.0;        // 0.903: an ECU cuts here
constexpr double kNeck = (kChin + kShoulder) / 2.0;                // 0.844: midway chin / shoulder
constexpr double kNeckChestBoundary = (kNeck + kChest) / 2.0;      // 0.782: midway neck / chest
constexpr double kChestWaistBoundary = (kChest + kWaist) / 2.0;    // 0.675: midway chest / waist
constexpr double kMidThigh = (kHip + kKnee) / 2.0;                 // 0.4075: midway hip / knee
constexpr double kCowboyCut = (kMidThigh + kKnee) / 2.0;           // 0.346: between mid-thigh and knee

// v of a frame whose bottom edge cuts the body at landmark height `heightFraction`
// (top of frame at the crown): v = crown - landmark.
constexpr double cutAt(double heightFraction)
{
    return kCrown - heightFraction;
}

// Beyond the body: v = 1 / (fraction of the frame height the whole person fills).
constexpr double personFills(double frameFraction)
{
    return 1.0 / frameFraction;
}

constexpr std::array<ShotSizeBand, 8> kBands{{
    {ShotSize::ECU, "ECU", "Extreme close-up", cutAt(kChin), cutAt(kBetweenEyeAndChin),
     "frame cuts inside the face, above the chin; nominally between eye and chin"},
    {ShotSize::CU, "CU", "Close-up", cutAt(kNeckChestBoundary), cutAt(kNeck),
     "head and neck: cut between the chin and midway neck/chest; nominally at the neck (midway chin/shoulder)"},
    {ShotSize::MCU, "MCU", "Medium close-up", cutAt(kChestWaistBoundary), cutAt(kChest),
     "head and shoulders to mid-chest: cut above midway chest/waist; nominally at the chest (nipple line)"},
    {ShotSize::MS, "MS", "Medium shot", cutAt(kHip), cutAt(kWaist),
     "to the waist: cut above the hip (greater trochanter); nominally at the waist (elbow height)"},
    {ShotSize::MLS, "MLS", "Medium long shot", cutAt(kAnkle), cutAt(kCowboyCut),
     "to the legs: cut above the ankle; nominally between mid-thigh and knee"},
    {ShotSize::FS, "FS", "Full shot", personFills(0.5), 1.2,
     "head to toe: the whole person fills at least half the frame height; nominally with 20% headroom and footroom"},
    {ShotSize::WS, "WS", "Wide shot", personFills(1.0 / 6.0), 3.0,
     "person small in the environment: fills 1/2 to 1/6 of the frame height; nominally 1/3"},
    {ShotSize::EWS, "EWS", "Extreme wide shot", std::numeric_limits<double>::infinity(), 10.0,
     "person tiny: fills less than 1/6 of the frame height; nominally 1/10"},
}};

static_assert(kBands.size() == static_cast<std::size_t>(ShotSize::EWS) + 1, "one band per ShotSize");

std::string normalised(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto uc = static_cast<unsigned char>(c);
        if (std::isspace(uc) || c == '-' || c == '_' || c == '.')
            continue;   // "close-up", "close up", "Close_Up" all read the same
        out.push_back(static_cast<char>(std::tolower(uc)));
    }
    return out;
}

struct Alias {
    std::string_view key;   // normalised spelling
    ShotSize size;
};

// Spellings besides the codes and the band names (normalised: lower case, no spaces, dashes, dots).
constexpr std::array<Alias, 10> kAliases{{
    {"xcu", ShotSize::ECU},
    {"bcu", ShotSize::ECU},          // British "big close-up"
    {"ls", ShotSize::FS},            // long shot = full shot
    {"longshot", ShotSize::FS},
    {"mws", ShotSize::MLS},          // medium wide shot
    {"mediumwideshot", ShotSize::MLS},
    {"cowboy", ShotSize::MLS},
    {"cowboyshot", ShotSize::MLS},
    {"els", ShotSize::EWS},          // extreme long shot
    {"xws", ShotSize::EWS},
}};

} // namespace

std::span<const ShotSizeBand> shotSizeBands() noexcept
{
    return kBands;
}

Result<ShotSize> classifyShotSize(double visibleStatures)
{
    if (!std::isfinite(visibleStatures) || visibleStatures <= 0.0) {
        return fail("visibleStatures",
                    fmt::format("frame height / stature must be a positive finite number, got {}", visibleStatures));
    }
    for (const ShotSizeBand& band : kBands) {
        if (visibleStatures < band.maxVisibleStatures)
            return band.size;
    }
    return ShotSize::EWS;   // unreachable: the last band is unbounded
}

const ShotSizeBand& shotSizeBand(ShotSize size) noexcept
{
    return kBands[static_cast<std::size_t>(size)];
}

Result<ShotSize> parseShotSize(std::string_view text)
{
    const std::string key = normalised(text);
    if (key.empty())
        return fail("shotSize", "is empty: use ECU, CU, MCU, MS, MLS, FS, WS or EWS");
    for (const ShotSizeBand& band : kBands) {
        if (key == normalised(band.code) || key == normalised(band.name))
            return band.size;
    }
    for (const Alias& alias : kAliases) {
        if (key == alias.key)
            return alias.size;
    }
    return fail("shotSize", fmt::format("unknown shot size '{}': use ECU, CU, MCU, MS, MLS, FS, WS or EWS",
                                        std::string(text)));
}

std::string_view shotSizeCode(ShotSize size) noexcept
{
    return shotSizeBand(size).code;
}

} // namespace murnau
