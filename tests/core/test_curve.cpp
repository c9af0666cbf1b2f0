// Scalar keyframe channels, as a golden matrix in the manner of Blender's F-curve tests
// (fcurve_test.cc): empty curve, one key, on the keys, each interpolation between keys, each
// extrapolation before and after, keys one flick apart, derivatives, auto handles, edits.
// Every expected number is derived in the comment next to it; units are metres and seconds.
//
// Reminder used throughout: a Bezier segment of length T seconds in normalised time
// x = (t - t0)/T has control values y0, y1, y2, y3; where its handles are T/3 long in time,
// x(u) = u and the segment is the polynomial y(x) = y0 + 3(y1-y0)x + 3(y2-2y1+y0)x^2 +
// (y3-y0+3(y1-y2))x^3. Velocity = (dy/dx)/T, acceleration = (d2y/dx2)/T^2.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

#include "core/motion/curve.h"

namespace murnau {
namespace {

constexpr Flicks kS = kFlicksPerSecond;
constexpr double kTight = 1e-12;
constexpr double kInfinity = std::numeric_limits<double>::infinity();

Keyframe makeKey(Flicks time, double value, Interpolation interpolation = Interpolation::Bezier,
                 HandleType handles = HandleType::AutoClamped)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = interpolation;
    k.handleType = handles;
    return k;
}

Curve makeCurve(std::initializer_list<Keyframe> keys, Extrapolation extrapolation = Extrapolation::Constant)
{
    Curve curve;
    curve.setExtrapolation(extrapolation);
    for (const Keyframe& k : keys) {
        const Result<std::size_t> r = curve.insertKey(k);
        if (!r.ok())
            ADD_FAILURE() << "insertKey failed: " << r.error().describe();
    }
    return curve;
}

TEST(Curve, EmptyCurveIsZeroAndSaysSo)
{
    const Curve curve;
    EXPECT_TRUE(curve.isEmpty());
    EXPECT_EQ(curve.keyCount(), 0u);
    EXPECT_EQ(curve.valueAt(47 * kS), 0.0);
    EXPECT_EQ(curve.sampleAt(-3 * kS), CurveSample{});
    const Result<CurveSample> s = curve.sampleAtSeconds(1.5);
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s.value(), CurveSample{});
    EXPECT_FALSE(curve.findKey(0).has_value());
}

TEST(Curve, OneKeyIsConstantEverywhere)
{
    for (Extrapolation e : {Extrapolation::Constant, Extrapolation::Linear}) {
        const Curve curve = makeCurve({makeKey(1 * kS, 7.0)}, e);
        EXPECT_FALSE(curve.isEmpty());
        for (Flicks t : {-100 * kS, Flicks{0}, 1 * kS, 1 * kS + 1, 50 * kS}) {
            const CurveSample s = curve.sampleAt(t);
            EXPECT_EQ(s.value, 7.0) << t;
            EXPECT_EQ(s.velocity, 0.0) << t;
            EXPECT_EQ(s.acceleration, 0.0) << t;
        }
    }
}

TEST(Curve, ExactlyOnKeys)
{
    // Blender's OnKeys case on our clock: (1 s, 7), (2 s, 13), (3 s, 19), default keys
    // (Bezier, AutoClamped). On a key the value is the key's, exactly.
    const Curve curve = makeCurve({makeKey(1 * kS, 7.0), makeKey(2 * kS, 13.0), makeKey(3 * kS, 19.0)});
    EXPECT_EQ(curve.valueAt(1 * kS), 7.0);
    EXPECT_EQ(curve.valueAt(2 * kS), 13.0);
    EXPECT_EQ(curve.valueAt(3 * kS), 19.0);
    EXPECT_EQ(curve.findKey(2 * kS), std::optional<std::size_t>{1});
    EXPECT_FALSE(curve.findKey(2 * kS + 1).has_value());
    // The middle key: slopes 6 m/s on both sides, so its AutoClamped slope is 6 m/s (mean 6,
    // limit 3 * 6). One flick either side the value differs by 6 m/s * 1/705,600,000 s.
    EXPECT_NEAR(curve.sampleAt(2 * kS).velocity, 6.0, 1e-9);
    EXPECT_NEAR(curve.valueAt(2 * kS - 1), 13.0 - 6.0 / 705'600'000.0, 1e-12);
    EXPECT_NEAR(curve.valueAt(2 * kS + 1), 13.0 + 6.0 / 705'600'000.0, 1e-12);
}

TEST(Curve, ConstantInterpolationHoldsUntilTheNextKey)
{
    const Curve curve = makeCurve({makeKey(1 * kS, 7.0, Interpolation::Constant), makeKey(2 * kS, 13.0)});
    for (Flicks t : {1 * kS, 1 * kS + kS / 4, 1 * kS + kS / 2, 2 * kS - 1}) {
        const CurveSample s = curve.sampleAt(t);
        EXPECT_EQ(s.value, 7.0) << t;
        EXPECT_EQ(s.velocity, 0.0) << t;
        EXPECT_EQ(s.acceleration, 0.0) << t;
    }
    EXPECT_EQ(curve.valueAt(2 * kS), 13.0);
}

TEST(Curve, LinearInterpolation)
{
    // Linear from (0 s, 0 m) to (2 s, 4 m): v(0.5 s) = 1 m, v' = 2 m/s, v'' = 0.
    const Curve a = makeCurve({makeKey(0, 0.0, Interpolation::Linear), makeKey(2 * kS, 4.0)});
    const CurveSample s = a.sampleAt(kS / 2);
    EXPECT_NEAR(s.value, 1.0, kTight);
    EXPECT_NEAR(s.velocity, 2.0, kTight);
    EXPECT_EQ(s.acceleration, 0.0);
    // Blender's InterpolationLinear numbers: (1, 7) to (2, 13): 8.5, 10, 11.5 at 1.25, 1.5, 1.75.
    const Curve b = makeCurve({makeKey(1 * kS, 7.0, Interpolation::Linear), makeKey(2 * kS, 13.0)});
    EXPECT_NEAR(b.valueAt(kS + kS / 4), 8.5, kTight);
    EXPECT_NEAR(b.valueAt(kS + kS / 2), 10.0, kTight);
    EXPECT_NEAR(b.valueAt(kS + 3 * kS / 4), 11.5, kTight);
    EXPECT_NEAR(b.sampleAt(kS + kS / 4).velocity, 6.0, kTight);
}

TEST(Curve, TwoAutoClampedKeysEaseLikeSmoothstep)
{
    // With constant extrapolation the end keys get flat handles T/3 long, so the control
    // values are 0, 0, 4, 4 over T = 2 s: y = 4(3x^2 - 2x^3), x = t/2.
    // t = 0.5 s (x = 1/4): 4(3/16 - 2/64) = 0.625 m; v' = 4 * 6x(1-x)/T = 4 * 1.125 / 2 = 2.25 m/s;
    //   v'' = 4(6 - 12x)/T^2 = 4 * 3 / 4 = 3 m/s^2.
    // t = 1 s (x = 1/2): 2 m, 4 * 1.5 / 2 = 3 m/s, 0 m/s^2.
    const Curve curve = makeCurve({makeKey(0, 0.0), makeKey(2 * kS, 4.0)});
    EXPECT_EQ(curve.key(0).right, (Handle{2.0 / 3.0, 0.0}));
    EXPECT_EQ(curve.key(1).left, (Handle{-2.0 / 3.0, 0.0}));
    const CurveSample q = curve.sampleAt(kS / 2);
    EXPECT_NEAR(q.value, 0.625, kTight);
    EXPECT_NEAR(q.velocity, 2.25, 1e-11);
    EXPECT_NEAR(q.acceleration, 3.0, 1e-10);
    const CurveSample m = curve.sampleAt(1 * kS);
    EXPECT_NEAR(m.value, 2.0, kTight);
    EXPECT_NEAR(m.velocity, 3.0, 1e-11);
    EXPECT_NEAR(m.acceleration, 0.0, 1e-10);
    // Starts and ends at rest: v' = 0 on both keys (the last one from the extrapolation).
    EXPECT_NEAR(curve.sampleAt(0).velocity, 0.0, kTight);
    EXPECT_EQ(curve.sampleAt(2 * kS).velocity, 0.0);
}

TEST(Curve, BezierSymmetricSWithLongHandles)
{
    // (0 s, 0 m) to (2 s, 10 m), Free flat handles 1.5 s long: normalised x1 = 0.75, x2 = 0.25,
    // control values 0, 0, 10, 10. x(u) is now not linear, so the solver matters.
    // u = 1/2: x = (3/8)(0.75 + 0.25) + 1/8 = 0.5, y = (0 + 0 + 30 + 10)/8 = 5 (point symmetry).
    //   x' = 3[0.25*0.75 + 0.5*(0.25 - 0.75) + 0.25*0.75] = 0.375, y' = 3[0.5 * 10] = 15:
    //   dy/dx = 40, velocity 40/2 = 20 m/s; inflection: acceleration 0.
    // u = 1/4: x = 3(9/16)(1/4)0.75 + 3(3/4)(1/16)0.25 + 1/64 = 0.3671875 -> t = 0.734375 s
    //   (= 47/64 s = 518,175,000 flicks), y = 10[3(3/4)(1/16) + 1/64] = 1.5625 m.
    //   x' = 3[(9/16)0.75 + 2(3/4)(1/4)(-0.5) + (1/16)0.75] = 0.84375, y' = 3[2(3/4)(1/4)10] = 11.25,
    //   dy/dx = 40/3 -> 20/3 m/s.
    //   x'' = 6[(3/4)(0.25 - 1.5) + (1/4)(1 - 0.5 + 0.75)] = -3.75, y'' = 6[(3/4)10 + (1/4)(-10)] = 30,
    //   d2y/dx2 = (30 * 0.84375 + 11.25 * 3.75)/0.84375^3 = 67.5/0.84375^3 -> divided by T^2 = 4.
    Keyframe a = makeKey(0, 0.0, Interpolation::Bezier, HandleType::Free);
    a.left = {-1.5, 0.0};
    a.right = {1.5, 0.0};
    Keyframe b = makeKey(2 * kS, 10.0, Interpolation::Bezier, HandleType::Free);
    b.left = {-1.5, 0.0};
    b.right = {1.5, 0.0};
    const Curve curve = makeCurve({a, b});

    const CurveSample mid = curve.sampleAt(1 * kS);
    EXPECT_NEAR(mid.value, 5.0, kTight);
    EXPECT_NEAR(mid.velocity, 20.0, 1e-10);
    EXPECT_NEAR(mid.acceleration, 0.0, 1e-9);

    const Flicks quarter = 518'175'000;
    ASSERT_EQ(quarter * 64, 47 * kS);
    const CurveSample q = curve.sampleAt(quarter);
    EXPECT_NEAR(q.value, 1.5625, kTight);
    EXPECT_NEAR(q.velocity, 20.0 / 3.0, 1e-10);
    EXPECT_NEAR(q.acceleration, 67.5 / (0.84375 * 0.84375 * 0.84375) / 4.0, 1e-9);
    // Point symmetry about (1 s, 5 m): t = 2 - 0.734375 s gives 10 - 1.5625 m.
    EXPECT_NEAR(curve.valueAt(2 * kS - quarter), 10.0 - 1.5625, kTight);
}

TEST(Curve, HandlesLongerThanTheSegmentAreShortened)
{
    // (0 s, 0) to (2 s, 0). Right handle (3 s, 6) reaches past the next key: shortened along its
    // direction to (2 s, 4) (Blender's correct_bezpart), x1 = 1. Left handle (-2/3 s, 0): x2 = 2/3.
    // u = 1/2: x = (3/8)(1 + 2/3) + 1/8 = 0.75 -> t = 1.5 s; y = (3/8)(4 + 0) = 1.5.
    Keyframe a = makeKey(0, 0.0, Interpolation::Bezier, HandleType::Free);
    a.right = {3.0, 6.0};
    Keyframe b = makeKey(2 * kS, 0.0, Interpolation::Bezier, HandleType::Free);
    b.left = {-2.0 / 3.0, 0.0};
    const Curve curve = makeCurve({a, b});
    EXPECT_NEAR(curve.valueAt(3 * kS / 2), 1.5, kTight);
    // Stored handles are kept as given; only evaluation shortens them.
    EXPECT_EQ(curve.key(0).right, (Handle{3.0, 6.0}));
}

TEST(Curve, HandlesAcrossTheWholeSegmentGiveAVerticalTangentNotNaN)
{
    // (0 s, 0) to (2 s, 2) with flat handles 2 s long: x1 = 1, x2 = 0; at t = 1 s, u = 1/2,
    // y = (0 + 0 + 6 + 2)/8 = 1 and x' = 0 with y' = 3: infinite velocity.
    Keyframe a = makeKey(0, 0.0, Interpolation::Bezier, HandleType::Free);
    a.right = {2.0, 0.0};
    Keyframe b = makeKey(2 * kS, 2.0, Interpolation::Bezier, HandleType::Free);
    b.left = {-2.0, 0.0};
    const Curve curve = makeCurve({a, b});
    const CurveSample s = curve.sampleAt(1 * kS);
    EXPECT_NEAR(s.value, 1.0, kTight);
    EXPECT_EQ(s.velocity, kInfinity);
    EXPECT_FALSE(std::isnan(s.acceleration));
}

TEST(Curve, EasedSegmentUsesTheEasingBetweenTheKeys)
{
    // Smoothstep from (1 s, 10 m) to (3 s, 14 m): at 1.5 s, x = 1/4:
    // 10 + 4(3/16 - 2/64) = 10.625 m, v' = 4 * 6(1/4)(3/4)/2 = 2.25 m/s, v'' = 4(6 - 3)/4 = 3 m/s^2.
    Keyframe a = makeKey(1 * kS, 10.0, Interpolation::Eased);
    a.easing = Easing::fromPreset(EasingPreset::Smoothstep);
    Curve curve = makeCurve({a, makeKey(3 * kS, 14.0)});
    const CurveSample s = curve.sampleAt(kS + kS / 2);
    EXPECT_NEAR(s.value, 10.625, kTight);
    EXPECT_NEAR(s.velocity, 2.25, kTight);
    EXPECT_NEAR(s.acceleration, 3.0, 1e-11);

    // Retiming keeps the ease: move the second key to 5 s (T = 4 s). x = 1/4 is now at 2 s with
    // the same value; v' halves to 1.125 m/s, v'' quarters to 0.75 m/s^2.
    const Result<std::size_t> moved = curve.replaceKey(1, makeKey(5 * kS, 14.0));
    ASSERT_TRUE(moved.ok());
    const CurveSample r = curve.sampleAt(2 * kS);
    EXPECT_NEAR(r.value, 10.625, kTight);
    EXPECT_NEAR(r.velocity, 1.125, kTight);
    EXPECT_NEAR(r.acceleration, 0.75, 1e-11);

    // ease-in-out from (0 s, 0 m) to (2 s, 4 m): the midpoint is 2 m by symmetry, velocity
    // 4 * (1.5/0.87) / 2 m/s (slope at the easing's midpoint, see test_easing.cpp).
    Keyframe c = makeKey(0, 0.0, Interpolation::Eased);
    c.easing = Easing::fromPreset(EasingPreset::EaseInOut);
    const Curve inOut = makeCurve({c, makeKey(2 * kS, 4.0)});
    const CurveSample m = inOut.sampleAt(1 * kS);
    EXPECT_NEAR(m.value, 2.0, kTight);
    EXPECT_NEAR(m.velocity, 4.0 * (1.5 / 0.87) / 2.0, 1e-11);
    EXPECT_NEAR(m.acceleration, 0.0, 1e-10);

    // ease-out leaves the key at 4 * (1/0.58) / 2 m/s and decelerates infinitely hard there
    // (see Easing.SlopesAtTheEnds); an eased segment between equal values is flat.
    Keyframe d = makeKey(0, 0.0, Interpolation::Eased);
    d.easing = Easing::fromPreset(EasingPreset::EaseOut);
    const CurveSample o = makeCurve({d, makeKey(2 * kS, 4.0)}).sampleAt(0);
    EXPECT_EQ(o.value, 0.0);
    EXPECT_NEAR(o.velocity, 2.0 / 0.58, 1e-11);
    EXPECT_EQ(o.acceleration, -kInfinity);
    EXPECT_EQ(makeCurve({d, makeKey(2 * kS, 0.0)}).sampleAt(0), (CurveSample{0.0, 0.0, 0.0}));
}

TEST(Curve, ExtrapolationOfLinearKeys)
{
    // Blender's ExtrapolationLinearKeys: (1, 7) to (2, 13), slope 6.
    // Linear: 0.5 s -> 7 - 0.5*6 = 4; -1.5 s -> 7 - 2.5*6 = -8; 3.5 s -> 13 + 1.5*6 = 22.
    Curve curve = makeCurve({makeKey(1 * kS, 7.0, Interpolation::Linear), makeKey(2 * kS, 13.0, Interpolation::Linear)},
                            Extrapolation::Linear);
    EXPECT_NEAR(curve.valueAt(kS / 2), 4.0, kTight);
    EXPECT_NEAR(curve.valueAt(-3 * kS / 2), -8.0, kTight);
    EXPECT_NEAR(curve.valueAt(7 * kS / 2), 22.0, kTight);
    EXPECT_NEAR(curve.sampleAt(-3 * kS / 2).velocity, 6.0, kTight);
    EXPECT_NEAR(curve.sampleAt(7 * kS / 2).velocity, 6.0, kTight);
    EXPECT_EQ(curve.sampleAt(7 * kS / 2).acceleration, 0.0);
    // On the last key: its value, and the end tangent as velocity.
    EXPECT_EQ(curve.valueAt(2 * kS), 13.0);
    EXPECT_NEAR(curve.sampleAt(2 * kS).velocity, 6.0, kTight);

    curve.setExtrapolation(Extrapolation::Constant);
    EXPECT_EQ(curve.sampleAt(kS / 2), (CurveSample{7.0, 0.0, 0.0}));
    EXPECT_EQ(curve.sampleAt(-3 * kS / 2), (CurveSample{7.0, 0.0, 0.0}));
    EXPECT_EQ(curve.sampleAt(7 * kS / 2), (CurveSample{13.0, 0.0, 0.0}));
    EXPECT_EQ(curve.sampleAt(2 * kS), (CurveSample{13.0, 0.0, 0.0}));

    // Far outside the keys, at the ends of the int64 clock: no overflow, just a long line.
    curve.setExtrapolation(Extrapolation::Linear);
    const double far = static_cast<double>(std::numeric_limits<Flicks>::max()) / 705'600'000.0;
    EXPECT_NEAR(curve.valueAt(std::numeric_limits<Flicks>::max()) / (6.0 * far), 1.0, 1e-9);
}

TEST(Curve, ExtrapolationOfBezierKeysFollowsTheEndTangents)
{
    // (1 s, 7) leaves along its right handle (0.25 s, 1): 4 m/s; (2 s, 13) arrives along its
    // left handle (-0.5 s, -1): 2 m/s. Linear: 0.5 s -> 7 - 0.5*4 = 5; -1 s -> 7 - 2*4 = -1;
    // 3 s -> 13 + 1*2 = 15.
    Keyframe a = makeKey(1 * kS, 7.0, Interpolation::Bezier, HandleType::Free);
    a.left = {-0.25, -1.0};
    a.right = {0.25, 1.0};
    Keyframe b = makeKey(2 * kS, 13.0, Interpolation::Bezier, HandleType::Free);
    b.left = {-0.5, -1.0};
    b.right = {0.5, 1.0};
    Curve curve = makeCurve({a, b}, Extrapolation::Linear);
    EXPECT_NEAR(curve.valueAt(kS / 2), 5.0, kTight);
    EXPECT_NEAR(curve.valueAt(-1 * kS), -1.0, kTight);
    EXPECT_NEAR(curve.valueAt(3 * kS), 15.0, kTight);
    EXPECT_NEAR(curve.sampleAt(-1 * kS).velocity, 4.0, kTight);
    EXPECT_NEAR(curve.sampleAt(3 * kS).velocity, 2.0, kTight);
    // The segment itself leaves the first key at the same 4 m/s.
    EXPECT_NEAR(curve.sampleAt(1 * kS).velocity, 4.0, kTight);

    curve.setExtrapolation(Extrapolation::Constant);
    EXPECT_EQ(curve.valueAt(kS / 2), 7.0);
    EXPECT_EQ(curve.valueAt(3 * kS), 13.0);
}

TEST(Curve, ExtrapolationOfEasedAndConstantSegments)
{
    // ease-in from (0 s, 0) to (2 s, 4): leaves flat, arrives at slope 1/0.58 in normalised
    // units, i.e. 4 * (1/0.58) / 2 m/s. Linear extrapolation: -1 s -> 0; 3 s -> 4 + 2/0.58.
    Keyframe a = makeKey(0, 0.0, Interpolation::Eased);
    a.easing = Easing::fromPreset(EasingPreset::EaseIn);
    const Curve eased = makeCurve({a, makeKey(2 * kS, 4.0)}, Extrapolation::Linear);
    EXPECT_NEAR(eased.valueAt(-1 * kS), 0.0, kTight);
    EXPECT_NEAR(eased.valueAt(3 * kS), 4.0 + 2.0 / 0.58, 1e-11);

    // A constant last segment ends flat, so linear extrapolation holds its values.
    const Curve held = makeCurve({makeKey(0, 0.0, Interpolation::Constant), makeKey(1 * kS, 5.0)},
                                 Extrapolation::Linear);
    EXPECT_EQ(held.valueAt(-1 * kS), 0.0);
    EXPECT_EQ(held.valueAt(2 * kS), 5.0);
}

TEST(Curve, KeysOneFlickApart)
{
    // Linear from (0, 0 m) to (1 flick, 1 m): 705,600,000 m/s; the keys stay distinct.
    Curve curve = makeCurve({makeKey(0, 0.0, Interpolation::Linear), makeKey(1, 1.0)});
    EXPECT_EQ(curve.keyCount(), 2u);
    EXPECT_EQ(curve.valueAt(0), 0.0);
    EXPECT_EQ(curve.valueAt(1), 1.0);
    EXPECT_NEAR(curve.sampleAt(0).velocity / 705'600'000.0, 1.0, kTight);
    // Half a flick in, through the seconds entry point: 0.5 m.
    const Result<CurveSample> half = curve.sampleAtSeconds(0.5 / 705'600'000.0);
    ASSERT_TRUE(half.ok());
    EXPECT_NEAR(half.value().value, 0.5, 1e-6);

    // Inserting at an existing time replaces (exact integer compare); one flick later adds.
    ASSERT_TRUE(curve.insertKey(makeKey(1, 2.0)).ok());
    EXPECT_EQ(curve.keyCount(), 2u);
    EXPECT_EQ(curve.valueAt(1), 2.0);
    ASSERT_TRUE(curve.insertKey(makeKey(2, 3.0)).ok());
    EXPECT_EQ(curve.keyCount(), 3u);
    EXPECT_EQ(curve.valueAt(2), 3.0);

    // AutoClamped Bezier keys one flick apart with flat ends: smoothstep over T = 1 flick,
    // so the midpoint is 0.5 m at 6 * (1/4) / T = 1.5 * 705,600,000 m/s.
    const Curve smooth = makeCurve({makeKey(0, 0.0), makeKey(1, 1.0)});
    const Result<CurveSample> mid = smooth.sampleAtSeconds(0.5 / 705'600'000.0);
    ASSERT_TRUE(mid.ok());
    EXPECT_NEAR(mid.value().value, 0.5, 1e-6);
    EXPECT_NEAR(mid.value().velocity / (1.5 * 705'600'000.0), 1.0, 1e-6);
}

TEST(Curve, SampleAtSecondsMatchesTheFlickClock)
{
    // Linear (0 s, 0 m) to (2 s, 4 m): at 0.5 s, 1 m and 2 m/s.
    const Curve curve = makeCurve({makeKey(0, 0.0, Interpolation::Linear), makeKey(2 * kS, 4.0)});
    const Result<CurveSample> s = curve.sampleAtSeconds(0.5);
    ASSERT_TRUE(s.ok());
    EXPECT_NEAR(s.value().value, 1.0, kTight);
    EXPECT_NEAR(s.value().velocity, 2.0, kTight);
    EXPECT_EQ(curve.sampleAtSeconds(2.0).value().value, 4.0);
    for (double bad : {std::numeric_limits<double>::quiet_NaN(), kInfinity, -kInfinity}) {
        const Result<CurveSample> r = curve.sampleAtSeconds(bad);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "seconds");
    }
}

TEST(Curve, AutoHandlesAreCatmullRomLikeAndAutoClampedDoesNotOvershoot)
{
    // Keys 0, 10, 10, 0 m at 0, 1, 2, 3 s. Auto: the key at 1 s gets slope (10 + 0)/2 = 5 m/s and
    // the key at 2 s (0 - 10)/2 = -5 m/s; handles 1/3 s long, so segment 1 s..2 s has control
    // values 10, 35/3, 35/3, 10 and overshoots: at 1.5 s (u = 1/2),
    // (10 + 3(35/3) + 3(35/3) + 10)/8 = 90/8 = 11.25 m.
    // AutoClamped: both middle keys are extrema (a neighbour at the same level), so flat, and the
    // whole curve stays within [0, 10] m; at 1.5 s it is exactly 10 m.
    const auto keys = [](HandleType type) {
        return makeCurve({makeKey(0, 0.0, Interpolation::Bezier, type), makeKey(1 * kS, 10.0, Interpolation::Bezier, type),
                          makeKey(2 * kS, 10.0, Interpolation::Bezier, type), makeKey(3 * kS, 0.0, Interpolation::Bezier, type)});
    };
    const Curve autoCurve = keys(HandleType::Auto);
    EXPECT_NEAR(autoCurve.key(1).right.value, 5.0 / 3.0, kTight);
    EXPECT_NEAR(autoCurve.valueAt(3 * kS / 2), 11.25, 1e-11);

    const Curve clamped = keys(HandleType::AutoClamped);
    EXPECT_EQ(clamped.key(1).left, (Handle{-1.0 / 3.0, 0.0}));
    EXPECT_EQ(clamped.key(1).right, (Handle{1.0 / 3.0, 0.0}));
    EXPECT_NEAR(clamped.valueAt(3 * kS / 2), 10.0, kTight);
    // Dense grid, 240 samples per second (2,940,000 flicks apart).
    double lowest = kInfinity;
    double highest = -kInfinity;
    for (Flicks t = 0; t <= 3 * kS; t += kS / 240) {
        const double v = clamped.valueAt(t);
        lowest = std::min(lowest, v);
        highest = std::max(highest, v);
    }
    EXPECT_GE(lowest, -1e-12);
    EXPECT_LE(highest, 10.0 + 1e-12);
}

TEST(Curve, AutoClampedLimitsTheSlopeOnMonotoneKeys)
{
    // Keys 0, 1, 10 m at 0, 1, 2 s: slopes 1 and 9 m/s around the middle key.
    // Auto: mean 5 m/s, left handle (-1/3 s, -5/3 m); segment 0..1 s has control values
    // 0, 0, 1 - 5/3, 1 and dips below 0: at 0.5 s, (0 + 0 + 3(-2/3) + 1)/8 = -0.125 m.
    // AutoClamped: limited to 3 * 1 = 3 m/s, so the left handle reaches exactly the previous
    // key's value (-1/3 s, -1 m) and the right one (1/3 s, 1 m); no segment leaves its keys' range.
    const auto keys = [](HandleType type) {
        return makeCurve({makeKey(0, 0.0, Interpolation::Bezier, type), makeKey(1 * kS, 1.0, Interpolation::Bezier, type),
                          makeKey(2 * kS, 10.0, Interpolation::Bezier, type)});
    };
    const Curve autoCurve = keys(HandleType::Auto);
    EXPECT_NEAR(autoCurve.valueAt(kS / 2), -0.125, 1e-12);

    const Curve clamped = keys(HandleType::AutoClamped);
    EXPECT_NEAR(clamped.key(1).left.timeS, -1.0 / 3.0, kTight);
    EXPECT_NEAR(clamped.key(1).left.value, -1.0, kTight);
    EXPECT_NEAR(clamped.key(1).right.value, 1.0, kTight);
    EXPECT_NEAR(clamped.sampleAt(1 * kS).velocity, 3.0, 1e-9);
    for (Flicks t = 0; t <= 2 * kS; t += kS / 240) {
        const double v = clamped.valueAt(t);
        const double lo = t < 1 * kS ? 0.0 : 1.0;
        const double hi = t < 1 * kS ? 1.0 : 10.0;
        EXPECT_GE(v, lo - 1e-12) << t;
        EXPECT_LE(v, hi + 1e-12) << t;
    }
}

TEST(Curve, AutoHandlesFollowEdits)
{
    // (0 s, 0) and (2 s, 4): flat ends under constant extrapolation.
    Curve curve = makeCurve({makeKey(0, 0.0), makeKey(2 * kS, 4.0)});
    EXPECT_EQ(curve.key(0).right, (Handle{2.0 / 3.0, 0.0}));
    // Insert (1 s, 1): slopes 1 and 3 m/s, mean 2 (below the limit 3): handles (-+1/3 s, -+2/3 m).
    // The end keys' handles shorten to a third of their new 1 s intervals.
    ASSERT_TRUE(curve.insertKey(makeKey(1 * kS, 1.0)).ok());
    EXPECT_NEAR(curve.key(1).left.timeS, -1.0 / 3.0, kTight);
    EXPECT_NEAR(curve.key(1).left.value, -2.0 / 3.0, kTight);
    EXPECT_NEAR(curve.key(1).right.value, 2.0 / 3.0, kTight);
    EXPECT_NEAR(curve.key(0).right.timeS, 1.0 / 3.0, kTight);
    // Remove it again: back to the first state.
    const Result<Keyframe> removed = curve.removeKey(1);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value().time, 1 * kS);
    EXPECT_EQ(curve, makeCurve({makeKey(0, 0.0), makeKey(2 * kS, 4.0)}));
    // Linear extrapolation: the end keys aim at each other (slope 2 m/s, handles (2/3 s, 4/3 m)),
    // so the segment is the straight line: 1 m at 0.5 s, and 2 m/s everywhere.
    curve.setExtrapolation(Extrapolation::Linear);
    EXPECT_NEAR(curve.key(0).right.value, 4.0 / 3.0, kTight);
    EXPECT_NEAR(curve.valueAt(kS / 2), 1.0, kTight);
    EXPECT_NEAR(curve.sampleAt(kS / 2).velocity, 2.0, 1e-11);
    EXPECT_NEAR(curve.valueAt(-1 * kS), -2.0, 1e-11);
}

TEST(Curve, HandleEditsAlignAndConvertAutoKeys)
{
    Curve curve = makeCurve({makeKey(0, 0.0), makeKey(1 * kS, 1.0), makeKey(2 * kS, 2.0)});
    // The middle key's left handle is (-1/3 s, ...). Dragging its right handle to (0.5 s, 3 m)
    // (slope 6 m/s) makes it Aligned, and the left handle takes slope 6 with its own length:
    // (-1/3 s, -2 m).
    const Result<std::size_t> r = curve.setHandle(1, HandleSide::Right, {0.5, 3.0});
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.value(), 1u);
    EXPECT_EQ(curve.key(1).handleType, HandleType::Aligned);
    EXPECT_EQ(curve.key(1).right, (Handle{0.5, 3.0}));
    EXPECT_NEAR(curve.key(1).left.timeS, -1.0 / 3.0, kTight);
    EXPECT_NEAR(curve.key(1).left.value, -2.0, kTight);
    // The curve leaves the key along the new handle: 3 / 0.5 = 6 m/s.
    EXPECT_NEAR(curve.sampleAt(1 * kS).velocity, 6.0, 1e-9);

    // A Free key keeps the other handle.
    Keyframe free = curve.key(1);
    free.handleType = HandleType::Free;
    ASSERT_TRUE(curve.replaceKey(1, free).ok());
    ASSERT_TRUE(curve.setHandle(1, HandleSide::Left, {-0.25, 0.0}).ok());
    EXPECT_EQ(curve.key(1).right, (Handle{0.5, 3.0}));
    EXPECT_EQ(curve.key(1).left, (Handle{-0.25, 0.0}));

    // Inserting an Aligned key: the left handle takes the right handle's slope (2 m/s).
    Keyframe aligned = makeKey(5 * kS, 1.0, Interpolation::Bezier, HandleType::Aligned);
    aligned.left = {-1.0, 5.0};
    aligned.right = {0.5, 1.0};
    const Result<std::size_t> at = curve.insertKey(aligned);
    ASSERT_TRUE(at.ok());
    EXPECT_EQ(at.value(), 3u);
    EXPECT_EQ(curve.key(3).left, (Handle{-1.0, -2.0}));
}

TEST(Curve, ReplaceKeyMovesAndKeepsOrder)
{
    Curve curve = makeCurve({makeKey(0, 0.0), makeKey(1 * kS, 1.0), makeKey(2 * kS, 2.0)});
    const Result<std::size_t> moved = curve.replaceKey(0, makeKey(3 * kS, 3.0));
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(moved.value(), 2u);
    ASSERT_EQ(curve.keyCount(), 3u);
    EXPECT_EQ(curve.key(0).time, 1 * kS);
    EXPECT_EQ(curve.key(1).time, 2 * kS);
    EXPECT_EQ(curve.key(2).time, 3 * kS);
    EXPECT_EQ(curve.key(2).value, 3.0);
    // Same time, new value: stays in place.
    const Result<std::size_t> same = curve.replaceKey(1, makeKey(2 * kS, 5.0));
    ASSERT_TRUE(same.ok());
    EXPECT_EQ(same.value(), 1u);
    EXPECT_EQ(curve.valueAt(2 * kS), 5.0);
}

TEST(Curve, FailedEditsChangeNothing)
{
    Curve curve = makeCurve({makeKey(0, 0.0), makeKey(1 * kS, 1.0), makeKey(2 * kS, 2.0)});
    const Curve before = curve;
    const double nan = std::numeric_limits<double>::quiet_NaN();

    const auto expectError = [&](const auto& result, const char* field) {
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().field, field);
        EXPECT_FALSE(result.error().message.empty());
        EXPECT_EQ(curve, before);
    };

    expectError(curve.insertKey(makeKey(3 * kS, nan)), "key.value");
    expectError(curve.insertKey(makeKey(3 * kS, kInfinity)), "key.value");
    expectError(curve.insertKey(makeKey(kCurveTimeLimit + 1, 1.0)), "key.time");
    expectError(curve.insertKey(makeKey(-kCurveTimeLimit - 1, 1.0)), "key.time");

    Keyframe badLeft = makeKey(3 * kS, 1.0, Interpolation::Bezier, HandleType::Free);
    badLeft.left = {0.5, 0.0};   // after its key
    expectError(curve.insertKey(badLeft), "key.left");
    Keyframe vertical = makeKey(3 * kS, 1.0, Interpolation::Bezier, HandleType::Free);
    vertical.right = {0.0, 1.0};   // no length in time, but a value offset
    expectError(curve.insertKey(vertical), "key.right");
    Keyframe nanHandle = makeKey(3 * kS, 1.0, Interpolation::Bezier, HandleType::Aligned);
    nanHandle.right = {nan, 1.0};
    expectError(curve.insertKey(nanHandle), "key.right");

    expectError(curve.replaceKey(7, makeKey(3 * kS, 1.0)), "index");
    expectError(curve.replaceKey(0, makeKey(2 * kS, 1.0)), "key.time");   // 2 s belongs to key 2
    expectError(curve.replaceKey(0, makeKey(0, nan)), "key.value");
    expectError(curve.removeKey(3), "index");
    expectError(curve.setHandle(3, HandleSide::Left, {-0.1, 0.0}), "index");
    expectError(curve.setHandle(1, HandleSide::Right, {-0.1, 0.0}), "handle");
    expectError(curve.setHandle(1, HandleSide::Left, {0.0, 2.0}), "handle");
    expectError(curve.setHandle(1, HandleSide::Left, {-0.1, kInfinity}), "handle");
    // Slope 1e300 / 1e-300 overflows: the Aligned partner handle cannot follow it.
    expectError(curve.setHandle(1, HandleSide::Right, {1e-300, 1e300}), "handle");

    // Auto keys ignore whatever handles they were given: they are computed.
    Keyframe autoKey = makeKey(3 * kS, 3.0);
    autoKey.left = {nan, nan};
    EXPECT_TRUE(curve.insertKey(autoKey).ok());
    EXPECT_TRUE(std::isfinite(curve.key(3).left.value));
}

} // namespace
} // namespace murnau
