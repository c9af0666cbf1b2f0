// Point-to-solid distances for collision tests.

#include "core/analysis/collision_shapes.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace murnau {

namespace {

// `pointXz` relative to the piece's base, turned into the piece's own axes (the inverse yaw).
glm::dvec2 localXz(const SetPiece& piece, const glm::dvec2& pointXz) noexcept
{
    const double yawRad = piece.yawDeg * std::numbers::pi / 180.0;
    const double c = std::cos(yawRad);
    const double s = std::sin(yawRad);
    const double dx = pointXz.x - piece.positionM.x;
    const double dz = pointXz.y - piece.positionM.z;
    return {dx * c - dz * s, dx * s + dz * c};
}

// How far `value` lies outside [low, high]; 0 inside.
double outside(double value, double low, double high) noexcept
{
    return std::max({low - value, value - high, 0.0});
}

} // namespace

double distanceToCylinderM(const glm::dvec3& baseM, double radiusM, double heightM, const glm::dvec3& pointM) noexcept
{
    const double radial = std::max(std::hypot(pointM.x - baseM.x, pointM.z - baseM.z) - radiusM, 0.0);
    const double vertical = outside(pointM.y, baseM.y, baseM.y + heightM);
    return std::hypot(radial, vertical);
}

double distanceToSetPieceM(const SetPiece& piece, const glm::dvec3& pointM) noexcept
{
    if (piece.shape == SetPieceShape::Cylinder)
        return distanceToCylinderM(piece.positionM, 0.5 * piece.sizeM.x, piece.sizeM.y, pointM);
    const double across = footprintDistanceM(piece, {pointM.x, pointM.z});
    const double vertical = outside(pointM.y, piece.positionM.y, piece.positionM.y + piece.sizeM.y);
    return std::hypot(across, vertical);
}

double footprintDistanceM(const SetPiece& piece, const glm::dvec2& pointXz) noexcept
{
    if (piece.shape == SetPieceShape::Cylinder) {
        const double r = std::hypot(pointXz.x - piece.positionM.x, pointXz.y - piece.positionM.z);
        return std::max(r - 0.5 * piece.sizeM.x, 0.0);
    }
    const glm::dvec2 local = localXz(piece, pointXz);
    return std::hypot(outside(local.x, -0.5 * piece.sizeM.x, 0.5 * piece.sizeM.x),
                      outside(local.y, -0.5 * piece.sizeM.z, 0.5 * piece.sizeM.z));
}

} // namespace murnau
