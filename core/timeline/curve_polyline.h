#pragma once
// What the curve editor draws of a Curve over the time in view on a TimeAxis: the polyline of
// its values, its keys' Bezier handles as points, and the value range of the curve (or of some
// of its keys) for Frame all and Frame selection.
//
// The polyline has a vertex at the start of every pixel column in [0, widthPx] (the time under
// it, TimeAxis::toTime) and at every key time in view, so keys lie exactly on it. Where the curve
// jumps at a key (a Constant key holding until the next, a Linear key after a hold...) the key
// time gets two vertices: the value one flick before (the limit from the left) then the key's
// value, drawn as a vertical step. Vertices are in time order (equal times: left limit first).

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "core/motion/curve.h"
#include "core/timeline/time_axis.h"

namespace murnau {

// One vertex of a curve's polyline.
struct CurveVertex {
    Flicks time = 0;      // shot time
    double value = 0.0;   // channel units
};

// The polyline of `curve` across [0, widthPx] of `axis`.
[[nodiscard]] std::vector<CurveVertex> curvePolyline(const Curve& curve, const TimeAxis& axis, double widthPx);

// Where a key's handles are, as absolute points (handle time = key time + offset, value likewise).
struct HandlePoints {
    double leftSeconds = 0.0;    // shot time of the left handle, seconds
    double leftValue = 0.0;      // channel units
    double rightSeconds = 0.0;   // shot time of the right handle, seconds
    double rightValue = 0.0;     // channel units
    bool leftUsed = false;       // a Bezier segment arrives at the key (the previous key is Bezier)
    bool rightUsed = false;      // a Bezier segment leaves the key (the key is Bezier and not the last)
};

// The handles of key `index` (< keyCount()) of `curve`.
[[nodiscard]] HandlePoints keyHandlePoints(const Curve& curve, std::size_t index);

// A closed range of values.
struct ValueRange {
    double low = 0.0;
    double high = 0.0;
    // The range grown to hold `value`.
    void include(double value) noexcept;
};

// The values `curve` takes over [from, to] (from <= to): its values at both ends, at every key in
// between, at both sides of every jump, and at kRangeSamplesPerSegment even instants of every
// segment in between (a Bezier or eased segment may overshoot its keys); with `withHandles`, also
// the used handles of the keys in range (what Frame all must show to grab them). nullopt for an
// empty curve.
[[nodiscard]] std::optional<ValueRange> curveValueRange(const Curve& curve, Flicks from, Flicks to,
                                                        bool withHandles = true);

// The values of the keys `indices` of `curve` and, with `withHandles`, their used handles; nullopt
// when `indices` names no key.
[[nodiscard]] std::optional<ValueRange> keysValueRange(const Curve& curve, std::span<const std::size_t> indices,
                                                       bool withHandles = true);

// Samples per segment when looking for a curve's range between keys.
inline constexpr int kRangeSamplesPerSegment = 64;

} // namespace murnau
