#include "app/bridge/comparison_sheet_painter.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include "app/bridge/comparison_plot_painter.h"

namespace murnau {

namespace {

// Sizes in layout units (1/120 inch).
constexpr double kMargin = 40.0;           // around the page
constexpr double kHeaderHeight = 78.0;     // heading and the line under it
constexpr double kGap = 26.0;              // between the grid, the plots and the table
constexpr double kRowLabelWidth = 92.0;    // the grid's row titles
constexpr double kColumnHeadHeight = 40.0; // a side's title and position over its column
constexpr double kCellGap = 8.0;           // between pictures
constexpr double kCaptionHeight = 18.0;    // under each picture
constexpr double kFooterHeight = 16.0;
constexpr double kCostRowHeight = 21.0;
constexpr double kFontPx = 12.0;           // body text

const QColor kInk(0x1a, 0x1b, 0x1e);
const QColor kInkDim(0x5a, 0x5e, 0x66);
const QColor kRule(0xbb, 0xbe, 0xc4);
const QColor kBand(0xf2, 0xf3, 0xf5);
const QColor kProblem(0xc0, 0x2a, 0x22);

QFont font(double px, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    f.setBold(bold);
    return f;
}

// Where everything goes, layout units.
struct SheetLayout {
    QRectF header;
    QRectF grid;           // column heads, row labels and pictures
    double cellWidth = 0.0;
    double pictureHeight = 0.0;
    double rowHeight = 0.0;
    QRectF plots;
    QRectF costs;
    QRectF footer;
};

std::size_t sideCount(const ComparisonSheetContent& content)
{
    std::size_t n = content.sides.size();
    n = std::max<std::size_t>(n, static_cast<std::size_t>(content.sideTitles.size()));
    for (const SheetFrameRow& row : content.rows)
        n = std::max(n, row.pictures.size());
    return std::max<std::size_t>(n, 1);
}

// The pictures' width over height: the first grabbed picture's, else 16:9.
double pictureAspect(const ComparisonSheetContent& content)
{
    for (const SheetFrameRow& row : content.rows)
        for (const QImage& picture : row.pictures)
            if (!picture.isNull() && picture.height() > 0)
                return static_cast<double>(picture.width()) / picture.height();
    return 16.0 / 9.0;
}

SheetLayout layoutOf(const ComparisonSheetContent& content)
{
    SheetLayout layout;
    const double width = kSheetPageSize.width() - 2.0 * kMargin;
    const double bottom = kSheetPageSize.height() - kMargin;
    layout.header = QRectF(kMargin, kMargin, width, kHeaderHeight);
    layout.footer = QRectF(kMargin, bottom - kFooterHeight, width, kFooterHeight);
    const double top = layout.header.bottom() + 12.0;
    const double costsHeight = kCostRowHeight * (static_cast<double>(content.costs.size()) + 1.0) + 4.0;
    const double bodyHeight = layout.footer.top() - 10.0 - top;
    // The grid and the plots share the band above the table; the grid is as wide as the band's
    // height allows for three rows of pictures, at most 62 % of the page width.
    const double band = std::max(200.0, bodyHeight - (content.costs.empty() ? 0.0 : costsHeight + kGap));
    const auto n = static_cast<double>(sideCount(content));
    const double rows = std::max<double>(1.0, static_cast<double>(content.rows.size()));
    const double aspect = pictureAspect(content);
    const double maxCell = (band - kColumnHeadHeight) / rows - kCaptionHeight - kCellGap;   // picture height that fits
    double cellWidth = (0.62 * width - kRowLabelWidth - (n - 1.0) * kCellGap) / n;
    cellWidth = std::min(cellWidth, maxCell * aspect);
    layout.cellWidth = cellWidth;
    layout.pictureHeight = cellWidth / aspect;
    layout.rowHeight = layout.pictureHeight + kCaptionHeight + kCellGap;
    const double gridWidth = kRowLabelWidth + n * cellWidth + (n - 1.0) * kCellGap;
    layout.grid = QRectF(kMargin, top, gridWidth, kColumnHeadHeight + rows * layout.rowHeight);
    const double plotsLeft = layout.grid.right() + kGap;
    layout.plots = QRectF(plotsLeft, top, kSheetPageSize.width() - kMargin - plotsLeft, std::max(layout.grid.height(), band * 0.9));
    const double costsTop = std::max(layout.grid.bottom(), layout.plots.bottom()) + kGap;
    layout.costs = QRectF(kMargin, costsTop, width, std::max(0.0, layout.footer.top() - 6.0 - costsTop));
    return layout;
}

void paintHeader(QPainter& painter, const SheetLayout& layout, const ComparisonSheetContent& content)
{
    painter.setPen(kInk);
    painter.setFont(font(26.0, true));
    painter.drawText(QRectF(layout.header.left(), layout.header.top(), layout.header.width(), 36.0),
                     Qt::AlignLeft | Qt::AlignVCenter, content.heading);
    painter.setFont(font(15.0, true));
    painter.drawText(QRectF(layout.header.left(), layout.header.top(), layout.header.width(), 36.0),
                     Qt::AlignRight | Qt::AlignVCenter, content.projectTitle);
    QStringList parts;
    if (!content.sourceLabel.isEmpty())
        parts << QStringLiteral("From %1").arg(content.sourceLabel);
    if (!content.subject.isEmpty())
        parts << QStringLiteral("Subject: %1").arg(content.subject);
    if (!content.framing.isEmpty())
        parts << QStringLiteral("Framing: %1").arg(content.framing);
    if (content.readouts && !content.readouts->backgroundLabel.empty())
        parts << QStringLiteral("Background: %1").arg(QString::fromStdString(content.readouts->backgroundLabel));
    painter.setFont(font(13.0));
    painter.setPen(kInkDim);
    painter.drawText(QRectF(layout.header.left(), layout.header.top() + 40.0, layout.header.width(), 22.0),
                     Qt::AlignLeft | Qt::AlignVCenter, parts.join(QStringLiteral("   ·   ")));
    painter.setPen(QPen(kRule, 1.0));
    painter.drawLine(QPointF(layout.header.left(), layout.header.bottom()),
                     QPointF(layout.header.right(), layout.header.bottom()));
}

QRectF pictureRect(const SheetLayout& layout, std::size_t row, std::size_t side)
{
    const double x = layout.grid.left() + kRowLabelWidth + static_cast<double>(side) * (layout.cellWidth + kCellGap);
    const double y = layout.grid.top() + kColumnHeadHeight + static_cast<double>(row) * layout.rowHeight;
    return {x, y, layout.cellWidth, layout.pictureHeight};
}

// "85.0 mm  ·  2.40 m" for side `side` at `frame` from the readouts, or "" without them.
QString cellCaption(const ComparisonSheetContent& content, int frame, std::size_t side)
{
    if (!content.readouts)
        return {};
    for (const ComparisonFrame& f : content.readouts->frames) {
        if (f.frame != frame || side >= f.sides.size())
            continue;
        const SideReading& r = f.sides[side];
        return QStringLiteral("%1 mm   %2 m away   %3° wide")
            .arg(QString::number(r.focalLengthMm, 'f', 1), QString::number(r.distanceM, 'f', 2),
                 QString::number(r.horizontalAovDeg, 'f', 1));
    }
    return {};
}

void paintGrid(QPainter& painter, const SheetLayout& layout, const ComparisonSheetContent& content,
               const ComparisonPlotStyle& plotStyle)
{
    const std::size_t n = sideCount(content);
    // Column heads: the side's title in its plot colour, its position under it.
    for (std::size_t side = 0; side < n; ++side) {
        const QRectF cell = pictureRect(layout, 0, side);
        const QRectF head(cell.left(), layout.grid.top(), cell.width(), kColumnHeadHeight);
        const QColor colour = side < plotStyle.sides.size() ? plotStyle.sides[side] : kInk;
        painter.fillRect(QRectF(head.left(), head.top() + 2.0, 4.0, 16.0), colour);
        painter.setPen(kInk);
        painter.setFont(font(14.0, true));
        const QString title = side < static_cast<std::size_t>(content.sideTitles.size())
                                  ? content.sideTitles[static_cast<qsizetype>(side)]
                                  : comparisonSideLetter(side);
        painter.drawText(QRectF(head.left() + 10.0, head.top(), head.width() - 10.0, 20.0),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        if (side < static_cast<std::size_t>(content.sidePositions.size())) {
            painter.setFont(font(11.0));
            painter.setPen(kInkDim);
            painter.drawText(QRectF(head.left() + 10.0, head.top() + 19.0, head.width() - 10.0, 16.0),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetricsF(painter.font()).elidedText(content.sidePositions[static_cast<qsizetype>(side)],
                                                                       Qt::ElideRight, head.width() - 10.0));
        }
    }
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (std::size_t row = 0; row < content.rows.size(); ++row) {
        const SheetFrameRow& r = content.rows[row];
        const QRectF first = pictureRect(layout, row, 0);
        // Row label: what, which frame, the timecode.
        painter.setPen(kInk);
        painter.setFont(font(14.0, true));
        painter.drawText(QRectF(layout.grid.left(), first.top(), kRowLabelWidth - 8.0, 20.0),
                         Qt::AlignLeft | Qt::AlignVCenter, r.title);
        painter.setFont(font(11.0));
        painter.setPen(kInkDim);
        painter.drawText(QRectF(layout.grid.left(), first.top() + 20.0, kRowLabelWidth - 8.0, 16.0),
                         Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("frame %1").arg(r.frame));
        painter.drawText(QRectF(layout.grid.left(), first.top() + 36.0, kRowLabelWidth - 8.0, 16.0),
                         Qt::AlignLeft | Qt::AlignVCenter, r.timecode);
        for (std::size_t side = 0; side < n; ++side) {
            const QRectF cell = pictureRect(layout, row, side);
            if (side < r.pictures.size() && !r.pictures[side].isNull()) {
                painter.drawImage(cell, r.pictures[side]);
            } else {
                painter.fillRect(cell, kBand);
                painter.setPen(kInkDim);
                painter.drawText(cell, Qt::AlignCenter, QStringLiteral("no picture"));
            }
            painter.setPen(QPen(kRule, 1.0));
            painter.drawRect(cell);
            painter.setFont(font(11.0));
            painter.setPen(kInk);
            painter.drawText(QRectF(cell.left(), cell.bottom() + 1.0, cell.width(), kCaptionHeight - 2.0),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             comparisonSideLetter(side) + QStringLiteral("   ") + cellCaption(content, r.frame, side));
        }
    }
}

void paintCosts(QPainter& painter, const SheetLayout& layout, const ComparisonSheetContent& content,
                const ComparisonPlotStyle& plotStyle)
{
    if (content.costs.empty() || layout.costs.height() < kCostRowHeight)
        return;
    const std::size_t n = sideCount(content);
    const double labelWidth = 220.0;
    const double valueWidth = (layout.costs.width() - labelWidth) / static_cast<double>(n);
    const double rowHeight = std::min(kCostRowHeight, layout.costs.height() / (static_cast<double>(content.costs.size()) + 1.0));
    double y = layout.costs.top();
    // Head row: "Cost" and the sides.
    painter.setFont(font(kFontPx, true));
    painter.setPen(kInk);
    painter.drawText(QRectF(layout.costs.left() + 4.0, y, labelWidth - 8.0, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("What it costs"));
    for (std::size_t side = 0; side < n; ++side) {
        const double x = layout.costs.left() + labelWidth + static_cast<double>(side) * valueWidth;
        const QColor colour = side < plotStyle.sides.size() ? plotStyle.sides[side] : kInk;
        painter.fillRect(QRectF(x, y + 4.0, 4.0, rowHeight - 8.0), colour);
        painter.setPen(kInk);
        const QString title = side < static_cast<std::size_t>(content.sideTitles.size())
                                  ? content.sideTitles[static_cast<qsizetype>(side)]
                                  : comparisonSideLetter(side);
        painter.drawText(QRectF(x + 10.0, y, valueWidth - 14.0, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    }
    y += rowHeight;
    painter.setPen(QPen(kInk, 1.0));
    painter.drawLine(QPointF(layout.costs.left(), y), QPointF(layout.costs.right(), y));
    painter.setFont(font(kFontPx));
    const QFontMetricsF metrics(painter.font());
    for (std::size_t i = 0; i < content.costs.size(); ++i) {
        const SheetCostRow& row = content.costs[i];
        if (i % 2 == 1)
            painter.fillRect(QRectF(layout.costs.left(), y, layout.costs.width(), rowHeight), kBand);
        painter.setPen(kInkDim);
        painter.drawText(QRectF(layout.costs.left() + 4.0, y, labelWidth - 8.0, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         row.label);
        for (std::size_t side = 0; side < n && side < static_cast<std::size_t>(row.values.size()); ++side) {
            const bool ok = side >= static_cast<std::size_t>(row.ok.size()) || row.ok[static_cast<qsizetype>(side)];
            const double x = layout.costs.left() + labelWidth + static_cast<double>(side) * valueWidth;
            painter.setPen(ok ? kInk : kProblem);
            const QString text = ok ? row.values[static_cast<qsizetype>(side)]
                                    : QStringLiteral("✗ ") + row.values[static_cast<qsizetype>(side)];
            painter.drawText(QRectF(x + 10.0, y, valueWidth - 14.0, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(text, Qt::ElideRight, valueWidth - 14.0));
        }
        y += rowHeight;
    }
    painter.setPen(QPen(kRule, 1.0));
    painter.drawLine(QPointF(layout.costs.left(), y), QPointF(layout.costs.right(), y));
}

} // namespace

QRectF sheetFrameGridRect(const ComparisonSheetContent& content)
{
    return layoutOf(content).grid;
}

QRectF sheetPictureRect(const ComparisonSheetContent& content, std::size_t row, std::size_t side)
{
    if (row >= content.rows.size() || side >= sideCount(content))
        return {};
    return pictureRect(layoutOf(content), row, side);
}

void paintComparisonSheet(QPainter& painter, const QSizeF& deviceSize, const ComparisonSheetContent& content)
{
    painter.save();
    const double scale = std::min(deviceSize.width() / kSheetPageSize.width(), deviceSize.height() / kSheetPageSize.height());
    painter.scale(scale, scale);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(QPointF(0.0, 0.0), kSheetPageSize), Qt::white);

    const SheetLayout layout = layoutOf(content);
    const ComparisonPlotPainter plots(ComparisonPlotStyle::print());
    paintHeader(painter, layout, content);
    paintGrid(painter, layout, content, plots.style());

    ComparisonPlotInput input;
    input.readouts = content.readouts;
    input.sides = content.sides;
    for (const SheetFrameRow& row : content.rows)
        input.markedFrames.push_back(row.frame);
    if (!content.readouts)
        input.message = QStringLiteral("No readouts.");
    plots.paint(painter, layout.plots, input);

    paintCosts(painter, layout, content, plots.style());
    painter.setFont(font(10.0));
    painter.setPen(kInkDim);
    painter.drawText(layout.footer, Qt::AlignRight | Qt::AlignVCenter, content.footer);
    painter.restore();
}

} // namespace murnau
