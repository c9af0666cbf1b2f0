#pragma once
// Easing: a cubic Bezier on the unit square, exactly like CSS cubic-bezier(x1, y1, x2, y2)
// (CSS Easing Functions Level 1, section 3.2): control points (0, 0), (x1, y1), (x2, y2),
// (1, 1), x = normalised time, y = normalised progress. Because it lives on the unit square,
// retiming or revaluing the two keys it joins keeps the shape of the ease (Glaxnimate does the
// same). The curve is parametric: at time x we solve x(u) = x for the Bezier parameter u, then
// read y(u); derivatives come from the chain rule, dy/dx = y'/x' and
// d2y/dx2 = (y'' x' - y' x'') / x'^3, never from finite differences.
//
// The CSS keywords and one extra:
//   linear       cubic-bezier(0, 0, 1, 1)          y = x
//   ease         cubic-bezier(0.25, 0.1, 0.25, 1)
//   ease-in      cubic-bezier(0.42, 0, 1, 1)
//   ease-out     cubic-bezier(0, 0, 0.58, 1)
//   ease-in-out  cubic-bezier(0.42, 0, 0.58, 1)
//   smoothstep   cubic-bezier(1/3, 0, 2/3, 1)      y = 3x^2 - 2x^3 exactly: with x1 = 1/3 and
//                x2 = 2/3, x(u) = 3(1-u)^2 u/3 + 3(1-u)u^2 2/3 + u^3 = u((1-u) + u)^2 = u,
//                and y(u) = 3(1-u)u^2 + u^3 = 3u^2 - 2u^3.
//
// Where a control point sits on its end point (ease-in, ease-out, linear) x'(u) is zero at that
// end; the slope there is its one-sided limit (finite, see the checks in Easing::cubicBezier),
// and the second derivative is its limit too, which for ease-in and ease-out is infinite
// (y - y0 grows like a*x + b*x^1.5 near such an end). Samples are never NaN.

#include <optional>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// The named easings: the CSS keywords plus smoothstep.
enum class EasingPreset { Linear, Ease, EaseIn, EaseOut, EaseInOut, Smoothstep };

// The CSS keyword of a preset ("linear", "ease", "ease-in", "ease-out", "ease-in-out") or "smoothstep".
[[nodiscard]] std::string_view easingPresetName(EasingPreset preset) noexcept;

// The preset a keyword names (as easingPresetName writes it); errors name "easing".
Result<EasingPreset> parseEasingPreset(std::string_view name);

// A normalised curve y(x) at one x, with its derivatives with respect to x.
struct EasingSample {
    double value = 0.0;              // y
    double derivative = 0.0;         // dy/dx; +-infinity only at a vertical tangent
    double secondDerivative = 0.0;   // d2y/dx2; +-infinity where the one-sided limit diverges
};

// A cubic Bezier y(x) over normalised time x in [0, 1], from (0, y0) through inner control
// points (x1, y1) and (x2, y2) to (1, y3). With x1, x2 in [0, 1], x(u) never decreases, so y(x)
// is a function. The shared shape of easings (y0 = 0, y3 = 1) and of Bezier curve segments
// (time divided by the segment's length, values in channel units).
struct UnitTimeBezier {
    double x1 = 1.0 / 3.0;   // time of the first inner control point, in [0, 1]
    double y1 = 0.0;         // value of the first inner control point
    double x2 = 2.0 / 3.0;   // time of the second inner control point, in [0, 1]
    double y2 = 1.0;         // value of the second inner control point
    double y0 = 0.0;         // value at x = 0
    double y3 = 1.0;         // value at x = 1
};

// Samples `curve` at x (clamped to [0, 1]). Derivatives at x = 1 are the limits from the left,
// elsewhere from the right. Where x' = 0 (a control point on an end point, or x1 = 1 with x2 = 0)
// the derivatives are one-sided limits, possibly infinite; never NaN.
[[nodiscard]] EasingSample sampleUnitTimeBezier(const UnitTimeBezier& curve, double x) noexcept;

// Only the value of `curve` at x (clamped to [0, 1]); same as sampleUnitTimeBezier(curve, x).value.
[[nodiscard]] double unitTimeBezierValue(const UnitTimeBezier& curve, double x) noexcept;

// A validated easing, cubic-bezier(x1, y1, x2, y2). Default: linear.
class Easing {
public:
    // The linear easing, y = x.
    constexpr Easing() noexcept = default;

    // The easing a preset names.
    [[nodiscard]] static Easing fromPreset(EasingPreset preset) noexcept;

    // A custom easing like CSS cubic-bezier(). x1 and x2 must lie in [0, 1], y1 and y2 may
    // overshoot (any finite value). Refused as infinite-speed moves: a vertical tangent at
    // either end (the first control point that differs from an end point lies straight above
    // or below it, e.g. cubic-bezier(0, 1, ...)) and x1 = 1 with x2 = 0 (vertical at mid-time).
    // Errors name "easing.x1", "easing.y1", "easing.x2" or "easing.y2".
    static Result<Easing> cubicBezier(double x1, double y1, double x2, double y2);

    [[nodiscard]] constexpr double x1() const noexcept { return m_x1; }   // first control point, time
    [[nodiscard]] constexpr double y1() const noexcept { return m_y1; }   // first control point, progress
    [[nodiscard]] constexpr double x2() const noexcept { return m_x2; }   // second control point, time
    [[nodiscard]] constexpr double y2() const noexcept { return m_y2; }   // second control point, progress

    // The preset whose control points these are exactly, if any.
    [[nodiscard]] std::optional<EasingPreset> preset() const noexcept;

    // Progress y at normalised time x (clamped to [0, 1]); y(0) = 0 and y(1) = 1 exactly.
    [[nodiscard]] double valueAt(double x) const noexcept;

    // Progress and its first and second derivatives with respect to x at x (clamped to [0, 1]).
    [[nodiscard]] EasingSample sampleAt(double x) const noexcept;

    // The easing as a UnitTimeBezier from (0, 0) to (1, 1).
    [[nodiscard]] UnitTimeBezier bezier() const noexcept;

    friend constexpr bool operator==(const Easing&, const Easing&) = default;

private:
    constexpr Easing(double x1, double y1, double x2, double y2) noexcept
        : m_x1(x1), m_y1(y1), m_x2(x2), m_y2(y2)
    {
    }

    double m_x1 = 0.0;
    double m_y1 = 0.0;
    double m_x2 = 1.0;
    double m_y2 = 1.0;
};

} // namespace murnau
