#pragma once
// The set pieces of the open project as a list model for the viewport's Repeater3D.

#include <vector>

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include "core/scene/project.h"

namespace murnau {

class SetPieceListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SetPieceListModel is owned by ProjectDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // The roles QML reads (names in roleNames()). Units as in core/scene/project.h.
    enum Role {
        NameRole = Qt::UserRole + 1,   // "name": QString, what the set calls the piece
        ShapeRole,                     // "shape": QString, "box" or "cylinder"
        PositionRole,                  // "positionM": QVector3D, centre of the piece's base, metres
        SizeRole,                      // "sizeM": QVector3D, width (x), height (y), depth (z) before yaw, metres
        YawRole,                       // "yawDeg": double, rotation about +Y, degrees (counter-clockwise from above)
        ColorRole,                     // "color": QColor, sRGB
    };
    Q_ENUM(Role)

    explicit SetPieceListModel(QObject* parent = nullptr);

    // Replaces every piece (a model reset).
    void setPieces(std::vector<SetPiece> pieces);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<SetPiece> m_pieces;
};

} // namespace murnau
