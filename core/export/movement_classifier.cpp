// Classifying a shot's camera movement from its evaluated frames (movement_classifier.h).

#include "core/export/movement_classifier.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include <glm/geometric.hpp>

#include "core/optics/lens.h"
#include "core/optics/projection.h"
#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegPerRad = 180.0 / kPi;

// Running minimum and maximum of one quantity.
struct Span {
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    void add(double value) noexcept
    {
        lo = std::min(lo, value);
        hi = std::max(hi, value);
    }
    [[nodiscard]] double range() const noexcept { return hi >= lo ? hi - lo : 0.0; }
};

// `angle` shifted by whole turns to lie within half a turn of `previous`, degrees.
double unwrapDeg(double angle, double previous) noexcept
{
    return previous + std::remainder(angle - previous, 360.0);
}

// The look-at angles from `fromM` to `toM` (rig_evaluator.h: pan = atan2(-dx, -dz),
// tilt = atan2(dy, |(dx, dz)|)), degrees.
struct Aim {
    double panDeg = 0.0;
    double tiltDeg = 0.0;
};
Aim aimDeg(const glm::dvec3& fromM, const glm::dvec3& toM) noexcept
{
    const glm::dvec3 d = toM - fromM;
    const double horizontal = std::hypot(d.x, d.z);
    Aim aim;
    aim.panDeg = horizontal > 0.0 ? std::atan2(-d.x, -d.z) * kDegPerRad : 0.0;
    aim.tiltDeg = std::atan2(d.y, horizontal) * kDegPerRad;
    return aim;
}

// The start's horizontal line of sight: towards the subject's eyes, else along the lens axis,
// else (a lens looking straight up or down) along the pan. Unit length.
glm::dvec3 lineOfSight(const MovementFrame& first) noexcept
{
    if (first.subjectEyesM) {
        const glm::dvec3 d = *first.subjectEyesM - first.camera.positionM;
        const double horizontal = std::hypot(d.x, d.z);
        if (horizontal > 1e-3)
            return {d.x / horizontal, 0.0, d.z / horizontal};
    }
    const glm::dvec3 forward = cameraForward(first.camera);
    const double horizontal = std::hypot(forward.x, forward.z);
    if (horizontal > 1e-6)
        return {forward.x / horizontal, 0.0, forward.z / horizontal};
    const double pan = first.camera.panDeg / kDegPerRad;
    return {-std::sin(pan), 0.0, -std::cos(pan)};
}

// The largest horizontal distance of the positions from the chord first -> last, over the
// chord's length; infinite when the path returns to its start horizontally (a closed orbit).
double pathBow(std::span<const glm::dvec3> positions, double minTravelM) noexcept
{
    const glm::dvec3 a = positions.front();
    const glm::dvec3 b = positions.back();
    const glm::dvec2 chord{b.x - a.x, b.z - a.z};
    const double length = glm::length(chord);
    double farthest = 0.0;
    for (const glm::dvec3& p : positions) {
        const glm::dvec2 offset{p.x - a.x, p.z - a.z};
        const double distance = length > 0.0 ? std::abs(offset.x * chord.y - offset.y * chord.x) / length
                                             : glm::length(offset);
        farthest = std::max(farthest, distance);
    }
    if (length < minTravelM)
        return farthest >= minTravelM ? std::numeric_limits<double>::infinity() : 0.0;
    return farthest / length;
}

} // namespace

std::string_view movementClassLabel(MovementClass movement) noexcept
{
    switch (movement) {
    case MovementClass::Static: return "static";
    case MovementClass::PushIn: return "push in";
    case MovementClass::TrackOut: return "track out";
    case MovementClass::Truck: return "truck";
    case MovementClass::Pedestal: return "pedestal";
    case MovementClass::Pan: return "pan";
    case MovementClass::Tilt: return "tilt";
    case MovementClass::Zoom: return "zoom";
    case MovementClass::DollyZoom: return "dolly zoom";
    case MovementClass::Orbit: return "orbit";
    case MovementClass::Follow: return "follow";
    case MovementClass::Combined: return "combined";
    }
    return "static";
}

std::string movementPartsLabel(std::span<const MovementClass> parts)
{
    if (parts.empty())
        return std::string(movementClassLabel(MovementClass::Static));
    std::string text;
    for (const MovementClass part : parts) {
        if (!text.empty())
            text += " + ";
        text += movementClassLabel(part);
    }
    return text;
}

MovementClassification classifyMovement(std::span<const MovementFrame> frames, const MovementThresholds& thresholds)
{
    MovementClassification result;
    result.parts = {MovementClass::Static};
    if (frames.size() < 2)
        return result;
    MovementMeasures& m = result.measures;
    const MovementFrame& first = frames.front();
    const bool hasSubject = std::all_of(frames.begin(), frames.end(),
                                        [](const MovementFrame& f) { return f.subjectEyesM.has_value(); });

    // Travel, extent, the subject's travel, focal lengths, head angles.
    std::vector<glm::dvec3> positions;
    positions.reserve(frames.size());
    Span focal, pan, tilt, roll, panResidual, tiltResidual, bearing;
    double previousPan = first.camera.panDeg, previousRoll = first.camera.rollDeg;
    double previousPanResidual = 0.0, previousBearing = 0.0;
    bool haveBearing = false;
    for (std::size_t k = 0; k < frames.size(); ++k) {
        const MovementFrame& f = frames[k];
        const CameraState& c = f.camera;
        positions.push_back(c.positionM);
        if (k > 0) {
            m.travelM += glm::length(c.positionM - frames[k - 1].camera.positionM);
            if (hasSubject)
                m.subjectTravelM += glm::length(*f.subjectEyesM - *frames[k - 1].subjectEyesM);
        }
        m.extentM = std::max(m.extentM, glm::length(c.positionM - first.camera.positionM));
        focal.add(c.focalLengthMm);
        previousPan = unwrapDeg(c.panDeg, previousPan);
        pan.add(previousPan);
        tilt.add(c.tiltDeg);
        previousRoll = unwrapDeg(c.rollDeg, previousRoll);
        roll.add(previousRoll);
        if (hasSubject) {
            const Aim aim = aimDeg(c.positionM, *f.subjectEyesM);
            const double residual = previousPan - aim.panDeg;
            previousPanResidual = k == 0 ? residual : unwrapDeg(residual, previousPanResidual);
            panResidual.add(previousPanResidual);
            tiltResidual.add(c.tiltDeg - aim.tiltDeg);
            const glm::dvec3 out = c.positionM - *f.subjectEyesM;
            if (std::hypot(out.x, out.z) > 1e-6) {
                const double b = std::atan2(-out.x, -out.z) * kDegPerRad;
                previousBearing = haveBearing ? unwrapDeg(b, previousBearing) : b;
                haveBearing = true;
                bearing.add(previousBearing);
            }
        }
    }
    m.panRangeDeg = pan.range();
    m.tiltRangeDeg = tilt.range();
    m.rollRangeDeg = roll.range();
    m.panResidualDeg = hasSubject ? panResidual.range() : m.panRangeDeg;
    m.tiltResidualDeg = hasSubject ? tiltResidual.range() : m.tiltRangeDeg;
    m.focalRatio = focal.lo > 0.0 ? focal.hi / focal.lo : 1.0;
    m.orbitSweepDeg = bearing.range();

    // The subject's frame fraction, held or not.
    if (first.subjectFraction && *first.subjectFraction > 0.0) {
        double deviation = 0.0;
        bool complete = true;
        for (const MovementFrame& f : frames) {
            if (!f.subjectFraction) {
                complete = false;
                break;
            }
            deviation = std::max(deviation, std::abs(*f.subjectFraction / *first.subjectFraction - 1.0));
        }
        if (complete)
            m.sizeDeviation = deviation;
    }

    // What a pan or tilt has to sweep here: a share of the angle of view at the start.
    const Result<AngleOfView> view = angleOfView(first.camera.gate, first.camera.focalLengthMm);
    m.panThresholdDeg = std::max(thresholds.minAngleDeg,
                                 view ? thresholds.minAngleOfViewShare * view->horizontalDeg : 0.0);
    m.tiltThresholdDeg = std::max(thresholds.minAngleDeg,
                                  view ? thresholds.minAngleOfViewShare * view->verticalDeg : 0.0);

    const bool cameraStands = m.travelM < thresholds.minTravelM;
    const bool headStill = m.panRangeDeg < thresholds.minAngleDeg && m.tiltRangeDeg < thresholds.minAngleDeg
                           && m.rollRangeDeg < thresholds.minAngleDeg;
    const bool zooms = m.focalRatio >= thresholds.minFocalRatio;
    if (cameraStands && headStill && !zooms)
        return result;

    // Following: the camera travels with the subject.
    if (hasSubject && !cameraStands && m.subjectTravelM >= thresholds.minTravelM
        && m.travelM >= thresholds.followMinTravelShare * m.subjectTravelM) {
        const glm::dvec3 offset0 = first.camera.positionM - *first.subjectEyesM;
        double offsetChange = 0.0;
        for (const MovementFrame& f : frames)
            offsetChange = std::max(offsetChange, glm::length(f.camera.positionM - *f.subjectEyesM - offset0));
        m.follows = offsetChange <= thresholds.followMaxOffsetShare * m.subjectTravelM;
    }

    // Translation components: of the camera, or of its offset from the subject when following.
    const glm::dvec3 along = lineOfSight(first);
    const glm::dvec3 across{-along.z, 0.0, along.x};
    Span alongSpan, acrossSpan, heightSpan;
    for (const MovementFrame& f : frames) {
        glm::dvec3 d = f.camera.positionM - first.camera.positionM;
        if (m.follows)
            d -= *f.subjectEyesM - *first.subjectEyesM;
        const double a = glm::dot(d, along);
        alongSpan.add(a);
        acrossSpan.add(glm::dot(d, across));
        heightSpan.add(d.y);
        if (std::abs(a) > std::abs(m.alongExtremeM))
            m.alongExtremeM = a;
    }
    m.alongRangeM = alongSpan.range();
    m.acrossRangeM = acrossSpan.range();
    m.heightRangeM = heightSpan.range();
    m.pathBow = cameraStands ? 0.0 : pathBow(positions, thresholds.minTravelM);

    // The parts.
    std::vector<MovementClass> parts;
    const double componentMinM = std::max(thresholds.minTravelM, thresholds.minComponentShare * m.extentM);
    const bool orbits = hasSubject && !cameraStands && !m.follows && m.orbitSweepDeg >= thresholds.orbitMinSweepDeg
                        && m.pathBow >= thresholds.orbitMinBow;
    const bool alongCounts = !cameraStands && !orbits && m.alongRangeM >= componentMinM;
    const bool acrossCounts = !cameraStands && !orbits && m.acrossRangeM >= componentMinM;
    const bool heightCounts = !cameraStands && m.heightRangeM >= componentMinM;
    const bool dollyZoom = alongCounts && zooms && m.sizeDeviation
                           && *m.sizeDeviation <= thresholds.dollyZoomSizeTolerance;
    const bool pans = m.panRangeDeg >= m.panThresholdDeg && (cameraStands || m.panResidualDeg >= m.panThresholdDeg);
    const bool tilts = m.tiltRangeDeg >= m.tiltThresholdDeg
                       && (cameraStands || m.tiltResidualDeg >= m.tiltThresholdDeg);

    if (alongCounts && !dollyZoom)
        parts.push_back(m.alongExtremeM > 0.0 ? MovementClass::PushIn : MovementClass::TrackOut);
    if (acrossCounts)
        parts.push_back(MovementClass::Truck);
    if (heightCounts)
        parts.push_back(MovementClass::Pedestal);
    if (pans)
        parts.push_back(MovementClass::Pan);
    if (tilts)
        parts.push_back(MovementClass::Tilt);
    if (zooms && !dollyZoom)
        parts.push_back(MovementClass::Zoom);
    if (dollyZoom)
        parts.push_back(MovementClass::DollyZoom);
    if (orbits)
        parts.push_back(MovementClass::Orbit);
    if (m.follows)
        parts.push_back(MovementClass::Follow);
    std::sort(parts.begin(), parts.end());

    if (parts.empty()) {
        result.parts = {MovementClass::Static};
        return result;
    }
    result.movement = parts.size() == 1 ? parts.front() : MovementClass::Combined;
    result.parts = std::move(parts);
    return result;
}

std::vector<ShotSample> movementSamples(const ShotEvaluator& evaluator)
{
    Result<std::vector<ShotSample>> samples = evaluator.sampleShot(1);
    if (!samples)
        return {};
    std::vector<ShotSample> out = std::move(samples).value();
    const Flicks endInstant = evaluator.durationFlicks() - 1;
    if (!out.empty() && endInstant > out.back().time)
        out.push_back(evaluator.sampleAt(endInstant));
    return out;
}

std::vector<MovementFrame> movementFrames(std::span<const ShotSample> samples, std::span<const Actor> actors,
                                          std::optional<std::size_t> subject)
{
    std::vector<MovementFrame> frames;
    frames.reserve(samples.size());
    for (const ShotSample& sample : samples) {
        MovementFrame frame;
        frame.camera = sample.camera;
        if (subject && *subject < actors.size() && *subject < sample.actors.size()) {
            const ActorSample& actor = sample.actors[*subject];
            frame.subjectEyesM = actor.pose.positionM + glm::dvec3(0.0, landmark::kEye * actors[*subject].heightM, 0.0);
            if (actor.framing)
                frame.subjectFraction = actor.framing->subjectFraction;
        }
        frames.push_back(frame);
    }
    return frames;
}

std::vector<MovementFrame> movementFrames(const ShotEvaluator& evaluator, std::optional<std::size_t> subject)
{
    return movementFrames(movementSamples(evaluator), evaluator.actors(), subject);
}

} // namespace murnau
