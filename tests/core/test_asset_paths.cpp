// Model files beside the project: resolved against the project file's folder, and those that
// cannot be used listed as warnings while the project still loads.

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "core/scene/asset_paths.h"
#include "core/scene/project_json.h"

using namespace murnau;
namespace fs = std::filesystem;

namespace {

const fs::path kSourceDir = MURNAU_SOURCE_DIR;
const fs::path kFullV2 = kSourceDir / "tests/core/data/valid/full-v2.murnau";

SetPiece model(std::string name, std::string path)
{
    SetPiece piece;
    piece.name = std::move(name);
    piece.shape = SetPieceShape::Model;
    piece.modelPath = std::move(path);
    return piece;
}

// A fresh directory for one test, removed afterwards.
class TemporaryDirectory {
public:
    TemporaryDirectory()
        : m_path(fs::temp_directory_path()
                 / ("murnau-assets-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-"
                    + std::to_string(::getpid())))
    {
        fs::remove_all(m_path);
        fs::create_directories(m_path);
    }
    ~TemporaryDirectory() { fs::remove_all(m_path); }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;
    [[nodiscard]] const fs::path& path() const { return m_path; }

private:
    fs::path m_path;
};

} // namespace

TEST(AssetPaths, ResolveAgainstTheProjectFilesFolder)
{
    EXPECT_EQ(resolveAssetPath("/films/heist/heist.murnau", "models/car.glb"), fs::path("/films/heist/models/car.glb"));
    EXPECT_EQ(resolveAssetPath("/films/heist/heist.murnau", "car.obj"), fs::path("/films/heist/car.obj"));
    EXPECT_EQ(resolveAssetPath("heist.murnau", "models/props/car.gltf"), fs::path("models/props/car.gltf"));
    EXPECT_EQ(resolveAssetPath("../heist/heist.murnau", "a/b.glb"), fs::path("../heist/a/b.glb"));
}

TEST(AssetPaths, TheTestProjectsMissingModelIsAWarningNotAnError)
{
    // full-v2.murnau names models/crate.obj (present beside it) and models/forklift.glb (absent).
    const auto project = loadProject(kFullV2);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    const std::vector<MissingAsset> missing = findMissingAssets(project.value(), kFullV2);
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].field, "set.pieces[6]");
    EXPECT_EQ(missing[0].pieceName, "Forklift");
    EXPECT_EQ(missing[0].modelPath, "models/forklift.glb");
    EXPECT_EQ(missing[0].resolvedPath, kFullV2.parent_path() / "models" / "forklift.glb");
    EXPECT_EQ(missing[0].problem, AssetProblem::Missing);
    EXPECT_EQ(missingAssetWarning(missing[0]),
              "set.pieces[6] 'Forklift': model file 'models/forklift.glb' not found (looked for "
                  + (kFullV2.parent_path() / "models" / "forklift.glb").string() + "); a placeholder box is shown");
}

TEST(AssetPaths, AFolderInPlaceOfTheFileIsNotAFile)
{
    TemporaryDirectory dir;
    fs::create_directories(dir.path() / "models" / "car.glb");
    std::ofstream(dir.path() / "models" / "van.obj") << "v 0 0 0\n";
    Project project;
    project.set.pieces = {model("Car", "models/car.glb"), model("Van", "models/van.obj"), model("Bus", "bus.glb")};
    SetPiece box;
    box.name = "Crate";
    project.set.pieces.push_back(box);   // not a model: never looked for
    const auto missing = findMissingAssets(project, dir.path() / "film.murnau");
    ASSERT_EQ(missing.size(), 2U);
    EXPECT_EQ(missing[0].field, "set.pieces[0]");
    EXPECT_EQ(missing[0].problem, AssetProblem::NotAFile);
    EXPECT_NE(missingAssetWarning(missing[0]).find("is not a file"), std::string::npos);
    EXPECT_EQ(missing[1].field, "set.pieces[2]");
    EXPECT_EQ(missing[1].problem, AssetProblem::Missing);
}

TEST(AssetPaths, AProjectWithoutModelsMissesNothing)
{
    EXPECT_TRUE(findMissingAssets(Project{}, "/nowhere/at/all.murnau").empty());
}

// Someone else's project may hold symbolic links: those that stay in the folder are followed,
// those that leave it are refused, naming where they lead (docs/untrusted-files.md).
TEST(AssetPaths, ALinkLeavingTheProjectsFolderIsRefused)
{
    TemporaryDirectory dir;
    const fs::path film = dir.path() / "film";
    const fs::path elsewhere = dir.path() / "film2";   // shares "film" as a prefix of its name
    fs::create_directories(film / "models");
    fs::create_directories(elsewhere / "library");
    std::ofstream(film / "models" / "van.obj") << "v 0 0 0\n";
    std::ofstream(elsewhere / "secret.glb") << "not a model\n";
    std::ofstream(elsewhere / "library" / "tree.obj") << "v 0 0 0\n";
    fs::create_symlink("van.obj", film / "models" / "alias.obj");             // inside: fine
    fs::create_symlink("../../film2/secret.glb", film / "models" / "out.glb"); // relative, outside
    fs::create_symlink(elsewhere / "secret.glb", film / "abs.glb");            // absolute, outside
    fs::create_symlink(elsewhere / "library", film / "library");               // a folder on the way
    fs::create_symlink("/dev/zero", film / "zero.glb");                        // a device elsewhere
    fs::create_symlink("nowhere.glb", film / "dangling.glb");                  // leads nowhere
    Project project;
    project.set.pieces = {model("Van", "models/alias.obj"), model("Out", "models/out.glb"), model("Abs", "abs.glb"),
                          model("Tree", "library/tree.obj"), model("Zero", "zero.glb"),
                          model("Dangling", "dangling.glb")};
    const auto missing = findMissingAssets(project, film / "film.murnau");
    ASSERT_EQ(missing.size(), 5U);
    const fs::path realElsewhere = fs::canonical(elsewhere);
    const std::pair<AssetProblem, fs::path> expected[] = {
        {AssetProblem::OutsideProject, realElsewhere / "secret.glb"},
        {AssetProblem::OutsideProject, realElsewhere / "secret.glb"},
        {AssetProblem::OutsideProject, realElsewhere / "library" / "tree.obj"},
        {AssetProblem::OutsideProject, "/dev/zero"},
        {AssetProblem::Missing, {}},
    };
    for (std::size_t i = 0; i < missing.size(); ++i) {
        EXPECT_EQ(missing[i].field, "set.pieces[" + std::to_string(i + 1) + "]");
        EXPECT_EQ(missing[i].problem, expected[i].first) << missing[i].modelPath;
        EXPECT_EQ(missing[i].target, expected[i].second) << missing[i].modelPath;
    }
    EXPECT_EQ(missingAssetWarning(missing[3]),
              "set.pieces[4] 'Zero': model file 'zero.glb' leads outside the project's folder through a symbolic "
              "link (to /dev/zero; copy the model into the project's folder) (looked for "
                  + (film / "zero.glb").string() + "); a placeholder box is shown");
}

TEST(AssetPaths, AProjectFolderReachedThroughALinkKeepsItsOwnLinks)
{
    // The user's own way to the project may be a link (~/film -> /mnt/disk/film): what counts is
    // the real folder, so a model inside it stays inside.
    TemporaryDirectory dir;
    fs::create_directories(dir.path() / "disk" / "film" / "models");
    std::ofstream(dir.path() / "disk" / "film" / "models" / "van.obj") << "v 0 0 0\n";
    fs::create_symlink(dir.path() / "disk" / "film", dir.path() / "film");
    Project project;
    project.set.pieces = {model("Van", "models/van.obj")};
    EXPECT_TRUE(findMissingAssets(project, dir.path() / "film" / "film.murnau").empty());
    EXPECT_EQ(linkTargetOutsideProject(dir.path() / "film" / "film.murnau", dir.path() / "film" / "models" / "van.obj"),
              std::nullopt);
}

TEST(AssetPaths, AFifoInPlaceOfTheFileIsNotAFileAndIsNeverOpened)
{
    // Opening a FIFO for reading blocks until a writer comes: findMissingAssets must only stat it
    // (were it opened, this test would hang, and ctest's timeout would fail it).
    TemporaryDirectory dir;
    ASSERT_EQ(::mkfifo((dir.path() / "pipe.glb").c_str(), 0600), 0);
    Project project;
    project.set.pieces = {model("Pipe", "pipe.glb")};
    const auto missing = findMissingAssets(project, dir.path() / "film.murnau");
    ASSERT_EQ(missing.size(), 1U);
    EXPECT_EQ(missing[0].problem, AssetProblem::NotAFile);
}

TEST(AssetPaths, ALinksTargetIsPrintableInTheWarning)
{
    MissingAsset asset;
    asset.field = "set.pieces[0]";
    asset.pieceName = "Car";
    asset.modelPath = "car.glb";
    asset.resolvedPath = "/film/car.glb";
    asset.problem = AssetProblem::OutsideProject;
    asset.target = "/tmp/x\nwarning: forged line";
    EXPECT_NE(missingAssetWarning(asset).find("(to /tmp/x?warning: forged line;"), std::string::npos);
    EXPECT_EQ(missingAssetWarning(asset).find('\n'), std::string::npos);
}
