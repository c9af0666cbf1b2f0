// Scenes in the .murnau file: a project with blocking, shots, rails and every channel and
// interpolation kind survives save and load unchanged (Project ==) and byte for byte; the
// hand-written tests/core/data/valid/scenes.murnau reads as written; every file of
// tests/core/data/malformed-scenes/ is refused naming the exact place.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include <gtest/gtest.h>

#include "core/scene/project_json.h"

using namespace murnau;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(MURNAU_SOURCE_DIR) / "tests/core/data";

std::string readFile(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

Project baseProject()
{
    auto project = loadProject(kData / "valid/minimal.murnau");
    EXPECT_TRUE(project.ok()) << project.error().describe();
    return project.ok() ? project.value() : Project{};
}

Keyframe key(double seconds, double value, Interpolation interpolation, HandleType handleType)
{
    Keyframe k;
    k.time = static_cast<Flicks>(seconds * static_cast<double>(kFlicksPerSecond));
    k.value = value;
    k.interpolation = interpolation;
    k.handleType = handleType;
    return k;
}

void insert(Curve& curve, const Keyframe& k)
{
    const auto inserted = curve.insertKey(k);
    ASSERT_TRUE(inserted.ok()) << inserted.error().describe();
}

Mark mark(std::string name, glm::dvec3 positionM, double facingDeg, double arriveS, double leaveS,
          std::vector<glm::dvec3> viaM = {})
{
    Mark m;
    m.name = std::move(name);
    m.positionM = positionM;
    m.facingDeg = facingDeg;
    m.arriveAt = static_cast<Flicks>(arriveS * static_cast<double>(kFlicksPerSecond));
    m.leaveAt = static_cast<Flicks>(leaveS * static_cast<double>(kFlicksPerSecond));
    m.viaM = std::move(viaM);
    return m;
}

// A rig with a key in every channel and every interpolation, handle type and easing kind.
CameraRig everyChannelRig()
{
    CameraRig rig;
    auto rail = makeCatmullRomPath({{0.0, 0.0, 6.0}, {1.0, 0.0, 4.0}, {1.5, 0.0, 2.5}, {1.0 / 3.0, 0.0, 1.0}});
    EXPECT_TRUE(rail.ok());
    rig.rail = rail.value();
    rig.aim = AimMode::LookAtActor;
    rig.aimActor = "Anna";
    rig.focusActor = "Ben";

    const Interpolation kinds[] = {Interpolation::Constant, Interpolation::Linear, Interpolation::Bezier,
                                   Interpolation::Eased};
    const HandleType types[] = {HandleType::Free, HandleType::Aligned, HandleType::Auto, HandleType::AutoClamped};
    for (const RigChannelInfo& info : rigChannels()) {
        Curve& curve = rig.channel(info.channel);
        const double base = std::clamp(info.defaultValue, info.minValue + 1.0, info.maxValue - 10.0);
        for (int i = 0; i < 4; ++i) {
            Keyframe k = key(0.5 * i, base + 0.1 * i * i, kinds[i], types[(i + static_cast<int>(info.channel)) % 4]);
            k.left = {-0.2, -0.05};
            k.right = {0.2 + 0.1 * i, 0.05};
            k.easing = Easing::fromPreset(EasingPreset::EaseOut);
            insert(curve, k);
        }
    }
    // A custom easing (not a preset) and a key that is not eased but remembers its easing.
    Keyframe custom = key(3.0, 40.0, Interpolation::Eased, HandleType::AutoClamped);
    custom.easing = Easing::cubicBezier(0.1, 0.7, 0.3, 1.0).value();
    insert(rig.channel(RigChannel::FocalLength), custom);
    Keyframe remembering = key(4.0, 50.0, Interpolation::Bezier, HandleType::AutoClamped);
    remembering.easing = Easing::fromPreset(EasingPreset::EaseIn);
    insert(rig.channel(RigChannel::FocalLength), remembering);
    rig.channel(RigChannel::Pan).setExtrapolation(Extrapolation::Linear);
    return rig;
}

Project projectWithScenes()
{
    Project project = baseProject();
    Scene scene;
    scene.number = "12A";
    scene.name = "Anna and Ben cross the stage";
    scene.intExt = IntExt::IntExt;
    scene.location = "STAGE";
    scene.timeOfDay = "DUSK";
    auto anna = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 0.0, 0.0, 1.0),
                                           mark("B", {2.0, 0.0, -3.0}, 90.0, 4.0, 5.5, {{1.0, 0.0, -1.0}, {1.5, 0.0, -2.2}}),
                                           mark("door", {4.0, 0.0, -3.0}, -90.0, 7.0, 7.0)});
    EXPECT_TRUE(anna.ok()) << anna.error().describe();
    auto ben = makeActorBlocking("Ben", {mark("B1", {1.0, 0.0, -2.0}, 0.1, -2.0, -2.0)});
    EXPECT_TRUE(ben.ok()) << ben.error().describe();
    scene.blocking = {anna.value(), ben.value()};

    Shot first;
    first.id = "sh-0001";
    first.number = "1";
    first.name = "Push in on Anna";
    first.description = "The camera glides in.\nAnna turns at B.\tThen she leaves.";
    first.setup = "A1";
    first.camera = "A";
    first.move = "pushin";
    first.frameRate = FrameRate{24000, 1001};
    first.durationFlicks = 7 * kFlicksPerSecond + 29'429'400;   // 7 s and one frame at 23.976
    first.actionStart = -kFlicksPerSecond / 2;
    first.rig = everyChannelRig();
    first.cast = {"Anna", "Ben"};
    first.props = {"crate", "lamp"};
    first.equipment = {"dolly + 16 ft curved track"};
    first.notes = "Line 1\nLine 2";
    first.status = ShotStatus::Approved;

    Shot second;
    second.id = "sh-0002";
    second.number = "1B";
    second.camera = "A";
    second.status = ShotStatus::Omitted;
    auto bezierRail = makeBezierPath({BezierRailPoint{{-3.0, 0.0, 2.0}, {0.0, 0.0, 0.0}, {1.0, 0.0, 0.25}},
                                      BezierRailPoint{{0.0, 0.0, 3.0}, {-1.0, 0.0, -0.1}, {0.0, 0.0, 0.0}}});
    EXPECT_TRUE(bezierRail.ok());
    second.rig.rail = bezierRail.value();
    second.rig.aimActor = "Chloe";   // remembered while the aim is free
    second.rig.channel(RigChannel::Tilt).setExtrapolation(Extrapolation::Linear);   // empty but not default

    Shot third;
    third.id = "sh-0003";
    third.number = "2";
    third.camera = "A";
    third.rig.originM = {6.0, 0.0, 4.0};
    third.rig.headingDeg = 450.0;
    third.status = ShotStatus::Shot;

    scene.shots = {first, second, third};

    Scene empty;
    empty.number = "13";
    empty.intExt = IntExt::Ext;

    project.scenes = {scene, empty};
    return project;
}

} // namespace

// --- round trips -------------------------------------------------------------------

TEST(SceneJsonRoundTrip, ProjectEqualsItsReparsedSelf)
{
    const Project project = projectWithScenes();
    const auto parsed = parseProject(serializeProject(project));
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    EXPECT_TRUE(parsed.value() == project);
    // Spot checks that equality compared real content.
    ASSERT_EQ(parsed->scenes.size(), 2U);
    const Scene& scene = parsed->scenes[0];
    ASSERT_EQ(scene.blocking.size(), 2U);
    ASSERT_EQ(scene.blocking[0].marks[1].viaM.size(), 2U);
    EXPECT_EQ(scene.blocking[0].marks[1].viaM[1], (glm::dvec3{1.5, 0.0, -2.2}));
    ASSERT_EQ(scene.blocking[0].walks.size(), 2U);
    EXPECT_NE(scene.blocking[0].walks[0], nullptr);   // the walk paths are rebuilt
    EXPECT_EQ(scene.shots[0].description, "The camera glides in.\nAnna turns at B.\tThen she leaves.");
    EXPECT_EQ(scene.shots[0].actionStart, -352'800'000);
    EXPECT_EQ(scene.shots[0].durationFlicks, 4'968'629'400);   // 7 x 705,600,000 + 29,429,400
    ASSERT_TRUE(scene.shots[0].rig.rail.has_value());
    EXPECT_NE(scene.shots[0].rig.rail->built, nullptr);
    EXPECT_EQ(scene.shots[0].rig.rail->pointsM[3].x, 1.0 / 3.0);
    EXPECT_EQ(scene.shots[1].rig.rail->kind, RailKind::Bezier);
    EXPECT_EQ(scene.shots[1].rig.channel(RigChannel::Tilt).extrapolation(), Extrapolation::Linear);
    EXPECT_EQ(scene.shots[2].rig.headingDeg, 450.0);
    EXPECT_EQ(parsed->scenes[1].intExt, IntExt::Ext);
}

TEST(SceneJsonRoundTrip, SaveLoadSaveIsByteIdentical)
{
    const fs::path dir = fs::temp_directory_path() / ("murnau-scene-json-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const Project project = projectWithScenes();
    ASSERT_TRUE(saveProject(project, dir / "first.murnau").ok());
    const auto loaded = loadProject(dir / "first.murnau");
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    ASSERT_TRUE(saveProject(loaded.value(), dir / "second.murnau").ok());
    const std::string first = readFile(dir / "first.murnau");
    EXPECT_EQ(first, readFile(dir / "second.murnau"));
    EXPECT_EQ(first, serializeProject(project));
    fs::remove_all(dir);
}

TEST(SceneJsonRoundTrip, WritesTheDocumentedLayout)
{
    const std::string text = serializeProject(projectWithScenes());
    // Times as exact flicks: 5.5 s = 5.5 x 705,600,000.
    EXPECT_NE(text.find("\"leaveAtFlicks\": 3880800000,"), std::string::npos);
    EXPECT_NE(text.find("\"frameRate\": \"23.976\",\n          \"durationFlicks\": 4968629400,"), std::string::npos);
    EXPECT_NE(text.find("\"intExt\": \"INT/EXT\""), std::string::npos);
    EXPECT_NE(text.find("\"status\": \"approved\""), std::string::npos);
    EXPECT_NE(text.find("\"description\": \"The camera glides in.\\nAnna turns at B.\\tThen she leaves.\""),
              std::string::npos);
    // "None" is null; a straight track is a null rail.
    EXPECT_NE(text.find("\"rail\": null,\n            \"originM\": [6.0, 0.0, 4.0],\n            \"headingDeg\": 450.0,"
                        "\n            \"aim\": \"free\",\n            \"aimActor\": null,\n            \"focusActor\": null,"
                        "\n            \"channels\": {}"),
              std::string::npos)
        << text;
    // The remembered aim actor of a free-aimed rig is kept.
    EXPECT_NE(text.find("\"aim\": \"free\",\n            \"aimActor\": \"Chloe\","), std::string::npos);
    // An empty channel is left out unless its extrapolation is not the default.
    EXPECT_NE(text.find("\"channels\": {\n              \"tiltDeg\": {\n                \"extrapolation\": \"linear\",\n"
                        "                \"keys\": []\n              }\n            }"),
              std::string::npos);
    // Easings: presets by name, others as control points.
    EXPECT_NE(text.find("\"easing\": [0.1, 0.7, 0.3, 1.0]"), std::string::npos);
    EXPECT_NE(text.find("\"easing\": \"ease-out\""), std::string::npos);
    EXPECT_NE(text.find("\"interpolation\": \"bezier\",\n                    \"handleType\": \"autoClamped\",\n"
                        "                    \"easing\": \"ease-in\""),
              std::string::npos);
    // Handles only for free and aligned keys.
    EXPECT_NE(text.find("\"handleType\": \"free\",\n                    \"left\": [-0.2, -0.05],"), std::string::npos);
    EXPECT_EQ(text.find("\"handleType\": \"auto\",\n                    \"left\""), std::string::npos);
    EXPECT_EQ(text.find("\"handleType\": \"autoClamped\",\n                    \"left\""), std::string::npos);
}

// --- the hand-written valid file -----------------------------------------------------

TEST(SceneJsonValidFile, ReadsAsWritten)
{
    const auto project = loadProject(kData / "valid/scenes.murnau");
    ASSERT_TRUE(project.ok()) << project.error().describe();
    ASSERT_EQ(project->scenes.size(), 1U);
    const Scene& scene = project->scenes[0];
    EXPECT_EQ(scene.number, "12A");
    EXPECT_EQ(scene.intExt, IntExt::IntExt);
    EXPECT_EQ(scene.timeOfDay, "DAY");

    ASSERT_EQ(scene.blocking.size(), 2U);
    const ActorBlocking& anna = scene.blocking[0];
    ASSERT_EQ(anna.marks.size(), 3U);
    EXPECT_EQ(anna.marks[1].name, "B");
    EXPECT_EQ(anna.marks[1].arriveAt, 4 * kFlicksPerSecond);   // 2822400000
    EXPECT_EQ(anna.marks[1].leaveAt, 5 * kFlicksPerSecond);    // 3528000000
    ASSERT_EQ(anna.marks[1].viaM.size(), 2U);
    EXPECT_EQ(anna.marks[1].viaM[0], (glm::dvec3{1.0, 0.0, -1.0}));
    EXPECT_EQ(anna.marks[2].arriveAt, 7 * kFlicksPerSecond);   // 4939200000
    // Anna is on mark B between arriving and leaving.
    const ActorPose onB = evaluateBlocking(anna, 4 * kFlicksPerSecond + kFlicksPerSecond / 2);
    EXPECT_FALSE(onB.walking);
    EXPECT_EQ(onB.positionM, (glm::dvec3{2.0, 0.0, -3.0}));
    EXPECT_EQ(onB.facingDeg, 90.0);

    ASSERT_EQ(scene.shots.size(), 3U);
    const Shot& pushIn = scene.shots[0];
    EXPECT_EQ(pushIn.id, "sh-0001");
    EXPECT_EQ(pushIn.description, "The camera glides in on its rail.\nAnna turns at B.");
    EXPECT_EQ(pushIn.durationFlicks, 6 * kFlicksPerSecond);   // 4233600000
    EXPECT_EQ(pushIn.cast, (std::vector<std::string>{"Anna", "Ben"}));
    ASSERT_TRUE(pushIn.rig.rail.has_value());
    EXPECT_EQ(pushIn.rig.rail->kind, RailKind::CatmullRom);
    EXPECT_EQ(pushIn.rig.rail->pointsM.size(), 3U);
    EXPECT_EQ(pushIn.rig.aim, AimMode::LookAtActor);

    const Curve& dolly = pushIn.rig.channel(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 3U);
    EXPECT_EQ(dolly.key(0).handleType, HandleType::Free);
    EXPECT_EQ(dolly.key(0).left, (Handle{-0.5, 0.0}));
    EXPECT_EQ(dolly.key(0).right, (Handle{1.0, 0.0}));
    EXPECT_EQ(dolly.key(1).time, 3 * kFlicksPerSecond);   // 2116800000
    EXPECT_EQ(dolly.key(1).handleType, HandleType::Aligned);
    EXPECT_EQ(dolly.key(1).left, (Handle{-0.25, -0.125}));
    EXPECT_EQ(dolly.key(1).right, (Handle{0.5, 0.25}));

    // Pedestal: linear 1.2 m -> 1.6 m over 6 s, then linear extrapolation at 0.4/6 m/s.
    const Curve& pedestal = pushIn.rig.channel(RigChannel::Pedestal);
    EXPECT_EQ(pedestal.extrapolation(), Extrapolation::Linear);
    EXPECT_NEAR(pedestal.valueAt(3 * kFlicksPerSecond), 1.4, 1e-12);
    EXPECT_NEAR(pedestal.valueAt(9 * kFlicksPerSecond), 1.8, 1e-12);

    // Pan: eased 0 -> 5 degrees with ease-in-out, symmetric, so halfway in time is halfway in value.
    const Curve& pan = pushIn.rig.channel(RigChannel::Pan);
    ASSERT_EQ(pan.keyCount(), 3U);
    EXPECT_EQ(pan.key(0).easing, Easing::fromPreset(EasingPreset::EaseInOut));
    EXPECT_NEAR(pan.valueAt(2 * kFlicksPerSecond), 2.5, 1e-9);
    EXPECT_EQ(pan.key(1).easing.x1(), 0.1);
    EXPECT_EQ(pan.key(1).easing.y2(), 1.0);
    EXPECT_TRUE(pushIn.rig.channel(RigChannel::Truck).isEmpty());

    const Shot& truck = scene.shots[1];
    EXPECT_EQ(truck.frameRate, (FrameRate{24000, 1001}));
    EXPECT_EQ(truck.actionStart, 2 * kFlicksPerSecond);   // 1411200000
    EXPECT_EQ(truck.status, ShotStatus::Approved);
    ASSERT_TRUE(truck.rig.rail.has_value());
    EXPECT_EQ(truck.rig.rail->kind, RailKind::Bezier);
    ASSERT_EQ(truck.rig.rail->bezierPoints.size(), 2U);
    EXPECT_EQ(truck.rig.rail->bezierPoints[1].inHandleM, (glm::dvec3{-1.0, 0.0, 0.0}));
    EXPECT_TRUE(truck.rig.aimActor.empty());
    EXPECT_EQ(truck.rig.focusActor, "Ben");
    // Dolly: linear 0 -> 3 m over 4 s.
    EXPECT_NEAR(truck.rig.channel(RigChannel::Dolly).valueAt(kFlicksPerSecond), 0.75, 1e-12);

    const Shot& zoom = scene.shots[2];
    EXPECT_FALSE(zoom.rig.rail.has_value());
    EXPECT_EQ(zoom.rig.originM, (glm::dvec3{6.0, 0.0, 4.0}));
    EXPECT_EQ(zoom.rig.headingDeg, 90.0);
    EXPECT_EQ(zoom.status, ShotStatus::Shot);
    // Focal length: smoothstep 35 -> 85 mm over 4 s; at 1 s, x = 1/4: 3x^2 - 2x^3 = 5/32.
    EXPECT_NEAR(zoom.rig.channel(RigChannel::FocalLength).valueAt(kFlicksPerSecond), 35.0 + 50.0 * 5.0 / 32.0, 1e-9);
    EXPECT_EQ(zoom.rig.channel(RigChannel::FStop).key(0).value, 4.0);
}

TEST(SceneJsonValidFile, IsStoredInTheCanonicalLayout)
{
    const auto project = loadProject(kData / "valid/scenes.murnau");
    ASSERT_TRUE(project.ok()) << project.error().describe();
    EXPECT_EQ(serializeProject(project.value()), readFile(kData / "valid/scenes.murnau"));
}

TEST(SceneJsonValidFile, LenientKeywordsAreReadAndWrittenCanonically)
{
    std::string text = readFile(kData / "valid/scenes.murnau");
    text.replace(text.find("\"INT/EXT\""), 9, "\"i/e\"");
    text.replace(text.find("\"approved\""), 10, "\" Approved \"");
    const auto project = parseProject(text);
    ASSERT_TRUE(project.ok()) << project.error().describe();
    EXPECT_EQ(project->scenes[0].intExt, IntExt::IntExt);
    EXPECT_EQ(project->scenes[0].shots[1].status, ShotStatus::Approved);
    EXPECT_EQ(serializeProject(project.value()), readFile(kData / "valid/scenes.murnau"));
}

TEST(SceneJsonReferences, RenamingAnActorWithoutItsReferencesCannotBeSaved)
{
    Project project = projectWithScenes();
    project.actors[1].name = "Benjamin";   // Ben is blocked, cast, and followed by focus
    const fs::path path = fs::temp_directory_path() / ("murnau-rename-" + std::to_string(::getpid()) + ".murnau");
    const auto saved = saveProject(project, path);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().field, "scenes[0].blocking[1].actor");
    EXPECT_NE(saved.error().message.find("unknown actor 'Ben'"), std::string::npos) << saved.error().message;
    EXPECT_FALSE(fs::exists(path));
}

// --- malformed files ---------------------------------------------------------------

struct MalformedSceneCase {
    const char* file;          // in tests/core/data/malformed-scenes/
    const char* field;         // the exact field path the error must name
    const char* messagePart;   // a part of the message that must appear
};

class SceneJsonMalformed : public ::testing::TestWithParam<MalformedSceneCase> {};

TEST_P(SceneJsonMalformed, IsRefusedNamingThePlace)
{
    const MalformedSceneCase& c = GetParam();
    const auto project = loadProject(kData / "malformed-scenes" / c.file);
    ASSERT_FALSE(project.ok()) << c.file << " loaded";
    EXPECT_EQ(project.error().field, c.field) << project.error().describe();
    EXPECT_NE(project.error().message.find(c.messagePart), std::string::npos) << project.error().describe();
}

constexpr MalformedSceneCase kMalformedScenes[] = {
    {"focal_length_negative.murnau", "scenes[0].shots[2].rig.channels.focalLengthMm.keys[1].value",
     "expected a number of millimetres between 1 and 2000, got -35"},
    {"heading_out_of_range.murnau", "scenes[0].shots[2].rig.headingDeg",
     "expected a track heading from -36000 to 36000 degrees, got 90000.0"},
    {"unknown_blocking_actor.murnau", "scenes[0].blocking[1].actor",
     "unknown actor 'Zed'; the project's actors are Anna, Ben, Chloe"},
    {"unknown_cast_actor.murnau", "scenes[0].shots[0].cast[1]", "unknown actor 'Benn'"},
    {"unknown_aim_actor.murnau", "scenes[0].shots[0].rig.aimActor", "unknown actor 'Anne'"},
    {"unknown_focus_actor.murnau", "scenes[0].shots[1].rig.focusActor", "unknown actor 'Dev'"},
    {"unknown_camera.murnau", "scenes[0].shots[1].camera", "unknown camera 'B'; the project's cameras are A"},
    {"duplicate_shot_id.murnau", "scenes[0].shots[2].id", "duplicate shot id 'sh-0001' (also scenes[0].shots[0].id)"},
    {"zero_duration.murnau", "scenes[0].shots[0].durationFlicks",
     "expected a shot duration greater than 0 and at most 24 h (60963840000000 flicks), got 0"},
    {"duration_over_a_day.murnau", "scenes[0].shots[1].durationFlicks",
     "at most 24 h (60963840000000 flicks), got 60963840000001"},
    {"action_start_out_of_range.murnau", "scenes[0].shots[2].actionStartFlicks", "got 705600000000001"},
    {"keys_out_of_order.murnau", "scenes[0].shots[0].rig.channels.panDeg.keys[2].timeFlicks",
     "2116800000 flicks is before keys[1] at 2822400000 flicks; keys must be in time order"},
    {"duplicate_key_time.murnau", "scenes[0].shots[1].rig.channels.dollyM.keys[1].timeFlicks",
     "the same time as keys[0] (0 flicks); two keys cannot share a time"},
    {"rail_repeated_point.murnau", "scenes[0].shots[0].rig.rail.pointsM[2]",
     "same position as scenes[0].shots[0].rig.rail.pointsM[1]"},
    {"rail_one_point.murnau", "scenes[0].shots[0].rig.rail.pointsM", "a rail needs at least 2 points, got 1"},
    {"unknown_rail_kind.murnau", "scenes[0].shots[1].rig.rail.kind", "expected \"catmullRom\" or \"bezier\""},
    {"bezier_point_without_handle.murnau", "scenes[0].shots[1].rig.rail.points[1].outHandleM", "missing"},
    {"blocking_without_marks.murnau", "scenes[0].blocking[1].marks", "needs at least one mark"},
    {"leave_before_arrival.murnau", "scenes[0].blocking[0].marks[1].leaveAtFlicks",
     "cannot leave a mark before arriving at it"},
    {"arrival_before_leaving.murnau", "scenes[0].blocking[0].marks[2].arriveAtFlicks",
     "is not after leaving marks[1] at 3528000000 flicks; a walk takes time"},
    {"time_not_whole.murnau", "scenes[0].blocking[0].marks[1].arriveAtFlicks",
     "expected a whole number of flicks (705600000 per second), got 2822400000.5"},
    {"actor_blocked_twice.murnau", "scenes[0].blocking[1].actor", "'Anna' already has blocking in scenes[0].blocking[0]"},
    {"actor_cast_twice.murnau", "scenes[0].shots[0].cast[1]", "'Anna' is already in the cast (cast[0])"},
    {"free_key_without_handle.murnau", "scenes[0].shots[0].rig.channels.dollyM.keys[0].right",
     "missing (required for a free key)"},
    {"auto_key_with_handle.murnau", "scenes[0].shots[0].rig.channels.pedestalM.keys[0].left",
     "an auto key's handles are computed, not stored"},
    {"left_handle_after_key.murnau", "scenes[0].shots[0].rig.channels.dollyM.keys[1].left",
     "the left handle must not lie after its key"},
    {"unknown_easing.murnau", "scenes[0].shots[0].rig.channels.panDeg.keys[0].easing", "unknown easing \"ease-sideways\""},
    {"easing_out_of_unit_square.murnau", "scenes[0].shots[0].rig.channels.panDeg.keys[1].easing[0]",
     "must be a number from 0 to 1"},
    {"unknown_interpolation.murnau", "scenes[0].shots[2].rig.channels.focalLengthMm.keys[0].interpolation",
     "expected \"constant\", \"linear\", \"bezier\" or \"eased\", got a string \"smooth\""},
    {"unknown_channel.murnau", "scenes[0].shots[1].rig.channels.tiltDegree", "unknown key 'tiltDegree'"},
    {"look_at_nobody.murnau", "scenes[0].shots[0].rig.aimActor", "the name of the actor to look at"},
    {"hold_fraction_zero.murnau", "scenes[0].shots[0].rig.holdFrameFraction", "expected a positive number, got 0.0"},
    {"empty_focus_actor.murnau", "scenes[0].shots[1].rig.focusActor", "write null for none"},
    {"unknown_status.murnau", "scenes[0].shots[1].status", "unknown shot status \"maybe\""},
    {"unknown_int_ext.murnau", "scenes[0].intExt", "unknown scene heading \"OUTSIDE\""},
    {"control_character_in_shot_name.murnau", "scenes[0].shots[0].name", "control characters"},
    {"misspelt_rig.murnau", "scenes[0].shots[2].rigg", "unknown key 'rigg'; did you mean 'rig'?"},
    {"no_scenes_key.murnau", "scenes", "missing (required in a project)"},
};

INSTANTIATE_TEST_SUITE_P(Corpus, SceneJsonMalformed, ::testing::ValuesIn(kMalformedScenes),
                         [](const ::testing::TestParamInfo<MalformedSceneCase>& caseInfo) {
                             std::string name = caseInfo.param.file;
                             name = name.substr(0, name.find('.'));
                             name.erase(std::remove(name.begin(), name.end(), '_'), name.end());
                             return name;
                         });

TEST(SceneJsonMalformedCorpus, EveryFileIsCoveredAndTheBaseIsValid)
{
    // The corpus files are one-change variants of valid/scenes.murnau as it was in format 1 (they
    // are read through the migration to format 2); the base must load.
    const auto base = loadProject(kData / "valid/scenes.murnau");
    ASSERT_TRUE(base.ok()) << base.error().describe();
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(kData / "malformed-scenes"))
        files.push_back(entry.path().filename().string());
    std::vector<std::string> covered;
    for (const MalformedSceneCase& c : kMalformedScenes)
        covered.emplace_back(c.file);
    std::sort(files.begin(), files.end());
    std::sort(covered.begin(), covered.end());
    EXPECT_EQ(files, covered);
}
