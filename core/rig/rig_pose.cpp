// The inverse of a rig (rig_pose.h): the dolly from the track point nearest the lens in plan,
// truck and pedestal from the offset to it, the head angles from the pose.

#include "core/rig/rig_pose.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <vector>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/rail.h"

namespace murnau {

namespace {

constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double kDegToRad = std::numbers::pi / 180.0;
// Below this horizontal fraction of the unit tangent the track runs straight up or down (the
// evaluator's threshold for "right of travel").
constexpr double kVerticalTrack = 1e-12;
// Samples per rail segment for the first guess of the plan foot point.
constexpr int kSamplesPerSegment = 64;
// Newton iterations (each at least doubles the correct digits once close).
constexpr int kNewtonIterations = 40;
// A foot point counts as perpendicular when the along-track residual is below this, metres.
constexpr double kFootToleranceM = 1e-9;

// The unit vector to the right of travel along unit tangent `tangent` (rig_evaluator.cpp's rule).
glm::dvec3 rightOf(const glm::dvec3& tangent) noexcept
{
    const glm::dvec3 u(-tangent.z, 0.0, tangent.x);
    const double n = std::sqrt(u.x * u.x + u.z * u.z);
    return n > kVerticalTrack ? u / n : glm::dvec3(1.0, 0.0, 0.0);
}

// The plan (x, z) part of a vector, as a 3-vector with y = 0.
glm::dvec3 plan(const glm::dvec3& v) noexcept
{
    return {v.x, 0.0, v.z};
}

// A candidate foot point on the rail.
struct Foot {
    double distanceM = 0.0;       // along the rail
    double planDistanceM = 0.0;   // lens to the rail point, in plan
    double alongM = 0.0;          // signed residual along the plan tangent (0 at a true foot)
};

// Newton's method in the segment parameter u for g(u) = (P(u) - p)_xz . P'(u)_xz = 0, from u0.
double refineInSegment(const SplineSegment& segment, const glm::dvec3& p, double u0) noexcept
{
    double u = u0;
    for (int i = 0; i < kNewtonIterations; ++i) {
        const glm::dvec3 d = plan(segment.positionAt(u) - p);
        const glm::dvec3 a = plan(segment.firstDerivativeAt(u));
        const glm::dvec3 b = plan(segment.secondDerivativeAt(u));
        const double g = glm::dot(d, a);
        const double slope = glm::dot(a, a) + glm::dot(d, b);
        if (!(slope > 0.0))
            break; // not heading for a minimum of the plan distance: keep the sample
        const double next = std::clamp(u - g / slope, 0.0, 1.0);
        if (next == u)
            break;
        u = next;
    }
    return u;
}

// Polishes a distance along the rail by Newton's method on f(s) = (p - B(s))_xz . T_xz(s) through
// Rail::pointAt, so the dolly agrees with what the evaluator computes from it.
Foot polish(const Rail& rail, const glm::dvec3& p, double s) noexcept
{
    Foot foot;
    for (int i = 0; i < kNewtonIterations; ++i) {
        const RailPoint point = rail.pointAt(s);
        const glm::dvec3 d = plan(p - point.positionM);
        const glm::dvec3 t = plan(point.tangent);
        const double t2 = glm::dot(t, t);
        if (!(t2 > kVerticalTrack * kVerticalTrack))
            break;
        const double f = glm::dot(d, t);
        // f'(s) = -|T_xz|^2 + d . K_xz, K = curvature * normal; Gauss-Newton where that is not negative.
        double slope = -t2;
        if (std::isfinite(point.curvaturePerM))
            slope += glm::dot(d, plan(point.normal)) * point.curvaturePerM;
        if (!(slope < 0.0))
            slope = -t2;
        const double next = std::clamp(s - f / slope, 0.0, rail.lengthM());
        if (next == s)
            break;
        s = next;
    }
    const RailPoint point = rail.pointAt(s);
    const glm::dvec3 d = plan(p - point.positionM);
    const glm::dvec3 t = plan(point.tangent);
    const double tn = std::sqrt(glm::dot(t, t));
    foot.distanceM = s;
    foot.planDistanceM = std::sqrt(glm::dot(d, d));
    foot.alongM = tn > kVerticalTrack ? glm::dot(d, t) / tn : std::numeric_limits<double>::infinity();
    return foot;
}

// The dolly distance whose track point has the lens on its plan perpendicular (the nearest such,
// in plan), or an error naming how far beyond an end the lens stands.
Result<double> railFoot(const Rail& rail, const glm::dvec3& p)
{
    std::vector<Foot> feet;
    for (std::size_t i = 0; i < rail.segmentCount(); ++i) {
        const SplineSegment& segment = rail.segment(i);
        double bestU = 0.0;
        double bestD2 = std::numeric_limits<double>::infinity();
        for (int k = 0; k <= kSamplesPerSegment; ++k) {
            const double u = static_cast<double>(k) / kSamplesPerSegment;
            const glm::dvec3 d = plan(segment.positionAt(u) - p);
            const double d2 = glm::dot(d, d);
            if (d2 < bestD2) {
                bestD2 = d2;
                bestU = u;
            }
        }
        const double u = refineInSegment(segment, p, bestU);
        feet.push_back(polish(rail, p, rail.distanceAtM(RailParameter{i, u})));
    }
    const Foot* best = nullptr;
    const Foot* nearestEnd = nullptr;
    for (const Foot& foot : feet) {
        if (std::abs(foot.alongM) <= kFootToleranceM) {
            if (!best || foot.planDistanceM < best->planDistanceM)
                best = &foot;
        } else if (!nearestEnd || foot.planDistanceM < nearestEnd->planDistanceM) {
            nearestEnd = &foot;
        }
    }
    if (best)
        return best->distanceM;
    if (!nearestEnd || !std::isfinite(nearestEnd->alongM))
        return fail("positionM", "the rail has no horizontal direction near the camera, so it cannot be "
                                 "placed on it by truck and pedestal");
    const bool atStart = nearestEnd->distanceM <= rail.lengthM() / 2.0;
    return fail("positionM", fmt::format("the camera is {:.2f} m beyond the {} of the rail (in plan); lengthen "
                                         "the rail or move the camera back along it",
                                         std::abs(nearestEnd->alongM), atStart ? "start" : "end"));
}

// Pan and tilt that point the lens axis along d, degrees: rig_evaluator.cpp's look-at rule.
struct LookAngles {
    double panDeg = 0.0;    // in (-180, 180]; 0 when d is vertical or zero
    double tiltDeg = 0.0;   // in [-90, 90]
};

LookAngles lookAnglesAlong(const glm::dvec3& d) noexcept
{
    const double horizontal = std::sqrt(d.x * d.x + d.z * d.z);
    LookAngles aim;
    if (horizontal > 0.0) {
        aim.panDeg = std::atan2(-d.x, -d.z) * kRadToDeg;
        if (aim.panDeg <= -180.0)
            aim.panDeg = 180.0;
    }
    if (horizontal > 0.0 || d.y != 0.0)
        aim.tiltDeg = std::atan2(d.y, horizontal) * kRadToDeg;
    return aim;
}

} // namespace

CameraPose poseOf(const CameraState& state) noexcept
{
    return CameraPose{state.positionM, state.panDeg, state.tiltDeg, state.rollDeg, state.focalLengthMm};
}

double rigChannelValueAt(const CameraRig& rig, RigChannel channel, Flicks t) noexcept
{
    const Curve& curve = rig.channel(channel);
    const RigChannelInfo& info = rigChannelInfo(channel);
    if (curve.isEmpty())
        return info.defaultValue;
    const double value = curve.valueAt(t);
    if (!(value >= info.minValue))
        return info.minValue;
    return value > info.maxValue ? info.maxValue : value;
}

double nearestTurn(double angleDeg, double nearDeg) noexcept
{
    if (!std::isfinite(angleDeg) || !std::isfinite(nearDeg))
        return angleDeg;
    return angleDeg + 360.0 * std::round((nearDeg - angleDeg) / 360.0);
}

Result<RigPoseChannels> rigChannelsForPose(const CameraRig& rig, Flicks t, const CameraPose& pose,
                                           const RigTargets& targets)
{
    RigPoseChannels channels;
    const glm::dvec3& p = pose.positionM;
    if (rig.rail && rig.rail->built) {
        const Rail& rail = *rig.rail->built;
        Result<double> s = railFoot(rail, p);
        if (!s)
            return s.error();
        const RailPoint point = rail.pointAt(*s);
        const glm::dvec3 d = p - point.positionM;
        channels.dollyM = *s;
        channels.truckM = glm::dot(d, rightOf(point.tangent));
        channels.pedestalM = d.y;
    } else {
        const double a = rig.headingDeg * kDegToRad;
        const glm::dvec3 forward(-std::sin(a), 0.0, -std::cos(a));
        const glm::dvec3 d = p - rig.originM;
        channels.dollyM = glm::dot(plan(d), forward);
        channels.truckM = glm::dot(plan(d), rightOf(forward));
        channels.pedestalM = d.y;
    }

    double panDeg = pose.panDeg;
    double tiltDeg = pose.tiltDeg;
    const bool aims = aimsAtActor(rig.aim) && targets.aim.has_value();
    if (aims) {
        const LookAngles aim = lookAnglesAlong(targets.aim->positionM - p);
        panDeg -= aim.panDeg;
        tiltDeg -= aim.tiltDeg;
    }
    channels.panDeg = nearestTurn(panDeg, rigChannelValueAt(rig, RigChannel::Pan, t));
    channels.tiltDeg = nearestTurn(tiltDeg, rigChannelValueAt(rig, RigChannel::Tilt, t));
    channels.rollDeg = nearestTurn(pose.rollDeg, rigChannelValueAt(rig, RigChannel::Roll, t));
    const bool holds = rig.aim == AimMode::HoldFraming && aims && std::isfinite(targets.aim->statureM)
                       && targets.aim->statureM > 0.0;
    if (!holds)
        channels.focalLengthMm = pose.focalLengthMm;
    return channels;
}

} // namespace murnau
