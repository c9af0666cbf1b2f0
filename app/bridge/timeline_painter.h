#pragma once
// Paints the timeline's tracks (TimelineView) with QPainter: the ruler with frame numbers or
// SMPTE timecode labels (core's frameToTimecode, drop-frame at 29.97 and 59.94), the shot's end,
// the in/out range, the warnings lane, one row per track with its keys as diamonds (the shape
// says how the segment leaving the key is interpolated), mark bars and walks on the actors'
// rows, the box being dragged, and the playhead over everything.

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

#include "app/bridge/timeline_layout.h"
#include "core/scene/blocking.h"
#include "core/time/frame_rate.h"

namespace murnau {

// Colours after qml/Theme.qml.
struct TimelineStyle {
    QColor background{0x16, 0x17, 0x1a};      // Theme.panel
    QColor rowAlternate{0x1a, 0x1b, 0x1f};    // every other track row
    QColor groupRow{0x1d, 0x1f, 0x23};        // Theme.panelRaised
    QColor rowHighlight{0x2a, 0x24, 0x18};    // a track shown in the curve editor (accent, dimmed)
    QColor outsideShot{0x0e, 0x0f, 0x11};     // Theme.window: before the start, after the end
    QColor outsideRange{0x0e, 0x0f, 0x11, 150}; // dims what lies outside in/out
    QColor divider{0x2a, 0x2c, 0x31};         // Theme.divider
    QColor text{0xd4, 0xd6, 0xda};            // Theme.text
    QColor textDim{0x86, 0x8a, 0x92};         // Theme.textDim
    QColor textFaint{0x5a, 0x5e, 0x66};       // Theme.textFaint
    QColor accent{0xf0, 0xa5, 0x30};          // Theme.accent: the playhead, selected keys
    QColor key{0xb8, 0xbc, 0xc4};             // unselected keys
    QColor keyEdge{0x0e, 0x0f, 0x11};
    QColor range{0x6f, 0xa8, 0xdc};           // in/out marks (the plan's rail blue)
    QColor mark{0x4f, 0x7c, 0x6a};            // a mark held
    QColor markSelected{0xf0, 0xa5, 0x30};
    QColor walk{0x6a, 0x9c, 0x88};            // walking between marks
    QColor note{0x6f, 0xa8, 0xdc};            // warning severities
    QColor caution{0xf0, 0xa5, 0x30};
    QColor problem{0xe5, 0x53, 0x4b};         // Theme.error
    QString fontFamily = QStringLiteral("DejaVu Sans");
    QString monoFamily = QStringLiteral("DejaVu Sans Mono");
    double fontPx = 10.0;
};

// What to paint, besides the layout.
struct TimelinePaintInput {
    FrameRate rate{24, 1};
    Flicks durationFlicks = 0;                    // the shot's length
    Flicks playhead = 0;                          // shot time at the playhead (a frame start)
    int inFrame = -1;                             // in/out points, -1 when unset
    int outFrame = -1;
    int frameCount = 1;
    bool timecodeLabels = false;                  // ruler labels as timecode instead of frame numbers
    const CameraRig* rig = nullptr;               // the shot's rig (null: no keys)
    const std::vector<ActorBlocking>* blocking = nullptr;   // the scene's blocking
    Flicks actionStart = 0;                       // scene action time at the shot's time 0
    const std::set<KeyId>* selectedKeys = nullptr;
    std::string selectedMarkActor;                // document.selection's mark, if one
    int selectedMarkIndex = -1;
    std::set<RigChannel> curveChannels;           // rows shown in the curve editor
    const std::vector<TimelineWarning>* warnings = nullptr;
    int hoveredWarning = -1;
    std::optional<QRectF> box;                    // box selection in progress, item pixels
};

class TimelinePainter {
public:
    const TimelineStyle& style() const { return m_style; }
    void paint(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const;

private:
    void paintRows(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const;
    void paintKeys(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const;
    void paintMarks(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const;
    void paintRuler(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const;
    void paintWarnings(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const;
    void paintDiamond(QPainter& painter, QPointF centre, Interpolation interpolation, bool selected) const;
    QString tickLabel(std::int64_t frame, const TimelinePaintInput& input) const;

    TimelineStyle m_style;
};

} // namespace murnau
