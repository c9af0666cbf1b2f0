#pragma once
// Paints the curve editor (curve_editor_view.h) onto a QPainter: the time ruler with the
// playhead, and each lane (curve_lanes.h) with its value grid and labels in the lane's unit.
// Values mode: each channel's polyline (core/timeline/curve_polyline.h) in its colour, its keys,
// and the Bezier handles of the selected keys. Speed and acceleration modes: the derived graph
// from core's MotionSeries, the region over the limit shaded red with the limit line labelled by
// what it stands for, the stretches of the graph over it filled stronger, and steps at breaks as
// spikes with their reading. It draws what core computed; it knows nothing of input.

#include <optional>
#include <set>
#include <span>

#include <QColor>
#include <QRectF>
#include <QString>

#include "app/bridge/curve_lanes.h"
#include "core/analysis/feasibility_limits.h"
#include "core/analysis/motion_series.h"
#include "core/rig/camera_rig.h"
#include "core/time/frame_rate.h"
#include "core/timeline/time_axis.h"

class QPainter;

namespace murnau {

// Colours and sizes (qml/Theme.qml's dark theme), pixels.
struct CurveStyle {
    QColor background{0x1a, 0x1b, 0x1e};       // Theme.viewportClear
    QColor laneFill{0x1d, 0x1f, 0x23};         // Theme.panelRaised: inside the shot
    QColor outsideShot{0x14, 0x15, 0x18};      // before the start and after the end
    QColor grid{0x2a, 0x2c, 0x31};             // Theme.divider
    QColor zeroLine{0x3c, 0x3f, 0x46};         // the value 0
    QColor text{0xd4, 0xd6, 0xda};             // Theme.text
    QColor textDim{0x86, 0x8a, 0x92};          // Theme.textDim
    QColor ruler{0x16, 0x17, 0x1a};            // Theme.panel
    QColor accent{0xf0, 0xa5, 0x30};           // Theme.accent: the playhead, selected keys
    QColor overBand{0xe5, 0x53, 0x4b, 40};     // Theme.error, faint: the region over the limit
    QColor overFill{0xe5, 0x53, 0x4b, 150};    // the graph's stretches over the limit
    QColor limitLine{0xe5, 0x53, 0x4b};        // Theme.error: the limit line
    QColor boxFill{0xf0, 0xa5, 0x30, 30};      // box selection
    QString fontFamily = QStringLiteral("DejaVu Sans");
    double fontPx = 11.0;                      // Theme.fontSmall
    double keyRadiusPx = 4.0;                  // a key's point
    double handleRadiusPx = 3.5;               // a handle's point
};

// What to paint: the geometry the view settled and the data it points at (all must outlive paint()).
struct CurvePaintInput {
    QRectF itemRect;                            // the whole item
    double rulerHeightPx = 22.0;                // the ruler band on top
    double gutterWidthPx = 64.0;                // the value labels on the left
    TimeAxis time;                              // shot time to pixels, pixel 0 at the gutter's right edge
    FrameRate rate{24, 1};
    Flicks durationFlicks = 0;                  // the shot's length
    Flicks playhead = 0;
    std::span<const CurveLane> lanes;
    const CameraRig* rig = nullptr;             // values mode: the curves
    const std::set<KeyId>* selection = nullptr;
    const MotionSeries* series = nullptr;       // derived modes
    const FeasibilityLimits* limits = nullptr;  // derived modes: the limit labels
    std::optional<QRectF> box;                  // box selection in progress
    QString message;                            // shown instead of the lanes (no shot...), when not empty
};

class CurvePainter {
public:
    [[nodiscard]] const CurveStyle& style() const { return m_style; }
    void paint(QPainter& painter, const CurvePaintInput& input) const;

private:
    void paintRuler(QPainter& painter, const CurvePaintInput& input) const;
    void paintLaneFrame(QPainter& painter, const CurvePaintInput& input, const CurveLane& lane) const;
    void paintValues(QPainter& painter, const CurvePaintInput& input, const CurveLane& lane) const;
    void paintDerived(QPainter& painter, const CurvePaintInput& input, const CurveLane& lane) const;
    void paintPlayhead(QPainter& painter, const CurvePaintInput& input) const;

    CurveStyle m_style;
};

} // namespace murnau
