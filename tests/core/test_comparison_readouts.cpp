// The compare view's readouts (core/analysis/comparison_readouts.h) on the move tests' project
// (test_move_support.h: Anna, stature H = 1.8 m, at the origin facing -Z, eyes at
// kEye H = 1.6848 m; camera "A": Super 35 full gate w x h = 24.89 x 18.66 mm), compared from
// nothing, so every camera stands in front of her (on -Z) at eye height looking along +Z.
//
// Hand-checked example: MCU to FS at 50 mm. The nominal framings (shot_size.h) are
// v_MCU = crown - chest = 1 - 0.720 = 0.28 and v_FS = 1.2 statures of frame height, so
// (subject_framing.h: d = v H f / h)
//   d1 = 0.28 * 1.8 * 50 / 18.66 = 1.350482 m,   d2 = 1.2 * 1.8 * 50 / 18.66 = 5.787781 m,
//   subjectFraction = 1 / v: 3.571429 at the start, 0.833333 at the end, in A and B alike;
//   B zooms from 50 mm to f2 = 50 * 0.28 / 1.2 = 11.6667 mm (f2 / f1 = d1 / d2);
//   horizontal AOV 2 atan(24.89 / (2 * 50)) = 27.954 deg (A throughout), and
//   2 atan(24.89 / (2 * 11.6667)) = 93.698 deg (B at the end).
// A 1 m segment D = 10 m behind her eyes projects (projection.h: y = (Yc / -Zc) / (h / 2f)) to
// half a span |dy| / 2 = f / (h * depth) of the frame height: 50 / (18.66 * 11.350482) = 0.236072
// in both at the start; at the end A shows 50 / (18.66 * 15.787781) = 0.169722 and B
// 11.6667 / (18.66 * 11.350482) = 0.055083, a magnification of 3.081175 =
// d2 (d1 + D) / (d1 (d2 + D)) = 5.787781 * 11.350482 / (1.350482 * 15.787781).
//
// The readouts stop at the start of the last frame (143 of 6 s at 24 fps), not at the last
// instant. The default ease-in-out (cubic-bezier(0.42, 0, 0.58, 1)) near its end is
// x = 1 - 1.26 s, y = 1 - 3 s^2 + 2 s^3 (s = 1 - u), so 1/144 before the end the track still
// lacks 3 (1 / (144 * 1.26))^2 = 9.1e-5 of its 4.44 m travel: 4 mm of 5.79 m, 7e-5 relative.
// End values are checked on the last frame within 1e-3 relative (0.1 %) and, exactly, at the
// last instant through the shot evaluators.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include "core/analysis/comparison_readouts.h"
#include "core/moves/comparison.h"
#include "core/optics/shot_size.h"
#include "core/scene/actor_framing.h"
#include "core/scene/anthropometry.h"
#include "core/scene/project_json.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kFocalMm = 50.0;
const double kVMcu = shotSizeBand(ShotSize::MCU).nominalVisibleStatures;   // 0.28
const double kVFs = shotSizeBand(ShotSize::FS).nominalVisibleStatures;     // 1.2
const double kD1 = kVMcu * kStatureM * kFocalMm / kGateHeightMm;            // 1.350482 m
const double kD2 = kVFs * kStatureM * kFocalMm / kGateHeightMm;             // 5.787781 m
constexpr std::int64_t kFrames = 144;                                       // 6 s at 24 fps

// Anna's project with three set pieces: a 4 m "Back wall" 8 m behind her on the lens axis, a
// 3 m "Column" 6 m behind her and 2 m to the side, and a "Crate" behind the cameras.
Project annaProject()
{
    Project project = projectFor(annaSpec());
    SetPiece wall;
    wall.name = "Back wall";
    wall.shape = SetPieceShape::Wall;
    wall.positionM = {0.0, 0.0, 8.0};
    wall.sizeM = {10.0, 4.0, 0.2};
    SetPiece column;
    column.name = "Column";
    column.shape = SetPieceShape::Cylinder;
    column.positionM = {2.0, 0.0, 6.0};
    column.sizeM = {0.5, 3.0, 0.5};
    SetPiece crate;
    crate.name = "Crate";
    crate.positionM = {0.0, 0.0, -30.0};
    crate.sizeM = {1.0, 1.0, 1.0};
    project.set.pieces = {wall, column, crate};
    return project;
}

Comparison annaComparison(const Project& project, bool withDollyZoom = false)
{
    ComparisonRequest request;
    request.subject = "Anna";
    request.focalLengthMm = kFocalMm;
    request.withDollyZoom = withDollyZoom;
    Result<Comparison> comparison = makeComparison(project, "", request);
    EXPECT_TRUE(comparison.ok()) << (comparison.ok() ? std::string() : comparison.error().describe());
    return comparison.ok() ? std::move(comparison).value() : Comparison{};
}

ComparisonReadouts read(const Project& project, const Comparison& comparison, const CompareBackground& background)
{
    Result<ComparisonReadouts> readouts = readComparison(project, comparison, background);
    EXPECT_TRUE(readouts.ok()) << (readouts.ok() ? std::string() : readouts.error().describe());
    return readouts.ok() ? std::move(readouts).value() : ComparisonReadouts{};
}

// m = d2 (d1 + D) / (d1 (d2 + D)), written out here (DOMAIN.md), not through the library.
double magnification(double d1, double d2, double behindM)
{
    return d2 * (d1 + behindM) / (d1 * (d2 + behindM));
}

void expectRelative(double actual, double expected, double relative, const std::string& what)
{
    EXPECT_NEAR(actual, expected, std::abs(expected) * relative) << what;
}

} // namespace

TEST(ComparisonReadouts, HandCheckedMcuToFsAtFiftyMillimetres)
{
    const Project project = annaProject();
    const Comparison comparison = annaComparison(project);
    const ComparisonReadouts readouts = read(project, comparison, CompareBackground{std::nullopt, 10.0});
    ASSERT_EQ(readouts.frames.size(), static_cast<std::size_t>(kFrames));
    EXPECT_EQ(readouts.backgroundLabel, "plane 10 m behind Anna");
    EXPECT_NEAR(readouts.backgroundBehindM, 10.0, 1e-9);
    EXPECT_NEAR(kVMcu, 1.0 - landmark::kChest, 1e-15);   // the nominal MCU cuts at the chest

    const ComparisonFrame& first = readouts.frames.front();
    ASSERT_EQ(first.sides.size(), 2u);
    EXPECT_EQ(first.frame, 0);
    EXPECT_EQ(first.seconds, 0.0);
    for (const SideReading& side : first.sides) {
        EXPECT_NEAR(side.distanceM, 1.350482, 1e-6);
        EXPECT_NEAR(side.cameraPositionM.z, -1.350482, 1e-6);
        EXPECT_NEAR(side.cameraPositionM.y, kEyeM, 1e-9);
        EXPECT_NEAR(side.focalLengthMm, 50.0, 1e-9);
        EXPECT_NEAR(side.horizontalAovDeg, 27.954, 1e-3);
        EXPECT_NEAR(side.subjectFraction, 3.571429, 1e-6);
        EXPECT_NEAR(side.backgroundFraction, 0.236072, 1e-6);
    }
    EXPECT_NEAR(first.backgroundMagnification, 1.0, 1e-12);
    EXPECT_NEAR(first.predictedMagnification, 1.0, 1e-12);

    const ComparisonFrame& last = readouts.frames.back();
    EXPECT_EQ(last.frame, kFrames - 1);
    EXPECT_NEAR(last.seconds, 143.0 / 24.0, 1e-12);
    const SideReading& a = last.sides[0];
    const SideReading& b = last.sides[1];
    expectRelative(a.distanceM, 5.787781, 1e-3, "A's distance at the end");
    EXPECT_NEAR(b.distanceM, 1.350482, 1e-6);
    EXPECT_NEAR(a.horizontalAovDeg, 27.954, 1e-3);
    expectRelative(b.focalLengthMm, 11.6667, 1e-3, "B's focal length at the end");
    expectRelative(b.horizontalAovDeg, 93.698, 1e-3, "B's AOV at the end");
    expectRelative(a.subjectFraction, 0.833333, 1e-3, "A's framing at the end");
    expectRelative(b.subjectFraction, 0.833333, 1e-3, "B's framing at the end");
    expectRelative(a.backgroundFraction, 0.169722, 1e-3, "A's background at the end");
    expectRelative(b.backgroundFraction, 0.055083, 1e-3, "B's background at the end");
    expectRelative(last.backgroundMagnification, 3.081175, 1e-3, "magnification at the end");
    expectRelative(last.predictedMagnification, 3.081175, 1e-3, "prediction at the end");
}

TEST(ComparisonReadouts, MatchedPairOnEveryFrame)
{
    const Project project = annaProject();
    const Comparison comparison = annaComparison(project);
    constexpr double kBehindM = 10.0;
    const ComparisonReadouts readouts = read(project, comparison, CompareBackground{std::nullopt, kBehindM});
    ASSERT_EQ(readouts.frames.size(), static_cast<std::size_t>(kFrames));
    const glm::dvec3 bStart = readouts.frames.front().sides[1].cameraPositionM;

    for (const ComparisonFrame& frame : readouts.frames) {
        ASSERT_EQ(frame.sides.size(), 2u);
        const SideReading& a = frame.sides[0];
        const SideReading& b = frame.sides[1];
        const std::string at = "frame " + std::to_string(frame.frame);
        EXPECT_EQ(b.cameraPositionM, bStart) << at;    // B never moves
        EXPECT_EQ(a.focalLengthMm, kFocalMm) << at;    // A never zooms
        // The same framing in both (0.1 %, in fact to rounding).
        expectRelative(a.subjectFraction, b.subjectFraction, 1e-3, at);
        // Distances from the lens positions to her eyes, in the test: B stays at d1.
        const double dA = glm::length(a.cameraPositionM - annaEyes());
        const double dB = glm::length(b.cameraPositionM - annaEyes());
        EXPECT_NEAR(dB, kD1, 1e-9) << at;
        EXPECT_NEAR(a.distanceM, dA, 1e-9) << at;
        // B's lens is f1 d1 / dA (track_versus_zoom.h), the backgrounds f / (h (d + D)).
        EXPECT_NEAR(b.focalLengthMm, kFocalMm * kD1 / dA, 1e-9) << at;
        EXPECT_NEAR(a.backgroundFraction, kFocalMm / (kGateHeightMm * (dA + kBehindM)), 1e-12) << at;
        EXPECT_NEAR(b.backgroundFraction, kFocalMm * kD1 / dA / (kGateHeightMm * (kD1 + kBehindM)), 1e-12) << at;
        // Measured magnification = the optical prediction d2 (d1 + D) / (d1 (d2 + D)), d2 = dA.
        const double expected = magnification(kD1, dA, kBehindM);
        EXPECT_NEAR(frame.backgroundMagnification, expected, 1e-9 * expected) << at;
        EXPECT_NEAR(frame.predictedMagnification, expected, 1e-9 * expected) << at;
    }
    // Start framing: the nominal MCU; end framing (last frame, see the top): the nominal FS.
    for (const SideReading& side : readouts.frames.front().sides)
        expectRelative(side.subjectFraction, 1.0 / kVMcu, 1e-3, "start");
    for (const SideReading& side : readouts.frames.back().sides)
        expectRelative(side.subjectFraction, 1.0 / kVFs, 1e-3, "end");

    // At the last instant itself, through the evaluators: exactly FS in both.
    for (const MoveResult& move : comparison.moves) {
        const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, comparisonScene(project, comparison), move.shot);
        ASSERT_TRUE(evaluator.ok());
        const Result<ActorFraming> framing = frameActor(evaluator->cameraAt(move.shot.durationFlicks), anna());
        ASSERT_TRUE(framing.ok());
        EXPECT_NEAR(framing->subjectFraction, 1.0 / kVFs, 1e-9) << move.shot.id;
    }
}

TEST(ComparisonReadouts, DollyZoomHoldsTheSubjectOnEveryFrame)
{
    const Project project = annaProject();
    const Comparison comparison = annaComparison(project, true);
    const ComparisonReadouts readouts = read(project, comparison, CompareBackground{std::nullopt, 10.0});
    ASSERT_EQ(readouts.frames.size(), static_cast<std::size_t>(kFrames));
    for (const ComparisonFrame& frame : readouts.frames) {
        ASSERT_EQ(frame.sides.size(), 3u);
        const SideReading& a = frame.sides[0];
        const SideReading& c = frame.sides[2];
        const std::string at = "frame " + std::to_string(frame.frame);
        expectRelative(c.subjectFraction, 1.0 / kVMcu, 1e-3, at);     // held at MCU
        expectRelative(c.focalLengthMm / c.distanceM, kFocalMm / kD1, 1e-9, at);   // f / d constant
        EXPECT_NEAR(c.distanceM, a.distanceM, 1e-9) << at;               // on A's track
    }
    // At the end C's lens is 50 * d2 / d1 = 50 * 1.2 / 0.28 = 214.29 mm (last frame, 0.1 %).
    expectRelative(readouts.frames.back().sides[2].focalLengthMm, kFocalMm * kVFs / kVMcu, 1e-3, "C's lens at the end");
}

TEST(ComparisonReadouts, SetPiecesOnAndOffTheAxis)
{
    const Project project = annaProject();
    const Comparison comparison = annaComparison(project);
    // The wall: its centre line x = 0, z = 8 is on the axis; D = 8 - 0 (her eyes at z = 0).
    // The column: 2 m to the side at z = 6, D = 6; A and B share the axis (both on -Z, no tilt), so
    // a vertical segment anywhere images at f / (d + D) in each, and the ratio is the same formula.
    struct Case {
        const char* name;
        double behindM;
        double heightM;
    };
    for (const Case& piece : {Case{"Back wall", 8.0, 4.0}, Case{"Column", 6.0, 3.0}}) {
        const ComparisonReadouts readouts = read(project, comparison, CompareBackground{std::string(piece.name), 99.0});
        ASSERT_EQ(readouts.frames.size(), static_cast<std::size_t>(kFrames));
        EXPECT_EQ(readouts.backgroundLabel, piece.name);
        EXPECT_NEAR(readouts.backgroundBehindM, piece.behindM, 1e-9);
        // At the start both show it f H_piece / (h (d1 + D)) of the frame height.
        for (const SideReading& side : readouts.frames.front().sides)
            EXPECT_NEAR(side.backgroundFraction, kFocalMm * piece.heightM / (kGateHeightMm * (kD1 + piece.behindM)), 1e-12);
        for (const ComparisonFrame& frame : readouts.frames) {
            const double dA = glm::length(frame.sides[0].cameraPositionM - annaEyes());
            const double expected = magnification(kD1, dA, piece.behindM);
            EXPECT_NEAR(frame.backgroundMagnification, expected, 1e-9 * expected) << piece.name << " " << frame.frame;
            EXPECT_NEAR(frame.predictedMagnification, expected, 1e-9 * expected) << piece.name << " " << frame.frame;
        }
        // The track out keeps the background larger than the zoom out: m > 1 after the start.
        EXPECT_GT(readouts.frames.back().backgroundMagnification, 1.5);
    }
}

TEST(ComparisonReadouts, Errors)
{
    const Project project = annaProject();
    const Comparison comparison = annaComparison(project);

    const Result<ComparisonReadouts> noPiece = readComparison(project, comparison, CompareBackground{std::string("Door"), 10.0});
    ASSERT_FALSE(noPiece.ok());
    EXPECT_EQ(noPiece.error().field, "background.setPiece");
    EXPECT_NE(noPiece.error().message.find("'Door'"), std::string::npos) << noPiece.error().message;
    EXPECT_NE(noPiece.error().message.find("Back wall, Column, Crate"), std::string::npos) << noPiece.error().message;

    for (const double behind : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
        const Result<ComparisonReadouts> bad = readComparison(project, comparison, CompareBackground{std::nullopt, behind});
        ASSERT_FALSE(bad.ok()) << behind;
        EXPECT_EQ(bad.error().field, "background.behindM") << behind;
    }

    // The crate stands behind every lens (z = -30; the cameras look along +Z from z > -6).
    const Result<ComparisonReadouts> behindTheLens = readComparison(project, comparison, CompareBackground{std::string("Crate"), 10.0});
    ASSERT_FALSE(behindTheLens.ok());
    EXPECT_EQ(behindTheLens.error().field, "background");

    // A piece with no height has no image height to compare.
    Project flat = project;
    flat.set.pieces[1].sizeM.y = 0.0;
    const Result<ComparisonReadouts> noHeight = readComparison(flat, comparison, CompareBackground{std::string("Column"), 10.0});
    ASSERT_FALSE(noHeight.ok());
    EXPECT_EQ(noHeight.error().field, "background.setPiece");

    // An unknown subject: refused by makeComparison, and by the readouts of an edited comparison.
    ComparisonRequest zoe = comparison.request;
    zoe.subject = "Zoe";
    const Result<Comparison> noSubject = makeComparison(project, "", zoe);
    ASSERT_FALSE(noSubject.ok());
    EXPECT_EQ(noSubject.error().field, "subject");
    Comparison edited = comparison;
    edited.request.subject = "Zoe";
    const Result<ComparisonReadouts> unknown = readComparison(project, edited, CompareBackground{});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, "subject");
    EXPECT_NE(unknown.error().message.find("Anna, Ben"), std::string::npos) << unknown.error().message;

    // A comparison without both a track and a zoom side.
    Comparison trackOnly = comparison;
    trackOnly.sides.resize(1);
    trackOnly.moves.resize(1);
    EXPECT_FALSE(readComparison(project, trackOnly, CompareBackground{}).ok());
}

TEST(ComparisonReadouts, FromNothingWithTheFirstCamera)
{
    // No shot: the first camera setup (A, 35 mm) gives the lens when the request names none.
    Project project = annaProject();
    CameraSetup second = cameraA();
    second.name = "B";
    second.focalLengthMm = 85.0;
    project.cameras.push_back(second);
    ComparisonRequest request;
    request.subject = "Anna";
    const Result<Comparison> comparison = makeComparison(project, "", request);
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    const ComparisonReadouts readouts = read(project, *comparison, CompareBackground{});
    ASSERT_EQ(readouts.frames.size(), static_cast<std::size_t>(kFrames));
    // d1 = 0.28 * 1.8 * 35 / 18.66 = 0.945338 m, the AOV 2 atan(24.89 / 70) = 39.147 deg.
    const double d1 = kVMcu * kStatureM * 35.0 / kGateHeightMm;
    for (const SideReading& side : readouts.frames.front().sides) {
        EXPECT_NEAR(side.distanceM, d1, 1e-9);
        EXPECT_NEAR(side.focalLengthMm, 35.0, 1e-9);
        EXPECT_NEAR(side.horizontalAovDeg, 39.147, 1e-3);
    }
    for (const ComparisonFrame& frame : readouts.frames) {
        const double dA = glm::length(frame.sides[0].cameraPositionM - annaEyes());
        EXPECT_NEAR(frame.backgroundMagnification, magnification(d1, dA, 10.0), 1e-9 * magnification(d1, dA, 10.0));
    }
}

TEST(ComparisonReadouts, OnTheDemoEveryFrameMatchesTheOptics)
{
    // Scene 2 of the demo, shot sh-0002 (camera B, 25 s at 24 fps = 600 frames): Anna stands.
    const Result<Project> demo = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    ASSERT_TRUE(demo.ok()) << demo.error().describe();
    ComparisonRequest request;
    request.subject = "Anna";
    request.withDollyZoom = true;
    const Result<Comparison> comparison = makeComparison(*demo, "sh-0002", request);
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    const ComparisonReadouts readouts = read(*demo, *comparison, CompareBackground{std::nullopt, 10.0});
    ASSERT_EQ(readouts.frames.size(), 600u);

    // Her eyes, from the shot's own evaluation of her pose.
    const Result<ShotEvaluator> track = ShotEvaluator::create(*demo, comparisonScene(*demo, *comparison), comparison->moves[0].shot);
    ASSERT_TRUE(track.ok());
    std::optional<std::size_t> anna;
    for (std::size_t i = 0; i < track->actors().size(); ++i)
        if (track->actors()[i].name == "Anna")
            anna = i;
    ASSERT_TRUE(anna.has_value());
    const glm::dvec3 eyes = track->actorPose(*anna, 0).positionM + glm::dvec3(0.0, landmark::kEye * 1.68, 0.0);
    const glm::dvec3 bStart = readouts.frames.front().sides[1].cameraPositionM;
    const double d1 = glm::length(bStart - eyes);
    for (const ComparisonFrame& frame : readouts.frames) {
        const std::string at = "frame " + std::to_string(frame.frame);
        EXPECT_EQ(frame.sides[1].cameraPositionM, bStart) << at;
        EXPECT_EQ(frame.sides[0].focalLengthMm, readouts.frames.front().sides[0].focalLengthMm) << at;
        expectRelative(frame.sides[0].subjectFraction, frame.sides[1].subjectFraction, 1e-3, at);
        expectRelative(frame.sides[2].subjectFraction, readouts.frames.front().sides[2].subjectFraction, 1e-3, at);
        const double dA = glm::length(frame.sides[0].cameraPositionM - eyes);
        const double expected = magnification(d1, dA, 10.0);
        EXPECT_NEAR(frame.backgroundMagnification, expected, 1e-9 * expected) << at;
        EXPECT_NEAR(frame.predictedMagnification, expected, 1e-9 * expected) << at;
    }
}
