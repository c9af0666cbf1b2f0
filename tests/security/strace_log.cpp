// strace runs and their logs (see strace_log.h).

#include "strace_log.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

namespace murnau::security {

namespace fs = std::filesystem;

namespace {

// The bytes of a strace string or annotation body: "\x2f\x74" → "/t" (other escapes too).
std::string decodeEscapes(const std::string& text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const char c = text[++i];
        if (c == 'x' && i + 2 < text.size()) {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else if (c >= '0' && c <= '7') {
            int value = 0;
            int digits = 0;
            while (digits < 3 && i < text.size() && text[i] >= '0' && text[i] <= '7') {
                value = value * 8 + (text[i] - '0');
                ++i;
                ++digits;
            }
            --i;
            out += static_cast<char>(value);
        } else {
            switch (c) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case 'r': out += '\r'; break;
            case 'v': out += '\v'; break;
            case 'f': out += '\f'; break;
            default: out += c; break;
            }
        }
    }
    return out;
}

// One argument: a string ("..."), a descriptor with its path (AT_FDCWD<...>, 3<...>), or raw text.
struct Argument {
    std::string raw;
    std::optional<std::string> text;        // a quoted string's bytes
    std::optional<std::string> descriptor;  // a descriptor's path
};

Argument parseArgument(const std::string& raw)
{
    Argument arg;
    arg.raw = raw;
    if (raw.size() >= 2 && raw.front() == '"') {
        const std::size_t close = raw.rfind('"');
        arg.text = decodeEscapes(raw.substr(1, close - 1));
    } else if (const std::size_t open = raw.find('<'); open != std::string::npos && raw.back() == '>') {
        arg.descriptor = decodeEscapes(raw.substr(open + 1, raw.size() - open - 2));
    }
    return arg;
}

// The top-level arguments of "name(a, b, {c, d}, [e])" (the text after the '(').
std::vector<Argument> splitArguments(const std::string& text)
{
    std::vector<Argument> args;
    int depth = 0;
    bool quoted = false;
    std::string current;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            current += c;
            if (c == '\\' && i + 1 < text.size())
                current += text[++i];
            else if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '"') {
            quoted = true;
        } else if (c == '(' || c == '[' || c == '{') {
            ++depth;
        } else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0)
                break;   // the call's closing parenthesis
            --depth;
        } else if (c == ',' && depth == 0) {
            args.push_back(parseArgument(current));
            current.clear();
            if (i + 1 < text.size() && text[i + 1] == ' ')
                ++i;
            continue;
        }
        current += c;
    }
    if (!current.empty())
        args.push_back(parseArgument(current));
    return args;
}

// `path` made absolute: against its directory descriptor's path when strace shows one, else against
// `currentFolder` (the process's working folder as last seen).
fs::path resolved(const Argument* directory, const Argument& path, const fs::path& currentFolder)
{
    const fs::path named(path.text.value_or(""));
    if (named.is_absolute())
        return named.lexically_normal();
    if (directory != nullptr && directory->descriptor)
        return (fs::path(*directory->descriptor) / named).lexically_normal();
    return (currentFolder / named).lexically_normal();
}

bool writesFlags(const std::string& flags)
{
    for (const char* flag : {"O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND", "O_TMPFILE"}) {
        if (flags.find(flag) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

std::vector<TracedEvent> readStraceLog(const fs::path& log, const fs::path& startFolder)
{
    std::ifstream in(log);
    if (!in)
        throw std::runtime_error("cannot read the strace log " + log.string());
    std::vector<TracedEvent> events;
    // Each process's working folder, as strace last showed it (AT_FDCWD<...>) or chdir set it, for
    // the calls that take a bare path (mkdir("dir")).
    std::map<std::string, fs::path> folderOf;
    std::string line;
    while (std::getline(in, line)) {
        const std::string pid = line.substr(0, line.find(' '));
        std::size_t start = line.find_first_not_of("0123456789");
        start = line.find_first_not_of(' ', start);
        if (start == std::string::npos)
            continue;
        std::string rest = line.substr(start);
        if (rest.rfind("<...", 0) == 0 || rest.rfind("+++", 0) == 0 || rest.rfind("---", 0) == 0)
            continue;
        const std::size_t paren = rest.find('(');
        if (paren == std::string::npos)
            continue;
        const std::string call = rest.substr(0, paren);
        const std::size_t unfinished = rest.rfind(" <unfinished ...>");
        if (unfinished != std::string::npos)
            rest.resize(unfinished);
        const std::vector<Argument> a = splitArguments(rest.substr(paren + 1));
        for (const Argument& argument : a) {
            if (argument.descriptor && argument.raw.rfind("AT_FDCWD<", 0) == 0)
                folderOf[pid] = *argument.descriptor;
        }
        const fs::path workingFolder = folderOf.count(pid) != 0 ? folderOf[pid] : startFolder;
        const auto add = [&](TracedEvent::Kind kind, fs::path path) {
            events.push_back(TracedEvent{kind, call, std::move(path), line});
        };
        const auto at = [&](std::size_t i) -> const Argument& {
            static const Argument none;
            return i < a.size() ? a[i] : none;
        };
        using Kind = TracedEvent::Kind;
        if (call == "chdir") {
            folderOf[pid] = resolved(nullptr, at(0), workingFolder);
        } else if (call == "open") {
            add(writesFlags(at(1).raw) ? Kind::Write : Kind::Read, resolved(nullptr, at(0), workingFolder));
        } else if (call == "openat" || call == "openat2") {
            add(writesFlags(at(2).raw) ? Kind::Write : Kind::Read, resolved(&at(0), at(1), workingFolder));
        } else if (call == "creat" || call == "unlink" || call == "rmdir" || call == "mkdir" || call == "mknod"
                   || call == "truncate" || call == "chmod" || call == "chown" || call == "lchown") {
            add(Kind::Write, resolved(nullptr, at(0), workingFolder));
        } else if (call == "unlinkat" || call == "mkdirat" || call == "mknodat" || call == "fchmodat"
                   || call == "fchownat") {
            add(Kind::Write, resolved(&at(0), at(1), workingFolder));
        } else if (call == "utimensat") {
            // utimensat(fd, NULL, ...) changes the descriptor's own file.
            add(Kind::Write, at(1).text ? resolved(&at(0), at(1), workingFolder)
                                        : fs::path(at(0).descriptor.value_or("")).lexically_normal());
        } else if (call == "rename") {
            add(Kind::Write, resolved(nullptr, at(0), workingFolder));
            add(Kind::Write, resolved(nullptr, at(1), workingFolder));
        } else if (call == "renameat" || call == "renameat2") {
            add(Kind::Write, resolved(&at(0), at(1), workingFolder));
            add(Kind::Write, resolved(&at(2), at(3), workingFolder));
        } else if (call == "link" || call == "symlink") {
            add(Kind::Write, resolved(nullptr, at(1), workingFolder));
        } else if (call == "linkat") {
            add(Kind::Write, resolved(&at(2), at(3), workingFolder));
        } else if (call == "symlinkat") {
            add(Kind::Write, resolved(&at(1), at(2), workingFolder));
        } else if (call == "execve") {
            add(Kind::Execute, resolved(nullptr, at(0), workingFolder));
        } else if (call == "execveat") {
            add(Kind::Execute, resolved(&at(0), at(1), workingFolder));
        } else if (call == "connect") {
            const std::string& address = at(1).raw;
            if (address.find("AF_UNIX") != std::string::npos || address.find("AF_LOCAL") != std::string::npos
                || address.find("AF_NETLINK") != std::string::npos)
                add(Kind::Local, decodeEscapes(address));
            else
                add(Kind::Connect, decodeEscapes(address));
        }
    }
    return events;
}

std::optional<fs::path> findStrace()
{
    for (const char* candidate : {"/usr/bin/strace", "/bin/strace", "/usr/local/bin/strace"}) {
        if (::access(candidate, X_OK) == 0)
            return fs::path(candidate);
    }
    return std::nullopt;
}

bool isInside(const fs::path& path, const fs::path& folder)
{
    auto it = path.begin();
    for (const fs::path& part : folder) {
        if (part.empty())
            continue;   // a trailing separator
        if (it == path.end() || *it != part)
            return false;
        ++it;
    }
    return true;
}

namespace {

std::string readWhole(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The traced program's pid: the first field of the log's first line (its execve).
pid_t tracedPid(const fs::path& log)
{
    std::ifstream in(log);
    pid_t pid = 0;
    in >> pid;
    return in ? pid : 0;
}

} // namespace

TracedRun runTraced(const fs::path& program, const std::vector<std::string>& arguments, const TraceOptions& options)
{
    const std::optional<fs::path> strace = findStrace();
    if (!strace)
        throw std::runtime_error("strace is not installed (Debian package strace)");
    std::vector<std::string> words{strace->string(), "-f",          "-qq", "-xx", "-y", "-s", "65535",
                                   "--seccomp-bpf",   "-e",          std::string("trace=") + kTracedCalls,
                                   "-e",              "signal=none", "-o",  options.log.string(), "--",
                                   program.string()};
    words.insert(words.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (std::string& word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    std::vector<std::string> environment = options.environment;
    std::vector<char*> envp;
    for (std::string& entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    const fs::path out = options.log.string() + ".stdout";
    const fs::path err = options.log.string() + ".stderr";
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addchdir_np(&actions, options.workingFolder.c_str());
    pid_t child = 0;
    const int spawned = ::posix_spawn(&child, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        throw std::runtime_error(std::string("cannot start strace: ") + std::strerror(spawned));

    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    const auto seconds = [&] { return std::chrono::duration<double>(Clock::now() - started).count(); };
    constexpr double kLimitSeconds = 180;   // a program that hangs is stopped, and its log shows where
    std::optional<double> stopAt;
    if (options.runSeconds > 0 && !options.readyFile)
        stopAt = options.runSeconds;
    int status = 0;
    bool terminated = false;
    bool killed = false;
    while (true) {
        const pid_t done = ::waitpid(child, &status, WNOHANG);
        if (done == child)
            break;
        if (done < 0 && errno != EINTR)
            throw std::runtime_error(std::string("lost strace: ") + std::strerror(errno));
        if (options.runSeconds > 0 && !stopAt) {
            const bool ready = options.readyFile && fs::exists(*options.readyFile)
                               && readWhole(*options.readyFile).find(options.readyText) != std::string::npos;
            if (ready || seconds() > options.waitSeconds)
                stopAt = seconds() + options.runSeconds;
        }
        if (stopAt && seconds() > *stopAt && !terminated) {
            if (const pid_t traced = tracedPid(options.log); traced > 0)
                ::kill(traced, SIGTERM);
            terminated = true;
        }
        if (seconds() > kLimitSeconds && !killed) {
            if (const pid_t traced = tracedPid(options.log); traced > 0)
                ::kill(traced, SIGKILL);
            killed = true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    TracedRun run;
    run.exitStatus = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.standardOutput = readWhole(out);
    run.standardError = readWhole(err);
    run.events = readStraceLog(options.log, options.workingFolder);
    return run;
}

} // namespace murnau::security
