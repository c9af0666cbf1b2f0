#pragma once
// The cubic pieces a camera rail is made of, and how the two kinds of rail become them.
// Every rail segment, Catmull-Rom or Bezier, is stored as one cubic Bezier in its own
// parameter u in [0, 1]:
//   P(u) = (1-u)^3 p0 + 3 (1-u)^2 u p1 + 3 (1-u) u^2 p2 + u^3 p3      (metres)
// so evaluation, arc length and curvature have a single implementation.
//
// Centripetal Catmull-Rom (Yuksel, Schaefer, Keyser 2011, "Parameterization and applications
// of Catmull-Rom curves", alpha = 0.5): between points P1 and P2 with neighbours P0 and P3 and
// knot steps dt_i = |P_{i+1} - P_i|^0.5, the curve is the cubic Hermite piece on [t1, t2]
// whose end derivatives (per unit knot) are the Barry-Goldman tangents
//   m1 = (P1-P0)/dt0 - (P2-P0)/(dt0+dt1) + (P2-P1)/dt1
//   m2 = (P2-P1)/dt1 - (P3-P1)/(dt1+dt2) + (P3-P2)/dt2
// written as a Bezier: p0 = P1, p1 = P1 + m1 dt1/3, p2 = P2 - m2 dt1/3, p3 = P2.
// The missing neighbour at each end is a phantom point: the second point reflected through
// the end point (P_-1 = 2 P_0 - P_1, P_n = 2 P_{n-1} - P_{n-2}). The end tangent then runs
// along the first (last) chord, and a rail of two points is exactly the straight line
// between them, travelled at uniform speed in u.

#include <span>
#include <vector>

#include <glm/vec3.hpp>

namespace murnau {

// A user-placed point of a Bezier rail with its two handles, stored as offsets from the
// point (so moving the point carries its handles). A zero offset is a zero-length handle.
struct BezierRailPoint {
    glm::dvec3 positionM{0.0};    // the point the rail passes through, metres
    glm::dvec3 inHandleM{0.0};    // incoming handle, offset from positionM in metres (unused on the first point)
    glm::dvec3 outHandleM{0.0};   // outgoing handle, offset from positionM in metres (unused on the last point)

    friend bool operator==(const BezierRailPoint&, const BezierRailPoint&) = default;
};

// The local shape of a curve at one parameter: the Frenet tangent and normal and the
// curvature, all with respect to arc length (they do not depend on how fast u runs).
struct SplineFrame {
    glm::dvec3 tangent{0.0};    // unit dP/ds, the direction of travel
    glm::dvec3 normal{0.0};     // unit principal normal (towards the centre of curvature); zero where straight
    double curvaturePerM = 0.0; // |d^2P/ds^2| in 1/m (radius = 1/curvature); +infinity at a cusp
};

// One cubic Bezier piece of a rail, parameter u in [0, 1].
struct SplineSegment {
    glm::dvec3 p0{0.0};   // start point, metres
    glm::dvec3 p1{0.0};   // first control point, metres
    glm::dvec3 p2{0.0};   // second control point, metres
    glm::dvec3 p3{0.0};   // end point, metres

    // Position P(u) in metres (de Casteljau, exact at both ends).
    [[nodiscard]] glm::dvec3 positionAt(double u) const noexcept;
    // dP/du in metres per unit u; exactly zero at an end whose handle has zero length.
    [[nodiscard]] glm::dvec3 firstDerivativeAt(double u) const noexcept;
    // d^2P/du^2 in metres per unit u squared.
    [[nodiscard]] glm::dvec3 secondDerivativeAt(double u) const noexcept;
    // d^3P/du^3 in metres per unit u cubed (constant along a cubic).
    [[nodiscard]] glm::dvec3 thirdDerivative() const noexcept;
    // |dP/du| in metres per unit u: the integrand of arc length.
    [[nodiscard]] double speedAt(double u) const noexcept;
    // Length of the control polygon |p1-p0| + |p2-p1| + |p3-p2| in metres, an upper bound
    // of the segment's arc length.
    [[nodiscard]] double controlPolygonLengthM() const noexcept;
    // Size below which a derivative is rounding noise, metres per unit u: 1e-13 times the
    // larger of the largest absolute coordinate and the control-polygon length.
    [[nodiscard]] double roundoffScaleM() const noexcept;

    // Tangent, normal and curvature at u. Where dP/du vanishes (a zero-length handle, a cusp)
    // the tangent is the one-sided limit (arriving at u = 1, leaving elsewhere), and the
    // curvature is its limit: 0 if the curve is locally straight there, otherwise +infinity
    // with the normal pointing to the side the curve bends towards. Never NaN.
    [[nodiscard]] SplineFrame frameAt(double u) const noexcept;
};

// Segments of the centripetal Catmull-Rom spline through `pointsM` (one fewer than points),
// with phantom end points as described above. Expects at least 2 points, none equal to
// the previous one; check them first (Rail::catmullRom does).
[[nodiscard]] std::vector<SplineSegment> centripetalCatmullRomSegments(std::span<const glm::dvec3> pointsM);

// Segments of the piecewise cubic Bezier through `points`: segment i runs from point i,
// leaving along its out handle, to point i+1, arriving along its in handle.
// Expects at least 2 points (Rail::bezier checks them).
[[nodiscard]] std::vector<SplineSegment> bezierSegments(std::span<const BezierRailPoint> points);

} // namespace murnau
