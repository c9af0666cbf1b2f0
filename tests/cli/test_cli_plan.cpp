// murnau-cli plan: each move is written to a project file, then read back with `sample` (and
// the file itself), and checked against the optics of DOMAIN.md worked by hand.
//
// Common set-up of these tests: a custom 36 x 24 mm gate (full gate), a 50 mm lens, a subject
// 1.8 m tall standing at the origin facing -Z, so the camera stands in front of them towards -Z
// with the lens at their eye height (0.936 x 1.8 m, Drillis & Contini) looking at their eyes.
// A shot size with nominal v visible statures (frame height / stature) is framed at
//   d = v H f / h                (H stature, f focal length, h gate height)
// with the nominal v of core/optics/shot_size.h, each a body landmark of Drillis & Contini:
//   CU  v = 1 - neck = 1 - (chin 0.870 + shoulder 0.818) / 2 = 0.156   -> d = 0.585 m
//   MCU v = 1 - chest 0.720 = 0.28                                     -> d = 1.05 m
//   MS  v = 1 - waist 0.630 = 0.37                                     -> d = 1.3875 m
//   WS  v = 3 (the person fills a third of the frame)                  -> d = 11.25 m
// and since the eyes lie on the lens axis, the subject fills 1 / v of the frame at that size.

#include <gtest/gtest.h>

#include <stdlib.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

const std::string kLinearDolly = std::string(MURNAU_CLI_TEST_DATA) + "/linear_dolly.murnau";

constexpr double kTight = 1e-9;
constexpr double kStatureM = 1.8;
constexpr double kFocalMm = 50.0;
constexpr double kGateHeightMm = 24.0;
constexpr double kEyeHeightM = 0.936 * kStatureM;
constexpr double kVisibleCu = 1.0 - (0.870 + 0.818) / 2.0;
constexpr double kVisibleMcu = 1.0 - 0.720;
constexpr double kVisibleMs = 1.0 - 0.630;
constexpr double kVisibleWs = 3.0;

// d = v H f / h.
constexpr double distanceForM(double visibleStatures)
{
    return visibleStatures * kStatureM * kFocalMm / kGateHeightMm;
}

const std::vector<std::string> kCamera{"--sensor", "36x24", "--focal", "50", "--subject-height", "1.8",
                                       "--fps",    "24",    "--duration", "2"};

// A fresh directory for the files a test writes, removed afterwards.
class CliPlan : public testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "murnau-cli-plan-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_directory = pattern;
    }
    void TearDown() override
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }

    [[nodiscard]] std::string path(const std::string& name) const { return (m_directory / name).string(); }

    // Runs "plan <move> -o <file> <kCamera> <extra>" and returns its JSON.
    nlohmann::json plan(const std::string& move, const std::string& file, const std::vector<std::string>& extra,
                        bool withCamera = true)
    {
        std::vector<std::string> words{"plan", move, "-o", file};
        if (withCamera)
            words.insert(words.end(), kCamera.begin(), kCamera.end());
        words.insert(words.end(), extra.begin(), extra.end());
        return runCliJson(words);
    }

    std::filesystem::path m_directory;
};

nlohmann::json readJsonFile(const std::string& file)
{
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    const nlohmann::json document = nlohmann::json::parse(text.str(), nullptr, false);
    EXPECT_FALSE(document.is_discarded()) << file;
    return document;
}

// The one actor framed in a sampled frame.
nlohmann::json onlyActor(const nlohmann::json& frame)
{
    const nlohmann::json& actors = frame.at("actors");
    EXPECT_EQ(actors.size(), 1u) << frame.dump();
    return actors.empty() ? nlohmann::json::object({{"distance_m", 0.0}, {"frame_fraction", 0.0}}) : actors[0];
}

double distanceAt(const nlohmann::json& frame)
{
    return onlyActor(frame).at("distance_m").get<double>();
}

double fractionAt(const nlohmann::json& frame)
{
    return onlyActor(frame).at("frame_fraction").get<double>();
}

TEST_F(CliPlan, TrackOutFromCloseUpToWideShot)
{
    const std::string file = path("trackout.murnau");
    const nlohmann::json planned = plan("trackout", file, {"--from", "CU", "--to", "WS", "--timing", "constant"});
    ASSERT_TRUE(planned.is_object());
    EXPECT_EQ(planned.at("project"), file);
    ASSERT_EQ(planned.at("shots").size(), 1u);
    const double startM = distanceForM(kVisibleCu);   // 0.585 m
    const double endM = distanceForM(kVisibleWs);     // 11.25 m
    EXPECT_NEAR(planned.at("shots")[0].at("start_distance_m").get<double>(), startM, 1e-9);
    EXPECT_NEAR(planned.at("shots")[0].at("end_distance_m").get<double>(), endM, 1e-9);

    // The file: the dolly runs from 0 to the distance between the ends, 10.665 m, over the 2 s.
    const nlohmann::json project = readJsonFile(file);
    const nlohmann::json& shot = project.at("scenes")[0].at("shots")[0];
    EXPECT_EQ(shot.at("move"), "trackout");
    EXPECT_EQ(shot.at("durationFlicks"), 2 * 705600000LL);
    const nlohmann::json& dolly = shot.at("rig").at("channels").at("dollyM").at("keys");
    ASSERT_GE(dolly.size(), 2u);
    EXPECT_EQ(dolly.front().at("timeFlicks"), 0);
    EXPECT_NEAR(dolly.front().at("value").get<double>(), 0.0, kTight);
    EXPECT_EQ(dolly.back().at("timeFlicks"), 2 * 705600000LL);
    EXPECT_NEAR(dolly.back().at("value").get<double>(), endM - startM, 1e-9);

    // Sampled: 48 frames at constant speed, so frame k is at d1 + (d2 - d1) k / 48.
    const nlohmann::json sampled = runCliJson({"sample", file});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    ASSERT_EQ(frames.size(), 48u);
    for (const int k : {0, 12, 24, 47}) {
        const double expectedM = startM + (endM - startM) * k / 48.0;
        EXPECT_NEAR(distanceAt(frames[k]), expectedM, 1e-9) << "frame " << k;
        // The eyes on the lens axis: the subject fills H / (h d / f) of the frame.
        EXPECT_NEAR(fractionAt(frames[k]), kStatureM * kFocalMm / (kGateHeightMm * expectedM), 1e-9) << "frame " << k;
        EXPECT_NEAR(frames[k].at("focal_mm").get<double>(), kFocalMm, kTight);
    }
    EXPECT_NEAR(fractionAt(frames[0]), 1.0 / kVisibleCu, 1e-9);
    EXPECT_EQ(onlyActor(frames[0]).at("shot_size"), "CU");
    EXPECT_EQ(onlyActor(frames[47]).at("shot_size"), "WS");
    // The lens at eye height in front of the subject (towards -Z), the first frame at d1.
    EXPECT_NEAR(frames[0].at("position_m")[0].get<double>(), 0.0, 1e-9);
    EXPECT_NEAR(frames[0].at("position_m")[1].get<double>(), kEyeHeightM, 1e-9);
    EXPECT_NEAR(frames[0].at("position_m")[2].get<double>(), -startM, 1e-9);
}

TEST_F(CliPlan, CompareWritesTwoShotsWithEqualFraming)
{
    const std::string file = path("compare.murnau");
    const nlohmann::json planned = plan("compare", file, {});   // MCU to FS, eased
    ASSERT_TRUE(planned.is_object());
    ASSERT_EQ(planned.at("shots").size(), 2u);
    const std::string trackId = planned.at("shots")[0].at("id");
    const std::string zoomId = planned.at("shots")[1].at("id");
    EXPECT_NE(trackId, zoomId);

    const nlohmann::json sampled = runCliJson({"sample", file});
    ASSERT_TRUE(sampled.is_object());
    ASSERT_EQ(sampled.at("shots").size(), 2u);
    const nlohmann::json& track = sampled.at("shots")[0].at("frames");
    const nlohmann::json& zoom = sampled.at("shots")[1].at("frames");
    ASSERT_EQ(track.size(), zoom.size());
    ASSERT_EQ(track.size(), 48u);
    // Both start at MCU: the subject fills 1 / 0.28 of the frame (the frame shows part of them).
    EXPECT_NEAR(fractionAt(track[0]), 1.0 / kVisibleMcu, 1e-9);
    EXPECT_NEAR(fractionAt(zoom[0]), 1.0 / kVisibleMcu, 1e-9);
    // ... and match on every frame to the last: the zoom's f / d1 equals the track's f1 / d.
    for (std::size_t k = 0; k < track.size(); ++k)
        EXPECT_NEAR(fractionAt(zoom[k]) / fractionAt(track[k]), 1.0, 1e-9) << "frame " << k;
    EXPECT_LT(fractionAt(track.back()), 1.0 / 1.2 * 1.05);   // near FS (v = 1.2) at the end

    // The track keeps 50 mm and travels; the zoom stands at the track's start and zooms out.
    EXPECT_NEAR(track.back().at("focal_mm").get<double>(), kFocalMm, kTight);
    for (int axis = 0; axis < 3; ++axis)
        EXPECT_NEAR(zoom.back().at("position_m")[axis].get<double>(), track[0].at("position_m")[axis].get<double>(),
                    1e-9);
    EXPECT_NEAR(distanceAt(zoom[0]), distanceForM(kVisibleMcu), 1e-9);
    EXPECT_LT(zoom.back().at("focal_mm").get<double>(), kFocalMm);
}

TEST_F(CliPlan, DollyZoomHoldsTheFrameFraction)
{
    const std::string file = path("dollyzoom.murnau");
    const nlohmann::json planned = plan("dollyzoom", file, {"--from", "MCU", "--to", "4"});
    ASSERT_TRUE(planned.is_object());
    // d1 = 1.05 m at 50 mm; the end at 4 m needs f2 = 50 x 4 / 1.05 mm.
    EXPECT_NEAR(planned.at("shots")[0].at("end_focal_mm").get<double>(), kFocalMm * 4.0 / distanceForM(kVisibleMcu),
                1e-9);

    const nlohmann::json sampled = runCliJson({"sample", file, "--every", "4"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    ASSERT_EQ(frames.size(), 13u);   // 0, 4, ..., 44 and 47
    EXPECT_NEAR(distanceAt(frames[0]), distanceForM(kVisibleMcu), 1e-9);
    for (const nlohmann::json& frame : frames) {
        EXPECT_NEAR(fractionAt(frame), 1.0 / kVisibleMcu, 1e-9) << frame.dump();
        // f / d constant: f = 50 mm x d / d1.
        EXPECT_NEAR(frame.at("focal_mm").get<double>(), kFocalMm * distanceAt(frame) / distanceForM(kVisibleMcu),
                    1e-9);
    }
    EXPECT_GT(distanceAt(frames.back()), 3.9);   // most of the way to 4 m on the last frame
}

TEST_F(CliPlan, FollowRetreatsAtWalkingPace)
{
    const std::string file = path("follow.murnau");
    const nlohmann::json planned = plan("follow", file, {"--from", "MS", "--walk-speed", "1.2"});
    ASSERT_TRUE(planned.is_object());
    const nlohmann::json sampled = runCliJson({"sample", file, "--every", "24"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    ASSERT_EQ(frames.size(), 3u);   // 0, 24, 47
    // The actor walks towards the lens and the camera retreats at the same 1.2 m/s: the MS distance
    // holds, and in the 1 s from frame 0 to frame 24 the lens moves 1.2 m towards -Z.
    for (const nlohmann::json& frame : frames) {
        EXPECT_NEAR(distanceAt(frame), distanceForM(kVisibleMs), 1e-9) << frame.dump();
        EXPECT_NEAR(fractionAt(frame), 1.0 / kVisibleMs, 1e-9) << frame.dump();
    }
    EXPECT_NEAR(frames[1].at("position_m")[2].get<double>() - frames[0].at("position_m")[2].get<double>(), -1.2, 1e-9);
    EXPECT_NEAR(frames[1].at("position_m")[0].get<double>() - frames[0].at("position_m")[0].get<double>(), 0.0, 1e-9);
    // The walk is in the new scene's blocking.
    const nlohmann::json project = readJsonFile(file);
    EXPECT_EQ(project.at("scenes")[0].at("blocking").size(), 1u);
}

TEST_F(CliPlan, OrbitKeepsTheRadius)
{
    const std::string file = path("orbit.murnau");
    const nlohmann::json planned = plan("orbit", file, {"--radius", "3", "--sweep", "90"});
    ASSERT_TRUE(planned.is_object());
    const nlohmann::json sampled = runCliJson({"sample", file, "--every", "8"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    // The first position: 3 m in front of the subject (towards -Z), at eye height.
    EXPECT_NEAR(frames[0].at("position_m")[0].get<double>(), 0.0, 1e-9);
    EXPECT_NEAR(frames[0].at("position_m")[1].get<double>(), kEyeHeightM, 1e-9);
    EXPECT_NEAR(frames[0].at("position_m")[2].get<double>(), -3.0, 1e-9);
    // A Bezier quarter circle in two 45 degree pieces errs by at most 4.2e-6 of the radius.
    for (const nlohmann::json& frame : frames)
        EXPECT_NEAR(distanceAt(frame), 3.0, 3.0 * 5e-6) << frame.dump();
    // + 90 degrees, counter-clockwise seen from above: the camera travels to its right (it looks at +Z,
    // so its right is -X), from (0, -3) in x, z round to (-3, 0).
    EXPECT_LT(frames.back().at("position_m")[0].get<double>(), -2.0);
}

TEST_F(CliPlan, PullBackGrowsTheDistanceGeometrically)
{
    const std::string file = path("pullback.murnau");
    const nlohmann::json planned = plan("pullback", file, {"--from", "CU", "--to", "WS", "--timing", "constant"});
    ASSERT_TRUE(planned.is_object());
    const nlohmann::json sampled = runCliJson({"sample", file, "--every", "24"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    const double startM = distanceForM(kVisibleCu);
    const double endM = distanceForM(kVisibleWs);
    // d(t) = d1 (d2 / d1)^(t / T): halfway in time is the geometric mean.
    EXPECT_NEAR(distanceAt(frames[0]), startM, 1e-9);
    EXPECT_NEAR(distanceAt(frames[1]), std::sqrt(startM * endM), 1e-9);
    EXPECT_NEAR(distanceAt(frames[2]), startM * std::pow(endM / startM, 47.0 / 48.0), 1e-9);
}

TEST_F(CliPlan, ZoomOutStandsAndZooms)
{
    const std::string file = path("zoomout.murnau");
    const nlohmann::json planned = plan("zoomout", file, {"--from", "CU", "--to", "WS", "--timing", "constant"});
    ASSERT_TRUE(planned.is_object());
    // From CU at 50 mm (d = 0.585 m), WS needs f2 = h d / (v H) = 24 x 0.585 / (3 x 1.8) = 2.6 mm.
    const double endFocalMm = kGateHeightMm * distanceForM(kVisibleCu) / (kVisibleWs * kStatureM);
    EXPECT_NEAR(planned.at("shots")[0].at("end_focal_mm").get<double>(), endFocalMm, 1e-9);
    const nlohmann::json sampled = runCliJson({"sample", file, "--every", "24"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    // Constant speed: halfway through, halfway between the focal lengths; the camera does not move.
    EXPECT_NEAR(frames[1].at("focal_mm").get<double>(), (kFocalMm + endFocalMm) / 2.0, 1e-9);
    EXPECT_NEAR(distanceAt(frames[1]), distanceForM(kVisibleCu), 1e-9);
    EXPECT_NEAR(fractionAt(frames[1]),
                kStatureM * (kFocalMm + endFocalMm) / 2.0 / (kGateHeightMm * distanceForM(kVisibleCu)), 1e-9);
}

TEST_F(CliPlan, StartsFromAnExistingSet)
{
    const std::string file = path("onset.murnau");
    const nlohmann::json planned = runCliJson({"plan", "trackout", "-o", file, "--set", kLinearDolly, "--subject",
                                               "Anna", "--sensor", "36x24", "--focal", "50"});
    ASSERT_TRUE(planned.is_object());
    // The set's two shots keep their ids; its camera A keeps its name.
    EXPECT_EQ(planned.at("shots")[0].at("id"), "sh-0003");
    EXPECT_EQ(planned.at("camera"), "B");
    EXPECT_EQ(planned.at("scene"), "3");

    const nlohmann::json project = readJsonFile(file);
    EXPECT_EQ(project.at("title"), "Linear dolly (CLI test)");
    EXPECT_EQ(project.at("actors").size(), 2u);
    EXPECT_EQ(project.at("cameras").size(), 2u);
    ASSERT_EQ(project.at("scenes").size(), 3u);
    EXPECT_EQ(project.at("scenes")[0].at("shots")[0].at("id"), "sh-0001");

    // Anna, 1.8 m at (0, 0, -10) facing +Z: the camera stands 0.585 m (CU) in front of her.
    const nlohmann::json sampled = runCliJson({"sample", file, "--shot", "sh-0003", "--every", "100"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& first = sampled.at("shots")[0].at("frames")[0];
    EXPECT_NEAR(first.at("position_m")[2].get<double>(), -10.0 + distanceForM(kVisibleCu), 1e-9);
    EXPECT_NEAR(first.at("position_m")[1].get<double>(), kEyeHeightM, 1e-9);
    bool sawAnna = false;
    for (const nlohmann::json& actor : first.at("actors")) {
        if (actor.at("name") == "Anna") {
            sawAnna = true;
            EXPECT_NEAR(actor.at("distance_m").get<double>(), distanceForM(kVisibleCu), 1e-9);
        }
    }
    EXPECT_TRUE(sawAnna) << first.dump();
}

TEST_F(CliPlan, TextOutputNamesTheFile)
{
    const std::string file = path("text.murnau");
    const CliRun run = runCli({"plan", "trackout", "-o", file});
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_NE(run.out.find(file), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Track out"), std::string::npos) << run.out;
    EXPECT_TRUE(std::filesystem::exists(file));
}

TEST_F(CliPlan, HelpDocumentsEveryOption)
{
    const CliRun run = runCli({"plan", "--help"});
    EXPECT_EQ(run.exitStatus, 0);
    for (const char* word : {"trackout", "zoomout", "compare", "dollyzoom", "follow", "orbit", "pullback", "-o",
                             "--set", "--subject", "--subject-height", "--camera", "--sensor", "--aspect", "--squeeze",
                             "--focal", "--fstop", "--duration", "--fps", "--timing", "--ramp", "--from", "--to",
                             "--to-focal", "--walk-speed", "--run-up", "--radius", "--sweep", "--rise", "--json"})
        EXPECT_NE(run.out.find(word), std::string::npos) << word;
}

struct BadCase {
    std::vector<std::string> arguments;   // after "plan"; OUT stands for the output file
    std::string prefix;                   // the start of the stderr line
    std::string mentions;                 // a word the message must contain
};

TEST_F(CliPlan, BadOptionsExitTwoNamingTheOption)
{
    const std::vector<BadCase> cases{
        {{}, "murnau-cli: MOVE: ", "trackout"},
        {{"spiral", "-o", "OUT"}, "murnau-cli: spiral: ", "unknown move"},
        {{"trackout"}, "murnau-cli: -o: ", "required"},
        {{"trackout", "-o"}, "murnau-cli: -o: ", "needs a value"},
        {{"trackout", "-o", "OUT", "--sweep", "90"}, "murnau-cli: --sweep: ", "orbit"},
        {{"trackout", "-o", "OUT", "--walk-speed", "1"}, "murnau-cli: --walk-speed: ", "follow"},
        {{"trackout", "-o", "OUT", "--from", "huge"}, "murnau-cli: --from: ", "got huge"},
        {{"trackout", "-o", "OUT", "--from", "-2"}, "murnau-cli: --from: ", "got -2"},
        {{"trackout", "-o", "OUT", "--from", "CU", "--to", "CU"}, "murnau-cli: --to: ", ""},
        {{"trackout", "-o", "OUT", "--timing", "fast"}, "murnau-cli: --timing: ", "got fast"},
        {{"trackout", "-o", "OUT", "--ramp", "1"}, "murnau-cli: --ramp: ", "ramped"},
        {{"trackout", "-o", "OUT", "--timing", "ramped", "--ramp", "4"}, "murnau-cli: --ramp: ", ""},
        {{"trackout", "-o", "OUT", "--fps", "23"}, "murnau-cli: --fps: ", "23"},
        {{"trackout", "-o", "OUT", "--focal", "-50"}, "murnau-cli: --focal: ", "got -50"},
        {{"trackout", "-o", "OUT", "--focal", "5000"}, "murnau-cli: --focal: ", ""},
        {{"trackout", "-o", "OUT", "--duration", "0"}, "murnau-cli: --duration: ", "got 0"},
        {{"trackout", "-o", "OUT", "--duration", "1e9"}, "murnau-cli: --duration: ", "24 h"},
        {{"trackout", "-o", "OUT", "--sensor", "nosuch"}, "murnau-cli: --sensor: ", "nosuch"},
        {{"trackout", "-o", "OUT", "--aspect", "wide"}, "murnau-cli: --aspect: ", "got wide"},
        {{"trackout", "-o", "OUT", "--subject-height", "0"}, "murnau-cli: --subject-height: ", "got 0"},
        {{"trackout", "-o", "OUT", "--set", kLinearDolly, "--subject-height", "1.7"}, "murnau-cli: --subject-height: ",
         "--set"},
        {{"trackout", "-o", "OUT", "--set", kLinearDolly, "--subject", "Zoe"}, "murnau-cli: --subject: ", "Anna, Ben"},
        {{"trackout", "-o", "OUT", "--set", kLinearDolly, "--camera", "A"}, "murnau-cli: --camera: ", "already"},
        {{"trackout", "-o", "OUT", "--set", "/nonexistent/set.murnau"}, "murnau-cli: /nonexistent/set.murnau: ", ""},
        {{"zoomout", "-o", "OUT", "--to", "3"}, "murnau-cli: --to: ", "shot size"},
        {{"zoomout", "-o", "OUT", "--to", "WS", "--to-focal", "20"}, "murnau-cli: --to-focal: ", "--to"},
        {{"dollyzoom", "-o", "OUT"}, "murnau-cli: --to: ", "required"},
        {{"dollyzoom", "-o", "OUT", "--to", "WS"}, "murnau-cli: --to: ", "distance"},
        {{"follow", "-o", "OUT", "--walk-speed", "20"}, "murnau-cli: --walk-speed: ", ""},
        {{"follow", "-o", "OUT", "--timing", "constant"}, "murnau-cli: --timing: ", "follow"},
        {{"orbit", "-o", "OUT", "--sweep", "0"}, "murnau-cli: --sweep: ", ""},
        {{"orbit", "-o", "OUT", "--sweep", "a lot"}, "murnau-cli: --sweep: ", "got a lot"},
        {{"orbit", "-o", "OUT", "--radius", "3", "--from", "MS"}, "murnau-cli: --radius: ", "--from"},
        {{"pullback", "-o", "OUT", "--rise", "-1"}, "murnau-cli: --rise: ", "got -1"},
        {{"trackout", "-o", "/nonexistent/dir/out.murnau"}, "murnau-cli: /nonexistent/dir/out.murnau", ""},
    };
    const std::string out = path("bad.murnau");
    for (const BadCase& c : cases) {
        std::vector<std::string> words{"plan"};
        for (const std::string& word : c.arguments)
            words.push_back(word == "OUT" ? out : word);
        std::string command = "murnau-cli";
        for (const std::string& word : words)
            command += " " + word;
        const CliRun run = runCli(words);
        EXPECT_EQ(run.exitStatus, 2) << command;
        EXPECT_EQ(run.out, "") << command;
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << command << "\n" << run.err;
        EXPECT_EQ(run.err.rfind(c.prefix, 0), 0u) << command << "\nstderr: " << run.err;
        EXPECT_NE(run.err.find(c.mentions), std::string::npos) << command << "\nstderr: " << run.err;
        EXPECT_FALSE(std::filesystem::exists(out)) << command << " wrote a file";
    }
}

} // namespace
} // namespace murnau::test
