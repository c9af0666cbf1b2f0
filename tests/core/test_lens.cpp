// Angle of view, focal length for an angle, and the delivery-aspect crop with squeeze.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/optics/lens.h"

using namespace murnau;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

SensorFormat sensor(double widthMm, double heightMm)
{
    return SensorFormat{"test", "test", widthMm, heightMm, 0.025, "test"};
}

} // namespace

TEST(LensAngleOfView, FiftyOnFullFrame)
{
    // Widely published: a 50 mm lens on 36 x 24 mm covers 39.6 x 27.0 deg, 46.8 deg diagonal.
    // derived: 2*atan(36/(2*50)) = 2*atan(0.36) = 39.5978 deg
    //          2*atan(24/(2*50)) = 2*atan(0.24) = 26.9915 deg
    //          2*atan(sqrt(36^2+24^2)/(2*50)) = 2*atan(0.432666) = 46.7930 deg
    const auto aov = angleOfView(Gate{36.0, 24.0, 1.0}, 50.0);
    ASSERT_TRUE(aov.ok()) << aov.error().describe();
    EXPECT_NEAR(aov->horizontalDeg, 39.5978, 1e-4);
    EXPECT_NEAR(aov->verticalDeg, 26.9915, 1e-4);
    EXPECT_NEAR(aov->diagonalDeg, 46.7930, 1e-4);
}

TEST(LensAngleOfView, SingleDimension)
{
    // A lens whose focal length equals half the dimension sees 2*atan(1) = 90 deg.
    EXPECT_NEAR(angleOfViewDeg(36.0, 18.0), 90.0, 1e-12);
    // derived: 2*atan(24.89/(2*35)) = 2*atan(0.355571) = 2*19.5739 = 39.1479 deg (35 mm on Super 35).
    EXPECT_NEAR(angleOfViewDeg(24.89, 35.0), 39.1479, 1e-4);
}

TEST(LensAngleOfView, FocalLengthForAngle)
{
    // f = d / (2 tan(aov/2)): 90 deg across 36 mm needs 18 mm; 39.5978 deg across 36 mm is 50 mm.
    EXPECT_NEAR(focalLengthForAngleMm(36.0, 90.0), 18.0, 1e-12);
    EXPECT_NEAR(focalLengthForAngleMm(36.0, 39.597752709), 50.0, 1e-6);
    // 60 deg across 24 mm: 24 / (2 tan 30 deg) = 12 / 0.577350 = 20.7846 mm.
    EXPECT_NEAR(focalLengthForAngleMm(24.0, 60.0), 20.7846, 1e-4);
}

TEST(LensAngleOfView, TwoTimesAnamorphicOnFourThree)
{
    // 2x anamorphic 50 mm on the ALEXA 4:3 gate 23.76 x 17.82 mm (ARRI data sheet).
    // The projected image is 2*23.76 = 47.52 mm wide:
    // derived: horizontal 2*atan(47.52/100) = 2*atan(0.4752) = 2*25.4171 = 50.8341 deg
    //          vertical   2*atan(17.82/100) = 2*atan(0.1782) = 2*10.1040 = 20.2081 deg
    //          diagonal   2*atan(sqrt(47.52^2+17.82^2)/100) = 2*atan(0.507514) = 53.8168 deg
    const auto aov = angleOfView(Gate{23.76, 17.82, 2.0}, 50.0);
    ASSERT_TRUE(aov.ok()) << aov.error().describe();
    EXPECT_NEAR(aov->horizontalDeg, 50.8341, 1e-4);
    EXPECT_NEAR(aov->verticalDeg, 20.2081, 1e-4);
    EXPECT_NEAR(aov->diagonalDeg, 53.8168, 1e-4);
    // The same horizontal angle as a spherical 25 mm on the same gate (2*atan(23.76/50)).
    EXPECT_NEAR(aov->horizontalDeg, angleOfViewDeg(23.76, 25.0), 1e-12);
}

TEST(LensCropGate, WholeGateWhenNoDeliveryAspect)
{
    const auto gate = cropGate(sensor(24.89, 18.66), std::nullopt);
    ASSERT_TRUE(gate.ok());
    EXPECT_DOUBLE_EQ(gate->widthMm, 24.89);
    EXPECT_DOUBLE_EQ(gate->heightMm, 18.66);
    EXPECT_DOUBLE_EQ(gate->squeeze, 1.0);
}

TEST(LensCropGate, WiderDeliveryKeepsWidth)
{
    // 16:9 from the ALEXA 4:3 gate 23.76 x 17.82: height 23.76 / (16/9) = 13.365 mm,
    // which is ARRI's own 16:9 gate, 23.76 x 13.37 mm (ALEXA data sheet).
    const auto gate = cropGate(sensor(23.76, 17.82), 16.0 / 9.0);
    ASSERT_TRUE(gate.ok()) << gate.error().describe();
    EXPECT_DOUBLE_EQ(gate->widthMm, 23.76);
    EXPECT_NEAR(gate->heightMm, 13.365, 1e-9);
    EXPECT_NEAR(gate->heightMm, 13.37, 0.006);
    // 2.39:1 from full frame: 36 / 2.39 = 15.0628 mm high.
    const auto scope = cropGate(sensor(36.0, 24.0), 2.39);
    ASSERT_TRUE(scope.ok());
    EXPECT_DOUBLE_EQ(scope->widthMm, 36.0);
    EXPECT_NEAR(scope->heightMm, 15.0628, 1e-4);
}

TEST(LensCropGate, TallerDeliveryKeepsHeight)
{
    // 4:3 from full frame (aspect 1.5): width 24 * 4/3 = 32 mm, full 24 mm height.
    const auto gate = cropGate(sensor(36.0, 24.0), 4.0 / 3.0);
    ASSERT_TRUE(gate.ok());
    EXPECT_NEAR(gate->widthMm, 32.0, 1e-12);
    EXPECT_DOUBLE_EQ(gate->heightMm, 24.0);
    // The same aspect as the sensor uses all of it.
    const auto same = cropGate(sensor(36.0, 24.0), 1.5);
    ASSERT_TRUE(same.ok());
    EXPECT_DOUBLE_EQ(same->widthMm, 36.0);
    EXPECT_DOUBLE_EQ(same->heightMm, 24.0);
}

TEST(LensCropGate, AnamorphicUsesProjectedAspect)
{
    // 2x anamorphic on ALEXA 4:3 (23.76 x 17.82): projected aspect 2*23.76/17.82 = 2.6667.
    // 2.39:1 is taller than that, so the full height stays and the width is
    // 2.39 * 17.82 / 2 = 21.2949 mm on the sensor (projected 42.5898 / 17.82 = 2.39).
    const auto scope = cropGate(sensor(23.76, 17.82), 2.39, 2.0);
    ASSERT_TRUE(scope.ok()) << scope.error().describe();
    EXPECT_NEAR(scope->widthMm, 21.2949, 1e-9);
    EXPECT_DOUBLE_EQ(scope->heightMm, 17.82);
    EXPECT_DOUBLE_EQ(scope->squeeze, 2.0);
    // 3:1 is wider than 2.6667: full width, height 2*23.76/3 = 15.84 mm.
    const auto wide = cropGate(sensor(23.76, 17.82), 3.0, 2.0);
    ASSERT_TRUE(wide.ok());
    EXPECT_DOUBLE_EQ(wide->widthMm, 23.76);
    EXPECT_NEAR(wide->heightMm, 15.84, 1e-9);
}

TEST(LensCropGate, RefusesBadInputNamingTheField)
{
    const SensorFormat s35 = sensor(24.89, 18.66);
    for (const double aspect : {0.0, -1.78, kNaN, kInf, 0.05, 11.0}) {
        const auto gate = cropGate(s35, aspect);
        ASSERT_FALSE(gate.ok()) << aspect;
        EXPECT_EQ(gate.error().field, "deliveryAspect") << aspect;
    }
    for (const double squeeze : {0.0, -2.0, 0.5, kNaN, kInf, 5.0}) {
        const auto gate = cropGate(s35, std::nullopt, squeeze);
        ASSERT_FALSE(gate.ok()) << squeeze;
        EXPECT_EQ(gate.error().field, "squeeze") << squeeze;
    }
    for (const SensorFormat& bad : {sensor(0.0, 18.0), sensor(24.0, -1.0), sensor(kNaN, 18.0), sensor(24.0, kInf),
                                    sensor(250.0, 18.0)}) {
        const auto gate = cropGate(bad, 1.78);
        ASSERT_FALSE(gate.ok());
        EXPECT_EQ(gate.error().field, "sensor");
    }
}

TEST(LensAngleOfView, RefusesBadInputNamingTheField)
{
    for (const double focal : {0.0, -50.0, kNaN, kInf, 20000.0}) {
        const auto aov = angleOfView(Gate{36.0, 24.0, 1.0}, focal);
        ASSERT_FALSE(aov.ok()) << focal;
        EXPECT_EQ(aov.error().field, "focalLengthMm") << focal;
    }
    for (const Gate& bad : {Gate{0.0, 24.0, 1.0}, Gate{36.0, kNaN, 1.0}, Gate{36.0, 24.0, 0.0}, Gate{36.0, 24.0, kInf}}) {
        const auto aov = angleOfView(bad, 50.0);
        ASSERT_FALSE(aov.ok());
        EXPECT_EQ(aov.error().field, "gate");
    }
}
