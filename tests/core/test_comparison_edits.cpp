// Keeping a comparison's sides in the project (core/edit/comparison_edits.h): one edit that
// applies, reverts to the project before it and applies again (the ladder of test_edit_project.h),
// with the kept rigs equal to the comparison's, and refusals that change nothing.

#include <gtest/gtest.h>

#include "core/edit/comparison_edits.h"
#include "core/edit/scene_edits.h"
#include "core/moves/comparison.h"
#include "core/scene/shot_evaluator.h"
#include "test_edit_project.h"

namespace murnau {
namespace {

using edittest::editTestProject;
using edittest::expectLadder;

// The comparison of shot sh-0001 ("1", setup A1, camera A: Anna in scene 12) on a 35 mm.
Comparison comparisonOf(const Project& project, std::string_view shotId, bool withDollyZoom = false)
{
    ComparisonRequest request;
    request.subject = "Anna";
    request.focalLengthMm = 35.0;
    request.withDollyZoom = withDollyZoom;
    Result<Comparison> comparison = makeComparison(project, shotId, request);
    EXPECT_TRUE(comparison.ok()) << (comparison.ok() ? std::string() : comparison.error().describe());
    return comparison.ok() ? std::move(comparison).value() : Comparison{};
}

KeptComparison kept(const Project& project, const Comparison& comparison, std::vector<CompareSide> sides,
                    std::size_t sceneIndex = 0)
{
    Result<KeptComparison> result = keepComparison(project, comparison, sides, sceneIndex);
    EXPECT_TRUE(result.ok()) << (result.ok() ? std::string() : result.error().describe());
    return result.ok() ? std::move(result).value() : KeptComparison{};
}

void expectRefused(const Project& project, const Comparison& comparison, std::vector<CompareSide> sides,
                   std::string_view field, std::size_t sceneIndex = 0)
{
    const Project before = project;
    const Result<KeptComparison> result = keepComparison(project, comparison, sides, sceneIndex);
    ASSERT_FALSE(result.ok()) << "accepted: " << result.value().edit.name;
    EXPECT_EQ(result.error().field, field) << result.error().describe();
    EXPECT_FALSE(result.error().message.empty());
    EXPECT_TRUE(project == before);
}

// The lens position of `shot` in scene `sceneIndex` of `project` at the start of frame `frame`.
glm::dvec3 lensAt(const Project& project, std::size_t sceneIndex, const Shot& shot, std::int64_t frame)
{
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, project.scenes[sceneIndex], shot);
    EXPECT_TRUE(evaluator.ok()) << (evaluator.ok() ? std::string() : evaluator.error().describe());
    return evaluator.ok() ? evaluator->cameraAt(framesToFlicks(frame, shot.frameRate)).positionM : glm::dvec3{};
}

TEST(ComparisonEdits, KeepOneSideInTheSourceShot)
{
    const Project p0 = editTestProject();
    const Comparison comparison = comparisonOf(p0, "sh-0001");
    const MoveResult& track = *comparison.move(CompareSide::Track);
    const KeptComparison keep = kept(p0, comparison, {CompareSide::Track});
    EXPECT_EQ(keep.edit.name, "Keep track out as shot 1");
    EXPECT_EQ(keep.shotIds, std::vector<std::string>{"sh-0001"});
    expectLadder(p0, keep.edit, [&](const Project& p) {
        ASSERT_EQ(p.scenes[0].shots.size(), p0.scenes[0].shots.size());
        const Shot& shot = p.scenes[0].shots[0];
        EXPECT_EQ(shot.rig, track.shot.rig);
        EXPECT_EQ(shot.durationFlicks, track.shot.durationFlicks);
        EXPECT_EQ(shot.description, track.description);
        // The shot keeps its identity and shot-list fields.
        EXPECT_EQ(shot.id, "sh-0001");
        EXPECT_EQ(shot.number, "1");
        EXPECT_EQ(shot.name, "Push in on Anna");
        EXPECT_EQ(shot.setup, "A1");
        // It plays as the comparison showed it: the same lens positions in the same scene.
        for (std::int64_t frame : {0, 72, 143})
            EXPECT_EQ(lensAt(p, 0, shot, frame), lensAt(p0, 0, track.shot, frame));
        EXPECT_EQ(p.scenes[0].shots[1], p0.scenes[0].shots[1]);
    });
}

TEST(ComparisonEdits, KeepBothAsAlternativesOfOneSetup)
{
    const Project p0 = editTestProject();
    const Comparison comparison = comparisonOf(p0, "sh-0001", true);
    const std::vector<CompareSide> sides{CompareSide::Track, CompareSide::Zoom};
    const KeptComparison keep = kept(p0, comparison, sides);
    EXPECT_EQ(keep.edit.name, "Keep track out and zoom out as alternatives of setup A1");
    ASSERT_EQ(keep.shotIds.size(), 2u);
    EXPECT_EQ(keep.shotIds[0], "sh-0001");
    EXPECT_NE(keep.shotIds[1], "sh-0001");
    expectLadder(p0, keep.edit, [&](const Project& p) {
        const std::vector<Shot>& shots = p.scenes[0].shots;
        ASSERT_EQ(shots.size(), p0.scenes[0].shots.size() + 1);
        // Adjacent, one setup, distinct numbers ("1A" is taken by Ben's shot, so "1B").
        EXPECT_EQ(shots[0].id, keep.shotIds[0]);
        EXPECT_EQ(shots[1].id, keep.shotIds[1]);
        EXPECT_EQ(shots[0].setup, shots[1].setup);
        EXPECT_EQ(shots[0].number, "1");
        EXPECT_EQ(shots[1].number, "1B");
        EXPECT_EQ(shots[1].name, "Zoom out");
        EXPECT_EQ(shots[1].camera, "A");
        EXPECT_EQ(shots[1].rig, comparison.move(CompareSide::Zoom)->shot.rig);
        EXPECT_EQ(shots[1].actionStart, shots[0].actionStart);
        EXPECT_EQ(shots[0].rig, comparison.move(CompareSide::Track)->shot.rig);
        EXPECT_EQ(shots[2], p0.scenes[0].shots[1]);   // Ben's shot moves one down, unchanged
    });

    // All three sides: the third after the second.
    const KeptComparison three = kept(p0, comparison, {CompareSide::Track, CompareSide::Zoom, CompareSide::DollyZoom});
    EXPECT_EQ(three.edit.name, "Keep track out, zoom out and dolly zoom as alternatives of setup A1");
    expectLadder(p0, three.edit, [&](const Project& p) {
        const std::vector<Shot>& shots = p.scenes[0].shots;
        ASSERT_EQ(shots.size(), p0.scenes[0].shots.size() + 2);
        EXPECT_EQ(shots[1].number, "1B");
        EXPECT_EQ(shots[2].number, "1C");
        EXPECT_EQ(shots[2].name, "Dolly zoom");
        EXPECT_EQ(shots[2].setup, "A1");
        EXPECT_EQ(shots[2].rig, comparison.move(CompareSide::DollyZoom)->shot.rig);
    });
}

TEST(ComparisonEdits, AlternativesGetASetupWhenTheSourceHasNone)
{
    Project p0 = editTestProject();
    p0.scenes[0].shots[0].setup.clear();
    const Comparison comparison = comparisonOf(p0, "sh-0001");
    const KeptComparison keep = kept(p0, comparison, {CompareSide::Zoom, CompareSide::Track});
    // Camera A's setups in use are A1 (now cleared) and A2: the first free is A1.
    EXPECT_EQ(keep.edit.name, "Keep zoom out and track out as alternatives of setup A1");
    expectLadder(p0, keep.edit, [&](const Project& p) {
        EXPECT_EQ(p.scenes[0].shots[0].setup, "A1");
        EXPECT_EQ(p.scenes[0].shots[1].setup, "A1");
        EXPECT_EQ(p.scenes[0].shots[0].rig, comparison.move(CompareSide::Zoom)->shot.rig);
        EXPECT_EQ(p.scenes[0].shots[1].rig, comparison.move(CompareSide::Track)->shot.rig);
        EXPECT_EQ(p.scenes[0].shots[1].name, "Track out");
    });
}

TEST(ComparisonEdits, FromNothingAddsShotsAtTheEndOfTheScene)
{
    const Project p0 = editTestProject();
    const Comparison comparison = comparisonOf(p0, "");
    ASSERT_TRUE(comparison.sourceShotId.empty());
    // Scene 13 (index 1) holds shot "2": the new shot is "3", in a new setup of camera A (A1, A2 used).
    const KeptComparison keep = kept(p0, comparison, {CompareSide::Track}, 1);
    EXPECT_EQ(keep.edit.name, "Keep track out as shot 3");
    ASSERT_EQ(keep.shotIds.size(), 1u);
    expectLadder(p0, keep.edit, [&](const Project& p) {
        const std::vector<Shot>& shots = p.scenes[1].shots;
        ASSERT_EQ(shots.size(), 2u);
        EXPECT_EQ(shots[0], p0.scenes[1].shots[0]);
        EXPECT_EQ(shots[1].id, keep.shotIds[0]);
        EXPECT_EQ(shots[1].number, "3");
        EXPECT_EQ(shots[1].setup, "A3");
        EXPECT_EQ(shots[1].name, "Track out");
        EXPECT_EQ(shots[1].camera, comparison.moves[0].shot.camera);
        EXPECT_EQ(shots[1].rig, comparison.moves[0].shot.rig);
        EXPECT_EQ(p.scenes[0], p0.scenes[0]);
    });

    const KeptComparison both = kept(p0, comparison, {CompareSide::Track, CompareSide::Zoom}, 1);
    expectLadder(p0, both.edit, [&](const Project& p) {
        const std::vector<Shot>& shots = p.scenes[1].shots;
        ASSERT_EQ(shots.size(), 3u);
        EXPECT_EQ(shots[1].number, "3");
        EXPECT_EQ(shots[2].number, "3A");
        EXPECT_EQ(shots[1].setup, shots[2].setup);
        EXPECT_NE(shots[1].id, shots[2].id);
    });
}

TEST(ComparisonEdits, Refusals)
{
    const Project p0 = editTestProject();
    const Comparison comparison = comparisonOf(p0, "sh-0001");
    expectRefused(p0, comparison, {}, "sides");
    expectRefused(p0, comparison, {CompareSide::Track, CompareSide::Track}, "sides");
    expectRefused(p0, comparison, {CompareSide::DollyZoom}, "sides");   // built without it

    Project gone = p0;
    gone.scenes[0].shots.erase(gone.scenes[0].shots.begin());
    expectRefused(gone, comparison, {CompareSide::Track}, "shotId");

    const Comparison fromNothing = comparisonOf(p0, "");
    expectRefused(p0, fromNothing, {CompareSide::Track}, "sceneIndex", 2);
    Project noScenes = p0;
    noScenes.scenes.clear();
    expectRefused(noScenes, fromNothing, {CompareSide::Track}, "sceneIndex", 0);
}

} // namespace
} // namespace murnau
