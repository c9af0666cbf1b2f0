#include "app/bridge/curve_lanes.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include <QStringList>

namespace murnau {

std::vector<RigChannel> shownChannels(std::span<const RigChannel> curveChannels, const std::set<KeyId>& selection)
{
    std::vector<RigChannel> channels(curveChannels.begin(), curveChannels.end());
    if (channels.empty()) {
        for (const KeyId& key : selection)
            channels.push_back(key.channel);
    }
    if (channels.empty())
        channels.push_back(RigChannel::Dolly);
    std::sort(channels.begin(), channels.end());
    channels.erase(std::unique(channels.begin(), channels.end()), channels.end());
    return channels;
}

QColor curveChannelColor(RigChannel channel)
{
    switch (channel) {
    case RigChannel::Dolly: return {0x5c, 0xb8, 0xf0};          // blue
    case RigChannel::Truck: return {0x7c, 0xc9, 0x7e};          // green
    case RigChannel::Pedestal: return {0xc0, 0x84, 0xe0};       // violet
    case RigChannel::Pan: return {0xef, 0x7a, 0x6e};            // coral
    case RigChannel::Tilt: return {0xe8, 0xd0, 0x5a};           // yellow
    case RigChannel::Roll: return {0xf0, 0x9a, 0xc8};           // pink
    case RigChannel::FocalLength: return {0x4e, 0xc9, 0xb8};    // teal
    case RigChannel::FocusDistance: return {0xa8, 0xb8, 0xc8};  // grey-blue
    case RigChannel::FStop: return {0xc8, 0xa0, 0x80};          // tan
    }
    return {0xd4, 0xd6, 0xda};
}

std::string displayUnit(std::string_view unit)
{
    std::string shown(unit);
    if (shown == "deg")
        return "°";
    for (const auto& [from, to] : {std::pair<std::string_view, std::string_view>{"^2", "²"}, {"^3", "³"}}) {
        if (const auto at = shown.find(from); at != std::string::npos)
            shown.replace(at, from.size(), to);
    }
    if (const auto at = shown.find("deg/"); at != std::string::npos)
        shown.replace(at, 3, "°");
    return shown;
}

std::vector<CurveLane> makeLanes(std::span<const RigChannel> channels, CurveMode mode)
{
    std::vector<CurveLane> lanes;
    if (mode == CurveMode::Values) {
        for (const RigChannel channel : channels) {
            const RigChannelInfo& info = rigChannelInfo(channel);
            const std::string id(info.unit.empty() ? std::string_view("f-number") : info.unit);
            auto lane = std::find_if(lanes.begin(), lanes.end(), [&](const CurveLane& l) { return l.id == id; });
            if (lane == lanes.end()) {
                lanes.push_back({});
                lane = lanes.end() - 1;
                lane->id = id;
                lane->unit = displayUnit(info.unit);
            }
            lane->channels.push_back(channel);
        }
        for (CurveLane& lane : lanes) {
            QStringList names;
            for (const RigChannel channel : lane.channels)
                names << QString::fromUtf8(rigChannelInfo(channel).label.data(), static_cast<int>(rigChannelInfo(channel).label.size()));
            lane.title = names.join(QStringLiteral(", "));
            if (!lane.unit.empty())
                lane.title += QStringLiteral(" (%1)").arg(QString::fromStdString(lane.unit));
        }
        return lanes;
    }
    const MotionGraphKind kind = mode == CurveMode::Speed ? MotionGraphKind::Speed : MotionGraphKind::Acceleration;
    for (const RigChannel channel : channels) {
        if (const auto motion = motionChannelFor(channel, kind)) {
            const MotionChannelInfo& info = motionChannelInfo(*motion);
            CurveLane lane;
            lane.id = std::string(info.key);
            lane.channels = {channel};
            lane.motion = motion;
            lane.unit = displayUnit(info.unit);
            lane.title = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(info.label.data(), static_cast<int>(info.label.size())),
                                                      QString::fromStdString(lane.unit));
            lanes.push_back(std::move(lane));
        }
    }
    if (lanes.empty()) {
        const RigChannel dolly = RigChannel::Dolly;
        return makeLanes(std::span<const RigChannel>(&dolly, 1), mode);
    }
    return lanes;
}

void placeLanes(std::vector<CurveLane>& lanes, const QRectF& area, double gapPx)
{
    if (lanes.empty())
        return;
    const double count = static_cast<double>(lanes.size());
    const double height = std::max((area.height() - gapPx * (count - 1.0)) / count, 1.0);
    for (std::size_t i = 0; i < lanes.size(); ++i)
        lanes[i].rect = QRectF(area.left(), area.top() + static_cast<double>(i) * (height + gapPx), area.width(), height);
}

std::optional<std::size_t> laneAtRow(std::span<const CurveLane> lanes, double y)
{
    for (std::size_t i = 0; i < lanes.size(); ++i) {
        if (y >= lanes[i].rect.top() && y <= lanes[i].rect.bottom())
            return i;
    }
    return std::nullopt;
}

QPointF keyPoint(const CurveLane& lane, const TimeAxis& time, double xOffset, Flicks t, double value)
{
    return {xOffset + time.toPixel(t), lane.rowOf(value)};
}

namespace {

double distance(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

QPointF handlePoint(const CurveLane& lane, const TimeAxis& time, double xOffset, double seconds, double value)
{
    return {xOffset + time.secondsToPixel(seconds), lane.rowOf(value)};
}

} // namespace

CurveHit hitTest(std::span<const CurveLane> lanes, const TimeAxis& time, double xOffset, const CameraRig& rig,
                 const std::set<KeyId>& selection, const QPointF& point, double tolerancePx)
{
    CurveHit best;
    double bestDistance = tolerancePx;
    // Handles of selected keys first: a handle on top of its key wins.
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const CurveLane& lane = lanes[l];
        if (lane.motion)
            continue;
        for (const RigChannel channel : lane.channels) {
            const Curve& curve = rig.channel(channel);
            for (std::size_t i = 0; i < curve.keyCount(); ++i) {
                const KeyId id{channel, curve.key(i).time};
                if (!selection.contains(id))
                    continue;
                const HandlePoints h = keyHandlePoints(curve, i);
                for (const HandleSide side : {HandleSide::Left, HandleSide::Right}) {
                    const bool used = side == HandleSide::Left ? h.leftUsed : h.rightUsed;
                    if (!used)
                        continue;
                    const QPointF p = side == HandleSide::Left
                                          ? handlePoint(lane, time, xOffset, h.leftSeconds, h.leftValue)
                                          : handlePoint(lane, time, xOffset, h.rightSeconds, h.rightValue);
                    const double d = distance(p, point);
                    if (d <= bestDistance) {
                        best = {CurveHit::Kind::Handle, id, side, l};
                        bestDistance = d;
                    }
                }
            }
        }
    }
    if (best.kind != CurveHit::Kind::None)
        return best;
    for (std::size_t l = 0; l < lanes.size(); ++l) {
        const CurveLane& lane = lanes[l];
        if (lane.motion)
            continue;
        for (const RigChannel channel : lane.channels) {
            for (const Keyframe& key : rig.channel(channel).keys()) {
                const double d = distance(keyPoint(lane, time, xOffset, key.time, key.value), point);
                if (d <= bestDistance) {
                    best = {CurveHit::Kind::Key, {channel, key.time}, HandleSide::Left, l};
                    bestDistance = d;
                }
            }
        }
    }
    return best;
}

std::vector<KeyId> keysInBox(std::span<const CurveLane> lanes, const TimeAxis& time, double xOffset,
                             const CameraRig& rig, const QRectF& box)
{
    std::vector<KeyId> keys;
    for (const CurveLane& lane : lanes) {
        if (lane.motion)
            continue;
        for (const RigChannel channel : lane.channels) {
            for (const Keyframe& key : rig.channel(channel).keys()) {
                if (box.contains(keyPoint(lane, time, xOffset, key.time, key.value)))
                    keys.push_back({channel, key.time});
            }
        }
    }
    return keys;
}

} // namespace murnau
