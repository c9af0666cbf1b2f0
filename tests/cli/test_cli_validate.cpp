// murnau-cli validate: "valid" with the counts and missing model files (exit 0), "invalid" with the
// problem and its place (exit 1), and unreadable paths (exit 2, one line on stderr). The counts
// are those written in the test files (tests/cli/data): linear_dolly.murnau has no set pieces, two
// actors, one camera, two scenes and two shots; missing_model.murnau has two model pieces, of
// which models/van.obj lies beside it and models/forklift.glb does not.

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <sys/stat.h>
#include <unistd.h>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

namespace fs = std::filesystem;

const std::string kData = MURNAU_CLI_TEST_DATA;
const std::string kLinearDolly = kData + "/linear_dolly.murnau";
const std::string kMissingModel = kData + "/missing_model.murnau";
const std::string kBadActorHeight = kData + "/bad_actor_height.murnau";

TEST(CliValidate, AValidFormat1ProjectPrintsValidAndItsCounts)
{
    const CliRun run = runCli({"validate", kLinearDolly});
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(run.out, "valid\n0 set pieces, 2 actors, 1 camera, 2 scenes, 2 shots\n");
}

TEST(CliValidate, MissingModelFilesAreWarningsOfAValidProject)
{
    const CliRun run = runCli({"validate", kMissingModel});
    EXPECT_EQ(run.exitStatus, 0) << run.err;
    EXPECT_EQ(run.out, "valid\n2 set pieces, 2 actors, 1 camera, 1 scene, 1 shot\n"
                       "warning: set.pieces[1] 'Forklift': model file 'models/forklift.glb' not found (looked for "
                           + kData + "/models/forklift.glb); a placeholder box is shown\n");

    const nlohmann::json document = runCliJson({"validate", kMissingModel});
    ASSERT_TRUE(document.is_object());
    EXPECT_EQ(document.at("valid"), true);
    EXPECT_EQ(document.at("file"), kMissingModel);
    EXPECT_EQ(document.at("counts"),
              (nlohmann::json{{"set_pieces", 2}, {"actors", 2}, {"cameras", 1}, {"scenes", 1}, {"shots", 1}}));
    ASSERT_EQ(document.at("warnings").size(), 1u);
    const nlohmann::json& warning = document.at("warnings")[0];
    EXPECT_EQ(warning.at("field"), "set.pieces[1]");
    EXPECT_EQ(warning.at("piece"), "Forklift");
    EXPECT_EQ(warning.at("model_path"), "models/forklift.glb");
    EXPECT_EQ(warning.at("resolved_path"), kData + "/models/forklift.glb");
    EXPECT_EQ(warning.at("problem"), "missing");
}

TEST(CliValidate, AnInvalidProjectExitsOneNamingThePlace)
{
    const CliRun run = runCli({"validate", kBadActorHeight});
    EXPECT_EQ(run.exitStatus, 1);
    EXPECT_EQ(run.err, "");
    EXPECT_EQ(run.out, "invalid\nactors[0].heightM: expected a positive number of metres, got -1.8\n");

    const CliRun json = runCli({"validate", kBadActorHeight, "--json"});
    EXPECT_EQ(json.exitStatus, 1);
    const nlohmann::json document = nlohmann::json::parse(json.out, nullptr, false);
    ASSERT_FALSE(document.is_discarded()) << json.out;
    EXPECT_EQ(document.at("valid"), false);
    EXPECT_EQ(document.at("error").at("field"), "actors[0].heightM");
    EXPECT_EQ(document.at("error").at("message"), "expected a positive number of metres, got -1.8");
}

TEST(CliValidate, AFileThatIsNotJsonIsInvalidNotUnreadable)
{
    const fs::path dir = fs::temp_directory_path() / ("murnau-cli-validate-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path text = dir / "notes.murnau";
    {
        std::FILE* file = std::fopen(text.c_str(), "w");
        ASSERT_NE(file, nullptr);
        std::fputs("title: not a project\n", file);
        std::fclose(file);
    }
    const CliRun run = runCli({"validate", text.string()});
    EXPECT_EQ(run.exitStatus, 1);
    EXPECT_EQ(run.out.rfind("invalid\nnot valid JSON at byte 2:", 0), 0u) << run.out;
    fs::remove_all(dir);
}

TEST(CliValidate, UnreadablePathsExitTwo)
{
    const fs::path dir = fs::temp_directory_path() / ("murnau-cli-unreadable-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path fifo = dir / "pipe.murnau";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);

    const CliRun missing = runCli({"validate", (dir / "nope.murnau").string()});
    EXPECT_EQ(missing.exitStatus, 2);
    EXPECT_EQ(missing.out, "");
    EXPECT_EQ(missing.err, "murnau-cli: " + (dir / "nope.murnau").string() + ": cannot open: No such file or directory\n");

    const CliRun folder = runCli({"validate", dir.string()});
    EXPECT_EQ(folder.exitStatus, 2);
    EXPECT_EQ(folder.err, "murnau-cli: " + dir.string() + ": is a directory, not a project file\n");

    // A named pipe is never opened (opening it would wait for a writer).
    const CliRun pipe = runCli({"validate", fifo.string()});
    EXPECT_EQ(pipe.exitStatus, 2);
    EXPECT_EQ(pipe.err, "murnau-cli: " + fifo.string() + ": is not a regular file\n");

    const CliRun none = runCli({"validate"});
    EXPECT_EQ(none.exitStatus, 2);
    EXPECT_EQ(none.err.rfind("murnau-cli: PROJECT: ", 0), 0u) << none.err;
    fs::remove_all(dir);
}

TEST(CliValidate, IsListedInTheHelp)
{
    const CliRun run = runCli({"--help"});
    EXPECT_EQ(run.exitStatus, 0);
    EXPECT_NE(run.out.find("  validate  check a project file"), std::string::npos) << run.out;
    const CliRun help = runCli({"validate", "--help"});
    EXPECT_EQ(help.exitStatus, 0);
    EXPECT_NE(help.out.find("Exit status: 0 valid, 1 invalid, 2 unreadable"), std::string::npos) << help.out;
}

} // namespace
} // namespace murnau::test
