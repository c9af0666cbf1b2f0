#include "app/bridge/comparison_sheet.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QQuickWindow>
#include <QSaveFile>
#include <QUrl>
#include <QVariantMap>
#include <spdlog/spdlog.h>

#include "app/bridge/comparison_plot_painter.h"
#include "core/moves/subject_framing.h"

namespace murnau {

namespace {

// Frames to let the window draw after moving the playhead before grabbing: the first brings
// the new poses into the scene graph, the second is drawn from them (as ShotThumbnailer).
constexpr int kFramesBeforeGrab = 2;
// Longest wait for one row's frames and grabs, milliseconds (Mesa's software rasteriser is slow).
constexpr int kWatchdogMs = 60000;
// The share of the progress the grabs take; composing and writing take the rest.
constexpr double kGrabShare = 0.85;
// The PDF's resolution, dots per inch: the page's device pixels (its pictures keep their own).
constexpr int kPdfDpi = 300;

QString localPath(const QString& path)
{
    if (path.startsWith(QStringLiteral("file:")))
        return QUrl(path).toLocalFile();
    return path;
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

ComparisonSheet::ComparisonSheet(QObject* parent) : QObject(parent)
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kWatchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this,
            [this] { finish(false, tr("The views did not render (no frame or no picture in time).")); });
}

ComparisonSheet::~ComparisonSheet()
{
    disconnect(m_frameConnection);
}

void ComparisonSheet::setComparison(ShotComparison* comparison)
{
    if (m_comparison == comparison)
        return;
    if (m_busy)
        cancel();
    if (m_comparison)
        disconnect(m_comparison, nullptr, this, nullptr);
    m_comparison = comparison;
    if (m_comparison)
        connect(m_comparison, &ShotComparison::comparisonChanged, this, [this] {
            if (m_busy)
                finish(false, tr("The comparison changed during the export."));
        });
    emit comparisonChanged();
}

void ComparisonSheet::setViews(const QVariantList& views)
{
    if (m_busy)
        cancel();
    m_views = views;
    emit viewsChanged();
}

void ComparisonSheet::setProjectTitle(const QString& title)
{
    if (m_projectTitle == title)
        return;
    m_projectTitle = title;
    emit projectTitleChanged();
}

std::vector<QQuickItem*> ComparisonSheet::viewItems() const
{
    std::vector<QQuickItem*> items;
    for (const QVariant& view : m_views) {
        auto* item = qobject_cast<QQuickItem*>(view.value<QObject*>());
        if (!item || !item->window())
            return {};
        items.push_back(item);
    }
    return items;
}

bool ComparisonSheet::exportSheet(const QString& path)
{
    const auto refuse = [this](const QString& why) {
        m_errorText = why;
        emit finished(false, QString());
        return false;
    };
    if (m_busy)
        return refuse(tr("A sheet is being exported."));
    const QString file = localPath(path);
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (file.isEmpty() || (suffix != QStringLiteral("png") && suffix != QStringLiteral("pdf")))
        return refuse(tr("The sheet is written as .png or .pdf: \"%1\".").arg(path));
    if (!m_comparison || !m_comparison->isActive() || !m_comparison->comparison() || !m_comparison->readouts()
        || m_comparison->readouts()->frames.empty())
        return refuse(tr("No comparison is open."));
    const std::vector<QQuickItem*> items = viewItems();
    const Comparison& comparison = *m_comparison->comparison();
    if (items.empty() || items.size() < comparison.sides.size())
        return refuse(tr("The compare view's panels are not shown."));

    m_path = file;
    m_pdf = suffix == QStringLiteral("pdf");
    m_restoreFrame = m_comparison->frame();
    m_items.assign(items.begin(), items.end());
    m_items.resize(comparison.sides.size());
    m_window = items.front()->window();
    m_errorText.clear();
    m_comparison->pause();

    // The page's text now; the pictures as they are grabbed.
    const ComparisonReadouts& readouts = *m_comparison->readouts();
    m_content = ComparisonSheetContent{};
    m_content.projectTitle = m_projectTitle;
    m_content.sourceLabel = m_comparison->sourceLabel();
    m_content.subject = QString::fromStdString(comparison.request.subject);
    m_content.framing = QString::fromStdString(framingLabel(comparison.request.from)) + QStringLiteral(" → ")
                        + QString::fromStdString(framingLabel(comparison.request.to));
    m_content.sides = comparison.sides;
    m_content.readouts = &readouts;
    const QVariantList panels = m_comparison->panels();
    for (std::size_t i = 0; i < comparison.sides.size(); ++i) {
        const QVariantMap panel = i < static_cast<std::size_t>(panels.size()) ? panels[static_cast<qsizetype>(i)].toMap()
                                                                                : QVariantMap{};
        m_content.sideTitles << (panel.contains(QStringLiteral("title"))
                                     ? panel.value(QStringLiteral("title")).toString()
                                     : comparisonSideLetter(i) + QStringLiteral("  ") + qs(compareSideTitle(comparison.sides[i])));
        const QString lens = panel.value(QStringLiteral("lens")).toString();
        const QString position = panel.value(QStringLiteral("position")).toString();
        m_content.sidePositions << (lens.isEmpty() ? position : position.isEmpty() ? lens : lens + QStringLiteral(", ") + position);
    }
    for (const QVariant& row : m_comparison->costRows()) {
        const QVariantMap map = row.toMap();
        SheetCostRow cost;
        cost.label = map.value(QStringLiteral("label")).toString();
        for (const QVariant& v : map.value(QStringLiteral("values")).toList())
            cost.values << v.toString();
        for (const QVariant& v : map.value(QStringLiteral("ok")).toList())
            cost.ok << v.toBool();
        m_content.costs.push_back(cost);
    }
    m_content.footer = tr("Murnau comparison sheet · %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    // Start, middle and end.
    const std::vector<ComparisonFrame>& frames = readouts.frames;
    const std::size_t last = frames.size() - 1;
    const std::pair<QString, std::size_t> rows[] = {
        {tr("Start"), 0}, {tr("Middle"), last / 2}, {tr("End"), last}};
    for (const auto& [title, index] : rows)
        m_content.rows.push_back(SheetFrameRow{title, static_cast<int>(frames[index].frame), QString(), {}});

    m_busy = true;
    m_row = 0;
    setProgress(0.0);
    startRow();
    return true;
}

void ComparisonSheet::startRow()
{
    if (!m_comparison || !m_window) {
        finish(false, tr("The compare view went away during the export."));
        return;
    }
    m_comparison->setFrame(m_content.rows[m_row].frame);
    m_content.rows[m_row].timecode = m_comparison->timecode();
    m_framesToWait = kFramesBeforeGrab;
    disconnect(m_frameConnection);
    m_frameConnection = connect(m_window, &QQuickWindow::frameSwapped, this, &ComparisonSheet::onFrameSwapped,
                                Qt::QueuedConnection);
    m_watchdog.start();
    m_window->update();
}

void ComparisonSheet::onFrameSwapped()
{
    if (!m_busy || !m_window)
        return;
    if (--m_framesToWait > 0) {
        m_window->update();
        return;
    }
    disconnect(m_frameConnection);
    m_grabs.clear();
    m_grabsPending = 0;
    for (const QPointer<QQuickItem>& item : m_items) {
        QSharedPointer<QQuickItemGrabResult> grab = item ? item->grabToImage() : nullptr;
        m_grabs.push_back(grab);
        if (!grab)
            continue;
        ++m_grabsPending;
        connect(grab.data(), &QQuickItemGrabResult::ready, this, &ComparisonSheet::onGrabbed);
    }
    if (m_grabsPending == 0)
        onGrabbed();   // nothing grabbable: the window's pixels stand in
}

void ComparisonSheet::onGrabbed()
{
    if (!m_busy)
        return;
    if (m_grabsPending > 0 && --m_grabsPending > 0)
        return;
    // The row is complete: every side's picture, from its grab, else cut from the window.
    SheetFrameRow& row = m_content.rows[m_row];
    row.pictures.clear();
    QImage window;
    for (std::size_t side = 0; side < m_items.size(); ++side) {
        QImage image = m_grabs[side] ? m_grabs[side]->image() : QImage();
        if (image.isNull() && m_items[side] && m_window) {
            if (window.isNull())
                window = m_window->grabWindow();
            const QRectF r = m_items[side]->mapRectToScene(QRectF(0.0, 0.0, m_items[side]->width(), m_items[side]->height()));
            const double dpr = window.devicePixelRatio();
            image = window.copy(QRectF(r.topLeft() * dpr, r.size() * dpr).toAlignedRect());
        }
        row.pictures.push_back(picture(side, image));
    }
    m_grabs.clear();
    m_watchdog.stop();
    ++m_row;
    setProgress(kGrabShare * static_cast<double>(m_row) / static_cast<double>(m_content.rows.size()));
    if (m_row < m_content.rows.size()) {
        startRow();
        return;
    }
    writeSheet();
}

QImage ComparisonSheet::picture(std::size_t side, const QImage& grabbed) const
{
    if (grabbed.isNull() || !m_comparison)
        return grabbed;
    ShotCamera* cameras[] = {m_comparison->cameraA(), m_comparison->cameraB(), m_comparison->cameraC()};
    const ShotCamera* camera = side < 3 ? cameras[side] : nullptr;
    QImage image = grabbed.convertToFormat(QImage::Format_RGB32);
    if (!camera || !camera->isValid())
        return image;
    // Only a view that shows exactly the full gate (its aspect) can be cut to the frame lines.
    const double aspect = static_cast<double>(image.width()) / std::max(1, image.height());
    if (std::abs(aspect / camera->sensorAspect() - 1.0) > 0.02)
        return image;
    return camera->cropToDelivery(image);
}

void ComparisonSheet::writeSheet()
{
    if (m_comparison)
        m_comparison->setFrame(m_restoreFrame);
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        finish(false, tr("Cannot write %1: %2").arg(m_path, file.errorString()));
        return;
    }
    bool written = false;
    if (m_pdf) {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Murnau"));
        writer.setTitle(m_content.heading + (m_content.projectTitle.isEmpty() ? QString() : QStringLiteral(" — ") + m_content.projectTitle));
        writer.setResolution(kPdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
        QPainter painter;
        if (painter.begin(&writer)) {
            paintComparisonSheet(painter, QSizeF(writer.width(), writer.height()), m_content);
            written = painter.end();
        }
    } else {
        QImage page(kPngWidthPx, kPngHeightPx, QImage::Format_RGB32);
        page.setDotsPerMeterX(static_cast<int>(std::lround(300.0 / 0.0254)));
        page.setDotsPerMeterY(static_cast<int>(std::lround(300.0 / 0.0254)));
        page.fill(Qt::white);
        QPainter painter(&page);
        paintComparisonSheet(painter, QSizeF(page.size()), m_content);
        painter.end();
        written = page.save(&file, "PNG");
    }
    if (!written) {
        file.cancelWriting();
        finish(false, tr("Cannot write %1: the page could not be drawn.").arg(m_path));
        return;
    }
    if (!file.commit()) {
        finish(false, tr("Cannot write %1: %2").arg(m_path, file.errorString()));
        return;
    }
    spdlog::info("comparison sheet written to {}", m_path.toStdString());
    finish(true, QString());
}

void ComparisonSheet::cancel()
{
    if (m_busy)
        finish(false, tr("Cancelled."));
}

void ComparisonSheet::finish(bool ok, const QString& error)
{
    if (!m_busy)
        return;
    m_watchdog.stop();
    disconnect(m_frameConnection);
    for (const auto& grab : m_grabs)
        if (grab)
            disconnect(grab.data(), nullptr, this, nullptr);
    m_grabs.clear();
    m_grabsPending = 0;
    if (m_comparison && m_comparison->isActive() && m_comparison->frame() != m_restoreFrame)
        m_comparison->setFrame(m_restoreFrame);
    m_items.clear();
    m_window = nullptr;
    m_busy = false;
    m_errorText = error;
    m_progress = ok ? 1.0 : 0.0;
    emit progressChanged();
    const QString path = m_path;
    emit finished(ok, path);
}

void ComparisonSheet::setProgress(double progress)
{
    m_progress = std::clamp(progress, 0.0, 1.0);
    emit progressChanged();
}

} // namespace murnau
