#include "app/bridge/timeline_view.h"

#include <algorithm>
#include <cmath>

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "app/bridge/project_document.h"

namespace murnau {

namespace {

constexpr double kFitMarginPx = 16.0;       // free space either side of the shot when fitting, pixels
constexpr double kWheelZoomPerNotch = 1.189207115002721;   // 2^(1/4): four notches double the zoom
constexpr double kWheelScrollPerNotchPx = 60.0;
constexpr double kFollowMarginPx = 24.0;    // playback pages the view when the playhead gets this near an edge

QString seconds(Flicks t)
{
    return QStringLiteral("%1 s").arg(flicksToSeconds(t), 0, 'f', 2);
}

} // namespace

TimelineView::TimelineView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::RightButton);
    setAcceptHoverEvents(true);
    setActiveFocusOnTab(true);
    setAntialiasing(true);
    setOpaquePainting(true);
}

void TimelineView::setDocument(ProjectDocument* document)
{
    if (m_document == document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
        disconnect(m_document->keys(), nullptr, this, nullptr);
        disconnect(m_document->report(), nullptr, this, nullptr);
        disconnect(m_document->selection(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &TimelineView::onProjectChanged);
        connect(m_document, &ProjectDocument::documentChanged, this, &TimelineView::onProjectChanged);
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &TimelineView::onShotChanged);
        connect(m_document->player(), &ShotPlayer::timeChanged, this, [this] {
            followPlayhead();
            update();
        });
        connect(m_document->player(), &ShotPlayer::rangeChanged, this, [this] { update(); });
        connect(m_document->keys(), &KeyEditor::selectionChanged, this, [this] { update(); });
        connect(m_document->keys(), &KeyEditor::curveChannelsChanged, this, [this] { update(); });
        connect(m_document->report(), &ShotReport::changed, this, [this] { update(); });
        connect(m_document->selection(), &Selection::changed, this, [this] { update(); });
    }
    onShotChanged();
    emit documentChanged();
}

void TimelineView::onProjectChanged()
{
    relayout();
    update();
}

void TimelineView::onShotChanged()
{
    relayout();
    m_needsFit = true;
    fit();
}

void TimelineView::relayout()
{
    const std::optional<std::size_t> scene = m_document ? m_document->player()->sceneIndexOpt() : std::nullopt;
    std::vector<TimelineTrack> tracks;
    if (m_document && m_document->isLoaded())
        tracks = timelineTracks(m_document->project(), scene);
    if (!m_document || !m_document->player()->hasShot())
        tracks.clear();
    const std::vector<TrackRow> rows = layoutTrackRows(tracks, m_visibility);
    const bool changed = rows.size() != m_layout.rows.size()
                         || !std::equal(rows.begin(), rows.end(), m_layout.rows.begin(), [](const TrackRow& a, const TrackRow& b) {
                                return a.track.id == b.track.id && a.topPx == b.topPx && a.track.label == b.track.label;
                            })
                         || tracks.size() != m_tracks.size();
    m_tracks = tracks;
    m_layout.rows = rows;
    m_layout.axis = m_axis;
    m_layout.widthPx = width();
    m_layout.heightPx = height();
    setScrollY(m_scrollY);   // clamps to the new content
    if (changed)
        emit rowsChanged();
}

const TimelineLayout& TimelineView::layout()
{
    m_layout.axis = m_axis;
    m_layout.widthPx = width();
    m_layout.heightPx = height();
    m_layout.scrollYPx = m_scrollY;
    return m_layout;
}

QVariantList TimelineView::rows() const
{
    QVariantList list;
    for (const TrackRow& row : m_layout.rows) {
        const TimelineTrack& track = row.track;
        const QString kind = track.kind == TrackKind::Group     ? QStringLiteral("group")
                             : track.kind == TrackKind::Channel ? QStringLiteral("channel")
                                                                : QStringLiteral("actor");
        list.append(QVariantMap{
            {QStringLiteral("id"), track.id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("label"), track.label},
            {QStringLiteral("unit"), track.unit},
            {QStringLiteral("group"), track.group},
            {QStringLiteral("channel"), track.kind == TrackKind::Channel ? static_cast<int>(track.channel) : -1},
            {QStringLiteral("actor"), QString::fromStdString(track.actor)},
            {QStringLiteral("y"), TimelineLayout::tracksTop() + row.topPx - m_scrollY},
            {QStringLiteral("height"), row.heightPx},
            {QStringLiteral("folded"), m_visibility.folded.contains(track.id)},
        });
    }
    return list;
}

QVariantList TimelineView::tracks() const
{
    QVariantList list;
    for (const TimelineTrack& track : m_tracks) {
        if (track.kind == TrackKind::Group)
            continue;
        list.append(QVariantMap{
            {QStringLiteral("id"), track.id},
            {QStringLiteral("kind"), track.kind == TrackKind::Channel ? QStringLiteral("channel") : QStringLiteral("actor")},
            {QStringLiteral("label"), track.label},
            {QStringLiteral("hidden"), m_visibility.hidden.contains(track.id)},
        });
    }
    return list;
}

void TimelineView::setTimecodeLabels(bool on)
{
    if (on == m_timecodeLabels)
        return;
    m_timecodeLabels = on;
    emit timecodeLabelsChanged();
    update();
}

void TimelineView::setTrackHidden(const QString& id, bool hidden)
{
    if (hidden == m_visibility.hidden.contains(id))
        return;
    if (hidden)
        m_visibility.hidden.insert(id);
    else
        m_visibility.hidden.erase(id);
    relayout();
    emit rowsChanged();   // the Tracks menu's checks
    update();
}

void TimelineView::toggleFolded(const QString& id)
{
    if (!m_visibility.folded.erase(id))
        m_visibility.folded.insert(id);
    relayout();
    emit rowsChanged();
    update();
}

void TimelineView::showAllTracks()
{
    m_visibility.hidden.clear();
    m_visibility.folded.clear();
    relayout();
    emit rowsChanged();
    update();
}

void TimelineView::setAxis(const TimeAxis& axis)
{
    if (axis == m_axis)
        return;
    m_axis = axis;
    m_layout.axis = axis;
    emit viewChanged();
    update();
}

void TimelineView::setScrollY(double y)
{
    const double visible = std::max(0.0, height() - TimelineLayout::tracksTop());
    const double clamped = std::clamp(y, 0.0, std::max(0.0, m_layout.contentHeight() - visible));
    if (clamped == m_scrollY)
        return;
    m_scrollY = clamped;
    m_layout.scrollYPx = clamped;
    emit rowsChanged();
    update();
}

void TimelineView::fit()
{
    if (!m_document || width() <= 2 * kFitMarginPx) {
        m_needsFit = true;
        return;
    }
    const ShotPlayer* player = m_document->player();
    const Flicks end = player->hasShot() ? framesToFlicks(player->frameCount(), player->frameRate()) : kFlicksPerSecond;
    m_needsFit = false;
    setAxis(TimeAxis::fitting(0, end, width(), kFitMarginPx));
    m_fitted = true;
}

void TimelineView::zoomAt(double x, double factor)
{
    m_fitted = false;
    setAxis(m_axis.zoomedAbout(x, factor));
}

void TimelineView::scrollRows(double px)
{
    setScrollY(m_scrollY + px);
}

void TimelineView::followPlayhead()
{
    // While playing, page the view so the playhead stays in sight (not while the user scrubs).
    if (!m_document || !m_document->player()->isPlaying() || width() <= 4 * kFollowMarginPx)
        return;
    const double x = m_axis.toPixel(m_document->player()->timeFlicks());
    if (x < 0.0 || x > width() - kFollowMarginPx)
        setAxis(m_axis.scrolledBy(x - kFollowMarginPx));
}

const CameraRig* TimelineView::rig() const
{
    return m_document ? m_document->keys()->rig() : nullptr;
}

const std::vector<ActorBlocking>* TimelineView::sceneBlocking() const
{
    if (!m_document)
        return nullptr;
    const std::optional<std::size_t> scene = m_document->player()->sceneIndexOpt();
    if (!scene || *scene >= m_document->project().scenes.size())
        return nullptr;
    return &m_document->project().scenes[*scene].blocking;
}

Flicks TimelineView::actionStart() const
{
    if (!m_document)
        return 0;
    const std::optional<std::size_t> scene = m_document->player()->sceneIndexOpt();
    if (!scene || *scene >= m_document->project().scenes.size())
        return 0;
    const std::string id = m_document->player()->shotId().toStdString();
    for (const Shot& shot : m_document->project().scenes[*scene].shots)
        if (shot.id == id)
            return shot.actionStart;
    return 0;
}

std::vector<TimelineWarning> TimelineView::warnings() const
{
    std::vector<TimelineWarning> list;
    if (!m_document)
        return list;
    for (const QVariant& entry : m_document->report()->warnings()) {
        const QVariantMap map = entry.toMap();
        TimelineWarning warning;
        warning.startSeconds = map.value(QStringLiteral("startSeconds")).toDouble();
        warning.endSeconds = map.value(QStringLiteral("endSeconds")).toDouble();
        warning.severity = map.value(QStringLiteral("severity")).toString();
        warning.message = map.value(QStringLiteral("message")).toString();
        warning.rigChannel = map.value(QStringLiteral("rigChannel"), -1).toInt();
        list.push_back(warning);
    }
    return list;
}

std::optional<QPointF> TimelineView::keyCentre(KeyId key)
{
    const TrackRow* row = layout().rowOfChannel(key.channel);
    if (!row)
        return std::nullopt;
    return QPointF(m_axis.toPixel(key.time), m_layout.rowRect(*row).center().y());
}

std::optional<QRectF> TimelineView::markBar(const std::string& actor, std::size_t markIndex)
{
    const TrackRow* row = layout().rowOfActor(actor);
    const std::vector<ActorBlocking>* blocking = sceneBlocking();
    if (!row || !blocking)
        return std::nullopt;
    for (const ActorBlocking& candidate : *blocking)
        if (candidate.actor == actor && markIndex < candidate.marks.size())
            return markBarRect(m_layout, *row, candidate, markIndex, actionStart());
    return std::nullopt;
}

void TimelineView::paint(QPainter* painter)
{
    QElapsedTimer timer;
    timer.start();
    const TimelineLayout& view = layout();
    if (!m_document || !m_document->player()->hasShot()) {
        painter->fillRect(QRectF(0, 0, width(), height()), m_painter.style().background);
        painter->setPen(m_painter.style().textDim);
        const QString why = m_document && !m_document->player()->errorText().isEmpty()
                                ? m_document->player()->errorText()
                                : tr("No shot is shown: choose one in the transport bar to see its tracks.");
        painter->drawText(QRectF(0, 0, width(), height()), Qt::AlignCenter | Qt::TextWordWrap, why);
        m_lastPaintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return;
    }
    const ShotPlayer* player = m_document->player();
    const std::vector<TimelineWarning> list = warnings();
    TimelinePaintInput input;
    input.rate = player->frameRate();
    input.frameCount = player->frameCount();
    input.durationFlicks = player->evaluator() ? player->evaluator()->durationFlicks() : 0;
    input.playhead = player->timeFlicks();
    input.inFrame = player->inFrame();
    input.outFrame = player->outFrame();
    input.timecodeLabels = m_timecodeLabels;
    input.rig = rig();
    input.blocking = sceneBlocking();
    input.actionStart = actionStart();
    input.selectedKeys = &m_document->keys()->selection();
    const Selection* selection = m_document->selection();
    if (selection->kind() == QLatin1String("mark")) {
        input.selectedMarkActor = selection->name().toStdString();
        input.selectedMarkIndex = selection->index();
    }
    for (const QVariant& channel : m_document->keys()->curveChannels())
        input.curveChannels.insert(static_cast<RigChannel>(channel.toInt()));
    input.warnings = &list;
    input.hoveredWarning = m_hoveredWarning;
    if (m_dragMode == DragMode::Box)
        input.box = QRectF(m_pressPx, m_lastPx);
    m_painter.paint(*painter, view, input);
    m_lastPaintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void TimelineView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    m_layout.widthPx = newGeometry.width();
    m_layout.heightPx = newGeometry.height();
    setScrollY(m_scrollY);
    if (m_needsFit || (m_fitted && newGeometry.width() != oldGeometry.width()))
        fit();
    update();
}

void TimelineView::setHover(const QString& text, int warning)
{
    if (warning != m_hoveredWarning) {
        m_hoveredWarning = warning;
        update();
    }
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    emit hoverTextChanged();
}

void TimelineView::setHint(const QString& text, bool isError)
{
    if (text == m_hintText && isError == m_hintIsError)
        return;
    m_hintText = text;
    m_hintIsError = isError;
    emit hintTextChanged();
}

QString TimelineView::describeAt(double x, double y)
{
    const TimelineLayout& view = layout();
    const std::vector<TimelineWarning> list = warnings();
    const int warning = warningAt(view, list, x, y);
    if (warning >= 0) {
        const TimelineWarning& w = list[static_cast<std::size_t>(warning)];
        setHover(QStringLiteral("%1 %2\u2013%3 s: %4")
                     .arg(w.severity)
                     .arg(w.startSeconds, 0, 'f', 2)
                     .arg(w.endSeconds, 0, 'f', 2)
                     .arg(w.message),
                 warning);
        return m_hoverText;
    }
    QString text;
    if (const CameraRig* cameraRig = rig()) {
        const std::vector<KeyId> keys = keysAt(view, *cameraRig, x, y);
        if (keys.size() == 1) {
            const RigChannelInfo& info = rigChannelInfo(keys[0].channel);
            const Curve& curve = cameraRig->channel(keys[0].channel);
            if (const auto index = curve.findKey(keys[0].time)) {
                static const char* const kInterpolation[] = {"constant", "linear", "bezier", "eased"};
                text = tr("%1 %2 %3 at %4 (frame %5), %6")
                           .arg(QString::fromUtf8(info.label.data(), static_cast<int>(info.label.size())))
                           .arg(curve.key(*index).value, 0, 'f', 3)
                           .arg(QString::fromUtf8(info.unit.data(), static_cast<int>(info.unit.size())))
                           .arg(seconds(keys[0].time))
                           .arg(flicksToFrame(keys[0].time, m_document->player()->frameRate()))
                           .arg(QLatin1String(kInterpolation[static_cast<int>(curve.key(*index).interpolation)]));
            }
        } else if (keys.size() > 1) {
            text = tr("%n keys at %1", nullptr, static_cast<int>(keys.size())).arg(seconds(keys[0].time));
        }
    }
    if (text.isEmpty()) {
        if (const std::vector<ActorBlocking>* blocking = sceneBlocking()) {
            if (const auto hit = markAt(view, *blocking, actionStart(), x, y)) {
                for (const ActorBlocking& actor : *blocking) {
                    if (actor.actor != hit->actor)
                        continue;
                    const Mark& mark = actor.marks[hit->markIndex];
                    text = tr("%1 on mark %2 from %3 to %4 (action time)")
                               .arg(QString::fromStdString(actor.actor), QString::fromStdString(mark.name),
                                    seconds(mark.arriveAt), seconds(mark.leaveAt));
                }
            }
        }
    }
    setHover(text, -1);
    return text;
}

void TimelineView::hoverMoveEvent(QHoverEvent* event)
{
    if (m_document && m_document->player()->hasShot())
        describeAt(event->position().x(), event->position().y());
    QQuickPaintedItem::hoverMoveEvent(event);
}

void TimelineView::hoverLeaveEvent(QHoverEvent* event)
{
    setHover(QString(), -1);
    QQuickPaintedItem::hoverLeaveEvent(event);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint angle = event->angleDelta();
    const double notches = angle.y() / 120.0;
    if (event->modifiers().testFlag(Qt::ControlModifier) && notches != 0.0) {
        zoomAt(event->position().x(), std::pow(kWheelZoomPerNotch, notches));
    } else if (event->modifiers().testFlag(Qt::ShiftModifier) && notches != 0.0) {
        scrollRows(-notches * kTrackRowHeightPx);
    } else if (notches != 0.0 || angle.x() != 0) {
        // Wheel down (or a swipe left) brings later times into view.
        m_fitted = false;
        setAxis(m_axis.scrolledBy(-notches * kWheelScrollPerNotchPx - angle.x() / 120.0 * kWheelScrollPerNotchPx));
    } else {
        event->ignore();
        return;
    }
    event->accept();
}

bool TimelineView::event(QEvent* event)
{
    // While the timeline has the focus, F fits it rather than reaching a window shortcut.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_F && !(key->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier))) {
            event->accept();
            return true;
        }
    }
    return QQuickPaintedItem::event(event);
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_F) {
        fit();
        event->accept();
        return;
    }
    QQuickPaintedItem::keyPressEvent(event);
}

} // namespace murnau
