// Rig evaluation. Derivation of the right vector's rotation along the track (s arc length,
// ' = d/ds, T the unit tangent, K = T' = curvature * N):
//   u = (-Tz, 0, Tx),  u' = (-Kz, 0, Kx),  u'' = (-K'z, 0, K'x)     (u is horizontal, |u| = n)
//   R = u / n
//   n' = R . u'                          (from n^2 = u . u)
//   R' = (u' - n' R) / n                 (from u = n R)
//   n'' = (u' . u' + u . u'' - n'^2) / n
//   R'' = (u'' - n'' R - 2 n' R') / n
// K' from the rail segment's derivatives in its parameter u (a = dP/du, b = d2P/du2,
// c = d3P/du3, sigma = |a|):
//   K     = b / sigma^2 - a (a.b) / sigma^4
//   dK/du = c / sigma^2 - 3 b (a.b) / sigma^4 - a (b.b + a.c) / sigma^4 + 4 a (a.b)^2 / sigma^6
//   K'    = (dK/du) / sigma
// Chain rule in time with s(t): d/dt = s' d/ds, so dR/dt = R' s' and d2R/dt2 = R'' s'^2 + R' s''.

#include "core/rig/rig_evaluator.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <numbers>

#include <glm/geometric.hpp>

#include "core/motion/rail.h"

namespace murnau {

namespace {

constexpr double kRadToDeg = 180.0 / std::numbers::pi;
constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Below this horizontal fraction of the unit tangent the track runs straight up or down and
// "right of travel" is world +X.
constexpr double kVerticalTrack = 1e-12;
// The jerk step is this fraction of a frame.
constexpr Flicks kJerkStepsPerFrame = 10;

// How far past a rail end (metres) a dolly value may round before it counts as stopped there.
constexpr double kRailEndToleranceM = 1e-9;

// A channel's value and derivatives: its default when empty; clamped to its range and then
// standing still when the curve leaves the range.
CurveSample channelSample(const CameraRig& rig, RigChannel channel, Flicks t) noexcept
{
    const Curve& curve = rig.channel(channel);
    const RigChannelInfo& info = rigChannelInfo(channel);
    if (curve.isEmpty())
        return {info.defaultValue, 0.0, 0.0};
    const CurveSample sample = curve.sampleAt(t);
    if (!(sample.value >= info.minValue))
        return {info.minValue, 0.0, 0.0};
    if (sample.value > info.maxValue)
        return {info.maxValue, 0.0, 0.0};
    return sample;
}

// Only the value of a channel, with the same rules.
double channelValue(const CameraRig& rig, RigChannel channel, Flicks t) noexcept
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

// v * k, with components of v that are exactly zero staying zero when k is infinite.
glm::dvec3 scaled(const glm::dvec3& v, double k) noexcept
{
    glm::dvec3 r = v * k;
    if (!std::isfinite(k)) {
        for (int i = 0; i < 3; ++i) {
            if (v[i] == 0.0)
                r[i] = 0.0;
        }
    }
    return r;
}

// The horizontal perpendicular of a vector: (-z, 0, x).
glm::dvec3 perpendicular(const glm::dvec3& v) noexcept
{
    return {-v.z, 0.0, v.x};
}

// The unit vector to the right of travel along unit tangent `tangent`.
glm::dvec3 rightOf(const glm::dvec3& tangent) noexcept
{
    const glm::dvec3 u = perpendicular(tangent);
    const double n = std::sqrt(u.x * u.x + u.z * u.z);
    return n > kVerticalTrack ? u / n : glm::dvec3(1.0, 0.0, 0.0);
}

// The unit direction of a straight track heading `headingDeg` (pan convention: 0 towards -Z).
glm::dvec3 headingDirection(double headingDeg) noexcept
{
    const double a = headingDeg * kDegToRad;
    return {-std::sin(a), 0.0, -std::cos(a)};
}

// dK/ds on a rail segment at parameter u (see the derivation above); 0 where |dP/du| vanishes.
glm::dvec3 curvatureVectorRate(const SplineSegment& segment, double u) noexcept
{
    const glm::dvec3 a = segment.firstDerivativeAt(u);
    const double sigma2 = glm::dot(a, a);
    const double sigma = std::sqrt(sigma2);
    if (!(sigma > segment.roundoffScaleM()))
        return glm::dvec3(0.0);
    const glm::dvec3 b = segment.secondDerivativeAt(u);
    const glm::dvec3 c = segment.thirdDerivative();
    const double ab = glm::dot(a, b);
    const double sigma4 = sigma2 * sigma2;
    const glm::dvec3 dKdu = c / sigma2 - (3.0 * ab / sigma4) * b - ((glm::dot(b, b) + glm::dot(a, c)) / sigma4) * a
                            + (4.0 * ab * ab / (sigma4 * sigma2)) * a;
    return dKdu / sigma;
}

// The lens position and its derivatives from the dolly, truck and pedestal channels.
struct LensKinematics {
    glm::dvec3 positionM{0.0};
    glm::dvec3 velocityMps{0.0};
    glm::dvec3 accelerationMps2{0.0};
    double dollySpeedMps = 0.0;           // s', 0 when stopped at a rail end
    double dollyAccelerationMps2 = 0.0;   // s''
    double lateralAccelerationMps2 = 0.0; // curvature * s'^2
    double truckRateMps = 0.0;            // w'
    double pedestalRateMps = 0.0;         // h'
};

// Where the track puts the lens at t, without derivatives (the fast path for CameraState).
glm::dvec3 lensPosition(const CameraRig& rig, Flicks t) noexcept
{
    const double s = channelValue(rig, RigChannel::Dolly, t);
    const double w = channelValue(rig, RigChannel::Truck, t);
    const double h = channelValue(rig, RigChannel::Pedestal, t);
    glm::dvec3 position;
    glm::dvec3 tangent;
    if (rig.rail && rig.rail->built) {
        const Rail& rail = *rig.rail->built;
        if (w == 0.0) {
            // Without truck only the point is needed, not the tangent and curvature.
            const RailParameter where = rail.parameterAt(s);
            position = rail.segment(where.segment).positionAt(where.u);
            position.y += h;
            return position;
        }
        const RailPoint point = rail.pointAt(s);
        position = point.positionM;
        tangent = point.tangent;
    } else {
        tangent = headingDirection(rig.headingDeg);
        position = rig.originM + s * tangent;
    }
    if (w != 0.0)
        position += w * rightOf(tangent);
    position.y += h;
    return position;
}

// The lens position, velocity and acceleration at t (formulas in rig_evaluator.h).
LensKinematics lensKinematics(const CameraRig& rig, Flicks t) noexcept
{
    CurveSample s = channelSample(rig, RigChannel::Dolly, t);
    const CurveSample w = channelSample(rig, RigChannel::Truck, t);
    const CurveSample h = channelSample(rig, RigChannel::Pedestal, t);

    glm::dvec3 base;
    glm::dvec3 tangent;
    glm::dvec3 normal(0.0);
    double curvaturePerM = 0.0;
    glm::dvec3 curvatureRate(0.0);   // dK/ds
    if (rig.rail && rig.rail->built) {
        const Rail& rail = *rig.rail->built;
        const RailPoint point = rail.pointAt(s.value);
        // Past an end of the rail the dolly stands still. An eased move that ends exactly on
        // the rail's end can land a few ulps past it while still arriving: not a stop.
        const bool pastEnd = s.value < -kRailEndToleranceM || s.value > rail.lengthM() + kRailEndToleranceM;
        if (point.clamped && (pastEnd || !std::isfinite(s.value))) {
            s.velocity = 0.0;
            s.acceleration = 0.0;
        }
        base = point.positionM;
        tangent = point.tangent;
        normal = point.normal;
        curvaturePerM = point.curvaturePerM;
        if (w.value != 0.0 && std::isfinite(curvaturePerM) && curvaturePerM > 0.0)
            curvatureRate = curvatureVectorRate(rail.segment(point.parameter.segment), point.parameter.u);
    } else {
        tangent = headingDirection(rig.headingDeg);
        base = rig.originM + s.value * tangent;
    }

    // The right vector and its derivatives along the track (derivation at the top of the file).
    glm::dvec3 right(1.0, 0.0, 0.0);
    glm::dvec3 rightRate(0.0);     // R'
    glm::dvec3 rightRate2(0.0);    // R''
    const glm::dvec3 u = perpendicular(tangent);
    const double n = std::sqrt(u.x * u.x + u.z * u.z);
    const bool finiteBend = std::isfinite(curvaturePerM);
    if (n > kVerticalTrack) {
        right = u / n;
        if (finiteBend && curvaturePerM > 0.0) {
            const glm::dvec3 curvature = curvaturePerM * normal;
            const glm::dvec3 u1 = perpendicular(curvature);
            const glm::dvec3 u2 = perpendicular(curvatureRate);
            const double n1 = glm::dot(right, u1);
            rightRate = (u1 - n1 * right) / n;
            const double n2 = (glm::dot(u1, u1) + glm::dot(u, u2) - n1 * n1) / n;
            rightRate2 = (u2 - n2 * right - 2.0 * n1 * rightRate) / n;
        }
    }

    LensKinematics k;
    k.dollySpeedMps = s.velocity;
    k.dollyAccelerationMps2 = s.acceleration;
    k.truckRateMps = w.velocity;
    k.pedestalRateMps = h.velocity;
    const double speed2 = s.velocity * s.velocity;
    k.lateralAccelerationMps2 = speed2 == 0.0 ? 0.0 : curvaturePerM * speed2;

    k.positionM = base + w.value * right;
    k.positionM.y += h.value;

    k.velocityMps = scaled(tangent, s.velocity) + scaled(right, w.velocity);
    if (w.value != 0.0)
        k.velocityMps += scaled(rightRate, w.value * s.velocity);
    k.velocityMps.y += h.velocity;

    // At a cusp (infinite curvature) the centripetal term is infinite along the normal and the
    // right vector's rotation terms (also infinite) are left out.
    const glm::dvec3 centripetal = speed2 == 0.0 ? glm::dvec3(0.0)
                                   : finiteBend  ? curvaturePerM * speed2 * normal
                                                 : scaled(normal, kInfinity);
    k.accelerationMps2 = scaled(tangent, s.acceleration) + centripetal + scaled(right, w.acceleration);
    if (w.velocity != 0.0)
        k.accelerationMps2 += scaled(rightRate, 2.0 * w.velocity * s.velocity);
    if (w.value != 0.0)
        k.accelerationMps2 += w.value * (scaled(rightRate2, speed2) + scaled(rightRate, s.acceleration));
    k.accelerationMps2.y += h.acceleration;
    return k;
}

// Aim angles in degrees that point the lens axis along d (camera_state.h: the axis is
// (-cos(tilt) sin(pan), sin(tilt), -cos(tilt) cos(pan))).
struct Aim {
    double panDeg = 0.0;
    double tiltDeg = 0.0;
};

Aim aimAlong(const glm::dvec3& d) noexcept
{
    const double horizontal = std::sqrt(d.x * d.x + d.z * d.z);
    Aim aim;
    if (horizontal > 0.0) {
        aim.panDeg = std::atan2(-d.x, -d.z) * kRadToDeg;
        if (aim.panDeg <= -180.0)
            aim.panDeg = 180.0;   // atan2(-0, negative) is -180: keep pan in (-180, 180]
    }
    if (horizontal > 0.0 || d.y != 0.0)
        aim.tiltDeg = std::atan2(d.y, horizontal) * kRadToDeg;
    return aim;
}

// Rates of the aim angles in degrees per second for relative position d and its rate dRate:
//   pan'  = (dz dx' - dx dz') / (dx^2 + dz^2)
//   tilt' = (g dy' - dy g') / (g^2 + dy^2),  g = |(dx, dz)|, g' = (dx dx' + dz dz') / g
// 0 straight above or below, where pan is undefined.
Aim aimRate(const glm::dvec3& d, const glm::dvec3& dRate) noexcept
{
    const double g2 = d.x * d.x + d.z * d.z;
    Aim rate;
    if (!(g2 > 0.0))
        return rate;
    const double g = std::sqrt(g2);
    rate.panDeg = (d.z * dRate.x - d.x * dRate.z) / g2 * kRadToDeg;
    const double gRate = (d.x * dRate.x + d.z * dRate.z) / g;
    rate.tiltDeg = (g * dRate.y - d.y * gRate) / (g2 + d.y * d.y) * kRadToDeg;
    return rate;
}

// The focus distance to a target at d, clamped to the FocusDistance range, and whether it was clamped.
double followFocusM(const glm::dvec3& d, bool& clamped) noexcept
{
    const RigChannelInfo& info = rigChannelInfo(RigChannel::FocusDistance);
    const double distanceM = glm::length(d);
    clamped = !(distanceM >= info.minValue && distanceM <= info.maxValue);
    if (!(distanceM >= info.minValue))
        return info.minValue;
    return distanceM > info.maxValue ? info.maxValue : distanceM;
}

bool aimsAtTarget(const CameraRig& rig, const RigTargets& targets) noexcept
{
    return aimsAtActor(rig.aim) && targets.aim.has_value();
}

bool holdsFraming(const CameraRig& rig, const RigTargets& targets) noexcept
{
    return rig.aim == AimMode::HoldFraming && targets.aim.has_value() && std::isfinite(targets.aim->statureM)
           && targets.aim->statureM > 0.0;
}

// The lens axis for pan and tilt in degrees (camera_state.h).
glm::dvec3 lensAxis(double panDeg, double tiltDeg) noexcept
{
    const double p = panDeg * kDegToRad;
    const double c = std::cos(tiltDeg * kDegToRad);
    return {-c * std::sin(p), std::sin(tiltDeg * kDegToRad), -c * std::cos(p)};
}

// The hold-framing focal length for a target at d from the lens (rig_evaluator.h):
// f = F * gate.h * z / S with z = d . axis, clamped to the FocalLength range.
struct HeldFocal {
    double focalLengthMm = 0.0;
    double mmPerDepthM = 0.0;   // df/dz = F * gate.h / S
    bool clamped = false;
};

HeldFocal heldFocal(const CameraRig& rig, double depthM, double statureM, const Gate& gate) noexcept
{
    const RigChannelInfo& info = rigChannelInfo(RigChannel::FocalLength);
    HeldFocal held;
    held.mmPerDepthM = rig.holdFrameFraction * gate.heightMm / statureM;
    const double focalMm = held.mmPerDepthM * depthM;
    held.clamped = !(focalMm >= info.minValue && focalMm <= info.maxValue);
    held.focalLengthMm = !(focalMm >= info.minValue) ? info.minValue : focalMm > info.maxValue ? info.maxValue : focalMm;
    return held;
}

bool focusFollows(const CameraRig& rig, const RigTargets& targets) noexcept
{
    return !rig.focusActor.empty() && targets.focus.has_value();
}

// Shot time moved by `step` flicks, saturating at the ends of int64.
Flicks shifted(Flicks t, Flicks step) noexcept
{
    constexpr Flicks kMax = std::numeric_limits<Flicks>::max();
    constexpr Flicks kMin = std::numeric_limits<Flicks>::min();
    if (step > 0 && t > kMax - step)
        return kMax;
    if (step < 0 && t < kMin - step)
        return kMin;
    return t + step;
}

// NaN only arises where an infinite channel derivative meets another; report it as infinite.
double defined(double value) noexcept
{
    return std::isnan(value) ? kInfinity : value;
}

glm::dvec3 defined(const glm::dvec3& v) noexcept
{
    return {defined(v.x), defined(v.y), defined(v.z)};
}

} // namespace

CameraState evaluateRig(const CameraRig& rig, Flicks t, const Gate& gate, const RigTargets& targets) noexcept
{
    CameraState state;
    state.positionM = lensPosition(rig, t);
    state.panDeg = channelValue(rig, RigChannel::Pan, t);
    state.tiltDeg = channelValue(rig, RigChannel::Tilt, t);
    state.rollDeg = channelValue(rig, RigChannel::Roll, t);
    if (aimsAtTarget(rig, targets)) {
        const Aim aim = aimAlong(targets.aim->positionM - state.positionM);
        state.panDeg += aim.panDeg;
        state.tiltDeg += aim.tiltDeg;
    }
    if (holdsFraming(rig, targets)) {
        const double depthM = glm::dot(targets.aim->positionM - state.positionM, lensAxis(state.panDeg, state.tiltDeg));
        state.focalLengthMm = heldFocal(rig, depthM, targets.aim->statureM, gate).focalLengthMm;
    } else {
        state.focalLengthMm = channelValue(rig, RigChannel::FocalLength, t);
    }
    if (focusFollows(rig, targets)) {
        bool clamped = false;
        state.focusDistanceM = followFocusM(targets.focus->positionM - state.positionM, clamped);
    } else {
        state.focusDistanceM = channelValue(rig, RigChannel::FocusDistance, t);
    }
    state.fStop = channelValue(rig, RigChannel::FStop, t);
    state.gate = gate;
    return state;
}

RigMotion evaluateRigMotion(const CameraRig& rig, Flicks t, FrameRate rate, const Gate& gate,
                            const RigTargets& targets) noexcept
{
    const LensKinematics lens = lensKinematics(rig, t);
    RigMotion motion;
    motion.velocityMps = lens.velocityMps;
    motion.accelerationMps2 = lens.accelerationMps2;
    motion.speedMps = glm::length(lens.velocityMps);
    motion.dollySpeedMps = lens.dollySpeedMps;
    motion.dollyAccelerationMps2 = lens.dollyAccelerationMps2;
    motion.lateralAccelerationMps2 = lens.lateralAccelerationMps2;

    // Jerk: symmetric difference of the analytic acceleration over +-1/10 frame.
    const FrameRate usable = rate.numerator > 0 && rate.denominator > 0 ? rate : FrameRate{};
    const Flicks step = std::max<Flicks>(usable.flicksPerFrame() / kJerkStepsPerFrame, 1);
    const Flicks before = shifted(t, -step);
    const Flicks after = shifted(t, step);
    const double spanS = flicksToSeconds(after - before);
    const LensKinematics early = lensKinematics(rig, before);
    const LensKinematics late = lensKinematics(rig, after);
    motion.jerkMps3 = (late.accelerationMps2 - early.accelerationMps2) / spanS;
    motion.dollyJerkMps3 = (late.dollyAccelerationMps2 - early.dollyAccelerationMps2) / spanS;

    motion.truckRateMps = lens.truckRateMps;
    motion.pedestalRateMps = lens.pedestalRateMps;
    motion.panRateDegPerS = channelSample(rig, RigChannel::Pan, t).velocity;
    motion.tiltRateDegPerS = channelSample(rig, RigChannel::Tilt, t).velocity;
    motion.rollRateDegPerS = channelSample(rig, RigChannel::Roll, t).velocity;
    if (aimsAtTarget(rig, targets)) {
        const Aim aim = aimRate(targets.aim->positionM - lens.positionM, targets.aim->velocityMps - lens.velocityMps);
        motion.panRateDegPerS += aim.panDeg;
        motion.tiltRateDegPerS += aim.tiltDeg;
    }
    if (holdsFraming(rig, targets)) {
        // z = d . axis, z' = d' . axis + d . axis', axis' = pan' daxis/dpan + tilt' daxis/dtilt.
        const glm::dvec3 d = targets.aim->positionM - lens.positionM;
        const glm::dvec3 dRate = targets.aim->velocityMps - lens.velocityMps;
        const Aim aim = aimAlong(d);
        const double panRad = (channelValue(rig, RigChannel::Pan, t) + aim.panDeg) * kDegToRad;
        const double tiltRad = (channelValue(rig, RigChannel::Tilt, t) + aim.tiltDeg) * kDegToRad;
        const double sp = std::sin(panRad);
        const double cp = std::cos(panRad);
        const double st = std::sin(tiltRad);
        const double ct = std::cos(tiltRad);
        const glm::dvec3 axis(-ct * sp, st, -ct * cp);
        const glm::dvec3 axisPerPan(-ct * cp, 0.0, ct * sp);
        const glm::dvec3 axisPerTilt(st * sp, ct, st * cp);
        const glm::dvec3 axisRate = (motion.panRateDegPerS * kDegToRad) * axisPerPan
                                    + (motion.tiltRateDegPerS * kDegToRad) * axisPerTilt;
        const HeldFocal held = heldFocal(rig, glm::dot(d, axis), targets.aim->statureM, gate);
        motion.focalLengthRateMmPerS
            = held.clamped ? 0.0 : held.mmPerDepthM * (glm::dot(dRate, axis) + glm::dot(d, axisRate));
    } else {
        motion.focalLengthRateMmPerS = channelSample(rig, RigChannel::FocalLength, t).velocity;
    }
    if (focusFollows(rig, targets)) {
        const glm::dvec3 d = targets.focus->positionM - lens.positionM;
        bool clamped = false;
        const double distanceM = followFocusM(d, clamped);
        motion.focusRateMps
            = clamped ? 0.0 : glm::dot(d, targets.focus->velocityMps - lens.velocityMps) / distanceM;
    } else {
        motion.focusRateMps = channelSample(rig, RigChannel::FocusDistance, t).velocity;
    }

    motion.velocityMps = defined(motion.velocityMps);
    motion.accelerationMps2 = defined(motion.accelerationMps2);
    motion.jerkMps3 = defined(motion.jerkMps3);
    motion.speedMps = defined(motion.speedMps);
    motion.lateralAccelerationMps2 = defined(motion.lateralAccelerationMps2);
    motion.dollyJerkMps3 = defined(motion.dollyJerkMps3);
    motion.panRateDegPerS = defined(motion.panRateDegPerS);
    motion.tiltRateDegPerS = defined(motion.tiltRateDegPerS);
    motion.focusRateMps = defined(motion.focusRateMps);
    motion.focalLengthRateMmPerS = defined(motion.focalLengthRateMmPerS);
    return motion;
}

} // namespace murnau
