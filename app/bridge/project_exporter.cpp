#include "app/bridge/project_exporter.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "app/bridge/project_document.h"
#include "core/export/camera_track.h"
#include "core/export/chan_export.h"
#include "core/export/export_file.h"
#include "core/export/gltf_export.h"
#include "core/export/otio_export.h"
#include "core/export/shot_list_files.h"
#include "core/export/usd_export.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

namespace {

// The share of a PDF's progress the frames take; the table and the file's end take the rest.
constexpr double kTableShare = 0.05;

QString qs(const std::string& text)
{
    return QString::fromStdString(text);
}

// An error of core's as the user reads it ("shots: no shot \"9Z\"").
QString describe(const Error& error)
{
    return qs(error.describe());
}

} // namespace

ProjectExporter::ProjectExporter(QObject* parent) : QObject(parent)
{
    connect(&m_frames, &ShotFrameGrabber::finished, this, &ProjectExporter::onFramesFinished);
}

ProjectExporter::~ProjectExporter()
{
    if (m_writer)
        m_writer->cancel();
}

void ProjectExporter::setDocument(ProjectDocument* document)
{
    if (m_document == document)
        return;
    m_document = document;
    emit documentChanged();
}

bool ProjectExporter::start(const QString& kind, const QString& path, const QString& shots, const QString& order,
                            const QString& pageSize, bool halfPage)
{
    const auto refuse = [this](const QString& why) {
        finish(false, why);
        return false;
    };
    if (m_busy)
        return false;   // the dialog's Export button is disabled meanwhile; the export under way goes on
    ExportRequest request;
    const std::optional<ExportKind> parsedKind = parseExportKind(kind);
    if (!parsedKind)
        return refuse(tr("kind: unknown export \"%1\"").arg(kind));
    request.kind = *parsedKind;
    request.path = localPath(path.trimmed());
    request.shotKeys = splitShotKeys(shots.toStdString());
    const Result<ShotOrder> parsedOrder = parseShotOrder(order.toStdString());
    if (!parsedOrder)
        return refuse(describe(parsedOrder.error()));
    request.order = *parsedOrder;
    const Result<QPageSize::PageSizeId> parsedPage = parsePageSize(pageSize);
    if (!parsedPage)
        return refuse(describe(parsedPage.error()));
    request.pageSize = *parsedPage;
    request.halfPagePerShot = halfPage;
    return start(request);
}

bool ProjectExporter::start(const ExportRequest& request)
{
    const auto refuse = [this](const QString& why) {
        finish(false, why);
        return false;
    };
    if (m_busy)
        return false;
    if (!m_document || !m_document->isLoaded())
        return refuse(tr("No project is open."));
    if (request.path.isEmpty())
        return refuse(tr("path: choose where to export to"));
    m_request = request;
    m_request.path = withExportSuffix(request.kind, QDir::cleanPath(request.path));
    const QFileInfo target(m_request.path);
    if (exportKindIsFolder(m_request.kind) ? (target.exists() && !target.isDir()) : target.isDir())
        return refuse(tr("path: \"%1\" is %2").arg(m_request.path,
                                                 target.isDir() ? tr("a folder") : tr("a file, not a folder")));
    if (!exportKindIsFolder(m_request.kind) && !target.absoluteDir().exists())
        return refuse(tr("path: the folder \"%1\" does not exist").arg(target.absolutePath()));

    // The project as it is now: later edits do not reach this export.
    m_project = std::make_unique<Project>(m_document->project());
    m_projectTitle = m_document->title();
    Result<std::vector<ExportShot>> shots = selectExportShots(*m_project, m_request.shotKeys, m_request.order);
    if (!shots)
        return refuse(describe(shots.error()));
    if (shots->empty())
        return refuse(tr("shots: the project has no shots"));
    m_shots = std::move(shots).value();
    m_rows.clear();
    m_lastPageCount = 0;
    m_lastTablePageCount = 0;
    m_lastShotCount = static_cast<int>(m_shots.size());
    ++m_generation;
    m_busy = true;
    emit busyChanged();

    if (exportKindRenders(m_request.kind)) {
        if (!m_frames.view() || !m_frames.view()->window())
            return refuse(tr("The PDF's frames need the frame renderer, which is not shown."));
        setProgress(0.0, tr("Building the shot list…"));
        const int generation = m_generation;
        // After the dialog has shown the progress: the rows take a moment on a big project.
        QTimer::singleShot(0, this, [this, generation] {
            if (generation != m_generation)
                return;
            Result<std::vector<ShotListRow>> rows = buildShotList(*m_project, m_shots);
            if (!rows) {
                finish(false, describe(rows.error()));
                return;
            }
            m_rows = std::move(rows).value();
            ShotListPdfOptions options;
            options.pageSize = m_request.pageSize;
            options.halfPagePerShot = m_request.halfPagePerShot;
            options.projectTitle = m_projectTitle;
            m_writer = std::make_unique<ShotListPdfWriter>(*m_project, m_shots, m_rows, options);
            const Result<bool> begun = m_writer->begin(m_request.path);
            if (!begun) {
                finish(false, describe(begun.error()));
                return;
            }
            m_lastTablePageCount = m_writer->pageCount();
            m_shotIndex = 0;
            renderNextShot();
        });
        return true;
    }

    setProgress(0.0, tr("Writing %1…").arg(QFileInfo(m_request.path).fileName()));
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        const Result<QString> written = writeNow();
        if (written)
            finish(true, *written);
        else
            finish(false, describe(written.error()));
    });
    return true;
}

Result<QString> ProjectExporter::writeNow()
{
    const Project& project = *m_project;
    const std::filesystem::path path = m_request.path.toStdString();
    const ExportKind kind = m_request.kind;
    const bool needsRows = kind == ExportKind::ShotListCsv || kind == ExportKind::ShotListJson
                           || kind == ExportKind::FocusMarksCsv || kind == ExportKind::FocusMarksPdf
                           || kind == ExportKind::Otio;
    if (needsRows) {
        Result<std::vector<ShotListRow>> rows = buildShotList(project, m_shots);
        if (!rows)
            return rows.error();
        m_rows = std::move(rows).value();
    }
    Result<bool> written = true;
    switch (kind) {
    case ExportKind::ShotListCsv:
        written = writeExportFile(path, shotListCsv(m_rows));
        break;
    case ExportKind::ShotListJson:
        written = writeExportFile(path, shotListJson(m_projectTitle.toStdString(), m_rows).dump(2) + "\n");
        break;
    case ExportKind::FocusMarksCsv:
        written = writeExportFile(path, focusMarksCsv(m_rows));
        break;
    case ExportKind::FocusMarksPdf: {
        ShotListPdfOptions options;
        options.pageSize = m_request.pageSize;
        options.halfPagePerShot = m_request.halfPagePerShot;
        options.projectTitle = m_projectTitle;
        written = writeFocusMarksPdf(m_request.path, m_rows, options);
        break;
    }
    case ExportKind::Otio:
        written = exportOtio(m_projectTitle.toStdString(), m_rows, path);
        break;
    case ExportKind::Gltf:
    case ExportKind::Glb:
    case ExportKind::Chan:
    case ExportKind::Usd: {
        const Result<std::vector<CameraTrack>> tracks = sampleCameraTracks(project, m_shots);
        if (!tracks)
            return tracks.error();
        if (kind == ExportKind::Chan) {
            const Result<std::vector<std::filesystem::path>> files = exportChan(*tracks, path);
            if (!files)
                return files.error();
            return files->size() == 1 ? tr("Wrote 1 .chan file to %1").arg(QDir::toNativeSeparators(m_request.path))
                                      : tr("Wrote %1 .chan files to %2").arg(files->size()).arg(QDir::toNativeSeparators(m_request.path));
        }
        written = kind == ExportKind::Usd ? exportUsda(project, *tracks, path)
                                          : exportGltf(project, *tracks, path);
        break;
    }
    case ExportKind::ShotListPdf:
        return fail("kind", "the PDF shot list renders frames: start it through start()");
    }
    if (!written)
        return written.error();
    return successText(0);
}

void ProjectExporter::renderNextShot()
{
    if (!m_busy || !m_writer)
        return;
    const std::size_t count = m_shots.size();
    if (m_shotIndex >= count) {
        setProgress(1.0, tr("Writing %1…").arg(QFileInfo(m_request.path).fileName()));
        const Result<bool> done = m_writer->finish();
        const int pages = m_writer->pageCount();
        m_writer.reset();
        if (!done) {
            finish(false, describe(done.error()));
            return;
        }
        m_lastPageCount = pages;
        finish(true, successText(pages));
        return;
    }
    const ExportShot& shot = m_shots[m_shotIndex];
    const Result<ShotEvaluator> evaluator =
        ShotEvaluator::create(*m_project, *shot.scene, *shot.shot, shot.shotField, shot.sceneField);
    if (!evaluator) {
        finish(false, describe(evaluator.error()));
        return;
    }
    // The first, middle and last frames' starts, as the page captions them.
    const FrameRate rate = evaluator->frameRate();
    std::vector<Flicks> times;
    for (const std::int64_t frame : shotPageFrames(evaluator->frameCount()))
        times.push_back(framesToFlicks(std::max<std::int64_t>(0, frame), rate));
    setProgress(kTableShare + (1.0 - kTableShare) * static_cast<double>(m_shotIndex) / static_cast<double>(count),
                tr("Rendering shot %1 of %2 (scene %3, shot %4)…")
                    .arg(m_shotIndex + 1)
                    .arg(count)
                    .arg(qs(shot.scene->number), qs(shot.shot->number)));
    if (!m_frames.render(*m_project, *shot.scene, *shot.shot, std::move(times)))
        finish(false, m_frames.errorText());
}

void ProjectExporter::onFramesFinished(bool ok)
{
    if (!m_busy || !m_writer)
        return;
    if (!ok) {
        finish(false, m_frames.errorText());
        return;
    }
    const std::vector<QImage>& images = m_frames.images();
    ShotPagePictures pictures;
    pictures.start = images.size() > 0 ? images[0] : QImage();
    pictures.middle = images.size() > 1 ? images[1] : QImage();
    pictures.end = images.size() > 2 ? images[2] : QImage();
    m_writer->addShot(m_shotIndex, pictures);
    ++m_shotIndex;
    // The next shot after the events queued meanwhile (a Cancel click among them).
    const int generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            renderNextShot();
    });
}

void ProjectExporter::cancel()
{
    if (!m_busy)
        return;
    finish(false, tr("Export cancelled: nothing was written."));
}

void ProjectExporter::setProgress(double progress, const QString& status)
{
    m_progress = progress;
    m_statusText = status;
    emit progressChanged();
}

void ProjectExporter::finish(bool ok, const QString& message)
{
    ++m_generation;
    m_frames.cancel();
    if (m_writer) {
        m_writer->cancel();
        m_writer.reset();
    }
    m_shots.clear();
    m_rows.clear();
    m_project.reset();
    m_resultText = message;
    m_statusText = ok ? message : QString();
    if (ok)
        m_progress = 1.0;
    if (!ok)
        spdlog::info("export not written: {}", message.toStdString());
    else
        spdlog::info("{}", message.toStdString());
    const bool wasBusy = m_busy;
    m_busy = false;
    emit progressChanged();
    if (wasBusy)
        emit busyChanged();
    emit finished(ok, message);
}

QString ProjectExporter::successText(int pages) const
{
    const int shots = static_cast<int>(m_shots.size());
    const QString where = QDir::toNativeSeparators(m_request.path);
    const QString what = shots == 1 ? tr("1 shot") : tr("%1 shots").arg(shots);
    if (pages > 0)
        return tr("Wrote %1 (%2) to %3").arg(what, pages == 1 ? tr("1 page") : tr("%1 pages").arg(pages), where);
    return tr("Wrote %1 to %2").arg(what, where);
}

QString ProjectExporter::defaultFileName(const QString& kind) const
{
    const std::optional<ExportKind> parsed = parseExportKind(kind);
    QString title = m_document ? m_document->title().trimmed() : QString();
    if (title.isEmpty() && m_document)
        title = QFileInfo(m_document->displayName()).completeBaseName();
    if (title.isEmpty())
        title = QStringLiteral("murnau");
    // Letters, digits, '-' and '_' only: a name every file system and tool takes.
    title.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("_"));
    title.remove(QRegularExpression(QStringLiteral("^_+|_+$")));
    if (!parsed)
        return title;
    QString what;
    switch (*parsed) {
    case ExportKind::ShotListCsv:
    case ExportKind::ShotListJson:
    case ExportKind::ShotListPdf: what = QStringLiteral("_shot_list"); break;
    case ExportKind::FocusMarksCsv:
    case ExportKind::FocusMarksPdf: what = QStringLiteral("_focus_marks"); break;
    case ExportKind::Chan: what = QStringLiteral("_chan"); break;
    case ExportKind::Otio: what = QStringLiteral("_cut"); break;
    case ExportKind::Gltf:
    case ExportKind::Glb:
    case ExportKind::Usd: what = QStringLiteral("_cameras"); break;
    }
    const QString suffix = exportKindSuffix(*parsed);
    return title + what + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
}

QString ProjectExporter::suffix(const QString& kind) const
{
    const std::optional<ExportKind> parsed = parseExportKind(kind);
    return parsed ? exportKindSuffix(*parsed) : QString();
}

QString ProjectExporter::label(const QString& kind) const
{
    const std::optional<ExportKind> parsed = parseExportKind(kind);
    return parsed ? exportKindLabel(*parsed) : QString();
}

bool ProjectExporter::writesFolder(const QString& kind) const
{
    const std::optional<ExportKind> parsed = parseExportKind(kind);
    return parsed && exportKindIsFolder(*parsed);
}

bool ProjectExporter::renders(const QString& kind) const
{
    const std::optional<ExportKind> parsed = parseExportKind(kind);
    return parsed && exportKindRenders(*parsed);
}

QString ProjectExporter::localPath(const QString& pathOrUrl) const
{
    if (pathOrUrl.startsWith(QStringLiteral("file:")))
        return QUrl(pathOrUrl).toLocalFile();
    return pathOrUrl;
}

QUrl ProjectExporter::urlOf(const QString& path) const
{
    return QUrl::fromLocalFile(path);
}

QUrl ProjectExporter::folderOf(const QString& path) const
{
    return QUrl::fromLocalFile(QFileInfo(path).absolutePath());
}

} // namespace murnau
