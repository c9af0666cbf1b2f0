#include "app/bridge/focus_marks_pdf.h"

#include <algorithm>

#include <QDateTime>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <spdlog/spdlog.h>

#include "app/bridge/shot_list_pdf.h"
#include "app/bridge/shot_list_text.h"
#include "core/scene/display_units.h"
#include "core/time/frame_rate.h"

namespace murnau {

namespace {

constexpr int kPdfDpi = 300;                // as the shot list
constexpr double kShotHeadHeight = 40.0;    // a shot's title and its lens line
constexpr double kHeaderRowHeight = 20.0;   // the column titles
constexpr double kLineHeight = 17.0;        // one mark
constexpr double kBlockGap = 18.0;          // between two shots
constexpr double kBodyPx = 11.0;
// The columns' shares of the table width (actor and mark names get the most).
constexpr double kColumnShares[] = {1.6, 0.8, 1.4, 0.8, 1.0, 0.9, 0.7, 1.0, 1.0, 1.0, 0.7};

double bodyTop()
{
    return kPrintMargin + kPrintHeadingHeight + 8.0;
}

QString fStopText(double fStop)
{
    QString number = QString::number(fStop, 'f', 1);
    if (number.endsWith(QStringLiteral(".0")))
        number.chop(2);
    return QStringLiteral("f/") + number;
}

} // namespace

QStringList focusMarkColumnTitles()
{
    return {QStringLiteral("Actor"), QStringLiteral("Beat"),  QStringLiteral("Mark"), QStringLiteral("Time"),
            QStringLiteral("Distance"), QStringLiteral("Focal"), QStringLiteral("Stop"), QStringLiteral("Near"),
            QStringLiteral("Far"), QStringLiteral("Rig focus"), QStringLiteral("Sharp")};
}

QStringList focusMarkCells(const FocusMark& mark, DisplayUnits units)
{
    const auto length = [units](double metres) { return printText(formatLength(metres, units)); };
    QString nearText = QStringLiteral("—");
    QString farText = QStringLiteral("—");
    if (mark.depthOfField) {
        nearText = length(mark.depthOfField->nearM);
        farText = mark.depthOfField->farM ? length(*mark.depthOfField->farM) : QStringLiteral("∞");
    }
    return {printText(mark.actor),
            printText(focusBeatKey(mark.beat)),
            mark.markName.empty() ? QStringLiteral("—") : printText(mark.markName),
            QString::number(flicksToSeconds(mark.at), 'f', 2) + QStringLiteral(" s"),
            length(mark.distanceM),
            focalLengthText(mark.focalLengthMm),
            fStopText(mark.fStop),
            nearText,
            farText,
            length(mark.rigFocusM),
            mark.sharpAtRigFocus ? QStringLiteral("✓") : QStringLiteral("✗")};
}

FocusMarksPages::FocusMarksPages(const std::vector<ShotListRow>& rows, DisplayUnits units, QSizeF pageSize)
    : m_rows(rows), m_units(units), m_pageSize(pageSize)
{
    const double bottom = m_pageSize.height() - kPrintMargin - kPrintFooterHeight - 6.0;
    std::vector<Block> page;
    double y = bodyTop();
    const auto newPage = [&] {
        m_pages.push_back(std::move(page));
        page.clear();
        y = bodyTop();
    };
    for (std::size_t r = 0; r < m_rows.size(); ++r) {
        const std::size_t count = m_rows[r].focusMarks.marks.size();
        std::size_t first = 0;
        bool continued = false;
        do {
            // A shot starts where its heading, the column titles and one line fit (an empty
            // sheet needs a line for its "no marks").
            if (y + kShotHeadHeight + kHeaderRowHeight + kLineHeight > bottom && !page.empty())
                newPage();
            y += kShotHeadHeight + kHeaderRowHeight;
            const auto fit = static_cast<std::size_t>(std::max(1.0, std::floor((bottom - y) / kLineHeight)));
            const std::size_t last = std::min(count, first + fit);
            page.push_back(Block{r, first, last, continued});
            y += static_cast<double>(std::max<std::size_t>(last - first, 1)) * kLineHeight + kBlockGap;
            first = last;
            continued = true;
            if (first < count)
                newPage();
        } while (first < count);
    }
    if (!page.empty() || m_pages.empty())
        m_pages.push_back(std::move(page));
}

void FocusMarksPages::paintPage(QPainter& painter, int pageIndex, const PrintHeading& heading, const QString& footer) const
{
    const QRectF area(kPrintMargin, kPrintMargin, m_pageSize.width() - 2.0 * kPrintMargin, m_pageSize.height() - 2.0 * kPrintMargin);
    paintPrintHeading(painter, area, heading);
    const QStringList titles = focusMarkColumnTitles();
    double shareSum = 0.0;
    for (double share : kColumnShares)
        shareSum += share;
    std::vector<double> widths;
    for (double share : kColumnShares)
        widths.push_back(area.width() * share / shareSum);
    const QFont body = printFont(kBodyPx);
    const QFont bold = printFont(kBodyPx, true);
    const QFontMetricsF metrics(body);
    double y = bodyTop();
    const std::vector<Block>& blocks = m_pages.at(static_cast<std::size_t>(pageIndex));
    if (blocks.empty()) {
        painter.setFont(body);
        painter.setPen(kPrintInkDim);
        painter.drawText(QRectF(area.left(), y, area.width(), kLineHeight), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("No shots."));
    }
    for (const Block& block : blocks) {
        const ShotListRow& row = m_rows[block.row];
        // The shot's heading: which shot, then its lens, stop and circle of confusion.
        painter.setFont(printFont(15.0, true));
        painter.setPen(kPrintInk);
        QString title = QStringLiteral("Scene %1 · Shot %2").arg(printText(row.sceneNumber), printText(row.shotNumber));
        if (!row.name.empty())
            title += QStringLiteral(" — ") + printText(row.name);
        if (block.continued)
            title += QStringLiteral("  (continued)");
        painter.drawText(QRectF(area.left(), y, area.width(), 22.0), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(title, Qt::ElideRight, area.width()));
        QStringList facts;
        facts << printText(row.lens) << tStopText(row.tStop);
        if (row.focusMarks.cocMm > 0.0)
            facts << QStringLiteral("circle of confusion %1 mm (%2)")
                         .arg(QString::number(row.focusMarks.cocMm, 'f', 3),
                              row.focusMarks.cocIsOverride ? QStringLiteral("camera setting") : QStringLiteral("format default"));
        facts << QStringLiteral("distances from the film plane to the eyes");
        painter.setFont(body);
        painter.setPen(kPrintInkDim);
        painter.drawText(QRectF(area.left(), y + 22.0, area.width(), 16.0), Qt::AlignLeft | Qt::AlignVCenter,
                         facts.join(QStringLiteral("  ·  ")));
        y += kShotHeadHeight;
        // Column titles.
        painter.fillRect(QRectF(area.left(), y, area.width(), kHeaderRowHeight), kPrintBand);
        painter.setFont(bold);
        painter.setPen(kPrintInk);
        double x = area.left();
        for (qsizetype c = 0; c < titles.size(); ++c) {
            painter.drawText(QRectF(x + 4.0, y, widths[static_cast<std::size_t>(c)] - 8.0, kHeaderRowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, titles[c]);
            x += widths[static_cast<std::size_t>(c)];
        }
        y += kHeaderRowHeight;
        painter.setPen(QPen(kPrintInk, 1.0));
        painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        const auto& marks = row.focusMarks.marks;
        if (marks.empty()) {
            painter.setFont(body);
            painter.setPen(kPrintInkDim);
            painter.drawText(QRectF(area.left() + 4.0, y, area.width(), kLineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("No focus marks: no actor in the shot."));
            y += kLineHeight;
        }
        for (std::size_t m = block.firstMark; m < block.lastMark; ++m) {
            const FocusMark& mark = marks[m];
            if ((m - block.firstMark) % 2 == 1)
                painter.fillRect(QRectF(area.left(), y, area.width(), kLineHeight), kPrintBand);
            const QStringList cells = focusMarkCells(mark, m_units);
            x = area.left();
            for (qsizetype c = 0; c < cells.size(); ++c) {
                const double width = widths[static_cast<std::size_t>(c)] - 8.0;
                const bool sharpColumn = c == cells.size() - 1;
                painter.setFont(sharpColumn || c == 4 ? bold : body);
                painter.setPen(sharpColumn && !mark.sharpAtRigFocus ? kPrintProblem : kPrintInk);
                painter.drawText(QRectF(x + 4.0, y, width, kLineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 metrics.elidedText(cells[c], Qt::ElideRight, width));
                x += widths[static_cast<std::size_t>(c)];
            }
            y += kLineHeight;
            painter.setPen(QPen(kPrintRule, 0.6));
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        }
        y += kBlockGap;
    }
    paintPrintFooter(painter, area, footer);
}

Result<bool> writeFocusMarksPdf(const QString& path, const std::vector<ShotListRow>& rows, const ShotListPdfOptions& options)
{
    if (options.pageSize != QPageSize::A4 && options.pageSize != QPageSize::Letter)
        return fail("pageSize", "must be A4 or Letter");
    const DisplayUnits units = options.units.value_or(DisplayUnits::Metric);
    const QSizeF pageUnits = printPageSizeUnits(options.pageSize);
    const FocusMarksPages pages(rows, units, pageUnits);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path.toStdString(), "cannot write: " + file.errorString().toStdString());
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Murnau"));
        writer.setTitle(QStringLiteral("Focus marks") + (options.projectTitle.isEmpty() ? QString() : QStringLiteral(" — ") + options.projectTitle));
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (painter.begin(&writer)) {
            const QString footer = QStringLiteral("Murnau focus marks · %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            int shotCount = 0;
            for (const ShotListRow& row : rows)
                shotCount += row.focusMarks.marks.empty() ? 0 : 1;
            for (int page = 0; page < pages.pageCount(); ++page) {
                if (page > 0)
                    writer.newPage();
                painter.resetTransform();
                const double scale = static_cast<double>(writer.resolution()) / kPrintUnitsPerInch;
                painter.scale(scale, scale);
                painter.setRenderHint(QPainter::Antialiasing, true);
                painter.setRenderHint(QPainter::TextAntialiasing, true);
                PrintHeading heading;
                heading.title = QStringLiteral("Focus marks");
                heading.subtitle = QStringLiteral("%1 shots with marks  ·  %2").arg(shotCount).arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd")));
                heading.projectTitle = options.projectTitle;
                heading.page = page + 1;
                heading.pageCount = pages.pageCount();
                pages.paintPage(painter, page, heading, footer);
            }
            painted = painter.end();
        }
    }
    if (!painted) {
        file.cancelWriting();
        return fail(path.toStdString(), "cannot write: the pages could not be drawn");
    }
    if (!file.commit())
        return fail(path.toStdString(), "cannot write: " + file.errorString().toStdString());
    spdlog::info("focus marks PDF written to {} ({} pages)", path.toStdString(), pages.pageCount());
    return true;
}

} // namespace murnau
