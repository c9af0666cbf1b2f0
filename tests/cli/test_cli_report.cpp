// murnau-cli report on hand-written projects (tests/cli/data), checked against speeds and track
// lengths worked by hand from the files' keys and the default limits of
// core/analysis/feasibility_limits.h (8 ft = 2.4384 m sections, 0.5 m run-up and 0.5 m stop
// margin, dolly speed limit 1.4 m/s, a problem from 25 % over a limit).
//
// smoothstep_dolly.murnau, sh-0001: a straight track, the dolly eased 0 -> 6 m over T = 3 s with
// smoothstep, s(t) = D (3x^2 - 2x^3), x = t / T, D = 6 m. Its speed s'(t) = 6 D (x - x^2) / T
// peaks at x = 1/2: 1.5 D / T = 3 m/s at 1.5 s, and exceeds 1.4 m/s where 12 (x - x^2) > 1.4,
// x in ((1 - sqrt(1 - 4 x 1.4 / 12)) / 2, (1 + sqrt(...)) / 2), i.e. t from 0.4045 s to 2.5955 s;
// its acceleration s'' = 6 D (1 - 2x) / T^2 peaks at the ends, its jerk is -12 D / T^3 throughout.
// Track: 6 m of travel + 0.5 + 0.5 = 7 m, ceil(7 / 2.4384) = 3 sections.
//
// linear_dolly.murnau, sh-0001: the dolly linear 0 -> 3 m over 2 s, 1.5 m/s throughout, 7 % over
// the limit (a caution); track 3 + 1 = 4 m, ceil(4 / 2.4384) = 2 sections. sh-0002 stands still.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

const std::string kSmoothstepDolly = std::string(MURNAU_CLI_TEST_DATA) + "/smoothstep_dolly.murnau";
const std::string kLinearDolly = std::string(MURNAU_CLI_TEST_DATA) + "/linear_dolly.murnau";

constexpr double kSectionM = 8.0 * 0.3048;   // 8 ft
constexpr double kFrameS = 1.0 / 24.0;

// The warnings of a report about `channel`.
std::vector<nlohmann::json> warningsAbout(const nlohmann::json& report, const std::string& channel)
{
    std::vector<nlohmann::json> found;
    for (const nlohmann::json& warning : report.at("warnings")) {
        if (warning.at("channel") == channel)
            found.push_back(warning);
    }
    return found;
}

TEST(CliReport, SmoothstepDollyPeaksAtThreeMetresPerSecond)
{
    const nlohmann::json document = runCliJson({"report", kSmoothstepDolly, "--shot", "sh-0001"});
    ASSERT_TRUE(document.is_object());
    ASSERT_EQ(document.at("reports").size(), 1u);
    const nlohmann::json& report = document.at("reports")[0];
    EXPECT_EQ(report.at("shot").at("id"), "sh-0001");
    EXPECT_EQ(report.at("shot").at("frame_count"), 72);   // 3 s at 24 fps

    const double peakMps = 1.5 * 6.0 / 3.0;
    EXPECT_NEAR(report.at("summary").at("peak_dolly_speed_mps").get<double>(), peakMps, 1e-6);
    const nlohmann::json& speed = report.at("motion").at("dolly_speed");
    EXPECT_NEAR(speed.at("peak_mps").get<double>(), peakMps, 1e-6);
    EXPECT_NEAR(speed.at("peak_at_s").get<double>(), 1.5, 1e-3);
    EXPECT_NEAR(speed.at("limit_mps").get<double>(), 1.4, 1e-12);
    EXPECT_NEAR(speed.at("over_percent").get<double>(), (peakMps / 1.4 - 1.0) * 100.0, 1e-4);

    // Platform acceleration s'' = 6 D (1 - 2x) / T^2 is largest at the ends: 6 x 6 / 9 = 4 m/s^2; the
    // jerk -12 D / T^3 = -2.67 m/s^3 holds throughout (a cubic).
    EXPECT_NEAR(report.at("summary").at("peak_dolly_acceleration_mps2").get<double>(), 6.0 * 6.0 / 9.0, 1e-6);
    EXPECT_NEAR(report.at("summary").at("peak_dolly_jerk_mps3").get<double>(), 12.0 * 6.0 / 27.0, 1e-6);

    // 114 % over: a problem, over the limit from 0.4045 s to 2.5955 s (read on frames).
    const std::vector<nlohmann::json> warnings = warningsAbout(report, "dolly_speed");
    ASSERT_EQ(warnings.size(), 1u) << report.at("warnings").dump(2);
    EXPECT_EQ(warnings[0].at("severity"), "problem");
    const double root = std::sqrt(1.0 - 4.0 * 1.4 / 12.0);
    EXPECT_NEAR(warnings[0].at("from_s").get<double>(), 3.0 * (1.0 - root) / 2.0, kFrameS);
    EXPECT_NEAR(warnings[0].at("to_s").get<double>(), 3.0 * (1.0 + root) / 2.0, kFrameS);

    // The track to lay.
    EXPECT_NEAR(report.at("summary").at("track_length_m").get<double>(), 7.0, 1e-9);
    EXPECT_EQ(report.at("summary").at("sections"), 3);
    const nlohmann::json& track = report.at("track");
    EXPECT_NEAR(track.at("travel_span_m").get<double>(), 6.0, 1e-9);
    EXPECT_NEAR(track.at("section_length_m").get<double>(), kSectionM, 1e-12);
    EXPECT_NEAR(track.at("laid_from_m").get<double>(), -0.5, 1e-9);
    EXPECT_NEAR(track.at("laid_to_m").get<double>(), 6.5, 1e-9);
    EXPECT_EQ(track.at("straight"), true);
}

TEST(CliReport, EveryShotWithoutShotOption)
{
    const nlohmann::json document = runCliJson({"report", kLinearDolly});
    ASSERT_TRUE(document.is_object());
    ASSERT_EQ(document.at("reports").size(), 2u);
    const nlohmann::json& dolly = document.at("reports")[0];
    EXPECT_EQ(dolly.at("shot").at("id"), "sh-0001");
    EXPECT_NEAR(dolly.at("summary").at("peak_dolly_speed_mps").get<double>(), 3.0 / 2.0, 1e-9);
    // (The report reads the travel up to the shot's last flick, 3 x (1 - 1 / 1411200000) m.)
    EXPECT_NEAR(dolly.at("summary").at("track_length_m").get<double>(), 4.0, 1e-6);
    EXPECT_EQ(dolly.at("summary").at("sections"), 2);
    const std::vector<nlohmann::json> warnings = warningsAbout(dolly, "dolly_speed");
    ASSERT_EQ(warnings.size(), 1u) << dolly.at("warnings").dump(2);
    EXPECT_EQ(warnings[0].at("severity"), "caution");   // 1.5 / 1.4: 7 % over, below 25 %

    const nlohmann::json& still = document.at("reports")[1];
    EXPECT_EQ(still.at("shot").at("id"), "sh-0002");
    EXPECT_EQ(still.at("shot").at("frame_rate"), "29.97");
    EXPECT_NEAR(still.at("summary").at("track_length_m").get<double>(), 0.0, 1e-12);
    EXPECT_EQ(still.at("summary").at("sections"), 0);
}

TEST(CliReport, JsonKeepsTheReportKeyOrder)
{
    const CliRun run = runCli({"report", kSmoothstepDolly, "--json"});
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const nlohmann::ordered_json document = nlohmann::ordered_json::parse(run.out, nullptr, false);
    ASSERT_FALSE(document.is_discarded()) << run.out;
    std::vector<std::string> keys;
    for (auto it = document.at("reports")[0].begin(); it != document.at("reports")[0].end(); ++it)
        keys.push_back(it.key());
    // core/analysis/report_json.h's order (not alphabetical): the shot, its summary, ..., the warnings.
    ASSERT_GE(keys.size(), 4u);
    EXPECT_EQ(keys[0], "shot");
    EXPECT_EQ(keys[1], "summary");
    EXPECT_EQ(keys[2], "limits");
    EXPECT_EQ(keys.back(), "warnings");
}

TEST(CliReport, TextSummary)
{
    const CliRun run = runCli({"report", kSmoothstepDolly});
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(run.err, "");
    for (const char* words : {"sh-0001", "7 m to lay", "3 sections", "dolly speed 3 m/s at 01.50", "114 % over",
                              "problem"})
        EXPECT_NE(run.out.find(words), std::string::npos) << words << " missing in\n" << run.out;
    EXPECT_TRUE(nlohmann::json::parse(run.out, nullptr, false).is_discarded()) << "text mode printed JSON";
}

TEST(CliReport, HelpAndBadInput)
{
    const CliRun help = runCli({"report", "--help"});
    EXPECT_EQ(help.exitStatus, 0);
    for (const char* word : {"PROJECT", "--shot", "--json", "2.4384", "track_length_m"})
        EXPECT_NE(help.out.find(word), std::string::npos) << word;

    struct Case {
        std::vector<std::string> arguments;
        std::string prefix;
    };
    for (const Case& c : {Case{{"report"}, "murnau-cli: PROJECT: is required"},
                          Case{{"report", kSmoothstepDolly, "--shot", "sh-0042"}, "murnau-cli: --shot: no shot 'sh-0042'"},
                          Case{{"report", kSmoothstepDolly, "--every", "2"}, "murnau-cli: --every: unknown option"}}) {
        const CliRun run = runCli(c.arguments);
        EXPECT_EQ(run.exitStatus, 2);
        EXPECT_EQ(run.out, "");
        EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
        EXPECT_EQ(run.err.rfind(c.prefix, 0), 0u) << run.err;
    }
}

} // namespace
} // namespace murnau::test
