// Plan coordinates and the 2D geometry the plan files share.

#include "core/plan/plan_geometry.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

#include <fmt/format.h>

namespace murnau {

void PlanBounds::add(const glm::dvec2& pointM) noexcept
{
    if (!valid) {
        minM = pointM;
        maxM = pointM;
        valid = true;
        return;
    }
    minM = {std::min(minM.x, pointM.x), std::min(minM.y, pointM.y)};
    maxM = {std::max(maxM.x, pointM.x), std::max(maxM.y, pointM.y)};
}

void PlanBounds::add(std::span<const glm::dvec2> pointsM) noexcept
{
    for (const glm::dvec2& point : pointsM)
        add(point);
}

void PlanBounds::add(const PlanBounds& other) noexcept
{
    if (other.valid) {
        add(other.minM);
        add(other.maxM);
    }
}

bool PlanBounds::contains(const glm::dvec2& pointM, double marginM) const noexcept
{
    return valid && pointM.x >= minM.x - marginM && pointM.x <= maxM.x + marginM && pointM.y >= minM.y - marginM
        && pointM.y <= maxM.y + marginM;
}

double degToRad(double degrees) noexcept
{
    return degrees * std::numbers::pi / 180.0;
}

glm::dvec2 yawDirection(double yawDeg) noexcept
{
    const double yaw = degToRad(yawDeg);
    return {-std::sin(yaw), -std::cos(yaw)};
}

glm::dvec2 localToPlan(const glm::dvec2& localM, double yawDeg, const glm::dvec2& originM) noexcept
{
    const double yaw = degToRad(yawDeg);
    const double c = std::cos(yaw);
    const double s = std::sin(yaw);
    return {originM.x + localM.x * c + localM.y * s, originM.y - localM.x * s + localM.y * c};
}

namespace {

// The largest angle a chord may span on a circle of `radiusM` and stay within `toleranceM` of it:
// the sagitta r (1 - cos(a / 2)) <= e gives a = 2 acos(1 - e / r) (a full turn when e >= 2 r).
double maxChordAngleRad(double radiusM, double toleranceM) noexcept
{
    if (!(radiusM > 0.0))
        return 2.0 * std::numbers::pi;
    const double ratio = std::min(toleranceM / radiusM, 2.0);
    return 2.0 * std::acos(1.0 - ratio);
}

// Chords needed to cover `sweepRad` with chords of at most `maxAngleRad`, at least `minimum`.
// The division is nudged down by a few ulps so an exact fit does not add a chord.
int chordCount(double sweepRad, double maxAngleRad, int minimum) noexcept
{
    const double exact = std::abs(sweepRad) / maxAngleRad;
    const double count = std::ceil(exact * (1.0 - 4.0 * std::numeric_limits<double>::epsilon()));
    // 2^20 chords cover a full turn within a tolerance of 1e-4 m up to a radius of 2e7 m, far beyond
    // kMaxPlanCoordinateM: the cap only guards against garbage.
    return std::max(minimum, static_cast<int>(std::min(count, 1048576.0)));
}

} // namespace

int circleSideCount(double radiusM, double chordToleranceM) noexcept
{
    return chordCount(2.0 * std::numbers::pi, maxChordAngleRad(radiusM, chordToleranceM), kMinCircleSides);
}

std::vector<glm::dvec2> arcPoints(const glm::dvec2& centreM, double radiusM, double startRad, double sweepRad,
                                  double chordToleranceM)
{
    const int chords = chordCount(sweepRad, maxChordAngleRad(radiusM, chordToleranceM), 1);
    std::vector<glm::dvec2> points;
    points.reserve(static_cast<std::size_t>(chords) + 1);
    for (int i = 0; i <= chords; ++i) {
        const double angle = startRad + sweepRad * static_cast<double>(i) / static_cast<double>(chords);
        points.push_back(centreM + radiusM * glm::dvec2(std::cos(angle), std::sin(angle)));
    }
    return points;
}

double distanceToSegmentM(const glm::dvec2& pointM, const glm::dvec2& a, const glm::dvec2& b) noexcept
{
    const glm::dvec2 ab = b - a;
    const double lengthSquared = ab.x * ab.x + ab.y * ab.y;
    double u = 0.0;
    if (lengthSquared > 0.0)
        u = std::clamp(((pointM.x - a.x) * ab.x + (pointM.y - a.y) * ab.y) / lengthSquared, 0.0, 1.0);
    const glm::dvec2 nearest = a + u * ab;
    return std::hypot(pointM.x - nearest.x, pointM.y - nearest.y);
}

double distanceToPolylineM(const glm::dvec2& pointM, std::span<const glm::dvec2> polylineM) noexcept
{
    if (polylineM.empty())
        return std::numeric_limits<double>::infinity();
    if (polylineM.size() == 1)
        return std::hypot(pointM.x - polylineM[0].x, pointM.y - polylineM[0].y);
    double nearest = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < polylineM.size(); ++i)
        nearest = std::min(nearest, distanceToSegmentM(pointM, polylineM[i], polylineM[i + 1]));
    return nearest;
}

bool insidePolygon(const glm::dvec2& pointM, std::span<const glm::dvec2> polygonM) noexcept
{
    bool inside = false;
    const std::size_t n = polygonM.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
        const glm::dvec2& a = polygonM[i];
        const glm::dvec2& b = polygonM[j];
        if ((a.y > pointM.y) != (b.y > pointM.y)) {
            const double crossX = a.x + (pointM.y - a.y) * (b.x - a.x) / (b.y - a.y);
            if (pointM.x < crossX)
                inside = !inside;
        }
    }
    return inside;
}

double distanceToPolygonM(const glm::dvec2& pointM, std::span<const glm::dvec2> polygonM) noexcept
{
    if (polygonM.empty())
        return std::numeric_limits<double>::infinity();
    if (insidePolygon(pointM, polygonM))
        return 0.0;
    double nearest = distanceToPolylineM(pointM, polygonM);
    if (polygonM.size() > 2)
        nearest = std::min(nearest, distanceToSegmentM(pointM, polygonM.back(), polygonM.front()));
    return nearest;
}

Result<double> checkedChordToleranceM(double chordToleranceM, std::string_view field)
{
    if (!std::isfinite(chordToleranceM) || chordToleranceM < kMinChordToleranceM
        || chordToleranceM > kMaxChordToleranceM) {
        return fail(std::string(field), fmt::format("the chord tolerance must be between {} m and {} m, got {}",
                                                    kMinChordToleranceM, kMaxChordToleranceM, chordToleranceM));
    }
    return chordToleranceM;
}

} // namespace murnau
