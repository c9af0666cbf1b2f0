#include "app/bridge/comparison_plot_painter.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QPolygonF>

#include "core/timeline/value_axis.h"

namespace murnau {

namespace {

constexpr double kLabelPadPx = 4.0;   // space between a label and what it labels

// Decimals of the playhead readings in each lane's title row.
int readingDecimals(ComparisonLane lane)
{
    switch (lane) {
    case ComparisonLane::Distance: return 2;
    case ComparisonLane::FocalLength: return 1;
    case ComparisonLane::AngleOfView: return 1;
    case ComparisonLane::SubjectSize: return 0;
    case ComparisonLane::BackgroundMagnification: return 2;
    }
    return 2;
}

// The narrowest value range a lane's axis shows, in its unit, so a constant line (A's focal
// length, B's distance) sits in the middle of its lane instead of being zoomed into noise.
double minimumSpan(ComparisonLane lane)
{
    switch (lane) {
    case ComparisonLane::Distance: return 0.5;
    case ComparisonLane::FocalLength: return 2.0;
    case ComparisonLane::AngleOfView: return 1.0;
    case ComparisonLane::SubjectSize: return 5.0;
    case ComparisonLane::BackgroundMagnification: return 0.1;
    }
    return 1.0;
}

// A value with `decimals` and its unit: no space before a symbol (°, %, ×), one before a word unit.
QString withUnit(double value, int decimals, const QString& unit)
{
    const QString number = QString::number(value, 'f', std::max(decimals, 0));
    if (unit.isEmpty())
        return number;
    const bool symbol = unit == QStringLiteral("°") || unit == QStringLiteral("%") || unit == QStringLiteral("×");
    return symbol ? number + unit : number + QLatin1Char(' ') + unit;
}

// The decimals a tick step needs: 0 for whole steps, 1 for 0.5 or 0.2, 2 for 0.05...
int stepDecimals(double step)
{
    int decimals = 0;
    while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

// The smallest 1, 2 or 5 x 10^k that is at least `minimum`.
double niceStep(double minimum)
{
    if (!(minimum > 0.0) || !std::isfinite(minimum))
        return 1.0;
    const double decade = std::pow(10.0, std::floor(std::log10(minimum)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * decade >= minimum * (1.0 - 1e-9))
            return m * decade;
    return 10.0 * decade;
}

// The lowest and highest value a lane plots over every frame and side (both series of the
// magnification lane).
std::pair<double, double> laneRange(ComparisonLane lane, const ComparisonReadouts& readouts)
{
    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    const auto take = [&](double v) {
        if (std::isfinite(v)) {
            low = std::min(low, v);
            high = std::max(high, v);
        }
    };
    for (const ComparisonFrame& frame : readouts.frames) {
        if (lane == ComparisonLane::BackgroundMagnification) {
            take(frame.backgroundMagnification);
            take(frame.predictedMagnification);
            continue;
        }
        for (std::size_t side = 0; side < frame.sides.size(); ++side)
            take(comparisonLaneValue(lane, frame, side));
    }
    return {low, high};
}

// A tick of the time axis: where, and its label in seconds.
struct TimeTick {
    double x = 0.0;
    QString label;
};

// The time ticks of `frames` laid out in `layout`: whole multiples of a nice step in seconds
// with at least two label widths between them.
std::vector<TimeTick> timeTicks(const ComparisonPlotLayout& layout, const std::vector<ComparisonFrame>& frames,
                                const QFontMetricsF& metrics)
{
    std::vector<TimeTick> ticks;
    const double firstSeconds = frames.front().seconds;
    const double lastSeconds = frames.back().seconds;
    const std::int64_t span = layout.lastFrame - layout.firstFrame;
    if (span <= 0 || !(lastSeconds > firstSeconds))
        return ticks;
    // Seconds to x through the frames' own times (frame f starts at seconds(first) + (f - first) / fps).
    const double framesPerSecond = static_cast<double>(span) / (lastSeconds - firstSeconds);
    const double minSpacing = metrics.horizontalAdvance(QStringLiteral("00.0 s")) * 1.8;
    const double pxPerSecond = layout.plotArea.width() / (lastSeconds - firstSeconds);
    const double step = niceStep(minSpacing / pxPerSecond);
    const int decimals = stepDecimals(step);
    for (double k = std::ceil(firstSeconds / step - 1e-9); k * step <= lastSeconds + 1e-9; k += 1.0) {
        const double s = k * step;
        ticks.push_back({layout.xOfFrame(static_cast<double>(layout.firstFrame) + (s - firstSeconds) * framesPerSecond),
                         withUnit(s, decimals, QStringLiteral("s"))});
    }
    return ticks;
}

QFont fontOf(const ComparisonPlotStyle& style, double scale = 1.0, bool bold = false)
{
    QFont font(style.fontFamily);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(style.fontPx * scale))));
    font.setBold(bold);
    return font;
}

} // namespace

ComparisonPlotStyle ComparisonPlotStyle::dark()
{
    ComparisonPlotStyle style;
    style.background = QColor(0x16, 0x17, 0x1a);   // Theme.panel
    style.laneFill = QColor(0x1d, 0x1f, 0x23);     // Theme.panelRaised
    style.grid = QColor(0x2a, 0x2c, 0x31);         // Theme.divider
    style.frameLine = QColor(0x2a, 0x2c, 0x31);
    style.text = QColor(0xd4, 0xd6, 0xda);         // Theme.text
    style.textDim = QColor(0x86, 0x8a, 0x92);      // Theme.textDim
    style.playhead = QColor(0xf0, 0xa5, 0x30);     // Theme.accent
    style.marker = QColor(0x86, 0x8a, 0x92);
    style.measured = QColor(0xd4, 0xd6, 0xda);
    style.predicted = QColor(0xe5, 0x53, 0x4b);    // Theme.error's red, dashed over the measurement
    style.sides = {QColor(0x5f, 0xa8, 0xe8), QColor(0x6a, 0xc4, 0x8a), QColor(0xc7, 0x7d, 0xd9)};   // blue, green, violet
    return style;
}

ComparisonPlotStyle ComparisonPlotStyle::print()
{
    ComparisonPlotStyle style;
    style.background = Qt::white;
    style.laneFill = QColor(0xf6, 0xf7, 0xf9);
    style.grid = QColor(0xdd, 0xdf, 0xe3);
    style.frameLine = QColor(0xbb, 0xbe, 0xc4);
    style.text = QColor(0x1a, 0x1b, 0x1e);
    style.textDim = QColor(0x5a, 0x5e, 0x66);
    style.playhead = QColor(0xd0, 0x85, 0x10);
    style.marker = QColor(0x86, 0x8a, 0x92);
    style.measured = QColor(0x1a, 0x1b, 0x1e);
    style.predicted = QColor(0xd0, 0x30, 0x28);
    style.sides = {QColor(0x1f, 0x6f, 0xb8), QColor(0x23, 0x94, 0x4f), QColor(0x93, 0x3f, 0xb0)};
    return style;
}

double ComparisonPlotLayout::xOfFrame(double frame) const noexcept
{
    if (lastFrame <= firstFrame)
        return plotArea.center().x();
    const double u = (frame - static_cast<double>(firstFrame)) / static_cast<double>(lastFrame - firstFrame);
    return plotArea.left() + u * plotArea.width();
}

std::int64_t ComparisonPlotLayout::frameAt(double x) const noexcept
{
    if (lastFrame <= firstFrame || plotArea.width() <= 0.0)
        return firstFrame;
    const double u = (x - plotArea.left()) / plotArea.width();
    const double frame = static_cast<double>(firstFrame) + u * static_cast<double>(lastFrame - firstFrame);
    return std::clamp(static_cast<std::int64_t>(std::llround(frame)), firstFrame, lastFrame);
}

QRectF ComparisonPlotLayout::graphRect(ComparisonLane lane) const noexcept
{
    const QRectF& r = lanes[static_cast<std::size_t>(lane)];
    return r.adjusted(0.0, titleHeightPx, 0.0, 0.0);
}

ComparisonPlotLayout comparisonPlotLayout(const QRectF& rect, const ComparisonReadouts& readouts,
                                          const ComparisonPlotStyle& style)
{
    ComparisonPlotLayout layout;
    layout.rect = rect;
    const double right = 10.0;   // room for the last time label
    layout.plotArea = QRectF(rect.left() + style.gutterWidthPx, rect.top() + style.legendHeightPx,
                             std::max(1.0, rect.width() - style.gutterWidthPx - right),
                             std::max(1.0, rect.height() - style.legendHeightPx - style.axisHeightPx));
    const double laneHeight =
        std::max(1.0, (layout.plotArea.height() - style.laneGapPx * (kComparisonLaneCount - 1)) / kComparisonLaneCount);
    // A title row above each graph when the lanes are tall enough; short lanes (a low compare
    // panel) give the graph the whole lane and lay the title over its top.
    const double titleRow = std::round(style.fontPx * 1.5);
    layout.titleHeightPx = laneHeight >= 4.0 * titleRow ? titleRow : 0.0;
    for (int i = 0; i < kComparisonLaneCount; ++i)
        layout.lanes[static_cast<std::size_t>(i)] = QRectF(layout.plotArea.left(),
                                                           layout.plotArea.top() + i * (laneHeight + style.laneGapPx),
                                                           layout.plotArea.width(), laneHeight);
    if (!readouts.frames.empty()) {
        layout.firstFrame = readouts.frames.front().frame;
        layout.lastFrame = readouts.frames.back().frame;
    }
    return layout;
}

QString comparisonLaneTitle(ComparisonLane lane)
{
    switch (lane) {
    case ComparisonLane::Distance: return QStringLiteral("Distance to subject");
    case ComparisonLane::FocalLength: return QStringLiteral("Focal length");
    case ComparisonLane::AngleOfView: return QStringLiteral("Horizontal angle of view");
    case ComparisonLane::SubjectSize: return QStringLiteral("Subject size in frame (stature / frame height)");
    case ComparisonLane::BackgroundMagnification: return QStringLiteral("Background magnification A/B");
    }
    return {};
}

QString comparisonLaneUnit(ComparisonLane lane)
{
    switch (lane) {
    case ComparisonLane::Distance: return QStringLiteral("m");
    case ComparisonLane::FocalLength: return QStringLiteral("mm");
    case ComparisonLane::AngleOfView: return QStringLiteral("°");
    case ComparisonLane::SubjectSize: return QStringLiteral("%");
    case ComparisonLane::BackgroundMagnification: return QStringLiteral("×");
    }
    return {};
}

double comparisonLaneValue(ComparisonLane lane, const ComparisonFrame& frame, std::size_t side)
{
    if (lane == ComparisonLane::BackgroundMagnification)
        return frame.backgroundMagnification;
    if (side >= frame.sides.size())
        return std::numeric_limits<double>::quiet_NaN();
    const SideReading& r = frame.sides[side];
    switch (lane) {
    case ComparisonLane::Distance: return r.distanceM;
    case ComparisonLane::FocalLength: return r.focalLengthMm;
    case ComparisonLane::AngleOfView: return r.horizontalAovDeg;
    case ComparisonLane::SubjectSize: return 100.0 * r.subjectFraction;
    case ComparisonLane::BackgroundMagnification: break;
    }
    return frame.backgroundMagnification;
}

QString comparisonSideLetter(std::size_t side)
{
    return QString(QChar(u'A' + static_cast<char16_t>(side)));
}

ComparisonPlotPainter::ComparisonPlotPainter(ComparisonPlotStyle style) : m_style(std::move(style)) {}

void ComparisonPlotPainter::paint(QPainter& painter, const QRectF& rect, const ComparisonPlotInput& input) const
{
    painter.save();
    painter.fillRect(rect, m_style.background);
    painter.setFont(fontOf(m_style));
    if (!input.message.isEmpty() || !input.readouts || input.readouts->frames.empty()) {
        painter.setPen(m_style.textDim);
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                         input.message.isEmpty() ? QStringLiteral("No comparison.") : input.message);
        painter.restore();
        return;
    }
    const ComparisonPlotLayout layout = comparisonPlotLayout(rect, *input.readouts, m_style);
    paintLegend(painter, layout, input);
    for (int i = 0; i < kComparisonLaneCount; ++i)
        paintLane(painter, layout, input, static_cast<ComparisonLane>(i));
    paintTimeAxis(painter, layout, input);
    paintPlayhead(painter, layout, input);
    painter.restore();
}

void ComparisonPlotPainter::paintLegend(QPainter& painter, const ComparisonPlotLayout& layout,
                                        const ComparisonPlotInput& input) const
{
    const QFontMetricsF metrics(painter.font());
    const double y = layout.rect.top() + m_style.legendHeightPx / 2.0;
    const double swatch = m_style.fontPx * 2.0;
    double x = layout.plotArea.left();
    const std::size_t sideCount = input.readouts->frames.front().sides.size();
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (std::size_t side = 0; side < sideCount && side < m_style.sides.size(); ++side) {
        painter.setPen(QPen(m_style.sides[side], m_style.lineWidthPx * 1.6, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
        x += swatch + kLabelPadPx;
        QString label = comparisonSideLetter(side);
        if (side < input.sides.size())
            label += QStringLiteral("  ") + QString::fromUtf8(compareSideTitle(input.sides[side]).data(),
                                                              static_cast<qsizetype>(compareSideTitle(input.sides[side]).size()));
        painter.setPen(m_style.text);
        painter.drawText(QRectF(x, layout.rect.top(), metrics.horizontalAdvance(label) + 2.0, m_style.legendHeightPx),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
        x += metrics.horizontalAdvance(label) + 3.0 * m_style.fontPx;
    }
    // The magnification lane's two series.
    painter.setPen(QPen(m_style.predicted, m_style.lineWidthPx, Qt::DashLine, Qt::FlatCap));
    painter.drawLine(QPointF(x, y), QPointF(x + swatch, y));
    x += swatch + kLabelPadPx;
    const QString predicted = QStringLiteral("predicted by the optics");
    painter.setPen(m_style.text);
    painter.drawText(QRectF(x, layout.rect.top(), metrics.horizontalAdvance(predicted) + 2.0, m_style.legendHeightPx),
                     Qt::AlignLeft | Qt::AlignVCenter, predicted);
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void ComparisonPlotPainter::paintLane(QPainter& painter, const ComparisonPlotLayout& layout,
                                      const ComparisonPlotInput& input, ComparisonLane lane) const
{
    const ComparisonReadouts& readouts = *input.readouts;
    const QRectF box = layout.lanes[static_cast<std::size_t>(lane)];
    const QRectF graph = layout.graphRect(lane);
    const QString unit = comparisonLaneUnit(lane);
    painter.fillRect(box, m_style.laneFill);

    // The value axis fitted to the lane's values, with its grid and labels in the gutter.
    const auto [low, high] = laneRange(lane, readouts);
    const double margin = std::min(6.0, graph.height() / 4.0);
    const ValueAxis axis = ValueAxis::fitting(low, high, graph.height(), margin, minimumSpan(lane));
    const double spacing = m_style.fontPx * 1.6;
    const double step = valueTickStep(axis, spacing);
    const int decimals = stepDecimals(step);
    for (const ValueTick& tick : valueTicks(axis, graph.height(), "", spacing)) {
        const double y = graph.top() + tick.px;
        painter.setPen(m_style.grid);
        painter.drawLine(QPointF(graph.left(), y), QPointF(graph.right(), y));
        if (graph.height() < 2.5 * m_style.fontPx)
            continue;   // too short for labels: the playhead readings give the numbers
        painter.setPen(m_style.textDim);
        const QRectF label(layout.rect.left(), y - m_style.fontPx, m_style.gutterWidthPx - kLabelPadPx,
                           2.0 * m_style.fontPx);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, withUnit(tick.value, decimals, unit));
    }
    painter.setPen(m_style.grid);
    for (const TimeTick& tick : timeTicks(layout, readouts.frames, QFontMetricsF(painter.font())))
        painter.drawLine(QPointF(tick.x, graph.top()), QPointF(tick.x, graph.bottom()));
    // Where the sheet's grabbed frames are.
    for (const int frame : input.markedFrames) {
        const double x = layout.xOfFrame(frame);
        painter.setPen(QPen(m_style.marker, 1.0, Qt::DashLine));
        painter.drawLine(QPointF(x, box.top()), QPointF(x, box.bottom()));
    }
    painter.setPen(m_style.frameLine);
    painter.drawRect(box);

    // The series, clipped to the graph.
    painter.save();
    painter.setClipRect(graph.adjusted(0.0, -1.0, 0.0, 1.0));
    painter.setRenderHint(QPainter::Antialiasing, true);
    const auto rowOf = [&](double v) { return graph.top() + axis.toPixel(v); };
    const auto polyline = [&](auto valueOf) {
        QPolygonF line;
        for (const ComparisonFrame& f : readouts.frames) {
            const double v = valueOf(f);
            if (std::isfinite(v))
                line << QPointF(layout.xOfFrame(static_cast<double>(f.frame)), rowOf(v));
        }
        if (line.size() == 1)   // a one-frame comparison: a short dash
            line << line.front() + QPointF(1.0, 0.0);
        return line;
    };
    if (lane == ComparisonLane::BackgroundMagnification) {
        painter.setPen(QPen(m_style.measured, m_style.lineWidthPx * 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(polyline([](const ComparisonFrame& f) { return f.backgroundMagnification; }));
        painter.setPen(QPen(m_style.predicted, m_style.lineWidthPx, Qt::DashLine, Qt::FlatCap, Qt::RoundJoin));
        painter.drawPolyline(polyline([](const ComparisonFrame& f) { return f.predictedMagnification; }));
    } else {
        // Earlier sides wider, so a later side drawn over one it matches (the subject's size in A
        // and B, B's focal length against C's) leaves both colours visible.
        const std::size_t sideCount = readouts.frames.front().sides.size();
        for (std::size_t side = 0; side < sideCount && side < m_style.sides.size(); ++side) {
            const double width = m_style.lineWidthPx * (1.0 + 1.25 * static_cast<double>(sideCount - 1 - side));
            painter.setPen(QPen(m_style.sides[side], width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPolyline(polyline([&](const ComparisonFrame& f) { return comparisonLaneValue(lane, f, side); }));
        }
    }
    painter.restore();

    // The title, and the readings at the playhead on the right of the title row.
    const double rowHeight = layout.titleHeightPx > 0.0 ? layout.titleHeightPx : std::round(m_style.fontPx * 1.5);
    QColor behind = m_style.laneFill;
    if (layout.titleHeightPx <= 0.0)
        behind.setAlpha(190);   // over the graph: the lines show through faintly
    QString title = comparisonLaneTitle(lane);
    if (lane == ComparisonLane::BackgroundMagnification && !readouts.backgroundLabel.empty())
        title += QStringLiteral(" of ") + QString::fromStdString(readouts.backgroundLabel);
    painter.setFont(fontOf(m_style, 1.0, true));
    painter.setPen(m_style.text);
    const QRectF titleRow(box.left() + kLabelPadPx, box.top(), box.width() - 2.0 * kLabelPadPx, rowHeight);
    const double titleWidth = QFontMetricsF(painter.font()).horizontalAdvance(title);
    painter.fillRect(QRectF(box.left() + 1.0, box.top() + 1.0, titleWidth + 2.0 * kLabelPadPx, rowHeight - 1.0), behind);
    painter.drawText(titleRow, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(fontOf(m_style));

    if (input.playheadFrame < 0)
        return;
    const auto at = std::find_if(readouts.frames.begin(), readouts.frames.end(),
                                 [&](const ComparisonFrame& f) { return f.frame == input.playheadFrame; });
    if (at == readouts.frames.end())
        return;
    const QFontMetricsF metrics(painter.font());
    const int places = readingDecimals(lane);
    std::vector<std::pair<QString, QColor>> readings;
    if (lane == ComparisonLane::BackgroundMagnification) {
        readings.emplace_back(withUnit(at->backgroundMagnification, places, unit), m_style.measured);
        readings.emplace_back(QStringLiteral("predicted ") + withUnit(at->predictedMagnification, places, unit),
                              m_style.predicted);
    } else {
        for (std::size_t side = 0; side < at->sides.size() && side < m_style.sides.size(); ++side)
            readings.emplace_back(comparisonSideLetter(side) + QLatin1Char(' ')
                                      + withUnit(comparisonLaneValue(lane, *at, side), places, unit),
                                  m_style.sides[side]);
    }
    double x = titleRow.right();
    for (auto it = readings.rbegin(); it != readings.rend(); ++it) {
        const double w = metrics.horizontalAdvance(it->first);
        painter.fillRect(QRectF(x - w - kLabelPadPx, box.top() + 1.0, w + 2.0 * kLabelPadPx, rowHeight - 1.0), behind);
        painter.setPen(it->second);
        painter.drawText(QRectF(x - w, titleRow.top(), w + 1.0, titleRow.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         it->first);
        x -= w + m_style.fontPx * 1.2;
    }
}

void ComparisonPlotPainter::paintTimeAxis(QPainter& painter, const ComparisonPlotLayout& layout,
                                          const ComparisonPlotInput& input) const
{
    const std::vector<ComparisonFrame>& frames = input.readouts->frames;
    const double top = layout.plotArea.bottom();
    const QFontMetricsF metrics(painter.font());
    const std::vector<TimeTick> ticks = timeTicks(layout, frames, metrics);
    if (ticks.empty()) {   // one frame
        painter.setPen(m_style.textDim);
        painter.drawText(QRectF(layout.plotArea.left(), top, layout.plotArea.width(), m_style.axisHeightPx),
                         Qt::AlignCenter, withUnit(frames.front().seconds, 2, QStringLiteral("s")));
        return;
    }
    for (const TimeTick& tick : ticks) {
        painter.setPen(m_style.frameLine);
        painter.drawLine(QPointF(tick.x, top), QPointF(tick.x, top + 4.0));
        painter.setPen(m_style.textDim);
        const double w = metrics.horizontalAdvance(tick.label);
        const double left = std::clamp(tick.x - w / 2.0, layout.rect.left(), layout.rect.right() - w - 1.0);
        painter.drawText(QRectF(left, top + 3.0, w + 1.0, m_style.axisHeightPx - 3.0), Qt::AlignLeft | Qt::AlignVCenter,
                         tick.label);
    }
}

void ComparisonPlotPainter::paintPlayhead(QPainter& painter, const ComparisonPlotLayout& layout,
                                          const ComparisonPlotInput& input) const
{
    if (input.playheadFrame < 0)
        return;
    // On the middle of the pixel column the frame's x falls in, so the 1 px line is one crisp column.
    const double x = std::floor(layout.xOfFrame(input.playheadFrame)) + 0.5;
    painter.setPen(QPen(m_style.playhead, 1.0));
    for (const QRectF& lane : layout.lanes)
        painter.drawLine(QPointF(x, lane.top() + layout.titleHeightPx), QPointF(x, lane.bottom()));
    QPolygonF head;
    const double bottom = layout.plotArea.bottom();
    head << QPointF(x - 5.0, bottom + 6.0) << QPointF(x + 5.0, bottom + 6.0) << QPointF(x, bottom);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_style.playhead);
    painter.drawPolygon(head);
    painter.setBrush(Qt::NoBrush);
}

} // namespace murnau
