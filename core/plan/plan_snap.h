#pragma once
// Snapping plan points to a grid, and the angles of a drag on the plan: what the plan view does
// with the pointer, kept here so the app does no geometry. Plan coordinates as plan_geometry.h.

#include <glm/vec2.hpp>

namespace murnau {

// The grid steps snapping uses by default: 0.25 m, or 6 in (0.1524 m) in imperial display units.
inline constexpr double kMetricSnapStepM = 0.25;
inline constexpr double kImperialSnapStepM = 0.1524;

// `valueM` rounded to the nearest multiple of `stepM` (halves away from zero); a step that is not
// positive and finite leaves the value as it is. Metres.
[[nodiscard]] double snapToGrid(double valueM, double stepM) noexcept;
// Both coordinates of `pointM` snapped to the grid of `stepM`. Metres.
[[nodiscard]] glm::dvec2 snapToGrid(const glm::dvec2& pointM, double stepM) noexcept;

// Where a dragged item goes: its anchor at the press moved by the pointer's travel (cursor - press),
// then snapped to `snapStepM` when that is positive (0: no snapping). Metres.
[[nodiscard]] glm::dvec2 planDragPosition(const glm::dvec2& anchorAtPressM, const glm::dvec2& pressM,
                                          const glm::dvec2& cursorM, double snapStepM) noexcept;

// The yaw (pan convention, degrees in (-180, 180]) that faces from `fromM` towards `toM`: the
// inverse of yawDirection, atan2(-dx, -dz). 0 when the points coincide.
[[nodiscard]] double planYawTowardsDeg(const glm::dvec2& fromM, const glm::dvec2& toM) noexcept;

// An angle in degrees brought into (-180, 180].
[[nodiscard]] double wrapDegrees(double degrees) noexcept;

// The yaw after turning an item about `centreM` by the pointer: its yaw at the press plus the angle the
// pointer swept round the centre from `pressM` to `cursorM` (counter-clockwise on the page positive),
// wrapped into (-180, 180], then rounded to a multiple of `snapDeg` when that is positive. Degrees.
[[nodiscard]] double planDragYawDeg(double yawAtPressDeg, const glm::dvec2& centreM, const glm::dvec2& pressM,
                                    const glm::dvec2& cursorM, double snapDeg) noexcept;

} // namespace murnau
