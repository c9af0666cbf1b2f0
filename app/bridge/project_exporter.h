#pragma once
// Runs one export of the open project (File ▸ Export, and `murnau --export-shot-list`): the shot
// list as CSV, JSON or PDF, the focus marks as CSV or PDF, the cameras as glTF/GLB, Nuke .chan,
// USD or OpenTimelineIO. The project is copied when the export starts, so the document is never
// changed by an export and edits made meanwhile do not mix into it. Files come from core's
// writers (core/export) and, for PDFs, ShotListPdfWriter; the PDF shot list is written shot by
// shot as ShotFrameGrabber renders each shot's first, middle and last frames, with `progress`
// and `statusText` following, and can be cancelled (the file is then not written).

#include <memory>
#include <vector>

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/export_request.h"
#include "app/bridge/shot_frame_grabber.h"
#include "app/bridge/shot_list_pdf.h"
#include "core/export/export_shots.h"
#include "core/export/shot_list.h"
#include "core/scene/project.h"

namespace murnau {

class ProjectDocument;

class ProjectExporter : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(murnau::ShotFrameGrabber* frames READ frames CONSTANT)     // renders the PDF's frames (ShotFrameRenderer.qml)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)                  // an export is under way
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)      // 0..1 while busy
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged) // what it is doing ("Rendering shot 3 of 12 …")
    Q_PROPERTY(QString resultText READ resultText NOTIFY finished)        // the last export's outcome ("Wrote 12 shots to …")

public:
    explicit ProjectExporter(QObject* parent = nullptr);
    ~ProjectExporter() override;

    // Starts an export from the dialog's words: `kind` an exportKindKey ("shot-list-pdf"), `path`
    // a local path or file: URL, `shots` a comma-separated list of shot ids or numbers ("" for
    // every shot), `order` "editorial" or "setup", `pageSize` "A4" or "Letter". False when it
    // cannot start: `finished(false, why)` is emitted too, naming the field (not while another
    // export is under way, which goes on).
    Q_INVOKABLE bool start(const QString& kind, const QString& path, const QString& shots, const QString& order,
                           const QString& pageSize, bool halfPage);
    // The same from a parsed request.
    bool start(const ExportRequest& request);
    // Stops the export under way: nothing is written.
    Q_INVOKABLE void cancel();

    // A file name for `kind` from the project's title ("Warehouse_shot_list.pdf"; a folder name for chan).
    Q_INVOKABLE QString defaultFileName(const QString& kind) const;
    // The file suffix of `kind` without the dot ("" for chan, which writes a folder).
    Q_INVOKABLE QString suffix(const QString& kind) const;
    // What `kind` writes ("Shot list (PDF)").
    Q_INVOKABLE QString label(const QString& kind) const;
    // `kind` writes into a folder.
    Q_INVOKABLE bool writesFolder(const QString& kind) const;
    // `kind` renders frames (shows the progress bar for a while).
    Q_INVOKABLE bool renders(const QString& kind) const;
    // A local path for a file: URL from a dialog (other strings are returned as they are).
    Q_INVOKABLE QString localPath(const QString& pathOrUrl) const;
    // A file: URL for a local path, for the file dialogs.
    Q_INVOKABLE QUrl urlOf(const QString& path) const;
    // The folder of a local path as a file: URL, for a dialog's currentFolder.
    Q_INVOKABLE QUrl folderOf(const QString& path) const;

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    ShotFrameGrabber* frames() { return &m_frames; }
    bool isBusy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString statusText() const { return m_statusText; }
    QString resultText() const { return m_resultText; }
    // Pages of the last PDF written (0 for other kinds), for messages and tests.
    int lastPageCount() const { return m_lastPageCount; }
    // Pages of the last PDF's shot list table (before the shot pages), 0 for other kinds.
    int lastTablePageCount() const { return m_lastTablePageCount; }
    // Shots in the last export.
    int lastShotCount() const { return m_lastShotCount; }

signals:
    void documentChanged();
    void busyChanged();
    void progressChanged();
    // After success, failure or cancel; `message` is resultText.
    void finished(bool ok, const QString& message);

private:
    // Writes every kind but the rendered PDF, in one go.
    Result<QString> writeNow();
    // Renders the frames of shot m_shotIndex (or finishes the PDF after the last).
    void renderNextShot();
    void onFramesFinished(bool ok);
    void setProgress(double progress, const QString& status);
    void finish(bool ok, const QString& message);
    // "Wrote 12 shots to …" for the request under way.
    QString successText(int pages) const;

    QPointer<ProjectDocument> m_document;
    ShotFrameGrabber m_frames;
    bool m_busy = false;
    double m_progress = 0.0;
    QString m_statusText;
    QString m_resultText;
    int m_lastPageCount = 0;
    int m_lastTablePageCount = 0;
    int m_lastShotCount = 0;

    // The export under way.
    ExportRequest m_request;
    std::unique_ptr<Project> m_project;        // the document's project when the export started
    QString m_projectTitle;
    std::vector<ExportShot> m_shots;           // point into *m_project
    std::vector<ShotListRow> m_rows;
    std::unique_ptr<ShotListPdfWriter> m_writer;
    std::size_t m_shotIndex = 0;
    int m_generation = 0;                      // bumped by each start and cancel, so stale queued steps stop
};

} // namespace murnau
