// murnau-cli sample on hand-written projects (tests/cli/data). Expected values are worked by
// hand from the file's keys, the rig rules of core/rig/camera_rig.h and the optics of DOMAIN.md,
// never taken from the program's own output.
//
// linear_dolly.murnau, shot sh-0001 at 24 fps, 2 s (48 frames): a straight track from the origin
// along heading 0 (towards -Z), dolly keyed linearly 0 -> 3 m over 2 s, pedestal 1.6 m, free aim
// with pan keyed linearly 0 -> 10 deg, 50 mm at f/4 focused at 8.5 m, on a full-frame camera
// (36 x 24 mm) delivering 2:1 (used gate 36 x 18 mm). Anna (1.8 m) stands at (0, 0, -10) in front
// of the camera, Ben (1.8 m) at (0, 0, 5) behind it.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

const std::string kLinearDolly = std::string(MURNAU_CLI_TEST_DATA) + "/linear_dolly.murnau";
const std::string kBadActorHeight = std::string(MURNAU_CLI_TEST_DATA) + "/bad_actor_height.murnau";

constexpr double kTight = 1e-9;

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

double radians(double degreesValue)
{
    return degreesValue * std::numbers::pi / 180.0;
}

// The frame object with "frame" == `frame` in a shot's "frames".
nlohmann::json frameOf(const nlohmann::json& shot, int frame)
{
    for (const nlohmann::json& f : shot.at("frames")) {
        if (f.at("frame") == frame)
            return f;
    }
    ADD_FAILURE() << "no frame " << frame << " in " << shot.dump();
    return nlohmann::json::object();
}

TEST(CliSample, LinearDollyAtFrame24IsHalfwayAsKeyed)
{
    const nlohmann::json document = runCliJson({"sample", kLinearDolly, "--shot", "sh-0001", "--every", "24"});
    ASSERT_TRUE(document.is_object());
    EXPECT_EQ(document.at("fps"), "24");
    ASSERT_EQ(document.at("shots").size(), 1u);
    const nlohmann::json& shot = document.at("shots")[0];
    EXPECT_EQ(shot.at("id"), "sh-0001");
    EXPECT_FALSE(shot.contains("fps")) << "the shot runs at the project's rate";

    // 2 s at 24 fps = 48 frames (0..47); every 24th: 0, 24 and always the last, 47.
    std::vector<int> frames;
    for (const nlohmann::json& f : shot.at("frames"))
        frames.push_back(f.at("frame").get<int>());
    EXPECT_EQ(frames, (std::vector<int>{0, 24, 47}));

    const nlohmann::json f = frameOf(shot, 24);
    // Frame 24 starts at 24/24 = 1 s, labelled 00:00:01:00 (24 fps, non-drop).
    EXPECT_NEAR(f.at("seconds").get<double>(), 1.0, kTight);
    EXPECT_EQ(f.at("timecode"), "00:00:01:00");
    // Dolly linear 0 -> 3 m over 2 s: 1.5 m at 1 s, along heading 0 = -Z from the origin; the lens
    // rides the pedestal's 1.6 m above the track: (0, 1.6, -1.5).
    const nlohmann::json& position = f.at("position_m");
    ASSERT_EQ(position.size(), 3u);
    EXPECT_NEAR(position[0].get<double>(), 0.0, kTight);
    EXPECT_NEAR(position[1].get<double>(), 1.6, kTight);
    EXPECT_NEAR(position[2].get<double>(), -1.5, kTight);
    // Pan keyed linearly 0 -> 10 deg over 2 s: 5 deg at 1 s; tilt and roll not keyed.
    EXPECT_NEAR(f.at("pan_deg").get<double>(), 5.0, kTight);
    EXPECT_NEAR(f.at("tilt_deg").get<double>(), 0.0, kTight);
    EXPECT_NEAR(f.at("roll_deg").get<double>(), 0.0, kTight);
    EXPECT_NEAR(f.at("focal_mm").get<double>(), 50.0, kTight);
    EXPECT_NEAR(f.at("focus_m").get<double>(), 8.5, kTight);
    EXPECT_NEAR(f.at("fstop").get<double>(), 4.0, kTight);
    // 36 x 24 mm cropped to 2:1 uses 36 x min(24, 36 / 2) = 36 x 18 mm.
    // hfov = 2 atan(36 / 100) = 39.598 deg, vfov = 2 atan(18 / 100) = 20.407 deg.
    EXPECT_NEAR(f.at("hfov_deg").get<double>(), degrees(2.0 * std::atan(36.0 / (2.0 * 50.0))), kTight);
    EXPECT_NEAR(f.at("vfov_deg").get<double>(), degrees(2.0 * std::atan(18.0 / (2.0 * 50.0))), kTight);
    EXPECT_NEAR(f.at("hfov_deg").get<double>(), 39.598, 0.001);

    // Anna only: Ben's eyes are behind the lens.
    const nlohmann::json& actors = f.at("actors");
    ASSERT_EQ(actors.size(), 1u) << actors.dump();
    const nlohmann::json& anna = actors[0];
    EXPECT_EQ(anna.at("name"), "Anna");
    // Eyes at 0.936 x 1.8 = 1.6848 m (Drillis & Contini) above (0, 0, -10); the lens at (0, 1.6, -1.5).
    const double dy = 0.936 * 1.8 - 1.6;
    const double dz = -10.0 - -1.5;
    EXPECT_NEAR(anna.at("distance_m").get<double>(), std::hypot(dy, dz), kTight);
    // The lens axis at pan 5 deg, tilt 0 is (-sin 5, 0, -cos 5): the eyes lie 8.5 cos 5 deep, where
    // the frame is 18 mm x depth / 50 mm high; Anna fills 1.8 m of it.
    const double depthM = 8.5 * std::cos(radians(5.0));
    const double frameHeightM = 18.0 * depthM / 50.0;
    EXPECT_NEAR(anna.at("frame_fraction").get<double>(), 1.8 / frameHeightM, kTight);
    // frame height / stature = 1.69: the whole person fills between half and all of the frame, FS.
    EXPECT_EQ(anna.at("shot_size"), "FS");
}

TEST(CliSample, FirstAndLastFrames)
{
    const nlohmann::json document = runCliJson({"sample", kLinearDolly, "--shot", "sh-0001"});
    ASSERT_TRUE(document.is_object());
    const nlohmann::json& shot = document.at("shots")[0];
    ASSERT_EQ(shot.at("frames").size(), 48u);   // every frame by default
    const nlohmann::json first = frameOf(shot, 0);
    EXPECT_NEAR(first.at("position_m")[2].get<double>(), 0.0, kTight);
    EXPECT_NEAR(first.at("pan_deg").get<double>(), 0.0, kTight);
    EXPECT_EQ(first.at("timecode"), "00:00:00:00");
    // Frame 47 starts at 47/24 s: dolly 3 x 47/48 m, pan 10 x 47/48 deg.
    const nlohmann::json last = frameOf(shot, 47);
    EXPECT_NEAR(last.at("seconds").get<double>(), 47.0 / 24.0, kTight);
    EXPECT_EQ(last.at("timecode"), "00:00:01:23");
    EXPECT_NEAR(last.at("position_m")[2].get<double>(), -3.0 * 47.0 / 48.0, kTight);
    EXPECT_NEAR(last.at("pan_deg").get<double>(), 10.0 * 47.0 / 48.0, kTight);
}

TEST(CliSample, ShotAtAnotherRateHasItsFpsAndDropFrameTimecode)
{
    const nlohmann::json document = runCliJson({"sample", kLinearDolly, "--every", "1800"});
    ASSERT_TRUE(document.is_object());
    EXPECT_EQ(document.at("fps"), "24");
    ASSERT_EQ(document.at("shots").size(), 2u);
    EXPECT_EQ(document.at("shots")[0].at("id"), "sh-0001");
    EXPECT_EQ(document.at("shots")[0].at("frames").size(), 2u);   // frames 0 and 47
    const nlohmann::json& ntsc = document.at("shots")[1];
    EXPECT_EQ(ntsc.at("id"), "sh-0002");
    EXPECT_EQ(ntsc.at("fps"), "29.97");
    // 61 s at 30000/1001 fps: ceil(61 x 30000 / 1001) = 1829 frames; every 1800th: 0, 1800, and 1828.
    ASSERT_EQ(ntsc.at("frames").size(), 3u);
    // Drop-frame skips the labels ;00 and ;01 at minute 1: frame 1800 is 00:01:00;02, so 1828 is
    // 28 labels later, 00:01:00;30 -> 00:01:01;00.
    EXPECT_EQ(ntsc.at("frames")[0].at("timecode"), "00:00:00;00");
    EXPECT_EQ(ntsc.at("frames")[1].at("frame"), 1800);
    EXPECT_EQ(ntsc.at("frames")[1].at("timecode"), "00:01:00;02");
    EXPECT_NEAR(ntsc.at("frames")[1].at("seconds").get<double>(), 1800.0 * 1001.0 / 30000.0, kTight);
    EXPECT_EQ(ntsc.at("frames")[2].at("frame"), 1828);
    EXPECT_EQ(ntsc.at("frames")[2].at("timecode"), "00:01:01;00");
    // No channels keyed: the lens holds the channel defaults (camera_rig.h): 35 mm, 1.6 m up.
    EXPECT_NEAR(ntsc.at("frames")[2].at("focal_mm").get<double>(), 35.0, kTight);
    EXPECT_NEAR(ntsc.at("frames")[2].at("position_m")[1].get<double>(), 1.6, kTight);
}

TEST(CliSample, TextTableWithoutJson)
{
    const CliRun run = runCli({"sample", kLinearDolly, "--shot", "sh-0001", "--every", "24"});
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find("sh-0001"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("00:00:01:00"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("-1.500"), std::string::npos) << run.out;   // z of frame 24
    EXPECT_NE(run.out.find("Anna"), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find("Ben"), std::string::npos) << run.out;
    EXPECT_TRUE(nlohmann::json::parse(run.out, nullptr, false).is_discarded()) << "text mode printed JSON";
}

TEST(CliSample, HelpDocumentsOptionsAndAxes)
{
    const CliRun run = runCli({"sample", "--help"});
    EXPECT_EQ(run.exitStatus, 0);
    for (const char* word : {"PROJECT", "--shot", "--every", "--json", "drop-frame", "camera_state.h", "frame_fraction"})
        EXPECT_NE(run.out.find(word), std::string::npos) << word;
}

struct BadCase {
    std::vector<std::string> arguments;
    std::string prefix;     // the start of the stderr line
    std::string mentions;   // a word the message must contain
};

TEST(CliSample, BadInputExitsTwoNamingTheArgument)
{
    const std::vector<BadCase> cases{
        {{"sample"}, "murnau-cli: PROJECT: ", "required"},
        {{"sample", kLinearDolly, "extra"}, "murnau-cli: extra: ", "unexpected argument"},
        {{"sample", kLinearDolly, "--shot", "sh-9999"}, "murnau-cli: --shot: ", "sh-0001, sh-0002"},
        {{"sample", kLinearDolly, "--every", "0"}, "murnau-cli: --every: ", "got 0"},
        {{"sample", kLinearDolly, "--every", "2.5"}, "murnau-cli: --every: ", "got 2.5"},
        {{"sample", kLinearDolly, "--every"}, "murnau-cli: --every: ", "needs a value"},
        {{"sample", "/nonexistent/project.murnau"}, "murnau-cli: /nonexistent/project.murnau: ", "cannot open"},
        // The loader's own message, with the place in the file.
        {{"sample", kBadActorHeight}, "murnau-cli: actors[0].heightM: ", "-1.8"},
    };
    for (const BadCase& c : cases) {
        std::string command = "murnau-cli";
        for (const std::string& word : c.arguments)
            command += " " + word;
        const CliRun run = runCli(c.arguments);
        EXPECT_EQ(run.exitStatus, 2) << command;
        EXPECT_EQ(run.out, "") << command;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << command << "\n" << run.err;
        EXPECT_EQ(run.err.rfind(c.prefix, 0), 0u) << command << "\nstderr: " << run.err;
        EXPECT_NE(run.err.find(c.mentions), std::string::npos) << command << "\nstderr: " << run.err;
    }
}

} // namespace
} // namespace murnau::test
