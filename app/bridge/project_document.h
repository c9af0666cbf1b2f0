#pragma once
// The open project, as QML sees it: the document behind the File and Edit menus. It opens,
// creates, saves and reverts .murnau files through core, keeps the undo stack (every change is
// a core Edit pushed as an EditCommand through perform()), knows whether there are unsaved
// changes, and exposes the set pieces, the actors and the shot camera as models that follow
// every change. A file that fails to open leaves the current document as it was, with the
// error text (Error::describe(), naming the field) in errorText and errorOccurred().

#include <cstdint>
#include <string>

#include <QColor>
#include <QObject>
#include <QSizeF>
#include <QString>
#include <QUndoStack>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/autosave.h"
#include "app/bridge/key_editor.h"
#include "app/bridge/recent_files.h"
#include "app/bridge/set_piece_list_model.h"
#include "app/bridge/selection.h"
#include "app/bridge/shot_camera.h"
#include "app/bridge/shot_player.h"
#include "app/bridge/shot_comparison.h"
#include "app/bridge/shot_report.h"
#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

class ProjectDocument : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ProjectDocument is created by the application")

    Q_PROPERTY(bool loaded READ isLoaded NOTIFY documentChanged)              // a project is open (a new one counts)
    Q_PROPERTY(QString filePath READ filePath NOTIFY fileChanged)             // the file it is saved to; empty for a new project
    Q_PROPERTY(QString displayName READ displayName NOTIFY fileChanged)       // "warehouse.murnau", or "Untitled"
    Q_PROPERTY(bool modified READ isModified NOTIFY modifiedChanged)          // unsaved changes
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)      // why the last open, save or edit failed, else empty
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)               // the project's title
    Q_PROPERTY(QString setName READ setName NOTIFY documentChanged)           // the set's name
    Q_PROPERTY(QString frameRateLabel READ frameRateLabel NOTIFY documentChanged) // "24", "23.976" fps
    Q_PROPERTY(QSizeF floorSizeM READ floorSizeM NOTIFY documentChanged)      // floor extent along x (width) and z (height), metres
    Q_PROPERTY(QColor floorColor READ floorColor NOTIFY documentChanged)      // sRGB
    Q_PROPERTY(QString displayUnits READ displayUnits NOTIFY documentChanged) // "metric" or "imperial": how lengths are shown
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoStateChanged)
    Q_PROPERTY(bool canRedo READ canRedo NOTIFY undoStateChanged)
    Q_PROPERTY(QString undoText READ undoText NOTIFY undoStateChanged)        // the edit Undo would undo ("Move Anna"), else empty
    Q_PROPERTY(QString redoText READ redoText NOTIFY undoStateChanged)        // the edit Redo would redo, else empty
    Q_PROPERTY(QVariantList lensChoicesMm READ lensChoicesMm NOTIFY lensKitChanged) // the shot camera's primes, millimetres; empty: any focal length
    Q_PROPERTY(QString lensKitLabel READ lensKitLabel NOTIFY lensKitChanged)  // "Cooke S4/i", "Optimo 24-290 (24-290 mm)", or empty
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)             // counts changes of the project, for bindings on the helpers below
    Q_PROPERTY(murnau::SetPieceListModel* setPieces READ setPieces CONSTANT)
    Q_PROPERTY(murnau::ActorListModel* actors READ actors CONSTANT)
    Q_PROPERTY(murnau::ShotCamera* shotCamera READ shotCamera CONSTANT)
    Q_PROPERTY(murnau::ShotPlayer* player READ player CONSTANT)               // the shot shown and the playhead
    Q_PROPERTY(murnau::Selection* selection READ selection CONSTANT)          // the selected item, shared by every view
    Q_PROPERTY(murnau::KeyEditor* keys READ keys CONSTANT)                    // the shown shot's selected keys and key commands
    Q_PROPERTY(murnau::ShotReport* report READ report CONSTANT)               // the shown shot's feasibility warnings
    Q_PROPERTY(murnau::ShotComparison* compare READ compare CONSTANT)         // the track-out versus zoom-out comparison
    Q_PROPERTY(murnau::RecentFiles* recentFiles READ recentFiles CONSTANT)
    Q_PROPERTY(murnau::Autosave* autosave READ autosave CONSTANT)

public:
    explicit ProjectDocument(QObject* parent = nullptr);

    // --- File menu. Each leaves the document as it was when it fails, with errorText() saying why.

    // A new, unsaved project: a floor, camera A (Super 35, 35 mm) and one stand-in actor.
    Q_INVOKABLE void newProject();
    // Opens a project file; replaces the document (and clears undo) only if it loads.
    Q_INVOKABLE bool load(const QString& path);
    // Writes the document to its file (atomically, the previous file kept as .bak); false when
    // it has no file yet (Save As is needed) or the write fails.
    Q_INVOKABLE bool save();
    // Writes the document to `path` (".murnau" appended when it has no suffix) and makes it the document's file.
    Q_INVOKABLE bool saveAs(const QString& path);
    // Reloads the document's file, dropping unsaved changes and the undo history.
    Q_INVOKABLE bool revert();
    // Opens a crashed session's recovery file (Autosave::recover): the project from
    // `recoveryPath`, unsaved, named after `sourcePath` (empty: untitled).
    bool restoreRecovery(const QString& recoveryPath, const QString& sourcePath);
    // A local file path for a file: URL from a QML dialog or a drop (other strings are returned as they are).
    Q_INVOKABLE QString localPath(const QUrl& url) const;
    // Where the Open and Save As dialogs start: the folder of the document's file, or the home
    // folder for a new project (a file: URL).
    Q_INVOKABLE QUrl folderUrl() const;
    // Whether opening and saving put the file on top of recentFiles (the user's settings). Off
    // until the app turns it on, so tests and tools never write the user's settings.
    void setRecordsRecentFiles(bool records) { m_recordsRecentFiles = records; }

    // --- Edit menu.

    // Makes `edit` one undo step: applies it, then pushes it on the undo stack (merged into the
    // previous step while it has the same mergeKey). A refused edit (an error from a builder,
    // or one core cannot apply) changes nothing, sets errorText and emits errorOccurred; an
    // edit that changes nothing is accepted but not pushed.
    bool perform(const Result<Edit>& edit);
    Q_INVOKABLE void undo();
    Q_INVOKABLE void redo();
    // Ends the current drag: its steps so far stay one undo step and the next edit starts a new one.
    Q_INVOKABLE void endDrag();
    // The merge key for a step of the current drag: "<base>#<drag number>" (base like
    // "move-actor:Anna"); pass it to a drag-style builder so the drag is one undo step.
    std::string dragKey(const std::string& base) const;

    // --- Edits QML makes (each through perform(); the builders in core/edit check the values).

    // Moves an actor on the floor to (xM, 0, zM). Drag-style: calls until endDrag() are one step.
    Q_INVOKABLE bool moveActor(const QString& name, double xM, double zM);
    Q_INVOKABLE bool renameActor(const QString& name, const QString& newName);
    // `text` as the user typed it, in any unit parseLength reads (a bare number in the display units).
    Q_INVOKABLE bool setActorHeight(const QString& name, const QString& text);
    // `build`: "slight", "average" or "heavy" (the file's words).
    Q_INVOKABLE bool setActorBuild(const QString& name, const QString& build);
    // The shot camera's focal length from text ("35", "35 mm"), millimetres.
    Q_INVOKABLE bool setFocalLength(const QString& text);
    // Drag-style (a slider): calls until endDrag() are one step.
    Q_INVOKABLE bool setFocalLengthMm(double focalLengthMm);
    // `units`: "metric" or "imperial".
    Q_INVOKABLE bool setDisplayUnits(const QString& units);

    // --- Display helpers (core's wording; no maths here).

    // A length in the given display units ("1.68 m", "5 ft 6 in"); `units` as displayUnits.
    Q_INVOKABLE QString formatLength(double metres, const QString& units) const;
    // An actor as the inspector shows it: {found, name, heightM, build ("slight", "average",
    // "heavy")}; found is false for an unknown name. Bind with `revision` to follow edits.
    Q_INVOKABLE QVariantMap actorInfo(const QString& name) const;

    // The project as core holds it.
    const Project& project() const { return m_project; }
    const QUndoStack& undoStack() const { return m_undoStack; }

    bool isLoaded() const { return m_loaded; }
    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const { return !m_undoStack.isClean(); }
    QString errorText() const { return m_errorText; }
    QString title() const;
    QString setName() const;
    QString frameRateLabel() const;
    QSizeF floorSizeM() const;
    QColor floorColor() const;
    QString displayUnits() const;
    bool canUndo() const { return m_undoStack.canUndo(); }
    bool canRedo() const { return m_undoStack.canRedo(); }
    QString undoText() const { return m_undoStack.undoText(); }
    QString redoText() const { return m_undoStack.redoText(); }
    QVariantList lensChoicesMm() const;
    QString lensKitLabel() const;
    int revision() const { return m_revision; }
    SetPieceListModel* setPieces() { return &m_setPieces; }
    ActorListModel* actors() { return &m_actors; }
    ShotCamera* shotCamera() { return &m_shotCamera; }
    ShotPlayer* player() { return &m_player; }
    Selection* selection() { return &m_selection; }
    KeyEditor* keys() { return &m_keys; }
    ShotReport* report() { return &m_report; }
    ShotComparison* compare() { return &m_compare; }
    RecentFiles* recentFiles() { return &m_recentFiles; }
    Autosave* autosave() { return &m_autosave; }

signals:
    void documentChanged();     // the settings (title, set, floor, units) or the whole project changed
    void fileChanged();         // filePath / displayName
    void modifiedChanged();
    void errorTextChanged();
    void undoStateChanged();
    void lensKitChanged();
    void revisionChanged();
    // The project changed through the undo stack (an edit, an undo or a redo).
    void edited();
    // The document was written to its file.
    void saved();
    // A file could not be opened or saved, or an edit was refused: `message` names the field.
    void errorOccurred(const QString& message);

private:
    // Replaces the whole project (open, new, revert, recovery): clears undo, refreshes everything.
    void replaceProject(Project project, const QString& filePath, bool markClean);
    // Refreshes the models an applied or reverted edit touched.
    void onEditApplied(const Edit& edit);
    void publishAll();
    void publishShotCamera();
    void setFilePath(const QString& path);
    void setError(const QString& message);
    void clearError();
    bool writeTo(const QString& path);

    Project m_project;
    bool m_loaded = false;
    QString m_filePath;
    QString m_errorText;
    std::uint64_t m_dragNumber = 1;
    int m_revision = 0;
    bool m_recordsRecentFiles = false;
    QUndoStack m_undoStack;
    SetPieceListModel m_setPieces;
    ActorListModel m_actors;
    ShotCamera m_shotCamera;
    ShotPlayer m_player;   // after m_shotCamera and m_actors, which it publishes into
    Selection m_selection;
    KeyEditor m_keys{this};
    ShotReport m_report{this};
    ShotComparison m_compare{this};
    RecentFiles m_recentFiles;
    Autosave m_autosave;
};

} // namespace murnau
