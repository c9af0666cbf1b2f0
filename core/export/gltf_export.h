#pragma once
// The set, the actors and every exported shot's camera as glTF 2.0 (Khronos glTF 2.0 spec):
// metres, +Y up, a camera looking down its node's -Z (the same axes as CameraState, so no axis
// change). The set is simple meshes (boxes, walls with their openings cut), the actors proxies of
// their real height; each shot is one animation: the camera node's translation and rotation
// sampled on every frame (LINEAR), the actors' translation and rotation, and the focal length as
// the camera's yfov through KHR_animation_pointer ("/cameras/N/perspective/yfov").

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/export/camera_track.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// A glTF asset in memory: the JSON document and its one binary buffer.
struct GltfAsset {
    std::string json;                    // the .gltf text (its buffer's uri as given to buildGltf; none for GLB)
    std::vector<std::uint8_t> buffer;    // the binary buffer (.bin, or the GLB's BIN chunk)
};

// Builds the asset for `tracks` (from sampleCameraTracks on the same project). `bufferUri` is the
// .bin file's name relative to the .gltf ("shots.bin"); empty for a GLB (no uri).
Result<GltfAsset> buildGltf(const Project& project, std::span<const CameraTrack> tracks, const std::string& bufferUri);

// Packs an asset built with an empty bufferUri into a binary glTF (GLB container, spec §4.4).
[[nodiscard]] std::vector<std::uint8_t> packGlb(const GltfAsset& asset);

// Writes `path`: ".glb" as one binary file; ".gltf" with its buffer beside it as "<stem>.bin".
// Other extensions are an error naming the path. Files are written atomically.
Result<bool> exportGltf(const Project& project, std::span<const CameraTrack> tracks, const std::filesystem::path& path);

} // namespace murnau
