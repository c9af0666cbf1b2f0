// The glTF 2.0 document: set, actors, one camera and one animation per shot; .gltf + .bin or .glb.

#include "core/export/gltf_export.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <utility>

#include <fmt/format.h>
#include <glm/gtc/quaternion.hpp>
#include <nlohmann/json.hpp>

#include "core/export/export_file.h"
#include "core/export/gltf_buffer.h"
#include "core/export/gltf_mesh.h"
#include "core/scene/scene_solids.h"
#include "core/optics/lens.h"
#include "core/plan/plan_geometry.h"
#include "core/plan/plan_outline.h"
#include "core/version.h"

namespace murnau {

namespace {

using Json = nlohmann::ordered_json;

constexpr double kSetRoughness = 0.85;     // matte set surfaces (qml/SetPieceModel.qml)
constexpr double kActorRoughness = 0.6;    // actor proxies (qml/ActorProxy.qml)
constexpr Rgb kVisorColor{0x1c, 0x1d, 0x21};   // the dark visor showing where an actor faces
constexpr double kCylinderChordToleranceM = kDefaultOutlineChordToleranceM;   // prism sides within 1 cm of the circle

constexpr std::uint32_t kGlbMagic = 0x46546C67;      // "glTF" (spec §4.4.3)
constexpr std::uint32_t kGlbVersion = 2;
constexpr std::uint32_t kGlbChunkJson = 0x4E4F534A;  // "JSON"
constexpr std::uint32_t kGlbChunkBin = 0x004E4942;   // "BIN\0"

double radians(double degrees) { return degrees * std::numbers::pi / 180.0; }

// The rotation of a camera (camera_state.h: R = Ry(pan) Rx(tilt) Rz(roll)) or, with tilt = roll = 0,
// of an actor's facing.
glm::dquat panTiltRoll(double panDeg, double tiltDeg, double rollDeg)
{
    return glm::angleAxis(radians(panDeg), glm::dvec3(0.0, 1.0, 0.0)) *
           glm::angleAxis(radians(tiltDeg), glm::dvec3(1.0, 0.0, 0.0)) *
           glm::angleAxis(radians(rollDeg), glm::dvec3(0.0, 0.0, 1.0));
}

// A unit float quaternion on the same side (hemisphere) as `previous`, so LINEAR (slerp)
// interpolation between neighbouring samples takes the short way.
glm::quat continuous(const glm::dquat& rotation, const glm::quat* previous)
{
    glm::quat q(glm::normalize(rotation));
    if (previous != nullptr && glm::dot(*previous, q) < 0.0F)
        q = -q;
    return q;
}

Json vec3Json(const glm::dvec3& v) { return Json::array({v.x, v.y, v.z}); }
Json quatJson(const glm::quat& q) { return Json::array({q.x, q.y, q.z, q.w}); }

std::string hexColor(const Rgb& color) { return fmt::format("#{:02x}{:02x}{:02x}", color.r, color.g, color.b); }

bool finite(const glm::dvec3& v) { return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z); }

// Percent-encodes a file name for a URI (RFC 3986: unreserved characters stay).
std::string uriEncode(const std::string& name)
{
    std::string out;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~')
            out += c;
        else
            out += fmt::format("%{:02X}", byte);
    }
    return out;
}

// The materials, one per (role, colour), in order of first use.
class MaterialTable {
public:
    int materialFor(const std::string& role, const Rgb& color, double roughness)
    {
        const std::string name = role + " " + hexColor(color);
        const auto found = m_indices.find(name);
        if (found != m_indices.end())
            return found->second;
        m_json.push_back(Json{{"name", name},
                              {"pbrMetallicRoughness",
                               {{"baseColorFactor",
                                 {srgbToLinear(color.r), srgbToLinear(color.g), srgbToLinear(color.b), 1.0}},
                                {"metallicFactor", 0.0},
                                {"roughnessFactor", roughness}}}});
        const int index = static_cast<int>(m_json.size()) - 1;
        m_indices.emplace(name, index);
        return index;
    }
    [[nodiscard]] const Json& json() const noexcept { return m_json; }

private:
    std::map<std::string, int> m_indices;
    Json m_json = Json::array();
};

// One triangle primitive's JSON with its data in the buffer.
Json primitiveJson(GltfBufferBuilder& buffer, const TriangleMesh& mesh, int material)
{
    const int position = buffer.addVec3s(mesh.positions, GltfTarget::ArrayBuffer);
    const int normal = buffer.addVec3s(mesh.normals, GltfTarget::ArrayBuffer);
    const int indices = buffer.addIndices(mesh.indices);
    return Json{{"attributes", {{"POSITION", position}, {"NORMAL", normal}}},
                {"indices", indices},
                {"material", material},
                {"mode", 4}};   // TRIANGLES
}

// The set's fields must make a solid: the plan outline's checks, and a usable floor.
Result<bool> checkSet(const SetDescription& set)
{
    if (!(std::isfinite(set.floorSizeM.x) && std::isfinite(set.floorSizeM.y) && set.floorSizeM.x > 0.0 &&
          set.floorSizeM.y > 0.0))
        return fail("set.floorSizeM", "must be two positive lengths in metres");
    const Result<std::vector<PlanOutline>> outlines = planOutlines(set);
    if (!outlines)
        return outlines.error();
    return true;
}

Result<bool> checkActors(const std::vector<Actor>& actors)
{
    for (std::size_t i = 0; i < actors.size(); ++i) {
        const std::string field = fmt::format("actors[{}]", i);
        if (!(std::isfinite(actors[i].heightM) && actors[i].heightM > 0.0))
            return fail(field + ".heightM", "must be a positive stature in metres");
        if (!finite(actors[i].positionM))
            return fail(field + ".positionM", "must be finite");
        if (!std::isfinite(actors[i].facingDeg))
            return fail(field + ".facingDeg", "must be finite");
    }
    return true;
}

// Every sample must give a camera glTF can hold: finite pose, a usable lens and gate, every actor.
Result<bool> checkTrack(const CameraTrack& track, std::size_t index, std::size_t actorCount)
{
    const std::string field = fmt::format("tracks[{}]", index);
    if (track.frames.empty())
        return fail(field + ".frames", fmt::format("shot {} has no frames", track.shotId));
    if (!(track.frameRate.numerator > 0 && track.frameRate.denominator > 0))
        return fail(field + ".frameRate", "must be positive");
    for (std::size_t j = 0; j < track.frames.size(); ++j) {
        const CameraTrackFrame& frame = track.frames[j];
        const std::string frameField = fmt::format("{}.frames[{}]", field, j);
        const CameraState& camera = frame.camera;
        if (!std::isfinite(frame.seconds) || (j > 0 && !(frame.seconds > track.frames[j - 1].seconds)))
            return fail(frameField + ".seconds", "must be finite and increase from frame to frame");
        if (!finite(camera.positionM))
            return fail(frameField + ".camera.positionM", "must be finite");
        if (!(std::isfinite(camera.panDeg) && std::isfinite(camera.tiltDeg) && std::isfinite(camera.rollDeg)))
            return fail(frameField + ".camera", "pan, tilt and roll must be finite");
        if (const Result<double> focal = checkedFocalLengthMm(camera.focalLengthMm, frameField + ".camera.focalLengthMm");
            !focal)
            return focal.error();
        if (const Result<Gate> gate = checkedGate(camera.gate, frameField + ".camera.gate"); !gate)
            return gate.error();
        if (frame.actors.size() != actorCount)
            return fail(frameField + ".actors",
                        fmt::format("has {} actors, the project {}", frame.actors.size(), actorCount));
        for (std::size_t a = 0; a < actorCount; ++a) {
            if (!finite(frame.actors[a].positionM) || !std::isfinite(frame.actors[a].facingDeg))
                return fail(fmt::format("{}.actors[{}]", frameField, a), "position and facing must be finite");
        }
    }
    return true;
}

// "Camera sc12 sh1A".
std::string cameraNodeName(const CameraTrack& track)
{
    return fmt::format("Camera sc{} sh{}", track.sceneNumber, track.shotNumber);
}

// "sc12 sh1A Anna alone in the warehouse".
std::string animationName(const CameraTrack& track)
{
    std::string name = fmt::format("sc{} sh{}", track.sceneNumber, track.shotNumber);
    if (!track.shotName.empty())
        name += " " + track.shotName;
    return name;
}

void appendLittleEndian(std::vector<std::uint8_t>& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(static_cast<std::uint8_t>((value >> shift) & 0xFFU));
}

} // namespace

double srgbToLinear(std::uint8_t channel) noexcept
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double gltfYfovRad(double gateHeightMm, double focalLengthMm) noexcept
{
    return 2.0 * std::atan(gateHeightMm / (2.0 * focalLengthMm));
}

Result<GltfAsset> buildGltf(const Project& project, std::span<const CameraTrack> tracks, const std::string& bufferUri)
{
    if (Result<bool> ok = checkSet(project.set); !ok)
        return ok.error();
    if (Result<bool> ok = checkActors(project.actors); !ok)
        return ok.error();
    for (std::size_t i = 0; i < tracks.size(); ++i) {
        if (Result<bool> ok = checkTrack(tracks[i], i, project.actors.size()); !ok)
            return ok.error();
    }

    GltfBufferBuilder buffer;
    MaterialTable materials;
    Json nodes = Json::array();
    Json meshes = Json::array();
    Json rootNodes = Json::array();
    auto addNode = [&](Json node) {
        nodes.push_back(std::move(node));
        return static_cast<int>(nodes.size()) - 1;
    };
    auto addMesh = [&](std::string name, Json primitives) {
        meshes.push_back(Json{{"name", std::move(name)}, {"primitives", std::move(primitives)}});
        return static_cast<int>(meshes.size()) - 1;
    };

    // The set: a floor and one node per piece, under a "Set" group.
    const int setNode = addNode(Json{{"name", project.set.name.empty() ? std::string("Set") : project.set.name}});
    rootNodes.push_back(setNode);
    Json setChildren = Json::array();
    {
        TriangleMesh floor;
        appendFloor(floor, project.set.floorSizeM.x, project.set.floorSizeM.y);
        const int material = materials.materialFor("Set", project.set.floorColor, kSetRoughness);
        const int mesh = addMesh("Floor", Json::array({primitiveJson(buffer, floor, material)}));
        setChildren.push_back(addNode(Json{{"name", "Floor"}, {"mesh", mesh}}));
    }
    for (const SetPiece& piece : project.set.pieces) {
        const SetPieceSolid solid = setPieceSolid(piece);
        TriangleMesh triangles;
        for (const LocalBox& box : solid.boxes)
            appendBox(triangles, box);
        if (solid.cylinder)
            appendPrism(triangles, *solid.cylinder,
                        circleSideCount(solid.cylinder->radiusM, kCylinderChordToleranceM));
        const std::string name = solid.placeholder ? piece.name + " (placeholder)" : piece.name;
        Json node{{"name", name}};
        if (!triangles.empty()) {   // a wall whose openings take all of it has nothing solid left
            const int material = materials.materialFor("Set", piece.color, kSetRoughness);
            node["mesh"] = addMesh(name, Json::array({primitiveJson(buffer, triangles, material)}));
        }
        node["rotation"] = quatJson(continuous(panTiltRoll(piece.yawDeg, 0.0, 0.0), nullptr));
        node["translation"] = vec3Json(piece.positionM);
        if (solid.placeholder)
            node["extras"] = Json{{"murnauPlaceholder",
                                   fmt::format("model {} has no collision box: a {} m cube stands in", piece.modelPath,
                                               kModelPlaceholderSizeM)}};
        setChildren.push_back(addNode(std::move(node)));
    }
    nodes[static_cast<std::size_t>(setNode)]["children"] = std::move(setChildren);

    // The actors at their places in the document, under an "Actors" group; shots animate them.
    std::vector<int> actorNodes;
    if (!project.actors.empty()) {
        const int group = addNode(Json{{"name", "Actors"}});
        rootNodes.push_back(group);
        Json children = Json::array();
        const int visor = materials.materialFor("Actor", kVisorColor, kActorRoughness);
        for (const Actor& actor : project.actors) {
            TriangleMesh body;
            TriangleMesh face;
            for (const ProxyPart& part : actorProxyParts(actor))
                appendBox(part.material == ProxyMaterial::Visor ? face : body, part.box);
            const int material = materials.materialFor("Actor", actor.color, kActorRoughness);
            const int mesh = addMesh(actor.name, Json::array({primitiveJson(buffer, body, material),
                                                              primitiveJson(buffer, face, visor)}));
            const int node = addNode(Json{{"name", actor.name},
                                          {"mesh", mesh},
                                          {"rotation", quatJson(continuous(panTiltRoll(actor.facingDeg, 0.0, 0.0), nullptr))},
                                          {"translation", vec3Json(actor.positionM)}});
            actorNodes.push_back(node);
            children.push_back(node);
        }
        nodes[static_cast<std::size_t>(group)]["children"] = std::move(children);
    }

    // One perspective camera, camera node and animation per shot.
    Json cameras = Json::array();
    Json animations = Json::array();
    if (!tracks.empty()) {
        const int group = addNode(Json{{"name", "Cameras"}});
        rootNodes.push_back(group);
        Json children = Json::array();
        for (const CameraTrack& track : tracks) {
            const CameraState& first = track.frames.front().camera;
            const int cameraIndex = static_cast<int>(cameras.size());
            cameras.push_back(Json{{"name", cameraNodeName(track)},
                                   {"type", "perspective"},
                                   {"perspective",
                                    {{"aspectRatio", first.gate.squeeze * first.gate.widthMm / first.gate.heightMm},
                                     {"yfov", gltfYfovRad(first.gate.heightMm, first.focalLengthMm)},
                                     {"znear", kGltfCameraZnearM}}}});

            // Samples, in glTF's float storage.
            const std::size_t count = track.frames.size();
            std::vector<float> times(count);
            std::vector<glm::vec3> positions(count);
            std::vector<glm::quat> rotations(count);
            std::vector<float> yfovs(count);
            std::vector<std::vector<glm::vec3>> actorPositions(actorNodes.size(), std::vector<glm::vec3>(count));
            std::vector<std::vector<glm::quat>> actorRotations(actorNodes.size(), std::vector<glm::quat>(count));
            for (std::size_t j = 0; j < count; ++j) {
                const CameraTrackFrame& frame = track.frames[j];
                times[j] = static_cast<float>(frame.seconds - track.frames.front().seconds);
                positions[j] = glm::vec3(frame.camera.positionM);
                rotations[j] = continuous(panTiltRoll(frame.camera.panDeg, frame.camera.tiltDeg, frame.camera.rollDeg),
                                          j > 0 ? &rotations[j - 1] : nullptr);
                yfovs[j] = static_cast<float>(gltfYfovRad(frame.camera.gate.heightMm, frame.camera.focalLengthMm));
                for (std::size_t a = 0; a < actorNodes.size(); ++a) {
                    actorPositions[a][j] = glm::vec3(frame.actors[a].positionM);
                    actorRotations[a][j] = continuous(panTiltRoll(frame.actors[a].facingDeg, 0.0, 0.0),
                                                      j > 0 ? &actorRotations[a][j - 1] : nullptr);
                }
            }

            const int node = addNode(Json{{"name", cameraNodeName(track)},
                                          {"camera", cameraIndex},
                                          {"rotation", quatJson(rotations.front())},
                                          {"translation", vec3Json(first.positionM)},
                                          {"extras", {{"murnauShotId", track.shotId}, {"murnauCamera", track.cameraName}}}});
            children.push_back(node);

            const int input = buffer.addScalars(times);
            Json samplers = Json::array();
            Json channels = Json::array();
            auto addSampler = [&](int output) {
                samplers.push_back(Json{{"input", input}, {"interpolation", "LINEAR"}, {"output", output}});
                return static_cast<int>(samplers.size()) - 1;
            };
            auto animateNode = [&](int target, const char* path, int output) {
                channels.push_back(Json{{"sampler", addSampler(output)}, {"target", {{"node", target}, {"path", path}}}});
            };
            animateNode(node, "translation", buffer.addVec3s(positions));
            animateNode(node, "rotation", buffer.addQuats(rotations));
            channels.push_back(Json{
                {"sampler", addSampler(buffer.addScalars(yfovs))},
                {"target",
                 {{"path", "pointer"},
                  {"extensions",
                   {{"KHR_animation_pointer", {{"pointer", fmt::format("/cameras/{}/perspective/yfov", cameraIndex)}}}}}}}});
            for (std::size_t a = 0; a < actorNodes.size(); ++a) {
                animateNode(actorNodes[a], "translation", buffer.addVec3s(actorPositions[a]));
                animateNode(actorNodes[a], "rotation", buffer.addQuats(actorRotations[a]));
            }
            animations.push_back(Json{{"name", animationName(track)},
                                      {"channels", std::move(channels)},
                                      {"samplers", std::move(samplers)},
                                      {"extras",
                                       {{"murnauShotId", track.shotId},
                                        {"frameRate", fmt::format("{}/{}", track.frameRate.numerator,
                                                                  track.frameRate.denominator)}}}});
        }
        nodes[static_cast<std::size_t>(group)]["children"] = std::move(children);
    }

    Json document;
    document["asset"] = Json{{"version", "2.0"}, {"generator", fmt::format("{} {}", kProjectName, kVersion)}};
    if (!animations.empty())
        document["extensionsUsed"] = Json::array({"KHR_animation_pointer"});
    document["scene"] = 0;
    document["scenes"] = Json::array({Json{{"name", project.title.empty() ? std::string("Murnau") : project.title},
                                           {"nodes", std::move(rootNodes)}}});
    document["nodes"] = std::move(nodes);
    document["meshes"] = std::move(meshes);
    document["materials"] = materials.json();
    if (!cameras.empty())
        document["cameras"] = std::move(cameras);
    if (!animations.empty())
        document["animations"] = std::move(animations);
    document["accessors"] = buffer.accessors();
    document["bufferViews"] = buffer.bufferViews();
    Json gltfBuffer{{"byteLength", buffer.bytes().size()}};
    if (!bufferUri.empty())
        gltfBuffer["uri"] = uriEncode(bufferUri);
    document["buffers"] = Json::array({std::move(gltfBuffer)});

    GltfAsset asset;
    asset.json = document.dump(1, '\t');
    asset.buffer = buffer.bytes();
    return asset;
}

std::vector<std::uint8_t> packGlb(const GltfAsset& asset)
{
    // JSON chunk padded with spaces, BIN chunk with zeros, each to 4 bytes (spec §4.4.3).
    std::string json = asset.json;
    json.append((4 - json.size() % 4) % 4, ' ');
    const std::size_t binLength = asset.buffer.size() + (4 - asset.buffer.size() % 4) % 4;
    const std::size_t total = 12 + 8 + json.size() + (asset.buffer.empty() ? 0 : 8 + binLength);

    std::vector<std::uint8_t> out;
    out.reserve(total);
    appendLittleEndian(out, kGlbMagic);
    appendLittleEndian(out, kGlbVersion);
    appendLittleEndian(out, static_cast<std::uint32_t>(total));
    appendLittleEndian(out, static_cast<std::uint32_t>(json.size()));
    appendLittleEndian(out, kGlbChunkJson);
    out.insert(out.end(), json.begin(), json.end());
    if (!asset.buffer.empty()) {
        appendLittleEndian(out, static_cast<std::uint32_t>(binLength));
        appendLittleEndian(out, kGlbChunkBin);
        out.insert(out.end(), asset.buffer.begin(), asset.buffer.end());
        out.resize(total, 0);
    }
    return out;
}

Result<bool> exportGltf(const Project& project, std::span<const CameraTrack> tracks, const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension != ".gltf" && extension != ".glb")
        return fail(path.string(), "a glTF file's name must end in .gltf or .glb");

    if (extension == ".glb") {
        Result<GltfAsset> asset = buildGltf(project, tracks, {});
        if (!asset)
            return asset.error();
        // The GLB header counts bytes in 32 bits (spec §4.4.2).
        if (asset->json.size() + asset->buffer.size() + 40 > std::numeric_limits<std::uint32_t>::max())
            return fail(path.string(), "the scene is too large for a GLB file (over 4 GiB): export .gltf instead");
        return writeExportFile(path, std::span<const std::uint8_t>(packGlb(*asset)));
    }

    std::filesystem::path binPath = path;
    binPath.replace_extension(".bin");
    Result<GltfAsset> asset = buildGltf(project, tracks, binPath.filename().string());
    if (!asset)
        return asset.error();
    if (Result<bool> written = writeExportFile(binPath, std::span<const std::uint8_t>(asset->buffer)); !written)
        return written.error();
    return writeExportFile(path, asset->json);
}

} // namespace murnau
