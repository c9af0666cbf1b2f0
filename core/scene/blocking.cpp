// Blocking: checking marks, building the walks between them, and where an actor is at a time.

#include "core/scene/blocking.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <numbers>
#include <optional>
#include <utility>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/curve.h"

namespace murnau {

namespace {

constexpr double kRadToDeg = 180.0 / std::numbers::pi;

// A walk's points with the input field each one came from, for error messages.
struct WalkPoint {
    glm::dvec3 positionM{0.0};
    std::string field;
};

// An error for `field` if `pointM` is not a finite point within the reach of a rail.
std::optional<Error> checkPoint(const glm::dvec3& pointM, const std::string& field)
{
    if (!std::isfinite(pointM.x) || !std::isfinite(pointM.y) || !std::isfinite(pointM.z))
        return fail(field, "the position must be finite numbers of metres");
    const double largest = std::max({std::abs(pointM.x), std::abs(pointM.y), std::abs(pointM.z)});
    if (largest > kMaxRailCoordinateM) {
        return fail(field, fmt::format("a coordinate of {} m is beyond the {} m a path can reach", largest,
                                       kMaxRailCoordinateM));
    }
    return std::nullopt;
}

// An error for `field` if `time` is outside +-kCurveTimeLimit.
std::optional<Error> checkTime(Flicks time, const std::string& field)
{
    if (time < -kCurveTimeLimit || time > kCurveTimeLimit)
        return fail(field, "the time must lie within 1,000,000 s of zero");
    return std::nullopt;
}

// The path of the walk from `from` to `to` (named `fromField`, `toField`), checked, with points
// closer than kMinRailPointSpacingM to the previous one dropped.
Result<std::vector<glm::dvec3>> walkPath(const Mark& from, const std::string& fromField, const Mark& to,
                                         const std::string& toField)
{
    std::vector<WalkPoint> named;
    named.reserve(to.viaM.size() + 2);
    named.push_back({from.positionM, fromField + ".positionM"});
    for (std::size_t j = 0; j < to.viaM.size(); ++j)
        named.push_back({to.viaM[j], fmt::format("{}.viaM[{}]", toField, j)});
    named.push_back({to.positionM, toField + ".positionM"});

    std::vector<glm::dvec3> pointsM;
    pointsM.reserve(named.size());
    for (const WalkPoint& point : named) {
        if (auto error = checkPoint(point.positionM, point.field))
            return *error;
        if (pointsM.empty() || glm::distance(pointsM.back(), point.positionM) >= kMinRailPointSpacingM)
            pointsM.push_back(point.positionM);
    }
    return pointsM;
}

// The built walk along `pointsM` (null for a single point: a turn on the spot).
Result<std::shared_ptr<const Rail>> buildWalk(const std::vector<glm::dvec3>& pointsM, const std::string& field)
{
    if (pointsM.size() < 2)
        return std::shared_ptr<const Rail>();
    Result<Rail> rail = Rail::catmullRom(pointsM, field);
    if (!rail)
        return rail.error();
    return std::shared_ptr<const Rail>(std::make_shared<const Rail>(std::move(rail).value()));
}

// The pose of an actor standing on `mark` (index `index`).
ActorPose standingOn(const Mark& mark, std::size_t index) noexcept
{
    ActorPose pose;
    pose.positionM = mark.positionM;
    pose.facingDeg = mark.facingDeg;
    pose.markIndex = static_cast<int>(index);
    return pose;
}

} // namespace

Result<ActorBlocking> makeActorBlocking(std::string actor, std::vector<Mark> marks, std::string_view field)
{
    const std::string prefix(field);
    if (marks.empty())
        return fail(prefix + ".marks", "an actor's blocking needs at least one mark");

    const auto markField = [&](std::size_t i) { return fmt::format("{}.marks[{}]", prefix, i); };
    for (std::size_t i = 0; i < marks.size(); ++i) {
        const Mark& mark = marks[i];
        const std::string name = markField(i);
        if (auto error = checkPoint(mark.positionM, name + ".positionM"))
            return *error;
        if (!std::isfinite(mark.facingDeg))
            return fail(name + ".facingDeg", "the facing must be a finite number of degrees");
        if (auto error = checkTime(mark.arriveAt, name + ".arriveAt"))
            return *error;
        if (auto error = checkTime(mark.leaveAt, name + ".leaveAt"))
            return *error;
        if (mark.leaveAt < mark.arriveAt)
            return fail(name + ".leaveAt", "the actor cannot leave a mark before arriving at it");
        if (i > 0 && !(mark.arriveAt > marks[i - 1].leaveAt)) {
            return fail(name + ".arriveAt",
                        fmt::format("the actor must arrive after leaving {} (a walk takes time)", markField(i - 1)));
        }
    }

    ActorBlocking blocking;
    blocking.walks.reserve(marks.size() - 1);
    for (std::size_t i = 0; i + 1 < marks.size(); ++i) {
        const std::string toField = markField(i + 1);
        Result<std::vector<glm::dvec3>> points = walkPath(marks[i], markField(i), marks[i + 1], toField);
        if (!points)
            return points.error();
        Result<std::shared_ptr<const Rail>> walk = buildWalk(points.value(), toField + ".viaM");
        if (!walk)
            return walk.error();
        blocking.walks.push_back(std::move(walk).value());
    }
    blocking.actor = std::move(actor);
    blocking.marks = std::move(marks);
    return blocking;
}

ActorPose evaluateBlocking(const ActorBlocking& blocking, Flicks t) noexcept
{
    const std::vector<Mark>& marks = blocking.marks;
    if (marks.empty() || blocking.walks.size() + 1 != marks.size())
        return {};

    // The last mark arrived at by t (the first mark before any arrival).
    const auto next = std::upper_bound(marks.begin(), marks.end(), t,
                                       [](Flicks time, const Mark& mark) { return time < mark.arriveAt; });
    const std::size_t i = next == marks.begin() ? 0 : static_cast<std::size_t>(std::distance(marks.begin(), next)) - 1;
    const Mark& mark = marks[i];
    if (i + 1 == marks.size() || t < mark.leaveAt)
        return standingOn(mark, i);

    // Walking from mark i to mark i+1: leaveAt <= t < next arriveAt, so the differences are exact.
    ActorPose pose = standingOn(mark, i);
    pose.walking = true;
    const Rail* walk = blocking.walks[i].get();
    if (walk == nullptr)
        return pose;   // a turn on the spot: standing, facing the earlier mark's way
    const double durationFlicks = static_cast<double>(marks[i + 1].arriveAt - mark.leaveAt);
    const double fraction = static_cast<double>(t - mark.leaveAt) / durationFlicks;
    const RailPoint point = walk->pointAt(walk->lengthM() * fraction);
    pose.positionM = point.positionM;
    pose.speedMps = walk->lengthM() / (durationFlicks / static_cast<double>(kFlicksPerSecond));
    pose.velocityMps = pose.speedMps * point.tangent;
    if (point.tangent.x != 0.0 || point.tangent.z != 0.0)
        pose.facingDeg = std::atan2(-point.tangent.x, -point.tangent.z) * kRadToDeg;
    return pose;
}

Result<Flicks> arrivalForWalkingSpeed(const Mark& from, const Mark& to, double speedMps)
{
    if (!std::isfinite(speedMps) || !(speedMps > 0.0))
        return fail("speedMps", "the walking speed must be a positive number of metres per second");
    if (auto error = checkTime(from.leaveAt, "from.leaveAt"))
        return *error;
    Result<std::vector<glm::dvec3>> points = walkPath(from, "from", to, "to");
    if (!points)
        return points.error();
    if (points.value().size() < 2)
        return fail("to.positionM", "the marks are at the same place: a walk of no length has no walking time");
    Result<std::shared_ptr<const Rail>> walk = buildWalk(points.value(), "to.viaM");
    if (!walk)
        return walk.error();
    const double seconds = walk.value()->lengthM() / speedMps;
    const double flicks = std::max(1.0, std::round(seconds * static_cast<double>(kFlicksPerSecond)));
    if (!(flicks <= static_cast<double>(kCurveTimeLimit - from.leaveAt)))
        return fail("speedMps", "so slow that the arrival would be more than 1,000,000 s away");
    return from.leaveAt + static_cast<Flicks>(flicks);
}

} // namespace murnau
