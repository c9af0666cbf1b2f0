#include "core/plan/plan_view_transform.h"

#include <algorithm>
#include <cmath>

namespace murnau {

Result<PlanViewTransform> fitPlanView(const PlanBounds& boundsM, const glm::dvec2& pageSizePx, double marginPx,
                                      double minPixelsPerMetre, double maxPixelsPerMetre)
{
    if (!boundsM.valid || !std::isfinite(boundsM.minM.x) || !std::isfinite(boundsM.minM.y)
        || !std::isfinite(boundsM.maxM.x) || !std::isfinite(boundsM.maxM.y))
        return fail("boundsM", "nothing to fit: the bounds are empty or not finite");
    if (!std::isfinite(marginPx) || marginPx < 0.0)
        return fail("marginPx", "must be a finite length of at least 0");
    const glm::dvec2 usablePx = pageSizePx - 2.0 * marginPx;
    if (!std::isfinite(usablePx.x) || !std::isfinite(usablePx.y) || usablePx.x <= 0.0 || usablePx.y <= 0.0)
        return fail("pageSizePx", "the page is too small for its margins");
    const glm::dvec2 extentM = boundsM.maxM - boundsM.minM;
    const double widthM = extentM.x > 0.0 ? extentM.x : 1.0;
    const double heightM = extentM.y > 0.0 ? extentM.y : 1.0;
    const double scale = std::clamp(std::min(usablePx.x / widthM, usablePx.y / heightM), minPixelsPerMetre,
                                    maxPixelsPerMetre);
    const glm::dvec2 centreM = 0.5 * (boundsM.minM + boundsM.maxM);
    PlanViewTransform view;
    view.pixelsPerMetre = scale;
    view.originPx = 0.5 * pageSizePx - scale * centreM;
    return view;
}

PlanViewTransform zoomPlanView(const PlanViewTransform& view, const glm::dvec2& anchorPx, double factor,
                               double minPixelsPerMetre, double maxPixelsPerMetre) noexcept
{
    if (!std::isfinite(factor) || factor <= 0.0)
        return view;
    const double scale = std::clamp(view.pixelsPerMetre * factor, minPixelsPerMetre, maxPixelsPerMetre);
    PlanViewTransform zoomed;
    zoomed.pixelsPerMetre = scale;
    zoomed.originPx = anchorPx - (anchorPx - view.originPx) * (scale / view.pixelsPerMetre);
    return zoomed;
}

} // namespace murnau
