#include "core/timeline/curve_polyline.h"

#include <algorithm>
#include <cmath>

namespace murnau {

namespace {

// Smaller differences across one flick are smooth change, not a jump (a curve changing at 700
// units/s moves 1e-6 units in a flick; as kStepTolerance in motion_reader.cpp).
constexpr double kJumpTolerance = 1e-6;

} // namespace

std::vector<CurveVertex> curvePolyline(const Curve& curve, const TimeAxis& axis, double widthPx)
{
    std::vector<CurveVertex> vertices;
    if (!(widthPx > 0.0))
        return vertices;
    const auto columns = static_cast<long long>(std::ceil(widthPx));
    const Flicks from = axis.toTime(0.0);
    const Flicks to = axis.toTime(static_cast<double>(columns));
    vertices.reserve(static_cast<std::size_t>(columns) + 2 * curve.keyCount() + 1);

    const std::span<const Keyframe> keys = curve.keys();
    auto key = std::lower_bound(keys.begin(), keys.end(), from,
                                [](const Keyframe& k, Flicks t) { return k.time < t; });
    // Appends the key times up to (and, with `inclusive`, at) `t`.
    const auto addKeysBefore = [&](Flicks t, bool inclusive) {
        for (; key != keys.end() && (key->time < t || (inclusive && key->time == t)) && key->time <= to; ++key) {
            const double before = curve.valueAt(key->time - 1);
            if (std::fabs(before - key->value) > kJumpTolerance)
                vertices.push_back({key->time, before});
            vertices.push_back({key->time, key->value});
        }
    };
    Flicks last = from - 1;
    for (long long column = 0; column <= columns; ++column) {
        const Flicks t = axis.toTime(static_cast<double>(column));
        if (t <= last)
            continue;   // a column narrower than a flick (never at the zoom limits, kept for safety)
        addKeysBefore(t, true);
        if (vertices.empty() || vertices.back().time != t)
            vertices.push_back({t, curve.valueAt(t)});
        last = t;
    }
    addKeysBefore(to, true);
    return vertices;
}

HandlePoints keyHandlePoints(const Curve& curve, std::size_t index)
{
    const Keyframe& key = curve.key(index);
    const double seconds = flicksToSeconds(key.time);
    HandlePoints h;
    h.leftSeconds = seconds + key.left.timeS;
    h.leftValue = key.value + key.left.value;
    h.rightSeconds = seconds + key.right.timeS;
    h.rightValue = key.value + key.right.value;
    h.leftUsed = index > 0 && curve.key(index - 1).interpolation == Interpolation::Bezier;
    h.rightUsed = index + 1 < curve.keyCount() && key.interpolation == Interpolation::Bezier;
    return h;
}

void ValueRange::include(double value) noexcept
{
    low = std::min(low, value);
    high = std::max(high, value);
}

namespace {

void includeHandles(const Curve& curve, std::size_t index, ValueRange& range)
{
    const HandlePoints h = keyHandlePoints(curve, index);
    if (h.leftUsed)
        range.include(h.leftValue);
    if (h.rightUsed)
        range.include(h.rightValue);
}

} // namespace

std::optional<ValueRange> curveValueRange(const Curve& curve, Flicks from, Flicks to, bool withHandles)
{
    if (curve.isEmpty())
        return std::nullopt;
    if (to < from)
        std::swap(from, to);
    const double start = curve.valueAt(from);
    ValueRange range{start, start};
    range.include(curve.valueAt(to));
    // The instants that bound smooth pieces inside [from, to]: the ends and every key time.
    std::vector<Flicks> bounds{from};
    const std::span<const Keyframe> keys = curve.keys();
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const Keyframe& key = keys[i];
        if (key.time < from || key.time > to)
            continue;
        range.include(key.value);
        if (key.time > from)
            range.include(curve.valueAt(key.time - 1));
        if (withHandles)
            includeHandles(curve, i, range);
        bounds.push_back(key.time);
    }
    bounds.push_back(to);
    for (std::size_t i = 1; i < bounds.size(); ++i) {
        const Flicks a = bounds[i - 1];
        const Flicks b = bounds[i];
        for (int k = 1; k < kRangeSamplesPerSegment; ++k)
            range.include(curve.valueAt(a + (b - a) * k / kRangeSamplesPerSegment));
    }
    return range;
}

std::optional<ValueRange> keysValueRange(const Curve& curve, std::span<const std::size_t> indices, bool withHandles)
{
    std::optional<ValueRange> range;
    for (const std::size_t index : indices) {
        if (index >= curve.keyCount())
            continue;
        const double value = curve.key(index).value;
        if (!range)
            range = ValueRange{value, value};
        range->include(value);
        if (withHandles)
            includeHandles(curve, index, *range);
    }
    return range;
}

} // namespace murnau
