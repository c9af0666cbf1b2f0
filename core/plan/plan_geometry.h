#pragma once
// The plan view's coordinates and the small 2D geometry every plan file shares.
//
// A plan point is a glm::dvec2 holding (world x, world z) in metres: the floor seen from above,
// with +X to the right and +Z towards the bottom of the page (world +Y points at the viewer, so a
// right-handed world puts +Z downwards). Counter-clockwise on the page is a positive yaw.
// Yaw, pan and facing follow core/rig/camera_state.h and core/analysis/collision_shapes.h:
//   a local point (x, z) turned by yaw lands at (x cos(yaw) + z sin(yaw), -x sin(yaw) + z cos(yaw));
//   the direction a camera pans (or an actor faces) to yaw is (-sin(yaw), -cos(yaw)): 0 faces -Z
//   (up the page), 90 faces -X (left).

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/util/result.h"

namespace murnau {

// Largest plan coordinate or length accepted, metres: as far as a rail can reach (kMaxRailCoordinateM).
inline constexpr double kMaxPlanCoordinateM = 1e6;

// Chord tolerance limits, metres: finer than 0.1 mm is pointless on a plan, coarser than 1 m is not a curve.
inline constexpr double kMinChordToleranceM = 1e-4;
inline constexpr double kMaxChordToleranceM = 1.0;

// A full circle is drawn with at least this many sides, so small round pieces still read as round.
inline constexpr int kMinCircleSides = 8;

// The extent of some plan geometry, metres; not valid until a point is added.
struct PlanBounds {
    glm::dvec2 minM{0.0};   // smallest x and z, metres
    glm::dvec2 maxM{0.0};   // largest x and z, metres
    bool valid = false;     // false: no point added yet

    // Grows the bounds to include `pointM`.
    void add(const glm::dvec2& pointM) noexcept;
    // Grows the bounds to include every point.
    void add(std::span<const glm::dvec2> pointsM) noexcept;
    // Grows the bounds to include `other` (when valid).
    void add(const PlanBounds& other) noexcept;
    // True when `pointM` lies inside or on the bounds grown by `marginM` on every side.
    [[nodiscard]] bool contains(const glm::dvec2& pointM, double marginM = 0.0) const noexcept;
};

// The plan point under a world point: (x, z), metres.
[[nodiscard]] constexpr glm::dvec2 planPoint(const glm::dvec3& worldM) noexcept
{
    return {worldM.x, worldM.z};
}

// Degrees to radians.
[[nodiscard]] double degToRad(double degrees) noexcept;

// The unit direction a pan or facing of `yawDeg` points to on the plan: (-sin, -cos).
[[nodiscard]] glm::dvec2 yawDirection(double yawDeg) noexcept;

// A piece's local floor point (x, z) turned by `yawDeg` and moved to `originM`, metres.
[[nodiscard]] glm::dvec2 localToPlan(const glm::dvec2& localM, double yawDeg, const glm::dvec2& originM) noexcept;

// Sides of the polygon inscribed in a full circle of `radiusM` whose sides stay within
// `chordToleranceM` of the circle: the smallest n with radius * (1 - cos(pi / n)) <= tolerance,
// at least kMinCircleSides. For radius <= 0 the minimum.
[[nodiscard]] int circleSideCount(double radiusM, double chordToleranceM) noexcept;

// Points on the arc of `radiusM` round `centreM` (local coordinates, x and z) from `startRad` over
// `sweepRad` (angle 0 along +x, growing from +x towards +z), including both ends, with
// chords within `chordToleranceM` of the arc (the rule of circleSideCount, at least one chord).
[[nodiscard]] std::vector<glm::dvec2> arcPoints(const glm::dvec2& centreM, double radiusM, double startRad,
                                                double sweepRad, double chordToleranceM);

// Distance from `pointM` to the segment a-b (to a when a == b), metres.
[[nodiscard]] double distanceToSegmentM(const glm::dvec2& pointM, const glm::dvec2& a, const glm::dvec2& b) noexcept;

// Distance from `pointM` to an open polyline (its single point when it has one; infinity when empty), metres.
[[nodiscard]] double distanceToPolylineM(const glm::dvec2& pointM, std::span<const glm::dvec2> polylineM) noexcept;

// True when `pointM` lies inside the closed polygon (even-odd rule; points on an edge may go either way).
[[nodiscard]] bool insidePolygon(const glm::dvec2& pointM, std::span<const glm::dvec2> polygonM) noexcept;

// Distance from `pointM` to the closed polygon's area: 0 inside, else to its nearest edge; infinity when empty. Metres.
[[nodiscard]] double distanceToPolygonM(const glm::dvec2& pointM, std::span<const glm::dvec2> polygonM) noexcept;

// `chordToleranceM` if it lies in [kMinChordToleranceM, kMaxChordToleranceM], else an error naming `field`.
Result<double> checkedChordToleranceM(double chordToleranceM, std::string_view field);

} // namespace murnau
