// glTF bufferViews and accessors over one little-endian buffer.

#include "core/export/gltf_buffer.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <limits>

namespace murnau {

namespace {

static_assert(std::endian::native == std::endian::little, "glTF buffers are little-endian; add byte swapping");

constexpr int kFloat = 5126;         // componentType FLOAT (spec §3.6.2.2)
constexpr int kUnsignedInt = 5125;   // componentType UNSIGNED_INT

} // namespace

int GltfBufferBuilder::addView(const void* data, std::size_t byteLength, GltfTarget target)
{
    const std::size_t offset = m_bytes.size();   // a multiple of 4: every view's length is
    m_bytes.resize(offset + byteLength);
    if (byteLength > 0)
        std::memcpy(m_bytes.data() + offset, data, byteLength);
    nlohmann::ordered_json view{{"buffer", 0}, {"byteOffset", offset}, {"byteLength", byteLength}};
    if (target != GltfTarget::None)
        view["target"] = static_cast<int>(target);
    m_bufferViews.push_back(std::move(view));
    return static_cast<int>(m_bufferViews.size()) - 1;
}

int GltfBufferBuilder::addFloats(std::span<const float> floats, int componentCount, const char* type,
                                 GltfTarget target)
{
    const int view = addView(floats.data(), floats.size_bytes(), target);
    std::vector<float> lo(static_cast<std::size_t>(componentCount), std::numeric_limits<float>::max());
    std::vector<float> hi(static_cast<std::size_t>(componentCount), std::numeric_limits<float>::lowest());
    for (std::size_t i = 0; i < floats.size(); ++i) {
        const std::size_t c = i % static_cast<std::size_t>(componentCount);
        lo[c] = std::min(lo[c], floats[i]);
        hi[c] = std::max(hi[c], floats[i]);
    }
    // Written as doubles holding the exact float values, so they read back as the stored floats.
    nlohmann::ordered_json minimum = nlohmann::ordered_json::array();
    nlohmann::ordered_json maximum = nlohmann::ordered_json::array();
    for (int c = 0; c < componentCount; ++c) {
        minimum.push_back(static_cast<double>(lo[static_cast<std::size_t>(c)]));
        maximum.push_back(static_cast<double>(hi[static_cast<std::size_t>(c)]));
    }
    m_accessors.push_back(nlohmann::ordered_json{{"bufferView", view},
                                                 {"componentType", kFloat},
                                                 {"count", floats.size() / static_cast<std::size_t>(componentCount)},
                                                 {"type", type},
                                                 {"min", std::move(minimum)},
                                                 {"max", std::move(maximum)}});
    return static_cast<int>(m_accessors.size()) - 1;
}

int GltfBufferBuilder::addScalars(std::span<const float> values, GltfTarget target)
{
    return addFloats(values, 1, "SCALAR", target);
}

int GltfBufferBuilder::addVec3s(std::span<const glm::vec3> values, GltfTarget target)
{
    std::vector<float> floats;
    floats.reserve(values.size() * 3);
    for (const glm::vec3& v : values)
        floats.insert(floats.end(), {v.x, v.y, v.z});
    return addFloats(floats, 3, "VEC3", target);
}

int GltfBufferBuilder::addQuats(std::span<const glm::quat> values)
{
    std::vector<float> floats;
    floats.reserve(values.size() * 4);
    for (const glm::quat& q : values)
        floats.insert(floats.end(), {q.x, q.y, q.z, q.w});
    return addFloats(floats, 4, "VEC4", GltfTarget::None);
}

int GltfBufferBuilder::addIndices(std::span<const std::uint32_t> indices)
{
    const int view = addView(indices.data(), indices.size_bytes(), GltfTarget::ElementArrayBuffer);
    const auto [lo, hi] = std::minmax_element(indices.begin(), indices.end());
    nlohmann::ordered_json accessor{{"bufferView", view},
                                    {"componentType", kUnsignedInt},
                                    {"count", indices.size()},
                                    {"type", "SCALAR"}};
    if (!indices.empty()) {
        accessor["min"] = {*lo};
        accessor["max"] = {*hi};
    }
    m_accessors.push_back(std::move(accessor));
    return static_cast<int>(m_accessors.size()) - 1;
}

} // namespace murnau
