// TimelineView's mouse handling: scrubbing, warnings, key selection and moves, box selection,
// mark retiming, the context menu request (see timeline_view.h for the gestures).

#include <algorithm>
#include <cmath>

#include <QMouseEvent>

#include "app/bridge/project_document.h"
#include "app/bridge/timeline_view.h"
#include "core/edit/blocking_edits.h"
#include "core/timeline/timeline_snap.h"

namespace murnau {

namespace {

constexpr double kDragThresholdPx = 3.0;   // travel before a press becomes a drag, pixels

Flicks secondsToFlicks(double seconds)
{
    return static_cast<Flicks>(std::llround(seconds * static_cast<double>(kFlicksPerSecond)));
}

bool allSelected(const KeyEditor& keys, const std::vector<KeyId>& hit)
{
    return std::all_of(hit.begin(), hit.end(), [&](KeyId key) { return keys.isSelected(key); });
}

} // namespace

void TimelineView::movePlayheadTo(double x)
{
    scrubTo(x);
}

void TimelineView::scrubTo(double x)
{
    if (!m_document)
        return;
    ShotPlayer* player = m_document->player();
    const FrameRate rate = player->frameRate();
    const Flicks time = nearestFrameStart(m_axis.toTime(x), rate);
    player->setFrame(static_cast<int>(std::clamp<std::int64_t>(flicksToFrame(time, rate), 0, player->frameCount() - 1)));
}

bool TimelineView::addKeyAt(double x, double y)
{
    if (!m_document || !m_document->player()->hasShot())
        return false;
    const TrackRow* row = layout().rowAt(y);
    if (!row)
        return false;
    scrubTo(x);
    if (row->track.kind == TrackKind::Channel)
        return m_document->keys()->addKey(static_cast<int>(row->track.channel));
    if (row->track.kind == TrackKind::Group && row->track.group == QLatin1String("camera"))
        return m_document->keys()->addKeysAll();
    return false;
}

Flicks TimelineView::snapped(Flicks time, Qt::KeyboardModifiers modifiers, bool toKeys) const
{
    if (!m_document || modifiers.testFlag(Qt::ControlModifier))
        return time;
    const ShotPlayer* player = m_document->player();
    std::vector<Flicks> instants{player->timeFlicks()};
    if (player->inFrame() >= 0)
        instants.push_back(framesToFlicks(player->inFrame(), player->frameRate()));
    if (player->outFrame() >= 0)
        instants.push_back(framesToFlicks(player->outFrame() + 1, player->frameRate()));
    if (const CameraRig* cameraRig = rig(); cameraRig && toKeys) {
        // Other keys: not the ones being moved (the selection follows them).
        const KeyEditor* keys = m_document->keys();
        for (const RigChannelInfo& info : rigChannels())
            for (const Keyframe& key : cameraRig->channel(info.channel).keys())
                if (!keys->isSelected({info.channel, key.time}))
                    instants.push_back(key.time);
    }
    if (const std::vector<ActorBlocking>* blocking = sceneBlocking()) {
        // The other marks' times (the one being dragged is not among them while it moves with the drag).
        const Flicks start = actionStart();
        for (const ActorBlocking& actor : *blocking)
            for (std::size_t i = 0; i < actor.marks.size(); ++i) {
                if (m_mark && m_mark->actor == actor.actor && m_mark->markIndex == i)
                    continue;
                instants.push_back(actor.marks[i].arriveAt - start);
                instants.push_back(actor.marks[i].leaveAt - start);
            }
    }
    std::sort(instants.begin(), instants.end());
    return snapTime(time, player->frameRate(), instants, m_axis).time;
}

void TimelineView::clickWarning(int index)
{
    const std::vector<TimelineWarning> list = warnings();
    if (index < 0 || index >= static_cast<int>(list.size()) || !m_document)
        return;
    const TimelineWarning& warning = list[static_cast<std::size_t>(index)];
    ShotPlayer* player = m_document->player();
    const FrameRate rate = player->frameRate();
    const Flicks start = secondsToFlicks(warning.startSeconds);
    const Flicks end = secondsToFlicks(warning.endSeconds);
    // The first frame showing the range's start.
    player->setFrame(static_cast<int>(flicksToFrame(start + rate.flicksPerFrame() - 1, rate)));
    setHint(warning.message, false);
    const CameraRig* cameraRig = rig();
    if (warning.rigChannel < 0 || warning.rigChannel >= static_cast<int>(kRigChannelCount) || !cameraRig)
        return;
    const auto channel = static_cast<RigChannel>(warning.rigChannel);
    KeyEditor* keys = m_document->keys();
    keys->setCurveChannels({warning.rigChannel});
    // The channel's keys inside the range; without any, the keys of the segment holding it.
    std::vector<KeyId> inside;
    std::optional<Flicks> before;
    std::optional<Flicks> after;
    for (const Keyframe& key : cameraRig->channel(channel).keys()) {
        if (key.time >= start && key.time <= end)
            inside.push_back({channel, key.time});
        else if (key.time < start)
            before = key.time;
        else if (!after)
            after = key.time;
    }
    if (inside.empty()) {
        if (before)
            inside.push_back({channel, *before});
        if (after)
            inside.push_back({channel, *after});
    }
    keys->setSelection(inside);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    event->accept();
    const QPointF pos = event->position();
    m_pressPx = m_lastPx = pos;
    m_pressTime = m_axis.toTime(pos.x());
    m_moved = false;
    m_mark.reset();
    m_dragMode = DragMode::None;
    if (!m_document || !m_document->player()->hasShot())
        return;
    const bool left = event->button() == Qt::LeftButton;
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const TimelineLayout& view = layout();
    if (pos.y() < kRulerHeightPx) {
        if (left) {
            m_dragMode = DragMode::Scrub;
            scrubTo(pos.x());
        }
        return;
    }
    if (pos.y() < TimelineLayout::tracksTop()) {
        const int warning = warningAt(view, warnings(), pos.x(), pos.y());
        if (left && warning >= 0) {
            clickWarning(warning);
        } else if (left) {   // the empty lane scrubs like the ruler
            m_dragMode = DragMode::Scrub;
            scrubTo(pos.x());
        }
        return;
    }
    KeyEditor* keys = m_document->keys();
    const CameraRig* cameraRig = rig();
    const std::vector<KeyId> hit = cameraRig ? keysAt(view, *cameraRig, pos.x(), pos.y()) : std::vector<KeyId>{};
    const TrackRow* row = view.rowAt(pos.y());
    if (event->button() == Qt::RightButton) {
        if (!hit.empty() && !allSelected(*keys, hit))
            keys->setSelection(hit);
        const bool channelRow = row && row->track.kind == TrackKind::Channel;
        const bool cameraRow = row && row->track.kind == TrackKind::Group && row->track.group == QLatin1String("camera");
        emit contextMenuRequested(pos.x(), pos.y(), !hit.empty(), channelRow ? static_cast<int>(row->track.channel) : -1,
                                  cameraRow);
        return;
    }
    if (!left)
        return;
    if (!hit.empty()) {
        if (shift)
            keys->extendSelection(hit, true);
        else if (!allSelected(*keys, hit))
            keys->setSelection(hit);
        m_referenceTime = hit.front().time;
        if (allSelected(*keys, hit))
            m_dragMode = DragMode::PressKey;
        setHint(tr("Drag to move the selected keys in time (snaps to frames and keys; Ctrl: no snapping)"), false);
        return;
    }
    if (const std::vector<ActorBlocking>* blocking = sceneBlocking()) {
        if (const auto mark = markAt(view, *blocking, actionStart(), pos.x(), pos.y())) {
            m_mark = mark;
            for (const ActorBlocking& actor : *blocking)
                if (actor.actor == mark->actor) {
                    m_markArrive = actor.marks[mark->markIndex].arriveAt;
                    m_markLeave = actor.marks[mark->markIndex].leaveAt;
                }
            m_referenceTime = (mark->part == MarkPart::Leave ? m_markLeave : m_markArrive) - actionStart();
            m_document->selection()->select(QStringLiteral("mark"), QString::fromStdString(mark->actor),
                                            static_cast<int>(mark->markIndex));
            m_dragMode = DragMode::PressMark;
            setHint(mark->part == MarkPart::Body ? tr("Drag to retime the mark (Ctrl: no snapping)")
                                                 : tr("Drag to change when the actor %1 the mark")
                                                       .arg(mark->part == MarkPart::Arrive ? tr("arrives at") : tr("leaves")),
                    false);
            return;
        }
    }
    m_boxAdds = shift;
    m_dragMode = DragMode::Box;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    event->accept();
    const QPointF pos = event->position();
    const bool beyondThreshold = std::hypot(pos.x() - m_pressPx.x(), pos.y() - m_pressPx.y()) >= kDragThresholdPx;
    switch (m_dragMode) {
    case DragMode::None: return;
    case DragMode::Scrub: scrubTo(pos.x()); return;
    case DragMode::PressKey:
        if (!beyondThreshold)
            return;
        m_document->keys()->beginMove();
        m_moved = true;
        m_dragMode = DragMode::MoveKeys;
        continueKeyMove(pos.x(), event->modifiers());
        return;
    case DragMode::MoveKeys: continueKeyMove(pos.x(), event->modifiers()); return;
    case DragMode::PressMark:
        if (!beyondThreshold)
            return;
        m_mergeKey = m_document->dragKey("retime-mark:" + std::to_string(m_document->player()->sceneIndex()) + ":"
                                         + m_mark->actor + ":" + std::to_string(m_mark->markIndex));
        m_dragMode = DragMode::MoveMark;
        continueMarkMove(pos.x(), event->modifiers());
        return;
    case DragMode::MoveMark: continueMarkMove(pos.x(), event->modifiers()); return;
    case DragMode::Box:
        m_lastPx = pos;
        update();
        return;
    }
}

void TimelineView::continueKeyMove(double x, Qt::KeyboardModifiers modifiers)
{
    const Flicks target = snapped(m_referenceTime + (m_axis.toTime(x) - m_pressTime), modifiers, true);
    const Flicks delta = target - m_referenceTime;
    KeyEditor* keys = m_document->keys();
    if (keys->moveSelection(delta)) {
        const double frames = static_cast<double>(delta) / static_cast<double>(m_document->player()->frameRate().flicksPerFrame());
        setHint(tr("%n key(s) moved by %1 s (%2 frames); Ctrl: no snapping", nullptr, keys->selectedCount())
                    .arg(flicksToSeconds(delta), 0, 'f', 3)
                    .arg(frames, 0, 'f', std::abs(frames - std::round(frames)) < 1e-9 ? 0 : 2),
                false);
    } else {
        setHint(m_document->errorText(), true);
    }
}

void TimelineView::continueMarkMove(double x, Qt::KeyboardModifiers modifiers)
{
    if (!m_mark)
        return;
    const Flicks target = snapped(m_referenceTime + (m_axis.toTime(x) - m_pressTime), modifiers, true);
    const Flicks delta = target - m_referenceTime;
    Flicks arrive = m_markArrive;
    Flicks leave = m_markLeave;
    if (m_mark->part != MarkPart::Leave)
        arrive += delta;
    if (m_mark->part != MarkPart::Arrive)
        leave += delta;
    const std::optional<std::size_t> scene = m_document->player()->sceneIndexOpt();
    if (!scene)
        return;
    const Result<Edit> edit =
        setMarkTimes(m_document->project(), *scene, m_mark->actor, m_mark->markIndex, arrive, leave, m_mergeKey);
    if (m_document->perform(edit)) {
        m_moved = true;
        setHint(m_document->undoText(), false);
    } else {
        setHint(m_document->errorText(), true);   // a later position may fit: the drag goes on
    }
}

void TimelineView::endDrag()
{
    if (m_dragMode == DragMode::MoveKeys)
        m_document->keys()->endMove();
    else if (m_dragMode == DragMode::MoveMark && m_moved)
        m_document->endDrag();
    m_dragMode = DragMode::None;
    m_moved = false;
    m_mark.reset();
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    event->accept();
    if (!m_document) {
        m_dragMode = DragMode::None;
        return;
    }
    if (m_dragMode == DragMode::Box) {
        const QPointF pos = event->position();
        KeyEditor* keys = m_document->keys();
        const bool dragged = std::hypot(pos.x() - m_pressPx.x(), pos.y() - m_pressPx.y()) >= kDragThresholdPx;
        if (dragged && rig()) {
            const std::vector<KeyId> inBox = keysInRect(layout(), *rig(), QRectF(m_pressPx, pos));
            if (m_boxAdds)
                keys->extendSelection(inBox, false);
            else
                keys->setSelection(inBox);
        } else if (!m_boxAdds) {
            keys->clearSelection();   // a click on empty space
        }
        m_dragMode = DragMode::None;
        update();
        return;
    }
    endDrag();
}

} // namespace murnau
