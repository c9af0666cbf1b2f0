#include "core/plan/plan_snap.h"

#include <cmath>
#include <numbers>

namespace murnau {

double snapToGrid(double valueM, double stepM) noexcept
{
    if (!std::isfinite(stepM) || stepM <= 0.0 || !std::isfinite(valueM))
        return valueM;
    return std::round(valueM / stepM) * stepM;
}

glm::dvec2 snapToGrid(const glm::dvec2& pointM, double stepM) noexcept
{
    return {snapToGrid(pointM.x, stepM), snapToGrid(pointM.y, stepM)};
}

glm::dvec2 planDragPosition(const glm::dvec2& anchorAtPressM, const glm::dvec2& pressM, const glm::dvec2& cursorM,
                            double snapStepM) noexcept
{
    const glm::dvec2 moved = anchorAtPressM + (cursorM - pressM);
    return snapStepM > 0.0 ? snapToGrid(moved, snapStepM) : moved;
}

double wrapDegrees(double degrees) noexcept
{
    if (!std::isfinite(degrees))
        return degrees;
    double wrapped = std::fmod(degrees, 360.0);   // (-360, 360)
    if (wrapped <= -180.0)
        wrapped += 360.0;
    else if (wrapped > 180.0)
        wrapped -= 360.0;
    return wrapped;
}

double planYawTowardsDeg(const glm::dvec2& fromM, const glm::dvec2& toM) noexcept
{
    const glm::dvec2 d = toM - fromM;
    if (d.x == 0.0 && d.y == 0.0)
        return 0.0;
    return wrapDegrees(std::atan2(-d.x, -d.y) * 180.0 / std::numbers::pi);
}

double planDragYawDeg(double yawAtPressDeg, const glm::dvec2& centreM, const glm::dvec2& pressM,
                      const glm::dvec2& cursorM, double snapDeg) noexcept
{
    const double swept = planYawTowardsDeg(centreM, cursorM) - planYawTowardsDeg(centreM, pressM);
    double yaw = wrapDegrees(yawAtPressDeg + swept);
    if (snapDeg > 0.0 && std::isfinite(snapDeg))
        yaw = wrapDegrees(std::round(yaw / snapDeg) * snapDeg);
    return yaw;
}

} // namespace murnau
