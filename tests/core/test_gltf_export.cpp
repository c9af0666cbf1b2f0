// glTF 2.0 export: the demo project exported, then read back the way a glTF reader does (the
// JSON with nlohmann, the binary buffer through accessors and bufferViews, spec §3.6), and
// compared with an independent evaluation of every shot (ShotEvaluator::sampleAt at each
// frame's start): positions within 1 mm, pan/tilt/roll recovered from the quaternion within
// 0.01°, the focal length recovered from yfov (f = h / (2 tan(yfov / 2))) within 0.01 mm.
// Geometry is checked by exact volumes (divergence theorem over the exported triangles against
// the solid's formula), materials against the published sRGB decoding, the GLB container
// against the spec's byte layout.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <numbers>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/export/camera_track.h"
#include "core/export/export_shots.h"
#include "core/export/gltf_export.h"
#include "core/scene/project_json.h"
#include "core/scene/shot_evaluator.h"

using namespace murnau;
using nlohmann::json;

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kPositionToleranceM = 0.001;   // 1 mm
constexpr double kAngleToleranceDeg = 0.01;
constexpr double kFocalToleranceMm = 0.01;

double degrees(double radians) { return radians * 180.0 / kPi; }

// Difference of two angles in degrees, wrapped to [-180, 180).
double angleDifferenceDeg(double a, double b)
{
    return std::remainder(a - b, 360.0);
}

struct Demo {
    Project project;
    std::vector<ExportShot> shots;
    std::vector<CameraTrack> tracks;
};

const Demo& demo()
{
    static const Demo loaded = [] {
        Demo d;
        Result<Project> project = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
        EXPECT_TRUE(project.ok()) << (project ? "" : project.error().describe());
        d.project = std::move(project).value();
        Result<std::vector<ExportShot>> shots = selectExportShots(d.project);
        EXPECT_TRUE(shots.ok());
        d.shots = std::move(shots).value();
        Result<std::vector<CameraTrack>> tracks = sampleCameraTracks(d.project, d.shots);
        EXPECT_TRUE(tracks.ok());
        d.tracks = std::move(tracks).value();
        return d;
    }();
    return loaded;
}

// A parsed asset with accessor reading.
struct ParsedGltf {
    json doc;
    std::vector<std::uint8_t> buffer;

    // The floats of a FLOAT accessor, checking the bufferView and its alignment.
    [[nodiscard]] std::vector<float> floats(int accessorIndex) const
    {
        const json& accessor = doc["accessors"][accessorIndex];
        EXPECT_EQ(accessor["componentType"], 5126);
        const json& view = doc["bufferViews"][accessor["bufferView"].get<int>()];
        const std::size_t offset = view["byteOffset"].get<std::size_t>() + accessor.value("byteOffset", 0U);
        EXPECT_EQ(offset % 4, 0U) << "accessor " << accessorIndex << " is not 4-byte aligned";
        const std::string type = accessor["type"];
        const std::size_t components = type == "SCALAR" ? 1 : type == "VEC3" ? 3 : type == "VEC4" ? 4 : 0;
        const std::size_t count = accessor["count"].get<std::size_t>() * components;
        EXPECT_LE(count * 4, view["byteLength"].get<std::size_t>());
        EXPECT_LE(offset + count * 4, buffer.size());
        std::vector<float> values(count);
        std::memcpy(values.data(), buffer.data() + offset, count * 4);
        return values;
    }
    [[nodiscard]] std::vector<std::uint32_t> indices(int accessorIndex) const
    {
        const json& accessor = doc["accessors"][accessorIndex];
        EXPECT_EQ(accessor["componentType"], 5125);
        const json& view = doc["bufferViews"][accessor["bufferView"].get<int>()];
        EXPECT_EQ(view["target"], 34963);
        const std::size_t offset = view["byteOffset"].get<std::size_t>();
        std::vector<std::uint32_t> values(accessor["count"].get<std::size_t>());
        std::memcpy(values.data(), buffer.data() + offset, values.size() * 4);
        return values;
    }
    [[nodiscard]] int nodeNamed(const std::string& name) const
    {
        for (std::size_t i = 0; i < doc["nodes"].size(); ++i)
            if (doc["nodes"][i].value("name", "") == name)
                return static_cast<int>(i);
        return -1;
    }
};

ParsedGltf parse(const GltfAsset& asset)
{
    return ParsedGltf{json::parse(asset.json), asset.buffer};
}

const ParsedGltf& demoGltf()
{
    static const ParsedGltf parsed = [] {
        const Result<GltfAsset> asset = buildGltf(demo().project, demo().tracks, "demo.bin");
        EXPECT_TRUE(asset.ok()) << (asset ? "" : asset.error().describe());
        return parse(*asset);
    }();
    return parsed;
}

// Camera angles from a unit quaternion (x, y, z, w) for R = Ry(pan) Rx(tilt) Rz(roll)
// (camera_state.h). With the matrix's third column c = R e_z = (sin p cos t, -sin t, cos p cos t)
// and its second row (sin r cos t, cos r cos t, .): tilt = asin(-c_y), pan = atan2(c_x, c_z),
// roll = atan2(R_10, R_11).
struct Angles {
    double panDeg, tiltDeg, rollDeg;
};
Angles anglesOf(double x, double y, double z, double w)
{
    // Rotation matrix of a unit quaternion (standard formula), row-major R[row][col].
    const double r02 = 2 * (x * z + w * y);
    const double r12 = 2 * (y * z - w * x);
    const double r22 = 1 - 2 * (x * x + y * y);
    const double r10 = 2 * (x * y + w * z);
    const double r11 = 1 - 2 * (x * x + z * z);
    return Angles{degrees(std::atan2(r02, r22)), degrees(std::asin(std::clamp(-r12, -1.0, 1.0))),
                  degrees(std::atan2(r10, r11))};
}

// Signed volume enclosed by a triangle mesh (divergence theorem: sum of a . (b x c) / 6); positive
// when every triangle is counter-clockwise seen from outside.
double enclosedVolume(const std::vector<float>& positions, const std::vector<std::uint32_t>& indices)
{
    double volume = 0.0;
    auto point = [&](std::uint32_t i) {
        return glm::dvec3(positions[3 * i], positions[3 * i + 1], positions[3 * i + 2]);
    };
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::dvec3 a = point(indices[t]);
        const glm::dvec3 b = point(indices[t + 1]);
        const glm::dvec3 c = point(indices[t + 2]);
        volume += glm::dot(a, glm::cross(b, c)) / 6.0;
    }
    return volume;
}

// The volume the piece's solid must have, from its document fields alone.
double expectedVolume(const SetPiece& piece)
{
    const glm::dvec3 s = piece.sizeM;
    switch (piece.shape) {
    case SetPieceShape::Box:
    case SetPieceShape::Model:
        return s.x * s.y * s.z;
    case SetPieceShape::Wall: {
        double volume = s.x * s.y * s.z;
        for (const WallOpening& opening : piece.openings)   // the demo's openings lie inside their walls, apart
            volume -= opening.widthM * opening.heightM * s.z;
        return volume;
    }
    case SetPieceShape::Stairs: {
        // Step k (1..n) is k rises high and one tread deep: w * (H/n) * (R/n) * n(n+1)/2.
        const double n = piece.stepCount;
        return s.x * s.y * s.z * (n + 1) / (2 * n);
    }
    case SetPieceShape::Cylinder: {
        // A regular n-gon prism inscribed in the circle, n the fewest sides whose chords stay within
        // 1 cm of it: r (1 - cos(pi/n)) <= 0.01; area n/2 r^2 sin(2 pi / n).
        const double r = s.x / 2;
        int n = 3;
        while (r * (1 - std::cos(kPi / n)) > 0.01)
            ++n;
        return n / 2.0 * r * r * std::sin(2 * kPi / n) * s.y;
    }
    }
    return 0.0;
}

std::uint32_t readU32(const std::vector<std::uint8_t>& bytes, std::size_t at)
{
    return static_cast<std::uint32_t>(bytes[at]) | static_cast<std::uint32_t>(bytes[at + 1]) << 8 |
           static_cast<std::uint32_t>(bytes[at + 2]) << 16 | static_cast<std::uint32_t>(bytes[at + 3]) << 24;
}

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST(GltfExport, DemoHasOneCameraNodeAndAnimationPerShotAndOneMeshNodePerPieceAndActor)
{
    const ParsedGltf& gltf = demoGltf();
    const Demo& d = demo();
    ASSERT_EQ(d.tracks.size(), 6U);   // the demo's six shots
    EXPECT_EQ(gltf.doc["asset"]["version"], "2.0");
    EXPECT_EQ(gltf.doc["asset"]["generator"].get<std::string>().rfind("Murnau ", 0), 0U);
    EXPECT_EQ(gltf.doc["cameras"].size(), d.tracks.size());
    EXPECT_EQ(gltf.doc["animations"].size(), d.tracks.size());
    EXPECT_EQ(gltf.doc["extensionsUsed"], json::array({"KHR_animation_pointer"}));
    EXPECT_FALSE(gltf.doc.contains("extensionsRequired"));

    std::size_t cameraNodes = 0;
    std::size_t meshNodes = 0;
    for (const json& node : gltf.doc["nodes"]) {
        cameraNodes += node.contains("camera") ? 1 : 0;
        meshNodes += node.contains("mesh") ? 1 : 0;
    }
    EXPECT_EQ(cameraNodes, d.tracks.size());
    // Every piece, every actor, and the floor.
    EXPECT_EQ(meshNodes, d.project.set.pieces.size() + d.project.actors.size() + 1);
    for (const SetPiece& piece : d.project.set.pieces)
        EXPECT_GE(gltf.nodeNamed(piece.name), 0) << piece.name;
    for (const Actor& actor : d.project.actors)
        EXPECT_GE(gltf.nodeNamed(actor.name), 0) << actor.name;
    EXPECT_EQ(gltf.doc["buffers"][0]["uri"], "demo.bin");
    EXPECT_EQ(gltf.doc["buffers"][0]["byteLength"], gltf.buffer.size());
}

TEST(GltfExport, EveryShotsCameraAndActorsMatchTheShotEvaluatorOnEveryFrame)
{
    const ParsedGltf& gltf = demoGltf();
    const Demo& d = demo();
    for (std::size_t s = 0; s < d.shots.size(); ++s) {
        const ExportShot& shot = d.shots[s];
        const std::string name = "Camera sc" + shot.scene->number + " sh" + shot.shot->number;
        SCOPED_TRACE(name);
        const int cameraNode = gltf.nodeNamed(name);
        ASSERT_GE(cameraNode, 0);
        const int cameraIndex = gltf.doc["nodes"][cameraNode]["camera"];
        const json& animation = gltf.doc["animations"][s];
        EXPECT_EQ(animation["name"].get<std::string>().rfind("sc" + shot.scene->number + " sh" + shot.shot->number, 0), 0U);

        // The channels: camera translation, rotation, yfov (pointer), each actor's translation and rotation.
        int translation = -1, rotation = -1, yfov = -1;
        std::vector<int> actorTranslation(d.project.actors.size(), -1), actorRotation(d.project.actors.size(), -1);
        for (const json& channel : animation["channels"]) {
            const json& target = channel["target"];
            const json& sampler = animation["samplers"][channel["sampler"].get<int>()];
            EXPECT_EQ(sampler["interpolation"], "LINEAR");
            const int output = sampler["output"];
            if (target["path"] == "pointer") {
                EXPECT_FALSE(target.contains("node"));
                EXPECT_EQ(target["extensions"]["KHR_animation_pointer"]["pointer"],
                          "/cameras/" + std::to_string(cameraIndex) + "/perspective/yfov");
                yfov = output;
                continue;
            }
            const int node = target["node"];
            const bool isTranslation = target["path"] == "translation";
            if (node == cameraNode)
                (isTranslation ? translation : rotation) = output;
            for (std::size_t a = 0; a < d.project.actors.size(); ++a)
                if (node == gltf.nodeNamed(d.project.actors[a].name))
                    (isTranslation ? actorTranslation[a] : actorRotation[a]) = output;
        }
        ASSERT_GE(translation, 0);
        ASSERT_GE(rotation, 0);
        ASSERT_GE(yfov, 0);

        const std::vector<float> times = gltf.floats(animation["samplers"][0]["input"]);
        const std::vector<float> positions = gltf.floats(translation);
        const std::vector<float> rotations = gltf.floats(rotation);
        const std::vector<float> yfovs = gltf.floats(yfov);

        const Result<ShotEvaluator> evaluator =
            ShotEvaluator::create(d.project, *shot.scene, *shot.shot, shot.shotField, shot.sceneField);
        ASSERT_TRUE(evaluator.ok());
        const std::int64_t frames = evaluator->frameCount();
        ASSERT_EQ(times.size(), static_cast<std::size_t>(frames));
        const double fps = evaluator->frameRate().fps();
        for (std::int64_t k = 0; k < frames; ++k) {
            const auto i = static_cast<std::size_t>(k);
            const ShotSample sample = evaluator->sampleAt(k * evaluator->frameRate().flicksPerFrame());
            const CameraState& camera = sample.camera;
            EXPECT_NEAR(times[i], static_cast<double>(k) / fps, 1e-5) << "frame " << k;
            EXPECT_NEAR(positions[3 * i], camera.positionM.x, kPositionToleranceM) << "frame " << k;
            EXPECT_NEAR(positions[3 * i + 1], camera.positionM.y, kPositionToleranceM) << "frame " << k;
            EXPECT_NEAR(positions[3 * i + 2], camera.positionM.z, kPositionToleranceM) << "frame " << k;
            const Angles angles = anglesOf(rotations[4 * i], rotations[4 * i + 1], rotations[4 * i + 2], rotations[4 * i + 3]);
            EXPECT_NEAR(angleDifferenceDeg(angles.panDeg, camera.panDeg), 0.0, kAngleToleranceDeg) << "frame " << k;
            EXPECT_NEAR(angles.tiltDeg, camera.tiltDeg, kAngleToleranceDeg) << "frame " << k;
            EXPECT_NEAR(angleDifferenceDeg(angles.rollDeg, camera.rollDeg), 0.0, kAngleToleranceDeg) << "frame " << k;
            const double focalMm = camera.gate.heightMm / (2 * std::tan(yfovs[i] / 2.0));
            EXPECT_NEAR(focalMm, camera.focalLengthMm, kFocalToleranceMm) << "frame " << k;
            if (k > 0) {   // neighbouring quaternions in one hemisphere, so slerp goes the short way
                double dot = 0.0;
                for (std::size_t c = 0; c < 4; ++c)
                    dot += rotations[4 * i + c] * rotations[4 * (i - 1) + c];
                EXPECT_GT(dot, 0.0) << "frame " << k;
            }
            for (std::size_t a = 0; a < d.project.actors.size(); ++a) {
                ASSERT_GE(actorTranslation[a], 0);
                ASSERT_GE(actorRotation[a], 0);
                const std::vector<float> at = gltf.floats(actorTranslation[a]);
                const std::vector<float> ar = gltf.floats(actorRotation[a]);
                const ActorPose& pose = sample.actors[a].pose;
                EXPECT_NEAR(at[3 * i], pose.positionM.x, kPositionToleranceM);
                EXPECT_NEAR(at[3 * i + 1], pose.positionM.y, kPositionToleranceM);
                EXPECT_NEAR(at[3 * i + 2], pose.positionM.z, kPositionToleranceM);
                const Angles facing = anglesOf(ar[4 * i], ar[4 * i + 1], ar[4 * i + 2], ar[4 * i + 3]);
                EXPECT_NEAR(angleDifferenceDeg(facing.panDeg, pose.facingDeg), 0.0, kAngleToleranceDeg);
                EXPECT_NEAR(facing.tiltDeg, 0.0, kAngleToleranceDeg);
            }
        }

        // The camera's own yfov and aspect are frame 0's: 2 atan(h / 2f) and w / h of the used gate.
        const CameraState first = evaluator->sampleAt(0).camera;
        const json& perspective = gltf.doc["cameras"][cameraIndex]["perspective"];
        EXPECT_NEAR(perspective["yfov"].get<double>(), 2 * std::atan(first.gate.heightMm / (2 * first.focalLengthMm)), 1e-12);
        EXPECT_NEAR(perspective["aspectRatio"].get<double>(), first.gate.squeeze * first.gate.widthMm / first.gate.heightMm, 1e-12);
        EXPECT_EQ(perspective["znear"], 0.05);
        EXPECT_FALSE(perspective.contains("zfar"));
    }
}

TEST(GltfExport, AccessorBoundsAreTheStoredExtremes)
{
    // POSITION and animation inputs must carry min/max equal to the data (spec §3.6.2.5).
    const ParsedGltf& gltf = demoGltf();
    for (std::size_t i = 0; i < gltf.doc["accessors"].size(); ++i) {
        const json& accessor = gltf.doc["accessors"][i];
        if (accessor["componentType"] != 5126)
            continue;
        const std::vector<float> values = gltf.floats(static_cast<int>(i));
        const std::size_t n = accessor["min"].size();
        ASSERT_EQ(accessor["max"].size(), n);
        for (std::size_t c = 0; c < n; ++c) {
            float lo = values[c], hi = values[c];
            for (std::size_t j = c; j < values.size(); j += n) {
                lo = std::min(lo, values[j]);
                hi = std::max(hi, values[j]);
            }
            EXPECT_EQ(static_cast<float>(accessor["min"][c].get<double>()), lo) << "accessor " << i;
            EXPECT_EQ(static_cast<float>(accessor["max"][c].get<double>()), hi) << "accessor " << i;
        }
    }
    for (const json& view : gltf.doc["bufferViews"])
        EXPECT_EQ(view["byteOffset"].get<std::size_t>() % 4, 0U);
}

TEST(GltfExport, SetPieceMeshesEncloseTheVolumeOfTheirShapeWithOutwardFaces)
{
    const ParsedGltf& gltf = demoGltf();
    const Demo& d = demo();
    int walls = 0, stairs = 0, cylinders = 0, models = 0;
    for (const SetPiece& piece : d.project.set.pieces) {
        SCOPED_TRACE(piece.name);
        const json& node = gltf.doc["nodes"][gltf.nodeNamed(piece.name)];
        const json& primitive = gltf.doc["meshes"][node["mesh"].get<int>()]["primitives"][0];
        const std::vector<float> positions = gltf.floats(primitive["attributes"]["POSITION"]);
        const std::vector<float> normals = gltf.floats(primitive["attributes"]["NORMAL"]);
        ASSERT_EQ(normals.size(), positions.size());
        const double expected = expectedVolume(piece);
        EXPECT_NEAR(enclosedVolume(positions, gltf.indices(primitive["indices"])), expected, 1e-5 * expected + 1e-9);
        walls += piece.shape == SetPieceShape::Wall;
        stairs += piece.shape == SetPieceShape::Stairs;
        cylinders += piece.shape == SetPieceShape::Cylinder;
        models += piece.shape == SetPieceShape::Model;

        // Placed at the base centre, turned by yaw about +Y: q = (0, sin(yaw/2), 0, cos(yaw/2)).
        EXPECT_NEAR(node["translation"][0].get<double>(), piece.positionM.x, 1e-12);
        EXPECT_NEAR(node["translation"][2].get<double>(), piece.positionM.z, 1e-12);
        const double half = piece.yawDeg * kPi / 360.0;
        EXPECT_NEAR(std::abs(node["rotation"][1].get<double>()), std::abs(std::sin(half)), 1e-6);
        EXPECT_NEAR(std::abs(node["rotation"][3].get<double>()), std::abs(std::cos(half)), 1e-6);
    }
    EXPECT_GT(walls, 0);   // the demo covers every kind the formulas cover
    EXPECT_GT(stairs, 0);
    EXPECT_GT(cylinders, 0);
    EXPECT_GT(models, 0);
}

TEST(GltfExport, ActorProxiesStandFromTheFloorToTheirStature)
{
    const ParsedGltf& gltf = demoGltf();
    for (const Actor& actor : demo().project.actors) {
        const json& mesh = gltf.doc["meshes"][gltf.doc["nodes"][gltf.nodeNamed(actor.name)]["mesh"].get<int>()];
        double lowest = 1e9, highest = -1e9;
        for (const json& primitive : mesh["primitives"]) {
            const json& position = gltf.doc["accessors"][primitive["attributes"]["POSITION"].get<int>()];
            lowest = std::min(lowest, position["min"][1].get<double>());
            highest = std::max(highest, position["max"][1].get<double>());
        }
        EXPECT_NEAR(lowest, 0.0, 1e-6) << actor.name;
        EXPECT_NEAR(highest, actor.heightM, 1e-6) << actor.name;   // crown at 1.000 of stature
    }
}

TEST(GltfExport, MaterialColoursAreLinearisedSrgb)
{
    // IEC 61966-2-1: 0 -> 0, 255 -> 1, 10/255 -> 10/255/12.92 (linear segment), 128/255 -> 0.2158605.
    EXPECT_EQ(srgbToLinear(0), 0.0);
    EXPECT_NEAR(srgbToLinear(255), 1.0, 1e-12);
    EXPECT_NEAR(srgbToLinear(10), 10.0 / 255.0 / 12.92, 1e-12);
    EXPECT_NEAR(srgbToLinear(128), 0.2158605, 1e-7);

    // Anna's #e5484d: every actor material carries its colour so decoded.
    const ParsedGltf& gltf = demoGltf();
    const json& mesh = gltf.doc["meshes"][gltf.doc["nodes"][gltf.nodeNamed("Anna")]["mesh"].get<int>()];
    const json& factor =
        gltf.doc["materials"][mesh["primitives"][0]["material"].get<int>()]["pbrMetallicRoughness"]["baseColorFactor"];
    EXPECT_NEAR(factor[0].get<double>(), std::pow((0xe5 / 255.0 + 0.055) / 1.055, 2.4), 1e-12);
    EXPECT_NEAR(factor[1].get<double>(), std::pow((0x48 / 255.0 + 0.055) / 1.055, 2.4), 1e-12);
    EXPECT_NEAR(factor[2].get<double>(), std::pow((0x4d / 255.0 + 0.055) / 1.055, 2.4), 1e-12);
    EXPECT_EQ(factor[3], 1.0);
}

TEST(GltfExport, GlbHasTheSpecsHeaderAndPaddedChunks)
{
    // Spec §4.4: header magic 0x46546C67, version 2, total length; JSON chunk (0x4E4F534A) padded
    // with spaces to 4 bytes; BIN chunk (0x004E4942) padded with zeros.
    const Result<GltfAsset> asset = buildGltf(demo().project, demo().tracks, {});
    ASSERT_TRUE(asset.ok());
    EXPECT_FALSE(json::parse(asset->json)["buffers"][0].contains("uri"));
    const std::vector<std::uint8_t> glb = packGlb(*asset);
    ASSERT_GE(glb.size(), 28U);
    EXPECT_EQ(readU32(glb, 0), 0x46546C67U);
    EXPECT_EQ(std::string(glb.begin(), glb.begin() + 4), "glTF");
    EXPECT_EQ(readU32(glb, 4), 2U);
    EXPECT_EQ(readU32(glb, 8), glb.size());
    const std::uint32_t jsonLength = readU32(glb, 12);
    EXPECT_EQ(readU32(glb, 16), 0x4E4F534AU);
    EXPECT_EQ(jsonLength % 4, 0U);
    EXPECT_EQ(jsonLength, (asset->json.size() + 3) / 4 * 4);
    const std::string chunk(glb.begin() + 20, glb.begin() + 20 + jsonLength);
    EXPECT_EQ(chunk.substr(0, asset->json.size()), asset->json);
    EXPECT_EQ(chunk.find_first_not_of(' ', asset->json.size()), std::string::npos);
    const std::size_t bin = 20 + jsonLength;
    const std::uint32_t binLength = readU32(glb, bin);
    EXPECT_EQ(readU32(glb, bin + 4), 0x004E4942U);
    EXPECT_EQ(binLength % 4, 0U);
    EXPECT_EQ(binLength, (asset->buffer.size() + 3) / 4 * 4);
    EXPECT_EQ(bin + 8 + binLength, glb.size());
    EXPECT_TRUE(std::equal(asset->buffer.begin(), asset->buffer.end(), glb.begin() + static_cast<long>(bin + 8)));
    for (std::size_t i = bin + 8 + asset->buffer.size(); i < glb.size(); ++i)
        EXPECT_EQ(glb[i], 0);
}

TEST(GltfExport, WritesGltfWithItsBinBesideItAndGlbAsOneFile)
{
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / "murnau_test_gltf_export";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    const Demo& d = demo();

    ASSERT_TRUE(exportGltf(d.project, d.tracks, folder / "my shots.gltf").ok());
    const json doc = json::parse(std::ifstream(folder / "my shots.gltf"));
    EXPECT_EQ(doc["buffers"][0]["uri"], "my%20shots.bin");   // a URI: the space percent-encoded
    EXPECT_EQ(doc["buffers"][0]["byteLength"], std::filesystem::file_size(folder / "my shots.bin"));

    ASSERT_TRUE(exportGltf(d.project, d.tracks, folder / "shots.GLB").ok());
    const std::vector<std::uint8_t> glb = readBytes(folder / "shots.GLB");
    ASSERT_GE(glb.size(), 12U);
    EXPECT_EQ(readU32(glb, 0), 0x46546C67U);
    EXPECT_EQ(readU32(glb, 8), glb.size());
    EXPECT_FALSE(std::filesystem::exists(folder / "shots.bin"));

    const Result<bool> wrong = exportGltf(d.project, d.tracks, folder / "shots.obj");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().field, (folder / "shots.obj").string());
    std::filesystem::remove_all(folder);
}

TEST(GltfExport, BadInputIsRefusedNamingTheField)
{
    const Demo& d = demo();
    {
        Project project = d.project;
        project.actors[1].heightM = 0.0;
        const Result<GltfAsset> asset = buildGltf(project, d.tracks, "x.bin");
        ASSERT_FALSE(asset.ok());
        EXPECT_EQ(asset.error().field, "actors[1].heightM");
    }
    {
        std::vector<CameraTrack> tracks = d.tracks;
        tracks[2].frames[3].camera.focalLengthMm = -35.0;
        const Result<GltfAsset> asset = buildGltf(d.project, tracks, "x.bin");
        ASSERT_FALSE(asset.ok());
        EXPECT_EQ(asset.error().field, "tracks[2].frames[3].camera.focalLengthMm");
    }
    {
        std::vector<CameraTrack> tracks = d.tracks;
        tracks[0].frames[1].actors.pop_back();
        const Result<GltfAsset> asset = buildGltf(d.project, tracks, "x.bin");
        ASSERT_FALSE(asset.ok());
        EXPECT_EQ(asset.error().field, "tracks[0].frames[1].actors");
    }
    {
        Project project = d.project;
        project.set.pieces[0].sizeM.y = std::nan("");
        const Result<GltfAsset> asset = buildGltf(project, d.tracks, "x.bin");
        ASSERT_FALSE(asset.ok());
        EXPECT_EQ(asset.error().field.rfind("set.pieces[0]", 0), 0U) << asset.error().describe();
    }
}

TEST(GltfExport, AModelWithoutACollisionBoxIsAPlaceholderCube)
{
    Project project;
    SetPiece model;
    model.name = "Prop";
    model.shape = SetPieceShape::Model;
    model.sizeM = glm::dvec3(0.0);
    model.modelPath = "models/prop.glb";
    project.set.pieces.push_back(model);
    const Result<GltfAsset> asset = buildGltf(project, {}, "x.bin");
    ASSERT_TRUE(asset.ok()) << asset.error().describe();
    const ParsedGltf gltf = parse(*asset);
    const int node = gltf.nodeNamed("Prop (placeholder)");
    ASSERT_GE(node, 0);
    const json& primitive = gltf.doc["meshes"][gltf.doc["nodes"][node]["mesh"].get<int>()]["primitives"][0];
    const json& position = gltf.doc["accessors"][primitive["attributes"]["POSITION"].get<int>()];
    EXPECT_EQ(position["min"], json::array({-0.25, 0.0, -0.25}));
    EXPECT_EQ(position["max"], json::array({0.25, 0.5, 0.25}));
    EXPECT_FALSE(gltf.doc.contains("animations"));   // no shots: nothing animated, no extension
    EXPECT_FALSE(gltf.doc.contains("extensionsUsed"));
}

TEST(GltfExport, RollTiltAndPanComposeAsCameraStateSaysAndCrossingPan180TakesTheShortWay)
{
    // A hand-made two-frame shot at 25 fps: frame 0 pan 30, tilt 20, roll 10 on a 24 mm lens;
    // frame 1 pan 179 -> see frame 2 pan -179 (2 degrees apart across the +-180 seam), 48 mm.
    CameraTrack track;
    track.sceneNumber = "9";
    track.shotNumber = "1";
    track.frameRate = FrameRate{25, 1};
    const double pans[] = {30.0, 179.0, -179.0};
    const double focals[] = {24.0, 36.0, 48.0};
    for (int k = 0; k < 3; ++k) {
        CameraTrackFrame frame;
        frame.frame = k;
        frame.seconds = k / 25.0;
        frame.camera.positionM = glm::dvec3(1.0, 2.0, 3.0 + k);
        frame.camera.panDeg = pans[k];
        frame.camera.tiltDeg = k == 0 ? 20.0 : 0.0;
        frame.camera.rollDeg = k == 0 ? 10.0 : 0.0;
        frame.camera.focalLengthMm = focals[k];
        frame.camera.gate = Gate{24.89, 18.66, 1.0};
        track.frames.push_back(frame);
    }
    const Result<GltfAsset> asset = buildGltf(Project{}, std::span<const CameraTrack>(&track, 1), "x.bin");
    ASSERT_TRUE(asset.ok()) << asset.error().describe();
    const ParsedGltf gltf = parse(*asset);
    const json& animation = gltf.doc["animations"][0];
    EXPECT_EQ(animation["name"], "sc9 sh1");
    std::vector<float> rotations, yfovs, times;
    for (const json& channel : animation["channels"]) {
        const json& sampler = animation["samplers"][channel["sampler"].get<int>()];
        times = gltf.floats(sampler["input"]);
        if (channel["target"]["path"] == "rotation")
            rotations = gltf.floats(sampler["output"]);
        if (channel["target"]["path"] == "pointer")
            yfovs = gltf.floats(sampler["output"]);
    }
    ASSERT_EQ(rotations.size(), 12U);
    ASSERT_EQ(yfovs.size(), 3U);
    EXPECT_EQ(times, (std::vector<float>{0.0F, 0.04F, 0.08F}));

    // R e_z = (sin p cos t, -sin t, cos p cos t) and the second row's (sin r cos t, cos r cos t).
    const Angles first = anglesOf(rotations[0], rotations[1], rotations[2], rotations[3]);
    EXPECT_NEAR(first.panDeg, 30.0, 1e-4);
    EXPECT_NEAR(first.tiltDeg, 20.0, 1e-4);
    EXPECT_NEAR(first.rollDeg, 10.0, 1e-4);
    // Pan alone about +Y: q = ±(0, sin(p/2), 0, cos(p/2)); the sign keeps neighbours within 90°.
    EXPECT_NEAR(std::abs(rotations[5]), std::sin(179.0 * kPi / 360.0), 1e-6);
    double dot = 0.0;
    for (std::size_t c = 0; c < 4; ++c)
        dot += rotations[4 + c] * rotations[8 + c];
    EXPECT_NEAR(dot, std::cos(1.0 * kPi / 180.0), 1e-6);   // half of the 2 degrees between them, positive
    // Focal length as yfov = 2 atan(18.66 / 2f).
    for (int k = 0; k < 3; ++k)
        EXPECT_NEAR(yfovs[static_cast<std::size_t>(k)], 2 * std::atan(18.66 / (2 * focals[k])), 1e-7);
}
