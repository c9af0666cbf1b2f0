// Picking plan items in priority order.

#include "core/plan/plan_hit_test.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

namespace murnau {

namespace {

// The best candidate of one kind so far.
class Best {
public:
    explicit Best(double toleranceM) : m_toleranceM(toleranceM) {}

    // Offers a candidate at `distanceM`; `replaceOnTie` lets a later equal candidate win.
    void offer(double distanceM, const PlanHit& hit, bool replaceOnTie = false)
    {
        if (!(distanceM <= m_toleranceM))
            return;
        if (m_hit && (distanceM > m_hit->distanceM || (distanceM == m_hit->distanceM && !replaceOnTie)))
            return;
        m_hit = hit;
        m_hit->distanceM = distanceM;
    }
    [[nodiscard]] const std::optional<PlanHit>& hit() const noexcept { return m_hit; }

private:
    double m_toleranceM;
    std::optional<PlanHit> m_hit;
};

double distanceM(const glm::dvec2& a, const glm::dvec2& b) noexcept
{
    return glm::length(a - b);
}

PlanHit make(PlanItemKind kind, std::size_t index, const glm::dvec2& anchorM)
{
    PlanHit hit;
    hit.kind = kind;
    hit.index = index;
    hit.anchorM = anchorM;
    return hit;
}

std::optional<PlanHit> hitRailPoint(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM)
{
    Best best(toleranceM);
    if (!plan.track)
        return std::nullopt;
    for (std::size_t i = 0; i < plan.track->railPointsM.size(); ++i) {
        PlanHit hit = make(PlanItemKind::RailPoint, i, plan.track->railPointsM[i]);
        hit.sceneIndex = plan.sceneIndex;
        hit.shotId = plan.shotId;
        best.offer(distanceM(pointM, hit.anchorM), hit);
    }
    return best.hit();
}

std::optional<PlanHit> hitMark(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM)
{
    Best best(toleranceM);
    for (std::size_t b = 0; b < plan.blocking.size(); ++b) {
        const PlanBlocking& blocking = plan.blocking[b];
        for (std::size_t m = 0; m < blocking.marks.size(); ++m) {
            PlanHit hit = make(PlanItemKind::Mark, m, blocking.marks[m].positionM);
            hit.markIndex = m;
            hit.blockingIndex = b;
            hit.name = blocking.actor;
            hit.sceneIndex = plan.sceneIndex;
            best.offer(distanceM(pointM, hit.anchorM), hit);
        }
        for (const PlanWalk& walk : blocking.walks) {
            for (std::size_t v = 0; v < walk.viaM.size(); ++v) {
                PlanHit hit = make(PlanItemKind::ViaPoint, v, walk.viaM[v]);
                hit.markIndex = walk.fromMark + 1;
                hit.blockingIndex = b;
                hit.name = blocking.actor;
                hit.sceneIndex = plan.sceneIndex;
                best.offer(distanceM(pointM, hit.anchorM), hit);
            }
        }
    }
    return best.hit();
}

std::optional<PlanHit> hitActor(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM)
{
    Best best(toleranceM);
    for (const PlanActor& actor : plan.actors) {
        PlanHit hit = make(PlanItemKind::Actor, actor.index, actor.positionM);
        hit.name = actor.name;
        best.offer(std::max(distanceM(pointM, actor.positionM) - actor.radiusM, 0.0), hit);
    }
    return best.hit();
}

std::optional<PlanHit> hitCamera(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM)
{
    Best best(toleranceM);
    for (const PlanCamera& camera : plan.cameras) {
        PlanHit hit = make(PlanItemKind::Camera, camera.cameraIndex, camera.positionM);
        hit.name = camera.name;
        hit.shotId = camera.shotId;
        if (!camera.shotId.empty())
            hit.sceneIndex = plan.sceneIndex;
        best.offer(distanceM(pointM, camera.positionM), hit);
    }
    return best.hit();
}

std::optional<PlanHit> hitSetPiece(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM)
{
    Best best(toleranceM);
    for (std::size_t i = 0; i < plan.pieces.size(); ++i) {
        const PlanOutline& piece = plan.pieces[i];
        if (!piece.boundsM.contains(pointM, toleranceM))
            continue;
        PlanHit hit = make(PlanItemKind::SetPiece, i, piece.originM);
        hit.name = piece.name;
        best.offer(distanceToOutlineM(piece, pointM), hit, true);
    }
    return best.hit();
}

} // namespace

Result<PlanHit> planHitTest(const PlanScene& plan, const glm::dvec2& pointM, double toleranceM)
{
    if (!std::isfinite(pointM.x) || !std::isfinite(pointM.y))
        return fail("pointM", "the plan point must be finite");
    if (!std::isfinite(toleranceM) || toleranceM < 0.0 || toleranceM > kMaxHitToleranceM)
        return fail("toleranceM", "the hit tolerance must be between 0 and 1000 metres");
    using Finder = std::optional<PlanHit> (*)(const PlanScene&, const glm::dvec2&, double);
    for (Finder find : {hitRailPoint, hitMark, hitActor, hitCamera, hitSetPiece}) {
        if (std::optional<PlanHit> hit = find(plan, pointM, toleranceM))
            return *hit;
    }
    return PlanHit{};
}

} // namespace murnau
