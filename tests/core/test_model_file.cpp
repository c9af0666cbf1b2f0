// The model-file reader (core/scene/model_file.h): glTF JSON, GLB and OBJ files built here byte
// by byte, with their expected boxes worked out by hand in each test, and the demo's models,
// whose sizes follow from the boxes and wheels assets/demo/make_models.py builds them from.

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/scene/model_file.h"

namespace murnau {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A little-endian 32-bit word appended to `out`.
void putU32(std::string& out, std::uint32_t v)
{
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
    out += static_cast<char>((v >> 16) & 0xFF);
    out += static_cast<char>((v >> 24) & 0xFF);
}

// A GLB (glTF 2.0 section 4.4): "glTF", version, total length; a JSON chunk padded with spaces;
// a BIN chunk padded with zeros when `bin` is not empty.
std::string makeGlb(const std::string& jsonText, const std::string& bin, std::uint32_t version = 2)
{
    std::string jsonChunk = jsonText;
    while (jsonChunk.size() % 4 != 0)
        jsonChunk += ' ';
    std::string binChunk = bin;
    while (binChunk.size() % 4 != 0)
        binChunk += '\0';
    std::string out = "glTF";
    putU32(out, version);
    const std::size_t length = 12 + 8 + jsonChunk.size() + (bin.empty() ? 0 : 8 + binChunk.size());
    putU32(out, static_cast<std::uint32_t>(length));
    putU32(out, static_cast<std::uint32_t>(jsonChunk.size()));
    out += "JSON";
    out += jsonChunk;
    if (!bin.empty()) {
        putU32(out, static_cast<std::uint32_t>(binChunk.size()));
        out += std::string("BIN\0", 4);
        out += binChunk;
    }
    return out;
}

// A glTF document with one mesh of one primitive whose POSITION accessor spans `lo`..`hi`
// (36 bytes: 3 float VEC3s), drawn by one node, in a buffer of `bufferUri` (none: GLB's BIN).
json oneBoxDocument(std::vector<double> lo, std::vector<double> hi, const std::string& bufferUri = "")
{
    json buffer{{"byteLength", 36}};
    if (!bufferUri.empty())
        buffer["uri"] = bufferUri;
    return json{
        {"asset", {{"version", "2.0"}}},
        {"scene", 0},
        {"scenes", {{{"nodes", {0}}}}},
        {"nodes", {{{"mesh", 0}}}},
        {"meshes", {{{"primitives", {{{"attributes", {{"POSITION", 0}}}}}}}}},
        {"accessors", {{{"bufferView", 0}, {"componentType", 5126}, {"count", 3}, {"type", "VEC3"}, {"min", lo}, {"max", hi}}}},
        {"bufferViews", {{{"buffer", 0}, {"byteLength", 36}}}},
        {"buffers", {buffer}},
    };
}

// 36 bytes in base64 (48 characters, no padding).
const std::string kDataUri36 = "data:application/octet-stream;base64," + std::string(48, 'A');

Result<ModelFacts> parseGltf(const json& document)
{
    return parseModel(document.dump(), ModelFormat::Gltf);
}

// Expects `result` refused with a message that names `field` and contains `words`.
void expectRefused(const Result<ModelFacts>& result, const std::string& field, const std::string& words)
{
    ASSERT_FALSE(result.ok()) << "accepted; expected an error at " << field;
    EXPECT_EQ(result.error().field, field) << result.error().describe();
    EXPECT_NE(result.error().message.find(words), std::string::npos)
        << "message: " << result.error().message << "\nexpected to contain: " << words;
}

void expectBox(const ModelFacts& facts, glm::dvec3 lo, glm::dvec3 hi, double tolerance = 1e-12)
{
    for (int k = 0; k < 3; ++k) {
        EXPECT_NEAR(facts.minimum[k], lo[k], tolerance) << "min axis " << k;
        EXPECT_NEAR(facts.maximum[k], hi[k], tolerance) << "max axis " << k;
    }
}

// A temporary project folder with a models/ folder, removed afterwards.
class ProjectFolder : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_root = fs::temp_directory_path() / ("murnau_model_file_" + std::to_string(::getpid()) + "_"
                                              + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_root);
        fs::create_directories(project() / "models");
        fs::create_directories(m_root / "outside");
    }
    void TearDown() override { fs::remove_all(m_root); }

    fs::path project() const { return m_root / "project"; }
    fs::path models() const { return project() / "models"; }
    fs::path outside() const { return m_root / "outside"; }

    static void write(const fs::path& file, const std::string& bytes)
    {
        std::ofstream out(file, std::ios::binary);
        out << bytes;
    }

private:
    fs::path m_root;
};

// ---------------------------------------------------------------------------------------------
// glTF structure and bounds.

TEST(ModelFile, ANodeTreeIsBoundedThroughEveryTransformDownTheHierarchy)
{
    // Primitive box [0,1] x [0,2] x [0,3]. Child node: scale 2, then a 90 degree turn about +Y
    // (quaternion [0, sin 45, 0, cos 45]); its parent moves it 10 along x.
    //   scaled: [0,2] x [0,4] x [0,6]; turned (x, y, z) -> (z, y, -x): x [0,6], z [-2,0];
    //   moved: x [10,16], y [0,4], z [-2,0].
    json document = oneBoxDocument({0, 0, 0}, {1, 2, 3}, kDataUri36);
    const double h = std::sqrt(0.5);
    document["nodes"] = {{{"translation", {10, 0, 0}}, {"children", {1}}},
                         {{"mesh", 0}, {"rotation", {0, h, 0, h}}, {"scale", {2, 2, 2}}}};
    const Result<ModelFacts> facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {10, 0, -2}, {16, 4, 0}, 1e-12);
    EXPECT_EQ(facts->nodeCount, 2u);
    EXPECT_EQ(facts->meshCount, 1u);
    EXPECT_EQ(facts->vertexCount, 3u);
    EXPECT_EQ(facts->faceCount, 1u);   // 3 vertices, triangles, no indices
    EXPECT_TRUE(facts->references.empty());
}

TEST(ModelFile, EveryCornerOfATurnedBoxCounts)
{
    // The square [-1,1] x [0,1] x [-1,1] turned 45 degrees about +Y (quaternion [0, sin 22.5,
    // 0, cos 22.5]): its corners (+-1, +-1) land on the axes at distance sqrt 2, so the box is
    // [-sqrt 2, sqrt 2] along x and z; the min and max corners alone would give z = 0 only.
    json document = oneBoxDocument({-1, 0, -1}, {1, 1, 1}, kDataUri36);
    const double half = std::numbers::pi / 8.0;
    document["nodes"][0]["rotation"] = {0, std::sin(half), 0, std::cos(half)};
    const Result<ModelFacts> facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    const double r = std::sqrt(2.0);
    expectBox(facts.value(), {-r, 0, -r}, {r, 1, r}, 1e-12);
}

TEST(ModelFile, AColumnMajorMatrixPlacesTheMesh)
{
    // Scale 3 along x, then translate (1, 2, 3): box [0,1] x [0,2] x [0,3] -> x [1,4], y [2,4], z [3,6].
    json document = oneBoxDocument({0, 0, 0}, {1, 2, 3}, kDataUri36);
    document["nodes"][0]["matrix"] = {3, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 2, 3, 1};
    const Result<ModelFacts> facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {1, 2, 3}, {4, 4, 6});

    document["nodes"][0]["translation"] = {0, 0, 0};
    expectRefused(parseGltf(document), "nodes[0]", "both a matrix and");
}

TEST(ModelFile, TheDefaultSceneAloneIsBounded)
{
    // Two scenes: scene 0 draws node 0 (moved +100 x), scene 1 node 1 (moved -5 y); "scene": 1.
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["scenes"] = {{{"nodes", {0}}}, {{"nodes", {1}}}};
    document["nodes"] = {{{"mesh", 0}, {"translation", {100, 0, 0}}}, {{"mesh", 0}, {"translation", {0, -5, 0}}}};
    document["scene"] = 1;
    Result<ModelFacts> facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {0, -5, 0}, {1, -4, 1});

    // Without "scene": scene 0. Without scenes at all: every root node.
    document.erase("scene");
    facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {100, 0, 0}, {101, 1, 1});
    document.erase("scenes");
    facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {0, -5, 0}, {101, 1, 1});
}

TEST(ModelFile, NodeCyclesAndSharedChildrenAreRefused)
{
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    // 0 is a root; 1 -> 2 -> 1 is a cycle no root reaches.
    document["nodes"] = {{{"mesh", 0}}, {{"children", {2}}}, {{"children", {1}}}};
    const Result<ModelFacts> cycle = parseGltf(document);
    ASSERT_FALSE(cycle.ok());
    EXPECT_TRUE(cycle.error().field == "nodes[1]" || cycle.error().field == "nodes[2]") << cycle.error().describe();
    EXPECT_NE(cycle.error().message.find("cycle"), std::string::npos) << cycle.error().describe();

    document["nodes"] = {{{"mesh", 0}, {"children", {0}}}};
    expectRefused(parseGltf(document), "nodes[0].children[0]", "its own child");

    document["scenes"] = {{{"nodes", {0, 1}}}};
    document["nodes"] = {{{"children", {2}}}, {{"children", {2}}}, {{"mesh", 0}}};
    expectRefused(parseGltf(document), "nodes[1].children[0]", "already has a parent, nodes[0]");

    document["scenes"] = {{{"nodes", {0, 1}}}};
    document["nodes"] = {{{"children", {1}}}, {{"mesh", 0}}};
    expectRefused(parseGltf(document), "scenes[0].nodes[1]", "not a root node");
}

TEST(ModelFile, ADeepNodeChainIsWalkedWithoutRecursion)
{
    // 100 000 nodes, each the child of the one before, each moved +1 along y; the last draws the
    // unit box: it sits 100 000 up.
    constexpr int kDepth = 100000;
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    json nodes = json::array();
    for (int i = 0; i < kDepth; ++i) {
        json node{{"translation", {0, 1, 0}}};
        if (i + 1 < kDepth)
            node["children"] = {i + 1};
        else
            node["mesh"] = 0;
        nodes.push_back(std::move(node));
    }
    document["nodes"] = std::move(nodes);
    const Result<ModelFacts> facts = parseGltf(document);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {0, kDepth, 0}, {1, kDepth + 1, 1});
}

TEST(ModelFile, OutOfRangeIndicesAreRefusedWhereTheyAre)
{
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["nodes"][0]["mesh"] = 1;
    expectRefused(parseGltf(document), "nodes[0].mesh", "index 1 is out of range: the file has 1 meshes");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["meshes"][0]["primitives"][0]["attributes"]["POSITION"] = 7;
    expectRefused(parseGltf(document), "meshes[0].primitives[0].attributes.POSITION", "index 7 is out of range");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["scenes"][0]["nodes"] = {-1};
    expectRefused(parseGltf(document), "scenes[0].nodes[0]", "expected an index into nodes");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["scene"] = 3;
    expectRefused(parseGltf(document), "scene", "out of range");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["accessors"][0]["count"] = 4;   // 4 x 12 bytes do not fit the 36-byte view
    expectRefused(parseGltf(document), "accessors[0]", "need 48 bytes; bufferViews[0] has 36");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["bufferViews"][0]["byteOffset"] = 4;   // bytes 4 to 40 of a 36-byte buffer
    expectRefused(parseGltf(document), "bufferViews[0]", "beyond buffers[0] (36 bytes)");
}

TEST(ModelFile, PositionsNeedMinAndMaxAndAVersion2)
{
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["accessors"][0].erase("min");
    expectRefused(parseGltf(document), "meshes[0].primitives[0].attributes.POSITION", "has no min/max");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["accessors"][0]["max"] = {1, -1, 1};
    expectRefused(parseGltf(document), "accessors[0]", "min[1] 0 is above max[1] -1");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["asset"]["version"] = "1.0";
    expectRefused(parseGltf(document), "asset.version", "not glTF 2.x");
    document.erase("asset");
    expectRefused(parseGltf(document), "asset", "missing");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["nodes"][0]["rotation"] = {0, 0, 0, 2};
    expectRefused(parseGltf(document), "nodes[0].rotation", "not a unit quaternion");

    document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["nodes"][0].erase("mesh");
    expectRefused(parseGltf(document), "scenes[0].nodes", "the model is empty");
}

TEST(ModelFile, DeepNestingAndBrokenJsonAreRefusedNotCrashed)
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    const Result<ModelFacts> facts = parseModel(deep, ModelFormat::Gltf);
    ASSERT_FALSE(facts.ok());
    EXPECT_NE(facts.error().message.find("nested more than 64 levels"), std::string::npos) << facts.error().describe();

    EXPECT_FALSE(parseModel("{\"asset\": {\"version\": \"2.0\"", ModelFormat::Gltf).ok());
    EXPECT_FALSE(parseModel("", ModelFormat::Gltf).ok());
    expectRefused(parseModel("[1, 2]", ModelFormat::Gltf), "", "expected a glTF JSON object");
}

// ---------------------------------------------------------------------------------------------
// GLB container.

TEST(ModelFile, AGlbIsReadFromItsChunks)
{
    const std::string glb = makeGlb(oneBoxDocument({-1, 0, -2}, {1, 3, 2}).dump(), std::string(36, '\0'));
    const Result<ModelFacts> facts = parseModel(glb, ModelFormat::Glb);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    EXPECT_EQ(facts->format, ModelFormat::Glb);
    expectBox(facts.value(), {-1, 0, -2}, {1, 3, 2});
}

TEST(ModelFile, EveryGlbLengthIsCheckedAgainstTheFile)
{
    const std::string jsonText = oneBoxDocument({0, 0, 0}, {1, 1, 1}).dump();
    const std::string good = makeGlb(jsonText, std::string(36, '\0'));

    expectRefused(parseModel(good.substr(0, 11), ModelFormat::Glb), "header", "fewer than a GLB header's 12");
    std::string bad = good;
    bad[0] = 'x';
    expectRefused(parseModel(bad, ModelFormat::Glb), "header.magic", "not a binary glTF");
    expectRefused(parseModel(makeGlb(jsonText, std::string(36, '\0'), 1), ModelFormat::Glb), "header.version",
                  "GLB version 1");
    // The header's length one more than the bytes there are; the file cut short.
    bad = good;
    bad[8] = static_cast<char>(static_cast<unsigned char>(bad[8]) + 1);
    expectRefused(parseModel(bad, ModelFormat::Glb), "header.length", "the file has " + std::to_string(good.size()));
    bad = good.substr(0, good.size() - 4);
    bad[8] = static_cast<char>(static_cast<unsigned char>(bad[8]) - 4);   // consistent header, BIN chunk cut
    expectRefused(parseModel(bad, ModelFormat::Glb), "chunks[1].chunkLength", "past the end of the file");
    // A JSON chunk longer than the file.
    bad = good;
    bad[12] = static_cast<char>(0xFC);
    bad[13] = static_cast<char>(0xFF);
    expectRefused(parseModel(bad, ModelFormat::Glb), "chunks[0].chunkLength", "past the end of the file");
    // The BIN chunk first.
    bad = good;
    bad.replace(16, 4, "BIN", 4);
    expectRefused(parseModel(bad, ModelFormat::Glb), "chunks[0].chunkType", "first chunk must be the JSON chunk");
    // A buffer longer than the BIN chunk (36 bytes, 40 wanted).
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1});
    document["buffers"][0]["byteLength"] = 40;
    expectRefused(parseModel(makeGlb(document.dump(), std::string(36, '\0')), ModelFormat::Glb), "buffers[0].byteLength",
                  "more than the BIN chunk's 36");
    // No BIN chunk for a buffer without a uri.
    expectRefused(parseModel(makeGlb(jsonText, ""), ModelFormat::Glb), "buffers[0].uri", "missing");
    // Nothing after the header.
    std::string header = "glTF";
    putU32(header, 2);
    putU32(header, 12);
    expectRefused(parseModel(header, ModelFormat::Glb), "chunks[0]", "ends after its header");
}

// ---------------------------------------------------------------------------------------------
// References.

TEST(ModelFile, UrisThatLeaveTheFolderAreRefusedBeforeAnyFileIsLookedAt)
{
    const auto refusedUri = [](const std::string& uri, const std::string& words) {
        expectRefused(parseGltf(oneBoxDocument({0, 0, 0}, {1, 1, 1}, uri)), "buffers[0].uri", words);
    };
    refusedUri("../../secret.bin", "'../../secret.bin' leaves the project's folder");
    refusedUri("sub/../../secret.bin", "leaves the project's folder");
    refusedUri("%2e%2e/secret.bin", "'%2e%2e/secret.bin' leaves the project's folder");
    refusedUri("%2E%2E%2Fsecret.bin", "leaves the project's folder");
    refusedUri("/etc/passwd", "is an absolute path");
    refusedUri("%2Fetc/passwd", "is an absolute path");
    refusedUri("file:///etc/passwd", "names a scheme");
    refusedUri("http://example.com/a.bin", "names a scheme");
    refusedUri("C:/a.bin", "names a scheme or a drive");
    refusedUri("..\\secret.bin", "contains '\\'");
    refusedUri("a%00.bin", "NUL byte");
    refusedUri("a%2.bin", "malformed percent escape");
    refusedUri("a.bin?x=1", "query or fragment");
    refusedUri("data:application/octet-stream;base64,AAA*", "not base64");

    json empty = oneBoxDocument({0, 0, 0}, {1, 1, 1});
    empty["buffers"][0]["uri"] = "";
    expectRefused(parseGltf(empty), "buffers[0].uri", "is empty");

    // Images follow the same rule.
    json document = oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36);
    document["images"] = {{{"uri", "textures/ok.png"}}, {{"uri", "../x.png"}}};
    expectRefused(parseGltf(document), "images[1].uri", "leaves the project's folder");
}

TEST(ModelFile, DataUrisAreReadInPlaceAndMustHoldTheBuffer)
{
    Result<ModelFacts> facts = parseGltf(oneBoxDocument({0, 0, 0}, {1, 1, 1}, kDataUri36));
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    EXPECT_TRUE(facts->references.empty());
    // 44 base64 characters with one '=' hold 32 bytes, 4 short of the buffer.
    const std::string shortUri = "data:application/octet-stream;base64," + std::string(43, 'A') + "=";
    expectRefused(parseGltf(oneBoxDocument({0, 0, 0}, {1, 1, 1}, shortUri)), "buffers[0].byteLength",
                  "36 bytes, more than its data: URI holds (32)");
}

TEST_F(ProjectFolder, ReferencedFilesMustExistInsideTheProject)
{
    write(models() / "crate bin.bin", std::string(36, '\0'));
    write(models() / "crate.gltf", oneBoxDocument({0, 0, 0}, {1, 1, 1}, "crate%20bin.bin").dump());
    Result<ModelFacts> facts = readModelFile(models() / "crate.gltf", project());
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    ASSERT_EQ(facts->references.size(), 1u);
    EXPECT_EQ(facts->references[0].path, "crate bin.bin");
    EXPECT_EQ(facts->references[0].field, "buffers[0].uri");
    EXPECT_EQ(facts->references[0].minBytes, 36u);

    // Missing, too short, a folder.
    write(models() / "gone.gltf", oneBoxDocument({0, 0, 0}, {1, 1, 1}, "gone.bin").dump());
    expectRefused(readModelFile(models() / "gone.gltf", project()), "buffers[0].uri", "'gone.bin' not found");
    write(models() / "short.bin", std::string(20, '\0'));
    write(models() / "short.gltf", oneBoxDocument({0, 0, 0}, {1, 1, 1}, "short.bin").dump());
    expectRefused(readModelFile(models() / "short.gltf", project()), "buffers[0].uri",
                  "has 20 bytes; the buffer's byteLength is 36");
    fs::create_directories(models() / "dir.bin");
    write(models() / "dir.gltf", oneBoxDocument({0, 0, 0}, {1, 1, 1}, "dir.bin").dump());
    expectRefused(readModelFile(models() / "dir.gltf", project()), "buffers[0].uri", "is not a file");

    // A link inside the project to a file outside it.
    write(outside() / "secret.bin", std::string(36, '\0'));
    fs::create_symlink(outside() / "secret.bin", models() / "linked.bin");
    write(models() / "linked.gltf", oneBoxDocument({0, 0, 0}, {1, 1, 1}, "linked.bin").dump());
    expectRefused(readModelFile(models() / "linked.gltf", project()), "buffers[0].uri", "leaves the project's folder");
}

TEST_F(ProjectFolder, AModelFileLinkedFromOutsideIsNotRead)
{
    write(outside() / "tri.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    fs::create_symlink(outside() / "tri.obj", models() / "tri.obj");
    expectRefused(readModelFile(models() / "tri.obj", project()), "", "lies outside the project's folder");
    fs::create_symlink("/dev/zero", models() / "zero.glb");
    expectRefused(readModelFile(models() / "zero.glb", project()), "", "is not a file");
}

// ---------------------------------------------------------------------------------------------
// OBJ.

TEST(ModelFile, ObjBoundsComeFromEveryVertex)
{
    const std::string obj = "# a comment\n"
                            "mtllib\n"   // nothing named: no reference
                            "o Wedge\n"
                            "v -1.5 0 2   # trailing comment is not a number\n";
    // The trailing comment makes that line malformed: OBJ has no end-of-line comments.
    EXPECT_FALSE(parseModel(obj, ModelFormat::Obj).ok());

    const std::string good = "# a comment\r\n"
                             "o Wedge\r\n"
                             "v -1.5 0 2\r\n"
                             "v\t3 -0.25e1 -4 1.0\r\n"   // w given
                             "vt 0.5 0.5\n"
                             "vn 0 1 0\n"
                             "v 0 7 0 0.2 0.3 0.4\n"     // a vertex colour
                             "g side\n"
                             "f 1 2 3\n"
                             "f 1/1/1 -2/1/1 -1//1 3\n"
                             "\n"
                             "s off\n";
    const Result<ModelFacts> facts = parseModel(good, ModelFormat::Obj);
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {-1.5, -2.5, -4}, {3, 7, 2});
    EXPECT_EQ(facts->vertexCount, 3u);
    EXPECT_EQ(facts->faceCount, 2u);
    EXPECT_EQ(facts->meshCount, 2u);   // o Wedge, g side
}

TEST(ModelFile, MalformedObjIsRefusedByLine)
{
    expectRefused(parseModel("", ModelFormat::Obj), "", "no vertices");
    expectRefused(parseModel("# only a comment\nf 1 2 3\n", ModelFormat::Obj), "", "no vertices");
    expectRefused(parseModel("v 0 0 0\nv nan 0 0\n", ModelFormat::Obj), "line 2", "'nan' is not a finite number");
    expectRefused(parseModel("v 0 0 inf\n", ModelFormat::Obj), "line 1", "'inf' is not a finite number");
    expectRefused(parseModel("v 0 0 1e999\n", ModelFormat::Obj), "line 1", "'1e999' is not a finite number");
    expectRefused(parseModel("v 0 0\n", ModelFormat::Obj), "line 1", "has 2 numbers");
    expectRefused(parseModel("v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 4\n", ModelFormat::Obj), "line 4",
                  "uses vertex 4; the file has 3");
    expectRefused(parseModel("v 0 0 0\nf -1 -2 -1\n", ModelFormat::Obj), "line 2", "refers 2 vertices back; only 1");
    expectRefused(parseModel("v 0 0 0\nf 1 0 1\n", ModelFormat::Obj), "line 2", "'0' does not start with a vertex number");
    expectRefused(parseModel("v 0 0 0\nf 1 1\n", ModelFormat::Obj), "line 2", "2 corners");
    expectRefused(parseModel("v 0 0 0\nmtllib ../../secret.mtl\n", ModelFormat::Obj), "line 2", "leaves the project's folder");
    expectRefused(parseModel("v 0 0 0\nmtllib /etc/passwd\n", ModelFormat::Obj), "line 2", "absolute path");
    expectRefused(parseModel(std::string("v 0 0 0\nv 1\0 2 3\n", 18), ModelFormat::Obj), "line 2", "NUL byte");
}

TEST_F(ProjectFolder, AMissingMaterialLibraryIsAWarning)
{
    write(models() / "tri.obj", "mtllib tri.mtl other.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    write(models() / "tri.mtl", "newmtl a\n");
    const Result<ModelFacts> facts = readModelFile(models() / "tri.obj", project());
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    ASSERT_EQ(facts->references.size(), 2u);
    ASSERT_EQ(facts->warnings.size(), 1u);
    EXPECT_NE(facts->warnings[0].find("line 1: material library 'other.mtl' not found"), std::string::npos)
        << facts->warnings[0];
}

// ---------------------------------------------------------------------------------------------
// Files and the collision box.

TEST_F(ProjectFolder, FilesAreReadByExtension)
{
    write(models() / "TRI.OBJ", "v 0 0 0\nv 2 0 0\nv 0 3 0\nf 1 2 3\n");
    const Result<ModelFacts> facts = readModelFile(models() / "TRI.OBJ", project());
    ASSERT_TRUE(facts.ok()) << facts.error().describe();
    expectBox(facts.value(), {0, 0, 0}, {2, 3, 0});

    write(models() / "tri.fbx", "");
    expectRefused(readModelFile(models() / "tri.fbx", project()), "", "expected a .gltf, .glb or .obj file");
    expectRefused(readModelFile(models() / "none.glb", project()), "", "not found");
}

TEST(ModelFile, TheDemoModelsMatchTheBoxesTheyWereBuiltFrom)
{
    // make_models.py recentres each model: x and z centred on the footprint, y from the floor.
    // Forklift: widest are the counterweight (1.16) and the drive wheels (x 0.47 + 0.22 / 2 =
    // 0.58); tallest the guard's roof (2.15 + 0.07 / 2 = 2.185); along z from the counterweight's
    // back (-0.95 - 0.45 / 2 = -1.175) to the fork tips (1.12 + 0.535 + 1.07 / 2 = 2.19): 3.365.
    // 19 boxes (24 vertices, 12 triangles) and 4 wheels of 16 segments (10 vertices, 4 triangles each).
    const fs::path demo = fs::path(MURNAU_SOURCE_DIR) / "assets/demo";
    const Result<ModelFacts> forklift = readModelFile(demo / "models/forklift.glb", demo);
    ASSERT_TRUE(forklift.ok()) << forklift.error().describe();
    expectBox(forklift.value(), {-0.58, 0.0, -1.6825}, {0.58, 2.185, 1.6825}, 1e-6);
    EXPECT_EQ(forklift->nodeCount, 1u);
    EXPECT_EQ(forklift->meshCount, 1u);
    EXPECT_EQ(forklift->vertexCount, 19u * 24 + 4u * 16 * 10);
    EXPECT_EQ(forklift->faceCount, 19u * 12 + 4u * 16 * 4);
    EXPECT_TRUE(forklift->references.empty());

    // Pallet and crate: the pallet's boards 1.2 x 0.8, the crate's top at 0.144 + 0.9 = 1.044;
    // 25 boxes; its buffer in pallet_crate.bin beside it.
    const Result<ModelFacts> crate = readModelFile(demo / "models/pallet_crate.gltf", demo);
    ASSERT_TRUE(crate.ok()) << crate.error().describe();
    expectBox(crate.value(), {-0.6, 0.0, -0.4}, {0.6, 1.044, 0.4}, 1e-6);
    EXPECT_EQ(crate->vertexCount, 25u * 24);
    EXPECT_EQ(crate->faceCount, 25u * 12);
    ASSERT_EQ(crate->references.size(), 1u);
    EXPECT_EQ(crate->references[0].path, "pallet_crate.bin");

    // Its collision box at scale 1 is its size, centred as it is: no note.
    const ModelCollisionBox box = modelCollisionBox(forklift.value(), 1.0);
    EXPECT_NEAR(box.sizeM.x, 1.16, 1e-6);
    EXPECT_NEAR(box.sizeM.y, 2.185, 1e-6);
    EXPECT_NEAR(box.sizeM.z, 3.365, 1e-6);
    EXPECT_TRUE(box.note.empty()) << box.note;
}

TEST(ModelFile, TheCollisionBoxStandsOnTheOriginAndHoldsTheModel)
{
    ModelFacts facts;
    // A model in centimetres, x from 0 to 200 (off-centre by 100), y from -10 to 50, z -30..30.
    facts.minimum = {0, -10, -30};
    facts.maximum = {200, 50, 30};
    ModelCollisionBox box = modelCollisionBox(facts, 0.01);
    EXPECT_NEAR(box.sizeM.x, 4.0, 1e-12);    // 2 x 200 cm: the origin stays at the centre
    EXPECT_NEAR(box.sizeM.y, 0.5, 1e-12);    // the part above the floor
    EXPECT_NEAR(box.sizeM.z, 0.6, 1e-12);
    EXPECT_NE(box.note.find("off its origin"), std::string::npos) << box.note;
    EXPECT_NE(box.note.find("below its origin"), std::string::npos) << box.note;

    facts.minimum = {-1, 0.5, -1};   // floating half a unit up: the box reaches the floor
    facts.maximum = {1, 2, 1};
    box = modelCollisionBox(facts, 1.0);
    EXPECT_NEAR(box.sizeM.y, 2.0, 1e-12);
    EXPECT_NE(box.note.find("floats"), std::string::npos) << box.note;

    facts.minimum = {-1, -2, -1};    // all below the origin: no box
    facts.maximum = {1, 0, 1};
    box = modelCollisionBox(facts, 1.0);
    EXPECT_EQ(box.sizeM, glm::dvec3(0.0));
    EXPECT_NE(box.note.find("no collision box"), std::string::npos) << box.note;

    facts.minimum = {-3000, 0, -1};  // 6000 units at scale 2: 12 000 m, beyond 10 000 m
    facts.maximum = {3000, 1, 1};
    box = modelCollisionBox(facts, 2.0);
    EXPECT_EQ(box.sizeM, glm::dvec3(0.0));
    EXPECT_NE(box.note.find("larger than a collision box may be"), std::string::npos) << box.note;
}

} // namespace
} // namespace murnau
