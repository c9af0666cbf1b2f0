// Format 2 of the .murnau file: its new keys (display units, actor builds, walls with doors and
// windows, stairs, models, lens kits) round-trip byte for byte, format 1 files are migrated,
// newer files are refused, and every bad value of a new key is refused naming its place.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"

using namespace murnau;
namespace fs = std::filesystem;

namespace {

const fs::path kSourceDir = MURNAU_SOURCE_DIR;
const fs::path kData = kSourceDir / "tests/core/data";
const fs::path kFullV2 = kData / "valid/full-v2.murnau";
const fs::path kMinimalV1 = kData / "valid/minimal.murnau";

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Project loaded(const fs::path& path)
{
    auto project = loadProject(path);
    EXPECT_TRUE(project.ok()) << path << ": " << project.error().describe();
    return project.ok() ? project.value() : Project{};
}

// full-v2.murnau with one change at a JSON pointer: a new value, or the key removed (null json with remove).
std::string variant(const std::string& pointer, const nlohmann::ordered_json& value, bool remove = false)
{
    auto document = nlohmann::ordered_json::parse(readFile(kFullV2));
    const nlohmann::ordered_json::json_pointer at(pointer);
    if (remove)
        document[at.parent_pointer()].erase(at.back());
    else
        document[at] = value;
    return document.dump(2);
}

} // namespace

// --- round trips -------------------------------------------------------------------

TEST(ProjectJsonV2, EveryNewKeyIsReadWithItsValue)
{
    const Project project = loaded(kFullV2);
    EXPECT_EQ(project.displayUnits, DisplayUnits::Imperial);
    ASSERT_EQ(project.actors.size(), 3U);
    EXPECT_EQ(project.actors[0].build, ActorBuild::Slight);
    EXPECT_EQ(project.actors[1].build, ActorBuild::Average);
    EXPECT_EQ(project.actors[2].build, ActorBuild::Heavy);

    ASSERT_EQ(project.set.pieces.size(), 7U);
    const SetPiece& office = project.set.pieces[2];
    EXPECT_EQ(office.shape, SetPieceShape::Wall);
    ASSERT_EQ(office.openings.size(), 2U);
    EXPECT_EQ(office.openings[0], (WallOpening{OpeningKind::Door, -2.5, 0.9, 2.1, 0.0}));
    EXPECT_EQ(office.openings[1], (WallOpening{OpeningKind::Window, 1.5, 2.0, 1.2, 0.9}));
    EXPECT_TRUE(project.set.pieces[3].openings.empty());
    const SetPiece& stairs = project.set.pieces[4];
    EXPECT_EQ(stairs.shape, SetPieceShape::Stairs);
    EXPECT_EQ(stairs.stepCount, 17);
    const SetPiece& crate = project.set.pieces[5];
    EXPECT_EQ(crate.shape, SetPieceShape::Model);
    EXPECT_EQ(crate.modelPath, "models/crate.obj");
    EXPECT_DOUBLE_EQ(crate.modelScale, 0.01);
    EXPECT_EQ(project.set.pieces[6].sizeM, glm::dvec3(0.0));   // a model without a collision box

    ASSERT_EQ(project.cameras.size(), 2U);
    ASSERT_TRUE(project.cameras[0].lensKit.has_value());
    const LensKit& primes = *project.cameras[0].lensKit;
    EXPECT_EQ(primes.kind, LensKitKind::Primes);
    ASSERT_EQ(primes.primes.size(), 3U);
    EXPECT_EQ(primes.primes[2], (PrimeLens{50.0, 0.5, 1.3}));
    ASSERT_TRUE(project.cameras[1].lensKit.has_value());
    const LensKit& zoom = *project.cameras[1].lensKit;
    EXPECT_EQ(zoom.name, "Angenieux Optimo 24-290");
    EXPECT_EQ(zoom.kind, LensKitKind::Zoom);
    EXPECT_DOUBLE_EQ(zoom.zoomMinMm, 24.0);
    EXPECT_DOUBLE_EQ(zoom.zoomMaxMm, 290.0);
    EXPECT_DOUBLE_EQ(zoom.zoomMinFocusM, 1.22);
    EXPECT_DOUBLE_EQ(zoom.zoomWidestTStop, 2.8);
    EXPECT_TRUE(zoom.primes.empty());
}

TEST(ProjectJsonV2, IsStoredInTheCanonicalLayout)
{
    // Written in the documented layout: serialising what was read gives back every byte.
    EXPECT_EQ(serializeProject(loaded(kFullV2)), readFile(kFullV2));
}

TEST(ProjectJsonV2, LoadSaveLoadIsByteIdentical)
{
    const fs::path dir = fs::temp_directory_path() / ("murnau-v2-roundtrip-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    Project project = loaded(kFullV2);
    project.set.pieces[2].openings[1].centerM = 1.0 / 3.0;   // no short decimal form
    project.set.pieces[5].modelScale = 0.1 + 0.2;            // 0.30000000000000004
    ASSERT_TRUE(saveProject(project, dir / "a.murnau").ok());
    const Project reloaded = loaded(dir / "a.murnau");
    EXPECT_TRUE(reloaded == project);
    ASSERT_TRUE(saveProject(reloaded, dir / "b.murnau").ok());
    EXPECT_EQ(readFile(dir / "a.murnau"), readFile(dir / "b.murnau"));
    fs::remove_all(dir);
}

TEST(ProjectJsonV2, KeysOfEachShapeAndKitAreWrittenInTheDocumentedOrder)
{
    const std::string text = serializeProject(loaded(kFullV2));
    // "displayUnits" right after "frameRate"; "build" after "heightM"; "lensKit" after "sensor".
    EXPECT_NE(text.find("\"frameRate\": \"24\",\n  \"displayUnits\": \"imperial\",\n  \"set\""), std::string::npos);
    EXPECT_NE(text.find("\"heightM\": 1.68,\n      \"build\": \"slight\",\n      \"positionM\""), std::string::npos) << text;
    EXPECT_NE(text.find("\"color\": \"#d9a400\",\n        \"modelPath\": \"models/crate.obj\",\n        \"modelScale\": 0.01\n"),
              std::string::npos);
    EXPECT_NE(text.find("\"color\": \"#6b6e72\",\n        \"stepCount\": 17\n"), std::string::npos);
    EXPECT_NE(text.find("\"kind\": \"zoom\",\n        \"zoomMinMm\": 24.0,\n        \"zoomMaxMm\": 290.0,\n"
                        "        \"minFocusM\": 1.22,\n        \"widestTStop\": 2.8\n"),
              std::string::npos);
    // A box carries none of the keys of the other shapes.
    const auto box = text.find("\"name\": \"Pillar\"");
    ASSERT_NE(box, std::string::npos);
    const std::string pillar = text.substr(box, text.find('}', box) - box);
    for (const char* key : {"openings", "stepCount", "modelPath", "modelScale"})
        EXPECT_EQ(pillar.find(key), std::string::npos) << key;
}

// --- format 1 --------------------------------------------------------------------------

TEST(ProjectJsonVersion1, MigratesWithTheDefaultsThatKeepItsMeaning)
{
    const Project project = loaded(kMinimalV1);
    EXPECT_EQ(project.displayUnits, DisplayUnits::Metric);
    ASSERT_FALSE(project.actors.empty());
    for (const Actor& actor : project.actors)
        EXPECT_EQ(actor.build, ActorBuild::Average) << actor.name;
    for (const CameraSetup& camera : project.cameras)
        EXPECT_FALSE(camera.lensKit.has_value()) << camera.name;
    // Saving writes format 2; reading that back gives the same project.
    const std::string text = serializeProject(project);
    EXPECT_NE(text.find("\"formatVersion\": 2,"), std::string::npos);
    EXPECT_NE(text.find("\"displayUnits\": \"metric\""), std::string::npos);
    EXPECT_NE(text.find("\"lensKit\": null"), std::string::npos);
    const auto reparsed = parseProject(text);
    ASSERT_TRUE(reparsed.ok()) << reparsed.error().describe();
    EXPECT_TRUE(reparsed.value() == project);
}

TEST(ProjectJsonVersion1, EveryFormat1FileOfTheRepositoryStillLoads)
{
    std::vector<fs::path> files{kData / "valid/minimal.murnau", kData / "valid/warehouse-v1.murnau",
                                kSourceDir / "tests/cli/data/linear_dolly.murnau",
                                kSourceDir / "tests/cli/data/smoothstep_dolly.murnau"};
    for (const fs::path& file : files) {
        ASSERT_NE(readFile(file).find("\"formatVersion\": 1,"), std::string::npos) << file;
        const auto project = loadProject(file);
        EXPECT_TRUE(project.ok()) << file << ": " << project.error().describe();
    }
}

TEST(ProjectJsonVersion1, KeysThatCameWithFormat2AreRefused)
{
    std::string text = readFile(kMinimalV1);
    std::string withBuild = text;
    withBuild.replace(withBuild.find("\"heightM\": 1.68,"), 16, "\"heightM\": 1.68, \"build\": \"heavy\",");
    const auto build = parseProject(withBuild);
    ASSERT_FALSE(build.ok());
    EXPECT_EQ(build.error().describe(), "actors[0].build: unknown key 'build' in a format 1 file; it came with format 2 "
                                        "(write \"formatVersion\": 2 to use it)");

    std::string withWall = text;
    withWall.replace(withWall.find("\"shape\": \"box\""), 14, "\"shape\": \"wall\"");
    const auto wall = parseProject(withWall);
    ASSERT_FALSE(wall.ok());
    EXPECT_EQ(wall.error().field, "set.pieces[0].shape");
    EXPECT_NE(wall.error().message.find("\"wall\" came with format 2"), std::string::npos) << wall.error().message;

    std::string withUnits = text;
    withUnits.replace(withUnits.find("\"frameRate\": \"24\","), 18, "\"frameRate\": \"24\", \"displayUnits\": \"metric\",");
    const auto units = parseProject(withUnits);
    ASSERT_FALSE(units.ok());
    EXPECT_EQ(units.error().field, "displayUnits");
}

TEST(ProjectJsonVersions, NewerAndNonsenseVersionsAreRefused)
{
    const std::string text = readFile(kFullV2);
    const auto withVersion = [&](const std::string& version) {
        std::string changed = text;
        changed.replace(changed.find("\"formatVersion\": 2"), 18, "\"formatVersion\": " + version);
        return parseProject(changed);
    };
    const auto three = withVersion("3");
    ASSERT_FALSE(three.ok());
    EXPECT_EQ(three.error().describe(),
              "formatVersion: this file was written by a newer Murnau (format 3); this build reads formats 1 to 2");
    const auto huge = withVersion("18446744073709551615");
    ASSERT_FALSE(huge.ok());
    EXPECT_EQ(huge.error().describe(), "formatVersion: this file was written by a newer Murnau (format "
                                       "18446744073709551615); this build reads formats 1 to 2");
    const auto zero = withVersion("0");
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().describe(), "formatVersion: expected a format version from 1 to 2, got 0");
    const auto fractional = withVersion("2.0");
    ASSERT_FALSE(fractional.ok());
    EXPECT_EQ(fractional.error().describe(), "formatVersion: expected a whole number, got 2.0");
}

// --- bad values of the new keys -------------------------------------------------------

struct BadValue {
    const char* pointer;        // where full-v2.murnau is changed (JSON pointer)
    const char* value;          // the new value as JSON text; nullptr: the key is removed
    const char* field;          // the exact place the error must name
    const char* messagePart;    // a part of the message
};

class ProjectJsonV2BadValue : public ::testing::TestWithParam<BadValue> {};

TEST_P(ProjectJsonV2BadValue, IsRefusedNamingThePlace)
{
    const BadValue& c = GetParam();
    const std::string text = c.value == nullptr ? variant(c.pointer, nullptr, true)
                                                : variant(c.pointer, nlohmann::ordered_json::parse(c.value));
    const auto project = parseProject(text);
    ASSERT_FALSE(project.ok()) << c.pointer << " = " << (c.value ? c.value : "(removed)") << " loaded";
    EXPECT_EQ(project.error().field, c.field) << project.error().describe();
    EXPECT_NE(project.error().message.find(c.messagePart), std::string::npos) << project.error().describe();
}

// Pieces of full-v2.murnau: [0] box "Wall", [1] cylinder "Pillar", [2] wall "Office wall" (8 x 3 m;
// a door 0.9 m wide centred at -2.5 m, a window 2 x 1.2 m at 1.5 m on a 0.9 m sill), [3] wall
// without openings, [4] stairs rising 3 m, [5] model "models/crate.obj", [6] model without a box.
INSTANTIATE_TEST_SUITE_P(
    NewKeys, ProjectJsonV2BadValue,
    ::testing::Values(
        BadValue{"/displayUnits", R"("furlongs")", "displayUnits", R"(expected "metric" or "imperial", got a string "furlongs")"},
        BadValue{"/displayUnits", nullptr, "displayUnits", "missing (required in a project)"},
        BadValue{"/actors/0/build", R"("athletic")", "actors[0].build",
                 R"(expected "slight", "average" or "heavy", got a string "athletic")"},
        BadValue{"/actors/0/build", nullptr, "actors[0].build", "missing (required in an actor)"},
        BadValue{"/set/pieces/2/shape", R"("sphere")", "set.pieces[2].shape",
                 R"(expected "box", "cylinder", "wall", "stairs" or "model", got a string "sphere")"},
        // Openings: ranges, inside the wall, doors on the floor, no overlap.
        BadValue{"/set/pieces/2/openings/1/widthM", "-1", "set.pieces[2].openings[1].widthM",
                 "expected a positive number of metres, got -1"},
        BadValue{"/set/pieces/2/openings/1/widthM", "0", "set.pieces[2].openings[1].widthM",
                 "expected a positive number of metres, got 0"},
        BadValue{"/set/pieces/2/openings/1/heightM", R"("1.2")", "set.pieces[2].openings[1].heightM",
                 "expected a number of metres, got a string \"1.2\""},
        BadValue{"/set/pieces/2/openings/1/sillM", "-0.5", "set.pieces[2].openings[1].sillM",
                 "expected a sill height from 0 to 10000 m, got -0.5"},
        BadValue{"/set/pieces/2/openings/1/centerM", "1e300", "set.pieces[2].openings[1].centerM",
                 "expected an opening position from -5000 to 5000 m, got 1e+300"},
        // derived: window at 1.5 m, 7 m wide, reaches 1.5 + 3.5 = 5 m from the centre; the wall ends at 8 / 2 = 4 m.
        BadValue{"/set/pieces/2/openings/1/widthM", "7", "set.pieces[2].openings[1]",
                 "reaches 5 m from the wall's centre (|centerM| + widthM / 2), past the wall's end at 4 m"},
        // derived: door at -2.5 m, 0.9 m wide, moved to -3.6 m reaches 3.6 + 0.45 = 4.05 m > 4 m.
        BadValue{"/set/pieces/2/openings/0/centerM", "-3.6", "set.pieces[2].openings[0]", "reaches 4.05 m"},
        // derived: window sill 0.9 + height 2.5 = 3.4 m, above the 3 m wall.
        BadValue{"/set/pieces/2/openings/1/heightM", "2.5", "set.pieces[2].openings[1]",
                 "its top at 3.4 m (sillM + heightM) is above the wall's height of 3 m"},
        BadValue{"/set/pieces/2/openings/0/sillM", "0.1", "set.pieces[2].openings[0].sillM",
                 "a door starts at the floor: expected 0, got 0.1"},
        // derived: the window moved to -2 m spans -3 to -1 m and 0.9 to 2.1 m up; the door spans -2.95 to
        // -2.05 m and 0 to 2.1 m: they share 0.9 m along the wall (and 1.2 m up).
        BadValue{"/set/pieces/2/openings/1/centerM", "-2.0", "set.pieces[2].openings[1]",
                 "overlaps openings[0] by 0.9 m along the wall"},
        BadValue{"/set/pieces/2/openings/1/kind", R"("hatch")", "set.pieces[2].openings[1].kind",
                 R"(expected "door" or "window", got a string "hatch")"},
        BadValue{"/set/pieces/2/openings/1/depthM", "0.2", "set.pieces[2].openings[1].depthM", "unknown key 'depthM'"},
        BadValue{"/set/pieces/2/openings/1/sillM", nullptr, "set.pieces[2].openings[1].sillM",
                 "missing (required in a wall opening)"},
        BadValue{"/set/pieces/2/openings", nullptr, "set.pieces[2].openings", "missing (required in a set piece)"},
        BadValue{"/set/pieces/2/openings", R"({})", "set.pieces[2].openings", "expected an array, got an object"},
        // Keys of another shape.
        BadValue{"/set/pieces/3/stepCount", "3", "set.pieces[3].stepCount",
                 "\"stepCount\" is a key of stairs; this piece is a wall"},
        BadValue{"/set/pieces/0/openings", "[]", "set.pieces[0].openings", "\"openings\" is a key of a wall; this piece is a box"},
        BadValue{"/set/pieces/4/modelPath", R"("models/crate.obj")", "set.pieces[4].modelPath",
                 "\"modelPath\" is a key of a model; this piece is stairs"},
        BadValue{"/set/pieces/5/openings", "[]", "set.pieces[5].openings", "\"openings\" is a key of a wall; this piece is a model"},
        // Stairs.
        BadValue{"/set/pieces/4/stepCount", "0", "set.pieces[4].stepCount", "expected a number of steps from 1 to 200, got 0"},
        BadValue{"/set/pieces/4/stepCount", "201", "set.pieces[4].stepCount", "expected a number of steps from 1 to 200, got 201"},
        BadValue{"/set/pieces/4/stepCount", "-3", "set.pieces[4].stepCount", "expected a number of steps from 1 to 200, got -3"},
        BadValue{"/set/pieces/4/stepCount", "2.5", "set.pieces[4].stepCount", "expected a whole number of steps, got 2.5"},
        // derived: 3 m over 5 steps = 0.6 m a step, above the 0.5 m limit.
        BadValue{"/set/pieces/4/stepCount", "5", "set.pieces[4].stepCount",
                 "each step would rise 0.6 m (3 m over 5 steps); a step rises at most 0.5 m"},
        // Models.
        BadValue{"/set/pieces/5/modelPath", R"("/home/ann/crate.obj")", "set.pieces[5].modelPath",
                 "must be relative to the project's folder, not an absolute path"},
        BadValue{"/set/pieces/5/modelPath", R"("C:/props/crate.obj")", "set.pieces[5].modelPath",
                 "must be relative to the project's folder, not an absolute path"},
        BadValue{"/set/pieces/5/modelPath", R"("../crate.obj")", "set.pieces[5].modelPath",
                 "must not leave the project's folder (\"..\")"},
        BadValue{"/set/pieces/5/modelPath", R"("models/../../crate.obj")", "set.pieces[5].modelPath",
                 "must not leave the project's folder (\"..\")"},
        BadValue{"/set/pieces/5/modelPath", R"("models\\crate.obj")", "set.pieces[5].modelPath",
                 "must separate folders with '/', not '\\'"},
        BadValue{"/set/pieces/5/modelPath", R"("models//crate.obj")", "set.pieces[5].modelPath", "no empty or \".\" folders"},
        BadValue{"/set/pieces/5/modelPath", R"("models/crate.fbx")", "set.pieces[5].modelPath",
                 "expected a glTF (.gltf, .glb) or OBJ (.obj) file"},
        BadValue{"/set/pieces/5/modelPath", R"("")", "set.pieces[5].modelPath", "got an empty string"},
        BadValue{"/set/pieces/5/modelScale", "0", "set.pieces[5].modelScale", "expected a positive number, got 0"},
        BadValue{"/set/pieces/5/modelScale", "1001", "set.pieces[5].modelScale",
                 "expected a model scale greater than 0 and at most 1000, got 1001"},
        BadValue{"/set/pieces/5/sizeM", "[1.0, 0.0, 1.0]", "set.pieces[5].sizeM",
                 "a model's collision box is all zero (none) or positive in every direction, got [1, 0, 1]"},
        BadValue{"/set/pieces/5/sizeM/1", "-1", "set.pieces[5].sizeM[1]",
                 "expected a collision box size from 0 to 10000 m, got -1"},
        // Names.
        BadValue{"/set/pieces/2/name", R"("")", "set.pieces[2].name", "expected a name for the set piece, got an empty string"},
        BadValue{"/set/pieces/3/name", R"("Office wall")", "set.pieces[3].name",
                 "duplicate set piece name 'Office wall' (also set.pieces[2].name)"},
        BadValue{"/actors/3", R"({"name": "Anna", "heightM": 1.7, "build": "average", "positionM": [0, 0, 0],
                                  "facingDeg": 0, "color": "#ffffff"})",
                 "actors[3].name", "duplicate actor name 'Anna' (also actors[0].name)"},
        BadValue{"/cameras/1/name", R"("A")", "cameras[1].name", "duplicate camera name 'A' (also cameras[0].name)"},
        // Lens kits.
        BadValue{"/cameras/0/lensKit", R"("Cooke")", "cameras[0].lensKit",
                 "expected null or a lens kit (a JSON object), got a string \"Cooke\""},
        BadValue{"/cameras/0/lensKit/kind", R"("anamorphic")", "cameras[0].lensKit.kind",
                 R"(expected "primes" or "zoom", got a string "anamorphic")"},
        BadValue{"/cameras/0/lensKit/name", R"("")", "cameras[0].lensKit.name", "got an empty string"},
        BadValue{"/cameras/0/lensKit/primes", "[]", "cameras[0].lensKit.primes", "a prime kit needs at least one lens"},
        BadValue{"/cameras/0/lensKit/primes/1/focalLengthMm", "18", "cameras[0].lensKit.primes[1].focalLengthMm",
                 "18 mm is not longer than primes[0] (18 mm); list each focal length once, shortest first"},
        BadValue{"/cameras/0/lensKit/primes/2/focalLengthMm", "24", "cameras[0].lensKit.primes[2].focalLengthMm",
                 "24 mm is not longer than primes[1] (35 mm)"},
        BadValue{"/cameras/0/lensKit/primes/0/minFocusM", "0", "cameras[0].lensKit.primes[0].minFocusM",
                 "expected a positive number of metres, got 0"},
        BadValue{"/cameras/0/lensKit/primes/2/widestTStop", "0.2", "cameras[0].lensKit.primes[2].widestTStop",
                 "expected a T-stop from 0.5 to 64, got 0.2"},
        BadValue{"/cameras/0/lensKit/primes/2/focalLengthMm", "5000", "cameras[0].lensKit.primes[2].focalLengthMm",
                 "expected a focal length from 1 to 2000 mm, got 5000"},
        BadValue{"/cameras/0/lensKit/zoomMinMm", "24", "cameras[0].lensKit.zoomMinMm",
                 "\"zoomMinMm\" is a key of a zoom kit; this kit is \"primes\""},
        BadValue{"/cameras/1/lensKit/primes", "[]", "cameras[1].lensKit.primes",
                 "\"primes\" is a key of a prime kit; this kit is \"zoom\""},
        BadValue{"/cameras/1/lensKit/zoomMaxMm", "20", "cameras[1].lensKit.zoomMaxMm",
                 "a zoom's longest focal length must be longer than its shortest (24 mm), got 20 mm"},
        BadValue{"/cameras/1/lensKit/zoomMaxMm", "24", "cameras[1].lensKit.zoomMaxMm", "longer than its shortest (24 mm), got 24 mm"},
        BadValue{"/cameras/1/lensKit/minFocusM", "-1", "cameras[1].lensKit.minFocusM",
                 "expected a positive number of metres, got -1"},
        BadValue{"/cameras/1/lensKit/widestTStop", "65", "cameras[1].lensKit.widestTStop", "expected a T-stop from 0.5 to 64, got 65"},
        BadValue{"/cameras/1/lensKit/minFocusM", nullptr, "cameras[1].lensKit.minFocusM", "missing (required in a zoom lens kit)"},
        BadValue{"/cameras/1/lensKit", nullptr, "cameras[1].lensKit", "missing (required in a camera)"}),
    [](const ::testing::TestParamInfo<BadValue>& caseInfo) { return "case" + std::to_string(caseInfo.index); });

// --- what loads passes the checks --------------------------------------------------------

TEST(ProjectJsonChecks, EveryValidFileOfTheRepositoryPassesCheckProject)
{
    std::vector<fs::path> files{kSourceDir / "assets/demo/warehouse.murnau", kSourceDir / "tests/cli/data/linear_dolly.murnau",
                                kSourceDir / "tests/cli/data/smoothstep_dolly.murnau"};
    for (const auto& entry : fs::directory_iterator(kData / "valid")) {
        if (entry.path().extension() == ".murnau")
            files.push_back(entry.path());
    }
    ASSERT_GE(files.size(), 7U);
    for (const fs::path& file : files) {
        const auto project = loadProject(file);
        ASSERT_TRUE(project.ok()) << file << ": " << project.error().describe();
        const std::optional<Error> problem = checkProject(project.value());
        EXPECT_FALSE(problem.has_value()) << file << ": " << problem->describe();
    }
}

TEST(ProjectJsonChecks, SaveRefusesWhatTheChecksRefuseWithTheSamePlace)
{
    Project project = loaded(kFullV2);
    project.set.pieces[2].openings[1].centerM = -2.0;   // overlaps the door (see the corpus above)
    const fs::path path = fs::temp_directory_path() / "murnau-v2-refused.murnau";
    fs::remove(path);
    const auto saved = saveProject(project, path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "set.pieces[2].openings[1]");
    EXPECT_EQ(saved.error().message.rfind("not saved: overlaps openings[0]", 0), 0U) << saved.error().message;
    EXPECT_FALSE(fs::exists(path));
}
