#pragma once
// The one place where core's glm values and Rgb colours become Qt types and back.
// Core works in double precision; Qt's vector types are float, which is plenty for display.

#include <QColor>
#include <QPointF>
#include <QVector3D>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/scene/project.h"

namespace murnau {

// A core point or vector (metres, degrees ...) as a QVector3D, same axes.
inline QVector3D toQt(const glm::dvec3& v)
{
    return QVector3D(static_cast<float>(v.x), static_cast<float>(v.y), static_cast<float>(v.z));
}

// A core 2D point (pixels ...) as a QPointF.
inline QPointF toQt(const glm::dvec2& v)
{
    return QPointF(v.x, v.y);
}

// A core sRGB colour as an opaque QColor.
inline QColor toQt(const Rgb& c)
{
    return QColor(c.r, c.g, c.b);
}

// A Qt vector back into a core point, same axes and units.
inline glm::dvec3 toGlm(const QVector3D& v)
{
    return glm::dvec3(v.x(), v.y(), v.z());
}

} // namespace murnau
