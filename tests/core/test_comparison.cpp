// The comparison built for the compare view (core/moves/comparison.h), on the move tests' project
// (test_move_support.h: Anna 1.8 m at the origin, camera "A" Super 35 full gate h = 18.66 mm,
// 35 mm). From MCU (v = 1 - kChest = 0.28) to FS (v = 1.2) on a 50 mm (d = v H f / h):
//   d1 = 0.28 * 1.8 * 50 / 18.66 = 1.35048 m,   d2 = 1.2 * 1.8 * 50 / 18.66 = 5.78778 m,
// B zooms 50 mm to 50 * 0.28 / 1.2 = 11.667 mm, C (the dolly zoom) travels d1 to d2 like A
// while its lens grows from 50 mm to 50 * d2 / d1 = 50 * 1.2 / 0.28 = 214.29 mm.

#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include "core/moves/comparison.h"
#include "core/moves/static_shot.h"
#include "core/scene/anthropometry.h"
#include "core/scene/blocking.h"
#include "core/scene/shot_evaluator.h"
#include "core/scene/project_json.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kFocalMm = 50.0;
constexpr double kD1 = 0.28 * kStatureM * kFocalMm / kGateHeightMm;   // 1.35048 m
constexpr double kD2 = 1.2 * kStatureM * kFocalMm / kGateHeightMm;    // 5.78778 m

ComparisonRequest annaRequest(bool withDollyZoom = false)
{
    ComparisonRequest request;
    request.subject = "Anna";
    request.focalLengthMm = kFocalMm;
    request.withDollyZoom = withDollyZoom;
    return request;
}

// The evaluator of one side of a comparison in its scene (fails the test if it cannot be made).
std::optional<ShotEvaluator> sideEvaluator(const Project& project, const Comparison& comparison, CompareSide side)
{
    const MoveResult* move = comparison.move(side);
    EXPECT_NE(move, nullptr);
    if (move == nullptr)
        return std::nullopt;
    Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, comparisonScene(project, comparison), move->shot);
    EXPECT_TRUE(evaluator.ok()) << (evaluator.ok() ? std::string() : evaluator.error().describe());
    if (!evaluator.ok())
        return std::nullopt;
    return std::move(evaluator).value();
}

// A project whose scene "1" holds a static shot "sh-src" of Anna (facing `facingDeg`) from a
// camera standing at `bearingDeg` around her, with action start 2 s, setup "A1", number "4B".
Project projectWithSourceShot(double facingDeg, double bearingDeg)
{
    MoveSpec spec = annaSpec();
    spec.subject.facingDeg = facingDeg;
    spec.subject.positionM = {2.0, 0.0, -3.0};
    spec.bearingDeg = bearingDeg;
    Project project = projectFor(spec);
    Result<MoveResult> source = makeStaticShot(spec, StaticShot{SubjectFraming::atDistance(4.0), std::nullopt});
    EXPECT_TRUE(source.ok()) << (source.ok() ? std::string() : source.error().describe());
    Scene scene;
    scene.number = "1";
    if (source.ok()) {
        Shot shot = source->shot;
        shot.id = "sh-src";
        shot.number = "4B";
        shot.setup = "A1";
        shot.actionStart = 2 * kS;
        scene.shots.push_back(shot);
    }
    project.scenes.push_back(scene);
    return project;
}

} // namespace

TEST(Comparison, SideKeysTitlesAndParsing)
{
    EXPECT_EQ(compareSideKey(CompareSide::Track), "track");
    EXPECT_EQ(compareSideKey(CompareSide::Zoom), "zoom");
    EXPECT_EQ(compareSideKey(CompareSide::DollyZoom), "dollyzoom");
    EXPECT_EQ(compareSideTitle(CompareSide::Track), "Track out");
    EXPECT_EQ(compareSideTitle(CompareSide::Zoom), "Zoom out");
    EXPECT_EQ(compareSideTitle(CompareSide::DollyZoom), "Dolly zoom");
    EXPECT_EQ(parseCompareSide("track").value(), CompareSide::Track);
    EXPECT_EQ(parseCompareSide("ZOOM").value(), CompareSide::Zoom);
    EXPECT_EQ(parseCompareSide("DollyZoom").value(), CompareSide::DollyZoom);
    for (const char* bad : {"", "dolly", "dolly zoom", "tracks"}) {
        const Result<CompareSide> side = parseCompareSide(bad);
        ASSERT_FALSE(side.ok()) << bad;
        EXPECT_EQ(side.error().field, "side");
        EXPECT_NE(side.error().message.find("track, zoom or dollyzoom"), std::string::npos) << side.error().message;
    }
}

TEST(Comparison, FromNothingUsesTheFirstCameraAndTheSubjectWhereTheyStand)
{
    Project project = projectFor(annaSpec());
    CameraSetup second = cameraA();
    second.name = "B";
    second.focalLengthMm = 85.0;
    project.cameras.push_back(second);
    ComparisonRequest request = annaRequest();
    request.focalLengthMm.reset();   // the first camera's 35 mm
    const Result<Comparison> comparison = makeComparison(project, "", request);
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    EXPECT_EQ(comparison->sourceShotId, "");
    EXPECT_FALSE(comparison->sceneIndex.has_value());
    EXPECT_EQ(comparison->request, request);
    ASSERT_EQ(comparison->sides.size(), 2u);
    ASSERT_EQ(comparison->moves.size(), 2u);
    EXPECT_EQ(comparison->sides[0], CompareSide::Track);
    EXPECT_EQ(comparison->sides[1], CompareSide::Zoom);
    EXPECT_EQ(comparison->move(CompareSide::DollyZoom), nullptr);
    EXPECT_EQ(comparison->moves[0].shot.id, "compare-track");
    EXPECT_EQ(comparison->moves[1].shot.id, "compare-zoom");
    for (const MoveResult& move : comparison->moves) {
        EXPECT_EQ(move.shot.camera, "A");
        EXPECT_EQ(move.shot.durationFlicks, 6 * kS);   // from nothing: 6 s
        EXPECT_EQ(move.shot.frameRate, project.frameRate);
        EXPECT_EQ(move.shot.actionStart, 0);
    }
    // 35 mm (camera A): d1 = 0.28 * 1.8 * 35 / 18.66 = 0.94534 m, the track's lens never changes.
    EXPECT_NEAR(comparison->moves[0].summary.startDistanceM, 0.28 * kStatureM * 35.0 / kGateHeightMm, 1e-9);
    EXPECT_DOUBLE_EQ(comparison->moves[0].summary.startFocalLengthMm, 35.0);
    EXPECT_DOUBLE_EQ(comparison->moves[0].summary.endFocalLengthMm, 35.0);
    EXPECT_TRUE(comparisonScene(project, *comparison).shots.empty());
    EXPECT_TRUE(comparisonScene(project, *comparison).blocking.empty());

    // From nothing, the camera stands in front of Anna (bearing 0: o = (0, 0, -1) as she faces -Z).
    const auto track = sideEvaluator(project, *comparison, CompareSide::Track);
    ASSERT_TRUE(track.has_value());
    const CameraState start = track->cameraAt(0);
    EXPECT_NEAR(start.positionM.x, 0.0, 1e-9);
    EXPECT_LT(start.positionM.z, 0.0);
}

TEST(Comparison, DollyZoomTravelsTheTracksDistance)
{
    const Project project = projectFor(annaSpec());
    const Result<Comparison> comparison = makeComparison(project, "", annaRequest(true));
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    ASSERT_EQ(comparison->sides.size(), 3u);
    EXPECT_EQ(comparison->sides[2], CompareSide::DollyZoom);
    const MoveResult* track = comparison->move(CompareSide::Track);
    const MoveResult* dolly = comparison->move(CompareSide::DollyZoom);
    ASSERT_TRUE(track && dolly);
    EXPECT_EQ(dolly->shot.id, "compare-dollyzoom");
    EXPECT_NEAR(track->summary.startDistanceM, kD1, 1e-9);
    EXPECT_NEAR(track->summary.endDistanceM, kD2, 1e-9);
    EXPECT_NEAR(dolly->summary.startDistanceM, kD1, 1e-9);
    EXPECT_NEAR(dolly->summary.endDistanceM, kD2, 1e-9);
    EXPECT_DOUBLE_EQ(dolly->summary.startFocalLengthMm, kFocalMm);
    EXPECT_NEAR(dolly->summary.endFocalLengthMm, kFocalMm * 1.2 / 0.28, 1e-9);   // 214.29 mm

    // At the last instant the dolly zoom's lens stands d2 from her eyes, like the track's.
    const auto a = sideEvaluator(project, *comparison, CompareSide::Track);
    const auto c = sideEvaluator(project, *comparison, CompareSide::DollyZoom);
    ASSERT_TRUE(a && c);
    const Flicks end = 6 * kS;
    EXPECT_NEAR(glm::length(a->cameraAt(end).positionM - annaEyes()), kD2, 1e-9);
    EXPECT_NEAR(glm::length(c->cameraAt(end).positionM - annaEyes()), kD2, 1e-9);
    EXPECT_NEAR(c->cameraAt(end).focalLengthMm, kFocalMm * 1.2 / 0.28, 1e-6);
}

TEST(Comparison, FromAShotTheCameraStaysOnTheShotsSideOfTheSubject)
{
    // Anna faces 30 deg; the source camera stands at bearing 120 deg around her, 4 m from her
    // eyes. The comparison's cameras must stand on that side: the horizontal direction from
    // her floor point to their lens is the source camera's.
    for (const double bearing : {120.0, -75.0, 180.0}) {
        const Project project = projectWithSourceShot(30.0, bearing);
        const Result<Comparison> comparison = makeComparison(project, "sh-src", annaRequest(true));
        ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
        EXPECT_EQ(comparison->sourceShotId, "sh-src");
        ASSERT_TRUE(comparison->sceneIndex.has_value());
        EXPECT_EQ(*comparison->sceneIndex, 0u);

        const Shot& sourceShot = project.scenes[0].shots[0];
        const Result<ShotEvaluator> source = ShotEvaluator::create(project, project.scenes[0], sourceShot);
        ASSERT_TRUE(source.ok());
        const glm::dvec3 floor{2.0, 0.0, -3.0};
        const glm::dvec3 sourceOffset = source->cameraAt(0).positionM - floor;
        // o = (-sin b, 0, -cos b) with b = facing + bearing (move_spec.h).
        const double b = (30.0 + bearing) * 3.14159265358979323846 / 180.0;
        const glm::dvec2 expected{-std::sin(b), -std::cos(b)};
        const glm::dvec2 sourceDirection = glm::normalize(glm::dvec2(sourceOffset.x, sourceOffset.z));
        EXPECT_NEAR(sourceDirection.x, expected.x, 1e-9) << bearing;   // the source stands where we put it
        EXPECT_NEAR(sourceDirection.y, expected.y, 1e-9) << bearing;

        for (const CompareSide side : comparison->sides) {
            const auto evaluator = sideEvaluator(project, *comparison, side);
            ASSERT_TRUE(evaluator.has_value());
            const glm::dvec3 offset = evaluator->cameraAt(0).positionM - floor;
            const glm::dvec2 direction = glm::normalize(glm::dvec2(offset.x, offset.z));
            EXPECT_NEAR(direction.x, expected.x, 1e-9) << bearing << " " << compareSideKey(side);
            EXPECT_NEAR(direction.y, expected.y, 1e-9) << bearing << " " << compareSideKey(side);
            const MoveResult& move = *comparison->move(side);
            EXPECT_EQ(move.shot.actionStart, 2 * kS);   // the source's clock, setup and number
            EXPECT_EQ(move.shot.setup, "A1");
            EXPECT_EQ(move.shot.number, "4B");
            EXPECT_EQ(move.shot.id, "compare-" + std::string(compareSideKey(side)));
        }
    }
}

TEST(Comparison, RefusesUnknownShotsSubjectsAndProjectsWithoutCameras)
{
    const Project project = projectWithSourceShot(0.0, 0.0);
    ComparisonRequest zoe = annaRequest();
    zoe.subject = "Zoe";
    const Result<Comparison> noSubject = makeComparison(project, "sh-src", zoe);
    ASSERT_FALSE(noSubject.ok());
    EXPECT_EQ(noSubject.error().field, "subject");
    EXPECT_NE(noSubject.error().message.find("Anna, Ben"), std::string::npos) << noSubject.error().message;
    const Result<Comparison> noSubjectFromNothing = makeComparison(project, "", zoe);
    ASSERT_FALSE(noSubjectFromNothing.ok());
    EXPECT_EQ(noSubjectFromNothing.error().field, "subject");

    const Result<Comparison> noShot = makeComparison(project, "sh-none", annaRequest());
    ASSERT_FALSE(noShot.ok());
    EXPECT_EQ(noShot.error().field, "shotId");

    Project noCameras = project;
    noCameras.cameras.clear();
    noCameras.scenes.clear();
    const Result<Comparison> nothing = makeComparison(noCameras, "", annaRequest());
    ASSERT_FALSE(nothing.ok());
    EXPECT_EQ(nothing.error().field, "camera");

    // A zoom that would need more than 2000 mm or less than 1 mm at the end: 50 mm * 0.28 / 10
    // (MCU to EWS) = 1.4 mm is fine; 5 mm * 0.28 / 10 = 0.14 mm is not.
    ComparisonRequest wide = annaRequest();
    wide.to = SubjectFraming::ofSize(ShotSize::EWS);
    wide.focalLengthMm = 5.0;
    const Result<Comparison> tooWide = makeComparison(project, "", wide);
    ASSERT_FALSE(tooWide.ok());
    EXPECT_EQ(tooWide.error().field, "to");
}

TEST(Comparison, OnTheDemoFromAShotOfAStandingActor)
{
    // Scene 2 of the demo: Anna stands (one mark); sh-0002 uses camera B (Super 35 cropped to
    // 2.39: h = 24.89 / 2.39 = 10.4142 mm) and lasts 17640000000 flicks = 25 s.
    const Result<Project> demo = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    ASSERT_TRUE(demo.ok()) << demo.error().describe();
    ComparisonRequest request;
    request.subject = "Anna";
    request.withDollyZoom = true;
    const Result<Comparison> comparison = makeComparison(*demo, "sh-0002", request);
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    EXPECT_EQ(*comparison->sceneIndex, 1u);
    const MoveResult* track = comparison->move(CompareSide::Track);
    ASSERT_NE(track, nullptr);
    EXPECT_EQ(track->shot.camera, "B");
    EXPECT_EQ(track->shot.durationFlicks, 25 * kS);
    // Camera B's 62 mm, Anna 1.68 m: d1 = 0.28 * 1.68 * 62 / (24.89 / 2.39) = 2.8005 m.
    EXPECT_NEAR(track->summary.startDistanceM, 0.28 * 1.68 * 62.0 / (24.89 / 2.39), 1e-9);
}

TEST(Comparison, HoldsTheActionOfAShotWhereTheSubjectWalks)
{
    // Scene 1 of the demo: Anna walks the aisle during sh-0001. The pair is matched on a
    // standing subject, so the comparison's scene holds everyone where they are at the shot's
    // first instant: Anna stands at evaluateBlocking(her blocking, actionStart) on every frame.
    const Result<Project> demo = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    ASSERT_TRUE(demo.ok()) << demo.error().describe();
    const Project before = *demo;
    ComparisonRequest request;
    request.subject = "Anna";
    const Result<Comparison> comparison = makeComparison(*demo, "sh-0001", request);
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    ASSERT_TRUE(comparison->sceneIndex.has_value());
    const Scene& real = demo->scenes[*comparison->sceneIndex];
    const auto blocking = std::find_if(real.blocking.begin(), real.blocking.end(),
                                       [](const ActorBlocking& b) { return b.actor == "Anna"; });
    ASSERT_NE(blocking, real.blocking.end());
    const Flicks start = comparison->move(CompareSide::Track)->shot.actionStart;
    const ActorPose atStart = evaluateBlocking(*blocking, start);
    // She does walk in the shot itself.
    const Flicks duration = comparison->move(CompareSide::Track)->shot.durationFlicks;
    ASSERT_GT(glm::length(evaluateBlocking(*blocking, start + duration).positionM - atStart.positionM), 1.0);

    const std::optional<ShotEvaluator> track = sideEvaluator(*demo, *comparison, CompareSide::Track);
    const std::optional<ShotEvaluator> zoom = sideEvaluator(*demo, *comparison, CompareSide::Zoom);
    ASSERT_TRUE(track && zoom);
    std::size_t anna = 0;
    while (anna < demo->actors.size() && demo->actors[anna].name != "Anna")
        ++anna;
    ASSERT_LT(anna, demo->actors.size());
    for (const Flicks t : {Flicks{0}, duration / 2, duration - 1}) {
        const ActorPose pose = track->actorPose(anna, t);
        EXPECT_NEAR(glm::length(pose.positionM - atStart.positionM), 0.0, 1e-9);
        EXPECT_NEAR(pose.facingDeg, atStart.facingDeg, 1e-9);
        EXPECT_FALSE(pose.walking);
    }
    // With the subject held, B frames her as A does at the end: d_B / f_B = d_A / f_A.
    const CameraState a = track->cameraAt(duration - 1);
    const CameraState b = zoom->cameraAt(duration - 1);
    const glm::dvec3 eyes = atStart.positionM + glm::dvec3(0.0, landmark::kEye * demo->actors[anna].heightM, 0.0);
    EXPECT_NEAR(glm::length(a.positionM - eyes) / a.focalLengthMm, glm::length(b.positionM - eyes) / b.focalLengthMm,
                1e-3 * glm::length(a.positionM - eyes) / a.focalLengthMm);
    // The project's own blocking is untouched.
    EXPECT_EQ(*demo, before);
}
