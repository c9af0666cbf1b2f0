#pragma once
// Helpers of the crash-safety tests: a scratch folder, whole-file reads and writes, the two
// project versions the save loop alternates, and running a program as a child process
// (posix_spawn) with its stdout on a pipe so the test can wait for its "ready" line.

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/scene/project_json.h"

extern char** environ;

namespace murnau::crash {

// A fresh folder under the system's temporary folder, removed with everything in it.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& tag)
    {
        std::string pattern = (std::filesystem::temp_directory_path() / ("murnau-" + tag + "-XXXXXX")).string();
        if (::mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("mkdtemp failed for " + pattern);
        m_path = pattern;
    }
    ~ScratchFolder()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out.flush())
        throw std::runtime_error("cannot write " + path.string());
}

// Names in a folder, sorted.
inline std::vector<std::string> entriesOf(const std::filesystem::path& folder)
{
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The bundled demo project (version A of the save loop).
inline Project demoProject()
{
    Result<Project> loaded = loadProject(std::filesystem::path(MURNAU_SOURCE_DIR) / "assets/demo/warehouse.murnau");
    if (!loaded)
        throw std::runtime_error(loaded.error().describe());
    return std::move(loaded).value();
}

// The demo with `extraShots` more shots (copies of its first scene's shots under new ids and
// numbers) and another title: version B, several times A's size so a save takes long enough to
// be caught half way.
inline Project demoWithExtraShots(int extraShots)
{
    Project project = demoProject();
    project.title += " (with many more shots)";
    Scene& scene = project.scenes.at(0);
    const std::vector<Shot> originals = scene.shots;
    for (int i = 0; i < extraShots; ++i) {
        Shot copy = originals.at(static_cast<std::size_t>(i) % originals.size());
        copy.id = "sh-crash-" + std::to_string(i + 1);
        copy.number = "C" + std::to_string(i + 1);
        copy.notes = "Extra shot " + std::to_string(i + 1) + " for the crash test";
        scene.shots.push_back(std::move(copy));
    }
    return project;
}

// A child process started with posix_spawn; its stdout is readable through a pipe.
class ChildProcess {
public:
    // Starts `arguments[0]` (a path) with `arguments`; `environment` replaces the environment
    // when given ("NAME=value" entries). Throws if it cannot be started.
    explicit ChildProcess(const std::vector<std::string>& arguments,
                          const std::optional<std::vector<std::string>>& environment = std::nullopt)
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
        std::vector<char*> argv;
        for (const std::string& argument : arguments)
            argv.push_back(const_cast<char*>(argument.c_str()));
        argv.push_back(nullptr);
        std::vector<char*> envp;
        if (environment) {
            for (const std::string& entry : *environment)
                envp.push_back(const_cast<char*>(entry.c_str()));
            envp.push_back(nullptr);
        }
        const int error = ::posix_spawn(&m_pid, argv[0], &actions, nullptr, argv.data(),
                                        environment ? envp.data() : environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(fds[1]);
        m_stdout = fds[0];
        if (error != 0) {
            ::close(m_stdout);
            throw std::runtime_error("cannot start " + arguments[0] + ": " + std::to_string(error));
        }
    }
    ~ChildProcess()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            reap();
        }
        ::close(m_stdout);
    }
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }

    // Reads stdout until it holds `line` or `timeout` passes; true if it came.
    bool waitForLine(const std::string& line, std::chrono::milliseconds timeout)
    {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        while (m_output.find(line + "\n") == std::string::npos) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return false;
            pollfd poller{m_stdout, POLLIN, 0};
            if (::poll(&poller, 1, static_cast<int>(left.count())) <= 0)
                continue;
            char buffer[4096];
            const ssize_t got = ::read(m_stdout, buffer, sizeof buffer);
            if (got <= 0)
                return false;   // the child closed its stdout (exited)
            m_output.append(buffer, static_cast<std::size_t>(got));
        }
        return true;
    }

    // SIGKILL, then wait for it to be gone (so /proc no longer shows it).
    int killAndReap()
    {
        ::kill(m_pid, SIGKILL);
        return reap();
    }

    // Waits for the child to end; its wait status.
    int reap()
    {
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
        return status;
    }

    const std::string& output() const { return m_output; }

private:
    pid_t m_pid = -1;
    int m_stdout = -1;
    std::string m_output;
};

} // namespace murnau::crash
