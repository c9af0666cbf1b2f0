#pragma once
// The binary side of a glTF asset: one buffer of little-endian data, its bufferViews and its
// accessors (glTF 2.0 spec §3.6). Every bufferView starts on a 4-byte boundary (all our
// components are 4 bytes, §3.6.2.4), holds one accessor (tightly packed, so no byteStride),
// and has a target only for vertex (34962, ARRAY_BUFFER) and index (34963, ELEMENT_ARRAY_BUFFER)
// data. Accessors carry min and max (the spec requires them for POSITION and animation inputs;
// we write them always), computed from the float values actually stored.

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include <glm/gtc/quaternion.hpp>
#include <glm/vec3.hpp>
#include <nlohmann/json.hpp>

namespace murnau {

// bufferView targets (spec §5.11.5).
enum class GltfTarget : int { None = 0, ArrayBuffer = 34962, ElementArrayBuffer = 34963 };

class GltfBufferBuilder {
public:
    // Each returns the new accessor's index.
    int addScalars(std::span<const float> values, GltfTarget target = GltfTarget::None);
    int addVec3s(std::span<const glm::vec3> values, GltfTarget target = GltfTarget::None);
    // Quaternions as glTF stores them: x, y, z, w.
    int addQuats(std::span<const glm::quat> values);
    int addIndices(std::span<const std::uint32_t> indices);   // UNSIGNED_INT, ELEMENT_ARRAY_BUFFER

    [[nodiscard]] const std::vector<std::uint8_t>& bytes() const noexcept { return m_bytes; }   // length a multiple of 4
    [[nodiscard]] const nlohmann::ordered_json& bufferViews() const noexcept { return m_bufferViews; }
    [[nodiscard]] const nlohmann::ordered_json& accessors() const noexcept { return m_accessors; }

private:
    // Appends `floats` (componentCount per element) as a new bufferView and FLOAT accessor.
    int addFloats(std::span<const float> floats, int componentCount, const char* type, GltfTarget target);
    // Appends raw 4-byte words as a bufferView; returns its index.
    int addView(const void* data, std::size_t byteLength, GltfTarget target);

    std::vector<std::uint8_t> m_bytes;
    nlohmann::ordered_json m_bufferViews = nlohmann::ordered_json::array();
    nlohmann::ordered_json m_accessors = nlohmann::ordered_json::array();
};

} // namespace murnau
