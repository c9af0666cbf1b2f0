#pragma once
// Shot sizes of a standing person, named by where the frame's bottom edge cuts the
// body when the top of frame sits at the crown. The band boundaries are conventions,
// kept as data (shotSizeBands()), each tied to a body landmark from anthropometry.h.
//
// "visible statures" v = frame height at the subject / subject's stature.
// v < 1: the bottom edge cuts the body at height (1 - v) * stature.
// v >= 1: the whole person is in frame and fills 1/v of its height.

#include <optional>
#include <span>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

enum class ShotSize { ECU, CU, MCU, MS, MLS, FS, WS, EWS };

// One band: shots with v below `maxVisibleStatures` (and above the previous band's) get `size`.
struct ShotSizeBand {
    ShotSize size;
    std::string_view code;            // "MCU"
    std::string_view name;            // "Medium close-up"
    double maxVisibleStatures;        // upper bound of v for this band (exclusive); +inf for EWS
    double nominalVisibleStatures;    // the conventional framing, used to solve "--size MCU"
    std::string_view convention;      // the cut in words, with the landmark it is tied to
};

// The bands from ECU to EWS, in increasing v.
std::span<const ShotSizeBand> shotSizeBands() noexcept;

// Classifies a framing by v = frame height / stature: the first band with v < maxVisibleStatures.
// v must be positive and finite (else an error naming "visibleStatures").
Result<ShotSize> classifyShotSize(double visibleStatures);

// The band of a size.
const ShotSizeBand& shotSizeBand(ShotSize size) noexcept;

// "ECU" ... "EWS" <-> ShotSize. Case-insensitive, ignoring spaces, '-', '_' and '.'; also accepts
// the band names ("close-up", "Medium shot") and the aliases "LS"/"long shot" for FS,
// "MWS"/"medium wide shot"/"cowboy" for MLS, "XCU"/"BCU" for ECU and "ELS"/"XWS" for EWS.
// Errors name the field "shotSize".
Result<ShotSize> parseShotSize(std::string_view text);
std::string_view shotSizeCode(ShotSize size) noexcept;

} // namespace murnau
