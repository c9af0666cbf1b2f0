#include "app/bridge/set_piece_list_model.h"

#include "app/bridge/glm_qt.h"

namespace murnau {

SetPieceListModel::SetPieceListModel(QObject* parent) : QAbstractListModel(parent) {}

void SetPieceListModel::setPieces(std::vector<SetPiece> pieces)
{
    const bool countDiffers = pieces.size() != m_pieces.size();
    beginResetModel();
    m_pieces = std::move(pieces);
    endResetModel();
    if (countDiffers)
        emit countChanged();
}

int SetPieceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_pieces.size());
}

QVariant SetPieceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SetPiece& piece = m_pieces[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(piece.name);
    case ShapeRole:
        return piece.shape == SetPieceShape::Cylinder ? QStringLiteral("cylinder") : QStringLiteral("box");
    case PositionRole:
        return toQt(piece.positionM);
    case SizeRole:
        return toQt(piece.sizeM);
    case YawRole:
        return piece.yawDeg;
    case ColorRole:
        return toQt(piece.color);
    default:
        return {};
    }
}

QHash<int, QByteArray> SetPieceListModel::roleNames() const
{
    return {
        {NameRole, "name"},
        {ShapeRole, "shape"},
        {PositionRole, "positionM"},
        {SizeRole, "sizeM"},
        {YawRole, "yawDeg"},
        {ColorRole, "color"},
    };
}

} // namespace murnau
