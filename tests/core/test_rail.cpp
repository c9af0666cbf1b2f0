// Camera rails: length, arc-length inversion, curvature and input checks.
// Expected values come from geometry written out here (3-4-5 triangles, points on a line),
// from an independent Barry-Goldman evaluation of centripetal Catmull-Rom, and from an
// independent composite Simpson sum over the Bezier derivative written in power form below,
// never from the rail's own output.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>
#include <gtest/gtest.h>

#include "core/motion/rail.h"

using namespace murnau;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
// The standard 4-arc circle handle length, as a fraction of the radius: 4/3 (sqrt(2) - 1).
constexpr double kCircleHandle = 0.5522847498;

// A cubic Bezier written independently of core/motion/spline: power form
// P(u) = b0 + 3 (b1 - b0) u + 3 (b0 - 2 b1 + b2) u^2 + (b3 - 3 b2 + 3 b1 - b0) u^3.
struct Cubic {
    glm::dvec3 b0, b1, b2, b3;

    glm::dvec3 position(double u) const
    {
        return b0 + 3.0 * (b1 - b0) * u + 3.0 * (b0 - 2.0 * b1 + b2) * (u * u)
               + (b3 - 3.0 * b2 + 3.0 * b1 - b0) * (u * u * u);
    }
    glm::dvec3 velocity(double u) const
    {
        return 3.0 * (b1 - b0) + 6.0 * (b0 - 2.0 * b1 + b2) * u + 3.0 * (b3 - 3.0 * b2 + 3.0 * b1 - b0) * (u * u);
    }
    glm::dvec3 acceleration(double u) const
    {
        return 6.0 * (b0 - 2.0 * b1 + b2) + 6.0 * (b3 - 3.0 * b2 + 3.0 * b1 - b0) * u;
    }
    // |P' x P''| / |P'|^3, 1/m.
    double curvature(double u) const
    {
        const glm::dvec3 v = velocity(u);
        const double speed = glm::length(v);
        return glm::length(glm::cross(v, acceleration(u))) / (speed * speed * speed);
    }
};

// Composite Simpson over [a, b] of |P'(u)| with `panels` (even) sub-intervals: the reference
// arc length. Error ~ h^4, far below 1e-12 relative for the panel counts used here.
double simpsonLength(const Cubic& cubic, double a, double b, int panels = 20000)
{
    const double h = (b - a) / panels;
    double sum = glm::length(cubic.velocity(a)) + glm::length(cubic.velocity(b));
    for (int i = 1; i < panels; ++i)
        sum += (i % 2 == 1 ? 4.0 : 2.0) * glm::length(cubic.velocity(a + h * i));
    return sum * h / 3.0;
}

// The circle of radius r around `centre` in the horizontal plane y = centre.y, as four Bezier
// arcs with handles k r along the tangent: points at angles 0, 90, 180, 270, 360 degrees.
std::vector<BezierRailPoint> circlePoints(const glm::dvec3& centre, double radiusM)
{
    std::vector<BezierRailPoint> points;
    for (int i = 0; i <= 4; ++i) {
        const double angle = (i % 4) * std::numbers::pi / 2.0;
        const glm::dvec3 radial{std::cos(angle), 0.0, std::sin(angle)};
        const glm::dvec3 along{-std::sin(angle), 0.0, std::cos(angle)};
        points.push_back({centre + radiusM * radial, -kCircleHandle * radiusM * along,
                          kCircleHandle * radiusM * along});
    }
    return points;
}

// Arc i of a Bezier rail given by its points, as an independent cubic.
Cubic arcOf(const std::vector<BezierRailPoint>& points, std::size_t i)
{
    return Cubic{points[i].positionM, points[i].positionM + points[i].outHandleM,
                 points[i + 1].positionM + points[i + 1].inHandleM, points[i + 1].positionM};
}

// Centripetal Catmull-Rom by the Barry-Goldman pyramid (Yuksel et al. 2011, eq. for C(t)),
// evaluated at knot time t in [t1, t2] of the four points p0..p3.
glm::dvec3 barryGoldman(const glm::dvec3& p0, const glm::dvec3& p1, const glm::dvec3& p2, const glm::dvec3& p3,
                        double t)
{
    const double t0 = 0.0;
    const double t1 = t0 + std::sqrt(glm::distance(p0, p1));
    const double t2 = t1 + std::sqrt(glm::distance(p1, p2));
    const double t3 = t2 + std::sqrt(glm::distance(p2, p3));
    const glm::dvec3 a1 = (t1 - t) / (t1 - t0) * p0 + (t - t0) / (t1 - t0) * p1;
    const glm::dvec3 a2 = (t2 - t) / (t2 - t1) * p1 + (t - t1) / (t2 - t1) * p2;
    const glm::dvec3 a3 = (t3 - t) / (t3 - t2) * p2 + (t - t2) / (t3 - t2) * p3;
    const glm::dvec3 b1 = (t2 - t) / (t2 - t0) * a1 + (t - t0) / (t2 - t0) * a2;
    const glm::dvec3 b2 = (t3 - t) / (t3 - t1) * a2 + (t - t1) / (t3 - t1) * a3;
    return (t2 - t) / (t2 - t1) * b1 + (t - t1) / (t2 - t1) * b2;
}

// Distance from p to the line through a with unit direction d.
double distanceToLine(const glm::dvec3& p, const glm::dvec3& a, const glm::dvec3& d)
{
    return glm::length(glm::cross(p - a, d));
}

void expectNear(const glm::dvec3& actual, const glm::dvec3& expected, double tolerance, const char* what = "")
{
    EXPECT_NEAR(actual.x, expected.x, tolerance) << what;
    EXPECT_NEAR(actual.y, expected.y, tolerance) << what;
    EXPECT_NEAR(actual.z, expected.z, tolerance) << what;
}

bool isFinite(const glm::dvec3& v)
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

// A rising helix of radius 3 m through 19 points, 30 degrees apart, 0.25 m higher each:
// a 3D Catmull-Rom rail that never comes back near itself.
std::vector<glm::dvec3> helixPoints()
{
    std::vector<glm::dvec3> points;
    for (int i = 0; i <= 18; ++i) {
        const double angle = i * std::numbers::pi / 6.0;
        points.push_back({3.0 * std::cos(angle), 0.5 + 0.25 * i, 3.0 * std::sin(angle)});
    }
    return points;
}

} // namespace

TEST(RailStraight, TwoPointsFiveMetresApart)
{
    // (1, 0, 2) -> (4, 0, 6): a 3-4-5 triangle, length 5, direction (0.6, 0, 0.8).
    const std::vector<glm::dvec3> points{{1.0, 0.0, 2.0}, {4.0, 0.0, 6.0}};
    const auto rail = Rail::catmullRom(points);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    EXPECT_EQ(rail->kind(), RailKind::CatmullRom);
    EXPECT_EQ(rail->segmentCount(), 1u);
    EXPECT_NEAR(rail->lengthM(), 5.0, 1e-12);

    const RailPoint middle = rail->pointAt(2.5);
    expectNear(middle.positionM, {2.5, 0.0, 4.0}, 1e-12, "midpoint");
    expectNear(middle.tangent, {0.6, 0.0, 0.8}, 1e-12, "tangent");
    EXPECT_EQ(middle.curvaturePerM, 0.0);
    EXPECT_EQ(glm::length(middle.normal), 0.0);
    EXPECT_FALSE(middle.clamped);

    // Every point: start + s * direction.
    for (int i = 0; i <= 20; ++i) {
        const double s = 0.25 * i;
        expectNear(rail->pointAt(s).positionM, glm::dvec3{1.0, 0.0, 2.0} + s * glm::dvec3{0.6, 0.0, 0.8}, 1e-12,
                   "along");
    }
    EXPECT_TRUE(std::isinf(rail->minimumRadius().radiusM));
}

TEST(RailStraight, BezierWithoutHandlesIsTheSameTrack)
{
    // Zero handles at both ends: P(u) = a + (b - a)(3u^2 - 2u^3), still the straight track,
    // though u runs slowly near the ends. Length 5, midpoint exact.
    const std::vector<BezierRailPoint> points{{{1.0, 0.0, 2.0}, {}, {}}, {{4.0, 0.0, 6.0}, {}, {}}};
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    EXPECT_EQ(rail->kind(), RailKind::Bezier);
    EXPECT_NEAR(rail->lengthM(), 5.0, 1e-12);
    expectNear(rail->pointAt(2.5).positionM, {2.5, 0.0, 4.0}, 1e-12, "midpoint");
    expectNear(rail->pointAt(1.0).positionM, {1.6, 0.0, 2.8}, 1e-12, "1 m in");
    // At both ends dP/du = 0; the tangent is the limit, along the track.
    expectNear(rail->pointAt(0.0).tangent, {0.6, 0.0, 0.8}, 1e-12, "start tangent");
    expectNear(rail->pointAt(5.0).tangent, {0.6, 0.0, 0.8}, 1e-12, "end tangent");
    EXPECT_EQ(rail->pointAt(0.0).curvaturePerM, 0.0);
    EXPECT_TRUE(std::isinf(rail->minimumRadius().radiusM));
}

TEST(RailCatmullRom, CollinearEquallySpacedPointsMakeAStraightConstantSpeedTrack)
{
    // Five points 2 m apart along the unit direction (1, 2, 2) / 3 from (0, 1, 0): length 8,
    // and with equal knot steps every segment is the chord at uniform speed.
    const glm::dvec3 start{0.0, 1.0, 0.0};
    const glm::dvec3 direction = glm::dvec3{1.0, 2.0, 2.0} / 3.0;
    std::vector<glm::dvec3> points;
    for (int i = 0; i < 5; ++i)
        points.push_back(start + 2.0 * i * direction);
    const auto rail = Rail::catmullRom(points);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    EXPECT_NEAR(rail->lengthM(), 8.0, 1e-12);
    for (int i = 0; i <= 64; ++i) {
        const double s = 0.125 * i;
        const RailPoint point = rail->pointAt(s);
        expectNear(point.positionM, start + s * direction, 1e-12, "on the line at s");
        expectNear(point.tangent, direction, 1e-12, "tangent");
        EXPECT_LT(point.curvaturePerM, 1e-12);
    }
}

TEST(RailCatmullRom, CollinearUnevenPointsStayOnTheLineAndNeverTurnBack)
{
    // Points 0, 1, 5, 6.5 m along a line. Centripetal tangents are positive combinations along
    // the line, so the rail runs monotonically: length 6.5 and position = start + s * direction.
    const glm::dvec3 start{2.0, 0.5, -1.0};
    const glm::dvec3 direction = glm::normalize(glm::dvec3{3.0, 0.0, 4.0});
    std::vector<glm::dvec3> points;
    for (const double d : {0.0, 1.0, 5.0, 6.5})
        points.push_back(start + d * direction);
    const auto rail = Rail::catmullRom(points);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    EXPECT_NEAR(rail->lengthM(), 6.5, 1e-10);
    for (int i = 0; i <= 130; ++i) {
        const double s = 0.05 * i;
        const RailPoint point = rail->pointAt(s);
        EXPECT_LT(distanceToLine(point.positionM, start, direction), 1e-12);
        expectNear(point.positionM, start + s * direction, 1e-9, "at s");
    }
}

TEST(RailCatmullRom, MatchesTheBarryGoldmanPyramid)
{
    // Four points in 3D; segment 1 runs p1 -> p2 with real neighbours, segment 0 uses the
    // phantom 2 p0 - p1, segment 2 the phantom 2 p3 - p2.
    const std::vector<glm::dvec3> p{{0.0, 0.0, 0.0}, {1.0, 0.5, 3.0}, {4.0, 1.0, 3.5}, {5.0, 0.2, 0.0}};
    const auto rail = Rail::catmullRom(p);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    ASSERT_EQ(rail->segmentCount(), 3u);
    const std::vector<std::vector<glm::dvec3>> quads{
        {2.0 * p[0] - p[1], p[0], p[1], p[2]},
        {p[0], p[1], p[2], p[3]},
        {p[1], p[2], p[3], 2.0 * p[3] - p[2]},
    };
    for (std::size_t i = 0; i < quads.size(); ++i) {
        const auto& q = quads[i];
        const double t1 = std::sqrt(glm::distance(q[0], q[1]));
        const double t2 = t1 + std::sqrt(glm::distance(q[1], q[2]));
        for (int j = 0; j <= 10; ++j) {
            const double u = 0.1 * j;
            expectNear(rail->segment(i).positionAt(u), barryGoldman(q[0], q[1], q[2], q[3], t1 + u * (t2 - t1)),
                       1e-12, "segment vs pyramid");
        }
    }
    // The rail passes through every point, at the distances it reports for them.
    for (std::size_t i = 0; i < p.size(); ++i)
        expectNear(rail->pointAt(rail->distanceToPointM(i)).positionM, p[i], 1e-12, "through the points");
}

TEST(RailBezier, CircleOfFourArcsHasItsLengthAndNearlyTwoPiR)
{
    const glm::dvec3 centre{1.0, 1.2, -3.0};
    const double radiusM = 2.0;
    const auto points = circlePoints(centre, radiusM);
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    ASSERT_EQ(rail->segmentCount(), 4u);

    double referenceM = 0.0;
    for (std::size_t i = 0; i < 4; ++i)
        referenceM += simpsonLength(arcOf(points, i), 0.0, 1.0);
    // Accuracy asked: 1e-6 relative; the adaptive table does much better.
    EXPECT_LT(std::abs(rail->lengthM() - referenceM) / referenceM, 1e-10);
    // The approximation is 1.4e-4 longer than the circle (its radius errs by up to 2.7e-4).
    const double circleM = 2.0 * std::numbers::pi * radiusM;
    EXPECT_LT(std::abs(rail->lengthM() - circleM) / circleM, 1e-3);
    EXPECT_GT(rail->lengthM(), circleM);

    // Partial lengths s(u) inside each arc against the reference from the arc start.
    for (std::size_t i = 0; i < 4; ++i) {
        for (const double u : {0.1, 0.37, 0.5, 0.81}) {
            const double expectedM = rail->distanceToPointM(i) + simpsonLength(arcOf(points, i), 0.0, u);
            EXPECT_NEAR(rail->distanceAtM({i, u}), expectedM, 1e-10) << "arc " << i << " u " << u;
        }
    }
}

TEST(RailBezier, CircleCurvatureIsNearlyOneOverR)
{
    const glm::dvec3 centre{0.0, 0.8, 0.0};
    const double radiusM = 2.0;
    const auto points = circlePoints(centre, radiusM);
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok()) << rail.error().describe();

    // End curvature of a cubic Bezier: (2/3) |(b1 - b0) x (b2 - b1)| / |b1 - b0|^3. In the
    // plane of the first arc b0 = (r, 0), b1 = (r, k r), b2 = (k r, r): b1 - b0 = (0, k r),
    // b2 - b1 = (k r - r, r - k r), cross = k (1 - k) r^2, so (2/3) (1 - k) / (k^2 r) = 0.97855 / r.
    const double endCurvaturePerM = 2.0 / 3.0 * (1.0 - kCircleHandle) / (kCircleHandle * kCircleHandle * radiusM);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_NEAR(rail->pointAt(rail->distanceToPointM(i)).curvaturePerM, endCurvaturePerM, 1e-12);

    // Everywhere within 2.5 % of 1/r (the approximation's curvature ranges 0.9786/r .. 1.0080/r),
    // the normal pointing at the centre (horizontally).
    for (int j = 0; j <= 200; ++j) {
        const RailPoint point = rail->pointAt(rail->lengthM() * j / 200.0);
        EXPECT_NEAR(point.curvaturePerM * radiusM, 1.0, 0.025);
        const glm::dvec3 inwards = glm::normalize(centre - point.positionM);
        EXPECT_GT(glm::dot(point.normal, inwards), 0.9999);
        EXPECT_NEAR(glm::length(point.tangent), 1.0, 1e-12);
        EXPECT_NEAR(glm::dot(point.tangent, point.normal), 0.0, 1e-12);
    }

    // The tightest bend against a dense independent sampling of |P' x P''| / |P'|^3 over one
    // arc (all four are congruent): peak ~1.00800/r near u = 0.1875, i.e. radius ~0.99206 r.
    const Cubic arc = arcOf(points, 0);
    double peakPerM = 0.0;
    double peakU = 0.0;
    for (int j = 0; j <= 100000; ++j) {
        const double u = j / 100000.0;
        if (arc.curvature(u) > peakPerM) {
            peakPerM = arc.curvature(u);
            peakU = u;
        }
    }
    const RailRadius tightest = rail->minimumRadius();
    EXPECT_NEAR(tightest.radiusM * peakPerM, 1.0, 1e-9);
    EXPECT_NEAR(tightest.radiusM / radiusM, 0.99206, 1e-5);
    // It lies at the peak or its mirror image in one of the four arcs.
    const double quarterM = rail->lengthM() / 4.0;
    const double peakDistanceM = simpsonLength(arc, 0.0, peakU);
    const double inArcM = std::fmod(tightest.distanceM, quarterM);
    EXPECT_LT(std::min(std::abs(inArcM - peakDistanceM), std::abs(inArcM - (quarterM - peakDistanceM))), 1e-4);
}

TEST(RailArcLength, DistanceToParameterRoundTrips)
{
    const auto circle = Rail::bezier(circlePoints({0.0, 1.0, 0.0}, 3.0));
    const auto helix = Rail::catmullRom(helixPoints());
    ASSERT_TRUE(circle.ok() && helix.ok());
    for (const Rail* rail : {&circle.value(), &helix.value()}) {
        for (int i = 0; i <= 997; ++i) {
            const double s = rail->lengthM() * i / 997.0;
            EXPECT_NEAR(rail->distanceAtM(rail->parameterAt(s)), s, 1e-9) << "s " << s;
        }
    }
}

TEST(RailArcLength, DistanceToPointToDistanceRoundTrips)
{
    // Nearest-point projection of a rail point finds its own distance again.
    const auto helix = Rail::catmullRom(helixPoints());
    ASSERT_TRUE(helix.ok());
    for (int i = 0; i <= 389; ++i) {
        const double s = helix->lengthM() * i / 389.0;
        EXPECT_NEAR(helix->closestDistanceM(helix->pointAt(s).positionM), s, 1e-9) << "s " << s;
    }
    // Points off the rail, far beyond either end: (30, 0.5, 0) is 27 m from the first point
    // (3, 0.5, 0) and the rail leaves it heading away; (-30, 20, 0) is nearest to the last
    // point (-3, 5, 0), which the rail approaches.
    EXPECT_NEAR(helix->closestDistanceM({30.0, 0.5, 0.0}), 0.0, 1e-12);
    EXPECT_NEAR(helix->closestDistanceM({-30.0, 20.0, 0.0}), helix->lengthM(), 1e-12);
}

TEST(RailArcLength, EqualDistanceStepsAreEqualLengthsOfCurve)
{
    // Constant-speed sampling: 40 equal steps of s; between consecutive samples, the chord
    // sum of a fine sampling of the independent cubic (4000 chords, error ~ (curvature h)^2 / 24)
    // is the same step.
    const auto points = circlePoints({0.0, 0.0, 0.0}, 2.5);
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok());
    const int steps = 40;
    const double stepM = rail->lengthM() / steps;
    const auto chordSum = [&](RailParameter from, RailParameter to) {
        double sum = 0.0;
        for (std::size_t i = from.segment; i <= to.segment; ++i) {
            const Cubic arc = arcOf(points, i);
            const double u0 = i == from.segment ? from.u : 0.0;
            const double u1 = i == to.segment ? to.u : 1.0;
            const int chords = 4000;
            for (int j = 0; j < chords; ++j) {
                sum += glm::distance(arc.position(u0 + (u1 - u0) * j / chords),
                                     arc.position(u0 + (u1 - u0) * (j + 1) / chords));
            }
        }
        return sum;
    };
    for (int k = 0; k < steps; ++k) {
        const RailParameter from = rail->parameterAt(stepM * k);
        const RailParameter to = rail->parameterAt(stepM * (k + 1));
        EXPECT_NEAR(chordSum(from, to), stepM, 1e-8 * stepM) << "step " << k;
    }
}

TEST(RailBezier, ZeroLengthHandleInvertsWithoutNaN)
{
    // The first point has no out handle: dP/du = 0 at s = 0. Control points
    // b0 = b1 = (0, 0, 0), b2 = (2, 0, 1), b3 = (3, 0, 0).
    const std::vector<BezierRailPoint> points{{{0.0, 0.0, 0.0}, {}, {}},
                                              {{3.0, 0.0, 0.0}, {-1.0, 0.0, 1.0}, {}}};
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok());
    const double referenceM = simpsonLength(arcOf(points, 0), 0.0, 1.0);
    EXPECT_LT(std::abs(rail->lengthM() - referenceM) / referenceM, 1e-10);

    for (const double s : {0.0, 1e-15, 1e-12, 1e-9, 1e-6, 1e-3, 0.1, 1.0, rail->lengthM()}) {
        const RailPoint point = rail->pointAt(s);
        EXPECT_TRUE(isFinite(point.positionM)) << s;
        EXPECT_TRUE(isFinite(point.tangent)) << s;
        EXPECT_TRUE(isFinite(point.normal)) << s;
        EXPECT_FALSE(std::isnan(point.curvaturePerM)) << s;
        EXPECT_NEAR(glm::length(point.tangent), 1.0, 1e-12) << s;
        EXPECT_NEAR(rail->distanceAtM(point.parameter), s, 1e-9) << s;
    }
    // Leaving a zero handle the rail heads for the next control point: (2, 0, 1) / sqrt(5).
    expectNear(rail->pointAt(0.0).tangent, glm::dvec3{2.0, 0.0, 1.0} / std::sqrt(5.0), 1e-12, "start tangent");
    // b0, b2, b3 are not in line, so the bend there is a y ~ x^1.5 corner: infinite curvature.
    EXPECT_TRUE(std::isinf(rail->pointAt(0.0).curvaturePerM));
    const RailRadius tightest = rail->minimumRadius();
    EXPECT_EQ(tightest.radiusM, 0.0);
    EXPECT_EQ(tightest.distanceM, 0.0);
}

TEST(RailBezier, CuspInvertsWithoutNaN)
{
    // b0 = (-1, 0), b1 = (1, 1), b2 = (-1, 1), b3 = (1, 0): P'(1/2) = 0 (a cusp at (0, 0.75)),
    // and the curve is symmetric about x = 0, so the cusp is half way along.
    const std::vector<BezierRailPoint> points{{{-1.0, 0.0, 0.0}, {}, {2.0, 1.0, 0.0}},
                                              {{1.0, 0.0, 0.0}, {-2.0, 1.0, 0.0}, {}}};
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok());
    const double referenceM = simpsonLength(arcOf(points, 0), 0.0, 1.0);
    EXPECT_LT(std::abs(rail->lengthM() - referenceM) / referenceM, 1e-10);

    const RailPoint cusp = rail->pointAt(rail->lengthM() / 2.0);
    expectNear(cusp.positionM, {0.0, 0.75, 0.0}, 1e-9, "cusp");
    EXPECT_TRUE(isFinite(cusp.tangent));
    EXPECT_TRUE(isFinite(cusp.normal));
    for (int i = 0; i <= 101; ++i) {
        const double s = rail->lengthM() * i / 101.0;
        const RailPoint point = rail->pointAt(s);
        EXPECT_TRUE(isFinite(point.positionM) && isFinite(point.tangent) && isFinite(point.normal)) << s;
        EXPECT_NEAR(rail->distanceAtM(point.parameter), s, 1e-9) << s;
    }
    const RailRadius tightest = rail->minimumRadius();
    EXPECT_LT(tightest.radiusM, 1e-6);
    EXPECT_NEAR(tightest.distanceM, rail->lengthM() / 2.0, 1e-6);
}

TEST(RailBezier, CuspOffTheSubdivisionGridIsFoundAndMeasured)
{
    // P(u) = C + A (u - u0)^2 + B (u - u0)^3 has its cusp at u0 = 0.3, where no fixed grid
    // would put a breakpoint. Power coefficients c0..c3 expand the brackets; the Bezier
    // control points are b0 = c0, b1 = c0 + c1/3, b2 = c0 + 2 c1/3 + c2/3, b3 = c0 + c1 + c2 + c3.
    const double u0 = 0.3;
    const glm::dvec3 c{0.5, 1.0, -0.25};
    const glm::dvec3 a{1.0, 0.0, 0.5};
    const glm::dvec3 b{0.0, 2.0, 0.0};
    const glm::dvec3 c0 = c + a * (u0 * u0) - b * (u0 * u0 * u0);
    const glm::dvec3 c1 = -2.0 * u0 * a + 3.0 * u0 * u0 * b;
    const glm::dvec3 c2 = a - 3.0 * u0 * b;
    const glm::dvec3 c3 = b;
    const Cubic cubic{c0, c0 + c1 / 3.0, c0 + 2.0 * c1 / 3.0 + c2 / 3.0, c0 + c1 + c2 + c3};
    expectNear(cubic.position(u0), c, 1e-15, "the cusp is where it was put");
    const std::vector<BezierRailPoint> points{{cubic.b0, {}, cubic.b1 - cubic.b0},
                                              {cubic.b3, cubic.b2 - cubic.b3, {}}};
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok());

    // Reference lengths split at the kink, so Simpson sees a smooth integrand on each side.
    const double toCuspM = simpsonLength(cubic, 0.0, u0);
    const double referenceM = toCuspM + simpsonLength(cubic, u0, 1.0);
    EXPECT_LT(std::abs(rail->lengthM() - referenceM) / referenceM, 1e-10);
    expectNear(rail->pointAt(toCuspM).positionM, c, 1e-9, "at the cusp distance");
    const RailRadius tightest = rail->minimumRadius();
    EXPECT_LT(tightest.radiusM, 1e-6);
    EXPECT_NEAR(tightest.distanceM, toCuspM, 1e-6);
    for (int i = 0; i <= 211; ++i) {
        const double s = rail->lengthM() * i / 211.0;
        const RailPoint point = rail->pointAt(s);
        EXPECT_TRUE(isFinite(point.positionM) && isFinite(point.tangent) && isFinite(point.normal)) << s;
        EXPECT_NEAR(rail->distanceAtM(point.parameter), s, 1e-9) << s;
    }
}

TEST(RailBezier, CornerBetweenSegmentsIsRadiusZero)
{
    // An L of two straight 1 m legs without handles: length 2, corner at s = 1.
    const std::vector<BezierRailPoint> points{
        {{0.0, 0.0, 0.0}, {}, {}}, {{1.0, 0.0, 0.0}, {}, {}}, {{1.0, 0.0, 1.0}, {}, {}}};
    const auto rail = Rail::bezier(points);
    ASSERT_TRUE(rail.ok());
    EXPECT_NEAR(rail->lengthM(), 2.0, 1e-12);
    expectNear(rail->pointAt(1.5).positionM, {1.0, 0.0, 0.5}, 1e-12, "second leg");
    const RailRadius tightest = rail->minimumRadius();
    EXPECT_EQ(tightest.radiusM, 0.0);
    EXPECT_NEAR(tightest.distanceM, 1.0, 1e-12);
    // A smooth Catmull-Rom through the same points has no corner.
    const auto smooth = Rail::catmullRom(std::vector<glm::dvec3>{{0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, {1.0, 0.0, 1.0}});
    ASSERT_TRUE(smooth.ok());
    EXPECT_GT(smooth->minimumRadius().radiusM, 0.0);
}

TEST(RailClamp, DistancesOutsideTheRailStopAtItsEnds)
{
    const auto rail = Rail::catmullRom(std::vector<glm::dvec3>{{0.0, 0.0, 0.0}, {0.0, 0.0, -4.0}});
    ASSERT_TRUE(rail.ok());
    const RailPoint before = rail->pointAt(-1.0);
    EXPECT_TRUE(before.clamped);
    EXPECT_EQ(before.distanceM, 0.0);
    expectNear(before.positionM, {0.0, 0.0, 0.0}, 0.0, "before");
    const RailPoint after = rail->pointAt(10.0);
    EXPECT_TRUE(after.clamped);
    EXPECT_EQ(after.distanceM, rail->lengthM());
    expectNear(after.positionM, {0.0, 0.0, -4.0}, 0.0, "after");
    const RailPoint nan = rail->pointAt(kNaN);
    EXPECT_TRUE(nan.clamped);
    EXPECT_EQ(nan.distanceM, 0.0);
    EXPECT_FALSE(rail->pointAt(rail->lengthM()).clamped);
    EXPECT_FALSE(rail->pointAt(0.0).clamped);
}

TEST(RailErrors, InvalidInputNamesTheField)
{
    using Points = std::vector<glm::dvec3>;
    const auto expectError = [](const Result<Rail>& rail, const char* field, const char* messagePart) {
        ASSERT_FALSE(rail.ok());
        EXPECT_EQ(rail.error().field, field);
        EXPECT_NE(rail.error().message.find(messagePart), std::string::npos) << rail.error().describe();
    };
    expectError(Rail::catmullRom(Points{}), "points", "at least 2 points, got 0");
    expectError(Rail::catmullRom(Points{{1.0, 2.0, 3.0}}), "points", "at least 2 points, got 1");
    expectError(Rail::catmullRom(Points{{0.0, 0.0, 0.0}, {kNaN, 0.0, 0.0}}), "points[1]", "finite");
    expectError(Rail::catmullRom(Points{{0.0, kInf, 0.0}, {1.0, 0.0, 0.0}}), "points[0]", "finite");
    expectError(Rail::catmullRom(Points{{0.0, 0.0, 0.0}, {0.0, 0.0, 2e6}}), "points[1]", "beyond");
    expectError(Rail::catmullRom(Points{{0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, {2.0, 0.0, 0.0}, {2.0, 0.0, 0.0}}),
                "points[3]", "same position as points[2]");
    // Equal positions that are not neighbours are fine (a closed loop).
    EXPECT_TRUE(Rail::catmullRom(Points{{0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, {0.0, 0.0, 0.0}}).ok());

    const BezierRailPoint a{{0.0, 0.0, 0.0}, {}, {1.0, 0.0, 0.0}};
    const BezierRailPoint b{{3.0, 0.0, 0.0}, {-1.0, 0.0, 0.0}, {}};
    EXPECT_TRUE(Rail::bezier(std::vector{a, b}).ok());
    BezierRailPoint badOut = a;
    badOut.outHandleM.z = kNaN;
    expectError(Rail::bezier(std::vector{badOut, b}), "points[0].outHandleM", "finite");
    BezierRailPoint badIn = b;
    badIn.inHandleM.x = -kInf;
    expectError(Rail::bezier(std::vector{a, badIn}), "points[1].inHandleM", "finite");
    expectError(Rail::bezier(std::vector{a, a}), "points[1]", "same position as points[0]");
    expectError(Rail::bezier(std::vector{a}), "points", "at least 2 points");

    // The caller's field name prefixes every index.
    const auto named = Rail::catmullRom(Points{{0.0, 0.0, 0.0}, {0.0, 0.0, 0.0}}, "rails[2].points");
    ASSERT_FALSE(named.ok());
    expectError(named, "rails[2].points[1]", "same position as rails[2].points[0]");
    EXPECT_EQ(named.error().describe().rfind("rails[2].points[1]: same position as rails[2].points[0]", 0), 0u);
}
