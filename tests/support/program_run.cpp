// The child-process runner of the tests (see program_run.h).

#include "tests/support/program_run.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <gtest/gtest.h>

extern char** environ;

namespace murnau::test {

namespace {

// An unlinked temporary file, open for reading and writing; -1 on failure.
int makeTemporaryFile()
{
    std::string path = (std::filesystem::temp_directory_path() / "murnau-test-run-XXXXXX").string();
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

ProgramRun runProgram(const std::string& program, const std::vector<std::string>& arguments)
{
    ProgramRun run;
    // The output goes to files rather than pipes, so a chatty child never blocks on a full pipe.
    const int outFd = makeTemporaryFile();
    const int errFd = makeTemporaryFile();
    if (outFd < 0 || errFd < 0) {
        ADD_FAILURE() << "cannot create temporary files for the output of " << program;
        if (outFd >= 0)
            close(outFd);
        if (errFd >= 0)
            close(errFd);
        return run;
    }

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
    const int spawned = posix_spawnp(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        ADD_FAILURE() << "cannot start " << program << ": " << std::strerror(spawned);
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

} // namespace murnau::test
