// The .murnau file: the bundled demo loads, saving round-trips byte for byte, every
// malformed file in tests/core/data/malformed/ is refused with an error that names the
// place, and saving is atomic (the old file survives a failed save; a .bak is kept).
// Format 2's own keys, the migration of format 1 and refusals of bad values: test_project_json_v2.cpp.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "core/optics/sensor.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"

using namespace murnau;
namespace fs = std::filesystem;

namespace {

const fs::path kSourceDir = MURNAU_SOURCE_DIR;
const fs::path kDemo = kSourceDir / "assets/demo/warehouse.murnau";
const fs::path kData = kSourceDir / "tests/core/data";
// The warehouse demo as it was written in format 1 (the bundled demo moves on with the format).
const fs::path kWarehouseV1 = kData / "valid/warehouse-v1.murnau";
// Every format 2 feature: walls with openings, stairs, models, lens kits, builds, imperial display.
const fs::path kFullV2 = kData / "valid/full-v2.murnau";

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeFile(const fs::path& path, std::string_view text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// A fresh directory for one test, removed afterwards.
class TemporaryDirectory {
public:
    TemporaryDirectory()
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_path = fs::temp_directory_path()
                 / ("murnau-" + std::string(info->name()) + "-" + std::to_string(::getpid()));
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TemporaryDirectory() { fs::remove_all(m_path); }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    [[nodiscard]] const fs::path& path() const { return m_path; }

    // Names of the entries in the directory, sorted.
    [[nodiscard]] std::vector<std::string> entries() const
    {
        std::vector<std::string> names;
        for (const auto& entry : fs::directory_iterator(m_path))
            names.push_back(entry.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    }

private:
    fs::path m_path;
};

Project loaded(const fs::path& path)
{
    auto project = loadProject(path);
    EXPECT_TRUE(project.ok()) << path << ": " << project.error().describe();
    return project.ok() ? project.value() : Project{};
}

Project demoProject()
{
    return loaded(kDemo);
}

} // namespace

// --- the bundled demo --------------------------------------------------------------

TEST(ProjectJsonVersion1, TheWarehouseDemoOfFormat1LoadsWithItsActorsAndCamera)
{
    const auto project = loadProject(kWarehouseV1);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    EXPECT_EQ(project->title, "Warehouse (demo)");
    EXPECT_EQ(project->frameRate, (FrameRate{24, 1}));
    EXPECT_GE(project->set.pieces.size(), 20U);
    EXPECT_LE(project->set.pieces.size(), 40U);
    EXPECT_DOUBLE_EQ(project->set.floorSizeM.x, 30.0);
    EXPECT_DOUBLE_EQ(project->set.floorSizeM.y, 20.0);

    ASSERT_GE(project->actors.size(), 3U);
    EXPECT_EQ(project->actors[0].name, "Anna");
    EXPECT_DOUBLE_EQ(project->actors[0].heightM, 1.68);
    EXPECT_EQ(project->actors[0].color, (Rgb{0xe5, 0x48, 0x4d}));
    EXPECT_EQ(project->actors[1].name, "Ben");
    EXPECT_DOUBLE_EQ(project->actors[1].heightM, 1.85);
    EXPECT_EQ(project->actors[2].name, "Chloe");
    EXPECT_DOUBLE_EQ(project->actors[2].heightM, 1.25);

    ASSERT_EQ(project->cameras.size(), 1U);
    const CameraSetup& camera = project->cameras[0];
    EXPECT_EQ(camera.name, "A");
    EXPECT_EQ(camera.sensor.id, "super35");
    EXPECT_DOUBLE_EQ(camera.sensor.widthMm, 24.89);    // SMPTE 59 full aperture
    EXPECT_DOUBLE_EQ(camera.sensor.heightMm, 18.66);
    ASSERT_TRUE(camera.deliveryAspect.has_value());
    EXPECT_DOUBLE_EQ(*camera.deliveryAspect, 2.39);
    EXPECT_FALSE(camera.cocMm.has_value());
    EXPECT_DOUBLE_EQ(camera.focalLengthMm, 35.0);
    EXPECT_DOUBLE_EQ(camera.fStop, 2.8);
    EXPECT_DOUBLE_EQ(camera.positionM.y, 1.6);

    // One simple scene: Anna walks from A to B while the camera retreats in front of her.
    ASSERT_EQ(project->scenes.size(), 1U);
    const Scene& scene = project->scenes[0];
    EXPECT_EQ(scene.intExt, IntExt::Int);
    EXPECT_EQ(scene.location, "WAREHOUSE");
    ASSERT_EQ(scene.blocking.size(), 1U);
    EXPECT_EQ(scene.blocking[0].actor, "Anna");
    ASSERT_EQ(scene.blocking[0].marks.size(), 2U);
    EXPECT_EQ(scene.blocking[0].marks[1].arriveAt, 4 * kFlicksPerSecond);
    ASSERT_EQ(scene.shots.size(), 1U);
    const Shot& shot = scene.shots[0];
    EXPECT_EQ(shot.camera, "A");
    EXPECT_EQ(shot.durationFlicks, 5 * kFlicksPerSecond);
    EXPECT_FALSE(shot.rig.rail.has_value());
    EXPECT_EQ(shot.rig.aim, AimMode::LookAtActor);
    EXPECT_EQ(shot.rig.focusActor, "Anna");
    EXPECT_EQ(shot.rig.channel(RigChannel::Dolly).keyCount(), 2U);
    EXPECT_TRUE(shot.rig.channel(RigChannel::Pedestal).isEmpty());
}

TEST(ProjectJsonDemo, LoadsAndPassesTheProjectChecks)
{
    // The bundled demo (whichever format it is stored in) loads, and what loads passes checkProject.
    const auto project = loadProject(kDemo);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    EXPECT_FALSE(project->cameras.empty());
    const std::optional<Error> problem = checkProject(project.value());
    EXPECT_FALSE(problem.has_value()) << problem->describe();
}

TEST(ProjectJsonDemo, EqualsItsReparsedSelf)
{
    const Project project = demoProject();
    const auto reparsed = parseProject(serializeProject(project));
    ASSERT_TRUE(reparsed.ok()) << reparsed.error().describe();
    EXPECT_TRUE(reparsed.value() == project);
}

TEST(ProjectJsonDemo, IsStoredInTheCanonicalLayoutOfItsFormat)
{
    const std::string text = readFile(kDemo);
    if (text.find("\"formatVersion\": 1,") != std::string::npos) {
        // A format 1 demo is the same document as the format 1 copy kept with the tests, and
        // saving it writes the current format: the copy, migrated.
        EXPECT_EQ(text, readFile(kWarehouseV1));
        EXPECT_EQ(serializeProject(demoProject()), serializeProject(loaded(kWarehouseV1)));
    } else {
        // Written by hand in the documented layout of the current format: saving changes no byte.
        EXPECT_NE(text.find("\"formatVersion\": " + std::to_string(Project::kFormatVersion) + ","), std::string::npos);
        EXPECT_EQ(serializeProject(demoProject()), text);
    }
}

// --- round trips -------------------------------------------------------------------

TEST(ProjectJsonRoundTrip, LoadSaveLoadIsByteIdentical)
{
    TemporaryDirectory dir;
    const fs::path first = dir.path() / "first.murnau";
    const fs::path second = dir.path() / "second.murnau";
    Project project = loaded(kFullV2);
    // Values that have no short decimal form must survive too.
    project.actors[0].positionM.x = 1.0 / 3.0;
    project.cameras[0].focalLengthMm = 35.000000000000007;
    project.cameras[0].tiltDeg = -1e-7;
    ASSERT_TRUE(saveProject(project, first).ok());
    const auto reloaded = loadProject(first);
    ASSERT_TRUE(reloaded.ok()) << reloaded.error().describe();
    EXPECT_EQ(reloaded->actors[0].positionM.x, 1.0 / 3.0);
    EXPECT_EQ(reloaded->cameras[0].focalLengthMm, 35.000000000000007);
    EXPECT_EQ(reloaded->cameras[0].tiltDeg, -1e-7);
    ASSERT_TRUE(saveProject(reloaded.value(), second).ok());
    EXPECT_EQ(readFile(first), readFile(second));
}

TEST(ProjectJsonRoundTrip, CustomGateAndOptionalValues)
{
    Project project = loaded(kWarehouseV1);
    CameraSetup& camera = project.cameras[0];
    camera.sensor = SensorFormat{"custom", "Odd gate", 30.5, 17.2, 0.02, ""};
    camera.deliveryAspect.reset();
    camera.cocMm = 0.019;
    camera.squeeze = 1.8;
    project.frameRate = FrameRate{24000, 1001};

    const std::string text = serializeProject(project);
    EXPECT_NE(text.find("\"frameRate\": \"23.976\""), std::string::npos);
    EXPECT_NE(text.find("\"sensor\": {\n        \"name\": \"Odd gate\",\n        \"widthMm\": 30.5,"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("\"deliveryAspect\": null"), std::string::npos);

    const auto parsed = parseProject(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    const CameraSetup& back = parsed->cameras[0];
    EXPECT_EQ(back.sensor.name, "Odd gate");
    EXPECT_DOUBLE_EQ(back.sensor.widthMm, 30.5);
    EXPECT_DOUBLE_EQ(back.sensor.heightMm, 17.2);
    // No preset: the circle of confusion defaults to diagonal / 1500 = sqrt(30.5^2 + 17.2^2) / 1500.
    EXPECT_NEAR(back.sensor.cocMm, std::hypot(30.5, 17.2) / 1500.0, 1e-15);
    EXPECT_FALSE(back.deliveryAspect.has_value());
    ASSERT_TRUE(back.cocMm.has_value());
    EXPECT_DOUBLE_EQ(*back.cocMm, 0.019);
    EXPECT_DOUBLE_EQ(back.squeeze, 1.8);
    EXPECT_EQ(parsed->frameRate, (FrameRate{24000, 1001}));
    EXPECT_EQ(serializeProject(parsed.value()), text);
}

TEST(ProjectJsonRoundTrip, AcceptsTheRationalFrameRateAndUpperCaseColours)
{
    std::string text = readFile(kData / "valid/minimal.murnau");
    text.replace(text.find("\"24\""), 4, "\"24000/1001\"");
    text.replace(text.find("#e5484d"), 7, "#E5484D");
    const auto project = parseProject(text);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    EXPECT_EQ(project->frameRate, (FrameRate{24000, 1001}));
    EXPECT_EQ(project->actors[0].color, (Rgb{0xe5, 0x48, 0x4d}));
}

TEST(ProjectJsonRoundTrip, NonAsciiNamesStayUtf8)
{
    Project project = loaded(kWarehouseV1);
    // Dev (actors[3]) has no blocking or shot in the demo, so renaming him leaves no dangling reference.
    project.actors[3].name = "Zo\u00eb Chlo\u00e9 \u6e21\u8fba";  // Zoë Chloé 渡辺
    const std::string text = serializeProject(project);
    EXPECT_NE(text.find("\"Zo\u00eb Chlo\u00e9 \u6e21\u8fba\""), std::string::npos);  // raw UTF-8, not \u escapes
    const auto parsed = parseProject(text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    EXPECT_EQ(parsed->actors[3].name, project.actors[3].name);
}

TEST(ProjectJsonDoc, TheSpecificationExampleLoads)
{
    // docs/file-format.md opens with an example; it must stay a valid file.
    const std::string doc = readFile(kSourceDir / "docs/file-format.md");
    const auto begin = doc.find("```json\n");
    ASSERT_NE(begin, std::string::npos);
    const auto end = doc.find("```", begin + 8);
    ASSERT_NE(end, std::string::npos);
    const auto project = parseProject(std::string_view(doc).substr(begin + 8, end - begin - 8));
    ASSERT_TRUE(project.ok()) << project.error().describe();
    EXPECT_EQ(project->actors.size(), 1U);
    ASSERT_EQ(project->set.pieces.size(), 4U);
    EXPECT_EQ(project->set.pieces[0].shape, SetPieceShape::Cylinder);
    // The format 2 example shows a wall with a door and a window, stairs, a model and a lens kit.
    EXPECT_EQ(project->set.pieces[1].shape, SetPieceShape::Wall);
    ASSERT_EQ(project->set.pieces[1].openings.size(), 2U);
    EXPECT_EQ(project->set.pieces[1].openings[0].kind, OpeningKind::Door);
    EXPECT_EQ(project->set.pieces[1].openings[1].kind, OpeningKind::Window);
    EXPECT_EQ(project->set.pieces[2].shape, SetPieceShape::Stairs);
    EXPECT_EQ(project->set.pieces[3].shape, SetPieceShape::Model);
    ASSERT_TRUE(project->cameras[0].lensKit.has_value());
    EXPECT_EQ(project->cameras[0].lensKit->kind, LensKitKind::Primes);
    ASSERT_EQ(project->scenes.size(), 1U);
    ASSERT_EQ(project->scenes[0].shots.size(), 1U);
    const CameraRig& rig = project->scenes[0].shots[0].rig;
    ASSERT_EQ(rig.channel(RigChannel::Dolly).keyCount(), 2U);
    EXPECT_EQ(rig.channel(RigChannel::Dolly).key(0).handleType, HandleType::Free);
    EXPECT_EQ(rig.channel(RigChannel::Dolly).key(0).right, (Handle{0.75, 0.0}));
    EXPECT_EQ(rig.channel(RigChannel::FocalLength).key(0).easing, Easing::fromPreset(EasingPreset::EaseInOut));
    // The example must also be in the canonical layout, as Murnau would write it.
    EXPECT_EQ(serializeProject(project.value()), std::string(std::string_view(doc).substr(begin + 8, end - begin - 8)));
}

// --- malformed files ---------------------------------------------------------------

struct MalformedCase {
    const char* file;          // in tests/core/data/malformed/
    const char* field;         // the exact field path the error must name
    const char* messagePart;   // a part of the message that must appear
};

class ProjectJsonMalformed : public ::testing::TestWithParam<MalformedCase> {};

TEST_P(ProjectJsonMalformed, IsRefusedNamingThePlace)
{
    const MalformedCase& c = GetParam();
    const auto project = loadProject(kData / "malformed" / c.file);
    ASSERT_FALSE(project.ok()) << c.file << " loaded";
    EXPECT_EQ(project.error().field, c.field) << project.error().describe();
    EXPECT_NE(project.error().message.find(c.messagePart), std::string::npos) << project.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Corpus, ProjectJsonMalformed,
    ::testing::Values(
        MalformedCase{"truncated.murnau", "actors[1].heightM", "unexpected end of input"},
        MalformedCase{"wrong_type.murnau", "cameras[0].focalLengthMm",
                      "expected a number of millimetres, got a string \"35\""},
        MalformedCase{"nan_string.murnau", "actors[0].heightM", "expected a number of metres, got a string \"NaN\""},
        MalformedCase{"nan_literal.murnau", "actors[2].heightM", "not valid JSON at byte"},
        MalformedCase{"huge_exponent.murnau", "set.pieces[1].positionM[0]", "number overflow parsing '1e400'"},
        MalformedCase{"negative_height.murnau", "actors[2].heightM", "expected a positive number of metres, got -1.8"},
        MalformedCase{"missing_field.murnau", "cameras[0].fStop", "missing"},
        MalformedCase{"unknown_key.murnau", "actors[1].heigthM", "unknown key 'heigthM'; did you mean 'heightM'?"},
        MalformedCase{"newer_version.murnau", "formatVersion",
                      "this file was written by a newer Murnau (format 3); this build reads formats 1 to 2"},
        MalformedCase{"unknown_sensor.murnau", "cameras[0].sensor", "unknown sensor preset 'foo'"},
        MalformedCase{"bad_color.murnau", "set.pieces[0].color", "expected a colour \"#rrggbb\""},
        MalformedCase{"bad_shape.murnau", "set.pieces[1].shape",
                      "expected \"box\", \"cylinder\", \"wall\", \"stairs\" or \"model\", got a string \"sphere\""},
        MalformedCase{"bad_frame_rate.murnau", "frameRate", ""},
        MalformedCase{"duplicate_key.murnau", "actors[0].heightM", "duplicate key 'heightM'"},
        MalformedCase{"custom_sensor_negative.murnau", "cameras[0].sensor.widthMm",
                      "expected a positive number of millimetres, got -36.0"},
        MalformedCase{"huge_focal_length.murnau", "cameras[0].focalLengthMm",
                      "expected a focal length from 1 to 2000 mm, got 1e+300"},
        MalformedCase{"position_out_of_range.murnau", "cameras[0].positionM[2]",
                      "expected a coordinate from -100000 to 100000 m, got 500000.0"},
        MalformedCase{"vector_too_short.murnau", "actors[1].positionM", "expected an array of 3 numbers"},
        MalformedCase{"focus_inside_focal_length.murnau", "cameras[0].focusDistanceM", "inside its focal length"},
        MalformedCase{"not_a_project.murnau", "format", "this is not a Murnau project"},
        MalformedCase{"trailing_garbage.murnau", "", "not valid JSON at byte"},
        MalformedCase{"no_cameras.murnau", "cameras", "at least one camera"},
        MalformedCase{"zero_size.murnau", "set.pieces[0].sizeM[1]", "expected a positive number of metres, got 0.0"},
        MalformedCase{"control_character_in_name.murnau", "actors[1].name", "control characters"},
        MalformedCase{"deep_nesting.murnau", "title", "nested more than 64 levels deep"},
        // "title: ..." -- the parser takes the 't' for "true" and fails on the 2nd byte, 'i'.
        MalformedCase{"not_json.murnau", "", "not valid JSON at byte 2: parse error at line 1, column 2"},
        MalformedCase{"empty.murnau", "", "not valid JSON at byte 1"},
        MalformedCase{"top_level_array.murnau", "", "expected a Murnau project"}),
    [](const ::testing::TestParamInfo<MalformedCase>& caseInfo) {
        std::string name = caseInfo.param.file;
        name = name.substr(0, name.find('.'));
        name.erase(std::remove(name.begin(), name.end(), '_'), name.end());
        return name;
    });

TEST(ProjectJsonMalformedCorpus, EveryFileIsCoveredAndTheBaseIsValid)
{
    // The corpus files are one-change variants of valid/minimal.murnau, which must load.
    const auto base = loadProject(kData / "valid/minimal.murnau");
    ASSERT_TRUE(base.ok()) << base.error().describe();
    std::size_t files = 0;
    for (const auto& entry : fs::directory_iterator(kData / "malformed")) {
        ++files;
        EXPECT_FALSE(loadProject(entry.path()).ok()) << entry.path();
    }
    EXPECT_EQ(files, 28U);  // one per case of ProjectJsonMalformed
}

TEST(ProjectJsonMalformedText, ExactMessages)
{
    const auto negative = loadProject(kData / "malformed/negative_height.murnau");
    ASSERT_FALSE(negative.ok());
    EXPECT_EQ(negative.error().describe(), "actors[2].heightM: expected a positive number of metres, got -1.8");

    const auto newer = loadProject(kData / "malformed/newer_version.murnau");
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().describe(),
              "formatVersion: this file was written by a newer Murnau (format 3); this build reads formats 1 to 2");

    std::string text = readFile(kData / "valid/minimal.murnau");
    text.replace(text.find("\"heightM\": 1.85"), 15, "\"heightM\": 12");
    const auto tall = parseProject(text);
    ASSERT_FALSE(tall.ok());
    EXPECT_EQ(tall.error().describe(), "actors[1].heightM: expected an actor height from 0.3 to 3 m, got 12");
}

TEST(ProjectJsonMalformedText, TruncationIsReportedAtTheEndOfTheFile)
{
    // The parser counts bytes from 1 and reads the end of input as one more: a file of
    // n bytes that stops inside a value fails at byte n + 1.
    const fs::path path = kData / "malformed/truncated.murnau";
    const auto project = loadProject(path);
    ASSERT_FALSE(project.ok());
    const std::string expected = "not valid JSON at byte " + std::to_string(fs::file_size(path) + 1) + ":";
    EXPECT_EQ(project.error().message.rfind(expected, 0), 0U) << project.error().message;
}

TEST(ProjectJsonMalformedText, InvalidUtf8IsRefusedWhereItIs)
{
    std::string text = readFile(kData / "valid/minimal.murnau");
    text.replace(text.find("\"Ben\""), 5, "\"B\xff\xfen\"");
    const auto project = parseProject(text);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().field, "actors[1].name");
    EXPECT_NE(project.error().message.find("UTF-8"), std::string::npos) << project.error().message;
}

TEST(ProjectJsonMalformedText, NestingInsideTheSetNamesTheMember)
{
    std::string text = R"({"format": "murnau-project", "formatVersion": 1, "set": {"pieces": )";
    text += std::string(10000, '[') + std::string(10000, ']') + "}}";
    const auto project = parseProject(text);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().field, "set.pieces");
}

TEST(ProjectJsonMalformedText, HundredMegabyteStringIsRefusedCleanly)
{
    std::string text = R"({"format": "murnau-project", "formatVersion": 1, "title": ")";
    text += std::string(std::size_t{100} * 1024 * 1024, 'a');
    text += "\"}";
    const auto project = parseProject(text);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().field, "");
    EXPECT_NE(project.error().message.find("limited to 64.0 MiB"), std::string::npos) << project.error().message;
}

TEST(ProjectJsonMalformedText, OversizedFileIsRefusedBeforeReading)
{
    TemporaryDirectory dir;
    const fs::path big = dir.path() / "big.murnau";
    writeFile(big, "{");
    fs::resize_file(big, std::uintmax_t{65} * 1024 * 1024);  // sparse: no 65 MiB written
    const auto project = loadProject(big);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().field, big.string());
    EXPECT_NE(project.error().message.find("65.0 MiB"), std::string::npos) << project.error().message;
}

TEST(ProjectJsonMalformedText, MissingFileAndDirectory)
{
    TemporaryDirectory dir;
    const auto missing = loadProject(dir.path() / "nope.murnau");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().field, (dir.path() / "nope.murnau").string());
    const auto directory = loadProject(dir.path());
    ASSERT_FALSE(directory.ok());
    EXPECT_NE(directory.error().message.find("directory"), std::string::npos);
}

// --- atomic save ------------------------------------------------------------------

TEST(ProjectJsonSave, KeepsThePreviousVersionAsBak)
{
    TemporaryDirectory dir;
    const fs::path path = dir.path() / "scene.murnau";
    Project project = demoProject();
    ASSERT_TRUE(saveProject(project, path).ok());
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"scene.murnau"}));  // nothing to back up yet
    const std::string firstText = readFile(path);

    project.title = "Second version";
    const auto saved = saveProject(project, path);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"scene.murnau", "scene.murnau.bak"}));
    EXPECT_EQ(readFile(dir.path() / "scene.murnau.bak"), firstText);
    const auto reloaded = loadProject(path);
    ASSERT_TRUE(reloaded.ok());
    EXPECT_EQ(reloaded->title, "Second version");
}

TEST(ProjectJsonSave, ThroughASymbolicLinkReplacesTheTarget)
{
    TemporaryDirectory dir;
    fs::create_directories(dir.path() / "real");
    const fs::path target = dir.path() / "real" / "scene.murnau";
    writeFile(target, "old");
    const fs::path link = dir.path() / "link.murnau";
    fs::create_symlink(target, link);
    const auto saved = saveProject(demoProject(), link);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(readFile(target), serializeProject(demoProject()));
    EXPECT_EQ(readFile(dir.path() / "real" / "scene.murnau.bak"), "old");
}

TEST(ProjectJsonSave, FailedBackupLeavesTheOldFileIntact)
{
    // Root ignores permissions, so provoke the failure structurally: "<path>.bak" is a
    // non-empty directory that the backup copy cannot replace.
    TemporaryDirectory dir;
    const fs::path path = dir.path() / "scene.murnau";
    const std::string oldText = "old contents, not even a project\n";
    writeFile(path, oldText);
    fs::create_directories(dir.path() / "scene.murnau.bak" / "inside");

    const auto saved = saveProject(demoProject(), path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, path.string());
    EXPECT_EQ(readFile(path), oldText);
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"scene.murnau", "scene.murnau.bak"}));  // no .tmp- left
}

TEST(ProjectJsonSave, ParentThatIsAFileIsAnError)
{
    TemporaryDirectory dir;
    writeFile(dir.path() / "plain", "a regular file");
    const auto saved = saveProject(demoProject(), dir.path() / "plain" / "scene.murnau");
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(readFile(dir.path() / "plain"), "a regular file");
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"plain"}));
}

TEST(ProjectJsonSave, TargetThatIsADirectoryIsAnError)
{
    TemporaryDirectory dir;
    fs::create_directories(dir.path() / "scene.murnau" / "inside");
    const auto saved = saveProject(demoProject(), dir.path() / "scene.murnau");
    ASSERT_FALSE(saved.ok());
    EXPECT_TRUE(fs::is_directory(dir.path() / "scene.murnau" / "inside"));
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"scene.murnau"}));
}

TEST(ProjectJsonSave, RefusesAProjectItCouldNotReadBack)
{
    TemporaryDirectory dir;
    const fs::path path = dir.path() / "scene.murnau";
    const Project good = demoProject();
    ASSERT_TRUE(saveProject(good, path).ok());
    const std::string goodText = readFile(path);

    Project bad = good;
    bad.actors[1].heightM = std::nan("");
    const auto saved = saveProject(bad, path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "actors[1].heightM");
    EXPECT_EQ(readFile(path), goodText);
    EXPECT_EQ(dir.entries(), (std::vector<std::string>{"scene.murnau"}));
}
