#include "app/bridge/project_document.h"

#include <filesystem>

#include <spdlog/spdlog.h>

#include "app/bridge/glm_qt.h"
#include "core/scene/project_json.h"
#include "core/time/frame_rate.h"

namespace murnau {

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent)
{
    m_shotCamera.clear(tr("No project is open."));
}

bool ProjectDocument::load(const QString& path)
{
    m_filePath = path;
    Result<Project> loaded = loadProject(std::filesystem::path(path.toStdString()));
    if (!loaded) {
        m_project = Project{};
        m_loaded = false;
        m_errorText = QString::fromStdString(loaded.error().describe());
        spdlog::error("cannot open project '{}': {}", path.toStdString(), loaded.error().describe());
        publish();
        return false;
    }
    m_project = std::move(loaded).value();
    m_loaded = true;
    m_errorText.clear();
    spdlog::info("opened project '{}' ({} set pieces, {} actors, {} cameras)", path.toStdString(),
                 m_project.set.pieces.size(), m_project.actors.size(), m_project.cameras.size());
    publish();
    return true;
}

void ProjectDocument::publish()
{
    m_setPieces.setPieces(m_project.set.pieces);
    m_actors.setActors(m_project.actors);
    if (!m_loaded)
        m_shotCamera.clear(tr("No project is open."));
    else if (m_project.cameras.empty())
        m_shotCamera.clear(tr("The project has no camera."));
    else // The first camera is the shot camera until shots exist (core/scene/project.h).
        m_shotCamera.setCamera(m_project.cameras.front(), m_project.actors);
    emit documentChanged();
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

} // namespace murnau
