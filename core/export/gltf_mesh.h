#pragma once
// Triangle meshes with flat normals, as glTF primitives carry them (float positions and normals,
// 32-bit indices, triangles counter-clockwise seen from outside: glTF's front faces).

#include <cstdint>
#include <vector>

#include <glm/vec3.hpp>

#include "core/scene/scene_solids.h"

namespace murnau {

// One primitive's vertices and triangles.
struct TriangleMesh {
    std::vector<glm::vec3> positions;   // metres, in the owner's local frame
    std::vector<glm::vec3> normals;     // unit, one per position (flat: every face has its own vertices)
    std::vector<std::uint32_t> indices; // three per triangle, counter-clockwise from outside
    [[nodiscard]] bool empty() const noexcept { return indices.empty(); }
};

// Adds a box: 6 faces of 4 vertices and 2 triangles each.
void appendBox(TriangleMesh& mesh, const LocalBox& box);
// Adds an upright prism of `sides` sides inscribed in the cylinder (base on y = 0): its side
// faces (4 vertices each) and the bottom and top caps (fans of `sides` triangles).
void appendPrism(TriangleMesh& mesh, const LocalCylinder& cylinder, int sides);
// Adds the upward face of a rectangle on y = 0 centred on the origin, sizeX by sizeZ metres.
void appendFloor(TriangleMesh& mesh, double sizeXM, double sizeZM);

} // namespace murnau
