#pragma once
// Small helpers shared by the rig evaluator tests: exact seconds in flicks and channels keyed
// by hand (linear or constant), so each test states its keys and derives what they give.

#include <gtest/gtest.h>

#include "core/rig/camera_rig.h"
#include "core/time/frame_rate.h"

namespace murnau::rig_test {

inline constexpr Flicks kS = kFlicksPerSecond;   // one second, flicks

inline Keyframe linearKey(Flicks time, double value)
{
    Keyframe key;
    key.time = time;
    key.value = value;
    key.interpolation = Interpolation::Linear;
    return key;
}

inline void setLinear(CameraRig& rig, RigChannel channel, Flicks t0, double v0, Flicks t1, double v1)
{
    Curve& curve = rig.channel(channel);
    curve.clear();
    ASSERT_TRUE(curve.insertKey(linearKey(t0, v0)).ok());
    ASSERT_TRUE(curve.insertKey(linearKey(t1, v1)).ok());
}

inline void setConstant(CameraRig& rig, RigChannel channel, double value)
{
    Curve& curve = rig.channel(channel);
    curve.clear();
    ASSERT_TRUE(curve.insertKey(linearKey(0, value)).ok());
}

} // namespace murnau::rig_test
