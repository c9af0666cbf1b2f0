// Model files beside the project: resolved against the project file's folder, and those that
// cannot be used listed as warnings while the project still loads.

#include <filesystem>
#include <fstream>
#include <string>

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
