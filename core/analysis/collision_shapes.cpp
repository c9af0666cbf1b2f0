// Point-to-solid distances for collision tests.

#include "core/analysis/collision_shapes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <numbers>
#include <utility>

#include "core/scene/project_rules.h"

namespace murnau {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

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

// `pointM` in the piece's own frame (x across, y up from the base, z through).
glm::dvec3 localPoint(const SetPiece& piece, const glm::dvec3& pointM) noexcept
{
    const glm::dvec2 xz = localXz(piece, {pointM.x, pointM.z});
    return {xz.x, pointM.y - piece.positionM.y, xz.y};
}

// How far `value` lies outside [low, high]; 0 inside.
double outside(double value, double low, double high) noexcept
{
    return std::max({low - value, value - high, 0.0});
}

// An axis-aligned box of the piece's frame.
struct LocalBox {
    glm::dvec3 low;
    glm::dvec3 high;
};

double distanceToBox(const LocalBox& box, const glm::dvec3& p) noexcept
{
    return std::hypot(outside(p.x, box.low.x, box.high.x), outside(p.y, box.low.y, box.high.y),
                      outside(p.z, box.low.z, box.high.z));
}

double planDistanceToBox(const LocalBox& box, const glm::dvec2& xz) noexcept
{
    return std::hypot(outside(xz.x, box.low.x, box.high.x), outside(xz.y, box.low.z, box.high.z));
}

// The wall's solid as boxes of its frame, each passed to `visit`: the wall is cut into slabs along
// its length at every opening's edge; each slab is solid from the base to the top except where
// openings cross it (openings do not overlap, so in one slab they are disjoint intervals of height).
// Works on the stack: a wall has at most rules::kMaxOpenings openings (more are ignored here).
template<typename Visit>
void forEachWallBox(const SetPiece& wall, Visit&& visit) noexcept
{
    const std::size_t openings = std::min(wall.openings.size(), rules::kMaxOpenings);
    const double halfLength = 0.5 * wall.sizeM.x;
    const double height = wall.sizeM.y;
    const double halfThickness = 0.5 * wall.sizeM.z;
    std::array<double, 2 * rules::kMaxOpenings + 2> cuts;
    std::size_t cutCount = 0;
    cuts[cutCount++] = -halfLength;
    cuts[cutCount++] = halfLength;
    for (std::size_t i = 0; i < openings; ++i) {
        const WallOpening& opening = wall.openings[i];
        cuts[cutCount++] = std::clamp(opening.centerM - 0.5 * opening.widthM, -halfLength, halfLength);
        cuts[cutCount++] = std::clamp(opening.centerM + 0.5 * opening.widthM, -halfLength, halfLength);
    }
    std::sort(cuts.begin(), cuts.begin() + static_cast<std::ptrdiff_t>(cutCount));
    cutCount = static_cast<std::size_t>(std::unique(cuts.begin(), cuts.begin() + static_cast<std::ptrdiff_t>(cutCount))
                                        - cuts.begin());

    std::array<std::pair<double, double>, rules::kMaxOpenings> holes;
    for (std::size_t i = 0; i + 1 < cutCount; ++i) {
        const double from = cuts[i];
        const double to = cuts[i + 1];
        const double middle = 0.5 * (from + to);
        std::size_t holeCount = 0;
        for (std::size_t j = 0; j < openings; ++j) {
            const WallOpening& opening = wall.openings[j];
            if (std::abs(middle - opening.centerM) < 0.5 * opening.widthM)
                holes[holeCount++] = {opening.sillM, opening.sillM + opening.heightM};
        }
        std::sort(holes.begin(), holes.begin() + static_cast<std::ptrdiff_t>(holeCount));
        double solidFrom = 0.0;
        for (std::size_t j = 0; j < holeCount; ++j) {
            const auto [holeFrom, holeTo] = holes[j];
            if (holeFrom > solidFrom)
                visit(LocalBox{{from, solidFrom, -halfThickness}, {to, std::min(holeFrom, height), halfThickness}});
            solidFrom = std::max(solidFrom, holeTo);
        }
        if (solidFrom < height)
            visit(LocalBox{{from, solidFrom, -halfThickness}, {to, height, halfThickness}});
    }
}

// The steps of a flight of stairs as boxes of its frame (see collision_shapes.h), each passed to `visit`.
template<typename Visit>
void forEachStep(const SetPiece& stairs, Visit&& visit) noexcept
{
    const int steps = std::max(stairs.stepCount, 1);
    const double halfWidth = 0.5 * stairs.sizeM.x;
    const double rise = stairs.sizeM.y / steps;
    const double tread = stairs.sizeM.z / steps;
    const double front = 0.5 * stairs.sizeM.z;
    for (int k = 0; k < steps; ++k)
        visit(LocalBox{{-halfWidth, 0.0, front - (k + 1) * tread}, {halfWidth, (k + 1) * rise, front - k * tread}});
}

LocalBox wholeBox(const SetPiece& piece) noexcept
{
    return {{-0.5 * piece.sizeM.x, 0.0, -0.5 * piece.sizeM.z}, {0.5 * piece.sizeM.x, piece.sizeM.y, 0.5 * piece.sizeM.z}};
}

bool hasNoCollisionBox(const SetPiece& piece) noexcept
{
    return piece.shape == SetPieceShape::Model && !(piece.sizeM.x > 0.0 && piece.sizeM.y > 0.0 && piece.sizeM.z > 0.0);
}

// True where an opening reaches down to the wall's base (a door, or a window cut to the floor).
bool reachesBase(const WallOpening& opening) noexcept
{
    return opening.sillM <= 0.0;
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
    switch (piece.shape) {
    case SetPieceShape::Cylinder:
        return distanceToCylinderM(piece.positionM, 0.5 * piece.sizeM.x, piece.sizeM.y, pointM);
    case SetPieceShape::Wall:
    case SetPieceShape::Stairs: {
        if (piece.shape == SetPieceShape::Wall && piece.openings.empty())
            break;
        const glm::dvec3 local = localPoint(piece, pointM);
        double nearest = kInfinity;
        const auto closer = [&](const LocalBox& box) { nearest = std::min(nearest, distanceToBox(box, local)); };
        if (piece.shape == SetPieceShape::Wall)
            forEachWallBox(piece, closer);
        else
            forEachStep(piece, closer);
        return nearest;
    }
    case SetPieceShape::Model:
        if (hasNoCollisionBox(piece))
            return kInfinity;
        break;
    case SetPieceShape::Box:
        break;
    }
    return distanceToBox(wholeBox(piece), localPoint(piece, pointM));
}

double footprintDistanceM(const SetPiece& piece, const glm::dvec2& pointXz) noexcept
{
    if (piece.shape == SetPieceShape::Cylinder) {
        const double r = std::hypot(pointXz.x - piece.positionM.x, pointXz.y - piece.positionM.z);
        return std::max(r - 0.5 * piece.sizeM.x, 0.0);
    }
    if (hasNoCollisionBox(piece))
        return kInfinity;
    const glm::dvec2 local = localXz(piece, pointXz);
    const bool cutAtTheBase = piece.shape == SetPieceShape::Wall
                              && std::any_of(piece.openings.begin(), piece.openings.end(), reachesBase);
    if (!cutAtTheBase)
        return planDistanceToBox(wholeBox(piece), local);
    // The wall's slabs that stand on the base: its boxes starting at height 0.
    double nearest = kInfinity;
    forEachWallBox(piece, [&](const LocalBox& box) {
        if (box.low.y <= 0.0)
            nearest = std::min(nearest, planDistanceToBox(box, local));
    });
    return nearest;
}

} // namespace murnau
