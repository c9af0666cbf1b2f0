#include "app/bridge/project_document.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <utility>

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/bridge/edit_command.h"
#include "app/bridge/glm_qt.h"
#include "core/edit/actor_edits.h"
#include "core/edit/camera_edits.h"
#include "core/edit/settings_edits.h"
#include "core/optics/sensor.h"
#include "core/scene/display_units.h"
#include "core/scene/project_json.h"
#include "core/time/frame_rate.h"

namespace murnau {

namespace {

const QString kProjectSuffix = QStringLiteral("murnau");

// The build a file's word names ("slight", "average", "heavy": buildKey()).
std::optional<ActorBuild> buildFromWord(const QString& word)
{
    for (const ActorBuild build : {ActorBuild::Slight, ActorBuild::Average, ActorBuild::Heavy}) {
        if (buildKey(build) == word)
            return build;
    }
    return std::nullopt;
}

std::optional<DisplayUnits> unitsFromWord(const QString& word)
{
    if (word == QLatin1String("metric"))
        return DisplayUnits::Metric;
    if (word == QLatin1String("imperial"))
        return DisplayUnits::Imperial;
    return std::nullopt;
}

QString wordOf(DisplayUnits units)
{
    return units == DisplayUnits::Imperial ? QStringLiteral("imperial") : QStringLiteral("metric");
}

// Which parts of the project an edit touches.
struct Touched {
    bool settings = false;
    bool setPieces = false;
    bool actors = false;
    bool cameras = false;
};

Touched touchedBy(const Edit& edit)
{
    Touched touched;
    for (const Change& change : edit.changes) {
        switch (change.list) {
        case ItemList::Settings: touched.settings = true; break;
        case ItemList::SetPieces: touched.setPieces = true; break;
        case ItemList::Actors: touched.actors = true; break;
        case ItemList::Cameras: touched.cameras = true; break;
        case ItemList::Scenes:
        case ItemList::Shots:
        case ItemList::Blocking: break;   // shown through the shot player, which follows every edit
        }
    }
    return touched;
}

// A new project's content: defaults, no computation. Camera A stands 5 m back from the actor,
// lens at 1.6 m (CameraSetup's defaults), on a Super 35 gate.
Project makeNewProject()
{
    Project project;
    project.title = "Untitled";
    project.set.name = "Set";
    project.set.floorSizeM = {20.0, 20.0};
    Actor actor;
    actor.name = "Actor 1";
    project.actors.push_back(actor);
    CameraSetup camera;
    camera.name = "A";
    if (const SensorFormat* super35 = findSensorPreset("super35"))
        camera.sensor = *super35;
    project.cameras.push_back(camera);
    return project;
}

} // namespace

ProjectDocument::ProjectDocument(QObject* parent)
    : QObject(parent), m_player(&m_shotCamera, &m_actors), m_autosave(*this)
{
    m_shotCamera.clear(tr("No project is open."));
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &ProjectDocument::modifiedChanged);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &ProjectDocument::undoStateChanged);
    connect(&m_undoStack, &QUndoStack::undoTextChanged, this, &ProjectDocument::undoStateChanged);
    connect(&m_undoStack, &QUndoStack::redoTextChanged, this, &ProjectDocument::undoStateChanged);
    connect(&m_player, &ShotPlayer::shotChanged, this, [this] {
        m_keys.keepValid();
        m_report.schedule();
    });
}

// --- File

void ProjectDocument::newProject()
{
    replaceProject(makeNewProject(), QString(), true);
    clearError();
    spdlog::info("new project");
}

bool ProjectDocument::load(const QString& path)
{
    const Result<Project> loaded = loadProject(std::filesystem::path(path.toStdString()));
    if (!loaded) {
        spdlog::error("cannot open project '{}': {}", path.toStdString(), loaded.error().describe());
        setError(QString::fromStdString(loaded.error().describe()));
        return false;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    replaceProject(loaded.value(), absolute, true);
    clearError();
    if (m_recordsRecentFiles)
        m_recentFiles.add(absolute);
    spdlog::info("opened project '{}' ({} set pieces, {} actors, {} cameras)", path.toStdString(),
                 m_project.set.pieces.size(), m_project.actors.size(), m_project.cameras.size());
    return true;
}

bool ProjectDocument::save()
{
    if (m_filePath.isEmpty()) {
        setError(tr("The project has no file yet: use Save As."));
        return false;
    }
    return writeTo(m_filePath);
}

bool ProjectDocument::saveAs(const QString& path)
{
    if (path.isEmpty()) {
        setError(tr("No file name given."));
        return false;
    }
    QString target = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (QFileInfo(target).suffix().isEmpty())
        target += QLatin1Char('.') + kProjectSuffix;
    if (!writeTo(target))
        return false;
    setFilePath(target);
    m_setPieces.setProjectFile(target);   // model paths are relative to the project file
    if (m_recordsRecentFiles)
        m_recentFiles.add(target);
    return true;
}

bool ProjectDocument::writeTo(const QString& path)
{
    if (!m_loaded) {
        setError(tr("No project is open."));
        return false;
    }
    const Result<bool> written = saveProject(m_project, std::filesystem::path(path.toStdString()));
    if (!written) {
        spdlog::error("cannot save project '{}': {}", path.toStdString(), written.error().describe());
        setError(QString::fromStdString(written.error().describe()));
        return false;
    }
    spdlog::info("saved project '{}'", path.toStdString());
    // The saved step is final: the next drag step starts a new undo step.
    endDrag();
    m_undoStack.setClean();
    clearError();
    emit saved();
    return true;
}

bool ProjectDocument::revert()
{
    if (m_filePath.isEmpty()) {
        setError(tr("The project has never been saved: there is nothing to revert to."));
        return false;
    }
    return load(m_filePath);
}

bool ProjectDocument::restoreRecovery(const QString& recoveryPath, const QString& sourcePath)
{
    const Result<Project> loaded = loadProject(std::filesystem::path(recoveryPath.toStdString()));
    if (!loaded) {
        spdlog::error("cannot read recovery file '{}': {}", recoveryPath.toStdString(), loaded.error().describe());
        setError(tr("The recovery file %1 cannot be read: %2")
                     .arg(recoveryPath, QString::fromStdString(loaded.error().describe())));
        return false;
    }
    replaceProject(loaded.value(), sourcePath, false);
    clearError();
    spdlog::info("recovered unsaved work from '{}' (was '{}')", recoveryPath.toStdString(), sourcePath.toStdString());
    return true;
}

QString ProjectDocument::localPath(const QUrl& url) const
{
    return url.isLocalFile() ? url.toLocalFile() : url.toString();
}

QUrl ProjectDocument::folderUrl() const
{
    return QUrl::fromLocalFile(m_filePath.isEmpty() ? QDir::homePath() : QFileInfo(m_filePath).absolutePath());
}

void ProjectDocument::replaceProject(Project project, const QString& filePath, bool markClean)
{
    m_project = std::move(project);
    m_loaded = true;
    m_undoStack.clear();   // the commands referred to the old project
    // clear() leaves an empty stack's clean state alone (a recovered document has none).
    if (markClean)
        m_undoStack.setClean();
    else
        m_undoStack.resetClean();
    ++m_dragNumber;
    setFilePath(filePath);
    m_selection.clear();
    publishAll();
    m_player.showFirstShot();
    m_keys.keepValid();
    m_report.schedule();
    m_compare.projectChanged();
    ++m_revision;
    emit revisionChanged();
}

// --- Edit

bool ProjectDocument::perform(const Result<Edit>& edit)
{
    if (!edit) {
        spdlog::warn("edit refused: {}", edit.error().describe());
        setError(QString::fromStdString(edit.error().describe()));
        return false;
    }
    if (changesNothing(edit.value())) {
        clearError();
        return true;
    }
    if (const Result<bool> applied = applyEdit(m_project, edit.value()); !applied) {
        spdlog::warn("edit '{}' refused: {}", edit->name, applied.error().describe());
        setError(QString::fromStdString(applied.error().describe()));
        return false;
    }
    clearError();
    m_undoStack.push(new EditCommand(m_project, edit.value(), [this](const Edit& done) { onEditApplied(done); }));
    return true;
}

void ProjectDocument::undo()
{
    m_undoStack.undo();
}

void ProjectDocument::redo()
{
    m_undoStack.redo();
}

void ProjectDocument::endDrag()
{
    ++m_dragNumber;
    if (m_undoStack.index() > 0) {
        // The stack owns its commands and hands them out const; closing the merge is the only
        // change made here, and the command is not const in itself.
        const QUndoCommand* top = m_undoStack.command(m_undoStack.index() - 1);
        if (auto* command = dynamic_cast<EditCommand*>(const_cast<QUndoCommand*>(top)))
            command->closeMerge();
    }
}

std::string ProjectDocument::dragKey(const std::string& base) const
{
    return fmt::format("{}#{}", base, m_dragNumber);
}

void ProjectDocument::onEditApplied(const Edit& edit)
{
    const Touched touched = touchedBy(edit);
    if (touched.setPieces)
        m_setPieces.setPieces(m_project.set.pieces, m_filePath);
    if (touched.actors)
        m_actors.setActors(m_project.actors);
    publishShotCamera();   // the shot shown may depend on anything an edit touches
    m_selection.keepValid(m_project, m_player.sceneIndex(), m_player.shotId());
    m_keys.keepValid();
    m_report.schedule();
    m_compare.projectChanged();
    if (touched.cameras)
        emit lensKitChanged();
    if (touched.settings)
        emit documentChanged();
    ++m_revision;
    emit revisionChanged();
    emit edited();
}

// --- Edits QML makes

bool ProjectDocument::moveActor(const QString& name, double xM, double zM)
{
    const std::string actorName = name.toStdString();
    return perform(murnau::moveActor(m_project, actorName, glm::dvec3(xM, 0.0, zM), dragKey("move-actor:" + actorName)));
}

bool ProjectDocument::renameActor(const QString& name, const QString& newName)
{
    return perform(murnau::renameActor(m_project, name.toStdString(), newName.trimmed().toStdString()));
}

bool ProjectDocument::setActorHeight(const QString& name, const QString& text)
{
    const Result<double> heightM = parseLength(text.toStdString(), m_project.displayUnits, "heightM");
    if (!heightM)
        return perform(heightM.error());
    return perform(murnau::setActorHeight(m_project, name.toStdString(), heightM.value()));
}

bool ProjectDocument::setActorBuild(const QString& name, const QString& build)
{
    const std::optional<ActorBuild> parsed = buildFromWord(build);
    if (!parsed)
        return perform(fail("build", fmt::format("expected slight, average or heavy, got '{}'", build.toStdString())));
    return perform(murnau::setActorBuild(m_project, name.toStdString(), *parsed));
}

bool ProjectDocument::setFocalLength(const QString& text)
{
    QString number = text.trimmed();
    if (number.endsWith(QLatin1String("mm"), Qt::CaseInsensitive))
        number.chop(2);
    bool ok = false;
    const double focalLengthMm = QLocale::c().toDouble(number.trimmed(), &ok);
    if (!ok)
        return perform(fail("focalLengthMm",
                            fmt::format("expected a focal length in millimetres, got '{}'", text.toStdString())));
    if (m_project.cameras.empty())
        return perform(fail("cameras", "the project has no camera"));
    return perform(murnau::setFocalLength(m_project, m_project.cameras.front().name, focalLengthMm));
}

bool ProjectDocument::setFocalLengthMm(double focalLengthMm)
{
    if (m_project.cameras.empty())
        return perform(fail("cameras", "the project has no camera"));
    const std::string& camera = m_project.cameras.front().name;
    return perform(murnau::setFocalLength(m_project, camera, focalLengthMm, dragKey("focal:" + camera)));
}

bool ProjectDocument::setDisplayUnits(const QString& units)
{
    const std::optional<DisplayUnits> parsed = unitsFromWord(units);
    if (!parsed)
        return perform(fail("displayUnits", fmt::format("expected metric or imperial, got '{}'", units.toStdString())));
    return perform(murnau::setDisplayUnits(m_project, *parsed));
}

// --- Display helpers

QString ProjectDocument::formatLength(double metres, const QString& units) const
{
    return QString::fromStdString(murnau::formatLength(metres, unitsFromWord(units).value_or(DisplayUnits::Metric)));
}

QVariantMap ProjectDocument::actorInfo(const QString& name) const
{
    const std::string actorName = name.toStdString();
    const auto actor = std::find_if(m_project.actors.begin(), m_project.actors.end(),
                                    [&](const Actor& candidate) { return candidate.name == actorName; });
    if (actor == m_project.actors.end())
        return {{QStringLiteral("found"), false}};
    return {
        {QStringLiteral("found"), true},
        {QStringLiteral("name"), name},
        {QStringLiteral("heightM"), actor->heightM},
        {QStringLiteral("build"), buildKey(actor->build)},
    };
}

// --- Publishing

void ProjectDocument::publishAll()
{
    m_setPieces.setPieces(m_project.set.pieces, m_filePath);
    m_actors.setActors(m_project.actors);
    publishShotCamera();
    emit lensKitChanged();
    emit documentChanged();
}

void ProjectDocument::publishShotCamera()
{
    // The shot player evaluates the shot shown at the playhead and publishes the camera and
    // the actors' poses.
    m_player.setProject(m_loaded ? &m_project : nullptr);
}

void ProjectDocument::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit fileChanged();
}

void ProjectDocument::setError(const QString& message)
{
    m_errorText = message;
    emit errorTextChanged();
    emit errorOccurred(message);
}

void ProjectDocument::clearError()
{
    if (m_errorText.isEmpty())
        return;
    m_errorText.clear();
    emit errorTextChanged();
}

// --- Properties

QString ProjectDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

QString ProjectDocument::title() const
{
    return QString::fromStdString(m_project.title);
}

QString ProjectDocument::setName() const
{
    return QString::fromStdString(m_project.set.name);
}

QString ProjectDocument::frameRateLabel() const
{
    return m_loaded ? QString::fromStdString(murnau::frameRateLabel(m_project.frameRate)) : QString();
}

QSizeF ProjectDocument::floorSizeM() const
{
    return m_loaded ? QSizeF(m_project.set.floorSizeM.x, m_project.set.floorSizeM.y) : QSizeF();
}

QColor ProjectDocument::floorColor() const
{
    return toQt(m_project.set.floorColor);
}

QString ProjectDocument::displayUnits() const
{
    return wordOf(m_project.displayUnits);
}

QVariantList ProjectDocument::lensChoicesMm() const
{
    QVariantList choices;
    if (m_project.cameras.empty() || !m_project.cameras.front().lensKit)
        return choices;
    const LensKit& kit = *m_project.cameras.front().lensKit;
    if (kit.kind == LensKitKind::Primes) {
        for (const PrimeLens& prime : kit.primes)
            choices.append(prime.focalLengthMm);
    }
    return choices;
}

QString ProjectDocument::lensKitLabel() const
{
    if (m_project.cameras.empty() || !m_project.cameras.front().lensKit)
        return {};
    const LensKit& kit = *m_project.cameras.front().lensKit;
    if (kit.kind == LensKitKind::Zoom)
        return tr("%1 (%2\u2013%3 mm)")
            .arg(QString::fromStdString(kit.name), QLocale::c().toString(kit.zoomMinMm, 'g', 6),
                 QLocale::c().toString(kit.zoomMaxMm, 'g', 6));
    return QString::fromStdString(kit.name);
}

} // namespace murnau
