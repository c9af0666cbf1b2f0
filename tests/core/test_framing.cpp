// Field size at a distance and the distance that frames a subject (pinhole model).

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/optics/framing.h"

using namespace murnau;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

const Gate kSuper35{24.89, 18.66, 1.0};   // SMPTE 59 full aperture, millimetres
const Gate kFullFrame{36.0, 24.0, 1.0};

} // namespace

TEST(FramingFieldSize, ThirtyFiveOnSuper35AtThreeMetres)
{
    // W = w D / f = 24.89 * 3 / 35 = 2.133429 m; H = 18.66 * 3 / 35 = 1.599429 m.
    const auto field = fieldSizeAt(kSuper35, 35.0, 3.0);
    ASSERT_TRUE(field.ok()) << field.error().describe();
    EXPECT_NEAR(field->widthM, 2.133429, 1e-6);
    EXPECT_NEAR(field->heightM, 1.599429, 1e-6);
}

TEST(FramingFieldSize, AnamorphicWidthIncludesSqueeze)
{
    // 2x anamorphic 50 mm on 23.76 x 17.82 mm at 4 m: W = 2 * 23.76 * 4 / 50 = 3.8016 m,
    // H = 17.82 * 4 / 50 = 1.4256 m.
    const auto field = fieldSizeAt(Gate{23.76, 17.82, 2.0}, 50.0, 4.0);
    ASSERT_TRUE(field.ok());
    EXPECT_NEAR(field->widthM, 3.8016, 1e-12);
    EXPECT_NEAR(field->heightM, 1.4256, 1e-12);
}

TEST(FramingFieldSize, FocalLengthEqualToGateWidthSeesOneToOne)
{
    // f = 36 mm across 36 mm: the field is as wide as the distance (W = D).
    const auto field = fieldSizeAt(kFullFrame, 36.0, 10.0);
    ASSERT_TRUE(field.ok());
    EXPECT_NEAR(field->widthM, 10.0, 1e-12);
}

TEST(FramingDistance, StandingActorFillsTheFrame)
{
    // A 1.8 m actor filling the 24 mm frame height of a 50 mm on full frame:
    // D = f H / (fraction h) = 50 * 1.8 / (1.0 * 24) = 3.75 m; half the frame: 7.5 m.
    const auto full = distanceForFrameFraction(kFullFrame, 50.0, 1.8, 1.0);
    ASSERT_TRUE(full.ok()) << full.error().describe();
    EXPECT_NEAR(*full, 3.75, 1e-12);
    const auto half = distanceForFrameFraction(kFullFrame, 50.0, 1.8, 0.5);
    ASSERT_TRUE(half.ok());
    EXPECT_NEAR(*half, 7.5, 1e-12);
    // 35 mm on Super 35, 1.7 m filling 80 %: D = 35 * 1.7 / (0.8 * 18.66) = 59.5 / 14.928 = 3.985798 m.
    const auto s35 = distanceForFrameFraction(kSuper35, 35.0, 1.7, 0.8);
    ASSERT_TRUE(s35.ok());
    EXPECT_NEAR(*s35, 3.985798, 1e-6);
}

TEST(FramingDistance, SqueezeDoesNotChangeVerticalFraming)
{
    // Vertical framing only depends on h and f: 17.82 mm, 50 mm, 1.8 m full height -> 50*1.8/17.82 = 5.050505 m.
    const auto spherical = distanceForFrameFraction(Gate{23.76, 17.82, 1.0}, 50.0, 1.8, 1.0);
    const auto anamorphic = distanceForFrameFraction(Gate{23.76, 17.82, 2.0}, 50.0, 1.8, 1.0);
    ASSERT_TRUE(spherical.ok());
    ASSERT_TRUE(anamorphic.ok());
    EXPECT_NEAR(*spherical, 5.050505, 1e-6);
    EXPECT_NEAR(*anamorphic, 5.050505, 1e-6);
}

TEST(FramingFieldSize, RefusesBadInputNamingTheField)
{
    for (const double distance : {0.0, -3.0, kNaN, kInf}) {
        const auto field = fieldSizeAt(kSuper35, 35.0, distance);
        ASSERT_FALSE(field.ok()) << distance;
        EXPECT_EQ(field.error().field, "distanceM") << distance;
    }
    for (const double focal : {0.0, -35.0, kNaN, kInf}) {
        const auto field = fieldSizeAt(kSuper35, focal, 3.0);
        ASSERT_FALSE(field.ok()) << focal;
        EXPECT_EQ(field.error().field, "focalLengthMm") << focal;
    }
    const auto badGate = fieldSizeAt(Gate{24.89, 0.0, 1.0}, 35.0, 3.0);
    ASSERT_FALSE(badGate.ok());
    EXPECT_EQ(badGate.error().field, "gate");
}

TEST(FramingDistance, RefusesBadInputNamingTheField)
{
    for (const double height : {0.0, -1.8, kNaN, kInf}) {
        const auto d = distanceForFrameFraction(kFullFrame, 50.0, height, 1.0);
        ASSERT_FALSE(d.ok()) << height;
        EXPECT_EQ(d.error().field, "subjectHeightM") << height;
    }
    for (const double fraction : {0.0, -0.5, kNaN, kInf}) {
        const auto d = distanceForFrameFraction(kFullFrame, 50.0, 1.8, fraction);
        ASSERT_FALSE(d.ok()) << fraction;
        EXPECT_EQ(d.error().field, "fraction") << fraction;
    }
    const auto badFocal = distanceForFrameFraction(kFullFrame, kNaN, 1.8, 1.0);
    ASSERT_FALSE(badFocal.ok());
    EXPECT_EQ(badFocal.error().field, "focalLengthMm");
    const auto badGate = distanceForFrameFraction(Gate{kNaN, 24.0, 1.0}, 50.0, 1.8, 1.0);
    ASSERT_FALSE(badGate.ok());
    EXPECT_EQ(badGate.error().field, "gate");
}
