#include "core/motion/easing.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string>

namespace murnau {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Power-basis coefficients of one coordinate: c(u) = c0 + c1 u + c2 u^2 + c3 u^3, from the
// Bernstein control values p0..p3.
struct Cubic {
    double c0 = 0.0;
    double c1 = 0.0;
    double c2 = 0.0;
    double c3 = 0.0;

    static Cubic fromControlValues(double p0, double p1, double p2, double p3) noexcept
    {
        return {p0, 3.0 * (p1 - p0), 3.0 * (p2 - 2.0 * p1 + p0), p3 - p0 + 3.0 * (p1 - p2)};
    }
    [[nodiscard]] double at(double u) const noexcept { return c0 + u * (c1 + u * (c2 + u * c3)); }
    [[nodiscard]] double d1(double u) const noexcept { return c1 + u * (2.0 * c2 + u * 3.0 * c3); }
    [[nodiscard]] double d2(double u) const noexcept { return 2.0 * c2 + u * 6.0 * c3; }
};

// The curve mirrored in time, x -> 1 - x: its start is the original's end. Its y(x) is the
// original's y(1 - x), so its slope is the negated original slope and its second derivative
// the same.
UnitTimeBezier mirrored(const UnitTimeBezier& b) noexcept
{
    return {1.0 - b.x2, b.y2, 1.0 - b.x1, b.y1, b.y3, b.y0};
}

// The parameter u in [0, 1] with x(u) = x, for x(u) non-decreasing with x(0) = 0, x(1) = 1.
// Newton's method from u = x, kept inside a shrinking bracket [lo, hi]; a step that would
// leave the bracket (or a zero x') bisects instead, so it always converges. Stops when x(u)
// equals x exactly or the next iterate no longer changes u (double precision).
double solveParameter(const Cubic& xc, double x) noexcept
{
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    double lo = 0.0;
    double hi = 1.0;
    double u = x;
    for (int iteration = 0; iteration < 200; ++iteration) {
        const double f = xc.at(u) - x;
        if (f == 0.0)
            return u;
        if (f < 0.0)
            lo = u;
        else
            hi = u;
        const double slope = xc.d1(u);
        double next = slope > 0.0 ? u - f / slope : lo;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        if (next == u)
            return u;
        u = next;
    }
    return u;
}

// One-sided limits (w -> 0+) of dy/dx and d2y/dx2 where x' vanishes. With w the distance in u
// in the direction of increasing x, X(w) = x2 w^2 + x3 w^3 (x2 >= 0, x3 > 0 when x2 = 0) and
// Y(w) = y1 w + y2 w^2 + y3 w^3 are the exact Taylor expansions of the cubic about the point.
//  * x2 > 0, y1 != 0: Y ~ y1 sqrt(X/x2): vertical; the second derivative has the opposite sign.
//  * x2 > 0, y1 = 0: dy/dx = (2 y2 + 3 y3 w) / (2 x2 + 3 x3 w) -> y2/x2, and
//    d2y/dx2 = 6 (y3 x2 - x3 y2) / ((2 x2 + 3 x3 w)^2 (2 x2 w + 3 x3 w^2)): infinite with the
//    sign of (y3 x2 - x3 y2), or exactly 0 when that vanishes (y is then linear in x).
//  * x2 = 0: Y grows like X^(1/3) or X^(2/3) (vertical, opposite-signed curvature) unless
//    y1 = y2 = 0, when Y = (y3/x3) X exactly.
EasingSample stationaryLimit(double value, double x2, double x3, double y1, double y2, double y3) noexcept
{
    if (x2 > 0.0) {
        if (y1 != 0.0)
            return {value, std::copysign(kInfinity, y1), std::copysign(kInfinity, -y1)};
        const double n = y3 * x2 - x3 * y2;
        return {value, y2 / x2, n == 0.0 ? 0.0 : std::copysign(kInfinity, n)};
    }
    const double leading = y1 != 0.0 ? y1 : y2;
    if (leading != 0.0)
        return {value, std::copysign(kInfinity, leading), std::copysign(kInfinity, -leading)};
    return {value, y3 / x3, 0.0};
}

// Derivatives at u = 0, where x'(0) = 3 x1 may be zero.
EasingSample sampleAtStart(const UnitTimeBezier& b) noexcept
{
    const Cubic xc = Cubic::fromControlValues(0.0, b.x1, b.x2, 1.0);
    const Cubic yc = Cubic::fromControlValues(b.y0, b.y1, b.y2, b.y3);
    if (xc.c1 > 0.0) {
        const double dx = xc.c1;
        const double dy = yc.c1;
        return {b.y0, dy / dx, (2.0 * yc.c2 * dx - dy * 2.0 * xc.c2) / (dx * dx * dx)};
    }
    return stationaryLimit(b.y0, xc.c2, xc.c3, yc.c1, yc.c2, yc.c3);
}

template<bool kWithDerivatives>
EasingSample sampleImpl(const UnitTimeBezier& b, double x) noexcept
{
    // Control points on the diagonal from (0, y0) to (1, y3): the curve is that straight line.
    const double rise = b.y3 - b.y0;
    if (b.y1 == b.y0 + rise * b.x1 && b.y2 == b.y0 + rise * b.x2) {
        const double xc = std::clamp(x, 0.0, 1.0);
        return {xc >= 1.0 ? b.y3 : b.y0 + rise * xc, rise, 0.0};
    }
    if (!(x > 0.0)) {
        if constexpr (!kWithDerivatives)
            return {b.y0, 0.0, 0.0};
        return sampleAtStart(b);
    }
    if (x >= 1.0) {
        if constexpr (!kWithDerivatives)
            return {b.y3, 0.0, 0.0};
        const EasingSample m = sampleAtStart(mirrored(b));
        return {b.y3, -m.derivative, m.secondDerivative};
    }
    const Cubic xc = Cubic::fromControlValues(0.0, b.x1, b.x2, 1.0);
    const Cubic yc = Cubic::fromControlValues(b.y0, b.y1, b.y2, b.y3);
    const double u = solveParameter(xc, x);
    const double value = yc.at(u);
    if constexpr (!kWithDerivatives)
        return {value, 0.0, 0.0};
    const double dx = xc.d1(u);
    const double dy = yc.d1(u);
    if (dx == 0.0) {
        // Interior stationary x (only x1 = 1, x2 = 0 at u = 1/2): x' and x'' both vanish there,
        // so X(w) = c3 w^3 about u; expand y about u the same way.
        return stationaryLimit(value, 0.0, xc.c3, dy, 0.5 * yc.d2(u), yc.c3);
    }
    const double ddx = xc.d2(u);
    const double ddy = yc.d2(u);
    return {value, dy / dx, (ddy * dx - dy * ddx) / (dx * dx * dx)};
}

// Whether a direction (dx, dy) leaving or entering an end is vertical (infinite slope).
bool isVertical(double dx, double dy) noexcept
{
    return dx == 0.0 && dy != 0.0;
}

struct PresetPoints {
    EasingPreset preset;
    std::string_view name;
    std::array<double, 4> points;   // x1, y1, x2, y2
};

constexpr std::array<PresetPoints, 6> kPresets{{
    {EasingPreset::Linear, "linear", {0.0, 0.0, 1.0, 1.0}},
    {EasingPreset::Ease, "ease", {0.25, 0.1, 0.25, 1.0}},
    {EasingPreset::EaseIn, "ease-in", {0.42, 0.0, 1.0, 1.0}},
    {EasingPreset::EaseOut, "ease-out", {0.0, 0.0, 0.58, 1.0}},
    {EasingPreset::EaseInOut, "ease-in-out", {0.42, 0.0, 0.58, 1.0}},
    {EasingPreset::Smoothstep, "smoothstep", {1.0 / 3.0, 0.0, 2.0 / 3.0, 1.0}},
}};

const PresetPoints& presetPoints(EasingPreset preset) noexcept
{
    for (const PresetPoints& p : kPresets) {
        if (p.preset == preset)
            return p;
    }
    return kPresets[0];
}

} // namespace

std::string_view easingPresetName(EasingPreset preset) noexcept
{
    return presetPoints(preset).name;
}

Result<EasingPreset> parseEasingPreset(std::string_view name)
{
    for (const PresetPoints& p : kPresets) {
        if (p.name == name)
            return p.preset;
    }
    return fail("easing", "unknown easing \"" + std::string(name)
                              + "\" (expected linear, ease, ease-in, ease-out, ease-in-out or smoothstep)");
}

EasingSample sampleUnitTimeBezier(const UnitTimeBezier& curve, double x) noexcept
{
    return sampleImpl<true>(curve, x);
}

double unitTimeBezierValue(const UnitTimeBezier& curve, double x) noexcept
{
    return sampleImpl<false>(curve, x).value;
}

Easing Easing::fromPreset(EasingPreset preset) noexcept
{
    const auto& p = presetPoints(preset).points;
    return Easing(p[0], p[1], p[2], p[3]);
}

Result<Easing> Easing::cubicBezier(double x1, double y1, double x2, double y2)
{
    if (!std::isfinite(x1) || x1 < 0.0 || x1 > 1.0)
        return fail("easing.x1", "must be a number from 0 to 1");
    if (!std::isfinite(x2) || x2 < 0.0 || x2 > 1.0)
        return fail("easing.x2", "must be a number from 0 to 1");
    if (!std::isfinite(y1))
        return fail("easing.y1", "must be a finite number");
    if (!std::isfinite(y2))
        return fail("easing.y2", "must be a finite number");
    // The start tangent points at the first control point that differs from (0, 0);
    // the end tangent comes from the last one that differs from (1, 1).
    const bool firstOnStart = x1 == 0.0 && y1 == 0.0;
    if (firstOnStart ? isVertical(x2, y2) : isVertical(x1, y1))
        return fail(firstOnStart ? "easing.y2" : "easing.y1",
                    "vertical tangent at the start (infinite speed): move the control point later in time");
    const bool secondOnEnd = x2 == 1.0 && y2 == 1.0;
    if (secondOnEnd ? isVertical(1.0 - x1, 1.0 - y1) : isVertical(1.0 - x2, 1.0 - y2))
        return fail(secondOnEnd ? "easing.y1" : "easing.y2",
                    "vertical tangent at the end (infinite speed): move the control point earlier in time");
    if (x1 == 1.0 && x2 == 0.0)
        return fail("easing.x2", "x1 = 1 with x2 = 0 makes a vertical tangent at mid-time (infinite speed)");
    return Easing(x1, y1, x2, y2);
}

std::optional<EasingPreset> Easing::preset() const noexcept
{
    for (const PresetPoints& p : kPresets) {
        if (p.points == std::array<double, 4>{m_x1, m_y1, m_x2, m_y2})
            return p.preset;
    }
    return std::nullopt;
}

UnitTimeBezier Easing::bezier() const noexcept
{
    return {m_x1, m_y1, m_x2, m_y2, 0.0, 1.0};
}

double Easing::valueAt(double x) const noexcept
{
    return unitTimeBezierValue(bezier(), x);
}

EasingSample Easing::sampleAt(double x) const noexcept
{
    return sampleUnitTimeBezier(bezier(), x);
}

} // namespace murnau
