#include "app/bridge/timeline_layout.h"

#include <algorithm>
#include <cmath>

namespace murnau {

QRectF TimelineLayout::rowRect(const TrackRow& row) const
{
    return {0.0, tracksTop() + row.topPx - scrollYPx, widthPx, row.heightPx};
}

const TrackRow* TimelineLayout::rowAt(double y) const
{
    if (y < tracksTop())
        return nullptr;
    const double inRows = y - tracksTop() + scrollYPx;
    for (const TrackRow& row : rows)
        if (row.contains(inRows))
            return &row;
    return nullptr;
}

const TrackRow* TimelineLayout::rowOfChannel(RigChannel channel) const
{
    for (const TrackRow& row : rows)
        if (row.track.kind == TrackKind::Channel && row.track.channel == channel)
            return &row;
    return nullptr;
}

const TrackRow* TimelineLayout::rowOfActor(const std::string& actor) const
{
    for (const TrackRow& row : rows)
        if (row.track.kind == TrackKind::Actor && row.track.actor == actor)
            return &row;
    return nullptr;
}

double TimelineLayout::contentHeight() const
{
    return rows.empty() ? 0.0 : rows.back().topPx + rows.back().heightPx;
}

QRectF markBarRect(const TimelineLayout& layout, const TrackRow& row, const ActorBlocking& blocking, std::size_t index,
                   Flicks actionStart)
{
    const Mark& mark = blocking.marks[index];
    double left = layout.axis.toPixel(mark.arriveAt - actionStart);
    double right = layout.axis.toPixel(mark.leaveAt - actionStart);
    if (right - left < kMinBarWidthPx) {
        const double centre = 0.5 * (left + right);
        left = centre - 0.5 * kMinBarWidthPx;
        right = centre + 0.5 * kMinBarWidthPx;
    }
    const QRectF rowBox = layout.rowRect(row);
    return {left, rowBox.top() + 4.0, right - left, rowBox.height() - 8.0};
}

std::vector<Flicks> summaryKeyTimes(const CameraRig& rig)
{
    std::vector<Flicks> times;
    for (const Curve& curve : rig.channels)
        for (const Keyframe& key : curve.keys())
            times.push_back(key.time);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

namespace {

// Every key of `rig` at `time`.
std::vector<KeyId> keysAtTime(const CameraRig& rig, Flicks time)
{
    std::vector<KeyId> keys;
    for (const RigChannelInfo& info : rigChannels())
        if (rig.channel(info.channel).findKey(time))
            keys.push_back({info.channel, time});
    return keys;
}

bool isCameraGroup(const TrackRow& row)
{
    return row.track.kind == TrackKind::Group && row.track.group == QLatin1String("camera");
}

} // namespace

std::vector<KeyId> keysAt(const TimelineLayout& layout, const CameraRig& rig, double x, double y)
{
    const TrackRow* row = layout.rowAt(y);
    if (!row)
        return {};
    std::optional<Flicks> best;
    double bestDistance = kKeyHitPx;
    const auto consider = [&](Flicks time) {
        const double distance = std::abs(layout.axis.toPixel(time) - x);
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = time;
        }
    };
    if (row->track.kind == TrackKind::Channel) {
        for (const Keyframe& key : rig.channel(row->track.channel).keys())
            consider(key.time);
        if (best)
            return {{row->track.channel, *best}};
        return {};
    }
    if (isCameraGroup(*row)) {
        for (const Flicks time : summaryKeyTimes(rig))
            consider(time);
        if (best)
            return keysAtTime(rig, *best);
    }
    return {};
}

std::vector<KeyId> keysInRect(const TimelineLayout& layout, const CameraRig& rig, const QRectF& rect)
{
    std::vector<KeyId> keys;
    const QRectF box = rect.normalized();
    for (const TrackRow& row : layout.rows) {
        const double y = layout.rowRect(row).center().y();
        if (y < box.top() || y > box.bottom())
            continue;
        const auto inBox = [&](Flicks time) {
            const double x = layout.axis.toPixel(time);
            return x >= box.left() && x <= box.right();
        };
        if (row.track.kind == TrackKind::Channel) {
            for (const Keyframe& key : rig.channel(row.track.channel).keys())
                if (inBox(key.time))
                    keys.push_back({row.track.channel, key.time});
        } else if (isCameraGroup(row)) {
            for (const Flicks time : summaryKeyTimes(rig))
                if (inBox(time))
                    for (const KeyId& key : keysAtTime(rig, time))
                        keys.push_back(key);
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    return keys;
}

std::optional<MarkHit> markAt(const TimelineLayout& layout, const std::vector<ActorBlocking>& blocking,
                              Flicks actionStart, double x, double y)
{
    const TrackRow* row = layout.rowAt(y);
    if (!row || row->track.kind != TrackKind::Actor)
        return std::nullopt;
    for (const ActorBlocking& actor : blocking) {
        if (actor.actor != row->track.actor)
            continue;
        // Later marks are drawn on top: search from the last.
        for (std::size_t i = actor.marks.size(); i-- > 0;) {
            const QRectF bar = markBarRect(layout, *row, actor, i, actionStart);
            if (x < bar.left() - 2.0 || x > bar.right() + 2.0)
                continue;
            MarkPart part = MarkPart::Body;
            if (bar.width() > 3.0 * kMarkEdgeHitPx) {   // wide enough to grab an end
                if (x <= bar.left() + kMarkEdgeHitPx)
                    part = MarkPart::Arrive;
                else if (x >= bar.right() - kMarkEdgeHitPx)
                    part = MarkPart::Leave;
            }
            return MarkHit{actor.actor, i, part};
        }
    }
    return std::nullopt;
}

QRectF warningRect(const TimelineLayout& layout, const TimelineWarning& warning)
{
    double left = layout.axis.secondsToPixel(warning.startSeconds);
    double right = layout.axis.secondsToPixel(warning.endSeconds);
    if (right - left < 4.0) {
        const double centre = 0.5 * (left + right);
        left = centre - 2.0;
        right = centre + 2.0;
    }
    return {left, kRulerHeightPx + 2.0, right - left, kWarningLaneHeightPx - 4.0};
}

int warningAt(const TimelineLayout& layout, const std::vector<TimelineWarning>& warnings, double x, double y)
{
    if (y < kRulerHeightPx || y >= TimelineLayout::tracksTop())
        return -1;
    for (std::size_t i = warnings.size(); i-- > 0;) {
        const QRectF box = warningRect(layout, warnings[i]);
        if (x >= box.left() - 1.0 && x <= box.right() + 1.0)
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace murnau
