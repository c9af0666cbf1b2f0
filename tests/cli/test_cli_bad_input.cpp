// Bad input: every case exits with status 2, prints nothing on stdout and exactly one
// line on stderr, "murnau-cli: <argument>: <message>", naming the argument at fault.

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
    std::string prefix;     // the start of the stderr line: "murnau-cli: --focal: "
    std::string mentions;   // a word the message must contain
};

// Shown by GoogleTest for a failing case: the command line.
void PrintTo(const Case& c, std::ostream* os)
{
    *os << commandText(c.arguments);
}

class CliBadInput : public testing::TestWithParam<Case> {};

TEST_P(CliBadInput, ExitsTwoNamingTheArgument)
{
    const Case& c = GetParam();
    const CliRun run = runCli(c.arguments);
    const std::string command = commandText(c.arguments);
    EXPECT_EQ(run.exitStatus, 2) << command;
    EXPECT_EQ(run.out, "") << command;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << command << "\n" << run.err;
    EXPECT_EQ(run.err.rfind(c.prefix, 0), 0u) << command << "\nstderr: " << run.err;
    EXPECT_NE(run.err.find(c.mentions), std::string::npos) << command << "\nstderr: " << run.err;
}

const std::vector<std::string> kLens{"lens", "--sensor", "full-frame", "--focal", "50"};

std::vector<std::string> lensWith(std::vector<std::string> extra)
{
    std::vector<std::string> words = kLens;
    words.insert(words.end(), extra.begin(), extra.end());
    return words;
}

INSTANTIATE_TEST_SUITE_P(
    Verbs, CliBadInput,
    testing::Values(
        Case{{"frobnicate"}, "murnau-cli: frobnicate: ", "unknown verb"},
        Case{{}, "murnau-cli: ", "no verb"},
        Case{{"--frobnicate"}, "murnau-cli: --frobnicate: ", "unknown option"},
        Case{lensWith({"--bogus"}), "murnau-cli: --bogus: ", "unknown option"},
        Case{{"lens", "stray"}, "murnau-cli: stray: ", "unexpected argument"},
        Case{lensWith({"--json=yes"}), "murnau-cli: --json: ", "no value"},
        Case{{"sensors", "--focal", "50"}, "murnau-cli: --focal: ", "unknown option"}));

INSTANTIATE_TEST_SUITE_P(
    Lens, CliBadInput,
    testing::Values(
        Case{{"lens", "--sensor", "nosuch", "--focal", "50"}, "murnau-cli: --sensor: ", "nosuch"},
        Case{{"lens", "--sensor", "36x-24", "--focal", "50"}, "murnau-cli: --sensor: ", "height"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "-35"}, "murnau-cli: --focal: ",
             "must be a positive number of millimetres, got -35"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "0"}, "murnau-cli: --focal: ", "got 0"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "35mm"}, "murnau-cli: --focal: ", "got 35mm"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "nan"}, "murnau-cli: --focal: ", "got nan"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "NaN"}, "murnau-cli: --focal: ", "got NaN"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "inf"}, "murnau-cli: --focal: ", "got inf"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "50 "}, "murnau-cli: --focal: ", "positive"},
        Case{{"lens", "--sensor", "full-frame", "--focal", ""}, "murnau-cli: --focal: ", "empty"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "1e9"}, "murnau-cli: --focal: ", "beyond"},
        Case{{"lens", "--sensor", "full-frame", "--focal"}, "murnau-cli: --focal: ", "needs a value"},
        Case{{"lens", "--sensor", "full-frame", "--focal", "50", "--focal", "35"}, "murnau-cli: --focal: ",
             "more than once"},
        Case{{"lens", "--sensor", "full-frame"}, "murnau-cli: --focal: ", "required"},
        Case{{"lens", "--focal", "50"}, "murnau-cli: --sensor: ", "required"},
        Case{lensWith({"--focus", "3", "--fstop", "0"}), "murnau-cli: --fstop: ", "got 0"},
        Case{lensWith({"--focus", "3", "--fstop", "-2.8"}), "murnau-cli: --fstop: ", "got -2.8"},
        Case{lensWith({"--focus", "3"}), "murnau-cli: --fstop: ", "required"},
        Case{lensWith({"--fstop", "2.8"}), "murnau-cli: --focus: ", "required"},
        Case{lensWith({"--focus", "nan", "--fstop", "2.8"}), "murnau-cli: --focus: ", "got nan"},
        Case{lensWith({"--focus", "0.02", "--fstop", "2.8"}), "murnau-cli: --focus: ", "inside the focal length"},
        Case{lensWith({"--coc", "0.03"}), "murnau-cli: --coc: ", "--focus"},
        Case{lensWith({"--focus", "3", "--fstop", "2.8", "--coc", "-1"}), "murnau-cli: --coc: ", "got -1"},
        Case{lensWith({"--aspect", "wide"}), "murnau-cli: --aspect: ", "got wide"},
        Case{lensWith({"--aspect", "16:0"}), "murnau-cli: --aspect: ", "got 16:0"},
        Case{lensWith({"--aspect", "16:9:1"}), "murnau-cli: --aspect: ", "got 16:9:1"},
        Case{lensWith({"--squeeze", "0"}), "murnau-cli: --squeeze: ", "got 0"},
        Case{lensWith({"--squeeze", "9"}), "murnau-cli: --squeeze: ", "squeeze"}));

INSTANTIATE_TEST_SUITE_P(
    Frame, CliBadInput,
    testing::Values(
        Case{{"frame", "--sensor", "36x24", "--focal", "50", "--distance", "5"}, "murnau-cli: --subject-height: ",
             "required"},
        Case{{"frame", "--sensor", "36x24", "--focal", "50", "--subject-height", "1.8"}, "murnau-cli: --distance: ",
             "required"},
        Case{{"frame", "--sensor", "36x24", "--focal", "50", "--subject-height", "-1.8", "--distance", "5"},
             "murnau-cli: --subject-height: ", "got -1.8"},
        Case{{"frame", "--sensor", "36x24", "--focal", "50", "--subject-height", "1.8", "--distance", "inf"},
             "murnau-cli: --distance: ", "got inf"},
        Case{{"frame", "--sensor", "36x24", "--focal", "50", "--subject-height", "1.8", "--size", "huge"},
             "murnau-cli: --size: ", "huge"},
        Case{{"frame", "--sensor", "36x24", "--focal", "50", "--subject-height", "1.8", "--size", "CU", "--distance",
              "2"},
             "murnau-cli: --size: ", "--distance"}));

INSTANTIATE_TEST_SUITE_P(
    Timecode, CliBadInput,
    testing::Values(
        Case{{"timecode", "--fps", "24", "--drop", "--frame", "5"}, "murnau-cli: --drop: ", "29.97"},
        Case{{"timecode", "--fps", "23.976", "--drop", "--frame", "5"}, "murnau-cli: --drop: ", "23.976"},
        Case{{"timecode", "--fps", "24", "--tc", "00:00:01;00"}, "murnau-cli: --tc: ", "drop-frame"},
        Case{{"timecode", "--fps", "29.97", "--drop", "--tc", "00:01:00;00"}, "murnau-cli: --tc: ", "does not exist"},
        Case{{"timecode", "--fps", "29.97", "--drop", "--tc", "00:01:00;01"}, "murnau-cli: --tc: ", "does not exist"},
        Case{{"timecode", "--fps", "29.97", "--drop", "--tc", "00:01:00:02"}, "murnau-cli: --tc: ", "non-drop"},
        Case{{"timecode", "--fps", "24", "--tc", "1:00:00:00"}, "murnau-cli: --tc: ", "HH:MM:SS:FF"},
        Case{{"timecode", "--fps", "24", "--tc", "00:00:00:24"}, "murnau-cli: --tc: ", "frames"},
        Case{{"timecode", "--fps", "24", "--tc", "00:00:60:00"}, "murnau-cli: --tc: ", "seconds"},
        Case{{"timecode", "--fps", "24", "--tc", "00:60:00:00"}, "murnau-cli: --tc: ", "minutes"},
        Case{{"timecode", "--fps", "24", "--tc", "24:00:00:00"}, "murnau-cli: --tc: ", "hours"},
        Case{{"timecode", "--fps", "24", "--frame", "-1"}, "murnau-cli: --frame: ", "got -1"},
        Case{{"timecode", "--fps", "24", "--frame", "1.5"}, "murnau-cli: --frame: ", "got 1.5"},
        Case{{"timecode", "--fps", "24", "--frame", "2073600"}, "murnau-cli: --frame: ", "24 h"},
        Case{{"timecode", "--fps", "24"}, "murnau-cli: --frame: ", "required"},
        Case{{"timecode", "--frame", "5"}, "murnau-cli: --fps: ", "required"},
        Case{{"timecode", "--fps", "nan", "--frame", "5"}, "murnau-cli: --fps: ", "nan"},
        Case{{"timecode", "--fps", "0", "--frame", "5"}, "murnau-cli: --fps: ", "positive"},
        Case{{"timecode", "--fps", "-24", "--frame", "5"}, "murnau-cli: --fps: ", "positive"},
        Case{{"timecode", "--fps", "23", "--frame", "5"}, "murnau-cli: --fps: ", "23.976"},
        Case{{"timecode", "--fps", "24", "--frame", "5", "--tc", "00:00:00:05"}, "murnau-cli: --tc: ", "--frame"}));

} // namespace
} // namespace murnau::test
