#include "app/bridge/autosave.h"

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <optional>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <spdlog/spdlog.h>

#include "app/bridge/project_document.h"
#include "core/log/logging.h"
#include "core/scene/project_json.h"
#include "core/util/atomic_file.h"

#include <sys/types.h>
#include <unistd.h>

namespace murnau {

namespace {

const QString kMarkerPrefix = QStringLiteral("session-");
const QString kMarkerSuffix = QStringLiteral(".json");
const QString kRecoverySuffix = QStringLiteral(".murnau");

// A session's recovery file, next to its marker.
QString recoveryPathFor(const QString& markerPath)
{
    return markerPath.left(markerPath.size() - kMarkerSuffix.size()) + kRecoverySuffix;
}

// The process name Linux shows for `pid` (/proc/<pid>/comm), if the process exists.
std::optional<QByteArray> processName(const QString& pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return std::nullopt;
    return comm.readAll().trimmed();
}

// Whether `pid` is a zombie: dead, and only waiting for its parent to collect its exit status
// (state 'Z' in /proc/<pid>/stat, the field after the parenthesised name, proc(5)).
bool isZombie(const QString& pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype nameEnd = text.lastIndexOf(')');
    return nameEnd >= 0 && nameEnd + 2 < text.size() && text.at(nameEnd + 2) == 'Z';
}

// Whether the session that wrote a marker with `pid` is still running (a zombie is not). Our own pid in a marker
// that is not ours is a dead session (its pid was reused by us); elsewhere a live process with
// the same program name as ours counts as running. Without /proc, any live process counts.
bool sessionIsRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return false;
    const QString pidText = QString::number(pid);
    if (QFileInfo(QStringLiteral("/proc/self/comm")).exists()) {
        const std::optional<QByteArray> name = processName(pidText);
        return name && name == processName(QStringLiteral("self")) && !isZombie(pidText);
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

QJsonObject readMarker(const QString& markerPath)
{
    QFile file(markerPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

Autosave::Autosave(ProjectDocument& document, QObject* parent) : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::saveNow);
}

Autosave::~Autosave() = default;   // no clean-up here: only finish() is a clean exit

QString Autosave::defaultDirectory()
{
    const std::filesystem::path state = logDirectory();
    return state.empty() ? QString() : QString::fromStdString((state / "recovery").string());
}

bool Autosave::start(const QString& directory)
{
    if (isActive())
        return true;
    if (directory.isEmpty() || !QDir().mkpath(directory)) {
        spdlog::warn("autosave is off: cannot create the recovery folder '{}'", directory.toStdString());
        return false;
    }
    m_directory = QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
    m_sessionId = QString::number(QCoreApplication::applicationPid()) + QLatin1Char('-')
                  + QUuid::createUuid().toString(QUuid::Id128).left(8);
    findCrashedSession();
    writeMarker();
    connect(&m_document, &ProjectDocument::edited, this, &Autosave::onDocumentEdited);
    connect(&m_document, &ProjectDocument::modifiedChanged, this, &Autosave::onModifiedChanged);
    connect(&m_document, &ProjectDocument::fileChanged, this, &Autosave::writeMarker);
    spdlog::debug("autosave: session {} in '{}'", m_sessionId.toStdString(), m_directory.toStdString());
    if (m_document.isModified())
        m_timer.start();
    return true;
}

void Autosave::finish()
{
    if (!isActive())
        return;
    m_timer.stop();
    disconnect(&m_document, nullptr, this, nullptr);
    removeSessionFiles(m_directory + QLatin1Char('/') + kMarkerPrefix + m_sessionId + kMarkerSuffix);
    m_directory.clear();
}

QString Autosave::recoveryFilePath() const
{
    return isActive() ? m_directory + QLatin1Char('/') + kMarkerPrefix + m_sessionId + kRecoverySuffix : QString();
}

QString Autosave::recoveryOfferPath() const
{
    return m_offeredMarker.isEmpty() ? QString() : recoveryPathFor(m_offeredMarker);
}

bool Autosave::saveNow()
{
    m_timer.stop();
    if (!isActive() || !m_document.isModified() || !m_document.isLoaded())
        return false;
    const QString path = recoveryFilePath();
    const Result<bool> written = saveProject(m_document.project(), std::filesystem::path(path.toStdString()));
    if (!written) {
        spdlog::warn("autosave failed: {}", written.error().describe());
        return false;
    }
    QFile::remove(path + QStringLiteral(".bak"));   // saveProject keeps the previous version; a recovery needs none
    writeMarker();
    spdlog::debug("autosaved to '{}'", path.toStdString());
    return true;
}

void Autosave::writeMarker()
{
    if (!isActive())
        return;
    QJsonObject marker;
    marker.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    marker.insert(QStringLiteral("sourcePath"), m_document.filePath());
    QSaveFile file(m_directory + QLatin1Char('/') + kMarkerPrefix + m_sessionId + kMarkerSuffix);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(marker).toJson()) < 0 || !file.commit())
        spdlog::warn("autosave: cannot write the session marker '{}'", file.fileName().toStdString());
}

void Autosave::findCrashedSession()
{
    const QDir dir(m_directory);
    const QStringList markers =
        dir.entryList({kMarkerPrefix + QLatin1Char('*') + kMarkerSuffix}, QDir::Files, QDir::Name);
    QString newestMarker;
    QDateTime newestSavedAt;
    QString newestSource;
    for (const QString& name : markers) {
        const QString markerPath = dir.filePath(name);
        const QJsonObject marker = readMarker(markerPath);
        if (sessionIsRunning(marker.value(QStringLiteral("pid")).toInteger()))
            continue;   // another Murnau is running: its files are its own
        const QFileInfo recovery(recoveryPathFor(markerPath));
        const QString source = marker.value(QStringLiteral("sourcePath")).toString();
        const QFileInfo sourceInfo(source);
        // Only work newer than the saved project is worth offering; anything else is left-over.
        const bool worthOffering = recovery.isFile()
                                   && (source.isEmpty() || !sourceInfo.isFile()
                                       || recovery.lastModified() > sourceInfo.lastModified());
        if (!worthOffering) {
            removeSessionFiles(markerPath);
            continue;
        }
        if (newestMarker.isEmpty() || recovery.lastModified() > newestSavedAt) {
            newestMarker = markerPath;
            newestSavedAt = recovery.lastModified();
            newestSource = source;
        }
    }
    if (newestMarker.isEmpty())
        return;
    spdlog::info("autosave: unsaved work of a session that did not exit cleanly is in '{}'",
                 recoveryPathFor(newestMarker).toStdString());
    m_offeredMarker = newestMarker;
    m_offeredSourcePath = newestSource;
    m_offeredSavedAt = newestSavedAt;
    emit recoveryChanged();
}

bool Autosave::recover()
{
    if (m_offeredMarker.isEmpty())
        return false;
    if (!m_document.restoreRecovery(recoveryOfferPath(), m_offeredSourcePath))
        return false;
    // This session owns the work now: write it to our own recovery file before dropping theirs.
    saveNow();
    discardRecovery();
    return true;
}

void Autosave::discardRecovery()
{
    if (m_offeredMarker.isEmpty())
        return;
    removeSessionFiles(m_offeredMarker);
    m_offeredMarker.clear();
    m_offeredSourcePath.clear();
    m_offeredSavedAt = {};
    emit recoveryChanged();
}

void Autosave::onDocumentEdited()
{
    if (m_document.isModified() && !m_timer.isActive())
        m_timer.start();
}

void Autosave::onModifiedChanged()
{
    if (m_document.isModified()) {
        if (!m_timer.isActive())
            m_timer.start();
        return;
    }
    // Saved, reverted, opened or undone back to the saved state: the file holds the work.
    m_timer.stop();
    removeRecoveryFile();
}

void Autosave::removeRecoveryFile()
{
    const QString path = recoveryFilePath();
    if (!path.isEmpty())
        QFile::remove(path);
}

void Autosave::removeSessionFiles(const QString& markerPath)
{
    const QString recovery = recoveryPathFor(markerPath);
    QFile::remove(recovery);
    QFile::remove(recovery + QStringLiteral(".bak"));
    // A session killed while writing its recovery file leaves the write's temporary file.
    removeStaleTemporaries(std::filesystem::path(recovery.toStdString()));
    QFile::remove(markerPath);
}

} // namespace murnau
