// Rails, walks, actors, the camera's path, its wedge and distance readouts on the plan.

#include "core/plan/plan_paths.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/analysis/track_geometry.h"
#include "core/optics/lens.h"
#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

// Initial pieces per rail segment, most halvings of a piece, and the share of the tolerance the
// probes must meet (the margin covers the curve between the probes).
constexpr int kPiecesPerSegment = 4;
constexpr int kMaxHalvings = 24;
constexpr double kProbeShare = 0.9;

// Appends the rail's plan points on (aM, bM] to `out`, given the plan points at both ends.
class RailSampler {
public:
    RailSampler(const Rail& rail, double toleranceM, PlanPolyline& out)
        : m_rail(rail), m_toleranceM(kProbeShare * toleranceM), m_out(out)
    {
    }

    [[nodiscard]] glm::dvec2 at(double distanceM) const noexcept
    {
        return planPoint(m_rail.pointAt(distanceM).positionM);
    }

    void refine(double aM, double bM, const glm::dvec2& pa, const glm::dvec2& pb, int depth)
    {
        const double lengthM = bM - aM;
        const glm::dvec2 mid = at(aM + 0.5 * lengthM);
        if (depth < kMaxHalvings) {
            const double deviation = std::max({distanceToSegmentM(at(aM + 0.25 * lengthM), pa, pb),
                                               distanceToSegmentM(mid, pa, pb),
                                               distanceToSegmentM(at(aM + 0.75 * lengthM), pa, pb)});
            if (deviation > m_toleranceM) {
                refine(aM, aM + 0.5 * lengthM, pa, mid, depth + 1);
                refine(aM + 0.5 * lengthM, bM, mid, pb, depth + 1);
                return;
            }
        }
        m_out.pointsM.push_back(pb);
        m_out.distancesM.push_back(bM);
    }

private:
    const Rail& m_rail;
    double m_toleranceM;
    PlanPolyline& m_out;
};

bool finite(const glm::dvec3& v) noexcept
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

// The user points of a made rail path, on the plan.
std::vector<glm::dvec2> railUserPoints(const RailPath& path)
{
    std::vector<glm::dvec2> points;
    if (path.kind == RailKind::Bezier) {
        points.reserve(path.bezierPoints.size());
        for (const BezierRailPoint& point : path.bezierPoints)
            points.push_back(planPoint(point.positionM));
    } else {
        points.reserve(path.pointsM.size());
        for (const glm::dvec3& point : path.pointsM)
            points.push_back(planPoint(point));
    }
    return points;
}

} // namespace

Result<PlanPolyline> planRailPolyline(const Rail& rail, double chordToleranceM)
{
    Result<double> tolerance = checkedChordToleranceM(chordToleranceM, "chordToleranceM");
    if (!tolerance)
        return tolerance.error();
    PlanPolyline polyline;
    RailSampler sampler(rail, chordToleranceM, polyline);
    glm::dvec2 previous = sampler.at(0.0);
    polyline.pointsM.push_back(previous);
    polyline.distancesM.push_back(0.0);
    for (std::size_t i = 0; i < rail.segmentCount(); ++i) {
        const double startM = rail.distanceToPointM(i);
        const double endM = rail.distanceToPointM(i + 1);
        for (int k = 0; k < kPiecesPerSegment; ++k) {
            const double aM = startM + (endM - startM) * static_cast<double>(k) / kPiecesPerSegment;
            const double bM = k + 1 == kPiecesPerSegment
                ? endM
                : startM + (endM - startM) * static_cast<double>(k + 1) / kPiecesPerSegment;
            const glm::dvec2 next = sampler.at(bM);
            sampler.refine(aM, bM, previous, next, 0);
            previous = next;
        }
    }
    return polyline;
}

Result<PlanTrack> planTrack(const Shot& shot, double chordToleranceM, std::string_view field)
{
    const std::string prefix(field);
    Result<double> tolerance = checkedChordToleranceM(chordToleranceM, "chordToleranceM");
    if (!tolerance)
        return tolerance.error();
    const CameraRig& rig = shot.rig;
    PlanTrack track;
    if (rig.rail) {
        if (!rig.rail->built)
            return fail(prefix + ".rig.rail", "the rail was not built from its points");
        Result<PlanPolyline> path = planRailPolyline(*rig.rail->built, chordToleranceM);
        if (!path)
            return path.error();
        track.isRail = true;
        track.path = std::move(path).value();
        track.railPointsM = railUserPoints(*rig.rail);
        return track;
    }

    if (!finite(rig.originM))
        return fail(prefix + ".rig.originM", "the track's start must be finite");
    if (!std::isfinite(rig.headingDeg))
        return fail(prefix + ".rig.headingDeg", "the track's heading must be a finite number of degrees");
    if (shot.frameRate.numerator <= 0 || shot.frameRate.denominator <= 0)
        return fail(prefix + ".frameRate", "the frame rate must be positive");
    if (shot.durationFlicks <= 0)
        return fail(prefix + ".durationFlicks", "the shot must last longer than zero");

    const Flicks perFrame = shot.frameRate.flicksPerFrame();
    double lowM = dollyPositionM(rig, shot.durationFlicks);
    double highM = lowM;
    for (Flicks t = 0; t < shot.durationFlicks; t += perFrame) {
        const double s = dollyPositionM(rig, t);
        lowM = std::min(lowM, s);
        highM = std::max(highM, s);
    }
    track.path.pointsM = {planPoint(trackPointM(rig, lowM)), planPoint(trackPointM(rig, highM))};
    track.path.distancesM = {lowM, highM};
    return track;
}

Result<PlanBlocking> planBlocking(const ActorBlocking& blocking, double chordToleranceM, std::string_view field)
{
    Result<double> tolerance = checkedChordToleranceM(chordToleranceM, "chordToleranceM");
    if (!tolerance)
        return tolerance.error();
    if (blocking.marks.empty() || blocking.walks.size() + 1 != blocking.marks.size())
        return fail(std::string(field) + ".walks", "the blocking's walks were not built (makeActorBlocking)");

    PlanBlocking plan;
    plan.actor = blocking.actor;
    plan.marks.reserve(blocking.marks.size());
    for (const Mark& mark : blocking.marks) {
        plan.marks.push_back(
            {mark.name, planPoint(mark.positionM), mark.facingDeg, yawDirection(mark.facingDeg), mark.arriveAt, mark.leaveAt});
    }
    plan.walks.reserve(blocking.walks.size());
    for (std::size_t i = 0; i < blocking.walks.size(); ++i) {
        const Mark& from = blocking.marks[i];
        const Mark& to = blocking.marks[i + 1];
        PlanWalk walk;
        walk.fromMark = i;
        walk.leaveAt = from.leaveAt;
        walk.arriveAt = to.arriveAt;
        for (const glm::dvec3& via : to.viaM)
            walk.viaM.push_back(planPoint(via));
        if (const Rail* rail = blocking.walks[i].get()) {
            Result<PlanPolyline> path = planRailPolyline(*rail, chordToleranceM);
            if (!path)
                return path.error();
            walk.path = std::move(path).value();
            walk.lengthM = rail->lengthM();
            walk.speedMps = walk.lengthM / flicksToSeconds(walk.arriveAt - walk.leaveAt);
        }
        plan.walks.push_back(std::move(walk));
    }
    return plan;
}

PlanActor planActor(std::size_t index, const Actor& actor, const ActorPose& pose)
{
    PlanActor plan;
    plan.index = index;
    plan.name = actor.name;
    plan.positionM = planPoint(pose.positionM);
    plan.facingDeg = pose.facingDeg;
    plan.facingDirection = yawDirection(pose.facingDeg);
    plan.radiusM = 0.5 * segment::kShoulderWidth * actor.heightM;
    plan.walking = pose.walking;
    plan.speedMps = pose.speedMps;
    return plan;
}

Result<std::vector<PlanCameraSample>> planCameraPath(const ShotEvaluator& evaluator, std::int64_t everyFrames)
{
    if (everyFrames < 1)
        return fail("everyFrames", fmt::format("must sample every 1 or more frames, got {}", everyFrames));
    const FrameRate rate = evaluator.frameRate();
    const std::int64_t frames = evaluator.frameCount();
    std::vector<PlanCameraSample> path;
    if (frames < 1)
        return path;
    const std::int64_t regular = (frames - 1) / everyFrames + 1;
    const bool lastExtra = (frames - 1) % everyFrames != 0;
    path.reserve(static_cast<std::size_t>(regular + (lastExtra ? 1 : 0)));
    const auto sample = [&](std::int64_t frame) {
        const Flicks t = framesToFlicks(frame, rate);
        const CameraState camera = evaluator.cameraAt(t);
        path.push_back({frame, t, planPoint(camera.positionM), camera.positionM.y, camera.panDeg});
    };
    for (std::int64_t k = 0; k < regular; ++k)
        sample(k * everyFrames);
    if (lastExtra)
        sample(frames - 1);
    return path;
}

Result<PlanWedge> planViewWedge(const CameraState& camera, double lengthM)
{
    if (!std::isfinite(lengthM) || !(lengthM > 0.0) || lengthM > kMaxPlanCoordinateM) {
        return fail("lengthM", fmt::format("the wedge's length must be a positive number of metres up to {}, got {}",
                                           kMaxPlanCoordinateM, lengthM));
    }
    if (!finite(camera.positionM))
        return fail("positionM", "the camera position must be finite");
    if (!std::isfinite(camera.panDeg))
        return fail("panDeg", "the pan must be a finite number of degrees");
    if (!std::isfinite(camera.focusDistanceM))
        return fail("focusDistanceM", "the focus distance must be a finite number of metres");
    Result<AngleOfView> angles = angleOfView(camera.gate, camera.focalLengthMm);
    if (!angles)
        return angles.error();

    PlanWedge wedge;
    wedge.apexM = planPoint(camera.positionM);
    wedge.axisDirection = yawDirection(camera.panDeg);
    wedge.halfAngleDeg = 0.5 * angles->horizontalDeg;
    wedge.lengthM = lengthM;
    wedge.focusDistanceM = camera.focusDistanceM;
    const glm::dvec2 right = localToPlan({1.0, 0.0}, camera.panDeg, {0.0, 0.0});
    const double spread = std::tan(degToRad(wedge.halfAngleDeg));
    const auto across = [&](double depthM, double side) {
        return wedge.apexM + depthM * wedge.axisDirection + side * depthM * spread * right;
    };
    wedge.farLeftM = across(lengthM, -1.0);
    wedge.farRightM = across(lengthM, 1.0);
    wedge.focusLeftM = across(camera.focusDistanceM, -1.0);
    wedge.focusRightM = across(camera.focusDistanceM, 1.0);
    return wedge;
}

PlanDistance planDistance(const CameraState& camera, std::size_t actorIndex, const Actor& actor, const ActorPose& pose)
{
    PlanDistance readout;
    readout.actorIndex = actorIndex;
    readout.actor = actor.name;
    readout.lensM = planPoint(camera.positionM);
    readout.actorM = planPoint(pose.positionM);
    readout.labelAnchorM = 0.5 * (readout.lensM + readout.actorM);
    readout.floorDistanceM = glm::length(readout.actorM - readout.lensM);
    const glm::dvec3 eyesM = pose.positionM + glm::dvec3(0.0, landmark::kEye * actor.heightM, 0.0);
    readout.eyeDistanceM = glm::length(eyesM - camera.positionM);
    return readout;
}

Result<PlanDistance> planDistanceAt(const ShotEvaluator& evaluator, std::size_t actorIndex, Flicks t)
{
    if (actorIndex >= evaluator.actors().size()) {
        return fail("actorIndex", fmt::format("no actor {} (the project has {})", actorIndex, evaluator.actors().size()));
    }
    return planDistance(evaluator.cameraAt(t), actorIndex, evaluator.actors()[actorIndex],
                        evaluator.actorPose(actorIndex, t));
}

} // namespace murnau
