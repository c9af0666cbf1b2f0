// The focus puller's marks sheet. Distances are worked out from the set-up (the lens at Anna's
// eye height, so the distance to her eyes is the distance on the floor); depth of field from the
// thin-lens formulas written out here, in millimetres:
//   H = f^2 / (N c) + f,   Dn = s (H - f) / (H + s - 2 f),   Df = s (H - f) / (H - s).

#include <cmath>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/feasibility_report.h"
#include "core/analysis/focus_marks.h"
#include "core/optics/sensor.h"
#include "core/scene/anthropometry.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;
constexpr double kAnnaM = 1.75;
constexpr double kEyesM = landmark::kEye * kAnnaM;   // 0.936 x 1.75 = 1.638 m

Keyframe linearKey(Flicks time, double value)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = Interpolation::Linear;
    return k;
}

// Near and far limits in metres by the formulas above (f and c in mm, s in m).
struct Limits {
    double nearM;
    double farM;
};

Limits handDof(double f, double n, double c, double sM)
{
    const double h = f * f / (n * c) + f;
    const double s = sM * 1000.0;
    return {s * (h - f) / (h + s - 2.0 * f) / 1000.0, s * (h - f) / (h - s) / 1000.0};
}

// Anna (1.75 m) standing 4 m down -Z from the origin; camera "A" full frame with a 0.025 mm CoC.
Project makeProject()
{
    Project project;
    Actor anna;
    anna.name = "Anna";
    anna.heightM = kAnnaM;
    anna.positionM = {0.0, 0.0, -4.0};
    project.actors = {anna};
    CameraSetup camera;
    camera.name = "A";
    const SensorFormat* fullFrame = findSensorPreset("full-frame");
    EXPECT_NE(fullFrame, nullptr);
    camera.sensor = fullFrame != nullptr ? *fullFrame : SensorFormat{};
    camera.cocMm = 0.025;
    project.cameras = {camera};
    return project;
}

// A static camera at the origin, lens at Anna's eye height, 50 mm at f/2.8, focus at `focusM`.
Shot makeShot(double focusM, Flicks duration = 2 * kS)
{
    Shot shot;
    shot.id = "sh-1";
    shot.number = "1";
    shot.camera = "A";
    shot.durationFlicks = duration;
    shot.cast = {"Anna"};
    EXPECT_TRUE(shot.rig.channel(RigChannel::Pedestal).insertKey(linearKey(0, kEyesM)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::FocalLength).insertKey(linearKey(0, 50.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::FStop).insertKey(linearKey(0, 2.8)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::FocusDistance).insertKey(linearKey(0, focusM)).ok());
    return shot;
}

FocusMarkSheet sheetOf(const Project& project, const Scene& scene, const Shot& shot)
{
    const Result<FeasibilityReport> report = buildFeasibilityReport(project, scene, shot);
    EXPECT_TRUE(report.ok()) << (report.ok() ? "" : report.error().describe());
    return report.ok() ? report->focusMarks : FocusMarkSheet{};
}

} // namespace

TEST(FocusMarks, ActorStandingAtFourMetresWithA50AtF28)
{
    const FocusMarkSheet sheet = sheetOf(makeProject(), Scene{}, makeShot(4.0));
    EXPECT_EQ(sheet.cocMm, 0.025);
    EXPECT_TRUE(sheet.cocIsOverride);
    ASSERT_EQ(sheet.marks.size(), 2u);   // start and end

    // H = 50^2 / (2.8 x 0.025) + 50 = 35764.29 mm; Dn = 3.602 m, Df = 4.497 m.
    const Limits expected = handDof(50.0, 2.8, 0.025, 4.0);
    for (const FocusMark& mark : sheet.marks) {
        EXPECT_EQ(mark.actor, "Anna");
        EXPECT_TRUE(mark.markName.empty());   // no blocking
        EXPECT_NEAR(mark.distanceM, 4.0, 1e-12);
        EXPECT_EQ(mark.focalLengthMm, 50.0);
        EXPECT_EQ(mark.fStop, 2.8);
        ASSERT_TRUE(mark.depthOfField.has_value());
        EXPECT_NEAR(mark.depthOfField->hyperfocalM, (2500.0 / 0.07 + 50.0) / 1000.0, 1e-12);
        EXPECT_NEAR(mark.depthOfField->nearM, expected.nearM, 1e-12);
        ASSERT_TRUE(mark.depthOfField->farM.has_value());
        EXPECT_NEAR(*mark.depthOfField->farM, expected.farM, 1e-12);
        EXPECT_EQ(mark.rigFocusM, 4.0);
        EXPECT_TRUE(mark.sharpAtRigFocus);
    }
    EXPECT_EQ(sheet.marks[0].beat, FocusBeat::Start);
    EXPECT_EQ(sheet.marks[0].at, 0);
    EXPECT_EQ(sheet.marks[1].beat, FocusBeat::End);
    EXPECT_EQ(sheet.marks[1].at, 2 * kS - 1);
}

TEST(FocusMarks, FocusSetElsewhereLeavesTheActorSoft)
{
    // Focus at 5 m: the near limit there is 5000 (H - f) / (H + 5000 - 2f) = 4.391 m, beyond her 4 m.
    const FocusMarkSheet sheet = sheetOf(makeProject(), Scene{}, makeShot(5.0));
    ASSERT_FALSE(sheet.marks.empty());
    EXPECT_GT(handDof(50.0, 2.8, 0.025, 5.0).nearM, 4.0);
    EXPECT_FALSE(sheet.marks[0].sharpAtRigFocus);
    EXPECT_EQ(sheet.marks[0].rigFocusM, 5.0);
}

TEST(FocusMarks, EveryMarkHitDuringTheShotIsABeat)
{
    // Anna stands on A (4 m) until 1 s of action, walks to B (2 m from the lens), arriving at 2 s.
    // The shot starts 0.5 s into the action and lasts 3 s: B is hit at shot time 1.5 s.
    Mark a;
    a.name = "A";
    a.positionM = {0.0, 0.0, -4.0};
    a.leaveAt = 1 * kS;
    Mark b;
    b.name = "B";
    b.positionM = {0.0, 0.0, -2.0};
    b.arriveAt = 2 * kS;
    b.leaveAt = 2 * kS;
    Scene scene;
    scene.blocking.push_back(makeActorBlocking("Anna", {a, b}).value());
    Shot shot = makeShot(4.0, 3 * kS);
    shot.actionStart = kS / 2;

    const FocusMarkSheet sheet = sheetOf(makeProject(), scene, shot);
    ASSERT_EQ(sheet.marks.size(), 3u);
    EXPECT_EQ(sheet.marks[0].beat, FocusBeat::Start);
    EXPECT_EQ(sheet.marks[0].markName, "A");
    EXPECT_NEAR(sheet.marks[0].distanceM, 4.0, 1e-12);

    EXPECT_EQ(sheet.marks[1].beat, FocusBeat::Mark);
    EXPECT_EQ(sheet.marks[1].markName, "B");
    EXPECT_EQ(sheet.marks[1].at, 3 * kS / 2);
    EXPECT_NEAR(sheet.marks[1].distanceM, 2.0, 1e-12);
    const Limits atB = handDof(50.0, 2.8, 0.025, 2.0);
    ASSERT_TRUE(sheet.marks[1].depthOfField.has_value());
    EXPECT_NEAR(sheet.marks[1].depthOfField->nearM, atB.nearM, 1e-12);
    EXPECT_NEAR(*sheet.marks[1].depthOfField->farM, atB.farM, 1e-12);
    EXPECT_FALSE(sheet.marks[1].sharpAtRigFocus);   // focus stayed at 4 m

    EXPECT_EQ(sheet.marks[2].beat, FocusBeat::End);
    EXPECT_EQ(sheet.marks[2].markName, "B");
    EXPECT_NEAR(sheet.marks[2].distanceM, 2.0, 1e-12);
}

TEST(FocusMarks, CircleOfConfusionComesFromTheSetupOrTheSensor)
{
    Project project = makeProject();
    project.cameras[0].cocMm.reset();
    const FocusMarkSheet sheet = sheetOf(project, Scene{}, makeShot(4.0));
    const SensorFormat* fullFrame = findSensorPreset("full-frame");
    ASSERT_NE(fullFrame, nullptr);
    EXPECT_EQ(sheet.cocMm, fullFrame->cocMm);   // full-frame stills tradition, 0.03 mm
    EXPECT_FALSE(sheet.cocIsOverride);

    // A custom gate without a CoC of its own: diagonal / 1500.
    CameraSetup custom;
    custom.sensor.widthMm = 30.0;
    custom.sensor.heightMm = 40.0;
    EXPECT_NEAR(circleOfConfusionMm(custom), 50.0 / 1500.0, 1e-15);
}
