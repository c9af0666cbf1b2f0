#include "app/cli/app_process.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace murnau::cli {

Result<std::filesystem::path> findAppBinary(const std::string& option)
{
    if (const char* named = std::getenv("MURNAU_APP"); named != nullptr && *named != '\0') {
        if (::access(named, X_OK) == 0)
            return std::filesystem::path(named);
        return fail(option, fmt::format("MURNAU_APP names {}, which is not an executable file", named));
    }
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return fail(option, "cannot find murnau-cli's own folder to look for the murnau app: " + error.message());
    const std::filesystem::path candidates[] = {
        self.parent_path().parent_path() / "murnau",   // build tree: build/app/cli/murnau-cli → build/app/murnau
        self.parent_path() / "murnau",                 // installed: /usr/bin/murnau-cli → /usr/bin/murnau
    };
    for (const std::filesystem::path& candidate : candidates) {
        if (::access(candidate.c_str(), X_OK) == 0 && std::filesystem::is_regular_file(candidate, error))
            return candidate;
    }
    return fail(option, fmt::format("the PDF is rendered by the murnau app, which is not at {} or {} "
                                    "(set MURNAU_APP to its path)",
                                    candidates[0].string(), candidates[1].string()));
}

bool hasDisplay() noexcept
{
    const char* x11 = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x11 != nullptr && *x11 != '\0') || (wayland != nullptr && *wayland != '\0');
}

Result<int> runAndWait(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                       const std::string& option)
{
    std::vector<std::string> words;
    words.push_back(program.string());
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);

    // The app's own "Wrote ..." line would break murnau-cli's output (its --json): it goes to
    // /dev/null; its error messages (stderr) pass through.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t child = 0;
    const int spawnError = ::posix_spawn(&child, program.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawnError != 0)
        return fail(option, fmt::format("cannot start {}: {}", program.string(), std::strerror(spawnError)));
    int status = 0;
    while (::waitpid(child, &status, 0) < 0) {
        if (errno != EINTR)
            return fail(option, fmt::format("lost {}: {}", program.string(), std::strerror(errno)));
    }
    if (WIFSIGNALED(status))
        return fail(option, fmt::format("{} was killed by signal {}", program.string(), WTERMSIG(status)));
    return WEXITSTATUS(status);
}

} // namespace murnau::cli
