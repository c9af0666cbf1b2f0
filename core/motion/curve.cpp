#include "core/motion/curve.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace murnau {
namespace {

constexpr double kFlicksPerSecondD = static_cast<double>(kFlicksPerSecond);

double toSeconds(Flicks span) noexcept
{
    return static_cast<double>(span) / kFlicksPerSecondD;
}

// Checks one handle: finite, on its side of the key (left: timeS <= 0, right: timeS >= 0), and
// not vertical (zero length in time but not in value).
std::optional<Error> handleError(const Handle& handle, HandleSide side, const char* field)
{
    if (!std::isfinite(handle.timeS) || !std::isfinite(handle.value))
        return fail(field, "handle offsets must be finite numbers");
    if (side == HandleSide::Left ? handle.timeS > 0.0 : handle.timeS < 0.0)
        return fail(field, side == HandleSide::Left ? "the left handle must not lie after its key"
                                                    : "the right handle must not lie before its key");
    if (handle.timeS == 0.0 && handle.value != 0.0)
        return fail(field, "a handle with no length in time must have no value offset (vertical tangent: infinite speed)");
    return std::nullopt;
}

bool isAuto(HandleType type) noexcept
{
    return type == HandleType::Auto || type == HandleType::AutoClamped;
}

// The other handle of an Aligned key after `from` changed: same slope as `from`, own length in time.
Handle alignedTo(const Handle& from, const Handle& other) noexcept
{
    if (from.timeS == 0.0)
        return other;
    return {other.timeS, other.timeS * (from.value / from.timeS)};
}

// `key` ready to store, or why it cannot be.
Result<Keyframe> checkedKey(const Keyframe& key)
{
    if (key.time < -kCurveTimeLimit || key.time > kCurveTimeLimit)
        return fail("key.time", "must lie within 1,000,000 s of zero");
    if (!std::isfinite(key.value))
        return fail("key.value", "must be a finite number");
    Keyframe checked = key;
    if (!isAuto(key.handleType)) {
        if (auto error = handleError(key.left, HandleSide::Left, "key.left"))
            return *error;
        if (auto error = handleError(key.right, HandleSide::Right, "key.right"))
            return *error;
        if (key.handleType == HandleType::Aligned) {
            checked.left = alignedTo(key.right, key.left);
            if (!std::isfinite(checked.left.value))
                return fail("key.right", "too steep to align the left handle with");
        }
    }
    return checked;
}

// The AutoClamped slope from the slopes to the previous and next key: zero at an extremum
// (slopes of opposite sign, or one of them zero), else the mean limited to 3x the smaller slope.
double clampedSlope(double slopePrev, double slopeNext) noexcept
{
    if (!(slopePrev * slopeNext > 0.0))
        return 0.0;
    const double limit = 3.0 * std::min(std::abs(slopePrev), std::abs(slopeNext));
    return std::copysign(std::min(0.5 * std::abs(slopePrev + slopeNext), limit), slopePrev);
}

// A handle's value offset `value`, trimmed so it does not pass `bound` (the value difference to
// the neighbouring key): removes the last-bit rounding of slope * length for AutoClamped.
double notBeyond(double value, double bound) noexcept
{
    return bound >= 0.0 ? std::clamp(value, -bound, bound) : std::clamp(value, bound, -bound);
}

// Segment from key a to key b as a UnitTimeBezier over normalised time, with handles longer
// than the segment shortened to it along their own direction.
UnitTimeBezier bezierSegment(const Keyframe& a, const Keyframe& b) noexcept
{
    const double spanS = toSeconds(b.time - a.time);
    Handle right = a.right;
    if (right.timeS > spanS)
        right = {spanS, right.value * (spanS / right.timeS)};
    Handle left = b.left;
    if (-left.timeS > spanS)
        left = {-spanS, left.value * (spanS / -left.timeS)};
    return {right.timeS / spanS, a.value + right.value, 1.0 + left.timeS / spanS, b.value + left.value,
            a.value, b.value};
}

// Where a time falls: `upper` is the index of the first key after it (0: before the first key,
// keyCount(): at or after the last), `offsetFlicks` its distance from key upper - 1 (from the
// first key when upper = 0).
struct Location {
    std::size_t upper = 0;
    double offsetFlicks = 0.0;
};

Location locate(std::span<const Keyframe> keys, Flicks time) noexcept
{
    const auto it = std::upper_bound(keys.begin(), keys.end(), time,
                                     [](Flicks t, const Keyframe& k) { return t < k.time; });
    const auto upper = static_cast<std::size_t>(std::distance(keys.begin(), it));
    if (keys.empty())
        return {};
    if (upper > 0 && upper < keys.size())
        return {upper, static_cast<double>(time - keys[upper - 1].time)};   // exact: both inside the keys
    // Outside the keys `time` may be any int64: subtract in double, which cannot overflow.
    const Flicks from = upper == 0 ? keys.front().time : keys.back().time;
    return {upper, static_cast<double>(time) - static_cast<double>(from)};
}

} // namespace

std::optional<std::size_t> Curve::findKey(Flicks time) const noexcept
{
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), time,
                                     [](const Keyframe& k, Flicks t) { return k.time < t; });
    if (it == m_keys.end() || it->time != time)
        return std::nullopt;
    return static_cast<std::size_t>(std::distance(m_keys.begin(), it));
}

void Curve::setExtrapolation(Extrapolation extrapolation)
{
    m_extrapolation = extrapolation;
    updateAutoHandles();
}

Result<std::size_t> Curve::insertKey(const Keyframe& key)
{
    Result<Keyframe> checked = checkedKey(key);
    if (!checked)
        return checked.error();
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key.time,
                                     [](const Keyframe& k, Flicks t) { return k.time < t; });
    const auto index = static_cast<std::size_t>(std::distance(m_keys.begin(), it));
    if (it != m_keys.end() && it->time == key.time)
        *it = std::move(checked).value();
    else
        m_keys.insert(it, std::move(checked).value());
    // The new key and its two neighbours are the only keys whose neighbours changed.
    updateAutoHandles(index == 0 ? 0 : index - 1, index + 1);
    return index;
}

Result<std::size_t> Curve::replaceKey(std::size_t index, const Keyframe& key)
{
    if (index >= m_keys.size())
        return fail("index", "no key with that index");
    Result<Keyframe> checked = checkedKey(key);
    if (!checked)
        return checked.error();
    const std::optional<std::size_t> occupant = findKey(key.time);
    if (occupant && *occupant != index)
        return fail("key.time", "another key is already at that time");
    m_keys.erase(m_keys.begin() + static_cast<std::ptrdiff_t>(index));
    const auto it = std::lower_bound(m_keys.begin(), m_keys.end(), key.time,
                                     [](const Keyframe& k, Flicks t) { return k.time < t; });
    const auto newIndex = static_cast<std::size_t>(std::distance(m_keys.begin(), it));
    m_keys.insert(it, std::move(checked).value());
    updateAutoHandles();
    return newIndex;
}

Result<Keyframe> Curve::removeKey(std::size_t index)
{
    if (index >= m_keys.size())
        return fail("index", "no key with that index");
    Keyframe removed = m_keys[index];
    m_keys.erase(m_keys.begin() + static_cast<std::ptrdiff_t>(index));
    updateAutoHandles();
    return removed;
}

Result<std::size_t> Curve::setHandle(std::size_t index, HandleSide side, Handle handle)
{
    if (index >= m_keys.size())
        return fail("index", "no key with that index");
    if (auto error = handleError(handle, side, "handle"))
        return *error;
    Keyframe key = m_keys[index];
    if (isAuto(key.handleType))
        key.handleType = HandleType::Aligned;
    Handle& edited = side == HandleSide::Left ? key.left : key.right;
    Handle& other = side == HandleSide::Left ? key.right : key.left;
    edited = handle;
    if (key.handleType == HandleType::Aligned) {
        other = alignedTo(edited, other);
        if (!std::isfinite(other.value))
            return fail("handle", "too steep to align the other handle with");
    }
    m_keys[index] = key;
    updateAutoHandles();
    return index;
}

void Curve::updateAutoHandles() noexcept
{
    if (!m_keys.empty())
        updateAutoHandles(0, m_keys.size() - 1);
}

void Curve::updateAutoHandles(std::size_t first, std::size_t last) noexcept
{
    const std::size_t n = m_keys.size();
    for (std::size_t i = first; i < n && i <= last; ++i) {
        Keyframe& key = m_keys[i];
        if (!isAuto(key.handleType))
            continue;
        if (n == 1) {
            key.left = {};
            key.right = {};
            continue;
        }
        const bool hasPrev = i > 0;
        const bool hasNext = i + 1 < n;
        const double spanPrevS = hasPrev ? toSeconds(key.time - m_keys[i - 1].time) : 0.0;
        const double spanNextS = hasNext ? toSeconds(m_keys[i + 1].time - key.time) : 0.0;
        const double risePrev = hasPrev ? key.value - m_keys[i - 1].value : 0.0;
        const double riseNext = hasNext ? m_keys[i + 1].value - key.value : 0.0;
        const double slopePrev = hasPrev ? risePrev / spanPrevS : 0.0;
        const double slopeNext = hasNext ? riseNext / spanNextS : 0.0;

        double slope = 0.0;
        if (!hasPrev || !hasNext) {
            if (m_extrapolation == Extrapolation::Linear)
                slope = hasPrev ? slopePrev : slopeNext;
        } else if (key.handleType == HandleType::Auto) {
            slope = 0.5 * (slopePrev + slopeNext);
        } else {
            slope = clampedSlope(slopePrev, slopeNext);
        }
        // One third of the neighbouring interval; an end key mirrors its only interval.
        const double leftS = (hasPrev ? spanPrevS : spanNextS) / 3.0;
        const double rightS = (hasNext ? spanNextS : spanPrevS) / 3.0;
        double leftValue = -slope * leftS;
        double rightValue = slope * rightS;
        if (key.handleType == HandleType::AutoClamped) {
            if (hasPrev)
                leftValue = notBeyond(leftValue, risePrev);
            if (hasNext)
                rightValue = notBeyond(rightValue, riseNext);
        }
        key.left = {-leftS, leftValue};
        key.right = {rightS, rightValue};
    }
}

CurveSample Curve::evaluateSegment(std::size_t segment, double offsetFlicks, bool withDerivatives) const noexcept
{
    const Keyframe& a = m_keys[segment];
    const Keyframe& b = m_keys[segment + 1];
    const double spanFlicks = static_cast<double>(b.time - a.time);
    const double spanS = spanFlicks / kFlicksPerSecondD;
    const double x = offsetFlicks / spanFlicks;
    const double rise = b.value - a.value;

    switch (a.interpolation) {
    case Interpolation::Constant:
        return {a.value, 0.0, 0.0};
    case Interpolation::Linear:
        return {a.value + rise * x, rise / spanS, 0.0};
    case Interpolation::Eased: {
        if (rise == 0.0)
            return {a.value, 0.0, 0.0};
        if (!withDerivatives)
            return {a.value + rise * a.easing.valueAt(x), 0.0, 0.0};
        const EasingSample s = a.easing.sampleAt(x);
        return {a.value + rise * s.value, rise * s.derivative / spanS,
                rise * s.secondDerivative / (spanS * spanS)};
    }
    case Interpolation::Bezier:
        break;
    }
    const UnitTimeBezier bezier = bezierSegment(a, b);
    if (!withDerivatives)
        return {unitTimeBezierValue(bezier, x), 0.0, 0.0};
    const EasingSample s = sampleUnitTimeBezier(bezier, x);
    return {s.value, s.derivative / spanS, s.secondDerivative / (spanS * spanS)};
}

CurveSample Curve::evaluate(std::size_t upper, double offsetFlicks, bool withDerivatives) const noexcept
{
    const std::size_t n = m_keys.size();
    if (n == 0)
        return {};
    if (n == 1)
        return {m_keys[0].value, 0.0, 0.0};
    if (upper > 0 && upper < n)
        return evaluateSegment(upper - 1, offsetFlicks, withDerivatives);

    // Outside the keys: offsetFlicks is measured from the first key (before) or the last (after).
    const bool before = upper == 0;
    const Keyframe& end = before ? m_keys.front() : m_keys.back();
    if (m_extrapolation == Extrapolation::Constant)
        return {end.value, 0.0, 0.0};
    const std::size_t segment = before ? 0 : n - 2;
    const double endOffset = before ? 0.0 : static_cast<double>(m_keys[n - 1].time - m_keys[n - 2].time);
    double slope = evaluateSegment(segment, endOffset, true).velocity;
    if (!std::isfinite(slope))
        slope = 0.0;
    return {end.value + slope * (offsetFlicks / kFlicksPerSecondD), slope, 0.0};
}

double Curve::valueAt(Flicks time) const noexcept
{
    const Location where = locate(m_keys, time);
    return evaluate(where.upper, where.offsetFlicks, false).value;
}

CurveSample Curve::sampleAt(Flicks time) const noexcept
{
    const Location where = locate(m_keys, time);
    return evaluate(where.upper, where.offsetFlicks, true);
}

Result<CurveSample> Curve::sampleAtSeconds(double seconds) const
{
    if (!std::isfinite(seconds))
        return fail("seconds", "must be a finite number");
    // Key times are within +-2^53 flicks, so they convert to double exactly and compare exactly.
    const double timeFlicks = seconds * kFlicksPerSecondD;
    const auto it = std::upper_bound(m_keys.begin(), m_keys.end(), timeFlicks,
                                     [](double t, const Keyframe& k) { return t < static_cast<double>(k.time); });
    const auto upper = static_cast<std::size_t>(std::distance(m_keys.begin(), it));
    if (m_keys.empty())
        return CurveSample{};
    const Flicks from = upper == 0 ? m_keys.front().time : m_keys[upper - 1].time;
    return evaluate(upper, timeFlicks - static_cast<double>(from), true);
}

} // namespace murnau
