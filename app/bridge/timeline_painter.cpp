#include "app/bridge/timeline_painter.h"

#include <algorithm>
#include <cmath>

#include <QPainterPath>

#include "core/time/timecode.h"

namespace murnau {

namespace {

constexpr double kDiamondRadiusPx = 5.5;   // half the diagonal of a key's diamond
constexpr double kMinMajorSpacingFramesPx = 60.0;     // labelled ticks at least this far apart: frame numbers
constexpr double kMinMajorSpacingTimecodePx = 96.0;   // and timecode ("00:00:01:12")

QFont fontOf(const QString& family, double px, bool bold = false)
{
    QFont font(family);
    font.setPixelSize(static_cast<int>(std::lround(px)));
    font.setBold(bold);
    return font;
}

} // namespace

void TimelinePainter::paint(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(0, 0, layout.widthPx, layout.heightPx), m_style.background);
    painter.save();
    painter.setClipRect(QRectF(0, TimelineLayout::tracksTop(), layout.widthPx, layout.heightPx));
    paintRows(painter, layout, input);
    paintMarks(painter, layout, input);
    paintKeys(painter, layout, input);
    painter.restore();
    paintWarnings(painter, layout, input);
    paintRuler(painter, layout, input);

    if (input.box) {
        painter.setPen(QPen(m_style.accent, 1.0, Qt::DashLine));
        QColor fill = m_style.accent;
        fill.setAlpha(30);
        painter.setBrush(fill);
        painter.drawRect(input.box->normalized());
    }
    // The playhead over everything, with the frame number in its head.
    const double x = std::round(layout.axis.toPixel(input.playhead)) + 0.5;
    painter.setPen(QPen(m_style.accent, 1.0));
    painter.drawLine(QPointF(x, kRulerHeightPx - 8.0), QPointF(x, layout.heightPx));
    const QString label = QString::number(flicksToFrame(input.playhead, input.rate));
    painter.setFont(fontOf(m_style.monoFamily, m_style.fontPx));
    const double labelWidth = painter.fontMetrics().horizontalAdvance(label) + 8.0;
    const QRectF head(x - 0.5 * labelWidth, kRulerHeightPx - 14.0, labelWidth, 13.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.accent);
    painter.drawRoundedRect(head, 2.0, 2.0);
    painter.setPen(m_style.background);
    painter.drawText(head, Qt::AlignCenter, label);
}

void TimelinePainter::paintRows(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const
{
    int index = 0;
    for (const TrackRow& row : layout.rows) {
        const QRectF box = layout.rowRect(row);
        QColor fill = m_style.background;
        if (row.track.kind == TrackKind::Group)
            fill = m_style.groupRow;
        else if (row.track.kind == TrackKind::Channel && input.curveChannels.contains(row.track.channel))
            fill = m_style.rowHighlight;
        else if (index % 2 == 1)
            fill = m_style.rowAlternate;
        painter.fillRect(box, fill);
        painter.fillRect(QRectF(box.left(), box.bottom() - 1.0, box.width(), 1.0), m_style.divider);
        ++index;
    }
    // Outside the shot, and outside the in/out range.
    const double top = TimelineLayout::tracksTop();
    const double start = layout.axis.toPixel(0);
    const double end = layout.axis.toPixel(input.durationFlicks);
    if (start > 0.0)
        painter.fillRect(QRectF(0, top, start, layout.heightPx - top), m_style.outsideShot);
    if (end < layout.widthPx)
        painter.fillRect(QRectF(end, top, layout.widthPx - end, layout.heightPx - top), m_style.outsideShot);
    if (input.inFrame >= 0) {
        const double in = layout.axis.toPixel(framesToFlicks(input.inFrame, input.rate));
        if (in > start)
            painter.fillRect(QRectF(start, top, in - start, layout.heightPx - top), m_style.outsideRange);
    }
    if (input.outFrame >= 0) {
        const double out = layout.axis.toPixel(framesToFlicks(input.outFrame + 1, input.rate));
        if (out < end)
            painter.fillRect(QRectF(out, top, end - out, layout.heightPx - top), m_style.outsideRange);
    }
    painter.setPen(QPen(m_style.textFaint, 1.0));
    painter.drawLine(QPointF(std::round(end) + 0.5, top), QPointF(std::round(end) + 0.5, layout.heightPx));
}

void TimelinePainter::paintDiamond(QPainter& painter, QPointF centre, Interpolation interpolation, bool selected) const
{
    const double r = kDiamondRadiusPx;
    painter.setPen(QPen(selected ? m_style.text : m_style.keyEdge, 1.0));
    painter.setBrush(selected ? m_style.accent : m_style.key);
    switch (interpolation) {
    case Interpolation::Constant:   // a square: the value holds
        painter.drawRect(QRectF(centre.x() - 0.8 * r, centre.y() - 0.8 * r, 1.6 * r, 1.6 * r));
        return;
    case Interpolation::Linear: {   // a narrow diamond: straight lines
        const QPointF points[] = {{centre.x(), centre.y() - r}, {centre.x() + 0.6 * r, centre.y()},
                                  {centre.x(), centre.y() + r}, {centre.x() - 0.6 * r, centre.y()}};
        painter.drawPolygon(points, 4);
        return;
    }
    case Interpolation::Bezier:
    case Interpolation::Eased: {
        const QPointF points[] = {{centre.x(), centre.y() - r}, {centre.x() + r, centre.y()},
                                  {centre.x(), centre.y() + r}, {centre.x() - r, centre.y()}};
        painter.drawPolygon(points, 4);
        if (interpolation == Interpolation::Eased) {   // a dot: an easing preset shapes it
            painter.setPen(Qt::NoPen);
            painter.setBrush(m_style.keyEdge);
            painter.drawEllipse(centre, 1.6, 1.6);
        }
        return;
    }
    }
}

void TimelinePainter::paintKeys(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const
{
    if (!input.rig)
        return;
    const auto selected = [&](KeyId key) { return input.selectedKeys && input.selectedKeys->contains(key); };
    for (const TrackRow& row : layout.rows) {
        const double y = layout.rowRect(row).center().y();
        if (row.track.kind == TrackKind::Channel) {
            const auto keys = input.rig->channel(row.track.channel).keys();
            // Hold bars: a constant segment, or two neighbouring keys of the same value.
            painter.setPen(QPen(m_style.textFaint, 2.0));
            for (std::size_t i = 0; i + 1 < keys.size(); ++i)
                if (keys[i].interpolation == Interpolation::Constant || keys[i].value == keys[i + 1].value)
                    painter.drawLine(QPointF(layout.axis.toPixel(keys[i].time), y),
                                     QPointF(layout.axis.toPixel(keys[i + 1].time), y));
            for (const Keyframe& key : keys) {
                const double x = layout.axis.toPixel(key.time);
                if (x < -10.0 || x > layout.widthPx + 10.0)
                    continue;
                paintDiamond(painter, {x, y}, key.interpolation, selected({row.track.channel, key.time}));
            }
        } else if (row.track.kind == TrackKind::Group && row.track.group == QLatin1String("camera")) {
            // One summary diamond per key time; selected when every key there is.
            for (const Flicks time : summaryKeyTimes(*input.rig)) {
                bool all = true;
                for (const RigChannelInfo& info : rigChannels())
                    if (input.rig->channel(info.channel).findKey(time) && !selected({info.channel, time}))
                        all = false;
                painter.save();
                painter.setOpacity(0.8);
                paintDiamond(painter, {layout.axis.toPixel(time), y}, Interpolation::Bezier, all);
                painter.restore();
            }
        }
    }
}

void TimelinePainter::paintMarks(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const
{
    if (!input.blocking)
        return;
    painter.setFont(fontOf(m_style.fontFamily, m_style.fontPx));
    for (const ActorBlocking& actor : *input.blocking) {
        const TrackRow* row = layout.rowOfActor(actor.actor);
        if (!row)
            continue;
        const double y = layout.rowRect(*row).center().y();
        // Walks: from leaving one mark to arriving at the next.
        for (std::size_t i = 0; i + 1 < actor.marks.size(); ++i) {
            const double from = layout.axis.toPixel(actor.marks[i].leaveAt - input.actionStart);
            const double to = layout.axis.toPixel(actor.marks[i + 1].arriveAt - input.actionStart);
            painter.setPen(QPen(m_style.walk, 2.0, Qt::DashLine));
            painter.drawLine(QPointF(from, y), QPointF(to, y));
        }
        for (std::size_t i = 0; i < actor.marks.size(); ++i) {
            const QRectF bar = markBarRect(layout, *row, actor, i, input.actionStart);
            if (bar.right() < -10.0 || bar.left() > layout.widthPx + 10.0)
                continue;
            const bool isSelected = actor.actor == input.selectedMarkActor && static_cast<int>(i) == input.selectedMarkIndex;
            painter.setPen(QPen(isSelected ? m_style.text : m_style.keyEdge, 1.0));
            painter.setBrush(isSelected ? m_style.markSelected : m_style.mark);
            painter.drawRoundedRect(bar, 3.0, 3.0);
            const QString name = QString::fromStdString(actor.marks[i].name);
            if (bar.width() > painter.fontMetrics().horizontalAdvance(name) + 6.0) {
                painter.setPen(isSelected ? m_style.background : m_style.text);
                painter.drawText(bar.adjusted(4.0, 0.0, -2.0, 0.0), Qt::AlignVCenter | Qt::AlignLeft, name);
            } else {
                painter.setPen(m_style.textDim);
                painter.drawText(QPointF(bar.right() + 3.0, bar.center().y() + 4.0), name);
            }
        }
    }
}

QString TimelinePainter::tickLabel(std::int64_t frame, const TimelinePaintInput& input) const
{
    if (!input.timecodeLabels)
        return QString::number(frame);
    const Result<Timecode> tc = frameToTimecode(frame, input.rate, input.rate.supportsDropFrame());
    return tc ? QString::fromStdString(formatTimecode(*tc)) : QString();
}

void TimelinePainter::paintRuler(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const
{
    const QRectF ruler(0, 0, layout.widthPx, kRulerHeightPx);
    painter.fillRect(ruler, m_style.groupRow);
    const double end = layout.axis.toPixel(input.durationFlicks);
    if (end < layout.widthPx)
        painter.fillRect(QRectF(end, 0, layout.widthPx - end, kRulerHeightPx), m_style.outsideShot);
    // The in/out range as a band along the ruler's foot, with brackets at its ends.
    if (input.inFrame >= 0 || input.outFrame >= 0) {
        const int first = input.inFrame >= 0 ? input.inFrame : 0;
        const int last = input.outFrame >= 0 ? input.outFrame : input.frameCount - 1;
        const double left = layout.axis.toPixel(framesToFlicks(first, input.rate));
        const double right = layout.axis.toPixel(framesToFlicks(last + 1, input.rate));
        QColor band = m_style.range;
        band.setAlpha(70);
        painter.fillRect(QRectF(left, kRulerHeightPx - 5.0, right - left, 5.0), band);
        painter.setPen(QPen(m_style.range, 2.0));
        if (input.inFrame >= 0)
            painter.drawPolyline(QPolygonF({{left + 4.0, 2.0}, {left + 1.0, 2.0}, {left + 1.0, kRulerHeightPx - 1.0},
                                            {left + 4.0, kRulerHeightPx - 1.0}}));
        if (input.outFrame >= 0)
            painter.drawPolyline(QPolygonF({{right - 4.0, 2.0}, {right - 1.0, 2.0},
                                            {right - 1.0, kRulerHeightPx - 1.0}, {right - 4.0, kRulerHeightPx - 1.0}}));
    }
    const double spacing = input.timecodeLabels ? kMinMajorSpacingTimecodePx : kMinMajorSpacingFramesPx;
    painter.setFont(fontOf(m_style.monoFamily, m_style.fontPx));
    for (const RulerTick& tick : rulerTicks(layout.axis, input.rate, layout.widthPx, spacing)) {
        if (tick.time > input.durationFlicks)
            break;
        const double x = std::round(tick.px) + 0.5;
        painter.setPen(QPen(tick.major ? m_style.textDim : m_style.textFaint, 1.0));
        painter.drawLine(QPointF(x, kRulerHeightPx - (tick.major ? 10.0 : 5.0)), QPointF(x, kRulerHeightPx));
        if (tick.major) {
            painter.setPen(m_style.textDim);
            painter.drawText(QPointF(x + 3.0, 11.0), tickLabel(tick.frame, input));
        }
    }
    painter.fillRect(QRectF(0, kRulerHeightPx - 1.0, layout.widthPx, 1.0), m_style.divider);
}

void TimelinePainter::paintWarnings(QPainter& painter, const TimelineLayout& layout, const TimelinePaintInput& input) const
{
    const QRectF lane(0, kRulerHeightPx, layout.widthPx, kWarningLaneHeightPx);
    painter.fillRect(lane, m_style.outsideShot);
    if (!input.warnings)
        return;
    for (std::size_t i = 0; i < input.warnings->size(); ++i) {
        const TimelineWarning& warning = (*input.warnings)[i];
        QColor colour = warning.severity == QLatin1String("problem")   ? m_style.problem
                        : warning.severity == QLatin1String("caution") ? m_style.caution
                                                                       : m_style.note;
        const bool hovered = static_cast<int>(i) == input.hoveredWarning;
        colour.setAlpha(hovered ? 255 : 190);
        painter.setPen(hovered ? QPen(m_style.text, 1.0) : QPen(Qt::NoPen));
        painter.setBrush(colour);
        painter.drawRoundedRect(warningRect(layout, warning), 2.0, 2.0);
    }
}

} // namespace murnau
