// The table of motion channels.

#include "core/analysis/motion_channel.h"

namespace murnau {

namespace {

constexpr std::array<MotionChannelInfo, kMotionChannelCount> kChannels{{
    {MotionChannel::DollySpeed, "dolly_speed", "dolly speed", "m/s", "mps",
     "faster than a grip pushes at walking pace", "dolly position", "m"},
    {MotionChannel::DollyAcceleration, "dolly_acceleration", "dolly acceleration", "m/s^2", "mps2",
     "standing riders may lose their balance", "dolly speed", "m/s"},
    {MotionChannel::DollyJerk, "dolly_jerk", "dolly jerk", "m/s^3", "mps3",
     "the jolt shows in the picture", "dolly acceleration along the track", "m/s^2"},
    {MotionChannel::PedestalSpeed, "pedestal_speed", "pedestal speed", "m/s", "mps",
     "faster than a smooth boom", "lens height", "m"},
    {MotionChannel::PedestalAcceleration, "pedestal_acceleration", "pedestal acceleration", "m/s^2", "mps2",
     "riders may lose their balance", "pedestal speed", "m/s"},
    {MotionChannel::PedestalJerk, "pedestal_jerk", "pedestal jerk", "m/s^3", "mps3",
     "the jolt shows in the picture", "pedestal acceleration", "m/s^2"},
    {MotionChannel::PanRate, "pan_rate", "pan rate", "deg/s", "deg_per_s",
     "the image judders across the frame", "pan", "deg"},
    {MotionChannel::PanAcceleration, "pan_acceleration", "pan acceleration", "deg/s^2", "deg_per_s2",
     "the head whips", "pan rate", "deg/s"},
    {MotionChannel::PanJerk, "pan_jerk", "pan jerk", "deg/s^3", "deg_per_s3",
     "the head jolts", "pan acceleration", "deg/s^2"},
    {MotionChannel::TiltRate, "tilt_rate", "tilt rate", "deg/s", "deg_per_s",
     "the image judders across the frame", "tilt", "deg"},
    {MotionChannel::TiltAcceleration, "tilt_acceleration", "tilt acceleration", "deg/s^2", "deg_per_s2",
     "the head whips", "tilt rate", "deg/s"},
    {MotionChannel::TiltJerk, "tilt_jerk", "tilt jerk", "deg/s^3", "deg_per_s3",
     "the head jolts", "tilt acceleration", "deg/s^2"},
    {MotionChannel::ZoomRate, "zoom_rate", "zoom rate", "mm/s", "mm_per_s",
     "faster than the zoom motor", "focal length", "mm"},
    {MotionChannel::FocusPullRate, "focus_pull_rate", "focus pull rate", "m/s", "mps",
     "faster than a focus puller follows by hand", "focus distance", "m"},
}};

} // namespace

std::span<const MotionChannelInfo> motionChannels() noexcept
{
    return kChannels;
}

const MotionChannelInfo& motionChannelInfo(MotionChannel channel) noexcept
{
    return kChannels[static_cast<std::size_t>(channel)];
}

} // namespace murnau
