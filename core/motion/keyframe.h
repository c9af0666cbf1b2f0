#pragma once
// One key of a scalar animation channel: a value at an exact time, how the segment that
// leaves it is interpolated, and its two Bezier handles. As in Blender's F-curves the
// interpolation (and easing) belongs to the EARLIER key of each segment: key i decides how
// the curve runs from key i to key i+1.

#include "core/motion/easing.h"
#include "core/time/frame_rate.h"

namespace murnau {

// How the segment leaving a key runs to the next key.
enum class Interpolation {
    Constant,   // hold the key's value until the next key, then jump
    Linear,     // straight line to the next key
    Bezier,     // cubic Bezier in (time, value) through this key's right and the next key's left handle
    Eased,      // this key's Easing maps normalised time to normalised value between the two keys
};

// How a key's handles are set.
enum class HandleType {
    Free,          // both handles as the user placed them
    Aligned,       // both handles on one line through the key (same slope), each with its own length
    Auto,          // computed: slope = mean of the slopes to the neighbouring keys (Blender "Auto")
    AutoClamped,   // computed like Auto, but never overshooting the neighbouring key values (Blender "Auto Clamped")
};

// A Bezier handle as an offset from its key.
struct Handle {
    double timeS = 0.0;   // time offset from the key, seconds: <= 0 for the left handle, >= 0 for the right
    double value = 0.0;   // value offset from the key's value, channel units

    friend constexpr bool operator==(const Handle&, const Handle&) = default;
};

// A key: value at an exact time plus the shape of the segment leaving it.
struct Keyframe {
    Flicks time = 0;                                        // when, in flicks
    double value = 0.0;                                     // the channel's value there, channel units
    Interpolation interpolation = Interpolation::Bezier;    // of the segment to the next key
    HandleType handleType = HandleType::AutoClamped;        // how left and right are set
    Handle left;                                            // incoming handle (used by a Bezier segment arriving here)
    Handle right;                                           // outgoing handle (used by a Bezier segment leaving here)
    Easing easing;                                          // used when interpolation is Eased

    friend constexpr bool operator==(const Keyframe&, const Keyframe&) = default;
};

} // namespace murnau
