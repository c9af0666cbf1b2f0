#pragma once
// Crash recovery for the open document. While the app runs, a session marker
// (<dir>/session-<id>.json: pid, program, the project's file) says a session is alive; an
// interval (a minute unless `murnau --autosave-interval` says otherwise) after the first unsaved
// edit, and every interval of further edits, the project is written with core's saveProject
// (atomic: a kill mid-write leaves the previous recovery file) to <dir>/session-<id>.murnau.
// Saving the document, undoing back to the saved state or a clean exit removes that recovery
// file; a clean exit also removes the marker.
// On start, a recovery file left by a session whose process is gone (it did not exit cleanly)
// and newer than the project file it was editing is offered to the user.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace murnau {

class ProjectDocument;

class Autosave : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Autosave is owned by ProjectDocument")

    Q_PROPERTY(bool recoveryAvailable READ recoveryAvailable NOTIFY recoveryChanged)     // a crashed session's work can be recovered
    Q_PROPERTY(QString recoverySourcePath READ recoverySourcePath NOTIFY recoveryChanged) // the file that session was editing; empty if never saved
    Q_PROPERTY(QDateTime recoverySavedAt READ recoverySavedAt NOTIFY recoveryChanged)    // when its recovery file was written (local time)

public:
    static constexpr int kDefaultIntervalMs = 60 * 1000;   // a minute of edits between writes
    static constexpr int kMinIntervalS = 1;                // murnau --autosave-interval's range, seconds
    static constexpr int kMaxIntervalS = 3600;

    explicit Autosave(ProjectDocument& document, QObject* parent = nullptr);
    ~Autosave() override;

    // The app's recovery folder: $XDG_STATE_HOME/murnau/recovery (default ~/.local/state/murnau/recovery).
    static QString defaultDirectory();

    // Begins this session in `directory` (created if missing): looks for a crashed session's
    // recovery to offer, writes this session's marker and starts watching the document's edits.
    // False, with the reason logged, if the folder cannot be written (the app runs on without).
    bool start(const QString& directory);
    // A clean exit: removes this session's recovery file and marker, and stops.
    void finish();
    bool isActive() const { return !m_directory.isEmpty(); }

    // Time from the first unsaved edit to the write, milliseconds.
    int intervalMs() const { return m_timer.interval(); }
    void setIntervalMs(int intervalMs) { m_timer.setInterval(intervalMs); }
    // Whether a write is scheduled.
    bool isPending() const { return m_timer.isActive(); }

    // This session's recovery file (empty before start()).
    QString recoveryFilePath() const;
    // Writes the recovery file now if the document has unsaved changes (the timer's job).
    bool saveNow();

    bool recoveryAvailable() const { return !m_offeredMarker.isEmpty(); }
    QString recoverySourcePath() const { return m_offeredSourcePath; }
    QDateTime recoverySavedAt() const { return m_offeredSavedAt; }
    // The offered recovery file (empty if none).
    QString recoveryOfferPath() const;

    // Opens the offered recovery in the document (unsaved, named after the file it was
    // editing) and removes the crashed session's files. False, with the document untouched
    // and its error text set, if the recovery file cannot be read.
    Q_INVOKABLE bool recover();
    // Removes the crashed session's files without opening them.
    Q_INVOKABLE void discardRecovery();

signals:
    void recoveryChanged();

private:
    void findCrashedSession();
    void writeMarker();
    void onDocumentEdited();
    void onModifiedChanged();
    void removeRecoveryFile();
    static void removeSessionFiles(const QString& markerPath);

    ProjectDocument& m_document;
    QTimer m_timer;
    QString m_directory;       // empty until start()
    QString m_sessionId;
    QString m_offeredMarker;   // marker of the crashed session on offer, empty if none
    QString m_offeredSourcePath;
    QDateTime m_offeredSavedAt;
};

} // namespace murnau
