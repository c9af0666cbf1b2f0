#include "app/bridge/shot_page_painter.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <glm/common.hpp>

#include "app/bridge/comparison_text.h"
#include "app/bridge/shot_list_print_style.h"
#include "app/bridge/shot_list_text.h"
#include "core/plan/plan_view_transform.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

constexpr double kGap = 16.0;              // between the blocks, layout units
constexpr double kFrameGap = 10.0;         // between pictures
constexpr double kCaptionHeight = 18.0;    // under each picture
constexpr double kTitleBarHeight = 40.0;   // a half page's shot title and sub line
constexpr double kFigureFontPx = 11.0;
constexpr double kFigureLine = 15.0;       // one line of the figures block
constexpr double kFigureLabelWidth = 118.0;
constexpr double kPlanMarginUnits = 18.0;  // around the fitted content in the plan box
constexpr double kPlanMinExtentM = 4.0;    // the plan shows at least this much of the set, metres
constexpr double kPlanPaddingM = 1.0;      // round what the shot uses, metres
constexpr double kPlanPixelScale = 1.0;    // plan painter pixels to layout units (1/120 inch)

// The rectangle of `aspect` (width / height) as large as fits in `box`, centred.
QRectF fitted(const QRectF& box, double aspect)
{
    double w = box.width();
    double h = w / aspect;
    if (h > box.height()) {
        h = box.height();
        w = h * aspect;
    }
    return {box.center().x() - w / 2.0, box.center().y() - h / 2.0, w, h};
}

void paintFrames(QPainter& painter, const ShotPageLayout& layout, const ShotPageContent& content)
{
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    static const QString kTitles[] = {QStringLiteral("Start"), QStringLiteral("Middle"), QStringLiteral("End")};
    for (std::size_t i = 0; i < 3; ++i) {
        const QRectF cell = layout.frames[i];
        const QImage& picture = content.frames[i];
        if (!picture.isNull() && picture.height() > 0) {
            painter.fillRect(cell, Qt::black);
            painter.drawImage(fitted(cell, static_cast<double>(picture.width()) / picture.height()), picture);
        } else {
            painter.fillRect(cell, kPrintBand);
            painter.setPen(kPrintInkDim);
            painter.setFont(printFont(11.0));
            painter.drawText(cell, Qt::AlignCenter, QStringLiteral("no picture"));
        }
        painter.setPen(QPen(kPrintRule, 1.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        const QRectF caption(cell.left(), cell.bottom() + 1.0, cell.width(), kCaptionHeight - 2.0);
        painter.setPen(kPrintInk);
        painter.setFont(printFont(11.0, true));
        painter.drawText(caption, Qt::AlignLeft | Qt::AlignVCenter, kTitles[i]);
        const double titleWidth = QFontMetricsF(painter.font()).horizontalAdvance(kTitles[i]) + 8.0;
        painter.setFont(printFont(11.0));
        painter.setPen(kPrintInkDim);
        painter.drawText(QRectF(caption.left() + titleWidth, caption.top(), caption.width() - titleWidth, caption.height()),
                         Qt::AlignRight | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(content.frameCaptions[i], Qt::ElideLeft,
                                                                  caption.width() - titleWidth));
    }
}

void paintPlan(QPainter& painter, const QRectF& box, const ShotPageContent& content)
{
    const PlanPainter planPainter([] {
        PlanStyle style = PlanStyle::paper();
        style.pixelScale = kPlanPixelScale;
        return style;
    }());
    if (!content.plan) {
        painter.fillRect(box, kPrintBand);
        painter.setPen(kPrintInkDim);
        painter.setFont(printFont(11.0));
        painter.drawText(box.adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         content.planError.isEmpty() ? QStringLiteral("No plan.") : content.planError);
    } else {
        // Fit what the shot uses (padded, at least kPlanMinExtentM across), else the whole plan.
        PlanBounds bounds = content.planFocusM.valid ? content.planFocusM : content.plan->boundsM;
        if (bounds.valid) {
            const glm::dvec2 centre = (bounds.minM + bounds.maxM) * 0.5;
            const glm::dvec2 half = glm::max((bounds.maxM - bounds.minM) * 0.5 + kPlanPaddingM, glm::dvec2(kPlanMinExtentM / 2.0));
            bounds.minM = centre - half;
            bounds.maxM = centre + half;
        }
        PlanPaintOptions options;
        options.pageRect = box;
        options.units = content.units;
        options.actorColors = content.actorColors;
        auto view = fitPlanView(bounds, {box.width(), box.height()}, kPlanMarginUnits, 0.5, 5000.0);
        if (view) {
            options.view = *view;
            options.view.originPx += glm::dvec2(box.left(), box.top());
            planPainter.paint(painter, *content.plan, options);
        } else {
            painter.fillRect(box, kPrintBand);
        }
    }
    painter.setPen(QPen(kPrintRule, 1.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    // Which way is which.
    painter.setFont(printFont(10.0, true));
    painter.setPen(kPrintInkDim);
    painter.drawText(QRectF(box.left() + 6.0, box.top() + 4.0, box.width() - 12.0, 14.0), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("Plan"));
}

// One "label  value" entry of the figures block, the value wrapped to at most two lines; returns
// the height used (0 when it does not fit).
double figureLine(QPainter& painter, const QRectF& box, double y, const QString& label, const QString& value,
                  const QColor& colour = kPrintInk)
{
    const QFont font = printFont(kFigureFontPx);
    const double width = box.width() - kFigureLabelWidth;
    const QStringList lines = wrapPrintText(value, font, width, 2);
    const double height = kFigureLine * static_cast<double>(std::max<qsizetype>(lines.size(), 1));
    if (y + height > box.bottom())
        return 0.0;
    painter.setFont(font);
    painter.setPen(kPrintInkDim);
    painter.drawText(QRectF(box.left(), y, kFigureLabelWidth - 6.0, kFigureLine), Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.setPen(colour);
    for (qsizetype i = 0; i < lines.size(); ++i)
        painter.drawText(QRectF(box.left() + kFigureLabelWidth, y + static_cast<double>(i) * kFigureLine, width, kFigureLine),
                         Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
    return height;
}

// A titled paragraph wrapped into what is left of `box`; returns the new y.
double paragraph(QPainter& painter, const QRectF& box, double y, const QString& title, const QString& text,
                 const QColor& colour = kPrintInk)
{
    if (text.trimmed().isEmpty() || y + 2.0 * kFigureLine > box.bottom())
        return y;
    y += 6.0;
    painter.setFont(printFont(kFigureFontPx, true));
    painter.setPen(colour == kPrintInk ? kPrintInk : colour);
    painter.drawText(QRectF(box.left(), y, box.width(), kFigureLine), Qt::AlignLeft | Qt::AlignVCenter, title);
    y += kFigureLine;
    const int lines = static_cast<int>(std::floor((box.bottom() - y) / kFigureLine));
    const QFont body = printFont(kFigureFontPx);
    painter.setFont(body);
    painter.setPen(colour);
    for (const QString& line : wrapPrintText(text, body, box.width(), lines)) {
        painter.drawText(QRectF(box.left(), y, box.width(), kFigureLine), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += kFigureLine;
    }
    return y;
}

void paintFigures(QPainter& painter, const QRectF& box, const ShotPageContent& content)
{
    const ShotListRow& row = *content.row;
    const DisplayUnits units = content.units;
    double y = box.top();
    const QString lens = printText(row.lens) + (row.lensKit.empty() ? QString() : QStringLiteral("  (") + printText(row.lensKit) + QLatin1Char(')'));
    y += figureLine(painter, box, y, QStringLiteral("Lens"), lens);
    if (row.focalMaxMm > row.focalMinMm)
        y += figureLine(painter, box, y, QStringLiteral("Lens range"),
                        focalLengthText(row.focalMinMm) + QStringLiteral(" → ") + focalLengthText(row.focalMaxMm));
    y += figureLine(painter, box, y, QStringLiteral("Camera"),
                    printText(row.cameraBody) + (row.sensor.empty() ? QString() : QStringLiteral(", ") + printText(row.sensor)));
    y += figureLine(painter, box, y, QStringLiteral("Stop · rate"),
                    tStopText(row.tStop) + QStringLiteral("  ·  ") + printText(row.frameRate) + QStringLiteral(" fps"));
    y += figureLine(painter, box, y, QStringLiteral("Duration"),
                    durationText(row) + QStringLiteral("  ·  TC ") + printText(row.timecodeIn) + QStringLiteral(" – ")
                        + printText(row.timecodeOut));
    y += figureLine(painter, box, y, QStringLiteral("Main actor"), row.mainActor.empty() ? QStringLiteral("—") : printText(row.mainActor));
    y += figureLine(painter, box, y, QStringLiteral("Subject distance"), subjectDistanceText(row, units));
    y += figureLine(painter, box, y, QStringLiteral("Size · angle"),
                    shotSizeRangeText(row) + QStringLiteral("  ·  ")
                        + (row.angle ? printText(cameraAngleLabel(*row.angle)) : QStringLiteral("—")));
    y += figureLine(painter, box, y, QStringLiteral("Camera height"), printText(formatLength(row.cameraHeightM, units)));
    y += figureLine(painter, box, y, QStringLiteral("Movement"),
                    movementText(row) + (row.plannedMove.empty() ? QString() : QStringLiteral("  (planned: ") + printText(row.plannedMove) + QLatin1Char(')')));
    y += figureLine(painter, box, y, QStringLiteral("Track"),
                    row.trackLengthM > 0.0 ? trackText(row, units).replace(QLatin1Char('\n'), QStringLiteral(", ")) + QStringLiteral(" sections")
                                           : QStringLiteral("none"));
    y += figureLine(painter, box, y, QStringLiteral("Peak dolly speed"), speedText(row.peakDollySpeedMps, units));
    const QString coc = row.focusMarks.cocMm > 0.0 ? QStringLiteral("  (CoC %1 mm)").arg(QString::number(row.focusMarks.cocMm, 'f', 3)) : QString();
    y += figureLine(painter, box, y, QStringLiteral("Focus marks"), focusSummaryText(row) + coc);
    if (!row.cast.empty())
        y += figureLine(painter, box, y, QStringLiteral("Cast"), joinedText(row.cast));
    if (!row.props.empty())
        y += figureLine(painter, box, y, QStringLiteral("Props"), joinedText(row.props));
    if (!row.equipment.empty())
        y += figureLine(painter, box, y, QStringLiteral("Equipment"), joinedText(row.equipment));
    if (!row.warnings.empty()) {
        QStringList warnings;
        for (const std::string& warning : row.warnings)
            warnings << QStringLiteral("⚠ ") + printText(warning);
        y = paragraph(painter, box, y, QStringLiteral("Warnings"), warnings.join(QLatin1Char('\n')), kPrintProblem);
    }
    y = paragraph(painter, box, y, QStringLiteral("Description"), printText(row.description));
    paragraph(painter, box, y, QStringLiteral("Notes"), printText(row.notes));
}

} // namespace

ShotPageLayout shotPageLayout(const QRectF& area, double pictureAspect, bool halfPage)
{
    ShotPageLayout layout;
    const double aspect = pictureAspect > 0.1 ? pictureAspect : 16.0 / 9.0;
    if (!halfPage) {
        // Frames across the top, at most 40 % of the body's height; plan and figures below.
        double frameWidth = (area.width() - 2.0 * kFrameGap) / 3.0;
        double frameHeight = frameWidth / aspect;
        const double maxHeight = 0.40 * area.height() - kCaptionHeight;
        if (frameHeight > maxHeight) {
            frameHeight = maxHeight;
            frameWidth = frameHeight * aspect;
        }
        const double rowWidth = 3.0 * frameWidth + 2.0 * kFrameGap;
        const double left = area.left() + (area.width() - rowWidth) / 2.0;
        for (std::size_t i = 0; i < 3; ++i)
            layout.frames[i] = QRectF(left + static_cast<double>(i) * (frameWidth + kFrameGap), area.top(), frameWidth, frameHeight);
        const double top = area.top() + frameHeight + kCaptionHeight + kGap;
        const double planWidth = 0.56 * area.width();
        layout.plan = QRectF(area.left(), top, planWidth, area.bottom() - top);
        layout.figures = QRectF(area.left() + planWidth + kGap, top, area.width() - planWidth - kGap, area.bottom() - top);
        return layout;
    }
    // Half page: the block's title, then frames stacked on the left, the plan, the figures.
    layout.title = QRectF(area.left(), area.top(), area.width(), kTitleBarHeight);
    const double top = area.top() + kTitleBarHeight + 6.0;
    const double height = area.bottom() - top;
    double frameHeight = (height - 3.0 * kCaptionHeight - 2.0 * 4.0) / 3.0;
    double frameWidth = frameHeight * aspect;
    if (frameWidth > 0.30 * area.width()) {
        frameWidth = 0.30 * area.width();
        frameHeight = frameWidth / aspect;
    }
    for (std::size_t i = 0; i < 3; ++i)
        layout.frames[i] = QRectF(area.left(), top + static_cast<double>(i) * (frameHeight + kCaptionHeight + 4.0), frameWidth, frameHeight);
    const double planLeft = area.left() + frameWidth + kGap;
    const double planWidth = 0.55 * (area.right() - planLeft);
    layout.plan = QRectF(planLeft, top, planWidth, height);
    layout.figures = QRectF(planLeft + planWidth + kGap, top, area.right() - planLeft - planWidth - kGap, height);
    return layout;
}

void paintShotPage(QPainter& painter, const QRectF& area, const ShotPageContent& content, bool halfPage)
{
    if (!content.row)
        return;
    double aspect = 16.0 / 9.0;
    for (const QImage& picture : content.frames)
        if (!picture.isNull() && picture.height() > 0) {
            aspect = static_cast<double>(picture.width()) / picture.height();
            break;
        }
    const ShotPageLayout layout = shotPageLayout(area, aspect, halfPage);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    if (halfPage) {
        painter.setPen(kPrintInk);
        painter.setFont(printFont(17.0, true));
        painter.drawText(QRectF(layout.title.left(), layout.title.top(), layout.title.width(), 22.0), Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(painter.font()).elidedText(content.title, Qt::ElideRight, layout.title.width()));
        painter.setFont(printFont(11.0));
        painter.setPen(kPrintInkDim);
        painter.drawText(QRectF(layout.title.left(), layout.title.top() + 22.0, layout.title.width(), 16.0),
                         Qt::AlignLeft | Qt::AlignVCenter, content.subtitle);
    }
    paintFrames(painter, layout, content);
    paintPlan(painter, layout.plan, content);
    paintFigures(painter, layout.figures, content);
    painter.restore();
}

} // namespace murnau
