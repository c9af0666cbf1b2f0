#pragma once
// Reading a model set piece's file ourselves before anything else (Qt Quick 3D's RuntimeLoader,
// assimp) sees it: a glTF 2.0 file (.gltf JSON or .glb binary) or a Wavefront OBJ file is checked
// for structure, its index references, the files it refers to (which must lie inside the project's
// folder) and its extent (the axis-aligned box of the default scene, in the model's units). A
// malformed or hostile file is refused with the place and the problem named
// ("buffers[0].uri: '../../secret.bin' leaves the project's folder"; "line 12: ...").
//
// Two steps: parseModel() reads bytes held in memory and touches no file (the fuzz target calls
// it); checkModelReferences() then looks the referenced files up on disk. readModelFile() does
// both for a file. Nothing here reads buffer or image contents: the bounds come from the POSITION
// accessors' min/max, which glTF 2.0 requires of every POSITION accessor (section 3.7.2.1,
// https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/util/result.h"

namespace murnau {

// Limits of a model file (a set piece is a prop or a vehicle, not a city).
inline constexpr std::uint64_t kMaxModelFileBytes = 512ull * 1024 * 1024;   // any model file, bytes
inline constexpr std::uint64_t kMaxModelJsonBytes = 256ull * 1024 * 1024;   // a .gltf file or a GLB's JSON chunk, bytes
inline constexpr std::size_t kMaxGltfNesting = 64;           // JSON nesting (glTF itself nests about 8 deep; extras more)
inline constexpr std::size_t kMaxGltfArrayLength = 1000000;  // elements of nodes, meshes, accessors..., primitives of a mesh
inline constexpr std::uint64_t kMaxPrimitiveInstances = 10000000;   // primitives drawn, summed over the scene's nodes
inline constexpr std::size_t kMaxModelReferences = 10000;    // buffer, image and material-library files
inline constexpr std::size_t kMaxObjLineBytes = 64 * 1024;   // one OBJ line, bytes

// Which reader a file goes to (by its extension).
enum class ModelFormat {
    Gltf,   // glTF 2.0 JSON (.gltf)
    Glb,    // binary glTF 2.0 (.glb)
    Obj,    // Wavefront OBJ (.obj)
};

// The format of `file` from its extension (any case), or none for another extension.
[[nodiscard]] std::optional<ModelFormat> modelFormatOf(const std::filesystem::path& file);

// What a referenced file is.
enum class ModelReferenceKind {
    Buffer,           // glTF buffers[i].uri: binary data, at least `byteLength` bytes
    Image,            // glTF images[i].uri: a texture
    MaterialLibrary,  // OBJ mtllib: materials (a missing one is a warning: the model loads without them)
};

// A file the model refers to, relative to the model's own folder.
struct ModelReference {
    ModelReferenceKind kind = ModelReferenceKind::Buffer;
    std::string field;            // where the model names it: "buffers[0].uri", "line 3"
    std::string written;          // as the model writes it ("tex%20a.png")
    std::string path;             // decoded relative path with '/' separators ("tex a.png")
    std::uint64_t minBytes = 0;   // Buffer: its byteLength (the file must be at least this long); else 0
    friend bool operator==(const ModelReference&, const ModelReference&) = default;
};

// What a model file holds.
struct ModelFacts {
    ModelFormat format = ModelFormat::Gltf;
    glm::dvec3 minimum{0.0};        // axis-aligned box of the shown geometry, model units
    glm::dvec3 maximum{0.0};
    std::size_t nodeCount = 0;      // glTF: nodes in the file; OBJ: 0
    std::size_t meshCount = 0;      // glTF: meshes in the file; OBJ: objects/groups named (o, g), at least 1
    std::uint64_t vertexCount = 0;  // glTF: POSITION counts summed over every mesh's primitives; OBJ: v lines
    std::uint64_t faceCount = 0;    // glTF: triangles of the meshes' primitives; OBJ: f lines
    std::vector<ModelReference> references;   // in file order
    std::vector<std::string> warnings;         // problems that do not stop the model (a missing material library)
};

// Reads a model held in memory. Checks everything that needs no other file: the container
// (GLB header and chunk lengths), the JSON (nesting at most kMaxGltfNesting), asset.version 2.x,
// every index reference in range, the node graph a forest, POSITION accessors with min/max,
// the written form of every URI/path (no scheme, no absolute path, no "..", after percent-decoding),
// the OBJ syntax; and computes the bounds. Errors name the field ("nodes[3].children[0]") or the
// OBJ line ("line 12").
[[nodiscard]] Result<ModelFacts> parseModel(std::string_view bytes, ModelFormat format);

// Looks up the files `facts` refers to: each resolves against `modelFolder`, must exist as a
// regular file whose real path (links followed) lies inside `projectFolder`, and a buffer must be
// at least its byteLength long. A missing material library adds a warning to the facts instead.
[[nodiscard]] Result<ModelFacts> checkModelReferences(ModelFacts facts, const std::filesystem::path& modelFolder,
                                                      const std::filesystem::path& projectFolder);

// Reads `file` (a regular file whose real path lies inside `projectFolder`, at most
// kMaxModelFileBytes; format from its extension), parses it and checks its references.
[[nodiscard]] Result<ModelFacts> readModelFile(const std::filesystem::path& file, const std::filesystem::path& projectFolder);

// A model's collision box as a set piece stands it: a box on the floor, centred on the piece's
// base centre, where the model's origin is placed (qml/ImportedModelPiece.qml, scene_solids.h).
struct ModelCollisionBox {
    glm::dvec3 sizeM{0.0};   // metres; all zero when the model gives no usable box
    std::string note;        // empty, or why the box is wider than the model / why there is none
};

// The smallest such box holding the model's part above the floor, scaled by `modelScale`
// (model units to metres): width 2 max(|min.x|, |max.x|), height max.y, depth 2 max(|min.z|,
// |max.z|). A model off-centre gets a box wider than itself (said in the note); one with no
// height above its origin, or larger than 10 000 m, gets none.
[[nodiscard]] ModelCollisionBox modelCollisionBox(const ModelFacts& facts, double modelScale);

} // namespace murnau
