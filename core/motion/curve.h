#pragma once
// Curve: one scalar animation channel (a rail position in metres, a pan in degrees, a focal
// length in millimetres...). The unit belongs to the channel and is documented by its owner;
// the curve only knows "channel units", and its derivatives are per second and per second^2.
//
// Conventions (after Blender's F-curves, with an exact integer clock):
//  * Keys are sorted by time and their times are unique, compared exactly in flicks; inserting
//    at the time of an existing key replaces it. Key times lie within +-kCurveTimeLimit.
//  * Segment i runs from key i to key i+1 and is shaped by key i (Keyframe::interpolation).
//  * A time exactly on a key belongs to the segment that starts there: the value is the key's
//    value and the derivatives are the right-hand ones (leaving the key). At and after the last
//    key the extrapolation rules.
//  * A Bezier segment is the 2D cubic through (t0, v0), (t0 + right.timeS, v0 + right.value),
//    (t1 + left.timeS, v1 + left.value), (t1, v1). A handle reaching past the other key in time
//    is shortened to the segment, keeping its direction (Blender's BKE_fcurve_correct_bezpart),
//    so time never runs backwards. Evaluating at t solves time(u) = t, then reads value(u);
//    derivatives follow by the chain rule (see easing.h), never from finite differences.
//    If both handles reach across the whole segment the tangent at its mid-time is vertical and
//    the velocity there is infinite.
//  * Auto and AutoClamped keys get handles one third of the neighbouring interval long in time
//    (Blender's "continuous acceleration" length; its default 1/2.5614 differs), so a segment
//    between two such keys is an exact cubic polynomial in time. Auto slope: the mean of the
//    slopes to the previous and next key (Blender's Auto, Catmull-Rom-like). AutoClamped: zero
//    at a local extremum (a neighbour on the same side or level), else the Auto slope limited to
//    3x the smaller neighbouring slope, so every handle stays between the neighbouring key
//    values and no segment overshoots them. The first and last key are flat under constant
//    extrapolation (ease in/out, as Blender) and aim at their neighbour under linear.
//    Auto handles are recomputed after every edit.
//  * An empty curve evaluates to 0 with zero derivatives (check isEmpty()); one key gives its
//    value everywhere, derivatives 0.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "core/motion/keyframe.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// What a curve does before its first key and after its last.
enum class Extrapolation {
    Constant,   // hold the end key's value
    Linear,     // continue along the end tangent of the first/last segment (flat if that is infinite)
};

// Which handle of a key.
enum class HandleSide { Left, Right };

// Key times must lie within +-1,000,000 s (11.6 days) of zero, far beyond any timeline, so
// every time difference fits in int64 and converts to double exactly.
inline constexpr Flicks kCurveTimeLimit = 1'000'000 * kFlicksPerSecond;

// A curve's value with its first and second time derivatives at one time.
struct CurveSample {
    double value = 0.0;          // channel units
    double velocity = 0.0;       // first derivative, channel units per second
    double acceleration = 0.0;   // second derivative, channel units per second^2

    friend constexpr bool operator==(const CurveSample&, const CurveSample&) = default;
};

// A scalar keyframe channel. Edits either succeed fully or leave the curve unchanged.
class Curve {
public:
    // An empty curve with constant extrapolation.
    Curve() = default;

    [[nodiscard]] bool isEmpty() const noexcept { return m_keys.empty(); }       // no keys at all
    [[nodiscard]] std::size_t keyCount() const noexcept { return m_keys.size(); }   // number of keys
    [[nodiscard]] std::span<const Keyframe> keys() const noexcept { return m_keys; } // keys, sorted by time
    // The key at index (0 <= index < keyCount()).
    [[nodiscard]] const Keyframe& key(std::size_t index) const { return m_keys.at(index); }
    // The index of the key exactly at `time`, if there is one.
    [[nodiscard]] std::optional<std::size_t> findKey(Flicks time) const noexcept;

    [[nodiscard]] Extrapolation extrapolation() const noexcept { return m_extrapolation; }  // before first and after last key
    // Sets the extrapolation on both ends (and recomputes the end keys' auto handles).
    void setExtrapolation(Extrapolation extrapolation);

    // Inserts `key`, replacing a key at the same time; returns its index. Auto and AutoClamped
    // handles are computed, not taken from `key`; an Aligned key's left handle takes the slope
    // of its right handle. Errors: "key.time" outside +-kCurveTimeLimit, "key.value" not finite,
    // "key.left" / "key.right" not finite, on the wrong side of the key, or of zero length in
    // time but not in value (a vertical tangent: infinite speed).
    Result<std::size_t> insertKey(const Keyframe& key);
    // Replaces the key at `index` by `key`, which may move it in time; returns its new index.
    // Errors as insertKey, plus "index" out of range and "key.time" already taken by another key.
    Result<std::size_t> replaceKey(std::size_t index, const Keyframe& key);
    // Removes the key at `index` and returns it; error "index" if out of range.
    Result<Keyframe> removeKey(std::size_t index);
    // Sets one handle of the key at `index` (checked as in insertKey; errors name "index" or
    // "handle"). An Auto or AutoClamped key becomes Aligned, as when dragging a handle in
    // Blender; on an Aligned key the other handle takes the new slope and keeps its length.
    Result<std::size_t> setHandle(std::size_t index, HandleSide side, Handle handle);
    // Removes every key.
    void clear() noexcept { m_keys.clear(); }

    // The value at `time`, channel units.
    [[nodiscard]] double valueAt(Flicks time) const noexcept;
    // Value, velocity and acceleration at `time`.
    [[nodiscard]] CurveSample sampleAt(Flicks time) const noexcept;
    // Value, velocity and acceleration at a time in seconds (for the edges: scripts, the CLI);
    // error "seconds" if not finite.
    [[nodiscard]] Result<CurveSample> sampleAtSeconds(double seconds) const;

    friend bool operator==(const Curve&, const Curve&) = default;

private:
    CurveSample evaluate(std::size_t upper, double offsetFlicks, bool withDerivatives) const noexcept;
    CurveSample evaluateSegment(std::size_t segment, double offsetFlicks, bool withDerivatives) const noexcept;
    // Recomputes the auto handles of every key.
    void updateAutoHandles() noexcept;
    // Recomputes the auto handles of keys first..last (clipped to the keys): an auto handle depends
    // only on its key's neighbours, so an insertion need not touch the rest (reading a curve of n
    // keys stays O(n) per key instead of O(n) per key for every key).
    void updateAutoHandles(std::size_t first, std::size_t last) noexcept;

    std::vector<Keyframe> m_keys;
    Extrapolation m_extrapolation = Extrapolation::Constant;
};

} // namespace murnau
