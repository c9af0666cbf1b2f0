// murnau-cli compare: a track out against a zoom out (and a dolly zoom) for a shot. The project
// is written by `plan trackout` (tests/cli/test_cli_plan.cpp's set-up: a 36 x 24 mm gate, a
// 50 mm lens, a subject 1.8 m tall at the origin facing -Z, 2 s at 24 fps = 48 frames), and the
// comparison asks for MCU to MS on the 50 mm:
//   d1 = v H f / h = 0.28 * 1.8 * 50 / 24 = 1.05 m         d2 = 0.37 * 1.8 * 50 / 24 = 1.3875 m
// Side B stands at d1 and zooms to f_B = f1 d1 / d_A; the subject fills H f / (h d) = 1 / v of the
// frame in both, 1 / 0.28 at the start. A background plane D metres behind the eyes is magnified in
// A over B by m = d_A (d_B + D) / (d_B (d_A + D)) (DOMAIN.md; d_B = d1 throughout).
// Track cost (FeasibilityLimits defaults): (d2 - d1) + 0.5 + 0.5 m, in 8 ft = 2.4384 m sections.

#include <gtest/gtest.h>

#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

constexpr double kStatureM = 1.8;
constexpr double kFocalMm = 50.0;
constexpr double kGateHeightMm = 24.0;
constexpr double kVisibleMcu = 1.0 - 0.720;
constexpr double kVisibleMs = 1.0 - 0.630;
constexpr double kD1 = kVisibleMcu * kStatureM * kFocalMm / kGateHeightMm;   // 1.05 m
constexpr double kD2 = kVisibleMs * kStatureM * kFocalMm / kGateHeightMm;    // 1.3875 m
constexpr double kBehindM = 10.0;

// m = d_A (d_B + D) / (d_B (d_A + D)).
double magnification(double trackM, double zoomM, double behindM)
{
    return trackM * (zoomM + behindM) / (zoomM * (trackM + behindM));
}

const std::string kDemo = std::string(MURNAU_CLI_TEST_DATA) + "/../../../assets/demo/warehouse.murnau";

// One per-frame row of the text output: its numbers in order.
using Row = std::vector<double>;

// The per-frame rows of `text`: the lines after the header that starts with "Frame", up to the
// first line that is not all numbers.
std::vector<Row> frameRows(const std::string& text)
{
    std::vector<Row> rows;
    std::istringstream lines(text);
    std::string line;
    bool inTable = false;
    while (std::getline(lines, line)) {
        if (!inTable) {
            inTable = line.find("Frame") != std::string::npos && line.find("Mag pred") != std::string::npos;
            continue;
        }
        std::istringstream words(line);
        Row row;
        std::string word;
        bool numeric = true;
        while (words >> word) {
            char* end = nullptr;
            const double value = std::strtod(word.c_str(), &end);
            if (end == word.c_str() || *end != '\0') {
                numeric = false;
                break;
            }
            row.push_back(value);
        }
        if (!numeric || row.empty())
            break;
        rows.push_back(row);
    }
    return rows;
}

// The whole match and the groups of `pattern` on the first line of `text` it matches (empty
// when none does).
std::vector<std::string> lineMatch(const std::string& text, const std::regex& pattern)
{
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        std::smatch match;
        if (std::regex_search(line, match, pattern))
            return std::vector<std::string>(match.begin(), match.end());
    }
    return {};
}

// A fresh directory with a planned track out, removed afterwards.
class CliCompare : public testing::Test {
protected:
    void SetUp() override
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "murnau-cli-compare-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_directory = pattern;
        m_project = (m_directory / "trackout.murnau").string();
        const nlohmann::json planned =
            runCliJson({"plan", "trackout", "-o", m_project, "--sensor", "36x24", "--focal", "50", "--subject-height",
                        "1.8", "--fps", "24", "--duration", "2", "--from", "CU", "--to", "WS"});
        ASSERT_TRUE(planned.is_object());
        m_shotId = planned.at("shots")[0].at("id").get<std::string>();
    }
    void TearDown() override
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }

    // "compare <project> --shot <id> --from MCU --to MS --focal 50 --background-behind 10 <extra>".
    [[nodiscard]] std::vector<std::string> words(const std::vector<std::string>& extra = {}) const
    {
        std::vector<std::string> all{"compare", m_project, "--shot", m_shotId, "--from", "MCU", "--to", "MS",
                                     "--focal", "50", "--background-behind", "10"};
        all.insert(all.end(), extra.begin(), extra.end());
        return all;
    }

    std::filesystem::path m_directory;
    std::string m_project;
    std::string m_shotId;
};

TEST(CliCompareHelp, NamesTheVerbAndItsOptions)
{
    const CliRun run = runCli({"compare", "--help"});
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_NE(run.out.find("compare PROJECT"), std::string::npos) << run.out;
    for (const char* option : {"--shot", "--subject", "--from", "--to", "--focal", "--duration", "--dolly-zoom",
                               "--background", "--background-behind"})
        EXPECT_NE(run.out.find(option), std::string::npos) << option;
    // The verb list names it too.
    const CliRun list = runCli({"--help"});
    EXPECT_NE(list.out.find("compare"), std::string::npos) << list.out;
}

TEST_F(CliCompare, TextRowsFollowTheOptics)
{
    const CliRun run = runCli(words());
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_TRUE(run.err.empty()) << run.err;
    EXPECT_NE(run.out.find("Track out"), std::string::npos);
    EXPECT_NE(run.out.find("Zoom out"), std::string::npos);
    EXPECT_EQ(run.out.find("Dolly zoom"), std::string::npos);

    // frame, time, d_A, d_B, f_A, f_B, aov_A, aov_B, subject, m measured, m predicted.
    const std::vector<Row> rows = frameRows(run.out);
    ASSERT_EQ(rows.size(), 48u) << run.out;
    for (std::size_t k = 0; k < rows.size(); ++k) {
        const Row& row = rows[k];
        ASSERT_EQ(row.size(), 11u) << "frame " << k;
        EXPECT_EQ(row[0], static_cast<double>(k));
        EXPECT_NEAR(row[1], static_cast<double>(k) / 24.0, 1e-3);
        const double trackM = row[2];
        const double zoomM = row[3];
        EXPECT_NEAR(zoomM, kD1, 1e-4);                     // B stands at d1
        EXPECT_GE(trackM, kD1 - 1e-4);                     // A travels out towards d2
        EXPECT_LE(trackM, kD2 + 1e-4);
        EXPECT_NEAR(row[4], kFocalMm, 1e-3);               // A's lens is fixed
        EXPECT_NEAR(row[5], kFocalMm * zoomM / trackM, 0.01);   // f_B = f1 d1 / d_A
        EXPECT_NEAR(row[8], 1.0 / (kGateHeightMm * trackM / (kFocalMm * kStatureM)), 1e-3);   // H f / (h d)
        const double m = magnification(trackM, zoomM, kBehindM);
        EXPECT_NEAR(row[9], m, 3e-4) << "frame " << k;
        EXPECT_NEAR(row[10], m, 3e-4) << "frame " << k;
    }
    EXPECT_NEAR(rows.front()[2], kD1, 1e-4);
    EXPECT_NEAR(rows.front()[8], 1.0 / kVisibleMcu, 1e-3);
    EXPECT_NEAR(rows.front()[9], 1.0, 1e-4);   // no travel yet, no magnification
}

TEST_F(CliCompare, JsonHasTheSidesAndEveryFrame)
{
    const nlohmann::json document = runCliJson(words());
    ASSERT_TRUE(document.is_object());
    ASSERT_TRUE(document.contains("sides")) << document.dump();
    ASSERT_TRUE(document.contains("frames")) << document.dump();
    ASSERT_EQ(document.at("sides").size(), 2u);
    EXPECT_EQ(document.at("sides")[0].at("side"), "track");
    EXPECT_EQ(document.at("sides")[1].at("side"), "zoom");
    const nlohmann::json& frames = document.at("frames");
    ASSERT_EQ(frames.size(), 48u);
    for (const nlohmann::json& frame : frames) {
        const nlohmann::json& sides = frame.at("sides");
        ASSERT_EQ(sides.size(), 2u);
        const double trackM = sides[0].at("distanceM").get<double>();
        const double zoomM = sides[1].at("distanceM").get<double>();
        EXPECT_NEAR(zoomM, kD1, 1e-9);
        EXPECT_NEAR(sides[1].at("focalLengthMm").get<double>(), kFocalMm * kD1 / trackM, 1e-6);
        EXPECT_NEAR(frame.at("predictedMagnification").get<double>(), magnification(trackM, zoomM, kBehindM), 1e-9);
        EXPECT_NEAR(frame.at("backgroundMagnification").get<double>(), magnification(trackM, zoomM, kBehindM), 1e-6);
    }
    EXPECT_NEAR(frames[0].at("sides")[0].at("distanceM").get<double>(), kD1, 1e-9);
    EXPECT_NEAR(frames[0].at("sides")[0].at("subjectFraction").get<double>(), 1.0 / kVisibleMcu, 1e-9);
}

TEST_F(CliCompare, TrackCostInTheSummary)
{
    const CliRun run = runCli(words());
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    // (1.3875 - 1.05) + 1 = 1.3375 m of track: ceil(1.3375 / 2.4384) = one 8 ft section, printed
    // to two decimals on the track out's line; the zoom lays none.
    const double trackM = (kD2 - kD1) + 0.5 + 0.5;
    const std::vector<std::string> track = lineMatch(run.out, std::regex(R"(^Track out +([0-9.]+) m, ([0-9]+) sections?)"));
    ASSERT_EQ(track.size(), 3u) << run.out;
    EXPECT_NEAR(std::stod(track[1]), trackM, 0.006);
    EXPECT_EQ(std::stoi(track[2]), static_cast<int>(std::ceil(trackM / 2.4384)));
    EXPECT_EQ(lineMatch(run.out, std::regex(R"(^Zoom out +none )")).size(), 1u) << run.out;
}

TEST_F(CliCompare, DollyZoomGivesThreeSides)
{
    const CliRun run = runCli(words({"--dolly-zoom"}));
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_NE(run.out.find("Dolly zoom"), std::string::npos) << run.out;
    const std::vector<Row> rows = frameRows(run.out);
    ASSERT_EQ(rows.size(), 48u) << run.out;
    // frame, time, d_A, d_B, d_C, f_A, f_B, f_C, aov x3, subject, m, m predicted.
    for (const Row& row : rows) {
        ASSERT_EQ(row.size(), 14u);
        EXPECT_NEAR(row[4], row[2], 1e-4);                        // C travels like A
        EXPECT_NEAR(row[7], kFocalMm * row[4] / kD1, 0.01);        // f_C = f1 d_C / d1
    }

    const nlohmann::json document = runCliJson(words({"--dolly-zoom"}));
    ASSERT_TRUE(document.is_object());
    ASSERT_EQ(document.at("sides").size(), 3u);
    EXPECT_EQ(document.at("sides")[2].at("side"), "dollyzoom");
}

TEST_F(CliCompare, BadSubjectNamesTheOption)
{
    const CliRun run = runCli(words({"--subject", "Zoe"}));
    EXPECT_NE(run.exitStatus, 0);
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_NE(run.err.find("--subject"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("Zoe"), std::string::npos) << run.err;

    const CliRun shot = runCli({"compare", m_project, "--shot", "sh-9999"});
    EXPECT_NE(shot.exitStatus, 0);
    EXPECT_NE(shot.err.find("--shot"), std::string::npos) << shot.err;

    const CliRun piece = runCli({"compare", m_project, "--shot", m_shotId, "--background", "Nowhere"});
    EXPECT_NE(piece.exitStatus, 0);
    EXPECT_NE(piece.err.find("--background"), std::string::npos) << piece.err;
    EXPECT_NE(piece.err.find("Nowhere"), std::string::npos) << piece.err;

    const CliRun both = runCli(words({"--background", "Nowhere"}));   // with --background-behind
    EXPECT_NE(both.exitStatus, 0);
    EXPECT_NE(both.err.find("--background-behind"), std::string::npos) << both.err;
}

TEST(CliCompareDemo, EveryFrameOfADemoShot)
{
    // sh-0002, "Dev alone: track out": the comparison lasts as long as the shot (its frame count
    // from `report`) and, without --from and --to, frames Dev (the aim actor) as the shot does at
    // its first and last frame (their shot sizes from `sample`).
    const nlohmann::json report = runCliJson({"report", kDemo, "--shot", "sh-0002"});
    ASSERT_TRUE(report.is_object());
    const int frameCount = report.at("reports")[0].at("shot").at("frame_count").get<int>();
    ASSERT_GT(frameCount, 0);
    const nlohmann::json sampled = runCliJson({"sample", kDemo, "--shot", "sh-0002"});
    ASSERT_TRUE(sampled.is_object());
    const nlohmann::json& frames = sampled.at("shots")[0].at("frames");
    ASSERT_EQ(frames.size(), static_cast<std::size_t>(frameCount));
    const auto sizeOfDev = [](const nlohmann::json& frame) {
        for (const nlohmann::json& actor : frame.at("actors"))
            if (actor.at("name") == "Dev")
                return actor.at("shot_size").get<std::string>();
        return std::string("none");
    };
    const std::string first = sizeOfDev(frames.front());
    const std::string last = sizeOfDev(frames.back());
    ASSERT_NE(first, last);

    const CliRun run = runCli({"compare", kDemo, "--shot", "sh-0002"});
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(frameRows(run.out).size(), static_cast<std::size_t>(frameCount)) << run.out;
    EXPECT_NE(run.out.find("Track out from " + first + " to " + last + " of Dev"), std::string::npos) << run.out;

    const nlohmann::json document = runCliJson({"compare", kDemo, "--shot", "sh-0002"});
    ASSERT_TRUE(document.is_object());
    ASSERT_TRUE(document.contains("frames"));
    EXPECT_EQ(document.at("frames").size(), static_cast<std::size_t>(frameCount));
}

TEST(CliCompareDemo, DefaultFramingsTheZoomCannotReachSaySo)
{
    // sh-0005 pulls back from a close-up to the whole warehouse: matching that with a zoom from
    // the start would need a focal length under 1 mm. The error names --to and the shot's framings.
    const CliRun run = runCli({"compare", kDemo, "--shot", "sh-0005"});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--to"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("the shot's framings"), std::string::npos) << run.err;
    // Given framings the zoom can reach, it works.
    const CliRun given = runCli({"compare", kDemo, "--shot", "sh-0005", "--from", "MCU", "--to", "FS"});
    EXPECT_EQ(given.exitStatus, 0) << given.err;
}

} // namespace
} // namespace murnau::test
