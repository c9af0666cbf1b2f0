#include "app/bridge/shot_list_pdf.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <glm/geometric.hpp>
#include <spdlog/spdlog.h>

#include "app/bridge/plan_painter.h"
#include "app/bridge/shot_list_print_style.h"
#include "app/bridge/shot_list_table_painter.h"
#include "app/bridge/shot_list_text.h"
#include "app/bridge/shot_page_painter.h"
#include "core/plan/plan_scene.h"
#include "core/time/frame_rate.h"

namespace murnau {

namespace {

// The PDF's resolution, dots per inch (as the comparison sheet): pictures keep their own pixels.
constexpr int kPdfDpi = 300;
// Between the two shots of a half page, layout units.
constexpr double kHalfGap = 18.0;

// The last frame index of a shot that lasts `frameCount` frames (at least one).
std::int64_t lastFrame(std::int64_t frameCount)
{
    return std::max<std::int64_t>(frameCount, 1) - 1;
}

// Grows `bounds` by what the shot uses on `plan`: the camera's path and track, its angle of view
// as far as the focus, and the actors of `cast` (every actor when empty) with their blocking.
void addShotContent(PlanBounds& bounds, const PlanScene& plan, const std::vector<std::string>& cast)
{
    const auto inCast = [&cast](const std::string& name) {
        return cast.empty() || std::find(cast.begin(), cast.end(), name) != cast.end();
    };
    for (const PlanCameraSample& sample : plan.cameraPath)
        bounds.add(sample.positionM);
    if (plan.track)
        bounds.add(plan.track->path.pointsM);
    for (const PlanCamera& camera : plan.cameras) {
        bounds.add(camera.positionM);
        bounds.add(camera.wedge.focusLeftM);
        bounds.add(camera.wedge.focusRightM);
    }
    for (const PlanActor& actor : plan.actors)
        if (inCast(actor.name))
            bounds.add(actor.positionM);
    for (const PlanBlocking& blocking : plan.blocking) {
        if (!inCast(blocking.actor))
            continue;
        for (const PlanMark& mark : blocking.marks)
            bounds.add(mark.positionM);
        for (const PlanWalk& walk : blocking.walks)
            bounds.add(walk.path.pointsM);
    }
}

} // namespace

ShotPageFrames shotPageFrames(std::int64_t frameCount) noexcept
{
    const std::int64_t last = lastFrame(frameCount);
    return {0, last / 2, last};
}

struct ShotListPdfWriter::State {
    const Project* project = nullptr;
    std::vector<ExportShot> shots;
    std::vector<ShotListRow> rows;
    ShotListPdfOptions options;
    QSizeF pageUnits;                                // the page, layout units
    QString path;
    QString footer;
    std::unique_ptr<QSaveFile> file;
    std::unique_ptr<QPdfWriter> writer;
    QPainter painter;
    int pages = 0;                                   // pages begun
    int totalPages = 0;
    int shotsAdded = 0;

    // Starts a page (the first comes with QPainter::begin) with layout units mapped to the device.
    void startPage()
    {
        if (pages > 0)
            writer->newPage();
        ++pages;
        painter.resetTransform();
        const double scale = static_cast<double>(writer->resolution()) / kPrintUnitsPerInch;
        painter.scale(scale, scale);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
    }
    QRectF contentArea() const
    {
        return {kPrintMargin, kPrintMargin, pageUnits.width() - 2.0 * kPrintMargin, pageUnits.height() - 2.0 * kPrintMargin};
    }
    // Under the heading, above the footer.
    QRectF bodyArea() const
    {
        const QRectF area = contentArea();
        return {area.left(), area.top() + kPrintHeadingHeight + 6.0, area.width(),
                area.height() - kPrintHeadingHeight - 6.0 - kPrintFooterHeight - 8.0};
    }
    void close()
    {
        if (painter.isActive())
            painter.end();
        writer.reset();
    }
    ShotPageContent content(std::size_t index, const ShotPagePictures& pictures) const;
};

ShotPageContent ShotListPdfWriter::State::content(std::size_t index, const ShotPagePictures& pictures) const
{
    const ShotListRow& row = rows[index];
    const ExportShot& exportShot = shots[index];
    ShotPageContent content;
    content.row = &row;
    content.units = options.units.value_or(project->displayUnits);
    content.actorColors = planActorColors(*project);
    content.title = QStringLiteral("Scene %1 · Shot %2").arg(printText(row.sceneNumber), printText(row.shotNumber))
                    + (row.name.empty() ? QString() : QStringLiteral(" — ") + printText(row.name));
    QStringList sub;
    const QString place = (printText(row.intExt) + QLatin1Char(' ') + printText(row.location)).trimmed();
    if (!place.isEmpty())
        sub << place;
    if (!row.timeOfDay.empty())
        sub << printText(row.timeOfDay);
    if (!row.setup.empty())
        sub << QStringLiteral("setup ") + printText(row.setup);
    if (!row.camera.empty())
        sub << QStringLiteral("camera ") + printText(row.camera);
    if (!row.status.empty())
        sub << printText(row.status);
    content.subtitle = sub.join(QStringLiteral("  ·  "));
    content.frames = {pictures.start, pictures.middle, pictures.end};

    // The plan at the start, middle and end: the start's with its path; the others for their
    // camera (their paths are not needed: one sample every whole shot).
    const Shot* shot = exportShot.shot;
    const std::int64_t frameCount = row.frameCount > 0 ? row.frameCount
                                    : (shot ? flicksToFrame(shot->durationFlicks, shot->frameRate) : 1);
    const ShotPageFrames frames = shotPageFrames(frameCount);
    const FrameRate rate = shot ? shot->frameRate : project->frameRate;
    std::array<std::optional<PlanScene>, 3> plans;
    for (std::size_t i = 0; i < 3 && shot; ++i) {
        PlanRequest request;
        request.sceneIndex = exportShot.sceneIndex;
        request.shotId = shot->id;
        request.time = framesToFlicks(frames[i], rate);
        request.options.cameraPathEveryFrames = i == 0 ? 1 : std::max<std::int64_t>(frameCount, 1);
        Result<PlanScene> plan = buildPlanScene(*project, request);
        if (plan)
            plans[i] = std::move(plan).value();
        else if (i == 0)
            content.planError = QString::fromStdString(plan.error().describe());
    }
    for (std::size_t i = 0; i < 3; ++i) {
        QString caption = QStringLiteral("frame %1 · %2 s").arg(frames[i]).arg(
            QString::number(flicksToSeconds(framesToFlicks(frames[i], rate)), 'f', 2));
        if (plans[i] && !plans[i]->cameras.empty())
            caption += QStringLiteral(" · ") + focalLengthText(plans[i]->cameras.front().focalLengthMm);
        content.frameCaptions[i] = caption;
    }
    if (plans[0]) {
        PlanScene plan = std::move(*plans[0]);
        // The camera at the end joins the one at the start, unless it has not moved or turned.
        if (plans[2] && !plans[2]->cameras.empty() && !plan.cameras.empty()) {
            PlanCamera end = plans[2]->cameras.front();
            PlanCamera& start = plan.cameras.front();
            const bool moved = glm::length(end.positionM - start.positionM) > 0.01 || std::abs(end.panDeg - start.panDeg) > 0.5
                               || std::abs(end.focalLengthMm - start.focalLengthMm) > 0.05;
            if (moved) {
                start.name += " start";
                end.name += " end";
                plan.cameras.push_back(std::move(end));
            }
        }
        addShotContent(content.planFocusM, plan, row.cast);
        if (plans[2])
            addShotContent(content.planFocusM, *plans[2], row.cast);
        content.plan = std::move(plan);
    }
    return content;
}

ShotListPdfWriter::ShotListPdfWriter(const Project& project, std::vector<ExportShot> shots, std::vector<ShotListRow> rows,
                                     ShotListPdfOptions options)
    : m_state(std::make_unique<State>())
{
    m_state->project = &project;
    m_state->shots = std::move(shots);
    m_state->rows = std::move(rows);
    m_state->options = std::move(options);
}

ShotListPdfWriter::~ShotListPdfWriter()
{
    cancel();
}

Result<bool> ShotListPdfWriter::begin(const QString& path)
{
    State& s = *m_state;
    if (s.file)
        return fail(path.toStdString(), "a shot list is already being written");
    if (s.options.pageSize != QPageSize::A4 && s.options.pageSize != QPageSize::Letter)
        return fail("pageSize", "must be A4 or Letter");
    if (s.shots.size() != s.rows.size())
        return fail("rows", "one row per shot is needed (" + std::to_string(s.rows.size()) + " rows for "
                                + std::to_string(s.shots.size()) + " shots)");
    s.path = path;
    s.file = std::make_unique<QSaveFile>(path);
    if (!s.file->open(QIODevice::WriteOnly)) {
        const std::string error = s.file->errorString().toStdString();
        s.file.reset();
        return fail(path.toStdString(), "cannot write: " + error);
    }
    s.pageUnits = printPageSizeUnits(s.options.pageSize);
    s.writer = std::make_unique<QPdfWriter>(s.file.get());
    s.writer->setCreator(QStringLiteral("Murnau"));
    s.writer->setTitle(QStringLiteral("Shot list") + (s.options.projectTitle.isEmpty() ? QString() : QStringLiteral(" — ") + s.options.projectTitle));
    s.writer->setResolution(kPdfDpi);
    s.writer->setPageLayout(QPageLayout(QPageSize(s.options.pageSize), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
    if (!s.painter.begin(s.writer.get())) {
        s.writer.reset();
        s.file->cancelWriting();
        s.file.reset();
        return fail(path.toStdString(), "cannot start the PDF");
    }
    s.pages = 0;
    s.shotsAdded = 0;
    s.footer = QStringLiteral("Murnau shot list · %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    const ShotListTablePainter table(s.rows, s.options.units.value_or(s.project->displayUnits), s.pageUnits);
    const int shotCount = static_cast<int>(s.rows.size());
    s.totalPages = table.pageCount() + (s.options.halfPagePerShot ? (shotCount + 1) / 2 : shotCount);
    double seconds = 0.0;
    for (const ShotListRow& row : s.rows)
        seconds += row.durationS;
    const QString date = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
    for (int page = 0; page < table.pageCount(); ++page) {
        s.startPage();
        PrintHeading heading;
        heading.title = QStringLiteral("Shot list");
        heading.subtitle = QStringLiteral("%1 shots  ·  %2 s in all  ·  %3").arg(shotCount).arg(QString::number(seconds, 'f', 1), date);
        heading.projectTitle = s.options.projectTitle;
        heading.page = s.pages;
        heading.pageCount = s.totalPages;
        table.paintPage(s.painter, page, heading, s.footer);
    }
    return true;
}

void ShotListPdfWriter::addShot(std::size_t index, const ShotPagePictures& pictures)
{
    State& s = *m_state;
    if (!s.painter.isActive() || index >= s.rows.size())
        return;
    const bool half = s.options.halfPagePerShot;
    const bool topHalf = !half || s.shotsAdded % 2 == 0;
    ++s.shotsAdded;
    const ShotPageContent content = s.content(index, pictures);
    const QRectF body = s.bodyArea();
    if (topHalf) {
        s.startPage();
        PrintHeading heading;
        heading.title = half ? QStringLiteral("Shot list") : content.title;
        heading.subtitle = half ? QStringLiteral("shots, two to a page") : content.subtitle;
        heading.projectTitle = s.options.projectTitle;
        heading.page = s.pages;
        heading.pageCount = std::max(s.totalPages, s.pages);
        paintPrintHeading(s.painter, s.contentArea(), heading);
        paintPrintFooter(s.painter, s.contentArea(), s.footer);
    }
    if (!half) {
        paintShotPage(s.painter, body, content, false);
        return;
    }
    const double halfHeight = (body.height() - kHalfGap) / 2.0;
    const QRectF area(body.left(), topHalf ? body.top() : body.top() + halfHeight + kHalfGap, body.width(), halfHeight);
    if (!topHalf) {
        s.painter.setPen(QPen(kPrintRule, 1.0));
        const double y = area.top() - kHalfGap / 2.0;
        s.painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y));
    }
    paintShotPage(s.painter, area, content, true);
}

Result<bool> ShotListPdfWriter::finish()
{
    State& s = *m_state;
    if (!s.file)
        return fail("pdf", "no shot list is being written (begin was not called or failed)");
    const bool painted = s.painter.isActive() && s.painter.end();
    s.writer.reset();
    const std::string path = s.path.toStdString();
    if (!painted) {
        s.file->cancelWriting();
        s.file.reset();
        return fail(path, "cannot write: the pages could not be drawn");
    }
    const bool committed = s.file->commit();
    const std::string error = s.file->errorString().toStdString();
    s.file.reset();
    if (!committed)
        return fail(path, "cannot write: " + error);
    spdlog::info("shot list PDF written to {} ({} pages)", path, s.pages);
    return true;
}

void ShotListPdfWriter::cancel()
{
    State& s = *m_state;
    if (!s.file)
        return;
    s.close();
    s.file->cancelWriting();
    s.file.reset();   // a QSaveFile not committed removes its temporary file
}

int ShotListPdfWriter::pageCount() const noexcept
{
    return m_state->pages;
}

} // namespace murnau
