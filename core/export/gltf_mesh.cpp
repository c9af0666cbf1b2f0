// Flat-shaded boxes, prisms and the floor for the glTF export.

#include "core/export/gltf_mesh.h"

#include <array>
#include <cmath>
#include <numbers>

namespace murnau {

namespace {

// Adds one planar quad a, b, c, d (counter-clockwise from outside) with normal n.
void appendQuad(TriangleMesh& mesh, const std::array<glm::dvec3, 4>& corners, const glm::dvec3& normal)
{
    const auto base = static_cast<std::uint32_t>(mesh.positions.size());
    for (const glm::dvec3& corner : corners) {
        mesh.positions.emplace_back(corner);
        mesh.normals.emplace_back(normal);
    }
    for (const std::uint32_t i : {0U, 1U, 2U, 0U, 2U, 3U})
        mesh.indices.push_back(base + i);
}

} // namespace

void appendBox(TriangleMesh& mesh, const LocalBox& box)
{
    const glm::dvec3 lo = box.centerM - box.sizeM / 2.0;
    const glm::dvec3 hi = box.centerM + box.sizeM / 2.0;
    // Corner (x, y, z) with each coordinate picked from lo (0) or hi (1).
    auto p = [&](int x, int y, int z) {
        return glm::dvec3(x ? hi.x : lo.x, y ? hi.y : lo.y, z ? hi.z : lo.z);
    };
    appendQuad(mesh, {p(1, 0, 0), p(1, 1, 0), p(1, 1, 1), p(1, 0, 1)}, {1.0, 0.0, 0.0});    // +x
    appendQuad(mesh, {p(0, 0, 0), p(0, 0, 1), p(0, 1, 1), p(0, 1, 0)}, {-1.0, 0.0, 0.0});   // -x
    appendQuad(mesh, {p(0, 1, 0), p(0, 1, 1), p(1, 1, 1), p(1, 1, 0)}, {0.0, 1.0, 0.0});    // +y
    appendQuad(mesh, {p(0, 0, 0), p(1, 0, 0), p(1, 0, 1), p(0, 0, 1)}, {0.0, -1.0, 0.0});   // -y
    appendQuad(mesh, {p(0, 0, 1), p(1, 0, 1), p(1, 1, 1), p(0, 1, 1)}, {0.0, 0.0, 1.0});    // +z
    appendQuad(mesh, {p(0, 0, 0), p(0, 1, 0), p(1, 1, 0), p(1, 0, 0)}, {0.0, 0.0, -1.0});   // -z
}

void appendPrism(TriangleMesh& mesh, const LocalCylinder& cylinder, int sides)
{
    const double r = cylinder.radiusM;
    const double h = cylinder.heightM;
    // Rim point k, counter-clockwise seen from above (+y): angle measured from +x towards -z.
    auto rim = [&](int k, double y) {
        const double a = 2.0 * std::numbers::pi * k / sides;
        return glm::dvec3(r * std::cos(a), y, -r * std::sin(a));
    };
    for (int k = 0; k < sides; ++k) {
        const double middle = 2.0 * std::numbers::pi * (k + 0.5) / sides;
        const glm::dvec3 normal(std::cos(middle), 0.0, -std::sin(middle));
        appendQuad(mesh, {rim(k, 0.0), rim(k + 1, 0.0), rim(k + 1, h), rim(k, h)}, normal);
    }
    // Caps: fans around a first rim vertex.
    for (const bool top : {false, true}) {
        const auto base = static_cast<std::uint32_t>(mesh.positions.size());
        const glm::dvec3 normal(0.0, top ? 1.0 : -1.0, 0.0);
        for (int k = 0; k < sides; ++k) {
            mesh.positions.emplace_back(rim(k, top ? h : 0.0));
            mesh.normals.emplace_back(normal);
        }
        for (int k = 1; k + 1 < sides; ++k) {
            const auto a = static_cast<std::uint32_t>(k);
            // Rim order is counter-clockwise from above: keep it for the top, reverse for the bottom.
            if (top)
                mesh.indices.insert(mesh.indices.end(), {base, base + a, base + a + 1});
            else
                mesh.indices.insert(mesh.indices.end(), {base, base + a + 1, base + a});
        }
    }
}

void appendFloor(TriangleMesh& mesh, double sizeXM, double sizeZM)
{
    const double x = sizeXM / 2.0;
    const double z = sizeZM / 2.0;
    appendQuad(mesh, {glm::dvec3(-x, 0.0, -z), glm::dvec3(-x, 0.0, z), glm::dvec3(x, 0.0, z), glm::dvec3(x, 0.0, -z)},
               {0.0, 1.0, 0.0});
}

} // namespace murnau
