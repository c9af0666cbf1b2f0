// The defaults a comparison of a shot starts from (core/moves/comparison.h): the subject (the
// shot's aim actor, else its first cast member, else the project's first actor) and the framings
// (the subject's shot sizes at the shot's first and last frame when they differ, else MCU to FS).
// Shots here are generated moves whose framings are known by construction: a track out from MCU
// to FS (v = 0.28 to 1.2, inside the MCU and FS bands of shot_size.h) and a static MS.

#include <gtest/gtest.h>

#include "core/moves/comparison.h"
#include "core/moves/static_shot.h"
#include "core/moves/track_move.h"
#include "test_edit_project.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

// Anna's project with one scene holding `move` as shot "sh-0001".
Project projectWithShot(const MoveResult& move)
{
    Project project = projectFor(annaSpec());
    Scene scene = sceneFor(move);
    Shot shot = move.shot;
    shot.id = "sh-0001";
    shot.number = "1";
    scene.shots = {shot};
    project.scenes = {scene};
    return project;
}

} // namespace

TEST(ComparisonDefaults, SubjectFromAimCastOrFirstActor)
{
    const Project project = edittest::editTestProject();
    EXPECT_EQ(defaultComparisonSubject(project, "sh-0001"), "Anna");    // look-at aim on Anna
    EXPECT_EQ(defaultComparisonSubject(project, "sh-0002"), "Ben");     // hold-framing aim on Ben
    EXPECT_EQ(defaultComparisonSubject(project, "sh-0003"), "Chloe");   // free aim: the cast
    EXPECT_EQ(defaultComparisonSubject(project, ""), "Anna");           // from nothing: the first actor
    EXPECT_EQ(defaultComparisonSubject(project, "nope"), "Anna");

    Project noCast = project;
    noCast.scenes[1].shots[0].cast.clear();
    EXPECT_EQ(defaultComparisonSubject(noCast, "sh-0003"), "Anna");
    Project unknownCast = project;
    unknownCast.scenes[1].shots[0].cast = {"Zoe", "Ben"};   // only names of the project's actors
    EXPECT_EQ(defaultComparisonSubject(unknownCast, "sh-0003"), "Ben");
    Project nobody = project;
    nobody.actors.clear();
    EXPECT_EQ(defaultComparisonSubject(nobody, ""), "");
}

TEST(ComparisonDefaults, FramingsOfAShotThatChangesSize)
{
    const Result<MoveResult> track = makeTrackMove(
        annaSpec(), TrackMove{SubjectFraming::ofSize(ShotSize::MCU), SubjectFraming::ofSize(ShotSize::FS), 50.0});
    ASSERT_TRUE(track.ok()) << track.error().describe();
    const Project project = projectWithShot(*track);
    const Result<ComparisonRequest> request = comparisonRequestForShot(project, "sh-0001");
    ASSERT_TRUE(request.ok()) << request.error().describe();
    EXPECT_EQ(request->subject, "Anna");
    EXPECT_EQ(request->from, SubjectFraming::ofSize(ShotSize::MCU));
    EXPECT_EQ(request->to, SubjectFraming::ofSize(ShotSize::FS));
    EXPECT_FALSE(request->focalLengthMm.has_value());
    EXPECT_FALSE(request->withDollyZoom);

    // Ben (1.7 m) stands at (30, 0, 30), about 31 m deep at the start (frame height there
    // 18.66 x 31 / 50 = 11.6 m, v = 6.8) and 36 m at the end (v = 7.9): EWS both, so the defaults.
    const Result<ComparisonRequest> ben = comparisonRequestForShot(project, "sh-0001", "Ben");
    ASSERT_TRUE(ben.ok()) << ben.error().describe();
    EXPECT_EQ(ben->subject, "Ben");
    EXPECT_EQ(ben->from, SubjectFraming::ofSize(ShotSize::MCU));
    EXPECT_EQ(ben->to, SubjectFraming::ofSize(ShotSize::FS));

    EXPECT_EQ(comparisonRequestForShot(project, "sh-0001", "Zoe").error().field, "subject");
    EXPECT_EQ(comparisonRequestForShot(project, "nope").error().field, "shotId");
}

TEST(ComparisonDefaults, FramingsOfAStaticShotAreMcuToFs)
{
    const Result<MoveResult> still = makeStaticShot(annaSpec(), StaticShot{SubjectFraming::ofSize(ShotSize::MS), 50.0});
    ASSERT_TRUE(still.ok()) << still.error().describe();
    const Result<ComparisonRequest> request = comparisonRequestForShot(projectWithShot(*still), "sh-0001");
    ASSERT_TRUE(request.ok()) << request.error().describe();
    EXPECT_EQ(request->from, SubjectFraming::ofSize(ShotSize::MCU));
    EXPECT_EQ(request->to, SubjectFraming::ofSize(ShotSize::FS));
}
