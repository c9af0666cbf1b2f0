#include "core/motion/rail.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <glm/geometric.hpp>

namespace murnau {

namespace {

// Uniform samples per segment for the curvature search, on top of the arc-length breakpoints.
constexpr int kCurvatureSamplesPerSegment = 64;
// Uniform samples per segment for the nearest-point search, on top of the breakpoints.
constexpr int kClosestSamplesPerSegment = 32;
// Golden-section steps refining a curvature peak: 0.618^60 ~ 3e-13 of the bracket.
constexpr int kGoldenSectionSteps = 60;
// Safeguarded Newton steps for a nearest point.
constexpr int kClosestSteps = 100;
// Tangents at a join differing by more than this angle (radians) make a corner.
constexpr double kCornerAngleRad = 1e-9;

std::string indexed(std::string_view field, std::size_t i)
{
    return fmt::format("{}[{}]", field, i);
}

// An error for `field` if `valueM` is not a usable vector of metres, else nothing.
std::optional<Error> checkVector(const glm::dvec3& valueM, const std::string& field, const char* what)
{
    if (!std::isfinite(valueM.x) || !std::isfinite(valueM.y) || !std::isfinite(valueM.z))
        return fail(field, fmt::format("{} must be finite numbers of metres", what));
    const double largest = std::max({std::abs(valueM.x), std::abs(valueM.y), std::abs(valueM.z)});
    if (largest > kMaxRailCoordinateM) {
        return fail(field, fmt::format("{} has a coordinate of {} m, beyond the {} m a rail can reach", what,
                                       largest, kMaxRailCoordinateM));
    }
    return std::nullopt;
}

// An error for `field[i]` if point i repeats point i-1.
std::optional<Error> checkSpacing(const glm::dvec3& previousM, const glm::dvec3& pointM, std::string_view field,
                                  std::size_t i)
{
    if (glm::distance(previousM, pointM) < kMinRailPointSpacingM) {
        return fail(indexed(field, i), fmt::format("same position as {} (closer than {} m)",
                                                   indexed(field, i - 1), kMinRailPointSpacingM));
    }
    return std::nullopt;
}

std::optional<Error> checkCount(std::size_t count, std::string_view field)
{
    if (count < 2)
        return fail(std::string(field), fmt::format("a rail needs at least 2 points, got {}", count));
    return std::nullopt;
}

// Parameters to sample a segment at: its arc-length breakpoints merged with `steps` uniform steps.
std::vector<double> sampleParameters(const ArcLengthTable& table, int steps)
{
    std::vector<double> samples = table.breakpoints();
    samples.reserve(samples.size() + static_cast<std::size_t>(steps) + 1);
    for (int i = 0; i <= steps; ++i)
        samples.push_back(static_cast<double>(i) / steps);
    std::sort(samples.begin(), samples.end());
    samples.erase(std::unique(samples.begin(), samples.end()), samples.end());
    return samples;
}

// The u in [a, b] where the segment's curvature peaks, and the peak, by golden-section search.
std::pair<double, double> curvaturePeak(const SplineSegment& segment, double a, double b)
{
    const double ratio = (std::sqrt(5.0) - 1.0) / 2.0;
    double c = b - ratio * (b - a);
    double d = a + ratio * (b - a);
    double fc = segment.frameAt(c).curvaturePerM;
    double fd = segment.frameAt(d).curvaturePerM;
    for (int step = 0; step < kGoldenSectionSteps; ++step) {
        if (fc >= fd) {
            b = d;
            d = c;
            fd = fc;
            c = b - ratio * (b - a);
            fc = segment.frameAt(c).curvaturePerM;
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + ratio * (b - a);
            fd = segment.frameAt(d).curvaturePerM;
        }
    }
    return fc >= fd ? std::pair{c, fc} : std::pair{d, fd};
}

// Half the derivative of the squared distance from `pointM` to the segment at u: (P - q) . P'.
double distanceSlope(const SplineSegment& segment, const glm::dvec3& pointM, double u)
{
    return glm::dot(segment.positionAt(u) - pointM, segment.firstDerivativeAt(u));
}

// The u in [low, high] where the distance to `pointM` is least, given a slope <= 0 at low
// and >= 0 at high: safeguarded Newton on the slope, bisecting when a step leaves the bracket.
double closestInBracket(const SplineSegment& segment, const glm::dvec3& pointM, double low, double high)
{
    double u = 0.5 * (low + high);
    for (int step = 0; step < kClosestSteps; ++step) {
        const glm::dvec3 offset = segment.positionAt(u) - pointM;
        const glm::dvec3 d1 = segment.firstDerivativeAt(u);
        const double slope = glm::dot(offset, d1);
        if (slope == 0.0)
            break;
        if (slope < 0.0)
            low = u;
        else
            high = u;
        const double curvature = glm::dot(d1, d1) + glm::dot(offset, segment.secondDerivativeAt(u));
        double nextU = curvature > 0.0 ? u - slope / curvature : low;
        if (!(nextU > low && nextU < high))
            nextU = 0.5 * (low + high);
        if (nextU == u)
            break;
        u = nextU;
    }
    return u;
}

} // namespace

Rail::Rail(RailKind kind, const std::vector<SplineSegment>& segments)
    : m_kind(kind)
{
    m_tables.reserve(segments.size());
    m_startM.reserve(segments.size() + 1);
    m_startM.push_back(0.0);
    for (const SplineSegment& segment : segments) {
        m_tables.emplace_back(segment);
        m_startM.push_back(m_startM.back() + m_tables.back().lengthM());
    }
}

Result<Rail> Rail::catmullRom(std::span<const glm::dvec3> pointsM, std::string_view field)
{
    if (auto error = checkCount(pointsM.size(), field))
        return *error;
    for (std::size_t i = 0; i < pointsM.size(); ++i) {
        if (auto error = checkVector(pointsM[i], indexed(field, i), "position"))
            return *error;
        if (i > 0) {
            if (auto error = checkSpacing(pointsM[i - 1], pointsM[i], field, i))
                return *error;
        }
    }
    return Rail(RailKind::CatmullRom, centripetalCatmullRomSegments(pointsM));
}

Result<Rail> Rail::bezier(std::span<const BezierRailPoint> points, std::string_view field)
{
    if (auto error = checkCount(points.size(), field))
        return *error;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::string name = indexed(field, i);
        if (auto error = checkVector(points[i].positionM, name, "position"))
            return *error;
        if (auto error = checkVector(points[i].inHandleM, name + ".inHandleM", "handle"))
            return *error;
        if (auto error = checkVector(points[i].outHandleM, name + ".outHandleM", "handle"))
            return *error;
        if (i > 0) {
            if (auto error = checkSpacing(points[i - 1].positionM, points[i].positionM, field, i))
                return *error;
        }
    }
    return Rail(RailKind::Bezier, bezierSegments(points));
}

RailParameter Rail::parameterAt(double distanceM) const noexcept
{
    const double s = std::clamp(std::isnan(distanceM) ? 0.0 : distanceM, 0.0, lengthM());
    // Segment i holds s: m_startM[i] <= s < m_startM[i + 1] (the last one also holds its end).
    const auto next = std::upper_bound(m_startM.begin(), m_startM.end(), s);
    const std::size_t i = std::min(static_cast<std::size_t>(next - m_startM.begin()) - 1, m_tables.size() - 1);
    return RailParameter{i, m_tables[i].parameterAt(s - m_startM[i])};
}

double Rail::distanceAtM(RailParameter parameter) const noexcept
{
    const std::size_t i = std::min(parameter.segment, m_tables.size() - 1);
    return m_startM[i] + m_tables[i].lengthAtM(parameter.u);
}

RailPoint Rail::pointAt(double distanceM) const noexcept
{
    RailPoint point;
    point.distanceM = std::clamp(std::isnan(distanceM) ? 0.0 : distanceM, 0.0, lengthM());
    point.clamped = !(point.distanceM == distanceM);
    point.parameter = parameterAt(point.distanceM);
    const SplineSegment& segment = m_tables[point.parameter.segment].segment();
    point.positionM = segment.positionAt(point.parameter.u);
    const SplineFrame frame = segment.frameAt(point.parameter.u);
    point.tangent = frame.tangent;
    point.normal = frame.normal;
    point.curvaturePerM = frame.curvaturePerM;
    return point;
}

double Rail::closestDistanceM(const glm::dvec3& pointM) const noexcept
{
    double bestSquaredM2 = std::numeric_limits<double>::infinity();
    RailParameter best;
    const auto consider = [&](std::size_t i, double u) {
        const glm::dvec3 offset = m_tables[i].segment().positionAt(u) - pointM;
        const double squaredM2 = glm::dot(offset, offset);
        if (squaredM2 < bestSquaredM2) {
            bestSquaredM2 = squaredM2;
            best = RailParameter{i, u};
        }
    };
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        const SplineSegment& segment = m_tables[i].segment();
        const std::vector<double> samples = sampleParameters(m_tables[i], kClosestSamplesPerSegment);
        // Segment ends are candidates (rail ends, corners); interior minima are where the
        // slope of the distance turns from negative to non-negative between two samples.
        consider(i, 0.0);
        double previousSlope = distanceSlope(segment, pointM, samples.front());
        for (std::size_t j = 1; j < samples.size(); ++j) {
            const double slope = distanceSlope(segment, pointM, samples[j]);
            if (previousSlope < 0.0 && slope >= 0.0)
                consider(i, closestInBracket(segment, pointM, samples[j - 1], samples[j]));
            previousSlope = slope;
        }
        consider(i, 1.0);
    }
    return distanceAtM(best);
}

RailRadius Rail::minimumRadius() const noexcept
{
    double bestCurvaturePerM = 0.0;
    RailRadius result;
    const auto consider = [&](double curvaturePerM, std::size_t i, double u) {
        if (curvaturePerM > bestCurvaturePerM) {
            bestCurvaturePerM = curvaturePerM;
            result.distanceM = distanceAtM(RailParameter{i, u});
        }
    };
    for (std::size_t i = 0; i < m_tables.size(); ++i) {
        const SplineSegment& segment = m_tables[i].segment();
        const std::vector<double> samples = sampleParameters(m_tables[i], kCurvatureSamplesPerSegment);
        std::vector<double> curvaturesPerM(samples.size());
        for (std::size_t j = 0; j < samples.size(); ++j)
            curvaturesPerM[j] = segment.frameAt(samples[j]).curvaturePerM;
        for (std::size_t j = 0; j < samples.size(); ++j) {
            const double here = curvaturesPerM[j];
            const std::size_t before = j == 0 ? j : j - 1;
            const std::size_t after = j + 1 == samples.size() ? j : j + 1;
            if (!(here > 0.0) || here < curvaturesPerM[before] || here < curvaturesPerM[after])
                continue;
            if (std::isinf(here)) {
                consider(here, i, samples[j]);
                continue;
            }
            const auto [u, peakPerM] = curvaturePeak(segment, samples[before], samples[after]);
            if (peakPerM > here)
                consider(peakPerM, i, u);
            else
                consider(here, i, samples[j]);
        }
        // A tangent that jumps where this segment meets the next is a corner: radius 0.
        if (i + 1 < m_tables.size()) {
            const glm::dvec3 arriving = segment.frameAt(1.0).tangent;
            const glm::dvec3 leaving = m_tables[i + 1].segment().frameAt(0.0).tangent;
            if (glm::dot(arriving, leaving) < 0.0 || glm::length(glm::cross(arriving, leaving)) > kCornerAngleRad)
                consider(std::numeric_limits<double>::infinity(), i + 1, 0.0);
        }
    }
    result.radiusM = bestCurvaturePerM > 0.0 ? 1.0 / bestCurvaturePerM : std::numeric_limits<double>::infinity();
    return result;
}

} // namespace murnau
