#pragma once
// The set, the actors and every exported shot's camera as glTF 2.0 (Khronos glTF 2.0 spec):
// metres, +Y up, a camera looking down its node's -Z (the same axes as CameraState, so no axis
// change). The set is simple meshes (boxes, walls with their openings cut), the actors proxies of
// their real height; each shot is one animation: the camera node's translation and rotation
// sampled on every frame (LINEAR), the actors' translation and rotation, and the focal length as
// the camera's yfov through KHR_animation_pointer ("/cameras/N/perspective/yfov").
//
// Layout: scene 0 holds the group nodes "<set name>" (a "Floor" node, then one node per set piece,
// in SetDescription::pieces order, at the piece's base centre turned by its yaw; a model without
// a collision box is named "<name> (placeholder)"), "Actors" (one node per actor, at their
// document place and facing) and "Cameras" (one node "Camera sc<scene> sh<shot>" per track, at its
// frame 0 pose, with perspective camera N = the track's index: yfov 2 atan(h / 2f) and aspectRatio
// squeeze * w / h of the used gate at frame 0, znear kGltfCameraZnearM, no zfar). Animation N is
// named "sc<scene> sh<shot> <shot name>"; its input is seconds from the shot's first frame. One
// material per role and colour ("Set #rrggbb", "Actor #rrggbb"), baseColorFactor linearised.

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

// The linear value of an 8-bit sRGB channel, as glTF's baseColorFactor wants it (IEC 61966-2-1
// decoding: c/12.92 up to c = 0.04045, else ((c + 0.055)/1.055)^2.4, with c = channel/255).
[[nodiscard]] double srgbToLinear(std::uint8_t channel) noexcept;

// The vertical angle of view glTF's perspective camera takes, radians: 2 atan(h / 2f) for the
// used gate height h and focal length f (millimetres).
[[nodiscard]] double gltfYfovRad(double gateHeightMm, double focalLengthMm) noexcept;

// The near clipping distance of every exported camera, metres (no far plane: infinite projection).
inline constexpr double kGltfCameraZnearM = 0.05;

// Writes `path`: ".glb" as one binary file; ".gltf" with its buffer beside it as "<stem>.bin".
// Other extensions are an error naming the path. Files are written atomically.
Result<bool> exportGltf(const Project& project, std::span<const CameraTrack> tracks, const std::filesystem::path& path);

} // namespace murnau
