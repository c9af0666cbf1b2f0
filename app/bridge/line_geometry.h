#pragma once
// Lines for Qt Quick 3D: a QQuick3DGeometry that draws polylines as one line list (one draw
// call for all of them). The points are in the Model's local units (the overlays use metres).

#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <QtQuick3D/qquick3dgeometry.h>

namespace murnau {

class LineGeometry : public QQuick3DGeometry {
    Q_OBJECT
    QML_ELEMENT

    // Polylines: a list of lists of vector3d points; each list of n points draws n - 1 segments.
    Q_PROPERTY(QVariantList polylines READ polylines WRITE setPolylines NOTIFY polylinesChanged)
    Q_PROPERTY(int segmentCount READ segmentCount NOTIFY polylinesChanged)   // segments drawn

public:
    explicit LineGeometry(QQuick3DObject* parent = nullptr);

    QVariantList polylines() const { return m_polylines; }
    void setPolylines(const QVariantList& polylines);
    int segmentCount() const { return m_segmentCount; }

signals:
    void polylinesChanged();

private:
    void rebuild();

    QVariantList m_polylines;
    int m_segmentCount = 0;
};

} // namespace murnau
