// libFuzzer target: the model-file reader (core/scene/model_file.h), as the app reads a model set
// piece's .gltf, .glb or .obj file before the renderer sees it. The first byte picks the format
// (0: glTF JSON, 1: GLB, 2: OBJ, by its value modulo 3), the rest is the file. Whatever the bytes,
// the reader returns facts or an error; facts it accepts have finite bounds with min <= max, and
// every referenced path it lets through stays below the model's folder (no "..", not absolute, no
// scheme), so checkModelReferences() is only ever asked about such paths. The collision box made
// from accepted facts is finite and not negative.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/scene/model_file.h"

namespace {

bool staysBelow(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.find(':') != std::string_view::npos
        || path.find('\\') != std::string_view::npos || path.find('\0') != std::string_view::npos)
        return false;
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        if (path.substr(start, slash - start) == "..")
            return false;
        start = slash + 1;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    constexpr murnau::ModelFormat kFormats[] = {murnau::ModelFormat::Gltf, murnau::ModelFormat::Glb, murnau::ModelFormat::Obj};
    const murnau::ModelFormat format = kFormats[data[0] % 3];
    const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);

    const auto facts = murnau::parseModel(bytes, format);
    if (!facts) {
        if (facts.error().message.empty())
            std::abort();   // every refusal says why
        return 0;
    }
    for (int k = 0; k < 3; ++k) {
        if (!std::isfinite(facts->minimum[k]) || !std::isfinite(facts->maximum[k]) || facts->minimum[k] > facts->maximum[k])
            std::abort();
    }
    for (const murnau::ModelReference& reference : facts->references) {
        if (!staysBelow(reference.path))
            std::abort();
    }
    const murnau::ModelCollisionBox box = murnau::modelCollisionBox(facts.value(), 1.0);
    for (int k = 0; k < 3; ++k) {
        if (!std::isfinite(box.sizeM[k]) || box.sizeM[k] < 0.0)
            std::abort();
    }
    return 0;
}
