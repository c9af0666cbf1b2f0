// Depth of field by the thin-lens formulas, checked against hand derivations.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/optics/depth_of_field.h"

using namespace murnau;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

TEST(DepthOfField, FiftyAtF28FocusedAtThreeMetres)
{
    // 50 mm, f/2.8, c = 0.03 mm (full-frame stills), focus s = 3 m = 3000 mm. By hand:
    //   H  = 50^2 / (2.8 * 0.03) + 50 = 2500 / 0.084 + 50 = 29761.905 + 50 = 29811.905 mm = 29.8119 m
    //   Dn = 3000 * (29811.905 - 50) / (29811.905 + 3000 - 100) = 89285714.3 / 32711.905 = 2729.456 mm
    //   Df = 3000 * 29761.905 / (29811.905 - 3000) = 89285714.3 / 26811.905 = 3330.077 mm
    const auto dof = depthOfField(50.0, 2.8, 0.03, 3.0);
    ASSERT_TRUE(dof.ok()) << dof.error().describe();
    EXPECT_NEAR(dof->hyperfocalM, 29.811905, 1e-6);
    EXPECT_NEAR(dof->nearM, 2.729456, 1e-6);
    ASSERT_TRUE(dof->farM.has_value());
    EXPECT_NEAR(*dof->farM, 3.330077, 1e-6);
    ASSERT_TRUE(dof->totalM.has_value());
    EXPECT_NEAR(*dof->totalM, 3.330077 - 2.729456, 2e-6);   // 0.600621 m
}

TEST(DepthOfField, HyperfocalInMetres)
{
    // Same H as above, 29.8119 m; and 25 mm f/4 with the 35 mm cine c = 0.025 mm:
    // H = 625 / 0.1 + 25 = 6275 mm = 6.275 m.
    EXPECT_NEAR(hyperfocalDistanceM(50.0, 2.8, 0.03), 29.811905, 1e-6);
    EXPECT_NEAR(hyperfocalDistanceM(25.0, 4.0, 0.025), 6.275, 1e-12);
}

TEST(DepthOfField, CineWideAngleAtTwoMetres)
{
    // 25 mm, f/4, c = 0.025 mm, s = 2 m: H = 6275 mm.
    //   Dn = 2000 * 6250 / (6275 + 2000 - 50) = 12500000 / 8225 = 1519.757 mm
    //   Df = 2000 * 6250 / (6275 - 2000) = 12500000 / 4275 = 2923.977 mm
    const auto dof = depthOfField(25.0, 4.0, 0.025, 2.0);
    ASSERT_TRUE(dof.ok());
    EXPECT_NEAR(dof->nearM, 1.519757, 1e-6);
    ASSERT_TRUE(dof->farM.has_value());
    EXPECT_NEAR(*dof->farM, 2.923977, 1e-6);
}

TEST(DepthOfField, FocusAtHyperfocalGivesHalfToInfinity)
{
    // At s = H: Dn = H (H - f) / (2H - 2f) = H / 2 exactly, and Df is infinite (s >= H).
    const double hyperfocalM = 6.275;   // 25 mm f/4 c 0.025, derived above
    const auto dof = depthOfField(25.0, 4.0, 0.025, hyperfocalM);
    ASSERT_TRUE(dof.ok());
    EXPECT_NEAR(dof->nearM, hyperfocalM / 2.0, 1e-12);
    EXPECT_FALSE(dof->farM.has_value());
    EXPECT_FALSE(dof->totalM.has_value());
}

TEST(DepthOfField, BeyondHyperfocalIsInfiniteFar)
{
    // 50 mm f/2.8 c 0.03 focused at 100 m (> H = 29.81 m):
    //   Dn = 100000 * 29761.905 / (29811.905 + 100000 - 100) = 2976190476 / 129711.905 = 22944.62 mm
    const auto dof = depthOfField(50.0, 2.8, 0.03, 100.0);
    ASSERT_TRUE(dof.ok());
    EXPECT_NEAR(dof->nearM, 22.94462, 1e-5);
    EXPECT_FALSE(dof->farM.has_value());
}

TEST(DepthOfField, FocusIsTheHarmonicMeanOfNearAndFar)
{
    // From the formulas: 1/Dn + 1/Df = (H + s - 2f + H - s) / (s (H - f)) = 2 / s.
    for (const double focusM : {0.5, 1.2, 3.0, 7.5}) {
        const auto dof = depthOfField(85.0, 2.0, 0.025, focusM);
        ASSERT_TRUE(dof.ok());
        ASSERT_TRUE(dof->farM.has_value());
        EXPECT_NEAR(1.0 / dof->nearM + 1.0 / *dof->farM, 2.0 / focusM, 1e-12) << focusM;
        EXPECT_LT(dof->nearM, focusM);
        EXPECT_GT(*dof->farM, focusM);
    }
}

TEST(DepthOfField, RefusesBadInputNamingTheField)
{
    for (const double focal : {0.0, -50.0, kNaN, kInf}) {
        const auto dof = depthOfField(focal, 2.8, 0.03, 3.0);
        ASSERT_FALSE(dof.ok()) << focal;
        EXPECT_EQ(dof.error().field, "focalLengthMm") << focal;
    }
    for (const double fNumber : {0.0, -2.8, kNaN, kInf}) {
        const auto dof = depthOfField(50.0, fNumber, 0.03, 3.0);
        ASSERT_FALSE(dof.ok()) << fNumber;
        EXPECT_EQ(dof.error().field, "fNumber") << fNumber;
    }
    for (const double coc : {0.0, -0.03, kNaN, kInf, 5.0}) {
        const auto dof = depthOfField(50.0, 2.8, coc, 3.0);
        ASSERT_FALSE(dof.ok()) << coc;
        EXPECT_EQ(dof.error().field, "cocMm") << coc;
    }
    // 0.05 m = 50 mm is exactly the focal length; 0.03 m is inside it.
    for (const double focusM : {0.0, -3.0, kNaN, kInf, 0.03, 0.05}) {
        const auto dof = depthOfField(50.0, 2.8, 0.03, focusM);
        ASSERT_FALSE(dof.ok()) << focusM;
        EXPECT_EQ(dof.error().field, "focusM") << focusM;
    }
}
