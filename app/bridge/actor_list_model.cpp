#include "app/bridge/actor_list_model.h"

#include "app/bridge/glm_qt.h"

namespace murnau {

ActorListModel::ActorListModel(QObject* parent) : QAbstractListModel(parent) {}

void ActorListModel::setActors(std::vector<Actor> actors)
{
    const bool countDiffers = actors.size() != m_actors.size();
    beginResetModel();
    m_actors = std::move(actors);
    endResetModel();
    if (countDiffers)
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
    };
}

} // namespace murnau
