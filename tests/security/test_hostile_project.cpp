// A project from someone else, read by the core: every model path that would leave the project's
// folder is refused with the field named, every trap in a model's place (links out, a FIFO, a
// folder, a device) is a one-line warning, the strings come back as plain text, files exported
// from them stay in the folder asked for, and nothing outside is touched.

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/export/camera_track.h"
#include "core/export/chan_export.h"
#include "core/export/export_shots.h"
#include "core/scene/asset_paths.h"
#include "core/scene/project_json.h"
#include "hostile_project.h"

using namespace murnau;
using namespace murnau::security;
namespace fs = std::filesystem;

namespace {

const fs::path kDemo = fs::path(MURNAU_SOURCE_DIR) / "assets" / "demo" / "warehouse.murnau";

// True when `path`, with "." and ".." folded, lies inside `folder`.
bool lexicallyInside(const fs::path& path, const fs::path& folder)
{
    const fs::path normal = path.lexically_normal();
    auto it = normal.begin();
    for (const fs::path& part : folder) {
        if (it == normal.end() || *it != part)
            return false;
        ++it;
    }
    return it != normal.end();
}

bool hasControlCharacter(const std::string& text)
{
    return std::any_of(text.begin(), text.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x20U || byte == 0x7FU;
    });
}

} // namespace

TEST(HostileProject, LoadsWithAOneLineWarningForEveryTrapAndTouchesNothing)
{
    ScratchFolder scratch("core-load");
    const HostileFixture f = makeHostileFixture(scratch.path(), kDemo);
    const auto decoyBefore = snapshotFolder(f.decoyDir);
    const auto projectBefore = snapshotFolder(f.projectDir);

    const Result<Project> project = loadProject(f.projectFile);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    // The strings are data: kept byte for byte, never interpreted.
    EXPECT_EQ(project.value().title, f.title);
    EXPECT_EQ(project.value().scenes[0].name, f.sceneName);
    EXPECT_EQ(project.value().scenes[0].shots[0].name, f.shotName);
    EXPECT_EQ(project.value().scenes[0].shots[0].id, f.shotId);

    const std::vector<MissingAsset> missing = findMissingAssets(project.value(), f.projectFile);
    // What each trap is, worked out from how the fixture lays it out (hostile_project.cpp). The
    // escaping glTF is a regular file inside the folder: its contents are the model file check's
    // business (core/scene/model_file), not this one's.
    const std::map<std::string, std::pair<AssetProblem, fs::path>> expected = {
        {"models/outside.glb", {AssetProblem::OutsideProject, f.decoyDir / "secret.glb"}},
        {"models/zero.glb", {AssetProblem::OutsideProject, "/dev/zero"}},
        {"models/pipe.glb", {AssetProblem::NotAFile, {}}},
        {"models/folder.glb", {AssetProblem::NotAFile, {}}},
        {"library/tree.obj", {AssetProblem::OutsideProject, f.decoyDir / "library" / "tree.obj"}},
        {"%2e%2e/decoy/secret.glb", {AssetProblem::Missing, {}}},
        {"~/secret.glb", {AssetProblem::Missing, {}}},
        {"http:x.glb", {AssetProblem::Missing, {}}},
        {"models/x.glb?y=..%2f#.glb", {AssetProblem::Missing, {}}},
        {f.pieces[9].modelPath, {AssetProblem::Missing, {}}},
    };
    ASSERT_EQ(missing.size(), expected.size());
    for (std::size_t i = 0; i < missing.size(); ++i) {
        const MissingAsset& asset = missing[i];
        EXPECT_EQ(asset.field, "set.pieces[" + std::to_string(f.firstHostilePiece + i) + "]");
        EXPECT_EQ(asset.modelPath, f.pieces[i].modelPath) << f.pieces[i].what;
        const auto want = expected.find(asset.modelPath);
        ASSERT_NE(want, expected.end()) << asset.modelPath;
        EXPECT_EQ(asset.problem, want->second.first) << f.pieces[i].what;
        EXPECT_EQ(asset.target, want->second.second) << f.pieces[i].what;
        // Where it was looked for is inside the project's folder, whatever the path's characters.
        EXPECT_TRUE(lexicallyInside(asset.resolvedPath, f.projectDir)) << asset.resolvedPath;
        const std::string warning = missingAssetWarning(asset);
        EXPECT_FALSE(hasControlCharacter(warning)) << warning;
        EXPECT_EQ(warning.rfind(asset.field + " '", 0), 0U) << warning;
    }
    // Nothing was written beside the project or in it (links are not followed by the snapshot).
    EXPECT_EQ(snapshotDifferences(decoyBefore, snapshotFolder(f.decoyDir)), std::vector<std::string>{});
    EXPECT_EQ(snapshotDifferences(projectBefore, snapshotFolder(f.projectDir)), std::vector<std::string>{});
}

TEST(HostileProject, EveryModelPathLeavingTheFolderIsRefusedNamingTheField)
{
    ScratchFolder scratch("core-refused");
    const HostileFixture f = makeHostileFixture(scratch.path(), kDemo);
    ASSERT_EQ(f.refused.size(), 18U);
    for (const RefusedCase& refused : f.refused) {
        const Result<Project> project = loadProject(refused.file);
        ASSERT_FALSE(project.ok()) << refused.what << " was accepted";
        EXPECT_EQ(project.error().field, "set.pieces[0].modelPath") << refused.what;
        EXPECT_NE(project.error().message.find(refused.expectedWords), std::string::npos)
            << refused.what << ": " << project.error().message;
        // The message never repeats a control character from the file (a forged log line).
        EXPECT_FALSE(hasControlCharacter(project.error().describe())) << refused.what;
    }
}

TEST(HostileProject, ExportedFileNamesStayInTheFolderAskedFor)
{
    // Scene "/etc/passwd", shot "../../1A", id "../../x?y#z": every byte that is not a letter,
    // digit, '-' or '_' becomes '_', so no name can hold a separator or be "..".
    EXPECT_EQ(shotFileStem("/etc/passwd", "../../1A", "../../x?y#z"), "sc_etc_passwd_sh______1A_______x_y_z");
    EXPECT_EQ(shotFileStem("..", "..", ""), "sc___sh__");

    ScratchFolder scratch("core-chan");
    const HostileFixture f = makeHostileFixture(scratch.path(), kDemo);
    const Result<Project> project = loadProject(f.projectFile);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    const Result<std::vector<ExportShot>> shots = selectExportShots(project.value());
    ASSERT_TRUE(shots.ok()) << shots.error().describe();
    const Result<std::vector<CameraTrack>> tracks = sampleCameraTracks(project.value(), shots.value());
    ASSERT_TRUE(tracks.ok()) << tracks.error().describe();
    const fs::path folder = f.sandbox / "out" / "chan";
    const auto decoyBefore = snapshotFolder(f.decoyDir);
    const auto written = exportChan(tracks.value(), folder);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    ASSERT_EQ(written.value().size(), tracks.value().size());
    for (const fs::path& path : written.value())
        EXPECT_EQ(path.parent_path(), folder) << path;
    // The folder holds exactly those files, and nothing appeared anywhere else in the fixture.
    std::size_t inFolder = 0;
    for (const auto& entry : fs::directory_iterator(folder)) {
        EXPECT_TRUE(entry.is_regular_file()) << entry.path();
        ++inFolder;
    }
    EXPECT_EQ(inFolder, written.value().size());
    EXPECT_TRUE(std::find(written.value().begin(), written.value().end(),
                          folder / "sc_etc_passwd_sh______1A.chan") != written.value().end());
    EXPECT_EQ(snapshotDifferences(decoyBefore, snapshotFolder(f.decoyDir)), std::vector<std::string>{});
    EXPECT_FALSE(fs::exists("/tmp/murnau-evil"));
    EXPECT_FALSE(fs::exists("/tmp/murnau-pwned"));
}
