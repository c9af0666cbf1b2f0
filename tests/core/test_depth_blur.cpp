// The sharp zone as a symmetric depth-blur band, checked against the published thin-lens example.

#include <limits>

#include <gtest/gtest.h>

#include "core/optics/depth_blur.h"
#include "core/optics/depth_of_field.h"

using namespace murnau;

TEST(DepthBlur, BandSpansTheNearAndFarLimits)
{
    // 50 mm, f/2.8, c = 0.03 mm, focus 3 m: Dn = 2.729456 m, Df = 3.330077 m (test_depth_of_field.cpp).
    // Band: centre (2.729456 + 3.330077) / 2 = 3.0297665 m, width 0.600621 m: sharp exactly in [Dn, Df].
    const auto dof = depthOfField(50.0, 2.8, 0.03, 3.0);
    ASSERT_TRUE(dof.ok());
    const auto band = depthBlurBand(*dof, 1000.0);
    ASSERT_TRUE(band.ok()) << band.error().describe();
    EXPECT_NEAR(band->centreM, 3.0297665, 2e-6);
    EXPECT_NEAR(band->widthM, 0.600621, 2e-6);
    EXPECT_NEAR(band->centreM - band->widthM / 2.0, 2.729456, 1e-6);
    EXPECT_NEAR(band->centreM + band->widthM / 2.0, 3.330077, 1e-6);
}

TEST(DepthBlur, InfiniteFarLimitStopsAtTheFarthestDepth)
{
    // 25 mm f/4, c = 0.025 mm: H = 6.275 m; focused at H the near limit is H/2 ... exactly
    // Dn = s (H - f) / (H + s - 2f) = 6.275 * 6.25 / 12.5 = 3.1375 m, Df infinite.
    const auto dof = depthOfField(25.0, 4.0, 0.025, 6.275);
    ASSERT_TRUE(dof.ok());
    ASSERT_FALSE(dof->farM.has_value());
    const auto band = depthBlurBand(*dof, 100.0);
    ASSERT_TRUE(band.ok());
    EXPECT_NEAR(band->centreM, (3.1375 + 100.0) / 2.0, 1e-9);
    EXPECT_NEAR(band->widthM, 100.0 - 3.1375, 1e-9);
}

TEST(DepthBlur, RefusesAFarthestDepthBeforeTheNearLimit)
{
    DepthOfField dof;
    dof.nearM = 2.0;
    dof.farM = 4.0;
    EXPECT_EQ(depthBlurBand(dof, 1.0).error().field, "farthestM");
    EXPECT_EQ(depthBlurBand(dof, std::numeric_limits<double>::infinity()).error().field, "farthestM");
    // A far limit beyond the farthest depth shown is clamped to it.
    const auto band = depthBlurBand(dof, 3.0);
    ASSERT_TRUE(band.ok());
    EXPECT_DOUBLE_EQ(band->widthM, 1.0);
}

TEST(DepthBlur, BackgroundBlurDiscOfAPointAtInfinity)
{
    // 50 mm f/2 focused at 2 m: c = 2500 / (2 * 1950) = 0.641026 mm. Focused at the hyperfocal
    // distance H = f^2 / (N c) + f, infinity is just sharp, so the disc is the c that defined H:
    // 25 mm f/4, c = 0.025 mm, H = 6.275 m: 625 / (4 * 6250) = 0.025 mm.
    const auto disc = backgroundBlurDiscMm(50.0, 2.0, 2.0);
    ASSERT_TRUE(disc.ok());
    EXPECT_NEAR(*disc, 2500.0 / 3900.0, 1e-12);
    const auto atHyperfocal = backgroundBlurDiscMm(25.0, 4.0, 6.275);
    ASSERT_TRUE(atHyperfocal.ok());
    EXPECT_NEAR(*atHyperfocal, 0.025, 1e-12);
    EXPECT_EQ(backgroundBlurDiscMm(50.0, 2.0, 0.05).error().field, "focusM");
    EXPECT_EQ(backgroundBlurDiscMm(0.0, 2.0, 2.0).error().field, "focalLengthMm");
    EXPECT_EQ(backgroundBlurDiscMm(50.0, 0.0, 2.0).error().field, "fNumber");
}
