#include "app/bridge/shot_list_table_painter.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>

#include "app/bridge/shot_list_text.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

constexpr double kBodyPx = 10.5;        // cell text, layout units
constexpr double kHeadPx = 10.0;        // header row text
constexpr double kLineHeight = 13.5;    // one line of cell text
constexpr double kCellPadX = 4.0;       // left and right inside a cell
constexpr double kCellPadY = 4.0;       // above and below a cell's text
constexpr double kHeaderRowHeight = 22.0;
constexpr double kGapUnderHeading = 8.0;

} // namespace

ShotListTablePainter::ShotListTablePainter(const std::vector<ShotListRow>& rows, DisplayUnits units, QSizeF pageSize)
    : m_rows(rows), m_units(units), m_pageSize(pageSize)
{
    // Fixed widths, layout units; the description takes what the page has left.
    m_columns = {
        {QStringLiteral("Sc"), 28.0, 1, true, false},
        {QStringLiteral("Shot"), 36.0, 1, true, false},
        {QStringLiteral("Setup"), 44.0, 1, false, false},
        {QStringLiteral("Location"), 112.0, 3, false, false},
        {QStringLiteral("Description"), 0.0, 3, true, false},
        {QStringLiteral("Size"), 62.0, 2, false, false},
        {QStringLiteral("Angle"), 52.0, 2, false, false},
        {QStringLiteral("Movement"), 70.0, 3, false, false},
        {QStringLiteral("Lens"), 84.0, 3, false, false},
        {QStringLiteral("Camera · sensor"), 124.0, 3, false, false},
        {QStringLiteral("Stop"), 36.0, 1, false, false},
        {QStringLiteral("Duration"), 96.0, 3, false, false},
        {QStringLiteral("Cast"), 66.0, 3, false, false},
        {QStringLiteral("Track"), 60.0, 2, false, false},
        {QStringLiteral("Status"), 62.0, 1, false, false},
    };
    const double tableWidth = m_pageSize.width() - 2.0 * kPrintMargin;
    double fixed = 0.0;
    for (const Column& column : m_columns)
        fixed += column.width;
    for (Column& column : m_columns)
        if (column.width == 0.0)
            column.width = std::max(120.0, tableWidth - fixed);

    m_rowHeights.reserve(m_rows.size());
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        m_rowHeights.push_back(rowHeight(row));
    // Pages: rows fill the body under the heading and the header row; a row never splits.
    const double bodyTop = kPrintMargin + kPrintHeadingHeight + kGapUnderHeading + kHeaderRowHeight;
    const double bodyBottom = m_pageSize.height() - kPrintMargin - kPrintFooterHeight - 6.0;
    std::size_t first = 0;
    while (first < m_rows.size()) {
        double y = bodyTop;
        std::size_t last = first;
        while (last < m_rows.size() && (last == first || y + m_rowHeights[last] <= bodyBottom)) {
            y += m_rowHeights[last];
            ++last;
        }
        m_pages.emplace_back(first, last);
        first = last;
    }
    if (m_pages.empty())
        m_pages.emplace_back(0, 0);
}

QStringList ShotListTablePainter::columnTitles() const
{
    QStringList titles;
    for (const Column& column : m_columns)
        titles << column.title;
    return titles;
}

QStringList ShotListTablePainter::cellText(std::size_t rowIndex, std::size_t column) const
{
    const ShotListRow& row = m_rows[rowIndex];
    const auto lines = [](std::initializer_list<QString> parts) {
        QStringList list;
        for (const QString& part : parts)
            if (!part.isEmpty())
                list << part;
        return list.join(QLatin1Char('\n'));
    };
    QString text;
    switch (column) {
    case 0: text = printText(row.sceneNumber); break;
    case 1: text = printText(row.shotNumber); break;
    case 2: text = printText(row.setup); break;
    case 3:
        text = lines({(printText(row.intExt) + QLatin1Char(' ') + printText(row.location)).trimmed(), printText(row.timeOfDay)});
        break;
    case 4: text = lines({printText(row.name), printText(row.description)}); break;
    case 5: text = shotSizeRangeText(row); break;
    case 6: text = row.angle ? printText(cameraAngleLabel(*row.angle)) : QStringLiteral("—"); break;
    case 7: text = movementText(row); break;
    case 8: text = lines({printText(row.lens), printText(row.lensKit)}); break;
    case 9: text = lines({printText(row.cameraBody), printText(row.sensor)}); break;
    case 10: text = tStopText(row.tStop); break;
    case 11: text = lines({durationText(row), printText(row.timecodeIn)}); break;
    case 12: text = joinedText(row.cast); break;
    case 13: text = trackText(row, m_units); break;
    case 14: text = printText(row.status); break;
    default: break;
    }
    if (text.isEmpty())
        text = QStringLiteral("—");
    const Column& c = m_columns[column];
    const double width = c.width - 2.0 * kCellPadX;
    // Each paragraph starts its own line and wraps, leaving a line for each paragraph after it.
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    if (paragraphs.size() > 1) {
        QStringList out;
        for (qsizetype i = 0; i < paragraphs.size() && out.size() < c.maxLines; ++i) {
            const int budget = std::max<int>(1, c.maxLines - static_cast<int>(out.size()) - static_cast<int>(paragraphs.size() - 1 - i));
            // The description's name is bold; the rest of the description wraps as one paragraph.
            const bool rest = column == 4 && i == 1;
            const QString part = rest ? paragraphs.mid(1).join(QLatin1Char(' ')) : paragraphs[i];
            out << wrapPrintText(part, printFont(kBodyPx, c.firstLineBold && i == 0), width,
                                 rest ? c.maxLines - static_cast<int>(out.size()) : budget);
            if (rest)
                break;
        }
        return out;
    }
    return wrapPrintText(text, printFont(kBodyPx, false), width, c.maxLines);
}

std::vector<QStringList> ShotListTablePainter::cells(std::size_t row) const
{
    std::vector<QStringList> out;
    for (std::size_t column = 0; column < m_columns.size(); ++column)
        out.push_back(cellText(row, column));
    return out;
}

double ShotListTablePainter::rowHeight(std::size_t row) const
{
    qsizetype lines = 1;
    for (std::size_t column = 0; column < m_columns.size(); ++column)
        lines = std::max(lines, cellText(row, column).size());
    return static_cast<double>(lines) * kLineHeight + 2.0 * kCellPadY;
}

void ShotListTablePainter::paintPage(QPainter& painter, int page, const PrintHeading& heading, const QString& footer) const
{
    const QRectF area(kPrintMargin, kPrintMargin, m_pageSize.width() - 2.0 * kPrintMargin,
                      m_pageSize.height() - 2.0 * kPrintMargin);
    paintPrintHeading(painter, area, heading);
    const double left = area.left();
    double y = area.top() + kPrintHeadingHeight + kGapUnderHeading;
    double tableWidth = 0.0;
    for (const Column& column : m_columns)
        tableWidth += column.width;

    // Header row: titles on a band, a strong rule under it.
    painter.fillRect(QRectF(left, y, tableWidth, kHeaderRowHeight), kPrintBand);
    painter.setFont(printFont(kHeadPx, true));
    painter.setPen(kPrintInk);
    double x = left;
    for (const Column& column : m_columns) {
        painter.drawText(QRectF(x + kCellPadX, y, column.width - 2.0 * kCellPadX, kHeaderRowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(column.title, Qt::ElideRight, column.width - 2.0 * kCellPadX));
        x += column.width;
    }
    y += kHeaderRowHeight;
    painter.setPen(QPen(kPrintInk, 1.2));
    painter.drawLine(QPointF(left, y), QPointF(left + tableWidth, y));
    const double tableTop = area.top() + kPrintHeadingHeight + kGapUnderHeading;

    const auto [first, last] = pageRows(page);
    for (std::size_t row = first; row < last; ++row) {
        const double height = m_rowHeights[row];
        if ((row - first) % 2 == 1)
            painter.fillRect(QRectF(left, y, tableWidth, height), kPrintBand);
        const bool hasWarnings = !m_rows[row].warnings.empty();
        x = left;
        for (std::size_t column = 0; column < m_columns.size(); ++column) {
            const Column& c = m_columns[column];
            const QStringList text = cellText(row, column);
            for (qsizetype line = 0; line < text.size(); ++line) {
                const bool bold = c.firstLineBold && line == 0;
                painter.setFont(printFont(kBodyPx, bold));
                // The shot number is red when the shot has warnings (its page lists them).
                painter.setPen(column == 1 && hasWarnings ? kPrintProblem : (line == 0 || bold || column == 4 ? kPrintInk : kPrintInkDim));
                painter.drawText(QRectF(x + kCellPadX, y + kCellPadY + static_cast<double>(line) * kLineHeight,
                                        c.width - 2.0 * kCellPadX, kLineHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, text[line]);
            }
            x += c.width;
        }
        y += height;
        painter.setPen(QPen(kPrintRule, 0.8));
        painter.drawLine(QPointF(left, y), QPointF(left + tableWidth, y));
    }
    // Column rules over the whole table.
    painter.setPen(QPen(kPrintRule, 0.8));
    x = left;
    for (std::size_t column = 0; column <= m_columns.size(); ++column) {
        painter.drawLine(QPointF(x, tableTop), QPointF(x, y));
        if (column < m_columns.size())
            x += m_columns[column].width;
    }
    if (first == last) {
        painter.setFont(printFont(kBodyPx));
        painter.setPen(kPrintInkDim);
        painter.drawText(QRectF(left, y + 8.0, tableWidth, 20.0), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("No shots."));
    }
    paintPrintFooter(painter, area, footer);
}

} // namespace murnau
