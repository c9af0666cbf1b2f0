// Absurd numbers on murnau-cli's command line (docs/input-ranges.md, "What was tried"): "nan",
// "inf", 1e308, -0, denormals, frame rates that do not exist, frame numbers past a timecode day,
// and a sampling run that would print millions of frames. Each exits with status 2 and one line
// "murnau-cli: <option>: <message>" naming the option and the range; none hangs or crashes.

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

struct Case {
    std::vector<std::string> arguments;
    std::string line;   // the whole stderr line, without its newline
};

// Shown by GoogleTest for a failing case: the command line.
void PrintTo(const Case& c, std::ostream* os)
{
    *os << commandText(c.arguments);
}

class CliAbsurdValues : public testing::TestWithParam<Case> {};

TEST_P(CliAbsurdValues, ExitsTwoWithTheRange)
{
    const Case& c = GetParam();
    const CliRun run = runCli(c.arguments);
    EXPECT_EQ(run.exitStatus, 2) << commandText(c.arguments);
    EXPECT_EQ(run.out, "") << commandText(c.arguments);
    EXPECT_EQ(run.err, c.line + "\n") << commandText(c.arguments);
}

std::vector<std::string> lens(std::vector<std::string> extra)
{
    std::vector<std::string> words{"lens", "--sensor", "super35"};
    words.insert(words.end(), extra.begin(), extra.end());
    return words;
}

std::vector<std::string> frame(std::vector<std::string> extra)
{
    std::vector<std::string> words{"frame", "--sensor", "super35", "--focal", "35"};
    words.insert(words.end(), extra.begin(), extra.end());
    return words;
}

const std::string kDolly = std::string(MURNAU_CLI_TEST_DATA) + "/linear_dolly.murnau";

INSTANTIATE_TEST_SUITE_P(
    Numbers, CliAbsurdValues,
    testing::Values(
        Case{lens({"--focal", "nan"}), "murnau-cli: --focal: must be a positive number of millimetres, got nan"},
        Case{lens({"--focal", "inf"}), "murnau-cli: --focal: must be a positive number of millimetres, got inf"},
        Case{lens({"--focal", "1e999"}), "murnau-cli: --focal: must be a positive number of millimetres, got 1e999"},
        Case{lens({"--focal", "-0"}), "murnau-cli: --focal: must be a positive number of millimetres, got -0"},
        Case{lens({"--focal", "1e308"}), "murnau-cli: --focal: focal length of 1e+308 mm is beyond any lens (max 10000 mm)"},
        // A denormal focal length used to print an angle of view of 180 degrees.
        Case{lens({"--focal", "5e-324"}),
             "murnau-cli: --focal: must be at least 1 mm (the shortest focal length a project holds), got 5e-324"},
        Case{lens({"--focal", "35", "--focus", "5", "--fstop", "0.0001"}),
             "murnau-cli: --fstop: must be an f-number from 0.5 to 1000, got 0.0001"},
        Case{lens({"--focal", "35", "--focus", "5", "--fstop", "1e308"}),
             "murnau-cli: --fstop: must be an f-number from 0.5 to 1000, got 1e308"},
        Case{lens({"--focal", "35", "--squeeze", "1e308"}),
             "murnau-cli: --squeeze: anamorphic squeeze must be between 1 (spherical) and 4, got 1e+308"},
        Case{lens({"--focal", "35", "--aspect", "1e308:1e-308"}),
             "murnau-cli: --aspect: must be an aspect ratio such as 2.39, 1.85, 16:9 or 2.39:1, got 1e308:1e-308"},
        // Subject heights used to be any positive number: 1e308 m printed a 300-digit fraction.
        Case{frame({"--subject-height", "1e308", "--distance", "5"}),
             "murnau-cli: --subject-height: must be a height from 0.01 to 1000 m, got 1e308"},
        Case{frame({"--subject-height", "5e-324", "--size", "CU"}),
             "murnau-cli: --subject-height: must be a height from 0.01 to 1000 m, got 5e-324"},
        Case{frame({"--subject-height", "1.8", "--distance", "1e308"}),
             "murnau-cli: --distance: distance must be a finite number of metres in (0, 10000000], got 1e+308"}));

INSTANTIATE_TEST_SUITE_P(
    Rates, CliAbsurdValues,
    testing::Values(
        Case{{"timecode", "--fps", "0", "--frame", "1"}, "murnau-cli: --fps: must be a positive frame rate, got \"0\""},
        Case{{"timecode", "--fps", "-24", "--frame", "1"}, "murnau-cli: --fps: must be a positive frame rate, got \"-24\""},
        Case{{"timecode", "--fps", "24/0", "--frame", "1"},
             "murnau-cli: --fps: must be a positive frame rate, got \"24/0\""},
        Case{{"timecode", "--fps", "1e9", "--frame", "1"},
             "murnau-cli: --fps: must be a number like 24 or 29.97, got \"1e9\""},
        Case{{"timecode", "--fps", "23.975", "--frame", "1"},
             "murnau-cli: --fps: must be a standard frame rate (23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60, or "
             "24000/1001, 30000/1001, 60000/1001); got \"23.975\""},
        // 24 h of timecode at 24 fps is frames 0 to 24 x 86400 - 1 = 2,073,599.
        Case{{"timecode", "--fps", "24", "--frame", "9223372036854775807"},
             "murnau-cli: --frame: must be 0 to 2073599 (24 h of timecode at 24 fps), got 9223372036854775807"},
        // Found by fuzz_cli_arguments: from_chars read "-0" as the count 0.
        Case{{"timecode", "--fps", "24", "--frame", "-0"},
             "murnau-cli: --frame: must be a whole frame number (0 or more), got -0"},
        Case{{"timecode", "--fps", "24", "--frame", "99999999999999999999"},
             "murnau-cli: --frame: must be a whole frame number (0 or more), got 99999999999999999999"},
        Case{{"timecode", "--fps", "24", "--tc", "99:99:99:99"},
             "murnau-cli: --tc: hours must be 00-23, got 99 in \"99:99:99:99\""},
        Case{{"sample", kDolly, "--every", "0"}, "murnau-cli: --every: must be a whole number of frames, 1 or more, got 0"},
        Case{{"sample", kDolly, "--every", "1e9"},
             "murnau-cli: --every: must be a whole number of frames, 1 or more, got 1e9"}));

// A sample run that would print millions of frames is refused before it samples any: a 24-hour
// shot at 60 fps is 24 x 3600 x 60 = 5,184,000 frames, above the 200,000 samples of one run.
TEST(CliAbsurdSampling, ADayLongShotIsRefusedUnlessSampledSparsely)
{
    const std::string path = testing::TempDir() + "/day_long.murnau";
    // The test project's first shot, stretched to 24 h at 60 fps.
    std::string text;
    {
        FILE* in = std::fopen(kDolly.c_str(), "rb");
        ASSERT_NE(in, nullptr);
        char buffer[4096];
        std::size_t n = 0;
        while ((n = std::fread(buffer, 1, sizeof buffer, in)) > 0)
            text.append(buffer, n);
        std::fclose(in);
    }
    nlohmann::json document = nlohmann::json::parse(text);
    nlohmann::json& shot = document["scenes"][0]["shots"][0];
    shot["frameRate"] = "60";
    shot["durationFlicks"] = std::int64_t{24} * 3600 * 705600000;
    {
        FILE* out = std::fopen(path.c_str(), "wb");
        ASSERT_NE(out, nullptr);
        const std::string dumped = document.dump(2);
        std::fwrite(dumped.data(), 1, dumped.size(), out);
        std::fclose(out);
    }
    const std::string id = shot["id"].get<std::string>();
    const CliRun every = runCli({"sample", path, "--shot", id});
    EXPECT_EQ(every.exitStatus, 2);
    EXPECT_EQ(every.out, "");
    EXPECT_EQ(every.err, "murnau-cli: --every: sampling every frame would give more than 200000 samples (shot " + id
                             + " alone has 5184000 frames); sample fewer frames with a larger --every, or one shot at "
                               "a time with --shot\n");
    // Every 3600th frame (once a minute): frames 0, 3600, ..., 5180400 and the last, 5183999.
    const nlohmann::json sparse = runCliJson({"sample", path, "--shot", id, "--every", "3600"});
    ASSERT_TRUE(sparse.is_object());
    const nlohmann::json& frames = sparse["shots"][0]["frames"];
    ASSERT_EQ(frames.size(), 1441U);
    EXPECT_EQ(frames.back()["frame"], 5183999);
    EXPECT_EQ(frames[1440]["timecode"], "23:59:59:59");
}

} // namespace
} // namespace murnau::test
