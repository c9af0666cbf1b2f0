// The dolly's coordinate and the track's centre line.

#include "core/analysis/track_geometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace murnau {

double dollyPositionM(const CameraRig& rig, Flicks t) noexcept
{
    const Curve& curve = rig.channel(RigChannel::Dolly);
    const RigChannelInfo& info = rigChannelInfo(RigChannel::Dolly);
    double s = curve.isEmpty() ? info.defaultValue : curve.valueAt(t);
    s = std::clamp(s, info.minValue, info.maxValue);
    if (rig.rail && rig.rail->built)
        s = std::clamp(s, 0.0, rig.rail->built->lengthM());
    return s;
}

glm::dvec3 trackPointM(const CameraRig& rig, double distanceM) noexcept
{
    if (rig.rail && rig.rail->built)
        return rig.rail->built->pointAt(distanceM).positionM;
    const double headingRad = rig.headingDeg * std::numbers::pi / 180.0;
    const glm::dvec3 forward(-std::sin(headingRad), 0.0, -std::cos(headingRad));
    return rig.originM + distanceM * forward;
}

} // namespace murnau
