// Reading model files (glTF 2.0, GLB, OBJ) before the renderer does: the readers' dispatch, the
// references looked up on disk inside the project's folder, and the collision box.

#include "core/scene/model_file.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <system_error>

#include <fmt/format.h>

#include "core/scene/model_file_gltf.h"
#include "core/scene/model_file_obj.h"
#include "core/scene/model_file_paths.h"
#include "core/scene/project_rules.h"
#include "core/util/json_reader.h"

namespace murnau {

namespace {

using model_file::quotedText;

// `folder` joined with a '/'-separated relative path, segment by segment.
std::filesystem::path joined(const std::filesystem::path& folder, std::string_view relative)
{
    std::filesystem::path out = folder;
    std::size_t start = 0;
    while (start <= relative.size()) {
        const std::size_t slash = std::min(relative.find('/', start), relative.size());
        if (slash > start)
            out /= std::filesystem::path(std::string(relative.substr(start, slash - start)));
        start = slash + 1;
    }
    return out;
}

// True when `path` is `folder` or lies below it (both already canonical).
bool isInside(const std::filesystem::path& path, const std::filesystem::path& folder)
{
    const std::filesystem::path relative = path.lexically_relative(folder);
    return !relative.empty() && *relative.begin() != "..";
}

} // namespace

std::optional<ModelFormat> modelFormatOf(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".gltf")
        return ModelFormat::Gltf;
    if (extension == ".glb")
        return ModelFormat::Glb;
    if (extension == ".obj")
        return ModelFormat::Obj;
    return std::nullopt;
}

Result<ModelFacts> parseModel(std::string_view bytes, ModelFormat format)
{
    if (bytes.size() > kMaxModelFileBytes)
        return fail("", fmt::format("the model is {} bytes; at most {} are read", bytes.size(), kMaxModelFileBytes));
    return json::reading([&] {
        switch (format) {
        case ModelFormat::Gltf:
            return model_file::readGltf(bytes);
        case ModelFormat::Glb:
            return model_file::readGlb(bytes);
        case ModelFormat::Obj:
            return model_file::readObj(bytes);
        }
        json::failAt("", "unknown model format");
    });
}

Result<ModelFacts> checkModelReferences(ModelFacts facts, const std::filesystem::path& modelFolder,
                                        const std::filesystem::path& projectFolder)
{
    std::error_code error;
    const std::filesystem::path project = std::filesystem::weakly_canonical(std::filesystem::absolute(projectFolder, error), error);
    if (error)
        return fail("", "the project's folder " + projectFolder.string() + " cannot be resolved: " + error.message());
    for (const ModelReference& reference : facts.references) {
        const std::filesystem::path resolved = joined(modelFolder, reference.path);
        const auto status = std::filesystem::status(resolved, error);
        if (error || !std::filesystem::is_regular_file(status)) {
            const std::string what = error || !std::filesystem::exists(status) ? "not found" : "is not a file";
            if (reference.kind == ModelReferenceKind::MaterialLibrary) {
                facts.warnings.push_back(reference.field + ": material library " + quotedText(reference.written) + " " + what
                                         + " (looked for " + resolved.string() + "); the model is shown without its materials");
                continue;
            }
            return fail(reference.field, quotedText(reference.written) + " " + what + " (looked for " + resolved.string() + ")");
        }
        const std::filesystem::path real = std::filesystem::canonical(resolved, error);
        if (error || !isInside(real, project))
            return fail(reference.field, quotedText(reference.written) + " leaves the project's folder (it resolves to "
                                             + (error ? resolved.string() : real.string()) + ", through a link)");
        if (reference.minBytes > 0) {
            const std::uintmax_t size = std::filesystem::file_size(resolved, error);
            if (error || size < reference.minBytes)
                return fail(reference.field, fmt::format("{} has {} bytes; the buffer's byteLength is {}", quotedText(reference.written),
                                                         error ? 0 : size, reference.minBytes));
        }
    }
    return facts;
}

Result<ModelFacts> readModelFile(const std::filesystem::path& file, const std::filesystem::path& projectFolder)
{
    const std::optional<ModelFormat> format = modelFormatOf(file);
    if (!format)
        return fail("", "expected a .gltf, .glb or .obj file, got " + quotedText(file.filename().string()));
    std::error_code error;
    const auto status = std::filesystem::status(file, error);
    if (error || !std::filesystem::exists(status))
        return fail("", file.string() + " not found");
    if (!std::filesystem::is_regular_file(status))
        return fail("", file.string() + " is not a file");
    // The file itself (links followed) lies inside the project's folder before a byte is read.
    const std::filesystem::path project = std::filesystem::weakly_canonical(std::filesystem::absolute(projectFolder, error), error);
    const std::filesystem::path real = error ? std::filesystem::path() : std::filesystem::canonical(file, error);
    if (error || !isInside(real, project))
        return fail("", file.string() + " lies outside the project's folder " + projectFolder.string()
                            + (error ? std::string() : " (it resolves to " + real.string() + ")"));
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    if (error)
        return fail("", file.string() + " cannot be read: " + error.message());
    if (size > kMaxModelFileBytes)
        return fail("", fmt::format("{} is {} bytes; at most {} are read", file.string(), size, kMaxModelFileBytes));
    std::ifstream in(file, std::ios::binary);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in || !in.read(bytes.data(), static_cast<std::streamsize>(size)) || in.gcount() != static_cast<std::streamsize>(size))
        return fail("", file.string() + " cannot be read");
    Result<ModelFacts> facts = parseModel(bytes, *format);
    if (!facts)
        return facts;
    return checkModelReferences(std::move(facts).value(), file.parent_path(), projectFolder);
}

ModelCollisionBox modelCollisionBox(const ModelFacts& facts, double modelScale)
{
    ModelCollisionBox box;
    const double halfX = std::max(std::abs(facts.minimum.x), std::abs(facts.maximum.x));
    const double halfZ = std::max(std::abs(facts.minimum.z), std::abs(facts.maximum.z));
    const glm::dvec3 size = glm::dvec3(2.0 * halfX, std::max(facts.maximum.y, 0.0), 2.0 * halfZ) * modelScale;
    if (!(size.x > 0.0 && size.y > 0.0 && size.z > 0.0)) {
        box.note = fmt::format("the model has no extent above its origin in every direction ({} x {} x {} m): no collision box",
                               json::numberText(size.x), json::numberText(size.y), json::numberText(size.z));
        return box;
    }
    if (size.x > rules::kCollisionBoxSize.max || size.y > rules::kCollisionBoxSize.max || size.z > rules::kCollisionBoxSize.max) {
        box.note = fmt::format("the model is {} x {} x {} m at scale {}, larger than a collision box may be ({} m): no "
                               "collision box; check its units and scale",
                               json::numberText(size.x), json::numberText(size.y), json::numberText(size.z),
                               json::numberText(modelScale), json::numberText(rules::kCollisionBoxSize.max));
        return box;
    }
    box.sizeM = size;
    const glm::dvec3 extent = (facts.maximum - facts.minimum) * modelScale;
    const glm::dvec3 centre = (facts.maximum + facts.minimum) * 0.5 * modelScale;
    std::vector<std::string> notes;
    if (std::abs(centre.x) > 1e-6 * std::max(1.0, extent.x) || std::abs(centre.z) > 1e-6 * std::max(1.0, extent.z))
        notes.push_back(fmt::format("its footprint's centre is {} m, {} m off its origin (x, z), so the box is {} x {} m "
                                    "instead of {} x {} m",
                                    json::numberText(centre.x), json::numberText(centre.z), json::numberText(size.x),
                                    json::numberText(size.z), json::numberText(extent.x), json::numberText(extent.z)));
    const double bottom = facts.minimum.y * modelScale;
    if (std::abs(bottom) > 1e-6 * std::max(1.0, extent.y))
        notes.push_back(bottom < 0.0 ? fmt::format("it reaches {} m below its origin, under the floor, outside the box",
                                                   json::numberText(-bottom))
                                     : fmt::format("its lowest point is {} m above its origin: it floats, and the box "
                                                   "reaches down to the floor",
                                                   json::numberText(bottom)));
    for (std::size_t i = 0; i < notes.size(); ++i)
        box.note += (i == 0 ? "the model's origin is placed on the piece's base centre; " : "; ") + notes[i];
    return box;
}

} // namespace murnau