// The shot list's rows: the demo project's shots (assets/demo/warehouse.murnau) each classified as
// the move they were built as, their editorial timecodes from their known durations, and a track
// out built in the test whose computed fields are derived by hand (test_move_support.h: Anna 1.8 m
// at the origin facing -Z, Super 35 full gate 24.89 x 18.66 mm, 35 mm, lens at eye height).

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/export/export_shots.h"
#include "core/export/shot_list.h"
#include "core/moves/track_move.h"
#include "core/moves/zoom_move.h"
#include "core/scene/project_json.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

// The demo project and its rows in editorial order.
struct DemoRows {
    Project project;
    std::vector<ShotListRow> rows;
};

DemoRows demoRows()
{
    DemoRows demo;
    Result<Project> project = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    EXPECT_TRUE(project.ok()) << (project.ok() ? std::string() : project.error().describe());
    if (!project.ok())
        return demo;
    demo.project = std::move(project).value();
    const Result<std::vector<ExportShot>> shots = selectExportShots(demo.project);
    EXPECT_TRUE(shots.ok());
    if (!shots.ok())
        return demo;
    Result<std::vector<ShotListRow>> rows = buildShotList(demo.project, *shots);
    EXPECT_TRUE(rows.ok()) << (rows.ok() ? std::string() : rows.error().describe());
    if (rows.ok())
        demo.rows = std::move(rows).value();
    return demo;
}

// A project holding the generated move as shot "1" of scene "1" (id sh-0001, setup A1).
Project projectWithMove(const MoveSpec& spec, const MoveResult& result)
{
    Project project = projectFor(spec);
    Scene scene = sceneFor(result);
    scene.name = "Anna, alone";
    scene.location = "WAREHOUSE";
    scene.timeOfDay = "NIGHT";
    Shot shot = result.shot;
    shot.id = "sh-0001";
    shot.number = "1";
    shot.setup = "A1";
    scene.shots.push_back(shot);
    project.scenes.push_back(scene);
    return project;
}

// Lens-to-eyes distance of a shot size's nominal framing at 35 mm: d = v H f / h (subject_framing.h).
double nominalDistanceM(ShotSize size)
{
    return shotSizeBand(size).nominalVisibleStatures * kStatureM * 35.0 / kGateHeightMm;
}

} // namespace

TEST(ShotList, DemoShotsAreClassifiedAsTheMovesTheyWereBuiltAs)
{
    const DemoRows demo = demoRows();
    ASSERT_EQ(demo.rows.size(), 6u);
    // Planned as: follow, trackout, zoomout, dollyzoom, pullback (with a crane rising 4 m over the
    // last 22.5 s), spiral.
    EXPECT_EQ(demo.rows[0].movement, MovementClass::Follow);
    EXPECT_EQ(demo.rows[1].movement, MovementClass::TrackOut);
    EXPECT_EQ(demo.rows[2].movement, MovementClass::Zoom);
    EXPECT_EQ(demo.rows[3].movement, MovementClass::DollyZoom);
    EXPECT_EQ(demo.rows[4].movement, MovementClass::Combined);
    const std::vector<MovementClass> pullBack{MovementClass::TrackOut, MovementClass::Pedestal};
    EXPECT_EQ(demo.rows[4].movementParts, pullBack);
    EXPECT_EQ(demo.rows[5].movement, MovementClass::Orbit);
    // The backwards tracking shot: the dolly keeps Anna's walking pace, 1.4 m/s (follow_move.h),
    // on 12.6 - 1.4 = 11.2 m of travel plus 0.5 m run-up and 0.5 m stop margin.
    EXPECT_NEAR(demo.rows[0].peakDollySpeedMps, 1.4, 1e-6);
    EXPECT_NEAR(demo.rows[0].trackLengthM, 11.2 + 1.0, 1e-6);   // read to the end instant, one flick short
    EXPECT_EQ(demo.rows[0].trackSections, 6);   // ceil(12.2 / 2.4384) = ceil(5.003)
    for (const ShotListRow& row : demo.rows)
        EXPECT_EQ(row.mainActor, row.cast.empty() ? std::string() : row.cast.front()) << row.shotNumber;
}

TEST(ShotList, DemoTimecodesAreTheEditorialPositions)
{
    // Durations 8, 25, 25, 6, 45 and 24 s at the project's 24 fps: 192, 600, 600, 144, 1080 and
    // 576 frames, so the cuts fall at 8 s, 33 s, 58 s, 64 s, 109 s and 133 s.
    const DemoRows demo = demoRows();
    ASSERT_EQ(demo.rows.size(), 6u);
    const std::vector<std::string> in{"00:00:00:00", "00:00:08:00", "00:00:33:00",
                                      "00:00:58:00", "00:01:04:00", "00:01:49:00"};
    const std::vector<std::string> out{"00:00:08:00", "00:00:33:00", "00:00:58:00",
                                       "00:01:04:00", "00:01:49:00", "00:02:13:00"};
    const std::vector<std::int64_t> frames{192, 600, 600, 144, 1080, 576};
    for (std::size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(demo.rows[i].timecodeIn, in[i]) << i;
        EXPECT_EQ(demo.rows[i].timecodeOut, out[i]) << i;
        EXPECT_EQ(demo.rows[i].frameCount, frames[i]) << i;
        EXPECT_EQ(demo.rows[i].frameRate, "24");
    }
}

TEST(ShotList, DemoDocumentFieldsAndTrack)
{
    const DemoRows demo = demoRows();
    ASSERT_EQ(demo.rows.size(), 6u);
    const ShotListRow& trackOut = demo.rows[1];   // shot 2A: dolly keys 0 -> 19.0747 m on a straight track
    EXPECT_EQ(trackOut.shotId, "sh-0002");
    EXPECT_EQ(trackOut.sceneNumber, "2");
    EXPECT_EQ(trackOut.shotNumber, "2A");
    EXPECT_EQ(trackOut.setup, "B1");
    EXPECT_EQ(trackOut.intExt, "INT");
    EXPECT_EQ(trackOut.location, "WAREHOUSE - LOADING DOCK");
    EXPECT_EQ(trackOut.timeOfDay, "NIGHT");
    EXPECT_EQ(trackOut.plannedMove, "trackout");
    EXPECT_EQ(trackOut.camera, "B");
    EXPECT_EQ(trackOut.cameraBody, "Super 35 (4-perf full aperture)");
    // 2.39:1 extraction from the 24.89 mm wide gate: 24.89 / 2.39 = 10.41 mm high.
    EXPECT_EQ(trackOut.sensor, "24.89 \u00d7 18.66 mm, 2.39:1 extraction 24.89 \u00d7 10.41 mm");
    EXPECT_EQ(trackOut.lensKit, "Angenieux Optimo 24-290");
    EXPECT_EQ(trackOut.lens, "62 mm");
    EXPECT_DOUBLE_EQ(trackOut.tStop, 2.8);
    EXPECT_EQ(trackOut.status, "planned");
    // Track = travel + 0.5 m run-up + 0.5 m stop margin; sections of 8 ft = 2.4384 m.
    const double travel = 19.074677380474085;
    EXPECT_NEAR(trackOut.trackLengthM, travel + 1.0, 1e-6);
    EXPECT_EQ(trackOut.trackSections, static_cast<int>(std::ceil((travel + 1.0) / 2.4384)));
    EXPECT_EQ(trackOut.trackSections, 9);
    // The lens rides the pedestal channel above a track on the floor.
    EXPECT_NEAR(trackOut.cameraHeightM, 1.66608, 1e-9);
    EXPECT_EQ(trackOut.angle, CameraAngle::EyeLevel);

    const ShotListRow& zoomOut = demo.rows[2];   // shot 2B: 62 mm keyed down to 24.8 mm
    EXPECT_EQ(zoomOut.lens, "62 \u2192 24.8 mm");
    EXPECT_NEAR(zoomOut.focalMinMm, 24.8, 1e-9);
    EXPECT_NEAR(zoomOut.focalMaxMm, 62.0, 1e-9);
    EXPECT_DOUBLE_EQ(zoomOut.trackLengthM, 0.0);
    EXPECT_EQ(zoomOut.trackSections, 0);
    EXPECT_DOUBLE_EQ(zoomOut.peakDollySpeedMps, 0.0);
    EXPECT_FALSE(zoomOut.focusMarks.marks.empty());
}

TEST(ShotList, TrackOutFieldsFromTheirDerivations)
{
    const MoveSpec spec = annaSpec();
    const Result<MoveResult> move = makeTrackMove(spec, TrackMove{});
    ASSERT_TRUE(move.ok());
    const Project project = projectWithMove(spec, *move);
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    ASSERT_TRUE(shots.ok());
    const Result<std::vector<ShotListRow>> rows = buildShotList(project, *shots);
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 1u);
    const ShotListRow& row = rows->front();

    // The lens travels from d(CU) to d(WS) along a level track at eye height (1.6848 m).
    const double travel = nominalDistanceM(ShotSize::WS) - nominalDistanceM(ShotSize::CU);
    EXPECT_EQ(row.movement, MovementClass::TrackOut);
    EXPECT_NEAR(row.trackLengthM, travel + 0.5 + 0.5, 1e-6);
    EXPECT_EQ(row.trackSections, static_cast<int>(std::ceil((travel + 1.0) / 2.4384)));
    EXPECT_NEAR(row.cameraHeightM, kEyeM, 1e-9);
    EXPECT_EQ(row.mainActor, "Anna");
    EXPECT_EQ(row.startSize, ShotSize::CU);
    EXPECT_EQ(row.endSize, ShotSize::WS);
    ASSERT_TRUE(row.subjectDistanceStartM.has_value());
    EXPECT_NEAR(*row.subjectDistanceStartM, nominalDistanceM(ShotSize::CU), 1e-6);
    // At the end instant, one flick before the end, where the move has arrived.
    ASSERT_TRUE(row.subjectDistanceEndM.has_value());
    EXPECT_NEAR(*row.subjectDistanceEndM, nominalDistanceM(ShotSize::WS), 1e-6);
    EXPECT_EQ(row.angle, CameraAngle::EyeLevel);
    EXPECT_EQ(row.lens, "35 mm");
    EXPECT_DOUBLE_EQ(row.focalMinMm, 35.0);
    EXPECT_EQ(row.timecodeIn, "00:00:00:00");
    EXPECT_EQ(row.timecodeOut, "00:00:06:00");   // 6 s at 24 fps
    EXPECT_EQ(row.sceneName, "Anna, alone");
    EXPECT_EQ(row.lensKit, "");
    EXPECT_EQ(row.cameraBody, "Super 35 (4-perf full aperture)");
    EXPECT_EQ(row.sensor, "24.89 \u00d7 18.66 mm");
    EXPECT_GT(row.peakDollySpeedMps, travel / 6.0);   // eased: the peak is above the mean speed
}

TEST(ShotList, DropFrameTimecodesAtTheProjectRate)
{
    // Project at 29.97: two shots of exactly 1800 frames (1800 x 1001 / 30000 = 60.06 s). The
    // second starts at frame 1800, which SMPTE drop-frame labels 00:01:00;02 (labels ;00 and ;01
    // are skipped at minute 1), and ends at 3600 = 00:02:00;04.
    MoveSpec spec = annaSpec();
    spec.frameRate = FrameRate{30000, 1001};
    spec.durationFlicks = framesToFlicks(1800, spec.frameRate);
    ZoomMove zoom;
    zoom.from = SubjectFraming::ofSize(ShotSize::MS);
    zoom.toFocalLengthMm = 50.0;
    const Result<MoveResult> move = makeZoomMove(spec, zoom);
    ASSERT_TRUE(move.ok()) << move.error().describe();
    Project project = projectWithMove(spec, *move);
    project.frameRate = FrameRate{30000, 1001};
    Shot second = project.scenes[0].shots[0];
    second.id = "sh-0002";
    second.number = "2";
    project.scenes[0].shots.push_back(second);
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    ASSERT_TRUE(shots.ok());
    const Result<std::vector<ShotListRow>> rows = buildShotList(project, *shots);
    ASSERT_TRUE(rows.ok()) << rows.error().describe();
    ASSERT_EQ(rows->size(), 2u);
    EXPECT_EQ((*rows)[0].timecodeIn, "00:00:00;00");
    EXPECT_EQ((*rows)[0].timecodeOut, "00:01:00;02");
    EXPECT_EQ((*rows)[1].timecodeIn, "00:01:00;02");
    EXPECT_EQ((*rows)[1].timecodeOut, "00:02:00;04");
    EXPECT_EQ((*rows)[1].frameRate, "29.97");
    EXPECT_EQ((*rows)[1].movement, MovementClass::Zoom);
    EXPECT_EQ((*rows)[1].lens, "35 \u2192 50 mm");
}

TEST(ShotList, CameraAngles)
{
    // Eyes at 1.6848 m, 3 m in front of the lens; half a head = 0.065 x 1.8 = 0.117 m.
    const glm::dvec3 eyes = annaEyes();
    CameraState camera;
    camera.positionM = {0.0, kEyeM + 0.11, 3.0};
    EXPECT_EQ(classifyCameraAngle(camera, eyes, kStatureM), CameraAngle::EyeLevel);
    // 0.5 m above at 3 m: beyond the band and atan(0.5 / 3) = 9.5 degrees above the eyes.
    camera.positionM = {0.0, kEyeM + 0.5, 3.0};
    EXPECT_EQ(classifyCameraAngle(camera, eyes, kStatureM), CameraAngle::High);
    camera.positionM = {0.0, kEyeM - 0.5, 3.0};
    EXPECT_EQ(classifyCameraAngle(camera, eyes, kStatureM), CameraAngle::Low);
    // 0.5 m above at 10 m: atan(0.05) = 2.9 degrees, reads as eye level.
    camera.positionM = {0.0, kEyeM + 0.5, 10.0};
    EXPECT_EQ(classifyCameraAngle(camera, eyes, kStatureM), CameraAngle::EyeLevel);
    camera.tiltDeg = -61.0;
    EXPECT_EQ(classifyCameraAngle(camera, eyes, kStatureM), CameraAngle::Overhead);
    camera.tiltDeg = 61.0;
    EXPECT_EQ(classifyCameraAngle(camera, std::nullopt, 0.0), CameraAngle::WormsEye);
    camera.tiltDeg = 0.0;
    camera.rollDeg = -5.5;
    EXPECT_EQ(classifyCameraAngle(camera, eyes, kStatureM), CameraAngle::Dutch);
    camera.rollDeg = 4.9;
    EXPECT_EQ(classifyCameraAngle(camera, std::nullopt, 0.0), std::nullopt);
    EXPECT_EQ(cameraAngleLabel(CameraAngle::WormsEye), "worm's eye");
}

TEST(ShotList, ShotThatCannotBeEvaluatedNamesItsField)
{
    const MoveSpec spec = annaSpec();
    const Result<MoveResult> move = makeTrackMove(spec, TrackMove{});
    ASSERT_TRUE(move.ok());
    Project project = projectWithMove(spec, *move);
    project.scenes[0].shots[0].camera = "Z";
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    ASSERT_TRUE(shots.ok());
    const Result<std::vector<ShotListRow>> rows = buildShotList(project, *shots);
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().field, "scenes[0].shots[0].camera");
}
