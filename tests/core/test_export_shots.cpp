// Which shots an export covers and in which order (core/export/export_shots.h).

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/export/export_shots.h"

namespace murnau {
namespace {

Shot shotOf(std::string id, std::string number, std::string setup)
{
    Shot shot;
    shot.id = std::move(id);
    shot.number = std::move(number);
    shot.setup = std::move(setup);
    return shot;
}

// Scene 1: shots 1 (A), 2 (B), 3 (A), 4 (B); scene 2: shots 1 (C), 2 (A).
Project twoScenes()
{
    Project project;
    Scene first;
    first.number = "1";
    first.shots = {shotOf("sh-1", "1", "A"), shotOf("sh-2", "2", "B"), shotOf("sh-3", "3", "A"),
                   shotOf("sh-4", "4", "B")};
    Scene second;
    second.number = "2";
    second.shots = {shotOf("sh-5", "1", "C"), shotOf("sh-6", "2X", "A")};
    project.scenes = {first, second};
    return project;
}

std::vector<std::string> idsOf(const std::vector<ExportShot>& shots)
{
    std::vector<std::string> ids;
    for (const ExportShot& shot : shots)
        ids.push_back(shot.shot->id);
    return ids;
}

TEST(ExportShots, EveryShotInEditorialOrderByDefault)
{
    const Project project = twoScenes();
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    ASSERT_TRUE(shots.ok());
    EXPECT_EQ(idsOf(*shots), (std::vector<std::string>{"sh-1", "sh-2", "sh-3", "sh-4", "sh-5", "sh-6"}));
    EXPECT_EQ((*shots)[5].shotField, "scenes[1].shots[1]");
    EXPECT_EQ((*shots)[5].sceneIndex, 1U);
}

TEST(ExportShots, BySetupGroupsWithinEachSceneInOrderOfFirstAppearance)
{
    const Project project = twoScenes();
    const Result<std::vector<ExportShot>> shots = selectExportShots(project, {}, ShotOrder::BySetup);
    ASSERT_TRUE(shots.ok());
    // Scene 1: A (1, 3), then B (2, 4); scene 2 keeps C before A: setups never cross scenes.
    EXPECT_EQ(idsOf(*shots), (std::vector<std::string>{"sh-1", "sh-3", "sh-2", "sh-4", "sh-5", "sh-6"}));
}

TEST(ExportShots, NamedShotsByIdOrUniqueNumberKeepTheProjectOrderOnce)
{
    const Project project = twoScenes();
    const std::vector<std::string> keys{"2X", "sh-2", "sh-2"};
    const Result<std::vector<ExportShot>> shots = selectExportShots(project, keys);
    ASSERT_TRUE(shots.ok());
    EXPECT_EQ(idsOf(*shots), (std::vector<std::string>{"sh-2", "sh-6"}));
}

TEST(ExportShots, ANumberUsedInTwoScenesOrNoShotIsAnError)
{
    const Project project = twoScenes();
    const std::vector<std::string> shared{"1"};
    const Result<std::vector<ExportShot>> ambiguous = selectExportShots(project, shared);
    ASSERT_FALSE(ambiguous.ok());
    EXPECT_EQ(ambiguous.error().field, "shots");
    EXPECT_NE(ambiguous.error().message.find("sh-1, sh-5"), std::string::npos) << ambiguous.error().message;
    const std::vector<std::string> unknown{"sh-9"};
    const Result<std::vector<ExportShot>> missing = selectExportShots(project, unknown);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("\"sh-9\""), std::string::npos);
}

TEST(ExportShots, SplitsACommaSeparatedListAndReadsTheOrder)
{
    EXPECT_EQ(splitShotKeys(" sh-1, 2A,,3 "), (std::vector<std::string>{"sh-1", "2A", "3"}));
    EXPECT_TRUE(splitShotKeys("").empty());
    EXPECT_EQ(*parseShotOrder("Setup"), ShotOrder::BySetup);
    EXPECT_EQ(*parseShotOrder("editorial"), ShotOrder::Editorial);
    EXPECT_EQ(parseShotOrder("random").error().field, "order");
    EXPECT_EQ(shotOrderKey(ShotOrder::BySetup), "setup");
}

} // namespace
} // namespace murnau
