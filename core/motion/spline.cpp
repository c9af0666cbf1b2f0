#include "core/motion/spline.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>

#include <glm/geometric.hpp>

namespace murnau {

namespace {

// Derivatives smaller than this fraction of the segment's size are rounding noise.
constexpr double kRoundoffFraction = 1e-13;

double maxAbsCoordinate(const glm::dvec3& p) noexcept
{
    return std::max({std::abs(p.x), std::abs(p.y), std::abs(p.z)});
}

} // namespace

glm::dvec3 SplineSegment::positionAt(double u) const noexcept
{
    const double v = 1.0 - u;
    const glm::dvec3 a = v * p0 + u * p1;
    const glm::dvec3 b = v * p1 + u * p2;
    const glm::dvec3 c = v * p2 + u * p3;
    const glm::dvec3 d = v * a + u * b;
    const glm::dvec3 e = v * b + u * c;
    return v * d + u * e;
}

glm::dvec3 SplineSegment::firstDerivativeAt(double u) const noexcept
{
    const double v = 1.0 - u;
    return 3.0 * ((v * v) * (p1 - p0) + (2.0 * v * u) * (p2 - p1) + (u * u) * (p3 - p2));
}

glm::dvec3 SplineSegment::secondDerivativeAt(double u) const noexcept
{
    const double v = 1.0 - u;
    return 6.0 * (v * (p2 - 2.0 * p1 + p0) + u * (p3 - 2.0 * p2 + p1));
}

glm::dvec3 SplineSegment::thirdDerivative() const noexcept
{
    return 6.0 * (p3 - 3.0 * p2 + 3.0 * p1 - p0);
}

double SplineSegment::speedAt(double u) const noexcept
{
    return glm::length(firstDerivativeAt(u));
}

double SplineSegment::controlPolygonLengthM() const noexcept
{
    return glm::distance(p0, p1) + glm::distance(p1, p2) + glm::distance(p2, p3);
}

double SplineSegment::roundoffScaleM() const noexcept
{
    const double coordinates = std::max({maxAbsCoordinate(p0), maxAbsCoordinate(p1), maxAbsCoordinate(p2),
                                         maxAbsCoordinate(p3)});
    return kRoundoffFraction * std::max(coordinates, controlPolygonLengthM());
}

SplineFrame SplineSegment::frameAt(double u) const noexcept
{
    const double tiny = roundoffScaleM();
    const glm::dvec3 d1 = firstDerivativeAt(u);
    const glm::dvec3 d2 = secondDerivativeAt(u);
    const double speed = glm::length(d1);
    SplineFrame frame;
    if (speed > tiny) {
        // Regular point: T = P'/|P'|, curvature = |P' x P''| / |P'|^3 = |P''_perp| / |P'|^2.
        frame.tangent = d1 / speed;
        const glm::dvec3 d2Across = d2 - glm::dot(d2, frame.tangent) * frame.tangent;
        const double d2AcrossLength = glm::length(d2Across);
        if (d2AcrossLength > tiny) {
            frame.normal = d2Across / d2AcrossLength;
            frame.curvaturePerM = d2AcrossLength / (speed * speed);
        }
        return frame;
    }

    // P'(u0) = 0: near it P(u0 + d) = P(u0) + P'' d^2 / 2 + P''' d^3 / 6. The direction of
    // travel is +P'' on both sides (d^2 > 0), which, seen along increasing u, is the
    // direction leaving u0 and the reverse of the direction arriving; P''' across P'' bends
    // the curve like d^3 against an arc length ~ d^2 (a y = x^1.5 corner): infinite curvature.
    const double side = u >= 1.0 ? -1.0 : 1.0;   // sign of d on the side we look from
    const glm::dvec3 d3 = thirdDerivative();
    const double d2Length = glm::length(d2);
    if (d2Length > tiny) {
        frame.tangent = side * d2 / d2Length;
        const glm::dvec3 d3Across = d3 - glm::dot(d3, frame.tangent) * frame.tangent;
        const double d3AcrossLength = glm::length(d3Across);
        if (d3AcrossLength > tiny) {
            frame.normal = side * d3Across / d3AcrossLength;
            frame.curvaturePerM = std::numeric_limits<double>::infinity();
        }
        return frame;
    }
    // P' = P'' = 0: P(u0 + d) = P(u0) + P''' d^3 / 6 is a straight line travelled along +P'''.
    const double d3Length = glm::length(d3);
    if (d3Length > 0.0)
        frame.tangent = d3 / d3Length;
    return frame;
}

std::vector<SplineSegment> centripetalCatmullRomSegments(std::span<const glm::dvec3> pointsM)
{
    std::vector<SplineSegment> segments;
    const std::size_t count = pointsM.size();
    if (count < 2)
        return segments;

    // Point i of the extended list: the real points, with a phantom reflected point at each end.
    const auto extended = [&](std::ptrdiff_t i) -> glm::dvec3 {
        if (i < 0)
            return 2.0 * pointsM[0] - pointsM[1];
        if (static_cast<std::size_t>(i) >= count)
            return 2.0 * pointsM[count - 1] - pointsM[count - 2];
        return pointsM[static_cast<std::size_t>(i)];
    };

    segments.reserve(count - 1);
    for (std::size_t i = 0; i + 1 < count; ++i) {
        const auto index = static_cast<std::ptrdiff_t>(i);
        const glm::dvec3 q0 = extended(index - 1);
        const glm::dvec3 q1 = pointsM[i];
        const glm::dvec3 q2 = pointsM[i + 1];
        const glm::dvec3 q3 = extended(index + 2);
        // Centripetal knot steps: square roots of the chord lengths.
        const double dt0 = std::sqrt(glm::distance(q0, q1));
        const double dt1 = std::sqrt(glm::distance(q1, q2));
        const double dt2 = std::sqrt(glm::distance(q2, q3));
        const glm::dvec3 m1 = (q1 - q0) / dt0 - (q2 - q0) / (dt0 + dt1) + (q2 - q1) / dt1;
        const glm::dvec3 m2 = (q2 - q1) / dt1 - (q3 - q1) / (dt1 + dt2) + (q3 - q2) / dt2;
        segments.push_back(SplineSegment{q1, q1 + m1 * (dt1 / 3.0), q2 - m2 * (dt1 / 3.0), q2});
    }
    return segments;
}

std::vector<SplineSegment> bezierSegments(std::span<const BezierRailPoint> points)
{
    std::vector<SplineSegment> segments;
    if (points.size() < 2)
        return segments;
    segments.reserve(points.size() - 1);
    for (std::size_t i = 0; i + 1 < points.size(); ++i) {
        const BezierRailPoint& from = points[i];
        const BezierRailPoint& to = points[i + 1];
        segments.push_back(SplineSegment{from.positionM, from.positionM + from.outHandleM,
                                         to.positionM + to.inHandleM, to.positionM});
    }
    return segments;
}

} // namespace murnau
