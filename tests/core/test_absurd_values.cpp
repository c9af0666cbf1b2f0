// Absurd values through the core's doors, the project file and the edits (docs/input-ranges.md,
// "What was tried"): overflowing and denormal numbers, zero and negative sizes, focal lengths,
// f-numbers and durations, frame rates that do not exist, lists beyond the caps of
// project_rules.h (10,001 shots, 100,001 keys), a 10 km rail, 24-hour shots, long names and
// 100,000-deep nesting. Each is refused with its place and the range, or handled; none crashes.

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/edit/actor_edits.h"
#include "core/edit/edit.h"
#include "core/edit/scene_edits.h"
#include "core/motion/curve.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"
#include "core/scene/project_rules.h"
#include "core/scene/shot_evaluator.h"

using namespace murnau;
using Json = nlohmann::ordered_json;

namespace {

constexpr Flicks kSecond = kFlicksPerSecond;

// One shot of `seconds` on camera "A", free aim, straight track, no keys.
Json shotJson(const std::string& id, Flicks duration = 2 * kSecond)
{
    return Json{{"id", id},           {"number", "1"},      {"name", ""},          {"description", ""},
                {"setup", ""},        {"camera", "A"},      {"move", ""},          {"frameRate", "24"},
                {"durationFlicks", duration}, {"actionStartFlicks", 0}, {"cast", Json::array()},
                {"props", Json::array()}, {"equipment", Json::array()}, {"notes", ""}, {"status", "planned"},
                {"rig", Json{{"rail", nullptr}, {"originM", {0.0, 0.0, 0.0}}, {"headingDeg", 0.0}, {"aim", "free"},
                             {"aimActor", nullptr}, {"focusActor", nullptr}, {"channels", Json::object()}}}};
}

// A valid format-2 project: one box, one actor, camera "A", one scene with `shots` shots.
Json projectJson(std::size_t shots = 1)
{
    Json scene{{"number", "1"}, {"name", ""}, {"intExt", "INT"}, {"location", ""}, {"timeOfDay", ""},
               {"blocking", Json::array()}, {"shots", Json::array()}};
    for (std::size_t i = 0; i < shots; ++i)
        scene["shots"].push_back(shotJson("sh-" + std::to_string(i + 1)));
    return Json{
        {"format", "murnau-project"}, {"formatVersion", 2}, {"title", "Absurd"}, {"frameRate", "24"},
        {"displayUnits", "metric"},
        {"set", Json{{"name", "Stage"}, {"floorSizeM", {20.0, 20.0}}, {"floorColor", "#505050"},
                     {"pieces", Json::array({Json{{"name", "Box"}, {"shape", "box"}, {"positionM", {0.0, 0.0, -5.0}},
                                                  {"sizeM", {1.0, 1.0, 1.0}}, {"yawDeg", 0.0}, {"color", "#606468"}}})}}},
        {"actors", Json::array({Json{{"name", "Anna"}, {"heightM", 1.7}, {"build", "average"},
                                     {"positionM", {0.0, 0.0, -3.0}}, {"facingDeg", 0.0}, {"color", "#e5484d"}}})},
        {"cameras", Json::array({Json{{"name", "A"}, {"sensor", "super35"}, {"lensKit", nullptr},
                                      {"deliveryAspect", nullptr}, {"squeeze", 1.0}, {"cocMm", nullptr},
                                      {"positionM", {0.0, 1.6, 0.0}}, {"panDeg", 0.0}, {"tiltDeg", 0.0},
                                      {"rollDeg", 0.0}, {"focalLengthMm", 35.0}, {"focusDistanceM", 5.0},
                                      {"fStop", 2.8}}})},
        {"scenes", Json::array({scene})},
    };
}

// The project's text with the value at `pointer` written as the raw text `literal` (JSON
// documents cannot hold 1e999 or -0 as such, so the literal is spliced into the text).
std::string withLiteral(Json document, const std::string& pointer, const std::string& literal)
{
    const std::string marker = "@@ABSURD@@";
    document[Json::json_pointer(pointer)] = marker;
    std::string text = document.dump(2);
    text.replace(text.find('"' + marker + '"'), marker.size() + 2, literal);
    return text;
}

// Parses `text`; the test fails unless it is refused at `field` with a message containing `words`.
void expectRefused(const std::string& text, const std::string& field, const std::string& words)
{
    const Result<Project> project = parseProject(text);
    ASSERT_FALSE(project) << "accepted: " << field << " " << words;
    EXPECT_EQ(project.error().field, field) << project.error().describe();
    EXPECT_NE(project.error().message.find(words), std::string::npos) << project.error().describe();
}

Project loaded(const Json& document)
{
    Result<Project> project = parseProject(document.dump());
    EXPECT_TRUE(project) << project.error().describe();
    return project ? std::move(project).value() : Project{};
}

// -- numbers a file can spell -------------------------------------------------------------------

TEST(AbsurdFileNumbers, OverflowingExponentsAreRefusedAtTheirPlace)
{
    const Json document = projectJson();
    for (const std::string literal : {"1e999", "-1e999", "1e400", "123456789e999999999"}) {
        const Result<Project> project = parseProject(withLiteral(document, "/cameras/0/focalLengthMm", literal));
        ASSERT_FALSE(project) << literal;
        EXPECT_EQ(project.error().field, "cameras[0].focalLengthMm") << literal;
        EXPECT_NE(project.error().message.find("number overflow"), std::string::npos) << project.error().describe();
    }
}

TEST(AbsurdFileNumbers, ZeroNegativeZeroAndDenormalLensValuesAreRefusedWithTheRange)
{
    // Zero and below are "not positive"; above zero but outside the range, the range is named
    // (project_rules.h: kFocalLength 1 to 2000 mm, kFStop 0.5 to 64, kFocusDistance 0.01 to 100000 m).
    const Json document = projectJson();
    for (const std::string literal : {"0", "-0", "-0.0", "-35"}) {
        expectRefused(withLiteral(document, "/cameras/0/focalLengthMm", literal), "cameras[0].focalLengthMm",
                      "expected a positive number of millimetres, got ");
    }
    for (const std::string literal : {"5e-324", "1e-308", "2001"}) {
        expectRefused(withLiteral(document, "/cameras/0/focalLengthMm", literal), "cameras[0].focalLengthMm",
                      "expected a focal length from 1 to 2000 mm, got " + literal);
    }
    for (const std::string literal : {"0", "-0", "-2.8"})
        expectRefused(withLiteral(document, "/cameras/0/fStop", literal), "cameras[0].fStop", "expected a positive number");
    for (const std::string literal : {"4.9e-324", "64.0000001"})
        expectRefused(withLiteral(document, "/cameras/0/fStop", literal), "cameras[0].fStop", "an f-number from 0.5 to 64");
    expectRefused(withLiteral(document, "/cameras/0/focusDistanceM", "-0"), "cameras[0].focusDistanceM",
                  "expected a positive number of metres");
}

TEST(AbsurdFileNumbers, ZeroAndNegativeSizesAreRefusedAndADenormalSizeIsHandled)
{
    const Json document = projectJson();
    for (const std::string literal : {"0", "-0", "-1", "10000.000001"})
        expectRefused(withLiteral(document, "/set/pieces/0/sizeM/1", literal), "set.pieces[0].sizeM[1]", "");
    // 5e-324 m is greater than 0: a size, if an absurd one. It loads, checks and saves like any other.
    const Result<Project> tiny = parseProject(withLiteral(document, "/set/pieces/0/sizeM/1", "5e-324"));
    ASSERT_TRUE(tiny) << tiny.error().describe();
    EXPECT_EQ(tiny->set.pieces[0].sizeM.y, std::numeric_limits<double>::denorm_min());
    EXPECT_FALSE(checkProject(*tiny));
    const Result<Project> again = parseProject(serializeProject(*tiny));
    ASSERT_TRUE(again) << again.error().describe();
    EXPECT_EQ(again->set.pieces[0].sizeM.y, std::numeric_limits<double>::denorm_min());
}

TEST(AbsurdFileNumbers, NegativeZeroAngleLoadsAsZero)
{
    const Result<Project> project = parseProject(withLiteral(projectJson(), "/set/pieces/0/yawDeg", "-0.0"));
    ASSERT_TRUE(project) << project.error().describe();
    EXPECT_EQ(project->set.pieces[0].yawDeg, 0.0);   // -0.0 == 0.0: the same orientation
}

TEST(AbsurdFileNumbers, ShotDurationsBeyondADayOrNotWholeFlicksAreRefused)
{
    const Json document = projectJson();
    const Flicks day = Flicks{24} * 3600 * kSecond;
    // Exactly 24 h loads.
    Json longest = document;
    longest["scenes"][0]["shots"][0]["durationFlicks"] = day;
    EXPECT_EQ(loaded(longest).scenes.at(0).shots.at(0).durationFlicks, day);
    const std::string field = "scenes[0].shots[0].durationFlicks";
    for (const std::string& literal : std::vector<std::string>{std::to_string(day + 1), "0", "-0", "-705600000",
                                                                "9223372036854775807", "9223372036854775808"}) {
        expectRefused(withLiteral(document, "/scenes/0/shots/0/durationFlicks", literal), field,
                      "expected a shot duration greater than 0 and at most 24 h (60963840000000 flicks)");
    }
    for (const std::string literal : {"1e30", "1411200000.5", "1e999"}) {
        const Result<Project> project = parseProject(withLiteral(document, "/scenes/0/shots/0/durationFlicks", literal));
        ASSERT_FALSE(project) << literal;
        EXPECT_EQ(project.error().field, field) << literal;
    }
}

TEST(AbsurdFileNumbers, FrameRatesThatDoNotExistAreRefused)
{
    for (const std::string rate : {"0", "-24", "1e9", "23.975", "24/0", "0/0", "-24000/-1001", "nan", "inf", ""}) {
        Json document = projectJson();
        document["scenes"][0]["shots"][0]["frameRate"] = rate;
        const Result<Project> project = parseProject(document.dump());
        ASSERT_FALSE(project) << rate;
        EXPECT_EQ(project.error().field, "scenes[0].shots[0].frameRate") << rate;
    }
    // An exact ratio that is a standard rate is that rate: 24000/1000 is 24 fps.
    Json document = projectJson();
    document["scenes"][0]["shots"][0]["frameRate"] = "24000/1000";
    EXPECT_EQ(loaded(document).scenes.at(0).shots.at(0).frameRate, (FrameRate{24, 1}));
}

TEST(AbsurdFileNumbers, ANameOneByteTooLongIsRefused)
{
    Json document = projectJson();
    document["actors"][0]["name"] = std::string(rules::kMaxNameBytes, 'a');
    EXPECT_EQ(loaded(document).actors.at(0).name.size(), rules::kMaxNameBytes);
    document["actors"][0]["name"] = std::string(rules::kMaxNameBytes + 1, 'a');
    expectRefused(document.dump(), "actors[0].name", "longer than 256 bytes");
}

TEST(AbsurdFileNumbers, HundredThousandDeepNestingIsRefusedWithoutExhaustingTheStack)
{
    for (const std::size_t depth : {100000U, 1000000U}) {
        const std::string text = "{\"format\": " + std::string(depth, '[') + std::string(depth, ']') + "}";
        const Result<Project> project = parseProject(text);
        ASSERT_FALSE(project) << depth;
        EXPECT_NE(project.error().message.find("nested more than 64 levels"), std::string::npos)
            << project.error().describe();
    }
}

// -- lists beyond their caps --------------------------------------------------------------------

TEST(AbsurdCounts, ShotsBeyondTheCapAreCountedAcrossScenesBeforeAnyShotIsRead)
{
    Json document = projectJson(rules::kMaxShots / 2);
    Json second = document["scenes"][0];
    second["shots"].clear();
    for (std::size_t i = 0; i < rules::kMaxShots / 2 + 1; ++i)
        second["shots"].push_back(shotJson("b-" + std::to_string(i)));
    document["scenes"].push_back(second);
    const std::optional<Error> error = rules::countProblemIn(nlohmann::json::parse(document.dump()));
    ASSERT_TRUE(error);
    EXPECT_EQ(error->field, "scenes[1].shots");
    EXPECT_EQ(error->message,
              "a project holds at most 10000 shots, got 10001 (counting the shots of scenes[0] to scenes[1])");
    expectRefused(document.dump(), "scenes[1].shots", "a project holds at most 10000 shots, got 10001");

    // One fewer is exactly the cap: it loads.
    document["scenes"][1]["shots"].erase(document["scenes"][1]["shots"].size() - 1);
    EXPECT_FALSE(rules::countProblemIn(nlohmann::json::parse(document.dump())));
    EXPECT_EQ(loaded(document).scenes.size(), 2U);
}

TEST(AbsurdCounts, AMillionShotProjectIsRefusedByItsSize)
{
    // A million minimal shots are ~330 MB of JSON: the 64 MiB limit refuses it before parsing.
    const std::string one = shotJson("sh-1000000").dump();
    const std::size_t bytes = one.size() * 1000000;
    EXPECT_GT(bytes, std::size_t{64} * 1024 * 1024);
    const std::string text(std::size_t{64} * 1024 * 1024 + 1, ' ');
    const Result<Project> project = parseProject(text);
    ASSERT_FALSE(project);
    EXPECT_NE(project.error().message.find("projects are limited to 64.0 MiB"), std::string::npos)
        << project.error().describe();
}

TEST(AbsurdCounts, OtherListsBeyondTheirCapsAreRefusedByName)
{
    Json actors = projectJson();
    for (std::size_t i = 1; i <= rules::kMaxActors; ++i) {
        Json actor = actors["actors"][0];
        actor["name"] = "Extra " + std::to_string(i);
        actors["actors"].push_back(actor);
    }
    expectRefused(actors.dump(), "actors", "a project holds at most 1000 actors, got 1001");

    Json keys = projectJson();
    Json curve{{"extrapolation", "constant"}, {"keys", Json::array()}};
    for (std::size_t i = 0; i <= rules::kMaxCurveKeys; ++i) {
        curve["keys"].push_back(Json{{"timeFlicks", static_cast<Flicks>(i) * 1000}, {"value", 1.0},
                                     {"interpolation", "linear"}, {"handleType", "autoClamped"}});
    }
    keys["scenes"][0]["shots"][0]["rig"]["channels"]["dollyM"] = curve;
    expectRefused(keys.dump(), "scenes[0].shots[0].rig.channels.dollyM.keys",
                  "a curve holds at most 100000 keys, got 100001");

    Json rail = projectJson();
    Json points = Json::array();
    for (std::size_t i = 0; i <= rules::kMaxRailPoints; ++i)
        points.push_back({static_cast<double>(i), 0.0, 0.0});
    rail["scenes"][0]["shots"][0]["rig"]["rail"] = Json{{"kind", "catmullRom"}, {"pointsM", points}};
    expectRefused(rail.dump(), "scenes[0].shots[0].rig.rail.pointsM", "a rail holds at most 10000 points, got 10001");
}

TEST(AbsurdCounts, ACurveAtTheKeyCapLoadsWithTheSameHandlesAsOneBuiltKeyByKey)
{
    // Reading inserts keys one at a time; each insertion updates only its neighbours' auto handles
    // (it used to recompute all of them: 100,000 keys took minutes). The result must equal a curve
    // built in a scrambled order, where every insertion lands between existing keys.
    Json document = projectJson();
    Json curve{{"extrapolation", "linear"}, {"keys", Json::array()}};
    std::vector<Keyframe> keys;
    const std::size_t count = rules::kMaxCurveKeys;
    for (std::size_t i = 0; i < count; ++i) {
        Keyframe key;
        key.time = static_cast<Flicks>(i) * 1000;
        key.value = static_cast<double>((i * 7919) % 1000) / 100.0;   // a jagged curve: extremes everywhere
        key.interpolation = Interpolation::Bezier;
        key.handleType = i % 3 == 0 ? HandleType::Auto : HandleType::AutoClamped;
        keys.push_back(key);
        curve["keys"].push_back(Json{{"timeFlicks", key.time}, {"value", key.value}, {"interpolation", "bezier"},
                                     {"handleType", i % 3 == 0 ? "auto" : "autoClamped"}});
    }
    document["scenes"][0]["shots"][0]["durationFlicks"] = static_cast<Flicks>(count) * 1000;
    document["scenes"][0]["shots"][0]["rig"]["channels"]["dollyM"] = curve;
    const Project project = loaded(document);
    const Curve& read = project.scenes.at(0).shots.at(0).rig.channel(RigChannel::Dolly);
    ASSERT_EQ(read.keyCount(), count);

    // The first 5,000 keys inserted out of order (each lands between keys already there) give the
    // handles of the same keys inserted in order, and the read curve's handles on the keys inside.
    const std::size_t part = 5000;
    Curve scrambled;
    scrambled.setExtrapolation(Extrapolation::Linear);
    const std::size_t stride = 7;   // coprime with `part`: every key once, out of order
    for (std::size_t i = 0, at = 0; i < part; ++i, at = (at + stride) % part)
        ASSERT_TRUE(scrambled.insertKey(keys[at]));
    ASSERT_EQ(scrambled.keyCount(), part);
    for (std::size_t i = 0; i + 1 < part; ++i) {   // the last key's right neighbour differs
        ASSERT_EQ(read.key(i).left, scrambled.key(i).left) << i;
        ASSERT_EQ(read.key(i).right, scrambled.key(i).right) << i;
    }
}

TEST(AbsurdCounts, EditsRefuseToPassTheCaps)
{
    Project project = loaded(projectJson(1));
    Scene& scene = project.scenes.at(0);
    const Shot first = scene.shots.at(0);
    for (std::size_t i = 1; i < rules::kMaxShots; ++i) {
        Shot copy = first;
        copy.id = "sh-" + std::to_string(i + 1);
        scene.shots.push_back(copy);
    }
    EXPECT_FALSE(checkProject(project));   // exactly the cap

    Shot another = first;
    another.id.clear();
    const Result<Edit> added = addShot(project, 0, 0, another);
    ASSERT_FALSE(added);
    EXPECT_EQ(added.error().describe(), "scenes: a project holds at most 10000 shots; it has 10000");
    EXPECT_FALSE(duplicateShot(project, "sh-1"));
    EXPECT_FALSE(duplicateScene(project, 0));

    project.scenes.at(0).shots.push_back(another);
    project.scenes.at(0).shots.back().id = "sh-10001";
    const std::optional<Error> over = checkProject(project);
    ASSERT_TRUE(over);
    EXPECT_EQ(over->field, "scenes[0].shots");

    Project crowd = loaded(projectJson());
    for (std::size_t i = 1; i < rules::kMaxActors; ++i) {
        Actor extra = crowd.actors.at(0);
        extra.name = "Extra " + std::to_string(i);
        crowd.actors.push_back(extra);
    }
    Actor one = crowd.actors.at(0);
    one.name = "One too many";
    const Result<Edit> actor = addActor(crowd, one);
    ASSERT_FALSE(actor);
    EXPECT_EQ(actor.error().describe(), "actors: a project holds at most 1000 actors; it has 1000");
}

TEST(AbsurdCounts, AHugeShotNumberDoesNotWrapTheNextIdIntoADuplicate)
{
    Json document = projectJson(2);
    document["scenes"][0]["shots"][0]["id"] = "sh-18446744073709551615";   // 2^64 - 1
    document["scenes"][0]["shots"][1]["id"] = "sh-0000";
    Project project = loaded(document);
    const Result<Edit> duplicated = duplicateShot(project, "sh-0000");
    ASSERT_TRUE(duplicated) << duplicated.error().describe();
    ASSERT_TRUE(applyEdit(project, *duplicated));
    EXPECT_EQ(project.scenes.at(0).shots.at(2).id, "sh-0001");
    EXPECT_FALSE(checkProject(project));   // ids still unique: the project can be saved
}

// -- a 10 km rail and a day-long shot -----------------------------------------------------------

TEST(AbsurdRig, ATenKilometreRailRunsToItsEnd)
{
    Json document = projectJson();
    Json& shot = document["scenes"][0]["shots"][0];
    const Flicks day = Flicks{24} * 3600 * kSecond;
    shot["durationFlicks"] = day;
    shot["rig"]["rail"] = Json{{"kind", "catmullRom"}, {"pointsM", {{0.0, 0.0, 0.0}, {10000.0, 0.0, 0.0}}}};
    shot["rig"]["channels"]["dollyM"] = Json{
        {"extrapolation", "constant"},
        {"keys", Json::array({Json{{"timeFlicks", 0}, {"value", 0.0}, {"interpolation", "linear"}, {"handleType", "autoClamped"}},
                              Json{{"timeFlicks", day}, {"value", 10000.0}, {"interpolation", "linear"}, {"handleType", "autoClamped"}}})}};
    const Project project = loaded(document);
    const Scene& scene = project.scenes.at(0);
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, scene.shots.at(0));
    ASSERT_TRUE(evaluator) << evaluator.error().describe();
    EXPECT_EQ(evaluator->frameCount(), 24 * 3600 * 24);   // 2,073,600 frames at 24 fps
    // Halfway through the day the dolly is 5 km along; at the end, 10 km (the pedestal holds 1.6 m).
    EXPECT_NEAR(evaluator->sampleAt(day / 2).camera.positionM.x, 5000.0, 1e-6);
    EXPECT_NEAR(evaluator->sampleAt(day).camera.positionM.x, 10000.0, 1e-6);
    EXPECT_NEAR(evaluator->sampleAt(day).camera.positionM.y, 1.6, 1e-9);

    // A point beyond the file's coordinate range (100 km) is refused at its place.
    shot["rig"]["rail"]["pointsM"][1] = {100000.5, 0.0, 0.0};
    expectRefused(document.dump(), "scenes[0].shots[0].rig.rail.pointsM[1][0]", "a coordinate from -100000 to 100000 m");
    // And a dolly key beyond 10 km along the track.
    shot["rig"]["rail"]["pointsM"][1] = {10000.0, 0.0, 0.0};
    shot["rig"]["channels"]["dollyM"]["keys"][1]["value"] = 10000.5;
    expectRefused(document.dump(), "scenes[0].shots[0].rig.channels.dollyM.keys[1].value", "10000");
}

} // namespace
