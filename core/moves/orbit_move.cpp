// Orbit and spiral: a Bezier-arc rail around the subject, look-at aim.

#include "core/moves/orbit_move.h"

#include <cmath>
#include <numbers>
#include <vector>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/motion/spline.h"
#include "core/moves/move_keys.h"
#include "core/moves/move_rig.h"
#include "core/moves/move_text.h"

namespace murnau {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;
// The largest piece of arc per Bezier segment, degrees (a curved track section).
constexpr double kMaxPieceDeg = 45.0;

} // namespace

Result<MoveResult> makeOrbitMove(const MoveSpec& spec, const OrbitMove& move)
{
    Result<MoveStage> staged = prepareMove(spec);
    if (!staged)
        return staged.error();
    const MoveStage& stage = staged.value();
    if (spec.aim != AimMode::LookAtActor)
        return fail("aim", "an orbit looks at the subject: use look-at aim");
    if (!std::isfinite(move.sweepDeg) || move.sweepDeg == 0.0 || std::abs(move.sweepDeg) > kMaxOrbitSweepDeg) {
        return fail("sweepDeg", fmt::format("the orbit must sweep a finite, non-zero angle of at most {} deg",
                                            kMaxOrbitSweepDeg));
    }
    Result<double> focal = moveFocalLengthMm(stage, move.focalLengthMm);
    if (!focal)
        return focal.error();
    Result<double> fromDistance = framingDistanceM(move.from, spec.subject.heightM, stage.gate, *focal, "from");
    if (!fromDistance)
        return fromDistance.error();
    Result<double> r1 = horizontalDistanceM(stage, *fromDistance, stage.lensHeightM, "from");
    if (!r1)
        return r1.error();
    double toDistance = *fromDistance;
    double r2 = *r1;
    if (move.to) {
        Result<double> end = framingDistanceM(*move.to, spec.subject.heightM, stage.gate, *focal, "to");
        if (!end)
            return end.error();
        Result<double> radius = horizontalDistanceM(stage, *end, stage.lensHeightM, "to");
        if (!radius)
            return radius.error();
        toDistance = *end;
        r2 = *radius;
    }

    // The rail: n pieces of phi, points and handles as in the header.
    const auto pieces = static_cast<int>(std::ceil(std::abs(move.sweepDeg) / kMaxPieceDeg - 1e-9));
    const double sweep = move.sweepDeg * kDegToRad;
    const double phi = sweep / pieces;
    const double bearing = std::atan2(-stage.outward.x, -stage.outward.z);   // o = (-sin b, 0, -cos b)
    const double tangentScale = 4.0 / 3.0 * std::tan(phi / 4.0);
    const double radialStep = (r2 - *r1) / (3.0 * pieces);
    std::vector<BezierRailPoint> points;
    points.reserve(static_cast<std::size_t>(pieces) + 1);
    for (int i = 0; i <= pieces; ++i) {
        const double theta = phi * i;
        const double a = bearing + theta;
        const double r = *r1 + (r2 - *r1) * i / pieces;
        const glm::dvec3 radial(-std::sin(a), 0.0, -std::cos(a));
        const glm::dvec3 along(-std::cos(a), 0.0, std::sin(a));   // d(radial)/da
        BezierRailPoint point;
        point.positionM = stage.floorM + r * radial;
        point.outHandleM = radialStep * radial + tangentScale * r * along;
        point.inHandleM = -point.outHandleM;
        points.push_back(point);
    }
    Result<RailPath> path = makeBezierPath(std::move(points), "sweepDeg");
    if (!path)
        return path.error();
    const double lengthM = path.value().built->lengthM();

    Result<MoveResult> begun = beginMove(spec, stage, move.to ? "spiral" : "orbit");
    if (!begun)
        return begun.error();
    MoveResult result = std::move(begun).value();
    CameraRig& rig = result.shot.rig;
    rig.rail = std::move(path).value();
    rig.originM = stage.floorM + *r1 * stage.outward;
    rig.headingDeg = 0.0;
    if (auto error = keyChange(rig, RigChannel::Dolly, spec.timing, spec.durationFlicks, 0.0, lengthM, "sweepDeg"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::Pedestal, stage.lensHeightM, "lensHeightM"))
        return *error;
    if (auto error = keyHold(rig, RigChannel::FocalLength, *focal, "focalLengthMm"))
        return *error;

    const std::string turn = fmt::format("{} {}", formatDegrees(move.sweepDeg),
                                         move.sweepDeg > 0.0 ? "counter-clockwise" : "clockwise");
    result.shot.equipment = {fmt::format("dolly on {} of curved track ({} radius{}, {} sections)", formatMetres(lengthM),
                                         formatMetres(std::min(*r1, r2)), move.to ? " at least" : "",
                                         formatDegrees(std::abs(move.sweepDeg) / pieces))};
    result.summary = {*fromDistance, toDistance, *focal, *focal, lengthM, 0.0};
    if (move.to) {
        describeMove(result, fmt::format("Spiral {} {} around {} from {} to {}, {}, {}", r2 > *r1 ? "out" : "in", turn,
                                         spec.subject.name, framingLabel(move.from), framingLabel(*move.to),
                                         formatMillimetres(*focal), formatSeconds(spec.durationFlicks)));
    } else {
        describeMove(result, fmt::format("Orbit {} around {}, {}, {}, {}", turn, spec.subject.name,
                                         framingLabel(move.from), formatMillimetres(*focal),
                                         formatSeconds(spec.durationFlicks)));
    }
    return result;
}

} // namespace murnau
