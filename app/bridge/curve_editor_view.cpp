#include "app/bridge/curve_editor_view.h"

#include <algorithm>
#include <cmath>

#include <QPainter>

#include "app/bridge/project_document.h"
#include "core/analysis/report_text.h"
#include "core/analysis/report_timeline.h"
#include "core/edit/scene_edits.h"
#include "core/timeline/curve_polyline.h"

namespace murnau {

namespace {

constexpr double kGutterPx = 64.0;            // value labels left of the graph
constexpr double kRulerPx = 22.0;             // the time ruler on top
constexpr double kLaneGapPx = 6.0;            // between stacked lanes
constexpr double kFitMarginPx = 24.0;         // free space round what is framed

// The smallest value span a lane frames around a flat curve: half its value, at least 0.1 unit.
double minSpanAround(double low, double high)
{
    return std::max(0.5 * std::max(std::fabs(low), std::fabs(high)), 0.1);
}

} // namespace

CurveEditorView::CurveEditorView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::MiddleButton | Qt::RightButton);
    setAcceptHoverEvents(true);
    setActiveFocusOnTab(true);
    setAntialiasing(true);
    setOpaquePainting(true);
}

double CurveEditorView::gutterWidth()
{
    return kGutterPx;
}

double CurveEditorView::rulerHeight()
{
    return kRulerPx;
}

void CurveEditorView::setDocument(ProjectDocument* document)
{
    if (m_document == document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
        disconnect(m_document->keys(), nullptr, this, nullptr);
        disconnect(m_document->report(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &CurveEditorView::markStale);
        connect(m_document, &ProjectDocument::fileChanged, this, [this] {
            m_needsFit = true;
            markStale();
        });
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &CurveEditorView::markStale);
        connect(m_document->player(), &ShotPlayer::timeChanged, this, [this] { update(); });
        connect(m_document->keys(), &KeyEditor::selectionChanged, this, &CurveEditorView::markStale);
        connect(m_document->keys(), &KeyEditor::curveChannelsChanged, this, &CurveEditorView::markStale);
        connect(m_document->report(), &ShotReport::changed, this, &CurveEditorView::markStale);
    }
    m_needsFit = true;
    markStale();
    emit documentChanged();
}

QString CurveEditorView::mode() const
{
    switch (m_mode) {
    case CurveMode::Values: return QStringLiteral("values");
    case CurveMode::Speed: return QStringLiteral("speed");
    case CurveMode::Acceleration: return QStringLiteral("acceleration");
    }
    return {};
}

void CurveEditorView::setMode(const QString& mode)
{
    const CurveMode next = mode == QLatin1String("speed")          ? CurveMode::Speed
                           : mode == QLatin1String("acceleration") ? CurveMode::Acceleration
                                                                   : CurveMode::Values;
    if (next == m_mode)
        return;
    endDrag();
    m_mode = next;
    markStale();
    emit modeChanged();
}

void CurveEditorView::markStale()
{
    m_stale = true;
    update();
}

const CameraRig* CurveEditorView::shownRig() const
{
    return m_rig ? &*m_rig : nullptr;
}

QRectF CurveEditorView::graphArea() const
{
    return {kGutterPx, kRulerPx + 2.0, std::max(width() - kGutterPx, 1.0), std::max(height() - kRulerPx - 4.0, 1.0)};
}

void CurveEditorView::rebuild()
{
    if (!m_stale)
        return;
    m_stale = false;
    storeAxes();
    m_lanes.clear();
    m_rig.reset();
    m_series.reset();
    m_message.clear();
    if (!m_document || !m_document->isLoaded()) {
        m_message = tr("No project");
        return;
    }
    const ShotPlayer* player = m_document->player();
    const Project& project = m_document->project();
    const Result<ShotPlace> place = findShot(project, player->shotId().toStdString());
    if (!place || !player->hasShot()) {
        m_message = player->errorText().isEmpty() ? tr("No shot: choose a shot to graph its channels")
                                                  : player->errorText();
        return;
    }
    const Scene& scene = project.scenes[place->sceneIndex];
    const Shot& shot = scene.shots[place->shotIndex];
    m_rig = shot.rig;
    m_duration = shot.durationFlicks;
    if (player->shotId() != m_shotId) {
        m_shotId = player->shotId();
        m_needsFit = true;
    }

    std::vector<RigChannel> curveChannels;
    for (const QVariant& channel : m_document->keys()->curveChannels()) {
        const int c = channel.toInt();
        if (c >= 0 && c < static_cast<int>(kRigChannelCount))
            curveChannels.push_back(static_cast<RigChannel>(c));
    }
    m_channels = shownChannels(curveChannels, m_document->keys()->selection());
    m_lanes = makeLanes(m_channels, m_mode);
    placeLanes(m_lanes, graphArea(), kLaneGapPx);

    if (m_mode != CurveMode::Values && player->evaluator()) {
        m_series = motionSeries(*player->evaluator(), shot.rig, makeReportTimeline(shot, scene),
                                m_document->report()->limits());
    }
    if (m_needsFit && width() > kGutterPx + 2.0 * kFitMarginPx) {
        m_time = TimeAxis::fitting(0, m_duration, width() - kGutterPx, kFitMarginPx);
        m_axes.clear();
    }
    for (CurveLane& lane : m_lanes) {
        if (const auto found = m_axes.find(lane.id); found != m_axes.end() && !m_needsFit)
            lane.axis = found->second;
        else
            fitLane(lane, 0, m_duration);
    }
    m_needsFit = m_needsFit && !(width() > kGutterPx + 2.0 * kFitMarginPx);
    storeAxes();
}

void CurveEditorView::storeAxes()
{
    for (const CurveLane& lane : m_lanes)
        m_axes[lane.id] = lane.axis;
}

void CurveEditorView::fitLane(CurveLane& lane, Flicks from, Flicks to)
{
    std::optional<ValueRange> range;
    const auto include = [&](double value) {
        if (!range)
            range = ValueRange{value, value};
        range->include(value);
    };
    if (lane.motion) {
        include(0.0);
        if (m_series) {
            const auto& values = m_series->valuesOf(*lane.motion);
            const auto& limits = m_series->limitsOf(*lane.motion);
            for (std::size_t i = 0; i < m_series->times.size(); ++i) {
                if (m_series->times[i] < from || m_series->times[i] > to)
                    continue;
                include(values[i]);
                if (!std::isnan(limits[i]))
                    include(limits[i]);
            }
        }
    } else if (m_rig) {
        for (const RigChannel channel : lane.channels) {
            const Curve& curve = m_rig->channel(channel);
            if (const auto r = curveValueRange(curve, from, to, true)) {
                include(r->low);
                include(r->high);
            } else if (curve.isEmpty()) {
                include(rigChannelInfo(channel).defaultValue);
            }
        }
    }
    if (!range)
        range = ValueRange{0.0, 1.0};
    fitLaneTo(lane, *range);
}

void CurveEditorView::fitLaneTo(CurveLane& lane, const ValueRange& range)
{
    // A tall lane keeps its title's 16 px above the graph; a short one lets the graph use them.
    const double h = lane.rect.height();
    const double titlePx = h > 140.0 ? 16.0 : 0.0;
    const double marginPx = std::min(kFitMarginPx * 0.75, 0.12 * h);
    lane.axis = ValueAxis::fitting(range.low, range.high, h - titlePx, marginPx, minSpanAround(range.low, range.high));
    lane.axis = lane.axis.scrolledBy(titlePx);   // the graph starts under the title
}

const std::vector<CurveLane>& CurveEditorView::lanes()
{
    rebuild();
    return m_lanes;
}

const MotionSeries* CurveEditorView::series()
{
    rebuild();
    return m_series ? &*m_series : nullptr;
}

std::optional<QPointF> CurveEditorView::keyItemPoint(KeyId key)
{
    rebuild();
    if (!m_rig)
        return std::nullopt;
    for (const CurveLane& lane : m_lanes) {
        if (lane.motion || std::find(lane.channels.begin(), lane.channels.end(), key.channel) == lane.channels.end())
            continue;
        const Curve& curve = m_rig->channel(key.channel);
        if (const auto index = curve.findKey(key.time))
            return keyPoint(lane, m_time, kGutterPx, key.time, curve.key(*index).value);
    }
    return std::nullopt;
}

std::optional<QPointF> CurveEditorView::handleItemPoint(KeyId key, HandleSide side)
{
    rebuild();
    if (!m_rig)
        return std::nullopt;
    for (const CurveLane& lane : m_lanes) {
        if (lane.motion || std::find(lane.channels.begin(), lane.channels.end(), key.channel) == lane.channels.end())
            continue;
        const Curve& curve = m_rig->channel(key.channel);
        const auto index = curve.findKey(key.time);
        if (!index)
            return std::nullopt;
        const HandlePoints h = keyHandlePoints(curve, *index);
        const bool left = side == HandleSide::Left;
        if (!(left ? h.leftUsed : h.rightUsed))
            return std::nullopt;
        return QPointF(kGutterPx + m_time.secondsToPixel(left ? h.leftSeconds : h.rightSeconds),
                       lane.rowOf(left ? h.leftValue : h.rightValue));
    }
    return std::nullopt;
}

void CurveEditorView::frameAll()
{
    rebuild();
    if (m_lanes.empty())
        return;
    m_time = TimeAxis::fitting(0, m_duration, width() - kGutterPx, kFitMarginPx);
    for (CurveLane& lane : m_lanes)
        fitLane(lane, 0, m_duration);
    storeAxes();
    update();
}

void CurveEditorView::frameSelection()
{
    rebuild();
    const std::set<KeyId>& selection = m_document ? m_document->keys()->selection() : std::set<KeyId>{};
    if (!m_rig || m_mode != CurveMode::Values) {
        frameAll();
        return;
    }
    std::optional<Flicks> first;
    std::optional<Flicks> last;
    bool any = false;
    for (CurveLane& lane : m_lanes) {
        std::optional<ValueRange> range;
        for (const RigChannel channel : lane.channels) {
            const Curve& curve = m_rig->channel(channel);
            std::vector<std::size_t> indices;
            for (std::size_t i = 0; i < curve.keyCount(); ++i) {
                if (!selection.contains(KeyId{channel, curve.key(i).time}))
                    continue;
                indices.push_back(i);
                first = std::min(first.value_or(curve.key(i).time), curve.key(i).time);
                last = std::max(last.value_or(curve.key(i).time), curve.key(i).time);
            }
            if (const auto r = keysValueRange(curve, indices, true)) {
                if (!range)
                    range = *r;
                range->include(r->low);
                range->include(r->high);
            }
        }
        if (range) {
            any = true;
            fitLaneTo(lane, *range);
        }
    }
    if (!any) {
        frameAll();
        return;
    }
    // One key: a second around it.
    const Flicks pad = *first == *last ? kFlicksPerSecond / 2 : 0;
    m_time = TimeAxis::fitting(*first - pad, *last + pad, width() - kGutterPx, kFitMarginPx * 2.0);
    storeAxes();
    update();
}

void CurveEditorView::paint(QPainter* painter)
{
    rebuild();
    CurvePaintInput input;
    input.itemRect = QRectF(0, 0, width(), height());
    input.rulerHeightPx = kRulerPx;
    input.gutterWidthPx = kGutterPx;
    input.time = m_time;
    input.message = m_message;
    if (m_document) {
        input.rate = m_document->player()->frameRate();
        input.playhead = m_document->player()->timeFlicks();
        input.selection = &m_document->keys()->selection();
        input.limits = &m_document->report()->limits();
    }
    input.durationFlicks = m_duration;
    input.lanes = m_lanes;
    input.rig = shownRig();
    input.series = m_series ? &*m_series : nullptr;
    input.box = m_box;
    m_painter.paint(*painter, input);
}

void CurveEditorView::setHint(const QString& text, bool isError)
{
    if (text == m_hintText && isError == m_hintIsError)
        return;
    m_hintText = text;
    m_hintIsError = isError;
    emit hintTextChanged();
}

void CurveEditorView::setCursorPoint(const QPointF& itemPx)
{
    QString text;
    if (itemPx.x() >= kGutterPx) {
        text = QStringLiteral("%1 s").arg(m_time.pixelToSeconds(itemPx.x() - kGutterPx), 0, 'f', 2);
        if (const auto lane = laneAtRow(m_lanes, itemPx.y())) {
            text += QStringLiteral("   %1 %2")
                        .arg(QString::fromStdString(formatQuantity(m_lanes[*lane].valueAt(itemPx.y()))),
                             QString::fromStdString(m_lanes[*lane].unit));
        }
    }
    if (text == m_cursorText)
        return;
    m_cursorText = text;
    emit cursorTextChanged();
}

void CurveEditorView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        if (oldGeometry.height() > 0.0 && !m_needsFit) {
            // Keep each lane's values where they are relative to its height: refit on the next
            // rebuild (the lanes go too, or the rebuild would store their old axes again).
            m_axes.clear();
            m_lanes.clear();
        }
        markStale();
    }
}

} // namespace murnau
