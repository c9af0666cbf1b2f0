#include "app/bridge/shot_list_print_style.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <QTextLayout>

namespace murnau {

QFont printFont(double px, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
    f.setBold(bold);
    return f;
}

QSizeF printPageSizeUnits(QPageSize::PageSizeId pageSize)
{
    const QSizeF inches = QPageSize(pageSize).size(QPageSize::Inch);
    const double longSide = std::max(inches.width(), inches.height());
    const double shortSide = std::min(inches.width(), inches.height());
    return {longSide * kPrintUnitsPerInch, shortSide * kPrintUnitsPerInch};
}

QString printText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QStringList wrapPrintText(const QString& text, const QFont& font, double width, int maxLines)
{
    QStringList lines;
    if (maxLines <= 0 || width <= 0.0)
        return lines;
    const QFontMetricsF metrics(font);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    bool leftOver = false;
    for (qsizetype p = 0; p < paragraphs.size() && !leftOver; ++p) {
        const QString paragraph = paragraphs[p].trimmed();
        if (paragraph.isEmpty())
            continue;   // blank lines cost space a cell does not have
        QTextLayout layout(paragraph, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (;;) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(width);
            if (lines.size() == maxLines) {
                leftOver = true;
                break;
            }
            lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
        if (lines.size() == maxLines && p + 1 < paragraphs.size())
            for (qsizetype q = p + 1; q < paragraphs.size(); ++q)
                if (!paragraphs[q].trimmed().isEmpty())
                    leftOver = true;
    }
    if (leftOver && !lines.isEmpty()) {
        // The last line shows that more follows: elided to leave room for the ellipsis.
        const QString last = lines.last() + QStringLiteral(" …");
        lines.last() = metrics.horizontalAdvance(last) <= width ? last : metrics.elidedText(last, Qt::ElideRight, width);
    }
    return lines;
}

void paintPrintHeading(QPainter& painter, const QRectF& area, const PrintHeading& heading)
{
    const QRectF top(area.left(), area.top(), area.width(), 32.0);
    const QString pageText = QStringLiteral("page %1 of %2").arg(heading.page).arg(heading.pageCount);
    painter.setFont(printFont(12.0));
    const double rightWidth = std::max(QFontMetricsF(printFont(15.0, true)).horizontalAdvance(heading.projectTitle),
                                       QFontMetricsF(painter.font()).horizontalAdvance(pageText))
                              + 8.0;
    painter.setPen(kPrintInk);
    painter.setFont(printFont(22.0, true));
    painter.drawText(QRectF(top.left(), top.top(), top.width() - rightWidth - 16.0, top.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(heading.title, Qt::ElideRight, top.width() - rightWidth - 16.0));
    painter.setFont(printFont(15.0, true));
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, heading.projectTitle);
    const QRectF sub(area.left(), area.top() + 36.0, area.width(), 20.0);
    painter.setFont(printFont(12.0));
    painter.setPen(kPrintInkDim);
    painter.drawText(sub, Qt::AlignRight | Qt::AlignVCenter, pageText);
    painter.drawText(QRectF(sub.left(), sub.top(), sub.width() - rightWidth - 16.0, sub.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(painter.font()).elidedText(heading.subtitle, Qt::ElideRight, sub.width() - rightWidth - 16.0));
    painter.setPen(QPen(kPrintRule, 1.0));
    const double y = area.top() + kPrintHeadingHeight - 4.0;
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
}

void paintPrintFooter(QPainter& painter, const QRectF& area, const QString& footer)
{
    painter.setFont(printFont(10.0));
    painter.setPen(kPrintInkDim);
    painter.drawText(QRectF(area.left(), area.bottom() - kPrintFooterHeight, area.width(), kPrintFooterHeight),
                     Qt::AlignRight | Qt::AlignVCenter, footer);
}

} // namespace murnau
