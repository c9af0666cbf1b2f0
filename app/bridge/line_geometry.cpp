#include "app/bridge/line_geometry.h"

#include <algorithm>
#include <limits>

#include <QByteArray>
#include <QVector3D>

namespace murnau {

LineGeometry::LineGeometry(QQuick3DObject* parent) : QQuick3DGeometry(parent)
{
    rebuild();
}

void LineGeometry::setPolylines(const QVariantList& polylines)
{
    if (polylines == m_polylines)
        return;
    m_polylines = polylines;
    rebuild();
    emit polylinesChanged();
}

void LineGeometry::rebuild()
{
    QByteArray vertices;
    QVector3D lowest(std::numeric_limits<float>::max(), std::numeric_limits<float>::max(),
                     std::numeric_limits<float>::max());
    QVector3D highest = -lowest;
    int segments = 0;
    const auto append = [&](const QVector3D& point) {
        const float xyz[3] = {point.x(), point.y(), point.z()};
        vertices.append(reinterpret_cast<const char*>(xyz), sizeof(xyz));
        lowest = QVector3D(std::min(lowest.x(), point.x()), std::min(lowest.y(), point.y()), std::min(lowest.z(), point.z()));
        highest = QVector3D(std::max(highest.x(), point.x()), std::max(highest.y(), point.y()), std::max(highest.z(), point.z()));
    };
    for (const QVariant& polyline : m_polylines) {
        const QVariantList points = polyline.toList();
        for (qsizetype i = 1; i < points.size(); ++i) {
            append(points[i - 1].value<QVector3D>());
            append(points[i].value<QVector3D>());
            ++segments;
        }
    }
    if (segments == 0) {
        lowest = highest = QVector3D();
    }
    m_segmentCount = segments;

    clear();
    setPrimitiveType(QQuick3DGeometry::PrimitiveType::Lines);
    setStride(3 * static_cast<int>(sizeof(float)));
    addAttribute(QQuick3DGeometry::Attribute::PositionSemantic, 0, QQuick3DGeometry::Attribute::F32Type);
    setVertexData(vertices);
    setBounds(lowest, highest);
    update();
}

} // namespace murnau
