// murnau-cli as a program: version, help, and the verb dispatch.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

TEST(CliGeneral, VersionIsTheProjectVersion)
{
    // MURNAU_EXPECTED_VERSION is CMake's PROJECT_VERSION, the one core/version.h is generated from.
    const CliRun run = runCli({"--version"});
    EXPECT_EQ(run.exitStatus, 0);
    EXPECT_EQ(run.out, std::string("murnau-cli ") + MURNAU_EXPECTED_VERSION + "\n");
    EXPECT_EQ(run.err, "");
}

TEST(CliGeneral, HelpListsEveryVerbAndCommonOption)
{
    const CliRun run = runCli({"--help"});
    EXPECT_EQ(run.exitStatus, 0);
    for (const char* word : {"sensors", "lens", "frame", "timecode", "--json", "--verbose", "--log-file",
                             "--version", "--help", "Exit status"})
        EXPECT_NE(run.out.find(word), std::string::npos) << word;
}

TEST(CliGeneral, VerbHelpDocumentsEveryOption)
{
    struct Case {
        std::string verb;
        std::vector<std::string> options;
    };
    const std::vector<Case> cases{
        {"sensors", {"--json", "--verbose", "--log-file", "--help"}},
        {"lens", {"--sensor", "--focal", "--aspect", "--squeeze", "--focus", "--fstop", "--coc", "--json"}},
        {"frame", {"--sensor", "--focal", "--aspect", "--squeeze", "--subject-height", "--distance", "--size",
                   "--json"}},
        {"timecode", {"--fps", "--drop", "--frame", "--tc", "--json"}},
    };
    for (const Case& c : cases) {
        for (const std::vector<std::string>& words :
             {std::vector<std::string>{c.verb, "--help"}, std::vector<std::string>{"help", c.verb}}) {
            const CliRun run = runCli(words);
            EXPECT_EQ(run.exitStatus, 0) << c.verb;
            EXPECT_EQ(run.err, "") << c.verb;
            EXPECT_EQ(run.out.rfind("murnau-cli " + c.verb, 0), 0u) << run.out;
            for (const std::string& option : c.options)
                EXPECT_NE(run.out.find(option), std::string::npos) << c.verb << " help lacks " << option;
        }
    }
}

TEST(CliGeneral, VerboseLogsToStderrOnly)
{
    // --verbose adds debug lines on stderr; stdout stays pure JSON.
    const CliRun run = runCli({"timecode", "--fps", "24", "--frame", "24", "--json", "--verbose"});
    EXPECT_EQ(run.exitStatus, 0);
    EXPECT_NE(run.err.find("00:00:01:00"), std::string::npos) << run.err;   // the verb's debug line
    const nlohmann::json document = nlohmann::json::parse(run.out, nullptr, false);
    ASSERT_FALSE(document.is_discarded()) << run.out;
    EXPECT_EQ(document["timecode"], "00:00:01:00");

    const CliRun quiet = runCli({"timecode", "--fps", "24", "--frame", "24", "--json"});
    EXPECT_EQ(quiet.err, "");
}

TEST(CliGeneral, TextOutputWithoutJson)
{
    const CliRun run = runCli({"timecode", "--fps", "29.97", "--drop", "--frame", "1800"});
    EXPECT_EQ(run.exitStatus, 0);
    EXPECT_NE(run.out.find("00:01:00;02"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("drop-frame"), std::string::npos) << run.out;
    EXPECT_TRUE(nlohmann::json::parse(run.out, nullptr, false).is_discarded()) << "text mode printed JSON";
}

} // namespace
} // namespace murnau::test
