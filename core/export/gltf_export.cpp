// STUB (foundation): implemented by the glTF work.
#include "core/export/gltf_export.h"

namespace murnau {

Result<GltfAsset> buildGltf(const Project&, std::span<const CameraTrack>, const std::string&)
{
    return fail("gltf", "not built yet");
}
std::vector<std::uint8_t> packGlb(const GltfAsset&) { return {}; }
Result<bool> exportGltf(const Project&, std::span<const CameraTrack>, const std::filesystem::path& path)
{
    return fail(path.string(), "not built yet");
}

} // namespace murnau
