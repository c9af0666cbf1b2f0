// Edits: applying, reverting, all-or-nothing failure, and merging a drag into one step.

#include "core/edit/edit.h"

#include <gtest/gtest.h>

#include "core/edit/actor_edits.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"
#include "core/scene/project_json.h"
#include "test_edit_project.h"

namespace murnau {
namespace {

using edittest::built;
using edittest::editTestProject;

Change replaceActor(std::size_t index, const Actor& before, const Actor& after)
{
    return Change{ItemList::Actors, 0, index, before, after};
}

TEST(Edit, ReplaceAppliesAndReverts)
{
    const Project state0 = editTestProject();
    Actor moved = state0.actors[1];
    moved.positionM = {4.0, 0.0, 1.0};
    const Edit edit{"Move Ben", {replaceActor(1, state0.actors[1], moved)}, {}};
    edittest::expectLadder(state0, edit, [&](const Project& p) {
        EXPECT_EQ(p.actors[1].positionM, glm::dvec3(4.0, 0.0, 1.0));
        EXPECT_EQ(p.actors[0], state0.actors[0]);
        EXPECT_EQ(p.actors[2], state0.actors[2]);
    });
}

TEST(Edit, InsertRemoveAndSettings)
{
    const Project state0 = editTestProject();
    Actor dora{"Dora", 1.6, ActorBuild::Average, {2.0, 0.0, 2.0}, 0.0, Rgb{1, 2, 3}};
    ProjectSettings settings = settingsOf(state0);
    settings.title = "Renamed";
    settings.floorSizeM = {10.0, 12.0};
    const Edit edit{"Several",
                    {Change{ItemList::Actors, 0, 1, std::nullopt, dora},
                     Change{ItemList::SetPieces, 0, 0, state0.set.pieces[0], std::nullopt},
                     Change{ItemList::Settings, 0, 0, settingsOf(state0), settings}},
                    {}};
    edittest::expectLadder(state0, edit, [&](const Project& p) {
        ASSERT_EQ(p.actors.size(), 4u);
        EXPECT_EQ(p.actors[1].name, "Dora");
        EXPECT_EQ(p.actors[2].name, "Ben");
        ASSERT_EQ(p.set.pieces.size(), 4u);
        EXPECT_EQ(p.set.pieces[0].name, "Pillar");
        EXPECT_EQ(p.title, "Renamed");
        EXPECT_EQ(p.set.floorSizeM, glm::dvec2(10.0, 12.0));
        EXPECT_EQ(p.set.name, state0.set.name);
    });
}

TEST(Edit, FailingChangeLeavesTheProjectAsItWas)
{
    const Project state0 = editTestProject();
    Actor moved = state0.actors[0];
    moved.positionM = {1.0, 0.0, 1.0};
    Actor stale = state0.actors[2];
    stale.heightM = 1.9; // not what the project holds
    Actor after = state0.actors[2];
    after.heightM = 1.5;
    const Edit edit{"Broken", {replaceActor(0, state0.actors[0], moved), replaceActor(2, stale, after)}, {}};

    Project project = state0;
    Result<bool> applied = applyEdit(project, edit);
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().field, "edit.changes[1]");
    EXPECT_TRUE(project == state0);
    EXPECT_EQ(serializeProject(project), serializeProject(state0));
}

TEST(Edit, OutOfRangeAndWrongKindAreRefused)
{
    const Project state0 = editTestProject();
    Project project = state0;
    const Edit outOfRange{"Far", {Change{ItemList::Actors, 0, 7, state0.actors[0], state0.actors[0]}}, {}};
    EXPECT_FALSE(applyEdit(project, outOfRange).ok());
    const Edit insertPastEnd{"Far", {Change{ItemList::Actors, 0, 4, std::nullopt, state0.actors[0]}}, {}};
    EXPECT_FALSE(applyEdit(project, insertPastEnd).ok());
    const Edit wrongKind{"Kind", {Change{ItemList::SetPieces, 0, 0, state0.actors[0], state0.actors[0]}}, {}};
    EXPECT_FALSE(applyEdit(project, wrongKind).ok());
    const Edit noScene{"Scene", {Change{ItemList::Shots, 5, 0, std::nullopt, state0.scenes[0].shots[0]}}, {}};
    EXPECT_FALSE(applyEdit(project, noScene).ok());
    const Edit empty{"Nothing", {Change{ItemList::Actors, 0, 0, std::nullopt, std::nullopt}}, {}};
    EXPECT_FALSE(applyEdit(project, empty).ok());
    EXPECT_TRUE(project == state0);
}

TEST(Edit, RevertIsRefusedWhenTheProjectChangedSince)
{
    const Project state0 = editTestProject();
    Project project = state0;
    const Edit move = built(moveActor(project, "Anna", {1.0, 0.0, 1.0}));
    ASSERT_TRUE(applyEdit(project, move).ok());
    const Edit turn = built(turnActor(project, "Anna", 45.0));
    ASSERT_TRUE(applyEdit(project, turn).ok());
    const Project state2 = project;

    // Reverting the move first is out of order: Anna is not where the move left her.
    ASSERT_FALSE(revertEdit(project, move).ok());
    EXPECT_TRUE(project == state2);

    ASSERT_TRUE(revertEdit(project, turn).ok());
    ASSERT_TRUE(revertEdit(project, move).ok());
    EXPECT_TRUE(project == state0);
}

TEST(Edit, FiftyStepDragMergesIntoOneStep)
{
    const Project state0 = editTestProject();
    Project project = state0;
    std::optional<Edit> merged;
    for (int step = 1; step <= 50; ++step) {
        const glm::dvec3 to{0.1 * step, 0.0, -0.05 * step};
        const Edit edit = built(moveActor(project, "Anna", to, "move-actor:Anna#1"));
        ASSERT_TRUE(applyEdit(project, edit).ok());
        merged = merged ? mergeEdits(*merged, edit) : edit;
    }
    const Project state50 = project;

    ASSERT_EQ(merged->changes.size(), 1u);
    EXPECT_EQ(merged->name, "Move Anna");
    EXPECT_EQ(merged->mergeKey, "move-actor:Anna#1");
    const Actor& before = std::get<Actor>(*merged->changes[0].before);
    const Actor& after = std::get<Actor>(*merged->changes[0].after);
    EXPECT_EQ(before, state0.actors[0]);
    EXPECT_EQ(after.positionM, glm::dvec3(0.1 * 50, 0.0, -0.05 * 50));

    // One undo takes the whole drag back; one redo repeats it.
    ASSERT_TRUE(revertEdit(project, *merged).ok());
    EXPECT_TRUE(project == state0);
    EXPECT_EQ(serializeProject(project), serializeProject(state0));
    ASSERT_TRUE(applyEdit(project, *merged).ok());
    EXPECT_TRUE(project == state50);
}

TEST(Edit, DragBackToTheStartChangesNothing)
{
    const Project state0 = editTestProject();
    Project project = state0;
    const Edit away = built(moveActor(project, "Ben", {3.0, 0.0, 3.0}, "drag"));
    ASSERT_TRUE(applyEdit(project, away).ok());
    const Edit back = built(moveActor(project, "Ben", state0.actors[1].positionM, "drag"));
    EXPECT_FALSE(changesNothing(away));
    EXPECT_TRUE(changesNothing(mergeEdits(away, back)));
    EXPECT_TRUE(changesNothing(Edit{}));
}

TEST(Edit, MergeOfInsertAndReplaceIsSequential)
{
    const Project state0 = editTestProject();
    Project project = state0;
    Actor dora{"Dora", 1.6, ActorBuild::Average, {2.0, 0.0, 2.0}, 0.0, Rgb{1, 2, 3}};
    const Edit add = built(addActor(project, dora));
    ASSERT_TRUE(applyEdit(project, add).ok());
    const Edit move = built(moveActor(project, "Dora", {0.0, 0.0, 5.0}));
    ASSERT_TRUE(applyEdit(project, move).ok());
    const Project state2 = project;

    const Edit merged = mergeEdits(add, move);
    EXPECT_EQ(merged.changes.size(), 2u);
    EXPECT_EQ(merged.name, "Move Dora");
    ASSERT_TRUE(revertEdit(project, merged).ok());
    EXPECT_TRUE(project == state0);
    ASSERT_TRUE(applyEdit(project, merged).ok());
    EXPECT_TRUE(project == state2);
}

TEST(Edit, OverlappingPlacesAreNotPaired)
{
    const Project state0 = editTestProject();
    Project project = state0;
    // Both edits replace shot 0 of scene 0 and then scene 0 itself: the same places in the same
    // order, each after equal to the next before, but a scene holds its shots, so the changes do
    // not commute and the merge keeps all four in order rather than pairing them.
    Shot renamed = state0.scenes[0].shots[0];
    renamed.name = "First";
    Scene sceneA = state0.scenes[0];
    sceneA.shots[0] = renamed;
    Scene sceneB = sceneA;
    sceneB.name = "Renamed once";
    const Edit first{"A",
                     {Change{ItemList::Shots, 0, 0, state0.scenes[0].shots[0], renamed},
                      Change{ItemList::Scenes, 0, 0, sceneA, sceneB}},
                     "k"};
    ASSERT_TRUE(applyEdit(project, first).ok());
    Scene sceneC = sceneB;
    sceneC.name = "Renamed twice";
    const Edit second{
        "B", {Change{ItemList::Shots, 0, 0, renamed, renamed}, Change{ItemList::Scenes, 0, 0, sceneB, sceneC}}, "k"};
    ASSERT_TRUE(applyEdit(project, second).ok());
    const Project state2 = project;

    const Edit merged = mergeEdits(first, second);
    EXPECT_EQ(merged.changes.size(), 4u);
    ASSERT_TRUE(revertEdit(project, merged).ok());
    EXPECT_TRUE(project == state0);
    ASSERT_TRUE(applyEdit(project, merged).ok());
    EXPECT_TRUE(project == state2);
}

TEST(Edit, IndependentPlacesArePaired)
{
    const Project state0 = editTestProject();
    Project project = state0;
    // Two actors moved together (a group drag), twice: one change per actor in the merge.
    std::optional<Edit> merged;
    for (int step = 1; step <= 2; ++step) {
        Actor anna = project.actors[0];
        Actor ben = project.actors[1];
        anna.positionM.x += 1.0;
        ben.positionM.z -= 1.0;
        const Edit edit{"Move 2 actors",
                        {replaceActor(0, project.actors[0], anna), replaceActor(1, project.actors[1], ben)},
                        "group"};
        ASSERT_TRUE(applyEdit(project, edit).ok());
        merged = merged ? mergeEdits(*merged, edit) : edit;
    }
    ASSERT_EQ(merged->changes.size(), 2u);
    EXPECT_EQ(std::get<Actor>(*merged->changes[0].before), state0.actors[0]);
    EXPECT_EQ(std::get<Actor>(*merged->changes[1].after).positionM,
              state0.actors[1].positionM - glm::dvec3(0.0, 0.0, 2.0));
    ASSERT_TRUE(revertEdit(project, *merged).ok());
    EXPECT_TRUE(project == state0);
}

} // namespace
} // namespace murnau
