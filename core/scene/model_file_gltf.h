#pragma once
// The glTF 2.0 reader behind parseModel (model_file.h): a .gltf JSON document or a .glb binary
// container, checked for structure, index references, a node forest and the written form of
// its URIs, with the bounds of the default scene from the POSITION accessors' min/max
// (https://registry.khronos.org/glTF/specs/2.0/glTF-2.0.html). Both fail through json::failAt
// with the field named, so they run inside json::reading.

#include <string_view>

#include "core/scene/model_file.h"

namespace murnau::model_file {

// Reads a .gltf file's JSON text.
[[nodiscard]] ModelFacts readGltf(std::string_view text);

// Reads a .glb file: its 12-byte header, the JSON chunk and the BIN chunk's length (section 4.4).
[[nodiscard]] ModelFacts readGlb(std::string_view bytes);

} // namespace murnau::model_file
