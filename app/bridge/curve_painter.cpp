#include "app/bridge/curve_painter.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include "core/analysis/report_text.h"
#include "core/timeline/curve_polyline.h"
#include "core/timeline/value_axis.h"

namespace murnau {

namespace {

constexpr double kLabelPadPx = 4.0;   // space between a label and what it labels

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// The x of shot time `t`.
double xOf(const CurvePaintInput& input, Flicks t)
{
    return input.itemRect.left() + input.gutterWidthPx + input.time.toPixel(t);
}

// A ruler label: seconds on whole-second steps ("2 s"), else the frame number.
QString rulerLabel(const RulerTick& tick, const RulerSteps& steps, FrameRate rate)
{
    const auto base = static_cast<std::int64_t>(rate.timecodeBase());
    if (steps.majorFrames % base == 0)
        return QStringLiteral("%1 s").arg(tick.frame / base);
    return QString::number(tick.frame);
}

} // namespace

void CurvePainter::paint(QPainter& painter, const CurvePaintInput& input) const
{
    painter.save();
    painter.fillRect(input.itemRect, m_style.background);
    QFont font(m_style.fontFamily);
    font.setPixelSize(static_cast<int>(m_style.fontPx));
    painter.setFont(font);
    if (!input.message.isEmpty() || input.lanes.empty()) {
        painter.setPen(m_style.textDim);
        painter.drawText(input.itemRect, Qt::AlignCenter | Qt::TextWordWrap, input.message);
        painter.restore();
        return;
    }
    for (const CurveLane& lane : input.lanes) {
        paintLaneFrame(painter, input, lane);
        painter.save();
        painter.setClipRect(lane.rect);
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (lane.motion)
            paintDerived(painter, input, lane);
        else
            paintValues(painter, input, lane);
        painter.restore();
        painter.setPen(m_style.text);
        painter.drawText(QRectF(lane.rect.left() + kLabelPadPx, lane.rect.top() + 2.0, lane.rect.width(), 16.0),
                         Qt::AlignLeft | Qt::AlignTop, lane.title);
    }
    paintRuler(painter, input);
    paintPlayhead(painter, input);
    if (input.box) {
        painter.setPen(QPen(m_style.accent, 1.0, Qt::DashLine));
        painter.setBrush(m_style.boxFill);
        painter.drawRect(input.box->normalized());
    }
    painter.restore();
}

void CurvePainter::paintRuler(QPainter& painter, const CurvePaintInput& input) const
{
    const QRectF band(input.itemRect.left(), input.itemRect.top(), input.itemRect.width(), input.rulerHeightPx);
    painter.fillRect(band, m_style.ruler);
    painter.setPen(m_style.grid);
    painter.drawLine(QPointF(band.left(), band.bottom() - 0.5), QPointF(band.right(), band.bottom() - 0.5));
    const double width = input.itemRect.width() - input.gutterWidthPx;
    const RulerSteps steps = rulerSteps(input.time, input.rate);
    for (const RulerTick& tick : rulerTicks(input.time, input.rate, width)) {
        const double x = input.itemRect.left() + input.gutterWidthPx + tick.px;
        const double length = tick.major ? 8.0 : 4.0;
        painter.setPen(tick.major ? m_style.textDim : m_style.grid);
        painter.drawLine(QPointF(x, band.bottom() - length), QPointF(x, band.bottom()));
        if (tick.major) {
            painter.setPen(m_style.textDim);
            painter.drawText(QPointF(x + 3.0, band.top() + 12.0), rulerLabel(tick, steps, input.rate));
        }
    }
}

void CurvePainter::paintLaneFrame(QPainter& painter, const CurvePaintInput& input, const CurveLane& lane) const
{
    // The shot's span lighter than the time outside it.
    painter.fillRect(lane.rect, m_style.outsideShot);
    const double x0 = std::max(xOf(input, 0), lane.rect.left());
    const double x1 = std::min(xOf(input, input.durationFlicks), lane.rect.right());
    if (x1 > x0)
        painter.fillRect(QRectF(x0, lane.rect.top(), x1 - x0, lane.rect.height()), m_style.laneFill);

    // Major time grid lines.
    const double width = input.itemRect.width() - input.gutterWidthPx;
    painter.setPen(m_style.grid);
    for (const RulerTick& tick : rulerTicks(input.time, input.rate, width)) {
        if (tick.major) {
            const double x = input.itemRect.left() + input.gutterWidthPx + tick.px;
            painter.drawLine(QPointF(x, lane.rect.top()), QPointF(x, lane.rect.bottom()));
        }
    }
    // Value grid with labels in the gutter.
    const QFontMetricsF metrics(painter.font());
    for (const ValueTick& tick : valueTicks(lane.axis, lane.rect.height(), lane.unit)) {
        const double y = lane.rect.top() + tick.px;
        painter.setPen(tick.value == 0.0 ? m_style.zeroLine : m_style.grid);
        painter.drawLine(QPointF(lane.rect.left(), y), QPointF(lane.rect.right(), y));
        painter.setPen(m_style.textDim);
        const QRectF label(input.itemRect.left(), y - 8.0, input.gutterWidthPx - kLabelPadPx, 16.0);
        if (label.top() >= lane.rect.top() - 2.0 && label.bottom() <= lane.rect.bottom() + 2.0)
            painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, qs(tick.label));
    }
}

void CurvePainter::paintValues(QPainter& painter, const CurvePaintInput& input, const CurveLane& lane) const
{
    if (!input.rig)
        return;
    const double left = input.itemRect.left() + input.gutterWidthPx;
    const double width = input.itemRect.width() - input.gutterWidthPx;
    for (const RigChannel channel : lane.channels) {
        const Curve& curve = input.rig->channel(channel);
        const QColor color = curveChannelColor(channel);
        // The curve (an empty channel holds its default value: drawn faint).
        QPolygonF line;
        if (curve.isEmpty()) {
            const double y = lane.rowOf(rigChannelInfo(channel).defaultValue);
            line << QPointF(left, y) << QPointF(left + width, y);
            painter.setPen(QPen(color.darker(200), 1.0, Qt::DashLine));
        } else {
            for (const CurveVertex& v : curvePolyline(curve, input.time, width))
                line << QPointF(xOf(input, v.time), lane.rowOf(v.value));
            painter.setPen(QPen(color, 1.6));
        }
        painter.drawPolyline(line);

        // Keys, and the used handles of the selected ones.
        for (std::size_t i = 0; i < curve.keyCount(); ++i) {
            const Keyframe& key = curve.key(i);
            const QPointF p = keyPoint(lane, input.time, left, key.time, key.value);
            const bool selected = input.selection && input.selection->contains(KeyId{channel, key.time});
            if (selected) {
                const HandlePoints h = keyHandlePoints(curve, i);
                const auto drawHandle = [&](double seconds, double value) {
                    const QPointF q(left + input.time.secondsToPixel(seconds), lane.rowOf(value));
                    painter.setPen(QPen(m_style.textDim, 1.0));
                    painter.drawLine(p, q);
                    painter.setPen(QPen(m_style.text, 1.0));
                    painter.setBrush(m_style.background);
                    painter.drawEllipse(q, m_style.handleRadiusPx, m_style.handleRadiusPx);
                };
                if (h.leftUsed)
                    drawHandle(h.leftSeconds, h.leftValue);
                if (h.rightUsed)
                    drawHandle(h.rightSeconds, h.rightValue);
            }
            const double r = selected ? m_style.keyRadiusPx + 1.0 : m_style.keyRadiusPx;
            QPolygonF diamond;
            diamond << QPointF(p.x(), p.y() - r) << QPointF(p.x() + r, p.y()) << QPointF(p.x(), p.y() + r)
                    << QPointF(p.x() - r, p.y());
            painter.setPen(QPen(selected ? m_style.text : color.darker(150), 1.0));
            painter.setBrush(selected ? m_style.accent : color);
            painter.drawPolygon(diamond);
        }
        painter.setBrush(Qt::NoBrush);
    }
}

void CurvePainter::paintDerived(QPainter& painter, const CurvePaintInput& input, const CurveLane& lane) const
{
    if (!input.series || !lane.motion || input.series->times.empty())
        return;
    const MotionSeries& series = *input.series;
    const std::vector<double>& values = series.valuesOf(*lane.motion);
    const std::vector<double>& limits = series.limitsOf(*lane.motion);
    const QColor color = curveChannelColor(lane.channels.front());

    // The region over the limit: from the limit line up to the lane's top.
    QPainterPath overRegion;
    QPolygonF limitLine;
    bool hasLimit = true;
    for (std::size_t i = 0; i < series.times.size(); ++i) {
        if (std::isnan(limits[i])) {
            hasLimit = false;
            break;
        }
        limitLine << QPointF(xOf(input, series.times[i]), lane.rowOf(limits[i]));
    }
    if (hasLimit && !limitLine.isEmpty()) {
        QPolygonF band = limitLine;
        band << QPointF(limitLine.back().x(), lane.rect.top() - 1.0) << QPointF(limitLine.front().x(), lane.rect.top() - 1.0);
        overRegion.addPolygon(band);
        overRegion.closeSubpath();
        painter.fillPath(overRegion, m_style.overBand);
    }

    // The graph, and what of the area under it lies over the limit.
    QPolygonF graph;
    for (std::size_t i = 0; i < series.times.size(); ++i)
        graph << QPointF(xOf(input, series.times[i]), lane.rowOf(values[i]));
    if (hasLimit && graph.size() > 1) {
        QPolygonF under = graph;
        under << QPointF(graph.back().x(), lane.rect.bottom() + 1.0) << QPointF(graph.front().x(), lane.rect.bottom() + 1.0);
        QPainterPath underPath;
        underPath.addPolygon(under);
        underPath.closeSubpath();
        painter.fillPath(underPath.intersected(overRegion), m_style.overFill);
    }
    if (hasLimit) {
        painter.setPen(QPen(m_style.limitLine, 1.2, Qt::DashLine));
        painter.drawPolyline(limitLine);
    }
    painter.setPen(QPen(color, 1.8));
    painter.drawPolyline(graph);

    // Steps at the breaks: spikes with their reading.
    const MotionChannelInfo& info = motionChannelInfo(*lane.motion);
    for (const MotionStep& step : series.stepsOf(*lane.motion)) {
        const double x = xOf(input, step.t);
        const double top = std::max(lane.rowOf(step.value), lane.rect.top() + 14.0);
        const bool over = !std::isnan(step.limit) && step.value > step.limit;
        painter.setPen(QPen(over ? m_style.limitLine : color, 1.5));
        painter.drawLine(QPointF(x, lane.rowOf(0.0)), QPointF(x, top));
        painter.drawText(QPointF(x + 3.0, top + 10.0),
                         QStringLiteral("step %1 %2").arg(qs(formatQuantity(step.value)), qs(displayUnit(info.unit))));
    }

    // The limit's label above its line, at the left of the shot.
    if (hasLimit && input.limits) {
        const QString label = qs(motionLimitLabel(*input.limits, *lane.motion));
        const double x = std::max(xOf(input, 0), lane.rect.left()) + kLabelPadPx;
        const double y = std::clamp(limitLine.front().y() - kLabelPadPx, lane.rect.top() + 28.0, lane.rect.bottom() - 2.0);
        painter.setPen(m_style.limitLine);
        painter.drawText(QPointF(x, y), label);
    }
}

void CurvePainter::paintPlayhead(QPainter& painter, const CurvePaintInput& input) const
{
    const double x = xOf(input, input.playhead);
    if (x < input.itemRect.left() + input.gutterWidthPx || x > input.itemRect.right())
        return;
    painter.setPen(QPen(m_style.accent, 1.0));
    painter.drawLine(QPointF(x, input.itemRect.top()), QPointF(x, input.itemRect.bottom()));
    QPolygonF head;
    const double top = input.itemRect.top() + input.rulerHeightPx - 8.0;
    head << QPointF(x - 5.0, top) << QPointF(x + 5.0, top) << QPointF(x, input.itemRect.top() + input.rulerHeightPx);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.accent);
    painter.drawPolygon(head);
    painter.setBrush(Qt::NoBrush);
}

} // namespace murnau
