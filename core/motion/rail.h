#pragma once
// A camera rail: the 3D path a dolly runs on, built from user-placed points, driven by
// distance along it in metres (arc length s), so a constant-speed move is a linear channel.
//
// Two kinds (see core/motion/spline.h for the exact curves):
//  - centripetal Catmull-Rom through the points (a 2-point rail is the straight track
//    between them; the ends use reflected phantom points);
//  - piecewise cubic Bezier through the points, shaped by each point's in/out handles.
//
// Derivatives for speed and acceleration: s is arc length, so dP/ds is the unit tangent T
// and d^2P/ds^2 = curvature * N (N the principal normal). A dolly at distance s(t) moves with
//   velocity     v = T ds/dt
//   acceleration a = T d^2s/dt^2 + N curvature (ds/dt)^2    (the second term is the
//                    lateral, centripetal part that a curved track adds).
//
// Distances outside [0, lengthM()] are clamped to the ends (and flagged in RailPoint); the
// rail is not extrapolated beyond its end points.

#include <cstddef>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/motion/arc_length_table.h"
#include "core/motion/spline.h"
#include "core/util/result.h"

namespace murnau {

// Points closer than this to the previous point are refused as the same position, metres.
inline constexpr double kMinRailPointSpacingM = 1e-6;
// Coordinates and handle offsets beyond this are refused as typing errors, metres (1000 km).
inline constexpr double kMaxRailCoordinateM = 1e6;

// Which curve a rail draws through its points.
enum class RailKind {
    CatmullRom,   // centripetal Catmull-Rom (alpha = 0.5) through the points
    Bezier,       // piecewise cubic Bezier with per-point handles
};

// A place on the rail in curve terms: which segment (segment i runs from point i to point
// i+1) and the segment's own parameter u in [0, 1] (not proportional to distance).
struct RailParameter {
    std::size_t segment = 0;   // segment index, 0-based
    double u = 0.0;            // curve parameter inside the segment, 0 at its start point, 1 at its end
};

// Everything about the rail at one distance along it.
struct RailPoint {
    double distanceM = 0.0;         // arc length from the first point, after clamping, metres
    bool clamped = false;           // the requested distance was below 0, above the length, or NaN
    RailParameter parameter;        // the same place as segment and curve parameter
    glm::dvec3 positionM{0.0};      // world position, metres
    glm::dvec3 tangent{0.0};        // unit dP/ds, direction of travel towards the last point
    glm::dvec3 normal{0.0};         // unit principal normal (towards the centre of curvature); zero where straight
    double curvaturePerM = 0.0;     // |d^2P/ds^2| = 1 / radius, 1/m; +infinity at a cusp
};

// The tightest bend of a rail, for "curve radius of curved track" in feasibility reports.
struct RailRadius {
    double radiusM = std::numeric_limits<double>::infinity();   // smallest radius of curvature, metres; infinity if straight, 0 at a cusp or corner
    double distanceM = 0.0;                                     // where it occurs, metres from the start
};

// A validated rail with its arc-length tables; a value type, immutable once built.
class Rail {
public:
    // A centripetal Catmull-Rom rail through `pointsM` (metres). Errors name `field` for
    // fewer than 2 points and `field[i]` for a non-finite or absurd coordinate or a point at
    // the same position as the previous one ("points[3]: same position as points[2]").
    static Result<Rail> catmullRom(std::span<const glm::dvec3> pointsM, std::string_view field = "points");
    // A piecewise Bezier rail through `points`. Errors as catmullRom(), plus
    // `field[i].inHandleM` / `field[i].outHandleM` for a non-finite or absurd handle.
    // Zero-length handles are allowed (the rail then has zero speed in u there).
    static Result<Rail> bezier(std::span<const BezierRailPoint> points, std::string_view field = "points");

    // Which kind of curve this is.
    [[nodiscard]] RailKind kind() const noexcept { return m_kind; }
    // Total arc length, metres (relative accuracy better than 1e-6; in practice ~1e-12).
    [[nodiscard]] double lengthM() const noexcept { return m_startM.back(); }
    // Number of segments (points - 1).
    [[nodiscard]] std::size_t segmentCount() const noexcept { return m_tables.size(); }
    // Segment i as a cubic Bezier (i < segmentCount()).
    [[nodiscard]] const SplineSegment& segment(std::size_t i) const { return m_tables.at(i).segment(); }
    // Distance from the start to point i (i <= segmentCount()), metres.
    [[nodiscard]] double distanceToPointM(std::size_t i) const { return m_startM.at(i); }

    // Position, tangent and curvature at `distanceM` from the start, clamped to [0, lengthM()]
    // (NaN counts as 0). At a point joining two segments the later segment is used.
    [[nodiscard]] RailPoint pointAt(double distanceM) const noexcept;
    // Segment and curve parameter at `distanceM` (clamped like pointAt()).
    [[nodiscard]] RailParameter parameterAt(double distanceM) const noexcept;
    // Distance from the start to a segment and parameter (segment and u clamped), metres.
    [[nodiscard]] double distanceAtM(RailParameter parameter) const noexcept;
    // Distance along the rail of the rail point nearest to `pointM` (for snapping a dolly
    // to a click); the first one along the rail where several are equally near, metres.
    [[nodiscard]] double closestDistanceM(const glm::dvec3& pointM) const noexcept;
    // The smallest radius of curvature along the rail and where it is: curvature sampled
    // at 64 steps per segment and at every arc-length breakpoint, each local maximum then
    // refined by golden-section search. A corner between segments (handles not in line)
    // and a zero-length handle with its neighbours out of line count as radius 0.
    [[nodiscard]] RailRadius minimumRadius() const noexcept;

private:
    Rail(RailKind kind, const std::vector<SplineSegment>& segments);

    RailKind m_kind;
    std::vector<ArcLengthTable> m_tables;   // one per segment
    std::vector<double> m_startM;           // distance to point i; back() is the length
};

} // namespace murnau
