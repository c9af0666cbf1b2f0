// The glTF 2.0 reader: a .gltf document or a .glb container, checked and measured (bounds).

#include "core/scene/model_file_gltf.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include <fmt/format.h>
#include <glm/common.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <glm/mat4x4.hpp>

#include "core/scene/model_file_paths.h"
#include "core/util/json_reader.h"

namespace murnau::model_file {

namespace {

using json::element;
using json::failAt;
using json::member;
using json::Value;

constexpr std::uint32_t kGlbMagic = 0x46546C67;      // "glTF", little-endian
constexpr std::uint32_t kGlbVersion = 2;
constexpr std::uint32_t kChunkJson = 0x4E4F534A;     // "JSON"
constexpr std::uint32_t kChunkBin = 0x004E4942;      // "BIN\0"
constexpr std::size_t kGlbHeaderBytes = 12;
constexpr std::size_t kChunkHeaderBytes = 8;

// glTF component types (accessor.componentType) and primitive modes (mesh.primitive.mode).
constexpr std::int64_t kByte = 5120, kUnsignedByte = 5121, kShort = 5122, kUnsignedShort = 5123,
                       kUnsignedInt = 5125, kFloat = 5126;
constexpr std::int64_t kTriangles = 4, kTriangleStrip = 5, kTriangleFan = 6;

std::uint32_t readU32(std::string_view bytes, std::size_t at)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + at);
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16 | std::uint32_t(p[3]) << 24;
}

// ---------------------------------------------------------------------------------------------
// glTF JSON helpers.

// The member `key` of `object`, or null when absent.
const Value* find(const Value& object, std::string_view key)
{
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

// A top-level array of the document (empty when absent), its length capped.
const Value::array_t& topArray(const Value& root, std::string_view key)
{
    static const Value::array_t kEmpty;
    const Value* value = find(root, key);
    if (!value)
        return kEmpty;
    if (!value->is_array())
        failAt(std::string(key), "expected an array, got " + json::describeValue(*value));
    if (value->size() > kMaxGltfArrayLength)
        failAt(std::string(key), fmt::format("has {} elements; at most {} are read", value->size(), kMaxGltfArrayLength));
    return value->get_ref<const Value::array_t&>();
}

const Value& objectAt(const Value::array_t& array, std::size_t i, const std::string& field)
{
    if (!array[i].is_object())
        failAt(field, "expected an object, got " + json::describeValue(array[i]));
    return array[i];
}

// A non-negative integer (glTF's glTFid and counts), below `limit`.
std::uint64_t readCount(const Value& value, const std::string& field, std::uint64_t limit)
{
    std::uint64_t n = 0;
    if (value.is_number_unsigned()) {
        n = value.get<std::uint64_t>();
    } else if (value.is_number_integer() && value.get<std::int64_t>() >= 0) {
        n = static_cast<std::uint64_t>(value.get<std::int64_t>());
    } else {
        failAt(field, "expected a whole number >= 0, got " + json::describeValue(value));
    }
    if (n >= limit)
        failAt(field, fmt::format("{} is out of range (at most {})", n, limit - 1));
    return n;
}

// An index into an array of `count` elements named `arrayName`.
std::size_t readIndex(const Value& value, const std::string& field, std::size_t count, std::string_view arrayName)
{
    if (!(value.is_number_unsigned() || (value.is_number_integer() && value.get<std::int64_t>() >= 0)))
        failAt(field, "expected an index into " + std::string(arrayName) + ", got " + json::describeValue(value));
    const std::uint64_t n = value.is_number_unsigned() ? value.get<std::uint64_t>()
                                                         : static_cast<std::uint64_t>(value.get<std::int64_t>());
    if (n >= count)
        failAt(field, fmt::format("index {} is out of range: the file has {} {}", n, count, arrayName));
    return static_cast<std::size_t>(n);
}

std::optional<std::size_t> optionalIndex(const Value& object, std::string_view key, const std::string& path,
                                         std::size_t count, std::string_view arrayName)
{
    const Value* value = find(object, key);
    if (!value)
        return std::nullopt;
    return readIndex(*value, member(path, key), count, arrayName);
}

double readFinite(const Value& value, const std::string& field)
{
    if (!value.is_number())
        failAt(field, "expected a number, got " + json::describeValue(value));
    const double x = value.get<double>();
    if (!std::isfinite(x))
        failAt(field, "is not a finite number");
    return x;
}

// An array of exactly `n` finite numbers.
template<std::size_t N>
std::array<double, N> readNumbers(const Value& value, const std::string& field)
{
    if (!value.is_array() || value.size() != N)
        failAt(field, fmt::format("expected an array of {} numbers, got {}", N, json::describeValue(value)));
    std::array<double, N> out{};
    for (std::size_t i = 0; i < N; ++i)
        out[i] = readFinite(value[i], element(field, i));
    return out;
}

// Bytes of one component of `componentType`.
std::uint64_t componentBytes(std::int64_t componentType)
{
    switch (componentType) {
    case kByte:
    case kUnsignedByte:
        return 1;
    case kShort:
    case kUnsignedShort:
        return 2;
    case kUnsignedInt:
    case kFloat:
        return 4;
    default:
        return 0;
    }
}

// Components of an accessor type ("VEC3": 3), 0 for an unknown type.
std::uint64_t componentCount(std::string_view type)
{
    constexpr std::array<std::pair<std::string_view, std::uint64_t>, 7> kTypes{{
        {"SCALAR", 1}, {"VEC2", 2}, {"VEC3", 3}, {"VEC4", 4}, {"MAT2", 4}, {"MAT3", 9}, {"MAT4", 16}}};
    for (const auto& [name, n] : kTypes) {
        if (name == type)
            return n;
    }
    return 0;
}

// A normalized integer component's value (glTF 2.0's table of normalized integers).
double normalizedValue(double c, std::int64_t componentType)
{
    switch (componentType) {
    case kByte:
        return std::max(c / 127.0, -1.0);
    case kUnsignedByte:
        return c / 255.0;
    case kShort:
        return std::max(c / 32767.0, -1.0);
    case kUnsignedShort:
        return c / 65535.0;
    default:
        return c;
    }
}

// What the reader keeps of an accessor.
struct Accessor {
    std::uint64_t count = 0;
    std::int64_t componentType = 0;
    std::string type;
    bool hasBounds = false;
    glm::dvec3 minimum{0.0};   // VEC3 accessors with min/max only
    glm::dvec3 maximum{0.0};
};

// One primitive's box in its mesh's frame.
struct Box {
    glm::dvec3 minimum;
    glm::dvec3 maximum;
};

// A node's local transform: its matrix, or T * R * S (glTF 2.0 section 3.5.3).
glm::dmat4 localTransform(const Value& node, const std::string& path)
{
    const Value* matrix = find(node, "matrix");
    const bool trs = find(node, "translation") || find(node, "rotation") || find(node, "scale");
    if (matrix) {
        if (trs)
            failAt(path, "has both a matrix and translation/rotation/scale; glTF allows one or the other");
        const std::array<double, 16> m = readNumbers<16>(*matrix, member(path, "matrix"));
        return glm::make_mat4(m.data());   // column-major, as glTF stores it
    }
    glm::dmat4 result(1.0);
    if (const Value* t = find(node, "translation")) {
        const std::array<double, 3> v = readNumbers<3>(*t, member(path, "translation"));
        result = glm::translate(result, glm::dvec3(v[0], v[1], v[2]));
    }
    if (const Value* r = find(node, "rotation")) {
        const std::array<double, 4> q = readNumbers<4>(*r, member(path, "rotation"));   // x, y, z, w
        const glm::dquat rotation(q[3], q[0], q[1], q[2]);
        const double length = glm::length(rotation);
        if (!(std::abs(length - 1.0) <= 0.01))
            failAt(member(path, "rotation"), "is not a unit quaternion (length " + json::numberText(length) + ")");
        result = result * glm::mat4_cast(rotation / length);
    }
    if (const Value* s = find(node, "scale")) {
        const std::array<double, 3> v = readNumbers<3>(*s, member(path, "scale"));
        result = glm::scale(result, glm::dvec3(v[0], v[1], v[2]));
    }
    return result;
}

// Grows [lo, hi] by the axis-aligned box of `local` (8 corners) moved by `transform`; false when
// a corner lands on a number that is not finite (huge scales or translations).
bool addTransformedBox(const Box& local, const glm::dmat4& transform, glm::dvec3& lo, glm::dvec3& hi)
{
    for (int corner = 0; corner < 8; ++corner) {
        const glm::dvec3 p((corner & 1) ? local.maximum.x : local.minimum.x, (corner & 2) ? local.maximum.y : local.minimum.y,
                           (corner & 4) ? local.maximum.z : local.minimum.z);
        const glm::dvec3 q = glm::dvec3(transform * glm::dvec4(p, 1.0));
        if (!std::isfinite(q.x) || !std::isfinite(q.y) || !std::isfinite(q.z))
            return false;
        lo = glm::min(lo, q);
        hi = glm::max(hi, q);
    }
    return true;
}

// The checked JSON of a glTF document; `binChunkBytes` is the GLB's BIN chunk length (none for .gltf).
ModelFacts readDocument(const Value& root, ModelFormat format, std::optional<std::uint64_t> binChunkBytes)
{
    ModelFacts facts;
    facts.format = format;
    if (!root.is_object())
        failAt("", "expected a glTF JSON object, got " + json::describeValue(root));

    // asset.version "2.x" (and minVersion, when given, at most 2.0).
    const Value* asset = find(root, "asset");
    if (!asset || !asset->is_object())
        failAt("asset", "missing (required: it carries the glTF version)");
    const Value* version = find(*asset, "version");
    if (!version || !version->is_string())
        failAt("asset.version", "missing (expected \"2.0\")");
    const std::string& versionText = version->get_ref<const std::string&>();
    if (versionText.size() < 3 || versionText.substr(0, 2) != "2."
        || versionText.find_first_not_of("0123456789", 2) != std::string::npos)
        failAt("asset.version", quotedText(versionText) + " is not glTF 2.x; only glTF 2.0 files are read");
    if (const Value* minVersion = find(*asset, "minVersion")) {
        if (!minVersion->is_string() || minVersion->get_ref<const std::string&>() != "2.0")
            failAt("asset.minVersion", json::describeValue(*minVersion) + " asks for a newer glTF than 2.0");
    }

    const Value::array_t& buffers = topArray(root, "buffers");
    const Value::array_t& bufferViews = topArray(root, "bufferViews");
    const Value::array_t& accessorsJson = topArray(root, "accessors");
    const Value::array_t& meshes = topArray(root, "meshes");
    const Value::array_t& nodes = topArray(root, "nodes");
    const Value::array_t& scenes = topArray(root, "scenes");
    const Value::array_t& images = topArray(root, "images");
    const Value::array_t& materials = topArray(root, "materials");
    facts.nodeCount = nodes.size();
    facts.meshCount = meshes.size();

    // Buffers: a data: URI, a file beside the model, or (GLB, buffer 0 only) the BIN chunk.
    std::vector<std::uint64_t> bufferBytes(buffers.size());
    for (std::size_t i = 0; i < buffers.size(); ++i) {
        const std::string path = element("buffers", i);
        const Value& buffer = objectAt(buffers, i, path);
        const Value* length = find(buffer, "byteLength");
        if (!length)
            failAt(member(path, "byteLength"), "missing (required)");
        bufferBytes[i] = readCount(*length, member(path, "byteLength"), kMaxModelFileBytes + 1);
        const Value* uri = find(buffer, "uri");
        if (!uri) {
            if (!binChunkBytes || i != 0)
                failAt(member(path, "uri"), format == ModelFormat::Glb ? "missing (only buffer 0 may use the GLB's BIN chunk)"
                                                                       : "missing (a .gltf buffer needs a uri)");
            if (bufferBytes[i] > *binChunkBytes)
                failAt(member(path, "byteLength"), fmt::format("{} bytes, more than the BIN chunk's {}", bufferBytes[i],
                                                               *binChunkBytes));
            continue;
        }
        if (!uri->is_string())
            failAt(member(path, "uri"), "expected a string, got " + json::describeValue(*uri));
        const std::string& text = uri->get_ref<const std::string&>();
        if (text.rfind("data:", 0) == 0) {
            const std::uint64_t held = dataUriBytes(member(path, "uri"), text);
            if (held < bufferBytes[i])
                failAt(member(path, "byteLength"), fmt::format("{} bytes, more than its data: URI holds ({})", bufferBytes[i], held));
            continue;
        }
        if (facts.references.size() >= kMaxModelReferences)
            failAt(member(path, "uri"), fmt::format("more than {} referenced files", kMaxModelReferences));
        facts.references.push_back(ModelReference{ModelReferenceKind::Buffer, member(path, "uri"), text,
                                                  decodedUri(member(path, "uri"), text), bufferBytes[i]});
    }

    // Images: a data: URI, a file beside the model, or a buffer view.
    for (std::size_t i = 0; i < images.size(); ++i) {
        const std::string path = element("images", i);
        const Value& image = objectAt(images, i, path);
        optionalIndex(image, "bufferView", path, bufferViews.size(), "bufferViews");
        const Value* uri = find(image, "uri");
        if (!uri)
            continue;
        if (!uri->is_string())
            failAt(member(path, "uri"), "expected a string, got " + json::describeValue(*uri));
        const std::string& text = uri->get_ref<const std::string&>();
        if (text.rfind("data:", 0) == 0)
            continue;
        if (facts.references.size() >= kMaxModelReferences)
            failAt(member(path, "uri"), fmt::format("more than {} referenced files", kMaxModelReferences));
        facts.references.push_back(ModelReference{ModelReferenceKind::Image, member(path, "uri"), text,
                                                  decodedUri(member(path, "uri"), text), 0});
    }

    // Buffer views lie inside their buffers.
    std::vector<std::uint64_t> viewBytes(bufferViews.size());
    for (std::size_t i = 0; i < bufferViews.size(); ++i) {
        const std::string path = element("bufferViews", i);
        const Value& view = objectAt(bufferViews, i, path);
        const Value* bufferIndex = find(view, "buffer");
        if (!bufferIndex)
            failAt(member(path, "buffer"), "missing (required)");
        const std::size_t buffer = readIndex(*bufferIndex, member(path, "buffer"), buffers.size(), "buffers");
        const Value* length = find(view, "byteLength");
        if (!length)
            failAt(member(path, "byteLength"), "missing (required)");
        const std::uint64_t bytes = readCount(*length, member(path, "byteLength"), kMaxModelFileBytes + 1);
        const Value* offsetJson = find(view, "byteOffset");
        const std::uint64_t offset = offsetJson ? readCount(*offsetJson, member(path, "byteOffset"), kMaxModelFileBytes + 1) : 0;
        if (offset + bytes > bufferBytes[buffer])
            failAt(path, fmt::format("bytes {} to {} lie beyond buffers[{}] ({} bytes)", offset, offset + bytes, buffer,
                                     bufferBytes[buffer]));
        viewBytes[i] = bytes;
    }

    // Accessors lie inside their buffer views; VEC3 ones keep their min/max.
    std::vector<Accessor> accessors(accessorsJson.size());
    for (std::size_t i = 0; i < accessorsJson.size(); ++i) {
        const std::string path = element("accessors", i);
        const Value& accessorJson = objectAt(accessorsJson, i, path);
        Accessor& accessor = accessors[i];
        const Value* count = find(accessorJson, "count");
        if (!count)
            failAt(member(path, "count"), "missing (required)");
        accessor.count = readCount(*count, member(path, "count"), std::uint64_t(1) << 32);
        const Value* componentType = find(accessorJson, "componentType");
        if (!componentType || !componentType->is_number_integer() || componentBytes(componentType->get<std::int64_t>()) == 0)
            failAt(member(path, "componentType"), "expected 5120, 5121, 5122, 5123, 5125 or 5126");
        accessor.componentType = componentType->get<std::int64_t>();
        const Value* type = find(accessorJson, "type");
        if (!type || !type->is_string() || componentCount(type->get_ref<const std::string&>()) == 0)
            failAt(member(path, "type"), "expected SCALAR, VEC2, VEC3, VEC4, MAT2, MAT3 or MAT4");
        accessor.type = type->get<std::string>();
        if (const std::optional<std::size_t> view = optionalIndex(accessorJson, "bufferView", path, bufferViews.size(), "bufferViews")) {
            const Value* offsetJson = find(accessorJson, "byteOffset");
            const std::uint64_t offset = offsetJson ? readCount(*offsetJson, member(path, "byteOffset"), kMaxModelFileBytes + 1) : 0;
            const std::uint64_t elementBytes = componentBytes(accessor.componentType) * componentCount(accessor.type);
            const Value* strideJson = find(bufferViews[*view], "byteStride");
            const std::uint64_t stride = strideJson ? readCount(*strideJson, element("bufferViews", *view) + ".byteStride", 253)
                                                    : elementBytes;
            const std::uint64_t end = accessor.count == 0
                                          ? offset
                                          : offset + (accessor.count - 1) * std::max(stride, elementBytes) + elementBytes;
            if (end > viewBytes[*view])
                failAt(path, fmt::format("{} elements from byte {} need {} bytes; bufferViews[{}] has {}", accessor.count,
                                         offset, end, *view, viewBytes[*view]));
        }
        const Value* minimum = find(accessorJson, "min");
        const Value* maximum = find(accessorJson, "max");
        if (accessor.type == "VEC3" && minimum && maximum) {
            const std::array<double, 3> lo = readNumbers<3>(*minimum, member(path, "min"));
            const std::array<double, 3> hi = readNumbers<3>(*maximum, member(path, "max"));
            const bool normalized = find(accessorJson, "normalized") && find(accessorJson, "normalized")->is_boolean()
                                    && find(accessorJson, "normalized")->get<bool>();
            for (int k = 0; k < 3; ++k) {
                if (lo[k] > hi[k])
                    failAt(path, fmt::format("min[{}] {} is above max[{}] {}", k, json::numberText(lo[k]), k,
                                             json::numberText(hi[k])));
                accessor.minimum[k] = normalized ? normalizedValue(lo[k], accessor.componentType) : lo[k];
                accessor.maximum[k] = normalized ? normalizedValue(hi[k], accessor.componentType) : hi[k];
            }
            accessor.hasBounds = true;
        }
    }

    // Meshes: each primitive's attributes, indices and material in range; POSITION a VEC3 with min/max.
    std::vector<std::vector<Box>> meshBoxes(meshes.size());
    for (std::size_t m = 0; m < meshes.size(); ++m) {
        const std::string path = element("meshes", m);
        const Value& mesh = objectAt(meshes, m, path);
        const Value* primitives = find(mesh, "primitives");
        if (!primitives || !primitives->is_array() || primitives->empty())
            failAt(member(path, "primitives"), "expected a non-empty array of primitives");
        if (primitives->size() > kMaxGltfArrayLength)
            failAt(member(path, "primitives"), fmt::format("has {} primitives; at most {} are read", primitives->size(),
                                                           kMaxGltfArrayLength));
        for (std::size_t p = 0; p < primitives->size(); ++p) {
            const std::string primitivePath = element(member(path, "primitives"), p);
            const Value& primitive = objectAt(primitives->get_ref<const Value::array_t&>(), p, primitivePath);
            const Value* attributes = find(primitive, "attributes");
            if (!attributes || !attributes->is_object())
                failAt(member(primitivePath, "attributes"), "expected an object of attribute accessors");
            std::optional<std::size_t> position;
            for (const auto& [name, index] : attributes->items()) {
                const std::size_t accessor = readIndex(index, member(member(primitivePath, "attributes"), name),
                                                       accessors.size(), "accessors");
                if (name == "POSITION")
                    position = accessor;
            }
            const std::optional<std::size_t> indices = optionalIndex(primitive, "indices", primitivePath, accessors.size(), "accessors");
            optionalIndex(primitive, "material", primitivePath, materials.size(), "materials");
            const Value* modeJson = find(primitive, "mode");
            const std::uint64_t mode = modeJson ? readCount(*modeJson, member(primitivePath, "mode"), 7) : kTriangles;
            if (!position)
                continue;   // nothing to draw (glTF 2.0 section 3.7.2.1: clients skip it)
            const Accessor& accessor = accessors[*position];
            const std::string positionField = member(member(primitivePath, "attributes"), "POSITION");
            if (accessor.type != "VEC3")
                failAt(positionField, fmt::format("accessors[{}] is a {}, expected a VEC3", *position, accessor.type));
            if (!accessor.hasBounds)
                failAt(positionField, fmt::format("accessors[{}] has no min/max (glTF requires them of POSITION)", *position));
            facts.vertexCount += accessor.count;
            const std::uint64_t drawn = indices ? accessors[*indices].count : accessor.count;
            if (mode == kTriangles)
                facts.faceCount += drawn / 3;
            else if ((mode == kTriangleStrip || mode == kTriangleFan) && drawn >= 3)
                facts.faceCount += drawn - 2;
            meshBoxes[m].push_back(Box{accessor.minimum, accessor.maximum});
        }
    }

    // Nodes: mesh in range, children in range, each node at most one parent (a forest).
    constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> parent(nodes.size(), kNone);
    std::vector<std::optional<std::size_t>> nodeMesh(nodes.size());
    std::vector<std::vector<std::size_t>> children(nodes.size());
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const std::string path = element("nodes", n);
        const Value& node = objectAt(nodes, n, path);
        nodeMesh[n] = optionalIndex(node, "mesh", path, meshes.size(), "meshes");
        const Value* kids = find(node, "children");
        if (!kids)
            continue;
        if (!kids->is_array())
            failAt(member(path, "children"), "expected an array of node indices, got " + json::describeValue(*kids));
        for (std::size_t c = 0; c < kids->size(); ++c) {
            const std::string field = element(member(path, "children"), c);
            const std::size_t child = readIndex((*kids)[c], field, nodes.size(), "nodes");
            if (child == n)
                failAt(field, fmt::format("nodes[{}] is its own child (a cycle)", n));
            if (parent[child] != kNone)
                failAt(field, fmt::format("nodes[{}] already has a parent, nodes[{}]; glTF nodes form a forest (each node "
                                          "has at most one parent)",
                                          child, parent[child]));
            parent[child] = n;
            children[n].push_back(child);
        }
    }
    // With one parent each, a node that no walk from a root reaches lies on (or hangs from) a cycle.
    std::vector<char> reached(nodes.size(), 0);
    std::vector<std::size_t> stack;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        if (parent[n] != kNone)
            continue;
        stack.push_back(n);
        while (!stack.empty()) {
            const std::size_t at = stack.back();
            stack.pop_back();
            reached[at] = 1;
            stack.insert(stack.end(), children[at].begin(), children[at].end());
        }
    }
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        if (reached[n])
            continue;
        std::size_t onCycle = n;   // n steps up the parent chain end on the cycle
        for (std::size_t step = 0; step < nodes.size(); ++step)
            onCycle = parent[onCycle];
        failAt(element("nodes", onCycle), fmt::format("is part of a cycle of nodes (nodes[{}] is its own ancestor); "
                                                      "glTF nodes form a forest",
                                                      onCycle));
    }

    // The roots drawn: the default scene, else scene 0, else every root node.
    std::vector<std::size_t> roots;
    std::string rootsField;
    std::optional<std::size_t> scene = optionalIndex(root, "scene", "", scenes.size(), "scenes");
    if (!scene && !scenes.empty())
        scene = 0;
    if (scene) {
        const std::string path = element("scenes", *scene);
        const Value& sceneJson = objectAt(scenes, *scene, path);
        rootsField = member(path, "nodes");
        if (const Value* sceneNodes = find(sceneJson, "nodes")) {
            if (!sceneNodes->is_array())
                failAt(rootsField, "expected an array of node indices, got " + json::describeValue(*sceneNodes));
            std::vector<char> listed(nodes.size(), 0);
            for (std::size_t i = 0; i < sceneNodes->size(); ++i) {
                const std::string field = element(rootsField, i);
                const std::size_t n = readIndex((*sceneNodes)[i], field, nodes.size(), "nodes");
                if (parent[n] != kNone)
                    failAt(field, fmt::format("nodes[{}] is a child of nodes[{}], not a root node", n, parent[n]));
                if (listed[n])
                    failAt(field, fmt::format("nodes[{}] is listed twice", n));
                listed[n] = 1;
                roots.push_back(n);
            }
        }
    } else {
        rootsField = "nodes";
        for (std::size_t n = 0; n < nodes.size(); ++n) {
            if (parent[n] == kNone)
                roots.push_back(n);
        }
    }

    // Down the hierarchy: each node's world transform, each of its mesh's primitive boxes moved by it.
    glm::dvec3 lo(std::numeric_limits<double>::infinity());
    glm::dvec3 hi(-std::numeric_limits<double>::infinity());
    std::uint64_t instances = 0;
    std::vector<std::pair<std::size_t, glm::dmat4>> walk;
    for (const std::size_t r : roots)
        walk.emplace_back(r, glm::dmat4(1.0));
    while (!walk.empty()) {
        const auto [n, parentTransform] = walk.back();
        walk.pop_back();
        const glm::dmat4 transform = parentTransform * localTransform(nodes[n], element("nodes", n));
        if (nodeMesh[n]) {
            instances += meshBoxes[*nodeMesh[n]].size();
            if (instances > kMaxPrimitiveInstances)
                failAt(rootsField, fmt::format("the scene draws more than {} primitives (meshes used by many nodes)",
                                               kMaxPrimitiveInstances));
            for (const Box& box : meshBoxes[*nodeMesh[n]]) {
                if (!addTransformedBox(box, transform, lo, hi))
                    failAt(element("nodes", n), "its mesh lands on coordinates that are not finite (a scale or "
                                                "translation up the hierarchy is too large)");
            }
        }
        for (const std::size_t c : children[n])
            walk.emplace_back(c, transform);
    }
    if (instances == 0)
        failAt(rootsField, scene ? fmt::format("scenes[{}] draws no mesh with positions: the model is empty", *scene)
                                 : std::string("no node draws a mesh with positions: the model is empty"));
    for (int k = 0; k < 3; ++k) {
        if (!std::isfinite(lo[k]) || !std::isfinite(hi[k]))
            failAt(rootsField, "the transformed bounds are not finite (a node's scale or translation is too large)");
    }
    facts.minimum = lo;
    facts.maximum = hi;
    return facts;
}

ModelFacts readJsonText(std::string_view text, ModelFormat format, std::optional<std::uint64_t> binChunkBytes)
{
    if (text.size() > kMaxModelJsonBytes)
        failAt("", fmt::format("the glTF JSON is {} bytes; at most {} are read", text.size(), kMaxModelJsonBytes));
    Result<Value> root = json::parseTrackedJson(text, kMaxGltfNesting, 8);
    if (!root)
        failAt(root.error().field, "glTF JSON: " + root.error().message);
    return readDocument(root.value(), format, binChunkBytes);
}

} // namespace

ModelFacts readGltf(std::string_view text)
{
    return readJsonText(text, ModelFormat::Gltf, std::nullopt);
}

// GLB (glTF 2.0 section 4.4): a 12-byte header, a JSON chunk, then an optional BIN chunk (and
// chunks of other types, skipped). Every length is checked against the bytes there are.
ModelFacts readGlb(std::string_view bytes)
{
    if (bytes.size() < kGlbHeaderBytes)
        failAt("header", fmt::format("the file has {} bytes, fewer than a GLB header's 12", bytes.size()));
    if (readU32(bytes, 0) != kGlbMagic)
        failAt("header.magic", "not a binary glTF file (the first 4 bytes are not \"glTF\")");
    if (const std::uint32_t version = readU32(bytes, 4); version != kGlbVersion)
        failAt("header.version", fmt::format("GLB version {}; only version 2 is read", version));
    if (const std::uint32_t length = readU32(bytes, 8); length != bytes.size())
        failAt("header.length", fmt::format("says {} bytes, the file has {}", length, bytes.size()));
    std::string_view jsonText;
    std::optional<std::uint64_t> binBytes;
    std::size_t at = kGlbHeaderBytes;
    for (int chunk = 0; at < bytes.size(); ++chunk) {
        const std::string field = "chunks[" + std::to_string(chunk) + "]";
        if (bytes.size() - at < kChunkHeaderBytes)
            failAt(field, fmt::format("{} bytes left at byte {}, fewer than a chunk header's 8", bytes.size() - at, at));
        const std::uint32_t length = readU32(bytes, at);
        const std::uint32_t type = readU32(bytes, at + 4);
        at += kChunkHeaderBytes;
        if (length > bytes.size() - at)
            failAt(field + ".chunkLength", fmt::format("{} bytes from byte {}, past the end of the file ({} bytes)", length, at,
                                                       bytes.size()));
        if (length % 4 != 0)
            failAt(field + ".chunkLength", fmt::format("{} is not a multiple of 4 (chunks are 4-byte aligned)", length));
        if (chunk == 0 && type != kChunkJson)
            failAt(field + ".chunkType", "the first chunk must be the JSON chunk");
        if (chunk == 0) {
            jsonText = bytes.substr(at, length);
        } else if (type == kChunkJson) {
            failAt(field + ".chunkType", "a second JSON chunk");
        } else if (type == kChunkBin) {
            if (chunk != 1)
                failAt(field + ".chunkType", "the BIN chunk must come right after the JSON chunk");
            binBytes = length;
        }
        at += length;
    }
    if (at == kGlbHeaderBytes)
        failAt("chunks[0]", "missing: the file ends after its header");
    // The JSON chunk is padded with spaces to a multiple of 4, which JSON allows as trailing whitespace.
    return readJsonText(jsonText, ModelFormat::Glb, binBytes);
}

} // namespace murnau::model_file
