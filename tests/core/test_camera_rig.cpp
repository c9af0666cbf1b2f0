// The rig's channel table, the checks before evaluation, and rail paths. The expected
// defaults and ranges are the ones the design sets (camera_rig.cpp explains each).

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/rig/camera_rig.h"

using namespace murnau;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

Keyframe keyAt(Flicks time, double value)
{
    Keyframe key;
    key.time = time;
    key.value = value;
    key.interpolation = Interpolation::Linear;
    return key;
}

} // namespace

TEST(RigChannels, TableInChannelOrderWithDefaultsAndRanges)
{
    struct Expected {
        RigChannel channel;
        const char* key;
        const char* unit;
        double defaultValue;
        double minValue;
        double maxValue;
    };
    const Expected expected[] = {
        {RigChannel::Dolly, "dollyM", "m", 0.0, -10000.0, 10000.0},
        {RigChannel::Truck, "truckM", "m", 0.0, -1000.0, 1000.0},
        {RigChannel::Pedestal, "pedestalM", "m", 1.6, -10.0, 200.0},
        {RigChannel::Pan, "panDeg", "deg", 0.0, -36000.0, 36000.0},
        {RigChannel::Tilt, "tiltDeg", "deg", 0.0, -36000.0, 36000.0},
        {RigChannel::Roll, "rollDeg", "deg", 0.0, -36000.0, 36000.0},
        {RigChannel::FocalLength, "focalLengthMm", "mm", 35.0, 1.0, 2000.0},
        {RigChannel::FocusDistance, "focusDistanceM", "m", 5.0, 0.05, 1e6},
        {RigChannel::FStop, "fStop", "", 2.8, 0.5, 64.0},
    };
    const auto table = rigChannels();
    ASSERT_EQ(table.size(), kRigChannelCount);
    for (std::size_t i = 0; i < kRigChannelCount; ++i) {
        const Expected& e = expected[i];
        EXPECT_EQ(table[i].channel, e.channel) << i;
        EXPECT_EQ(static_cast<std::size_t>(table[i].channel), i) << "indexed by RigChannel";
        EXPECT_EQ(table[i].key, e.key);
        EXPECT_EQ(table[i].unit, e.unit) << e.key;
        EXPECT_FALSE(table[i].label.empty()) << e.key;
        EXPECT_DOUBLE_EQ(table[i].defaultValue, e.defaultValue) << e.key;
        EXPECT_DOUBLE_EQ(table[i].minValue, e.minValue) << e.key;
        EXPECT_DOUBLE_EQ(table[i].maxValue, e.maxValue) << e.key;
        EXPECT_LE(table[i].minValue, table[i].defaultValue) << e.key;
        EXPECT_GE(table[i].maxValue, table[i].defaultValue) << e.key;
        EXPECT_EQ(&rigChannelInfo(e.channel), &table[i]);
        EXPECT_EQ(findRigChannel(e.key), &table[i]);
    }
    EXPECT_EQ(findRigChannel("zoom"), nullptr);
    EXPECT_EQ(findRigChannel("FocalLengthMm"), nullptr) << "file keys are exact";
}

TEST(RigChannels, CheckedValueRefusesOutOfRangeAndNonFinite)
{
    EXPECT_DOUBLE_EQ(checkedRigChannelValue(RigChannel::FocalLength, 2000.0, "f").value(), 2000.0);
    EXPECT_DOUBLE_EQ(checkedRigChannelValue(RigChannel::Pan, -36000.0, "p").value(), -36000.0);

    const auto tooLong = checkedRigChannelValue(RigChannel::FocalLength, 2000.5, "shot.focal");
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().field, "shot.focal");
    EXPECT_NE(tooLong.error().message.find("2000 mm"), std::string::npos) << tooLong.error().message;

    const auto fast = checkedRigChannelValue(RigChannel::FStop, 0.4, "stop");
    ASSERT_FALSE(fast.ok());
    EXPECT_EQ(fast.error().field, "stop");

    for (const double bad : {kNaN, kInf, -kInf}) {
        const auto r = checkedRigChannelValue(RigChannel::Dolly, bad, "dolly");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "dolly");
    }
}

TEST(CameraRigCheck, AGoodRigPasses)
{
    CameraRig rig;
    ASSERT_TRUE(rig.channel(RigChannel::Dolly).insertKey(keyAt(0, -10000.0)).ok());
    ASSERT_TRUE(rig.channel(RigChannel::Dolly).insertKey(keyAt(kFlicksPerSecond, 10000.0)).ok());
    rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -5.0}}).value();
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    EXPECT_FALSE(checkCameraRig(rig).has_value());
}

TEST(CameraRigCheck, ErrorsNameTheInput)
{
    {
        // Second key of the focal length channel beyond 2000 mm.
        CameraRig rig;
        ASSERT_TRUE(rig.channel(RigChannel::FocalLength).insertKey(keyAt(0, 50.0)).ok());
        ASSERT_TRUE(rig.channel(RigChannel::FocalLength).insertKey(keyAt(kFlicksPerSecond, 2400.0)).ok());
        const auto error = checkCameraRig(rig, "shots[2].rig");
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->field, "shots[2].rig.channels.focalLengthMm.keys[1]");
    }
    {
        // A focus key inside 5 cm.
        CameraRig rig;
        ASSERT_TRUE(rig.channel(RigChannel::FocusDistance).insertKey(keyAt(0, 0.01)).ok());
        const auto error = checkCameraRig(rig);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->field, "rig.channels.focusDistanceM.keys[0]");
    }
    {
        // A rail path whose rail was never built.
        CameraRig rig;
        rig.rail = RailPath{};
        rig.rail->pointsM = {{0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}};
        const auto error = checkCameraRig(rig);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->field, "rig.rail");
    }
    {
        CameraRig rig;
        rig.originM = {0.0, kNaN, 0.0};
        const auto error = checkCameraRig(rig);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->field, "rig.originM");
    }
    {
        CameraRig rig;
        rig.headingDeg = kInf;
        const auto error = checkCameraRig(rig);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->field, "rig.headingDeg");
    }
    {
        CameraRig rig;
        rig.aim = AimMode::LookAtActor;
        const auto error = checkCameraRig(rig);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->field, "rig.aimActor");
    }
}

TEST(RailPathMaking, CatmullRomPathKeepsItsPointsAndBuildsTheRail)
{
    // (0,0,0) -> (3,0,-4): a 3-4-5 straight track of 5 m.
    const auto path = makeCatmullRomPath({{0.0, 0.0, 0.0}, {3.0, 0.0, -4.0}});
    ASSERT_TRUE(path.ok()) << path.error().describe();
    EXPECT_EQ(path->kind, RailKind::CatmullRom);
    ASSERT_EQ(path->pointsM.size(), 2u);
    EXPECT_TRUE(path->bezierPoints.empty());
    ASSERT_NE(path->built, nullptr);
    EXPECT_NEAR(path->built->lengthM(), 5.0, 1e-12);

    // Copies share the built rail; equality compares what the user laid, not the pointer.
    const RailPath copy = path.value();
    EXPECT_EQ(copy.built, path->built);
    EXPECT_EQ(copy, path.value());
    const auto rebuilt = makeCatmullRomPath({{0.0, 0.0, 0.0}, {3.0, 0.0, -4.0}});
    EXPECT_EQ(rebuilt.value(), path.value());
}

TEST(RailPathMaking, BezierPath)
{
    // No handles: the straight track from (0,0,0) to (0,0,-6), 6 m.
    const auto path = makeBezierPath({{{0.0, 0.0, 0.0}, {}, {}}, {{0.0, 0.0, -6.0}, {}, {}}});
    ASSERT_TRUE(path.ok()) << path.error().describe();
    EXPECT_EQ(path->kind, RailKind::Bezier);
    EXPECT_TRUE(path->pointsM.empty());
    EXPECT_EQ(path->bezierPoints.size(), 2u);
    ASSERT_NE(path->built, nullptr);
    EXPECT_NEAR(path->built->lengthM(), 6.0, 1e-12);
}

TEST(RailPathMaking, ErrorsNameTheField)
{
    const auto single = makeCatmullRomPath({{0.0, 0.0, 0.0}}, "shots[0].rig.rail.points");
    ASSERT_FALSE(single.ok());
    EXPECT_EQ(single.error().field, "shots[0].rig.rail.points");

    const auto repeated = makeCatmullRomPath({{0.0, 0.0, 0.0}, {1.0, 0.0, 0.0}, {1.0, 0.0, 0.0}});
    ASSERT_FALSE(repeated.ok());
    EXPECT_EQ(repeated.error().field, "rail.points[2]");

    const auto badHandle = makeBezierPath({{{0.0, 0.0, 0.0}, {}, {kNaN, 0.0, 0.0}}, {{1.0, 0.0, 0.0}, {}, {}}});
    ASSERT_FALSE(badHandle.ok());
    EXPECT_EQ(badHandle.error().field, "rail.points[0].outHandleM");
}
