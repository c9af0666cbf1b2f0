#pragma once
// The limits a feasibility report measures a shot against, with their sources. No standard
// gives hard limits for camera rigs (DOMAIN.md, "Rigs and their limits"): every figure here is a
// setting with a sensible default, and the report gives margins against it, not verdicts.
// An optional limit left empty is reported as a peak only.

#include <optional>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// The lens a shot is planned with: its zoom range (a prime has min == max) and close focus.
struct LensRange {
    double minFocalMm = 0.0;   // widest focal length, millimetres
    double maxFocalMm = 0.0;   // longest focal length, millimetres
    double minFocusM = 0.0;    // minimum focus distance from the film plane, metres
    friend constexpr bool operator==(const LensRange&, const LensRange&) = default;
};

// Sizes of the bodies collisions are looked for between.
struct CollisionSizes {
    // Radius of a sphere around the lens standing for camera body, matte box and head: a cine
    // body with a matte box is 0.3-0.4 m long (assumption: set it for the package).
    double cameraRadiusM = 0.35;
    // Radius of the cylinder standing for an actor: about half a shoulder width
    // (0.259 x 1.75 m = 0.45 m, anthropometry.h) plus a little room for arms.
    double actorRadiusM = 0.25;
    // Half the width of the track band on the floor, measured from the rail's centre line: studio
    // dolly track and a dolly's wheelbase are about 0.8 m wide overall (assumption: no gauge is
    // standard across rental houses; set it for the kit).
    double trackHalfWidthM = 0.4;
    // Headroom the dolly, its standing riders and the grip need above the track: an adult of
    // 1.8 m plus a little (convention); a set piece higher than this above the track does not block it.
    double trackClearanceM = 2.0;
    // Step along the track between collision tests, metres (the ends of each blocked stretch are
    // then refined to 1 mm); grows on very long tracks so that no more than 100,000 points are tested.
    double trackStepM = 0.05;
    friend constexpr bool operator==(const CollisionSizes&, const CollisionSizes&) = default;
};

// What a shot is measured against. Units in the names; speeds and rates are magnitudes.
struct FeasibilityLimits {
    // Length of one straight track section: 8 ft = 2.4384 m is common (DOMAIN.md).
    double trackSectionM = 2.4384;
    // Track before the move's first position, so the dolly is up to speed on the first frame
    // (convention: half a metre each end).
    double runUpM = 0.5;
    // Track after the move's last position, so the dolly can stop after the last frame (convention).
    double stopMarginM = 0.5;

    // Dolly speed along the track: the grip pushes at walking pace; preferred human walking pace
    // is about 1.4 m/s (DOMAIN.md).
    std::optional<double> dollySpeedMps = 1.4;
    // Acceleration of the dolly platform (along and across the track): standing riders lose
    // balance somewhere between 1 and 2.5 m/s^2 (DOMAIN.md); the default is the low end.
    std::optional<double> dollyAccelerationMps2 = 1.0;
    // Jerk along the track ("every jerk becomes visible", DOMAIN.md): ride-comfort practice for
    // standing passengers of lifts and trams keeps jerk near 1.5-2 m/s^3 (rule of thumb).
    std::optional<double> dollyJerkMps3 = 2.0;

    // Lens rising or sinking on the pedestal, arm or column: a grip booms smoothly at up to about
    // half a metre per second (assumption: no published figure; set it for the rig).
    std::optional<double> pedestalSpeedMps = 0.5;
    // Vertical acceleration of the pedestal: the riders' balance figure as for the dolly.
    std::optional<double> pedestalAccelerationMps2 = 1.0;
    // Vertical jerk of the pedestal: the ride-comfort figure as for the dolly.
    std::optional<double> pedestalJerkMps3 = 2.0;

    // Pan judder: an image should take at least this long to cross the frame's width; the pan
    // rate limit is the horizontal angle of view divided by it (judderRateLimitDegPerS). The
    // "seven-second rule" for 24 fps with a 180-degree shutter (RED, "Panning Speed Best
    // Practices"; ASC Manual panning tables): a rule of thumb, not a hard limit.
    std::optional<double> panCrossingS = 7.0;
    // Pan acceleration: no guideline exists; the judder limit on the rate is what shows on screen.
    std::optional<double> panAccelerationDegPerS2;
    // Pan jerk: no guideline exists (reported only).
    std::optional<double> panJerkDegPerS3;
    // Tilt judder: the same rule across the frame's height (vertical angle of view).
    std::optional<double> tiltCrossingS = 7.0;
    // Tilt acceleration: no guideline exists (reported only).
    std::optional<double> tiltAccelerationDegPerS2;
    // Tilt jerk: no guideline exists (reported only).
    std::optional<double> tiltJerkDegPerS3;

    // Zoom speed: depends on the lens and its motor (reported only unless set).
    std::optional<double> zoomRateMmPerS;
    // Focus pull rate: focus pullers routinely follow an actor walking to or from the lens at
    // the preferred pace, about 1.4 m/s (assumption; faster pulls want rehearsal or a rangefinder).
    std::optional<double> focusPullMps = 1.4;

    // The lens the shot is planned with; without one, the zoom range and closest focus are
    // reported without a comparison.
    std::optional<LensRange> lens;

    // Bodies for the collision checks.
    CollisionSizes collision;

    // A reading this many percent over its limit is marked as a problem rather than a caution
    // (convention; the margin itself is always reported).
    double severeOverPercent = 25.0;

    friend constexpr bool operator==(const FeasibilityLimits&, const FeasibilityLimits&) = default;
};

// The pan (tilt) rate at which an image crosses a frame `angleOfViewDeg` wide (high) in
// `crossingS` seconds: angleOfViewDeg / crossingS, degrees per second.
[[nodiscard]] constexpr double judderRateLimitDegPerS(double angleOfViewDeg, double crossingS) noexcept
{
    return angleOfViewDeg / crossingS;
}

// The first unusable setting, if any: every length, limit and size must be a positive finite
// number (run-up, stop margin and the severe threshold may be 0), and a lens range must have
// 0 < minFocalMm <= maxFocalMm <= 10,000 mm and a positive minFocusM. Errors name the setting
// under `field` ("limits.dollySpeedMps", "limits.lens.maxFocalMm").
std::optional<Error> checkFeasibilityLimits(const FeasibilityLimits& limits, std::string_view field = "limits");

} // namespace murnau
