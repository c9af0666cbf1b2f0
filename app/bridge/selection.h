#pragma once
// What the user has selected, shared by every view and the inspector: one item of the project,
// named the way the edit builders name it. The plan view, the 3D views and the library panel
// select; the inspector shows and edits the selected item; Delete and Duplicate act on it.
// After every change of the project the document calls keepValid(), so the selection never
// names an item that is gone.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "core/scene/project.h"

namespace murnau {

class Selection : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Selection is owned by ProjectDocument")

    // What kind of item: "" (nothing), "actor", "setPiece", "camera", "mark", "viaPoint", "railPoint".
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    // The actor, set piece or camera; for a mark or a via point, the actor whose blocking holds it; else "".
    Q_PROPERTY(QString name READ name NOTIFY changed)
    // mark: the mark's index in the actor's blocking (time order); viaPoint: the via point's index
    // in the walk; railPoint: the point's index on the shown shot's rail; else -1.
    Q_PROPERTY(int index READ index NOTIFY changed)
    // viaPoint: the mark whose walk-in holds it; else -1.
    Q_PROPERTY(int markIndex READ markIndex NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)

public:
    explicit Selection(QObject* parent = nullptr);

    // Selects one item (replacing the selection); an unknown kind clears it.
    Q_INVOKABLE void select(const QString& kind, const QString& name, int index = -1, int markIndex = -1);
    Q_INVOKABLE void clear();
    // True when exactly this item is selected (index and markIndex -1 match any).
    Q_INVOKABLE bool isSelected(const QString& kind, const QString& name, int index = -1) const;

    // Clears the selection if its item is not in `project` (in scene `sceneIndex`, -1 for none,
    // and, for a rail point, on the rail of shot `shotId`).
    void keepValid(const Project& project, int sceneIndex, const QString& shotId);

    QString kind() const { return m_kind; }
    QString name() const { return m_name; }
    int index() const { return m_index; }
    int markIndex() const { return m_markIndex; }
    bool isEmpty() const { return m_kind.isEmpty(); }

signals:
    void changed();

private:
    QString m_kind;
    QString m_name;
    int m_index = -1;
    int m_markIndex = -1;
};

} // namespace murnau
