// murnau-cli plan: the moves that keep the camera's distance in hand (pedestal, truck, head,
// tilttrack, static), each written to a project file and read back with `sample`, against the
// geometry worked by hand. Set-up as in test_cli_plan.cpp: a 36 x 24 mm gate, a 50 mm lens, a
// subject 1.8 m tall at the origin facing -Z, the camera in front of them towards -Z with the lens
// at their eye height (0.936 x 1.8 = 1.6848 m, Drillis & Contini) looking at their eyes (look-at
// aim), 2 s at 24 fps (48 frames), constant speed where the move has a timing:
//   MS  v = 1 - waist 0.630 = 0.37      d = v H f / h = 0.37 x 1.8 x 50 / 24 = 1.3875 m
//   MCU v = 1 - chest 0.720 = 0.28      d = 1.05 m
//   WS  v = 3                           d = 11.25 m
// The subject fills H / (frame height at the eyes' depth) = H f / (h depth) of the frame; with the
// eyes on the lens axis the depth is the distance.

#include <gtest/gtest.h>

#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

constexpr double kStatureM = 1.8;
constexpr double kFocalMm = 50.0;
constexpr double kGateHeightMm = 24.0;
constexpr double kEyeHeightM = 0.936 * kStatureM;
constexpr double kPi = 3.14159265358979323846;
constexpr double kMsM = (1.0 - 0.630) * kStatureM * kFocalMm / kGateHeightMm;    // 1.3875 m
constexpr double kMcuM = (1.0 - 0.720) * kStatureM * kFocalMm / kGateHeightMm;   // 1.05 m
constexpr double kWsM = 3.0 * kStatureM * kFocalMm / kGateHeightMm;              // 11.25 m

// H f / (h depth): the share of the frame height the subject fills with their eyes `depthM` deep.
double fillsAtDepth(double depthM)
{
    return kStatureM * kFocalMm / (kGateHeightMm * depthM);
}

double degrees(double radians)
{
    return radians * 180.0 / kPi;
}

class CliPlanMoves : public testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "murnau-cli-plan-moves-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_directory = pattern;
    }
    void TearDown() override
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }

    // Plans `move` with the common camera and `extra`, and returns every frame `sample` reads.
    nlohmann::json framesOf(const std::string& move, const std::vector<std::string>& extra)
    {
        const std::string file = (m_directory / (move + ".murnau")).string();
        std::vector<std::string> words{"plan",  move,   "-o",      file,  "--sensor",   "36x24", "--focal", "50",
                                       "--subject-height", "1.8", "--fps", "24", "--duration", "2"};
        words.insert(words.end(), extra.begin(), extra.end());
        const nlohmann::json planned = runCliJson(words);
        EXPECT_TRUE(planned.is_object());
        const nlohmann::json sampled = runCliJson({"sample", file});
        EXPECT_TRUE(sampled.is_object());
        if (!sampled.is_object())
            return nlohmann::json::array();
        const nlohmann::json frames = sampled.at("shots")[0].at("frames");
        EXPECT_EQ(frames.size(), 48u);
        return frames;
    }

    std::filesystem::path m_directory;
};

double at(const nlohmann::json& frame, const char* key)
{
    return frame.at(key).get<double>();
}

double positionAt(const nlohmann::json& frame, int axis)
{
    return frame.at("position_m")[axis].get<double>();
}

nlohmann::json subjectOf(const nlohmann::json& frame)
{
    const nlohmann::json& actors = frame.at("actors");
    EXPECT_EQ(actors.size(), 1u) << frame.dump();
    return actors.empty() ? nlohmann::json::object({{"distance_m", 0.0}, {"frame_fraction", 0.0}}) : actors[0];
}

TEST_F(CliPlanMoves, PedestalRaisesTheLensAndTiltsDown)
{
    // The lens rises 1 m at constant speed from eye height, 1.3875 m in front of the eyes: at
    // frame k it is k / 48 m above them, the eyes sqrt(1.3875^2 + r^2) away, the head tilted
    // down by atan(r / 1.3875) to keep them centred (so their depth is the distance).
    const nlohmann::json frames = framesOf("pedestal", {"--from", "MS", "--rise", "1", "--timing", "constant"});
    ASSERT_EQ(frames.size(), 48u);
    for (const int k : {0, 12, 24, 47}) {
        const nlohmann::json& frame = frames[k];
        const double riseM = k / 48.0;
        const double distanceM = std::hypot(kMsM, riseM);
        EXPECT_NEAR(positionAt(frame, 0), 0.0, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 1), kEyeHeightM + riseM, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 2), -kMsM, 1e-9) << k;
        EXPECT_NEAR(at(frame, "tilt_deg"), -degrees(std::atan2(riseM, kMsM)), 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "distance_m"), distanceM, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "frame_fraction"), fillsAtDepth(distanceM), 1e-9) << k;
        EXPECT_NEAR(at(frame, "focal_mm"), kFocalMm, 1e-12) << k;
    }
    EXPECT_EQ(subjectOf(frames[0]).at("shot_size"), "MS");
}

TEST_F(CliPlanMoves, TruckTravelsSquareToTheLineOfSight)
{
    // 2 m to the camera's right at constant speed; the camera looks along +Z, so its right is -X:
    // at frame k the lens is at x = -2 k / 48, still 1.3875 m in front, the eyes
    // sqrt(1.3875^2 + x^2) away (the head pans to keep them centred).
    const nlohmann::json frames = framesOf("truck", {"--from", "MS", "--truck", "2", "--timing", "constant"});
    ASSERT_EQ(frames.size(), 48u);
    for (const int k : {0, 12, 24, 47}) {
        const nlohmann::json& frame = frames[k];
        const double sidewaysM = 2.0 * k / 48.0;
        const double distanceM = std::hypot(kMsM, sidewaysM);
        EXPECT_NEAR(positionAt(frame, 0), -sidewaysM, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 1), kEyeHeightM, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 2), -kMsM, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "distance_m"), distanceM, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "frame_fraction"), fillsAtDepth(distanceM), 1e-9) << k;
    }
}

TEST_F(CliPlanMoves, HeadTiltsUpFromTheEyes)
{
    // The camera stands; the tilt runs 0 to 30 degrees at constant speed over the aim (which is
    // level: the lens is at eye height). Tilted by a, the eyes lie d cos(a) deep along the axis.
    const nlohmann::json frames =
        framesOf("head", {"--from", "MS", "--axis", "tilt", "--angle", "30", "--timing", "constant"});
    ASSERT_EQ(frames.size(), 48u);
    for (const int k : {0, 24, 47}) {
        const nlohmann::json& frame = frames[k];
        const double tiltDeg = 30.0 * k / 48.0;
        EXPECT_NEAR(at(frame, "tilt_deg"), tiltDeg, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 2), -kMsM, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 1), kEyeHeightM, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "distance_m"), kMsM, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "frame_fraction"), fillsAtDepth(kMsM * std::cos(tiltDeg * kPi / 180.0)),
                    1e-9)
            << k;
    }
}

TEST_F(CliPlanMoves, HeadRollsAboutTheLensAxis)
{
    // A roll turns the picture about the lens axis: the eyes stay on it, the depth and framing hold.
    const nlohmann::json frames =
        framesOf("head", {"--from", "MS", "--axis", "roll", "--angle", "-12", "--timing", "constant"});
    ASSERT_EQ(frames.size(), 48u);
    for (const int k : {0, 24, 47}) {
        EXPECT_NEAR(at(frames[k], "roll_deg"), -12.0 * k / 48.0, 1e-9) << k;
        EXPECT_NEAR(at(frames[k], "tilt_deg"), 0.0, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frames[k]), "frame_fraction"), fillsAtDepth(kMsM), 1e-9) << k;
    }
}

TEST_F(CliPlanMoves, TiltTrackTracksOutAndTilts)
{
    // From MCU (1.05 m) to WS (11.25 m) along the line from the subject, tilting up 20 degrees,
    // both at constant speed: halfway (frame 24) 6.15 m out and 10 degrees up.
    const nlohmann::json frames =
        framesOf("tilttrack", {"--from", "MCU", "--to", "WS", "--tilt", "20", "--timing", "constant"});
    ASSERT_EQ(frames.size(), 48u);
    for (const int k : {0, 24, 47}) {
        const nlohmann::json& frame = frames[k];
        const double distanceM = kMcuM + (kWsM - kMcuM) * k / 48.0;
        EXPECT_NEAR(positionAt(frame, 2), -distanceM, 1e-9) << k;
        EXPECT_NEAR(positionAt(frame, 1), kEyeHeightM, 1e-9) << k;
        EXPECT_NEAR(at(frame, "tilt_deg"), 20.0 * k / 48.0, 1e-9) << k;
        EXPECT_NEAR(at(subjectOf(frame), "distance_m"), distanceM, 1e-9) << k;
    }
    EXPECT_NEAR(at(subjectOf(frames[0]), "frame_fraction"), 1.0 / 0.28, 1e-9);
}

TEST_F(CliPlanMoves, StaticHoldsEveryChannel)
{
    const nlohmann::json frames = framesOf("static", {"--from", "MS"});
    ASSERT_EQ(frames.size(), 48u);
    for (const nlohmann::json& frame : frames) {
        EXPECT_NEAR(positionAt(frame, 0), 0.0, 1e-9);
        EXPECT_NEAR(positionAt(frame, 1), kEyeHeightM, 1e-9);
        EXPECT_NEAR(positionAt(frame, 2), -kMsM, 1e-9);
        EXPECT_NEAR(at(frame, "tilt_deg"), 0.0, 1e-9);
        EXPECT_NEAR(at(frame, "focal_mm"), kFocalMm, 1e-12);
        EXPECT_NEAR(at(subjectOf(frame), "frame_fraction"), 1.0 / 0.37, 1e-9);
        EXPECT_EQ(subjectOf(frame).at("shot_size"), "MS");
    }
    // A static shot has no timing to choose.
    const CliRun run = runCli({"plan", "static", "-o", (m_directory / "bad.murnau").string(), "--timing", "eased"});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--timing"), std::string::npos) << run.err;
}

} // namespace
} // namespace murnau::test
