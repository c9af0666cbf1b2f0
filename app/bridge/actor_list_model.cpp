#include "app/bridge/actor_list_model.h"

#include "app/bridge/glm_qt.h"
#include "core/scene/scene_solids.h"

namespace murnau {

QString buildKey(ActorBuild build)
{
    switch (build) {
    case ActorBuild::Slight:
        return QStringLiteral("slight");
    case ActorBuild::Average:
        return QStringLiteral("average");
    case ActorBuild::Heavy:
        return QStringLiteral("heavy");
    }
    return QStringLiteral("average");
}

ActorListModel::ActorListModel(QObject* parent) : QAbstractListModel(parent) {}

void ActorListModel::setPoses(const std::vector<ActorPose>& poses)
{
    const QList<int> roles{PositionRole, FacingRole};
    for (std::size_t row = 0; row < poses.size() && row < m_actors.size(); ++row) {
        Actor& actor = m_actors[row];
        if (actor.positionM == poses[row].positionM && actor.facingDeg == poses[row].facingDeg)
            continue;
        actor.positionM = poses[row].positionM;
        actor.facingDeg = poses[row].facingDeg;
        const QModelIndex changed = index(static_cast<int>(row), 0);
        emit dataChanged(changed, changed, roles);
    }
}

void ActorListModel::setActors(std::vector<Actor> actors)
{
    if (actors.size() == m_actors.size()) {
        // The same rows (an edit or a drag step): only the rows that changed are announced, so
        // views keep their delegates instead of rebuilding them all.
        for (std::size_t row = 0; row < actors.size(); ++row) {
            if (actors[row] == m_actors[row])
                continue;
            m_actors[row] = std::move(actors[row]);
            const QModelIndex changed = index(static_cast<int>(row), 0);
            emit dataChanged(changed, changed);
        }
        return;
    }
    beginResetModel();
    m_actors = std::move(actors);
    endResetModel();
    emit countChanged();
}

int ActorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actors.size());
}

QVariant ActorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Actor& actor = m_actors[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(actor.name);
    case HeightRole:
        return actor.heightM;
    case PositionRole:
        return toQt(actor.positionM);
    case FacingRole:
        return actor.facingDeg;
    case ColorRole:
        return toQt(actor.color);
    case BuildRole:
        return buildKey(actor.build);
    case GirthRole:
        return actorGirthFactor(actor.build);
    default:
        return {};
    }
}

QHash<int, QByteArray> ActorListModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {HeightRole, "heightM"},
        {PositionRole, "positionM"},
        {FacingRole, "facingDeg"},
        {ColorRole, "color"},
        {BuildRole, "build"},
        {GirthRole, "girthFactor"},
    };
}

} // namespace murnau
