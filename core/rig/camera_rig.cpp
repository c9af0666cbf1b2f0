// The rig's channel table, the checks a rig passes before evaluation, and rail paths.

#include "core/rig/camera_rig.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace murnau {

namespace {

// One row per channel, in RigChannel order. Ranges are far beyond any real rig (they catch
// typing errors, not infeasible moves; feasibility is reported as margins elsewhere):
//  - dolly: +-10 km of track (an epic pull back on a cable cam or drone path);
//  - truck: +-1 km sideways; pedestal: 10 m below the track (a pit) to 200 m (a drone);
//  - pan/tilt/roll: +-100 turns, so a multi-turn pan never wraps;
//  - focal length 1..2000 mm (fisheyes to the longest cine zooms);
//  - focus 5 cm (macro) to 1000 km ("infinity"); f-number 0.5 (the fastest lenses made
//    are f/0.7, Zeiss Planar 50 mm) to 64 (large-format stop-down).
// Defaults: a camera at standing eye height (1.6 m), level, with a 35 mm at f/2.8 focused at 5 m,
// the same as a new CameraSetup in project.h.
constexpr std::array<RigChannelInfo, kRigChannelCount> kChannels{{
    {RigChannel::Dolly, "dollyM", "Dolly", "m", 0.0, -10000.0, 10000.0},
    {RigChannel::Truck, "truckM", "Truck", "m", 0.0, -1000.0, 1000.0},
    {RigChannel::Pedestal, "pedestalM", "Pedestal", "m", 1.6, -10.0, 200.0},
    {RigChannel::Pan, "panDeg", "Pan", "deg", 0.0, -36000.0, 36000.0},
    {RigChannel::Tilt, "tiltDeg", "Tilt", "deg", 0.0, -36000.0, 36000.0},
    {RigChannel::Roll, "rollDeg", "Roll", "deg", 0.0, -36000.0, 36000.0},
    {RigChannel::FocalLength, "focalLengthMm", "Focal length", "mm", 35.0, 1.0, 2000.0},
    {RigChannel::FocusDistance, "focusDistanceM", "Focus", "m", 5.0, 0.05, 1e6},
    {RigChannel::FStop, "fStop", "f-stop", "", 2.8, 0.5, 64.0},
}};

static_assert(kChannels.size() == kRigChannelCount);

// The value with its unit for messages: "2000 mm", "64" (f-stop has no unit).
std::string withUnit(double value, std::string_view unit)
{
    return unit.empty() ? fmt::format("{}", value) : fmt::format("{} {}", value, unit);
}

bool finite(const glm::dvec3& v) noexcept
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

} // namespace

std::span<const RigChannelInfo> rigChannels() noexcept
{
    return kChannels;
}

const RigChannelInfo& rigChannelInfo(RigChannel channel) noexcept
{
    return kChannels[static_cast<std::size_t>(channel)];
}

const RigChannelInfo* findRigChannel(std::string_view key) noexcept
{
    const auto it = std::find_if(kChannels.begin(), kChannels.end(),
                                 [key](const RigChannelInfo& info) { return info.key == key; });
    return it == kChannels.end() ? nullptr : &*it;
}

Result<double> checkedRigChannelValue(RigChannel channel, double value, std::string_view field)
{
    const RigChannelInfo& info = rigChannelInfo(channel);
    if (!std::isfinite(value))
        return fail(std::string(field), fmt::format("{} must be a finite number", info.label));
    if (value < info.minValue || value > info.maxValue) {
        return fail(std::string(field),
                    fmt::format("{} must lie between {} and {}, got {}", info.label, withUnit(info.minValue, info.unit),
                                withUnit(info.maxValue, info.unit), withUnit(value, info.unit)));
    }
    return value;
}

std::optional<Error> checkCameraRig(const CameraRig& rig, std::string_view field)
{
    for (const RigChannelInfo& info : kChannels) {
        const Curve& curve = rig.channel(info.channel);
        for (std::size_t i = 0; i < curve.keyCount(); ++i) {
            const double value = curve.key(i).value;
            if (std::isfinite(value) && value >= info.minValue && value <= info.maxValue)
                continue;   // the place is written out only for an error (this runs on every load)
            const std::string name = fmt::format("{}.channels.{}.keys[{}]", field, info.key, i);
            if (Result<double> checked = checkedRigChannelValue(info.channel, curve.key(i).value, name); !checked)
                return checked.error();
        }
    }
    if (rig.rail && !rig.rail->built)
        return fail(fmt::format("{}.rail", field), "the rail was not built from its points");
    if (!finite(rig.originM) || std::max({std::abs(rig.originM.x), std::abs(rig.originM.y), std::abs(rig.originM.z)})
                                    > kMaxRailCoordinateM) {
        return fail(fmt::format("{}.originM", field),
                    fmt::format("the track origin must be finite and within {} m of the world origin",
                                kMaxRailCoordinateM));
    }
    const RigChannelInfo& pan = rigChannelInfo(RigChannel::Pan);
    if (!std::isfinite(rig.headingDeg) || rig.headingDeg < pan.minValue || rig.headingDeg > pan.maxValue) {
        return fail(fmt::format("{}.headingDeg", field),
                    fmt::format("the track heading must be a finite angle between {} and {} deg", pan.minValue,
                                pan.maxValue));
    }
    if (aimsAtActor(rig.aim) && rig.aimActor.empty())
        return fail(fmt::format("{}.aimActor", field), "looking at an actor needs the actor's name");
    if (!std::isfinite(rig.holdFrameFraction) || !(rig.holdFrameFraction > kMinHoldFrameFraction)
        || rig.holdFrameFraction > kMaxHoldFrameFraction) {
        return fail(fmt::format("{}.holdFrameFraction", field),
                    fmt::format("the hold frame fraction (stature / frame height) must be greater than {} and at most "
                                "{}, got {}",
                                kMinHoldFrameFraction, kMaxHoldFrameFraction, rig.holdFrameFraction));
    }
    return std::nullopt;
}

Result<RailPath> makeCatmullRomPath(std::vector<glm::dvec3> pointsM, std::string_view field)
{
    Result<Rail> rail = Rail::catmullRom(pointsM, field);
    if (!rail)
        return rail.error();
    RailPath path;
    path.kind = RailKind::CatmullRom;
    path.pointsM = std::move(pointsM);
    path.built = std::make_shared<const Rail>(std::move(rail).value());
    return path;
}

Result<RailPath> makeBezierPath(std::vector<BezierRailPoint> points, std::string_view field)
{
    Result<Rail> rail = Rail::bezier(points, field);
    if (!rail)
        return rail.error();
    RailPath path;
    path.kind = RailKind::Bezier;
    path.bezierPoints = std::move(points);
    path.built = std::make_shared<const Rail>(std::move(rail).value());
    return path;
}

} // namespace murnau
