// The curve editor's mouse and keyboard (the view's other half: curve_editor_view.cpp builds and
// paints). What each gesture does is listed in curve_editor_view.h.

#include <algorithm>
#include <cmath>

#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>

#include "app/bridge/curve_editor_view.h"
#include "app/bridge/project_document.h"
#include "core/timeline/curve_polyline.h"
#include "core/timeline/timeline_snap.h"

namespace murnau {

namespace {

constexpr double kHitTolerancePx = 7.0;       // how near the pointer must be to pick a key or handle
constexpr double kDragThresholdPx = 3.0;      // travel before a press becomes a drag
constexpr double kWheelZoomPerNotch = 1.189207115002721;   // 2^(1/4): four notches double the scale
constexpr double kMinHandleSeconds = 1e-3;    // a handle keeps at least 1 ms on its side of the key

} // namespace

void CurveEditorView::scrubTo(double x)
{
    if (!m_document)
        return;
    ShotPlayer* player = m_document->player();
    const Flicks t = nearestFrameStart(m_time.toTime(x - gutterWidth()), player->frameRate());
    player->setFrame(static_cast<int>(flicksToFrame(t, player->frameRate())));
}

void CurveEditorView::mousePressEvent(QMouseEvent* event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    rebuild();
    event->accept();
    m_pressPx = m_lastPx = event->position();
    m_moved = false;
    m_box.reset();
    m_dragMode = DragMode::None;
    if (!m_document || m_lanes.empty())
        return;
    if (event->button() == Qt::MiddleButton || event->button() == Qt::RightButton) {
        m_dragMode = DragMode::Pan;
        m_panLane = laneAtRow(m_lanes, m_pressPx.y());
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_pressPx.y() < rulerHeight()) {
        m_dragMode = DragMode::Scrub;
        scrubTo(m_pressPx.x());
        return;
    }
    KeyEditor* keys = m_document->keys();
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    m_pressHit = m_rig && m_mode == CurveMode::Values
                     ? hitTest(m_lanes, m_time, gutterWidth(), *m_rig, keys->selection(), m_pressPx, kHitTolerancePx)
                     : CurveHit{};
    switch (m_pressHit.kind) {
    case CurveHit::Kind::Handle: m_dragMode = DragMode::Handle; break;
    case CurveHit::Kind::Key: {
        if (shift)
            keys->extendSelection({m_pressHit.key}, true);
        else if (!keys->isSelected(m_pressHit.key))
            keys->setSelection({m_pressHit.key});
        m_dragMode = keys->isSelected(m_pressHit.key) ? DragMode::PressKey : DragMode::None;
        const Curve& curve = m_rig->channel(m_pressHit.key.channel);
        m_pressKeyTime = m_pressHit.key.time;
        m_pressKeyValue = curve.key(*curve.findKey(m_pressHit.key.time)).value;
        break;
    }
    case CurveHit::Kind::None:
        m_dragMode = DragMode::Box;
        if (!shift)
            keys->clearSelection();
        break;
    }
    if (m_dragMode == DragMode::Handle) {
        setHint(tr("Drag the handle: shapes the Bezier segment"), false);
    } else if (m_dragMode == DragMode::PressKey) {
        setHint(tr("Drag: move the selected keys in time (snapped to frames; Ctrl: free) and value"), false);
    }
}

void CurveEditorView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    setCursorPoint(pos);
    event->accept();
    switch (m_dragMode) {
    case DragMode::None: return;
    case DragMode::Scrub: scrubTo(pos.x()); return;
    case DragMode::Pan: {
        const QPointF delta = pos - m_lastPx;
        m_lastPx = pos;
        m_time = m_time.scrolledBy(-delta.x());
        if (m_panLane && *m_panLane < m_lanes.size()) {
            m_lanes[*m_panLane].axis = m_lanes[*m_panLane].axis.scrolledBy(delta.y());
            storeAxes();
        }
        update();
        return;
    }
    case DragMode::Box:
        m_box = QRectF(m_pressPx, pos).normalized();
        update();
        return;
    case DragMode::PressKey: {
        const QPointF travel = pos - m_pressPx;
        if (std::hypot(travel.x(), travel.y()) < kDragThresholdPx)
            return;
        m_document->keys()->beginMove();
        m_dragMode = DragMode::MoveKeys;
        continueKeyMove(pos, event->modifiers());
        return;
    }
    case DragMode::MoveKeys: continueKeyMove(pos, event->modifiers()); return;
    case DragMode::Handle: {
        const QPointF travel = pos - m_pressPx;
        if (!m_moved && std::hypot(travel.x(), travel.y()) < kDragThresholdPx)
            return;
        continueHandleDrag(pos);
        return;
    }
    }
}

void CurveEditorView::continueKeyMove(const QPointF& itemPx, Qt::KeyboardModifiers modifiers)
{
    KeyEditor* keys = m_document->keys();
    const FrameRate rate = m_document->player()->frameRate();
    // Where the pressed key goes: its time at the press moved by the pointer's travel.
    const double keyPx = m_time.toPixel(m_pressKeyTime) + (itemPx.x() - m_pressPx.x());
    Flicks target = m_time.toTime(keyPx);
    if (!modifiers.testFlag(Qt::ControlModifier)) {
        // Snap to frames, to the playhead and to the keys that do not move.
        std::vector<Flicks> instants{m_document->player()->timeFlicks()};
        for (const RigChannel channel : m_channels) {
            for (const Keyframe& key : m_rig->channel(channel).keys()) {
                if (!keys->isSelected(KeyId{channel, key.time}))
                    instants.push_back(key.time);
            }
        }
        std::sort(instants.begin(), instants.end());
        target = snapTime(target, rate, instants, m_time).time;
    }
    // The value change each shown channel's lane reads from the vertical travel.
    const double dy = itemPx.y() - m_pressPx.y();
    std::vector<std::pair<RigChannel, double>> deltaValue;
    for (const CurveLane& lane : m_lanes) {
        for (const RigChannel channel : lane.channels)
            deltaValue.emplace_back(channel, lane.axis.valueDelta(dy));
    }
    if (keys->moveSelection(target - m_pressKeyTime, deltaValue)) {
        m_moved = true;
        setHint(keys->selectionLabel(), false);
    } else if (!m_document->errorText().isEmpty()) {
        setHint(m_document->errorText(), true);
    }
}

void CurveEditorView::continueHandleDrag(const QPointF& itemPx)
{
    if (!m_rig || m_pressHit.lane >= m_lanes.size())
        return;
    const CurveLane& lane = m_lanes[m_pressHit.lane];
    const KeyId key = m_pressHit.key;
    const Curve& curve = m_rig->channel(key.channel);
    const auto index = curve.findKey(key.time);
    if (!index)
        return;
    if (!m_moved) {
        // The handle where it was at the press, so the drag moves it by the pointer's travel.
        const HandlePoints h = keyHandlePoints(curve, *index);
        const bool left = m_pressHit.side == HandleSide::Left;
        m_pressKeyValue = curve.key(*index).value;
        m_box.reset();
        m_handleStart = {left ? h.leftSeconds : h.rightSeconds, left ? h.leftValue : h.rightValue};
    }
    const double seconds = m_handleStart.x() + (itemPx.x() - m_pressPx.x()) / m_time.pixelsPerSecond;
    const double value = m_handleStart.y() + lane.axis.valueDelta(itemPx.y() - m_pressPx.y());
    Handle handle{seconds - flicksToSeconds(key.time), value - m_pressKeyValue};
    handle.timeS = m_pressHit.side == HandleSide::Left ? std::min(handle.timeS, -kMinHandleSeconds)
                                                       : std::max(handle.timeS, kMinHandleSeconds);
    if (m_document->keys()->dragHandle(key, m_pressHit.side, handle)) {
        m_moved = true;
        setHint(tr("Handle %1 s, %2 %3").arg(handle.timeS, 0, 'f', 2).arg(handle.value, 0, 'f', 3)
                    .arg(QString::fromStdString(lane.unit)),
                false);
    } else if (!m_document->errorText().isEmpty()) {
        setHint(m_document->errorText(), true);
    }
}

void CurveEditorView::endDrag()
{
    if (m_document && (m_dragMode == DragMode::MoveKeys || m_dragMode == DragMode::Handle) && m_moved)
        m_document->keys()->endMove();
    m_moved = false;
    m_dragMode = DragMode::None;
    m_box.reset();
}

void CurveEditorView::mouseReleaseEvent(QMouseEvent* event)
{
    event->accept();
    if (m_dragMode == DragMode::Pan)
        unsetCursor();
    if (m_dragMode == DragMode::Box && m_box && m_rig && m_document) {
        const std::vector<KeyId> inBox = keysInBox(m_lanes, m_time, gutterWidth(), *m_rig, *m_box);
        if (event->modifiers().testFlag(Qt::ShiftModifier))
            m_document->keys()->extendSelection(inBox, false);
        else
            m_document->keys()->setSelection(inBox);
    }
    endDrag();
    update();
}

void CurveEditorView::hoverMoveEvent(QHoverEvent* event)
{
    setCursorPoint(event->position());
    QQuickPaintedItem::hoverMoveEvent(event);
}

void CurveEditorView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    rebuild();
    const double factor = std::pow(kWheelZoomPerNotch, notches);
    const QPointF pos = event->position();
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        if (const auto lane = laneAtRow(m_lanes, pos.y())) {
            m_lanes[*lane].axis = m_lanes[*lane].axis.zoomedAbout(pos.y() - m_lanes[*lane].rect.top(), factor);
            storeAxes();
        }
    } else {
        m_time = m_time.zoomedAbout(pos.x() - gutterWidth(), factor);
    }
    event->accept();
    update();
}

bool CurveEditorView::handlesKey(int key) const
{
    return key == Qt::Key_Home || key == Qt::Key_F;
}

bool CurveEditorView::event(QEvent* event)
{
    // While the editor has the focus, Home and F frame here rather than move the playhead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (handlesKey(key->key()) && !(key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier))) {
            event->accept();
            return true;
        }
    }
    return QQuickPaintedItem::event(event);
}

void CurveEditorView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Home: frameAll(); break;
    case Qt::Key_F: frameSelection(); break;
    default: QQuickPaintedItem::keyPressEvent(event); return;
    }
    event->accept();
}

} // namespace murnau
