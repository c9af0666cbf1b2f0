#pragma once
// The motion channels a feasibility report measures: speed, acceleration and jerk of the
// dolly, the pedestal and the head (pan, tilt), and the zoom and focus-pull rates. Values are
// magnitudes in the channel's unit.

#include <array>
#include <cstddef>
#include <span>
#include <string_view>

namespace murnau {

// A measured motion channel; the comment gives its reading and unit.
enum class MotionChannel {
    DollySpeed,             // |ds/dt| along the track, m/s
    DollyAcceleration,      // platform acceleration along and across the track, sqrt(s''^2 + (k s'^2)^2), m/s^2
    DollyJerk,              // |d3s/dt3| along the track, m/s^3
    PedestalSpeed,          // |rate of the pedestal channel|, m/s
    PedestalAcceleration,   // m/s^2
    PedestalJerk,           // m/s^3
    PanRate,                // |rate of the camera's pan| (aim included), deg/s
    PanAcceleration,        // deg/s^2
    PanJerk,                // deg/s^3
    TiltRate,               // deg/s
    TiltAcceleration,       // deg/s^2
    TiltJerk,               // deg/s^3
    ZoomRate,               // |rate of the focal length|, mm/s
    FocusPullRate,          // |rate of the focus distance|, m/s
};
inline constexpr std::size_t kMotionChannelCount = 14;

// Static facts about a channel, for sentences and JSON keys.
struct MotionChannelInfo {
    MotionChannel channel;
    std::string_view key;          // JSON key: "dolly_speed", "pan_acceleration", ...
    std::string_view label;        // in sentences: "dolly speed"
    std::string_view unit;         // "m/s", "m/s^2", "deg/s", "mm/s", ...
    std::string_view jsonUnit;     // unit suffix of JSON keys: "mps", "mps2", "deg_per_s", ...
    std::string_view concern;      // why going over the limit matters, as a phrase
    std::string_view stepQuantity; // the quantity whose instant step this channel reads: "dolly position"
    std::string_view stepUnit;     // its unit: "m"
};

// Every channel, in MotionChannel order.
[[nodiscard]] std::span<const MotionChannelInfo> motionChannels() noexcept;
// The facts about one channel.
[[nodiscard]] const MotionChannelInfo& motionChannelInfo(MotionChannel channel) noexcept;

} // namespace murnau
