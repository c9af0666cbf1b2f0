// The curve editor's polyline and value ranges (curve_polyline.h). A linear curve's vertices are
// checked against v0 + (v1 - v0)(t - t0)/(t1 - t0) at the time under each pixel column, which is
// worked out from the axis by hand.

#include <cmath>
#include <cstddef>
#include <vector>

#include <gtest/gtest.h>

#include "core/timeline/curve_polyline.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

Keyframe key(Flicks time, double value, Interpolation interpolation)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = interpolation;
    return k;
}

Curve curveOf(const std::vector<Keyframe>& keys)
{
    Curve curve;
    for (const Keyframe& k : keys)
        EXPECT_TRUE(curve.insertKey(k).ok());
    return curve;
}

} // namespace

TEST(CurvePolyline, LinearCurveHasAVertexPerColumnOnTheLine)
{
    // 1.4 m at 0 s to 12.6 m at 8 s; 10 px per second from -1 s: 100 px show -1 .. 9 s.
    const Curve curve = curveOf({key(0, 1.4, Interpolation::Linear), key(8 * kS, 12.6, Interpolation::Linear)});
    const TimeAxis axis{-1.0, 10.0};
    const std::vector<CurveVertex> line = curvePolyline(curve, axis, 100.0);
    // 101 column starts (-1.0, -0.9, ... 9.0 s), two of which are the keys (0 s at px 10, 8 s at px 90).
    ASSERT_EQ(line.size(), 101u);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const double seconds = -1.0 + static_cast<double>(i) / 10.0;
        EXPECT_NEAR(static_cast<double>(line[i].time), seconds * static_cast<double>(kS), 0.5) << i;
        // Constant extrapolation outside the keys, the line between them.
        const double clamped = std::fmin(std::fmax(seconds, 0.0), 8.0);
        EXPECT_NEAR(line[i].value, 1.4 + (12.6 - 1.4) * clamped / 8.0, 1e-9) << i;
        if (i > 0) {
            EXPECT_GT(line[i].time, line[i - 1].time) << i;
        }
    }
    EXPECT_EQ(line[10].time, 0);
    EXPECT_EQ(line[10].value, 1.4);
    EXPECT_EQ(line[90].time, 8 * kS);
    EXPECT_EQ(line[90].value, 12.6);
}

TEST(CurvePolyline, KeysBetweenColumnsGetTheirOwnVertex)
{
    // Keys at 0.25 s and 0.75 s with columns every 0.5 s (2 px per second... here 2 px/s from 0).
    const Curve curve = curveOf({key(kS / 4, 0.0, Interpolation::Linear), key(3 * kS / 4, 1.0, Interpolation::Linear)});
    const TimeAxis axis{0.0, 2.0};
    const auto line = curvePolyline(curve, axis, 2.0);   // columns at 0, 0.5, 1.0 s
    ASSERT_EQ(line.size(), 5u);
    EXPECT_EQ(line[0].time, 0);
    EXPECT_EQ(line[1].time, kS / 4);
    EXPECT_EQ(line[1].value, 0.0);
    EXPECT_EQ(line[2].time, kS / 2);
    EXPECT_NEAR(line[2].value, 0.5, 1e-12);
    EXPECT_EQ(line[3].time, 3 * kS / 4);
    EXPECT_EQ(line[3].value, 1.0);
    EXPECT_EQ(line[4].time, kS);
}

TEST(CurvePolyline, AConstantKeysJumpIsAVerticalStep)
{
    // Hold 2 until 1 s, then 5.
    const Curve curve = curveOf({key(0, 2.0, Interpolation::Constant), key(kS, 5.0, Interpolation::Constant)});
    const TimeAxis axis{0.0, 10.0};
    const auto line = curvePolyline(curve, axis, 20.0);   // 0 .. 2 s, columns every 0.1 s
    std::size_t at = line.size();
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        if (line[i].time == kS && line[i + 1].time == kS) {
            at = i;
            break;
        }
    }
    ASSERT_LT(at, line.size()) << "no two vertices at the jump";
    EXPECT_EQ(line[at].value, 2.0);       // from the left: held
    EXPECT_EQ(line[at + 1].value, 5.0);   // the key's value
    for (std::size_t i = 0; i < at; ++i)
        EXPECT_EQ(line[i].value, 2.0) << i;
    for (std::size_t i = at + 1; i < line.size(); ++i)
        EXPECT_EQ(line[i].value, 5.0) << i;
}

TEST(CurvePolyline, HandlesAsAbsolutePoints)
{
    Keyframe a = key(kS, 1.0, Interpolation::Bezier);
    a.handleType = HandleType::Free;
    a.left = {-0.5, -0.25};
    a.right = {0.5, 2.0};
    Keyframe b = key(3 * kS, 4.0, Interpolation::Linear);
    b.handleType = HandleType::Free;
    b.left = {-1.0, 0.0};
    b.right = {1.0, 0.0};
    const Curve curve = curveOf({a, b});
    const HandlePoints first = keyHandlePoints(curve, 0);
    EXPECT_DOUBLE_EQ(first.leftSeconds, 0.5);
    EXPECT_DOUBLE_EQ(first.leftValue, 0.75);
    EXPECT_DOUBLE_EQ(first.rightSeconds, 1.5);
    EXPECT_DOUBLE_EQ(first.rightValue, 3.0);
    EXPECT_FALSE(first.leftUsed);   // nothing arrives at the first key
    EXPECT_TRUE(first.rightUsed);   // its Bezier segment leaves it
    const HandlePoints second = keyHandlePoints(curve, 1);
    EXPECT_TRUE(second.leftUsed);   // the Bezier segment arrives here
    EXPECT_FALSE(second.rightUsed); // the last key
    EXPECT_DOUBLE_EQ(second.leftSeconds, 2.0);
    EXPECT_DOUBLE_EQ(second.leftValue, 4.0);
}

TEST(CurvePolyline, ValueRangeOfTheCurveAndOfKeys)
{
    EXPECT_FALSE(curveValueRange(Curve{}, 0, kS).has_value());
    const Curve line = curveOf({key(0, 1.4, Interpolation::Linear), key(8 * kS, 12.6, Interpolation::Linear)});
    const auto all = curveValueRange(line, 0, 8 * kS);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->low, 1.4);
    EXPECT_EQ(all->high, 12.6);
    // Half the shot: 1.4 .. 7.0.
    const auto half = curveValueRange(line, 0, 4 * kS);
    ASSERT_TRUE(half);
    EXPECT_EQ(half->low, 1.4);
    EXPECT_NEAR(half->high, 7.0, 1e-12);

    // A Bezier hump: free handles raise it above both keys; the range sees the overshoot and,
    // with handles, the handle points themselves.
    Keyframe a = key(0, 0.0, Interpolation::Bezier);
    a.handleType = HandleType::Free;
    a.right = {1.0, 3.0};
    Keyframe b = key(3 * kS, 0.0, Interpolation::Linear);
    b.handleType = HandleType::Free;
    b.left = {-1.0, 3.0};
    const Curve hump = curveOf({a, b});
    // Symmetric cubic with control values 0, 3, 3, 0 and times 0, 1, 2, 3 s (x(u) = 3u: time is
    // linear in u): at u = 1/2 the value is 3(1/4)(1/2)3 + 3(1/2)(1/4)3 = 2.25.
    const auto noHandles = curveValueRange(hump, 0, 3 * kS, false);
    ASSERT_TRUE(noHandles);
    EXPECT_EQ(noHandles->low, 0.0);
    EXPECT_NEAR(noHandles->high, 2.25, 1e-12);   // 64 samples per segment: u = 32/64 is one of them
    const auto withHandles = curveValueRange(hump, 0, 3 * kS, true);
    EXPECT_DOUBLE_EQ(withHandles->high, 3.0);

    const std::vector<std::size_t> second{1};
    const auto keyRange = keysValueRange(line, second, true);
    ASSERT_TRUE(keyRange);
    EXPECT_EQ(keyRange->low, 12.6);
    EXPECT_EQ(keyRange->high, 12.6);
    const std::vector<std::size_t> none{7};
    EXPECT_FALSE(keysValueRange(line, none).has_value());
}
