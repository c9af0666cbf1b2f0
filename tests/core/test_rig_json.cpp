// Curves, rails and rigs in JSON, read and written on their own (the project file embeds
// them under scenes[i].shots[j].rig): interpolation kinds read as keyed, handles and easings
// stored exactly as the docs say, aligned handles round-trip bit for bit, and refusals name
// the place under the path they were given.

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/motion/curve_json.h"
#include "core/rig/rig_json.h"

using namespace murnau;

namespace {

// Focal-length keys: 1 to 2000 mm.
json::NumberRule focalRule()
{
    return rigChannelRule(*findRigChannel("focalLengthMm"));
}

Result<Curve> curveFrom(const char* text)
{
    return curveFromJson(nlohmann::json::parse(text), "curve", focalRule());
}

Result<CameraRig> rigFrom(const std::string& channels, const std::string& rail = "null")
{
    const std::string text = R"({"rail": )" + rail
                             + R"(, "originM": [0, 0, 0], "headingDeg": 0, "aim": "free", "aimActor": null,
                                  "focusActor": null, "channels": )"
                             + channels + "}";
    return rigFromJson(nlohmann::json::parse(text), "rig");
}

} // namespace

// --- curves ------------------------------------------------------------------------

TEST(CurveJson, ReadsEachInterpolationAsKeyed)
{
    // 1 s = 705,600,000 flicks. Constant 35 for 1 s, then linear 50 -> 70 over 2 s, then
    // eased (smoothstep) 70 -> 100 over 1 s, then a Bezier key.
    const auto curve = curveFrom(R"({"extrapolation": "linear", "keys": [
        {"timeFlicks": 0, "value": 35, "interpolation": "constant", "handleType": "autoClamped"},
        {"timeFlicks": 705600000, "value": 50, "interpolation": "linear", "handleType": "auto"},
        {"timeFlicks": 2116800000, "value": 70, "interpolation": "eased", "handleType": "autoClamped",
         "easing": "smoothstep"},
        {"timeFlicks": 2822400000, "value": 100, "interpolation": "bezier", "handleType": "free",
         "left": [-0.25, -10], "right": [0.25, 10]}]})");
    ASSERT_TRUE(curve.ok()) << curve.error().describe();
    ASSERT_EQ(curve->keyCount(), 4U);
    EXPECT_EQ(curve->extrapolation(), Extrapolation::Linear);
    EXPECT_EQ(curve->valueAt(352'800'000), 35.0);                      // 0.5 s: held
    EXPECT_NEAR(curve->valueAt(1'411'200'000), 60.0, 1e-12);           // 2 s: halfway 50 -> 70
    EXPECT_NEAR(curve->valueAt(2'469'600'000), 85.0, 1e-9);            // 3.5 s: smoothstep(1/2) = 1/2
    EXPECT_EQ(curve->key(3).left, (Handle{-0.25, -10.0}));
    EXPECT_EQ(curve->key(3).right, (Handle{0.25, 10.0}));
    EXPECT_EQ(curve->key(2).easing, Easing::fromPreset(EasingPreset::Smoothstep));
}

TEST(CurveJson, WritesHandlesOnlyForFreeAndAlignedKeysAndEasingOnlyWhereItMatters)
{
    Curve curve;
    Keyframe free;
    free.handleType = HandleType::Free;
    free.value = 35.0;
    free.left = {-0.5, 1.0};
    free.right = {0.5, -1.0};
    ASSERT_TRUE(curve.insertKey(free).ok());
    Keyframe automatic;
    automatic.time = kFlicksPerSecond;
    automatic.value = 50.0;
    automatic.handleType = HandleType::Auto;
    automatic.interpolation = Interpolation::Eased;   // eased with the default, linear easing
    ASSERT_TRUE(curve.insertKey(automatic).ok());

    const nlohmann::ordered_json out = curveToJson(curve);
    EXPECT_EQ(out.dump(), R"({"extrapolation":"constant","keys":[)"
                          R"({"timeFlicks":0,"value":35.0,"interpolation":"bezier","handleType":"free",)"
                          R"("left":[-0.5,1.0],"right":[0.5,-1.0]},)"
                          R"({"timeFlicks":705600000,"value":50.0,"interpolation":"eased","handleType":"auto",)"
                          R"("easing":"linear"}]})");
}

TEST(CurveJson, AlignedKeyWhoseLeftHandleWasPlacedLastRoundTripsExactly)
{
    Curve curve;
    Keyframe aligned;
    aligned.value = 100.0;
    aligned.handleType = HandleType::Aligned;
    aligned.left = {-0.1, 0.0};
    aligned.right = {0.7, 0.0};
    ASSERT_TRUE(curve.insertKey(aligned).ok());
    Keyframe next;
    next.time = kFlicksPerSecond;
    next.value = 200.0;
    ASSERT_TRUE(curve.insertKey(next).ok());
    // Dragging the left handle turns the right one: right.value = 0.7 * (0.7 / -0.1).
    ASSERT_TRUE(curve.setHandle(0, HandleSide::Left, Handle{-0.1, 0.7}).ok());
    const Handle right = curve.key(0).right;
    // Turning the left handle back from that right one does not give 0.7 exactly in doubles,
    // so a reader that always re-derived the left handle would change the curve.
    ASSERT_NE(-0.1 * (right.value / right.timeS), 0.7);

    const auto reread = curveFromJson(nlohmann::json::parse(curveToJson(curve).dump()), "curve", focalRule());
    ASSERT_TRUE(reread.ok()) << reread.error().describe();
    EXPECT_EQ(reread->key(0).left, (Handle{-0.1, 0.7}));
    EXPECT_EQ(reread->key(0).right, right);
    EXPECT_TRUE(reread.value() == curve);
}

TEST(CurveJson, AlignedKeyWithHandlesOutOfLineTakesTheRightHandlesSlope)
{
    // Hand-edited: right slope 0.5 / 0.5 = 1; the left handle keeps its 0.25 s and gets slope 1.
    const auto curve = curveFrom(R"({"extrapolation": "constant", "keys": [
        {"timeFlicks": 0, "value": 35, "interpolation": "bezier", "handleType": "aligned",
         "left": [-0.25, 3], "right": [0.5, 0.5]}]})");
    ASSERT_TRUE(curve.ok()) << curve.error().describe();
    EXPECT_EQ(curve->key(0).left, (Handle{-0.25, -0.25}));
    EXPECT_EQ(curve->key(0).right, (Handle{0.5, 0.5}));
}

TEST(CurveJson, CustomEasingIsWrittenAsControlPoints)
{
    const auto curve = curveFrom(R"({"extrapolation": "constant", "keys": [
        {"timeFlicks": 0, "value": 35, "interpolation": "eased", "handleType": "autoClamped",
         "easing": [0.42, 0, 0.58, 1]},
        {"timeFlicks": 1, "value": 36, "interpolation": "eased", "handleType": "autoClamped",
         "easing": [0.2, -0.5, 0.8, 1.5]}]})");
    ASSERT_TRUE(curve.ok()) << curve.error().describe();
    // [0.42, 0, 0.58, 1] is exactly ease-in-out, so it is written by name.
    const nlohmann::ordered_json out = curveToJson(curve.value());
    EXPECT_EQ(out["keys"][0]["easing"], "ease-in-out");
    EXPECT_EQ(out["keys"][1]["easing"].dump(), "[0.2,-0.5,0.8,1.5]");
}

TEST(CurveJson, RefusalsNameThePlace)
{
    struct Case {
        const char* text;
        const char* field;
        const char* message;
    };
    const Case cases[] = {
        {R"({"extrapolation": "cyclic", "keys": []})", "curve.extrapolation",
         "expected \"constant\" or \"linear\", got a string \"cyclic\""},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 1e9, "value": 35, "interpolation": "linear",
            "handleType": "auto"}]})",
         "curve.keys[0].timeFlicks", "expected a whole number of flicks (705600000 per second), got 1000000000.0"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 18446744073709551615, "value": 35,
            "interpolation": "linear", "handleType": "auto"}]})",
         "curve.keys[0].timeFlicks",
         "expected a key time within 1000000 s of zero (-705600000000000 to 705600000000000 flicks), "
         "got 18446744073709551615"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": -705600000000001, "value": 35,
            "interpolation": "linear", "handleType": "auto"}]})",
         "curve.keys[0].timeFlicks", "got -705600000000001"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 2000.5, "interpolation": "linear",
            "handleType": "auto"}]})",
         "curve.keys[0].value", "expected a number of millimetres between 1 and 2000, got 2000.5"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": "35", "interpolation": "linear",
            "handleType": "auto"}]})",
         "curve.keys[0].value", "expected a number of millimetres, got a string \"35\""},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 35, "interpolation": "bezier",
            "handleType": "free", "left": [0, 0], "right": [0, 1]}]})",
         "curve.keys[0].right", "vertical tangent"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 35, "interpolation": "bezier",
            "handleType": "free", "left": [-1, 0], "right": [1]}]})",
         "curve.keys[0].right", "expected a handle [time offset in seconds, value offset], got an array of 1"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 35, "interpolation": "eased",
            "handleType": "auto", "easing": [0, 1, 0.5, 1]}]})",
         "curve.keys[0].easing[1]", "vertical"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 35, "interpolation": "eased",
            "handleType": "auto", "easing": {"x1": 0}}]})",
         "curve.keys[0].easing", "expected an easing name such as \"ease-in-out\" or [x1, y1, x2, y2], got an object"},
        {R"({"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 35, "interpolation": "linear",
            "handleType": "auto", "tangent": 0}]})",
         "curve.keys[0].tangent", "unknown key 'tangent'"},
        {R"({"extrapolation": "constant"})", "curve.keys", "missing (required in a curve)"},
    };
    for (const Case& c : cases) {
        const auto curve = curveFrom(c.text);
        ASSERT_FALSE(curve.ok()) << c.text;
        EXPECT_EQ(curve.error().field, c.field) << curve.error().describe();
        EXPECT_NE(curve.error().message.find(c.message), std::string::npos) << curve.error().describe();
    }
}

// --- rails -------------------------------------------------------------------------

TEST(RailJson, TwoPointCatmullRomIsTheStraightTrack)
{
    const auto rail = railFromJson(nlohmann::json::parse(R"({"kind": "catmullRom", "pointsM": [[0, 0, 0], [3, 0, 4]]})"),
                                   "rail");
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    ASSERT_NE(rail->built, nullptr);
    EXPECT_NEAR(rail->built->lengthM(), 5.0, 1e-9);   // the 3-4-5 triangle
    EXPECT_EQ(railToJson(rail.value()).dump(), R"({"kind":"catmullRom","pointsM":[[0.0,0.0,0.0],[3.0,0.0,4.0]]})");
}

TEST(RailJson, BezierRoundTripsAndRefusesARepeatedPoint)
{
    const char* text = R"({"kind":"bezier","points":[)"
                       R"({"positionM":[0.0,0.0,0.0],"inHandleM":[0.0,0.0,0.0],"outHandleM":[1.0,0.0,0.0]},)"
                       R"({"positionM":[2.0,0.0,0.0],"inHandleM":[-1.0,0.0,0.0],"outHandleM":[0.0,0.0,0.0]}]})";
    const auto rail = railFromJson(nlohmann::json::parse(text), "rail");
    ASSERT_TRUE(rail.ok()) << rail.error().describe();
    // All four control points lie on the x axis in order (0, 1, 1, 2): the segment runs straight, 2 m.
    EXPECT_NEAR(rail->built->lengthM(), 2.0, 1e-9);
    EXPECT_EQ(railToJson(rail.value()).dump(), text);

    std::string repeated = text;
    repeated.replace(repeated.find("[2.0,0.0,0.0]"), 13, "[0.0,0.0,0.0]");
    const auto refused = railFromJson(nlohmann::json::parse(repeated), "rail");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "rail.points[1]");
    EXPECT_NE(refused.error().message.find("same position as rail.points[0]"), std::string::npos)
        << refused.error().message;
}

// --- rigs --------------------------------------------------------------------------

TEST(RigJson, AbsentChannelsAreEmptyAndEmptyChannelsAreLeftOut)
{
    const auto rig = rigFrom("{}");
    ASSERT_TRUE(rig.ok()) << rig.error().describe();
    for (const RigChannelInfo& info : rigChannels())
        EXPECT_TRUE(rig->channel(info.channel).isEmpty()) << info.key;
    EXPECT_EQ(rigToJson(rig.value()).dump(),
              R"({"rail":null,"originM":[0.0,0.0,0.0],"headingDeg":0.0,"aim":"free","aimActor":null,)"
              R"("focusActor":null,"channels":{}})");
}

TEST(RigJson, ChannelsAreReadIntoTheirSlotsAndWrittenInChannelOrder)
{
    // Written in the file out of order; RigChannel order is dolly ... fStop.
    const auto rig = rigFrom(R"({"fStop": {"extrapolation": "constant", "keys": [
            {"timeFlicks": 0, "value": 5.6, "interpolation": "constant", "handleType": "autoClamped"}]},
        "dollyM": {"extrapolation": "linear", "keys": []}})");
    ASSERT_TRUE(rig.ok()) << rig.error().describe();
    EXPECT_EQ(rig->channel(RigChannel::FStop).key(0).value, 5.6);
    EXPECT_EQ(rig->channel(RigChannel::Dolly).extrapolation(), Extrapolation::Linear);
    const nlohmann::ordered_json channels = rigToJson(rig.value())["channels"];
    ASSERT_EQ(channels.size(), 2U);
    EXPECT_EQ(channels.begin().key(), "dollyM");
    EXPECT_EQ((++channels.begin()).key(), "fStop");
}

TEST(RigJson, ChannelRangesComeFromTheChannelTable)
{
    const auto fStop = rigFrom(R"({"fStop": {"extrapolation": "constant", "keys": [
        {"timeFlicks": 0, "value": 100, "interpolation": "constant", "handleType": "autoClamped"}]}})");
    ASSERT_FALSE(fStop.ok());
    EXPECT_EQ(fStop.error().describe(), "rig.channels.fStop.keys[0].value: expected a number between 0.5 and 64, got 100");

    const auto pedestal = rigFrom(R"({"pedestalM": {"extrapolation": "constant", "keys": [
        {"timeFlicks": 0, "value": -10.5, "interpolation": "constant", "handleType": "autoClamped"}]}})");
    ASSERT_FALSE(pedestal.ok());
    EXPECT_EQ(pedestal.error().describe(),
              "rig.channels.pedestalM.keys[0].value: expected a number of metres between -10 and 200, got -10.5");
}

TEST(RigJson, LookAtNeedsAnActorAndNamesAreNullOrNonEmpty)
{
    const auto lookAt = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "lookAtActor", "aimActor": null, "focusActor": null, "channels": {}})"),
                                    "shot.rig");
    ASSERT_FALSE(lookAt.ok());
    EXPECT_EQ(lookAt.error().field, "shot.rig.aimActor");

    const auto number = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "free", "aimActor": null, "focusActor": 7, "channels": {}})"),
                                    "shot.rig");
    ASSERT_FALSE(number.ok());
    EXPECT_EQ(number.error().describe(), "shot.rig.focusActor: expected null or a name, got 7");

    const auto named = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "lookAtActor", "aimActor": "Anna", "focusActor": "Ben", "channels": {}})"),
                                   "shot.rig");
    ASSERT_TRUE(named.ok()) << named.error().describe();
    EXPECT_EQ(named->aim, AimMode::LookAtActor);
    EXPECT_EQ(named->aimActor, "Anna");
    EXPECT_EQ(named->focusActor, "Ben");
}

TEST(RigJson, HoldFramingRoundTripsWithItsFractionAndOtherRigsKeepTheirKeys)
{
    const std::string text = R"({"rail":null,"originM":[0.0,0.0,0.0],"headingDeg":0.0,"aim":"holdFraming",)"
                             R"("aimActor":"Anna","holdFrameFraction":0.75,"focusActor":null,"channels":{}})";
    const auto held = rigFromJson(nlohmann::json::parse(text), "rig");
    ASSERT_TRUE(held.ok()) << held.error().describe();
    EXPECT_EQ(held->aim, AimMode::HoldFraming);
    EXPECT_EQ(held->aimActor, "Anna");
    EXPECT_EQ(held->holdFrameFraction, 0.75);
    EXPECT_EQ(rigToJson(*held).dump(), text);

    // The default fraction is written with hold framing, so the file says what the rig does.
    CameraRig defaultHeld = *held;
    defaultHeld.holdFrameFraction = 0.5;
    EXPECT_EQ(rigToJson(defaultHeld).dump(),
              R"({"rail":null,"originM":[0.0,0.0,0.0],"headingDeg":0.0,"aim":"holdFraming",)"
              R"("aimActor":"Anna","holdFrameFraction":0.5,"focusActor":null,"channels":{}})");

    // Other aims leave the key out at its default (files keep their bytes) and keep a set value.
    const auto free = rigFrom("{}");
    ASSERT_TRUE(free.ok()) << free.error().describe();
    EXPECT_EQ(free->holdFrameFraction, 0.5);
    EXPECT_EQ(rigToJson(*free).dump(), R"({"rail":null,"originM":[0.0,0.0,0.0],"headingDeg":0.0,"aim":"free",)"
                                       R"("aimActor":null,"focusActor":null,"channels":{}})");
    CameraRig freeKept = *free;
    freeKept.holdFrameFraction = 2.0;
    const auto again = rigFromJson(nlohmann::json::parse(rigToJson(freeKept).dump()), "rig");
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(*again, freeKept);
}

TEST(RigJson, HoldFramingNeedsAnActorAndAFractionInRange)
{
    const auto nobody = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "holdFraming", "aimActor": null, "focusActor": null, "channels": {}})"),
                                    "shot.rig");
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().describe(),
              "shot.rig.aimActor: expected the name of the actor to look at (\"aim\" is \"holdFraming\"), got null");

    const auto zero = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "holdFraming", "aimActor": "Anna", "holdFrameFraction": 0, "focusActor": null, "channels": {}})"),
                                  "shot.rig");
    ASSERT_FALSE(zero.ok());
    EXPECT_EQ(zero.error().describe(), "shot.rig.holdFrameFraction: expected a positive number, got 0");

    const auto tooMuch = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "holdFraming", "aimActor": "Anna", "holdFrameFraction": 50.5, "focusActor": null, "channels": {}})"),
                                     "shot.rig");
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_EQ(tooMuch.error().describe(), "shot.rig.holdFrameFraction: expected a hold frame fraction "
                                          "(stature / frame height) greater than 0 and at most 50, got 50.5");

    const auto text = rigFromJson(nlohmann::json::parse(R"({"rail": null, "originM": [0, 0, 0], "headingDeg": 0,
        "aim": "holdFraming", "aimActor": "Anna", "holdFrameFraction": "half", "focusActor": null, "channels": {}})"),
                                  "shot.rig");
    ASSERT_FALSE(text.ok());
    EXPECT_EQ(text.error().field, "shot.rig.holdFrameFraction");

    // checkCameraRig refuses the same for a rig built in code.
    CameraRig rig;
    rig.aim = AimMode::HoldFraming;
    rig.aimActor = "Anna";
    rig.holdFrameFraction = -0.5;
    const std::optional<Error> error = checkCameraRig(rig, "shot.rig");
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->field, "shot.rig.holdFrameFraction");
    rig.holdFrameFraction = 50.0;
    EXPECT_FALSE(checkCameraRig(rig, "shot.rig").has_value());
}
