// Easings: CSS cubic-bezier() on the unit square. Every expected value is derived below from
// the Bezier polynomials, written out per component with control points (0, 0), (x1, y1),
// (x2, y2), (1, 1):
//   x(u) = 3(1-u)^2 u x1 + 3(1-u) u^2 x2 + u^3            (the same for y)
//   x'(u) = 3[(1-u)^2 x1 + 2(1-u)u (x2 - x1) + u^2 (1 - x2)]
//   x''(u) = 6[(1-u)(x2 - 2 x1) + u(1 - 2 x2 + x1)]
//   dy/dx = y'/x',  d2y/dx2 = (y'' x' - y' x'') / x'^3
// At u = 1/2 these are x = (3/8)(x1 + x2) + 1/8, x' = (3/4)(1 + x2 - x1), x'' = 3(1 - x1 - x2).

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/motion/easing.h"

namespace murnau {
namespace {

constexpr double kTight = 1e-12;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

TEST(Easing, PresetsHaveTheCssControlPoints)
{
    // CSS Easing Functions Level 1, 3.2: the keyword definitions.
    struct Case {
        EasingPreset preset;
        double x1, y1, x2, y2;
        const char* name;
    };
    const Case cases[] = {
        {EasingPreset::Linear, 0.0, 0.0, 1.0, 1.0, "linear"},
        {EasingPreset::Ease, 0.25, 0.1, 0.25, 1.0, "ease"},
        {EasingPreset::EaseIn, 0.42, 0.0, 1.0, 1.0, "ease-in"},
        {EasingPreset::EaseOut, 0.0, 0.0, 0.58, 1.0, "ease-out"},
        {EasingPreset::EaseInOut, 0.42, 0.0, 0.58, 1.0, "ease-in-out"},
        {EasingPreset::Smoothstep, 1.0 / 3.0, 0.0, 2.0 / 3.0, 1.0, "smoothstep"},
    };
    for (const Case& c : cases) {
        const Easing e = Easing::fromPreset(c.preset);
        EXPECT_EQ(e.x1(), c.x1) << c.name;
        EXPECT_EQ(e.y1(), c.y1) << c.name;
        EXPECT_EQ(e.x2(), c.x2) << c.name;
        EXPECT_EQ(e.y2(), c.y2) << c.name;
        EXPECT_EQ(e.preset(), c.preset) << c.name;
        EXPECT_EQ(easingPresetName(c.preset), c.name);
        const Result<EasingPreset> parsed = parseEasingPreset(c.name);
        ASSERT_TRUE(parsed.ok()) << c.name;
        EXPECT_EQ(parsed.value(), c.preset);
        // The same control points typed by hand are recognised as the keyword.
        const Result<Easing> typed = Easing::cubicBezier(c.x1, c.y1, c.x2, c.y2);
        ASSERT_TRUE(typed.ok()) << c.name;
        EXPECT_EQ(typed.value().preset(), c.preset) << c.name;
    }
    EXPECT_EQ(Easing(), Easing::fromPreset(EasingPreset::Linear));
    const Result<EasingPreset> unknown = parseEasingPreset("bounce");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().field, "easing");
}

TEST(Easing, EndsAreExact)
{
    for (EasingPreset p : {EasingPreset::Linear, EasingPreset::Ease, EasingPreset::EaseIn, EasingPreset::EaseOut,
                           EasingPreset::EaseInOut, EasingPreset::Smoothstep}) {
        const Easing e = Easing::fromPreset(p);
        EXPECT_EQ(e.valueAt(0.0), 0.0) << easingPresetName(p);
        EXPECT_EQ(e.valueAt(1.0), 1.0) << easingPresetName(p);
        // Outside [0, 1] the input is clamped.
        EXPECT_EQ(e.valueAt(-0.5), 0.0) << easingPresetName(p);
        EXPECT_EQ(e.valueAt(1.5), 1.0) << easingPresetName(p);
    }
}

TEST(Easing, LinearIsTheDiagonal)
{
    const Easing linear;
    for (double x : {0.0, 0.1, 0.3, 0.5, 0.77, 1.0}) {
        const EasingSample s = linear.sampleAt(x);
        EXPECT_DOUBLE_EQ(s.value, x);
        EXPECT_EQ(s.derivative, 1.0);
        EXPECT_EQ(s.secondDerivative, 0.0);
    }
}

TEST(Easing, SmoothstepIsThreeXSquaredMinusTwoXCubed)
{
    // cubic-bezier(1/3, 0, 2/3, 1): x(u) = 3(1-u)^2 u/3 + 3(1-u)u^2 (2/3) + u^3
    //   = u[(1-u)^2 + 2u(1-u) + u^2] = u[(1-u) + u]^2 = u,
    // y(u) = 3(1-u)u^2 + u^3 = 3u^2 - 2u^3. So y(x) = 3x^2 - 2x^3, y' = 6x(1-x), y'' = 6 - 12x.
    const Easing smooth = Easing::fromPreset(EasingPreset::Smoothstep);
    for (double x : {0.0, 0.1, 0.25, 0.5, 0.8, 1.0}) {
        const EasingSample s = smooth.sampleAt(x);
        EXPECT_NEAR(s.value, 3 * x * x - 2 * x * x * x, kTight) << x;
        EXPECT_NEAR(s.derivative, 6 * x * (1 - x), kTight) << x;
        EXPECT_NEAR(s.secondDerivative, 6 - 12 * x, 1e-11) << x;
    }
    // x = 1/4: 3/16 - 2/64 = 0.15625, y' = 6 (1/4)(3/4) = 1.125, y'' = 3.
    const EasingSample q = smooth.sampleAt(0.25);
    EXPECT_NEAR(q.value, 0.15625, kTight);
    EXPECT_NEAR(q.derivative, 1.125, kTight);
    EXPECT_NEAR(q.secondDerivative, 3.0, 1e-11);
}

TEST(Easing, EaseInOutIsPointSymmetric)
{
    // cubic-bezier(0.42, 0, 0.58, 1): P2 = (1, 1) - P1, so B(1-u) = (1, 1) - B(u) and the
    // curve passes (0.5, 0.5) at u = 1/2, an inflection (second derivative 0).
    // x'(1/2) = 3[0.25*0.42 + 0.5*(0.58 - 0.42) + 0.25*(1 - 0.58)] = 3 * 0.29 = 0.87,
    // y'(1/2) = 3[0 + 0.5 * 1 + 0] = 1.5, so dy/dx = 1.5 / 0.87.
    const Easing e = Easing::fromPreset(EasingPreset::EaseInOut);
    const EasingSample mid = e.sampleAt(0.5);
    EXPECT_NEAR(mid.value, 0.5, kTight);
    EXPECT_NEAR(mid.derivative, 1.5 / 0.87, kTight);
    EXPECT_NEAR(mid.secondDerivative, 0.0, 1e-11);
    // u = 1/4: x = 3(9/16)(1/4)0.42 + 3(3/4)(1/16)0.58 + 1/64 = 0.1771875 + 0.0815625 + 0.015625
    //   = 0.274375; y = 3(3/4)(1/16) + 1/64 = 0.15625. By symmetry y(1 - 0.274375) = 1 - 0.15625.
    EXPECT_NEAR(e.valueAt(0.274375), 0.15625, kTight);
    EXPECT_NEAR(e.valueAt(0.725625), 0.84375, kTight);
}

TEST(Easing, CssKeywordsAtTheirParameterMidpoint)
{
    // At u = 1/2 every term is a simple fraction: x = (3/8)(x1 + x2) + 1/8, same for y.
    // ease (0.25, 0.1, 0.25, 1): x = (3/8)0.5 + 1/8 = 0.3125, y = (3/8)1.1 + 1/8 = 0.5375.
    //   x' = 3[0.25*0.25 + 0.5*0 + 0.25*0.75] = 0.75, y' = 3[0.25*0.1 + 0.5*0.9 + 0] = 1.425,
    //   x'' = 6[0.5(0.25 - 0.5) + 0.5(1 - 0.5 + 0.25)] = 1.5, y'' = 6[0.5(1 - 0.2) + 0.5(1 - 2 + 0.1)] = -0.3,
    //   dy/dx = 1.425/0.75 = 1.9, d2y/dx2 = (-0.3*0.75 - 1.425*1.5)/0.75^3 = -2.3625/0.421875 = -5.6.
    const EasingSample ease = Easing::fromPreset(EasingPreset::Ease).sampleAt(0.3125);
    EXPECT_NEAR(ease.value, 0.5375, kTight);
    EXPECT_NEAR(ease.derivative, 1.9, kTight);
    EXPECT_NEAR(ease.secondDerivative, -5.6, 1e-10);

    // ease-in (0.42, 0, 1, 1): x = (3/8)1.42 + 1/8 = 0.6575, y = 3/8 + 1/8 = 0.5.
    //   x' = 3[0.25*0.42 + 0.5*0.58 + 0] = 1.185, y' = 3[0.5] = 1.5,
    //   x'' = 6[0.5(1 - 0.84) + 0.5(1 - 2 + 0.42)] = -1.26, y'' = 6[0.5*1 + 0.5*(-1)] = 0,
    //   d2y/dx2 = (0 - 1.5*(-1.26))/1.185^3 = 1.89/1.185^3.
    const EasingSample in = Easing::fromPreset(EasingPreset::EaseIn).sampleAt(0.6575);
    EXPECT_NEAR(in.value, 0.5, kTight);
    EXPECT_NEAR(in.derivative, 1.5 / 1.185, kTight);
    EXPECT_NEAR(in.secondDerivative, 1.89 / (1.185 * 1.185 * 1.185), 1e-10);

    // ease-out (0, 0, 0.58, 1) is ease-in turned by 180 degrees: y_out(x) = 1 - y_in(1 - x), so
    // at x = 1 - 0.6575 = 0.3425: y = 0.5, same slope, opposite second derivative.
    const EasingSample out = Easing::fromPreset(EasingPreset::EaseOut).sampleAt(0.3425);
    EXPECT_NEAR(out.value, 0.5, kTight);
    EXPECT_NEAR(out.derivative, 1.5 / 1.185, kTight);
    EXPECT_NEAR(out.secondDerivative, -1.89 / (1.185 * 1.185 * 1.185), 1e-10);
}

TEST(Easing, SlopesAtTheEnds)
{
    // A curve leaves (0, 0) towards the first control point that differs from it and
    // arrives at (1, 1) from the last one that differs from it.
    // ease-in: leaves towards (0.42, 0): slope 0; arrives from (0.42, 0): slope 1/0.58.
    //   At u = 0: x' = 1.26, y' = 0, y'' = 6(y2 - 2 y1) = 6, so d2y/dx2 = 6 * 1.26 / 1.26^3 = 6/1.26^2.
    const Easing in = Easing::fromPreset(EasingPreset::EaseIn);
    const EasingSample inStart = in.sampleAt(0.0);
    EXPECT_EQ(inStart.value, 0.0);
    EXPECT_NEAR(inStart.derivative, 0.0, kTight);
    EXPECT_NEAR(inStart.secondDerivative, 6.0 / (1.26 * 1.26), 1e-11);
    const EasingSample inEnd = in.sampleAt(1.0);
    EXPECT_EQ(inEnd.value, 1.0);
    EXPECT_NEAR(inEnd.derivative, 1.0 / 0.58, kTight);
    // With w = 1 - u: 1 - x = 1.74 w^2 - 0.74 w^3 and 1 - y = 3 w^2 - 2 w^3, so
    // y - 1 = a (x - 1) + b |x - 1|^(3/2) + ...: d2y/dx2 grows without bound, here to +infinity
    // (in the limit formula: 2 * 1.74 - 0.74 * 3 = 1.26 > 0).
    EXPECT_EQ(inEnd.secondDerivative, kInfinity);

    // ease-out: leaves towards (0.58, 1): slope 1/0.58, and decelerates infinitely hard there.
    const EasingSample outStart = Easing::fromPreset(EasingPreset::EaseOut).sampleAt(0.0);
    EXPECT_NEAR(outStart.derivative, 1.0 / 0.58, kTight);
    EXPECT_EQ(outStart.secondDerivative, -kInfinity);

    // Close to that end the solver still converges: x ~ 1.74 u^2, y ~ 3 u^2, so y/x -> 3/1.74
    // (relative correction about 0.24 u ~ 2e-7 at x = 1e-12).
    const double tiny = 1e-12;
    EXPECT_NEAR(Easing::fromPreset(EasingPreset::EaseOut).valueAt(tiny) / tiny, 3.0 / 1.74, 1e-6);
}

TEST(Easing, CustomCurvesAreCheckedAndMayOvershoot)
{
    // y values may leave [0, 1] ("back" easings).
    const Result<Easing> back = Easing::cubicBezier(0.5, -0.5, 0.5, 1.5);
    ASSERT_TRUE(back.ok());
    EXPECT_FALSE(back.value().preset().has_value());
    // At u = 1/2: x = (3/8)(1) + 1/8 = 0.5, y = (3/8)(1) + 1/8 = 0.5 (symmetric again).
    EXPECT_NEAR(back.value().valueAt(0.5), 0.5, kTight);
    // At u = 1/4: x = 3(9/16)(1/4)(1/2) + 3(3/4)(1/16)(1/2) + 1/64 = 27/128 + 9/128 + 2/128 = 38/128,
    // y = 3(9/16)(1/4)(-1/2) + 3(3/4)(1/16)(3/2) + 1/64 = -27/128 + 27/128 + 2/128 = 2/128.
    EXPECT_NEAR(back.value().valueAt(38.0 / 128.0), 2.0 / 128.0, kTight);

    struct Bad {
        double x1, y1, x2, y2;
        const char* field;
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const Bad bad[] = {
        {-0.1, 0.0, 0.5, 1.0, "easing.x1"},
        {1.2, 0.0, 0.5, 1.0, "easing.x1"},
        {0.5, 0.0, 1.01, 1.0, "easing.x2"},
        {nan, 0.0, 0.5, 1.0, "easing.x1"},
        {0.5, kInfinity, 0.5, 1.0, "easing.y1"},
        {0.5, 0.0, 0.5, nan, "easing.y2"},
        {0.0, 1.0, 0.5, 1.0, "easing.y1"},   // leaves straight up: infinite speed at the start
        {0.0, 0.0, 0.0, 0.5, "easing.y2"},   // P1 on the start, P2 straight above it
        {0.5, 0.0, 1.0, 0.0, "easing.y2"},   // arrives straight up from (1, 0)
        {1.0, 0.3, 0.0, 0.7, "easing.x2"},   // x'(1/2) = 0: vertical at mid-time
    };
    for (const Bad& b : bad) {
        const Result<Easing> e = Easing::cubicBezier(b.x1, b.y1, b.x2, b.y2);
        ASSERT_FALSE(e.ok()) << b.x1 << ", " << b.y1 << ", " << b.x2 << ", " << b.y2;
        EXPECT_EQ(e.error().field, b.field) << b.x1 << ", " << b.y1 << ", " << b.x2 << ", " << b.y2;
    }
}

TEST(UnitTimeBezier, VerticalMidTangentIsInfiniteNotNaN)
{
    // x1 = 1, x2 = 0 (both handles across the whole span): x(u) = 3u - 6u^2 + 4u^3, so
    // x(1/2) = 1/2 and x'(1/2) = 3 - 6 + 3 = 0. With values 0, 0, 2, 2: y(1/2) = (0 + 0 + 6 + 2)/8 = 1
    // and y'(1/2) = 3[0 + 0.5*2 + 0] = 3 > 0: the slope is +infinity, the curvature its
    // right-hand limit (-infinity), never NaN.
    const UnitTimeBezier b{1.0, 0.0, 0.0, 2.0, 0.0, 2.0};
    const EasingSample s = sampleUnitTimeBezier(b, 0.5);
    EXPECT_NEAR(s.value, 1.0, kTight);
    EXPECT_EQ(s.derivative, kInfinity);
    EXPECT_EQ(s.secondDerivative, -kInfinity);
}

TEST(UnitTimeBezier, GeneralEndValues)
{
    // From (0, 10) to (1, 4) with inner points (0.25, 12) and (0.75, 4): at u = 1/2,
    // x = (3/8)(1) + 1/8 = 0.5 and y = (10 + 3*12 + 3*4 + 4)/8 = 62/8 = 7.75.
    // y'(1/2) = 3[0.25*(12 - 10) + 0.5*(4 - 12) + 0.25*(4 - 4)] = 3 * (-3.5) = -10.5,
    // x'(1/2) = 3[0.25*0.25 + 0.5*0.5 + 0.25*0.25] = 1.125, so dy/dx = -10.5/1.125 = -28/3.
    const UnitTimeBezier b{0.25, 12.0, 0.75, 4.0, 10.0, 4.0};
    const EasingSample s = sampleUnitTimeBezier(b, 0.5);
    EXPECT_NEAR(s.value, 7.75, kTight);
    EXPECT_NEAR(s.derivative, -28.0 / 3.0, 1e-11);
    EXPECT_EQ(unitTimeBezierValue(b, 0.0), 10.0);
    EXPECT_EQ(unitTimeBezierValue(b, 1.0), 4.0);
    // Leaving towards (0.25, 12): slope (12 - 10)/0.25 = 8; arriving from (0.75, 4): slope 0.
    EXPECT_NEAR(sampleUnitTimeBezier(b, 0.0).derivative, 8.0, kTight);
    EXPECT_NEAR(sampleUnitTimeBezier(b, 1.0).derivative, 0.0, kTight);
}

} // namespace
} // namespace murnau
