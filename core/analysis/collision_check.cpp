// Camera-body and track collisions (method in collision_check.h).

#include "core/analysis/collision_check.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <functional>

#include <fmt/format.h>

#include "core/analysis/collision_shapes.h"
#include "core/analysis/report_text.h"
#include "core/analysis/track_geometry.h"

namespace murnau {

namespace {

// Blocked stretches of track are refined to this, metres.
constexpr double kTrackResolutionM = 1e-3;
// At most this many points are tested along the track.
constexpr double kMaxTrackPoints = 100'000.0;

// The first instant in (free, hit] where `touches` holds, given touches(free) is false and
// touches(hit) true (free < hit), to the flick.
Flicks firstTouch(Flicks free, Flicks hit, const std::function<bool(Flicks)>& touches)
{
    while (hit - free > 1) {
        const Flicks mid = free + (hit - free) / 2;
        (touches(mid) ? hit : free) = mid;
    }
    return hit;
}

// The last instant in [hit, free) where `touches` holds, given touches(hit) and not touches(free).
Flicks lastTouch(Flicks hit, Flicks free, const std::function<bool(Flicks)>& touches)
{
    while (free - hit > 1) {
        const Flicks mid = hit + (free - hit) / 2;
        (touches(mid) ? hit : free) = mid;
    }
    return hit;
}

// The boundary between a free and a blocked distance along the track, to kTrackResolutionM:
// the blocked side's end of the final interval.
double trackBoundaryM(double freeM, double blockedM, const std::function<bool(double)>& blocked)
{
    while (std::fabs(blockedM - freeM) > kTrackResolutionM) {
        const double mid = 0.5 * (freeM + blockedM);
        (blocked(mid) ? blockedM : freeM) = mid;
    }
    return blockedM;
}

} // namespace

std::string_view obstacleKindKey(ObstacleKind kind) noexcept
{
    return kind == ObstacleKind::Actor ? "actor" : "set_piece";
}

std::string_view collisionBodyKey(CollisionBody body) noexcept
{
    return body == CollisionBody::Dolly ? "dolly" : "camera";
}

std::vector<RigCollision> findRigCollisions(const ShotEvaluator& evaluator, const CameraRig& rig,
                                            const SetDescription& set, const ReportTimeline& timeline,
                                            const CollisionSizes& sizes)
{
    // Obstacles 0..pieces-1 are set pieces, then actors, for the camera; then actors for the dolly.
    const std::size_t pieces = set.pieces.size();
    const std::size_t actors = evaluator.actors().size();
    const std::size_t cameraObstacles = pieces + actors;
    const std::size_t obstacles = cameraObstacles + actors;
    // Where the rig is at one instant: the lens, and the track's centre line under the dolly.
    struct Rig {
        glm::dvec3 lensM;
        glm::dvec3 dollyM;
    };
    const auto rigAt = [&](Flicks t) {
        return Rig{evaluator.cameraAt(t).positionM, trackPointM(rig, dollyPositionM(rig, t))};
    };
    const auto distanceAt = [&](std::size_t o, Flicks t, const Rig& here) {
        if (o < pieces)
            return distanceToSetPieceM(set.pieces[o], here.lensM);
        if (o < cameraObstacles) {
            const std::size_t a = o - pieces;
            return distanceToCylinderM(evaluator.actorPose(a, t).positionM, sizes.actorRadiusM,
                                       evaluator.actors()[a].heightM, here.lensM);
        }
        const glm::dvec3 feet = evaluator.actorPose(o - cameraObstacles, t).positionM;
        return std::max(std::hypot(feet.x - here.dollyM.x, feet.z - here.dollyM.z) - sizes.actorRadiusM, 0.0);
    };
    const auto reach = [&](std::size_t o) { return o < cameraObstacles ? sizes.cameraRadiusM : sizes.trackHalfWidthM; };

    // distances[o][k]: obstacle o at sample k.
    const std::size_t count = timeline.samples.size();
    std::vector<std::vector<double>> distances(obstacles, std::vector<double>(count));
    for (std::size_t k = 0; k < count; ++k) {
        const Flicks t = timeline.samples[k];
        const Rig here = rigAt(t);
        for (std::size_t o = 0; o < obstacles; ++o)
            distances[o][k] = distanceAt(o, t, here);
    }

    std::vector<RigCollision> collisions;
    for (std::size_t o = 0; o < obstacles; ++o) {
        const std::function<bool(Flicks)> touches = [&](Flicks t) { return distanceAt(o, t, rigAt(t)) < reach(o); };
        std::vector<bool> flags(count);
        for (std::size_t k = 0; k < count; ++k)
            flags[k] = distances[o][k] < reach(o);
        for (const SampleRun& run : flaggedRuns(flags)) {
            RigCollision c;
            c.body = o < cameraObstacles ? CollisionBody::Camera : CollisionBody::Dolly;
            c.kind = o < pieces ? ObstacleKind::SetPiece : ObstacleKind::Actor;
            c.name = o < pieces ? set.pieces[o].name : evaluator.actors()[(o - pieces) % actors].name;
            c.range.fromFlicks
                = run.first == 0 ? timeline.samples.front()
                                 : firstTouch(timeline.samples[run.first - 1], timeline.samples[run.first], touches);
            c.range.toFlicks = run.last + 1 == count
                                   ? timeline.samples.back()
                                   : lastTouch(timeline.samples[run.last], timeline.samples[run.last + 1], touches);
            c.closestM = distances[o][run.first];
            c.closestAt = timeline.samples[run.first];
            for (std::size_t k = run.first; k <= run.last; ++k) {
                if (distances[o][k] < c.closestM) {
                    c.closestM = distances[o][k];
                    c.closestAt = timeline.samples[k];
                }
            }
            collisions.push_back(c);
        }
    }
    std::stable_sort(collisions.begin(), collisions.end(), [](const RigCollision& a, const RigCollision& b) {
        return a.range.fromFlicks < b.range.fromFlicks;
    });
    return collisions;
}

std::vector<TrackCollision> findTrackCollisions(const CameraRig& rig, double fromM, double toM,
                                                const SetDescription& set, const CollisionSizes& sizes)
{
    std::vector<TrackCollision> collisions;
    if (!(toM >= fromM))
        return collisions;
    const double lengthM = toM - fromM;
    const auto steps = static_cast<std::size_t>(
        std::min(std::ceil(lengthM / sizes.trackStepM), kMaxTrackPoints - 1.0));
    const std::size_t count = steps + 1;
    const auto distanceOf = [&](std::size_t k) {
        return steps == 0 ? fromM : fromM + lengthM * static_cast<double>(k) / static_cast<double>(steps);
    };

    for (const SetPiece& piece : set.pieces) {
        const std::function<bool(double)> blocked = [&](double d) {
            const glm::dvec3 p = trackPointM(rig, d);
            const double base = piece.positionM.y;
            const double top = base + piece.sizeM.y;
            return base < p.y + sizes.trackClearanceM && top > p.y
                   && footprintDistanceM(piece, {p.x, p.z}) < sizes.trackHalfWidthM;
        };
        std::vector<bool> flags(count);
        for (std::size_t k = 0; k < count; ++k)
            flags[k] = blocked(distanceOf(k));
        for (const SampleRun& run : flaggedRuns(flags)) {
            TrackCollision c;
            c.name = piece.name;
            c.fromM = run.first == 0 ? fromM : trackBoundaryM(distanceOf(run.first - 1), distanceOf(run.first), blocked);
            c.toM = run.last + 1 == count ? toM
                                          : trackBoundaryM(distanceOf(run.last + 1), distanceOf(run.last), blocked);
            collisions.push_back(c);
        }
    }
    std::stable_sort(collisions.begin(), collisions.end(),
                     [](const TrackCollision& a, const TrackCollision& b) { return a.fromM < b.fromM; });
    return collisions;
}

std::vector<FeasibilityWarning> collisionWarnings(const std::vector<RigCollision>& rig,
                                                  const std::vector<TrackCollision>& track,
                                                  const ReportTimeline& timeline, const CollisionSizes& sizes)
{
    std::vector<FeasibilityWarning> warnings;
    for (const RigCollision& c : rig) {
        FeasibilityWarning w;
        w.kind = WarningKind::RigCollision;
        w.severity = WarningSeverity::Problem;
        w.channel = c.body == CollisionBody::Camera ? "camera_body" : "dolly";
        w.subject = c.name;
        w.range = c.range;
        const std::string when = c.range.fromFlicks == c.range.toFlicks
                                     ? fmt::format("at {}", formatSecondsLabel(c.range.fromFlicks))
                                     : fmt::format("from {} to {}", formatSecondsLabel(c.range.fromFlicks),
                                                   formatSecondsLabel(c.range.toFlicks));
        const std::string obstacle
            = fmt::format("{} '{}'", c.kind == ObstacleKind::Actor ? "actor" : "set piece", c.name);
        if (c.body == CollisionBody::Camera) {
            const std::string closest
                = c.closestM == 0.0
                      ? fmt::format("the lens itself is inside at {}", formatSecondsLabel(c.closestAt))
                      : fmt::format("the lens comes within {} m at {}; {} m of body around it",
                                    formatQuantity(c.closestM), formatSecondsLabel(c.closestAt),
                                    formatQuantity(sizes.cameraRadiusM));
            w.message = fmt::format("camera passes through {} {} ({})", obstacle, when, closest);
        } else {
            w.message = fmt::format("dolly runs into {} {} (the track's centre line comes within {} m of them at {}; "
                                    "{} m of dolly either side)",
                                    obstacle, when, formatQuantity(c.closestM), formatSecondsLabel(c.closestAt),
                                    formatQuantity(sizes.trackHalfWidthM));
        }
        warnings.push_back(w);
    }
    for (const TrackCollision& c : track) {
        FeasibilityWarning w;
        w.kind = WarningKind::TrackCollision;
        w.severity = WarningSeverity::Problem;
        w.channel = "track";
        w.subject = c.name;
        w.range = {0, timeline.endInstant()};
        w.message = fmt::format("the track runs through set piece '{}' from {} m to {} m along it ({} m either side "
                                "of the rail's centre line kept clear)",
                                c.name, formatQuantity(c.fromM), formatQuantity(c.toM),
                                formatQuantity(sizes.trackHalfWidthM));
        warnings.push_back(w);
    }
    return warnings;
}

} // namespace murnau
