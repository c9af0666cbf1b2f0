#pragma once
// The lanes of the curve editor and what lies where in them: which channels the editor graphs,
// how they are stacked, and hit testing of keys, handles and boxes. No painting, no input: the
// view (curve_editor_view.h) builds lanes, the painter (curve_painter.h) draws them.
//
// Several channels in one graph: channels that share a unit share a lane (one value axis in that
// unit: dolly, truck and pedestal in metres; pan, tilt and roll in degrees); channels of different
// units are stacked in lanes of equal height, each with its own axis and unit, rather than
// normalised into one (Blender's "Normalize" loses the units a grip reads). In the speed and
// acceleration modes every graphed channel has its own lane, with its own limit band.

#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <QColor>
#include <QPointF>
#include <QRectF>
#include <QString>

#include "app/bridge/key_editor.h"
#include "core/analysis/motion_channel.h"
#include "core/analysis/motion_series.h"
#include "core/rig/camera_rig.h"
#include "core/timeline/curve_polyline.h"
#include "core/timeline/time_axis.h"
#include "core/timeline/value_axis.h"

namespace murnau {

// What the graph shows.
enum class CurveMode {
    Values,         // the channels' values over time, with their keys
    Speed,          // their first derivatives with the limits (MotionGraphKind::Speed)
    Acceleration,   // their second derivatives with the limits
};

// One stacked lane.
struct CurveLane {
    std::string id;                        // identifies the lane across rebuilds (keeps its zoom): "m", "speed:dolly_speed"
    std::vector<RigChannel> channels;      // the rig channels drawn (values mode) or graphed (one, other modes)
    std::optional<MotionChannel> motion;   // the derived channel drawn (speed and acceleration modes)
    QString title;                         // "Dolly, Pedestal (m)", "dolly speed (m/s)"
    std::string unit;                      // the axis' unit: "m", "deg", "m/s", "m/s²"
    QRectF rect;                           // the graph area, item pixels
    ValueAxis axis;                        // values to pixels; pixel 0 is rect.top()

    // Item pixel row of `value`, and back.
    [[nodiscard]] double rowOf(double value) const { return rect.top() + axis.toPixel(value); }
    [[nodiscard]] double valueAt(double y) const { return axis.toValue(y - rect.top()); }
};

// The channel colours of the graph (and their key points).
[[nodiscard]] QColor curveChannelColor(RigChannel channel);
// A unit as shown: "m/s^2" -> "m/s²", "deg" -> "°".
[[nodiscard]] std::string displayUnit(std::string_view unit);

// The channels the editor shows: `curveChannels` (the timeline's choice) when not empty, else the
// channels of the selected keys, else the dolly; in RigChannel order, without repeats.
[[nodiscard]] std::vector<RigChannel> shownChannels(std::span<const RigChannel> curveChannels,
                                                    const std::set<KeyId>& selection);

// The lanes for `channels` in `mode` (rects and axes left empty for the view to place).
// Derived modes graph the channels that have a derivative graph (motionChannelFor), or the dolly's
// when none of them has.
[[nodiscard]] std::vector<CurveLane> makeLanes(std::span<const RigChannel> channels, CurveMode mode);

// Stacks `lanes` in `area` (item pixels), `gapPx` apart, in equal heights.
void placeLanes(std::vector<CurveLane>& lanes, const QRectF& area, double gapPx);

// The lane whose rect holds the row `y`, if any.
[[nodiscard]] std::optional<std::size_t> laneAtRow(std::span<const CurveLane> lanes, double y);

// What is under a point of the graph.
struct CurveHit {
    enum class Kind { None, Key, Handle };
    Kind kind = Kind::None;
    KeyId key;                           // the key (or the key whose handle it is)
    HandleSide side = HandleSide::Left;  // Handle: which one
    std::size_t lane = 0;                // where it was hit
};

// The item point of a key, and of a handle point (seconds, value) in `lane`.
[[nodiscard]] QPointF keyPoint(const CurveLane& lane, const TimeAxis& time, double xOffset, Flicks t, double value);

// The nearest key or selected key's used handle within `tolerancePx` of `point` (handles first:
// they sit on top), among the channels of the values-mode `lanes` in `rig`.
[[nodiscard]] CurveHit hitTest(std::span<const CurveLane> lanes, const TimeAxis& time, double xOffset,
                               const CameraRig& rig, const std::set<KeyId>& selection, const QPointF& point,
                               double tolerancePx);

// The keys whose points lie inside `box` (item pixels).
[[nodiscard]] std::vector<KeyId> keysInBox(std::span<const CurveLane> lanes, const TimeAxis& time, double xOffset,
                                           const CameraRig& rig, const QRectF& box);

} // namespace murnau
