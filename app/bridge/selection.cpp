#include "app/bridge/selection.h"

#include <algorithm>
#include <string>

#include <QStringList>

#include "core/scene/shot.h"

namespace murnau {

namespace {

const QStringList& knownKinds()
{
    static const QStringList kinds{QStringLiteral("actor"), QStringLiteral("setPiece"), QStringLiteral("camera"),
                                   QStringLiteral("mark"), QStringLiteral("viaPoint"), QStringLiteral("railPoint")};
    return kinds;
}

template <typename Items>
bool hasNamed(const Items& items, const std::string& name)
{
    return std::any_of(items.begin(), items.end(), [&](const auto& item) { return item.name == name; });
}

const ActorBlocking* blockingOf(const Project& project, int sceneIndex, const std::string& actor)
{
    if (sceneIndex < 0 || static_cast<std::size_t>(sceneIndex) >= project.scenes.size())
        return nullptr;
    for (const ActorBlocking& blocking : project.scenes[static_cast<std::size_t>(sceneIndex)].blocking)
        if (blocking.actor == actor)
            return &blocking;
    return nullptr;
}

const Shot* shotOf(const Project& project, int sceneIndex, const std::string& shotId)
{
    if (sceneIndex < 0 || static_cast<std::size_t>(sceneIndex) >= project.scenes.size())
        return nullptr;
    for (const Shot& shot : project.scenes[static_cast<std::size_t>(sceneIndex)].shots)
        if (shot.id == shotId)
            return &shot;
    return nullptr;
}

} // namespace

Selection::Selection(QObject* parent) : QObject(parent) {}

void Selection::select(const QString& kind, const QString& name, int index, int markIndex)
{
    if (!knownKinds().contains(kind))
        return clear();
    if (kind == m_kind && name == m_name && index == m_index && markIndex == m_markIndex)
        return;
    m_kind = kind;
    m_name = name;
    m_index = index;
    m_markIndex = markIndex;
    emit changed();
}

void Selection::clear()
{
    if (m_kind.isEmpty())
        return;
    m_kind.clear();
    m_name.clear();
    m_index = -1;
    m_markIndex = -1;
    emit changed();
}

bool Selection::isSelected(const QString& kind, const QString& name, int index) const
{
    return kind == m_kind && name == m_name && (index < 0 || m_index < 0 || index == m_index);
}

void Selection::keepValid(const Project& project, int sceneIndex, const QString& shotId)
{
    if (m_kind.isEmpty())
        return;
    const std::string name = m_name.toStdString();
    bool valid = false;
    if (m_kind == QLatin1String("actor")) {
        valid = hasNamed(project.actors, name);
    } else if (m_kind == QLatin1String("setPiece")) {
        valid = hasNamed(project.set.pieces, name);
    } else if (m_kind == QLatin1String("camera")) {
        valid = hasNamed(project.cameras, name);
    } else if (m_kind == QLatin1String("mark")) {
        const ActorBlocking* blocking = blockingOf(project, sceneIndex, name);
        valid = blocking && m_index >= 0 && static_cast<std::size_t>(m_index) < blocking->marks.size();
    } else if (m_kind == QLatin1String("viaPoint")) {
        const ActorBlocking* blocking = blockingOf(project, sceneIndex, name);
        valid = blocking && m_markIndex >= 0 && static_cast<std::size_t>(m_markIndex) < blocking->marks.size()
                && m_index >= 0
                && static_cast<std::size_t>(m_index) < blocking->marks[static_cast<std::size_t>(m_markIndex)].viaM.size();
    } else if (m_kind == QLatin1String("railPoint")) {
        const Shot* shot = shotOf(project, sceneIndex, shotId.toStdString());
        if (shot && shot->rig.rail && m_index >= 0) {
            const RailPath& rail = *shot->rig.rail;
            const std::size_t count = rail.kind == RailKind::Bezier ? rail.bezierPoints.size() : rail.pointsM.size();
            valid = static_cast<std::size_t>(m_index) < count;
        }
    }
    if (!valid)
        clear();
}

} // namespace murnau
