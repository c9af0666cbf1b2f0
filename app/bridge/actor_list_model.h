#pragma once
// The stand-in actors of the open project as a list model (viewport proxies and the side panel).

#include <vector>

#include <QAbstractListModel>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "core/scene/blocking.h"
#include "core/scene/project.h"

namespace murnau {

// The file's word for a build: "slight", "average", "heavy".
QString buildKey(ActorBuild build);

class ActorListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ActorListModel is owned by ProjectDocument")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // The roles QML reads (names in roleNames()). Units as in core/scene/project.h.
    enum Role {
        NameRole = Qt::UserRole + 1,   // "name": QString
        HeightRole,                    // "heightM": double, stature (crown to floor), metres
        PositionRole,                  // "positionM": QVector3D, point on the floor between the feet, metres
        FacingRole,                    // "facingDeg": double, yaw like a camera's pan: 0 faces -Z, 90 faces -X
        ColorRole,                     // "color": QColor, sRGB
        BuildRole,                     // "build": QString, "slight", "average" or "heavy" (the file's words)
        GirthRole,                     // "girthFactor": double, actorGirthFactor(build) (core/scene/scene_solids.h): scales the proxy's breadths and depths, never its heights
    };
    Q_ENUM(Role)

    explicit ActorListModel(QObject* parent = nullptr);

    // Replaces every actor (a model reset).
    void setActors(std::vector<Actor> actors);
    // Moves the actors to `poses` (Project::actors order, one per row; extra or missing
    // entries are ignored) without a reset: only positionM and facingDeg change, so the
    // delegates stay (playback calls this every frame).
    void setPoses(const std::vector<ActorPose>& poses);
    // The actors as core holds them, in row order (positions as last set or posed).
    const std::vector<Actor>& actors() const { return m_actors; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    std::vector<Actor> m_actors;
};

} // namespace murnau
