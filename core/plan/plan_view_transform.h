#pragma once
// How the plan is laid on a page or a screen: a uniform scale (pixels per metre) and where the
// world origin lands. Plan x runs to the right and plan z down the page (plan_geometry.h), so the
// map needs no flip: page = originPx + pixelsPerMetre * planM, and back planM = (page - originPx) / pixelsPerMetre.
// "Pixels" are whatever unit the page uses (screen pixels, PDF device units).

#include <glm/vec2.hpp>

#include "core/plan/plan_geometry.h"
#include "core/util/result.h"

namespace murnau {

// A world-to-page transform of the plan.
struct PlanViewTransform {
    double pixelsPerMetre = 50.0;     // scale: page units per metre
    glm::dvec2 originPx{0.0};         // where plan (0, 0) lands on the page, page units

    // The page point of a plan point, page units.
    [[nodiscard]] glm::dvec2 toPage(const glm::dvec2& planM) const noexcept { return originPx + pixelsPerMetre * planM; }
    // The plan point under a page point, metres.
    [[nodiscard]] glm::dvec2 toPlan(const glm::dvec2& pagePx) const noexcept { return (pagePx - originPx) / pixelsPerMetre; }
    // A page length as metres on the plan.
    [[nodiscard]] double toMetres(double lengthPx) const noexcept { return lengthPx / pixelsPerMetre; }
};

// The transform that shows all of `boundsM` as large as fits in a `pageSizePx` page, leaving
// `marginPx` on every side, its centre at the page's centre: scale = min((W - 2m) / w, (H - 2m) / h)
// for bounds w x h (a zero extent counts as 1 m, so a single point or line still fits), clamped to
// [minPixelsPerMetre, maxPixelsPerMetre]. Errors: "boundsM" not valid or not finite, "pageSizePx"
// not larger than twice the margin in both directions, "marginPx" negative or not finite.
Result<PlanViewTransform> fitPlanView(const PlanBounds& boundsM, const glm::dvec2& pageSizePx, double marginPx,
                                      double minPixelsPerMetre, double maxPixelsPerMetre);

// `view` zoomed by `factor` about the page point `anchorPx`, which keeps showing the same plan
// point: originPx' = anchorPx - (anchorPx - originPx) * s' / s. The new scale s' = s * factor is
// clamped to [minPixelsPerMetre, maxPixelsPerMetre] (the anchor still stays put). A factor that is
// not positive and finite leaves the view as it is.
[[nodiscard]] PlanViewTransform zoomPlanView(const PlanViewTransform& view, const glm::dvec2& anchorPx, double factor,
                                             double minPixelsPerMetre, double maxPixelsPerMetre) noexcept;

} // namespace murnau
