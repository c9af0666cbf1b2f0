#include "tests/cli/cli_runner.h"

#include <string>

#include <gtest/gtest.h>

namespace murnau::test {

CliRun runCli(const std::vector<std::string>& arguments)
{
    return runProgram(MURNAU_CLI_PATH, arguments);
}

nlohmann::json runCliJson(std::vector<std::string> arguments)
{
    arguments.emplace_back("--json");
    const CliRun run = runCli(arguments);
    std::string command = "murnau-cli";
    for (const std::string& word : arguments)
        command += " " + word;
    EXPECT_EQ(run.exitStatus, 0) << command << "\nstderr: " << run.err;
    EXPECT_EQ(run.err, "") << command;
    const nlohmann::json document = nlohmann::json::parse(run.out, nullptr, /*allow_exceptions=*/false);
    EXPECT_FALSE(document.is_discarded()) << command << " printed no valid JSON:\n" << run.out;
    return document.is_discarded() ? nlohmann::json() : document;
}

std::string commandText(const std::vector<std::string>& arguments)
{
    std::string text = "murnau-cli";
    for (const std::string& word : arguments)
        text += " " + word;
    return text;
}

} // namespace murnau::test
