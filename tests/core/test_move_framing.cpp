// Subject framing and the common move spec: distances solved from shot sizes by hand with
// d = v H f / h (frame height h d / f at the eyes' depth equals v statures), the checks every
// move shares, and the placement geometry.
//
// Anna is 1.8 m tall; Super 35 full gate h = 18.66 mm; 35 mm lens. Nominal visible statures
// (shot_size.h, Drillis & Contini landmarks): WS 3; MCU 1 - chest 0.720 = 0.28; CU 1 - neck
// (0.870 + 0.818) / 2 = 0.156.

#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "core/moves/move_spec.h"
#include "core/moves/move_text.h"
#include "core/moves/subject_framing.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

const Gate kSuper35{kGateWidthMm, kGateHeightMm, 1.0};

} // namespace

TEST(SubjectFraming, ShotSizesSolveToDistances)
{
    const auto ws = framingDistanceM(SubjectFraming::ofSize(ShotSize::WS), 1.8, kSuper35, 35.0, "to");
    ASSERT_TRUE(ws.ok());
    EXPECT_NEAR(*ws, 3.0 * 1.8 * 35.0 / 18.66, 1e-12);    // 10.1286 m
    const auto mcu = framingDistanceM(SubjectFraming::ofSize(ShotSize::MCU), 1.8, kSuper35, 35.0, "to");
    ASSERT_TRUE(mcu.ok());
    EXPECT_NEAR(*mcu, 0.28 * 1.8 * 35.0 / 18.66, 1e-12);   // 0.9453 m
    const auto cu = framingDistanceM(SubjectFraming::ofSize(ShotSize::CU), 1.8, kSuper35, 50.0, "from");
    ASSERT_TRUE(cu.ok());
    EXPECT_NEAR(*cu, 0.156 * 1.8 * 50.0 / 18.66, 1e-12);
    const auto given = framingDistanceM(SubjectFraming::atDistance(2.5), 1.8, kSuper35, 35.0, "from");
    ASSERT_TRUE(given.ok());
    EXPECT_EQ(*given, 2.5);
}

TEST(SubjectFraming, ShotSizesSolveToFocalLengthsAtAFixedDistance)
{
    // f = h d / (v H): a WS from 5 m is 18.66 * 5 / (3 * 1.8) = 17.28 mm.
    const auto ws = focalLengthForSizeMm(ShotSize::WS, 1.8, kSuper35, 5.0, "toSize");
    ASSERT_TRUE(ws.ok());
    EXPECT_NEAR(*ws, 18.66 * 5.0 / 5.4, 1e-12);
    // An ECU from 1 km would need a lens far beyond 2000 mm.
    const auto ecu = focalLengthForSizeMm(ShotSize::ECU, 1.8, kSuper35, 1000.0, "toSize");
    ASSERT_FALSE(ecu.ok());
    EXPECT_EQ(ecu.error().field, "toSize");
}

TEST(SubjectFraming, RefusesDistancesNoMoveCanUse)
{
    for (const double bad : {std::nan(""), 0.0, -1.0, 0.01, 20000.0, HUGE_VAL}) {
        const auto result = framingDistanceM(SubjectFraming::atDistance(bad), 1.8, kSuper35, 35.0, "from");
        ASSERT_FALSE(result.ok()) << bad;
        EXPECT_EQ(result.error().field, "from");
    }
    const auto badLens = framingDistanceM(SubjectFraming::ofSize(ShotSize::CU), 1.8, kSuper35, 0.0, "from");
    ASSERT_FALSE(badLens.ok());
    EXPECT_EQ(badLens.error().field, "focalLengthMm");
    const auto badStature = framingDistanceM(SubjectFraming::ofSize(ShotSize::CU), std::nan(""), kSuper35, 35.0, "from");
    ASSERT_FALSE(badStature.ok());
    EXPECT_EQ(badStature.error().field, "subject.heightM");
}

TEST(SubjectFraming, LabelsForDescriptions)
{
    EXPECT_EQ(framingLabel(SubjectFraming::ofSize(ShotSize::MCU)), "MCU");
    EXPECT_EQ(framingLabel(SubjectFraming::atDistance(2.4)), "2.4 m");
    EXPECT_EQ(framingLabel(SubjectFraming::atDistance(10.128)), "10.13 m");
    EXPECT_EQ(framedSubject(SubjectFraming::ofSize(ShotSize::CU), "Anna"), "of Anna");
    EXPECT_EQ(framedSubject(SubjectFraming::atDistance(3.0), "Anna"), "from Anna");
    EXPECT_EQ(formatSeconds(6 * kS), "6 s");
    EXPECT_EQ(formatSeconds(kS * 25 / 6), "4.17 s");
    EXPECT_EQ(formatMillimetres(12.25), "12.2 mm");   // rounds half to even in binary: 12.25 is exact
    EXPECT_EQ(formatDegrees(-30.0), "30\u00b0");
}

TEST(MoveSpec, StagesTheSubjectAndTheCamera)
{
    MoveSpec spec = annaSpec();
    spec.subject.positionM = {1.0, 0.5, 2.0};   // on a rostrum
    spec.subject.facingDeg = 90.0;              // faces -X
    spec.bearingDeg = 90.0;                     // camera on her left: bearing 180, o = (0, 0, +1)
    const auto stage = prepareMove(spec);
    ASSERT_TRUE(stage.ok()) << stage.error().describe();
    EXPECT_NEAR(stage->eyeHeightM, kEyeM, 1e-15);
    EXPECT_NEAR(stage->eyesM.y, 0.5 + kEyeM, 1e-15);
    EXPECT_NEAR(stage->lensHeightM, kEyeM, 1e-15);   // eye height by default
    EXPECT_NEAR(stage->outward.x, 0.0, 1e-15);
    EXPECT_NEAR(stage->outward.z, 1.0, 1e-15);
    EXPECT_NEAR(stage->gate.heightMm, 18.66, 1e-12);
    EXPECT_EQ(stage->focalLengthMm, 35.0);
    // A lens 3 m above the eyes and 5 m from them stands 4 m out (3-4-5).
    const auto g = horizontalDistanceM(*stage, 5.0, kEyeM + 3.0, "from");
    ASSERT_TRUE(g.ok());
    EXPECT_NEAR(*g, 4.0, 1e-12);
    const glm::dvec3 lens = lensPointM(*stage, 4.0, kEyeM + 3.0);
    EXPECT_NEAR(lens.x, 1.0, 1e-12);
    EXPECT_NEAR(lens.y, 0.5 + kEyeM + 3.0, 1e-12);
    EXPECT_NEAR(lens.z, 6.0, 1e-12);
    // ... and cannot be 2 m from them.
    const auto tooClose = horizontalDistanceM(*stage, 2.0, kEyeM + 3.0, "from");
    ASSERT_FALSE(tooClose.ok());
    EXPECT_EQ(tooClose.error().field, "from");
}

TEST(MoveSpec, AimAnglesFollowTheCameraConvention)
{
    // Looking from z = -3 back at the origin (+Z) is pan 180; 1 m up over 1 m across is tilt 45.
    const AimAngles back = aimAnglesDeg({0.0, 1.0, -3.0}, {0.0, 1.0, 0.0});
    EXPECT_NEAR(std::abs(back.panDeg), 180.0, 1e-12);
    EXPECT_NEAR(back.tiltDeg, 0.0, 1e-12);
    const AimAngles up = aimAnglesDeg({0.0, 0.0, 0.0}, {-1.0, 1.0, 0.0});
    EXPECT_NEAR(up.panDeg, 90.0, 1e-12);   // towards -X: a turn to the left
    EXPECT_NEAR(up.tiltDeg, 45.0, 1e-12);
}

TEST(MoveSpec, RefusesUnusableInputNamingTheField)
{
    const auto refused = [](const MoveSpec& spec) {
        const auto stage = prepareMove(spec);
        return stage.ok() ? std::string("(accepted)") : stage.error().field;
    };
    MoveSpec spec = annaSpec();
    spec.subject.heightM = std::nan("");
    EXPECT_EQ(refused(spec), "subject.heightM");
    spec = annaSpec();
    spec.subject.heightM = 180.0;   // centimetres
    EXPECT_EQ(refused(spec), "subject.heightM");
    spec = annaSpec();
    spec.subject.name.clear();
    EXPECT_EQ(refused(spec), "subject.name");
    spec = annaSpec();
    spec.subject.positionM.x = HUGE_VAL;
    EXPECT_EQ(refused(spec), "subject.positionM");
    spec = annaSpec();
    spec.camera.name.clear();
    EXPECT_EQ(refused(spec), "camera.name");
    spec = annaSpec();
    spec.camera.sensor.heightMm = -1.0;
    EXPECT_EQ(refused(spec).rfind("camera.", 0), 0u);
    spec = annaSpec();
    spec.frameRate = {23, 1};
    EXPECT_EQ(refused(spec), "frameRate");
    spec = annaSpec();
    spec.durationFlicks = 0;
    EXPECT_EQ(refused(spec), "durationFlicks");
    spec = annaSpec();
    spec.timing.profile = MoveProfile::Ramped;
    spec.timing.rampFlicks = 4 * kS;
    EXPECT_EQ(refused(spec), "timing.rampFlicks");
    spec = annaSpec();
    spec.lensHeightM = std::nan("");
    EXPECT_EQ(refused(spec), "lensHeightM");
    spec = annaSpec();
    spec.bearingDeg = HUGE_VAL;
    EXPECT_EQ(refused(spec), "bearingDeg");
    EXPECT_EQ(refused(annaSpec()), "(accepted)");
}
