#include "tests/cli/cli_runner.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <gtest/gtest.h>

extern char** environ;

namespace murnau::test {

namespace {

// An unlinked temporary file, open for reading and writing; -1 on failure.
int makeTemporaryFile()
{
    std::string path = (std::filesystem::temp_directory_path() / "murnau-cli-test-XXXXXX").string();
    const int fd = mkstemp(path.data());
    if (fd >= 0)
        unlink(path.c_str());
    return fd;
}

std::string readAll(int fd)
{
    std::string text;
    if (lseek(fd, 0, SEEK_SET) < 0)
        return text;
    char buffer[4096];
    for (;;) {
        const ssize_t count = read(fd, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR)
            continue;
        if (count <= 0)
            break;
        text.append(buffer, static_cast<std::size_t>(count));
    }
    return text;
}

} // namespace

CliRun runCli(const std::vector<std::string>& arguments)
{
    CliRun run;
    const int outFd = makeTemporaryFile();
    const int errFd = makeTemporaryFile();
    if (outFd < 0 || errFd < 0) {
        ADD_FAILURE() << "cannot create temporary files for the child's output";
        return run;
    }

    std::string program = MURNAU_CLI_PATH;
    std::vector<std::string> words{program};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, outFd, STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errFd, STDERR_FILENO);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << program << ": error " << spawned;
    } else {
        int status = 0;
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        run.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        run.out = readAll(outFd);
        run.err = readAll(errFd);
    }
    close(outFd);
    close(errFd);
    return run;
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
