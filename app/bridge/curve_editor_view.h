#pragma once
// The curve editor: the shown shot's channels as value-over-time graphs, as a Qt Quick item (QML
// type CurveEditorView), beside the timeline's tracks. It graphs the channels document.keys
// names (curve_lanes.h says which and how they are stacked) at the shot player's shot, with the
// playhead; in the speed and acceleration modes it graphs core's MotionSeries with the limits of
// document.report as bands. Painted by CurvePainter.
//
// Mouse: click a key to select it (Shift toggles it), drag a key to move the selection in time
// (snapped to frames and to other keys, core's snapTime) and in value (each lane's axis), drag a
// selected key's Bezier handle to reshape the curve, drag on empty graph to box select (Shift
// adds), click or drag in the ruler to scrub. Wheel zooms time about the pointer, Ctrl+wheel the
// value axis of the lane under it, middle or right drag pans. Home frames all, F the selection.
// Every drag is one undo step (KeyEditor::beginMove/moveSelection/dragHandle/endMove).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QPointF>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QRectF>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/curve_lanes.h"
#include "app/bridge/curve_painter.h"
#include "app/bridge/project_document.h"
#include "core/analysis/motion_series.h"
#include "core/rig/camera_rig.h"
#include "core/timeline/time_axis.h"

namespace murnau {


class CurveEditorView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    // What the graph shows: "values", "speed" or "acceleration".
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString hintText READ hintText NOTIFY hintTextChanged)       // what a drag does, or why it was refused
    Q_PROPERTY(bool hintIsError READ hintIsError NOTIFY hintTextChanged)    // hintText is core's refusal
    Q_PROPERTY(QString cursorText READ cursorText NOTIFY cursorTextChanged) // "2.25 s   3.40 m" under the pointer

public:
    explicit CurveEditorView(QQuickItem* parent = nullptr);

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    QString mode() const;
    void setMode(const QString& mode);
    QString hintText() const { return m_hintText; }
    bool hintIsError() const { return m_hintIsError; }
    QString cursorText() const { return m_cursorText; }

    // Frames the whole shot and every shown curve (its keys' handles included) or derived graph.
    Q_INVOKABLE void frameAll();
    // Frames the selected keys (with their handles); frames all when none is shown.
    Q_INVOKABLE void frameSelection();

    // --- For tests and the painter: the geometry as it stands (lanes rebuilt first if stale).

    // The time axis; item x = gutterWidth() + timeAxis().toPixel(t).
    const TimeAxis& timeAxis() const { return m_time; }
    static double gutterWidth();
    static double rulerHeight();
    // The lanes, placed in the item.
    const std::vector<CurveLane>& lanes();
    // The item point of key `key` (nullopt when it is not shown).
    std::optional<QPointF> keyItemPoint(KeyId key);
    // The item point of a handle of `key` (nullopt when not shown or not used).
    std::optional<QPointF> handleItemPoint(KeyId key, HandleSide side);
    // The derived graphs (speed and acceleration modes), built first if stale; null in values mode
    // or without a shot.
    const MotionSeries* series();

    void paint(QPainter* painter) override;

signals:
    void documentChanged();
    void modeChanged();
    void hintTextChanged();
    void cursorTextChanged();

protected:
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void hoverMoveEvent(QHoverEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;

private:
    enum class DragMode { None, Scrub, Pan, PressKey, MoveKeys, Handle, Box };

    void markStale();                 // the project, the shot or the shown channels changed
    void rebuild();                   // lanes, rig and series from the document, if stale
    const CameraRig* shownRig() const;
    QRectF graphArea() const;
    void fitLane(CurveLane& lane, Flicks from, Flicks to);   // to the values shown over [from, to]
    void fitLaneTo(CurveLane& lane, const ValueRange& range);
    void storeAxes();                 // remembers each lane's axis by its id
    void setHint(const QString& text, bool isError);
    void setCursorPoint(const QPointF& itemPx);
    void scrubTo(double x);
    void continueKeyMove(const QPointF& itemPx, Qt::KeyboardModifiers modifiers);
    void continueHandleDrag(const QPointF& itemPx);
    void endDrag();
    bool handlesKey(int key) const;

    QPointer<ProjectDocument> m_document;
    CurveMode m_mode = CurveMode::Values;
    CurvePainter m_painter;
    TimeAxis m_time;
    std::vector<CurveLane> m_lanes;
    std::map<std::string, ValueAxis> m_axes;   // each lane's axis by lane id, kept while zooming
    std::vector<RigChannel> m_channels;        // the channels shown
    std::optional<CameraRig> m_rig;            // the shown shot's rig (a copy: cheap, rails are shared)
    std::optional<MotionSeries> m_series;
    QString m_shotId;                          // the shot the view was fitted to
    Flicks m_duration = 0;
    QString m_message;                         // why nothing is graphed
    bool m_stale = true;
    bool m_needsFit = true;
    QString m_hintText;
    bool m_hintIsError = false;
    QString m_cursorText;

    // The drag in progress.
    DragMode m_dragMode = DragMode::None;
    QPointF m_pressPx;
    QPointF m_lastPx;
    CurveHit m_pressHit;
    Flicks m_pressKeyTime = 0;                 // the pressed key's time at the press
    double m_pressKeyValue = 0.0;              // ... and value
    QPointF m_handleStart;                     // a dragged handle at the press: (seconds, value)
    bool m_moved = false;                      // a step of the drag reached the document
    std::optional<std::size_t> m_panLane;      // the lane a pan scrolls vertically
    std::optional<QRectF> m_box;
};

} // namespace murnau
