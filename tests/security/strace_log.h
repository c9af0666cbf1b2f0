#pragma once
// Runs a program under strace and reads back what it did to the file system, which programs it
// started and where it connected. The log is written with `-f -qq -xx -y -s 65535`: every string
// and every descriptor's path in hexadecimal, so any byte in a path (a comma, a '>', a newline)
// reads back exactly; a relative path is resolved against the directory descriptor strace shows.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace murnau::security {

// The system calls traced: everything that creates, opens, renames, removes, links or changes a
// file, runs a program, or connects a socket, and chdir to follow bare relative paths.
inline constexpr const char* kTracedCalls =
    "execve,execveat,open,openat,openat2,creat,rename,renameat,renameat2,unlink,unlinkat,rmdir,mkdir,mkdirat,"
    "mknod,mknodat,link,linkat,symlink,symlinkat,truncate,chmod,fchmodat,chown,lchown,fchownat,utimensat,connect,chdir";

// One thing a traced program did.
struct TracedEvent {
    enum class Kind {
        Read,      // opened for reading only
        Write,     // opened for writing, created, renamed, removed, linked, truncated or changed
        Execute,   // execve / execveat
        Connect,   // connect to a network (AF_INET, AF_INET6) address
        Local,     // connect to a local (AF_UNIX) socket: the X server, D-Bus
    };
    Kind kind = Kind::Read;
    std::string call;              // "openat", "renameat2"
    std::filesystem::path path;    // absolute, "." and ".." folded; the address for connects
    std::string line;              // the strace line, for messages
};

// The events of a log written as above, in order (a call split by another thread's is read from
// its "unfinished" half, so calls that failed count too: an attempt is an attempt). A bare
// relative path (mkdir("dir")) is taken against the process's working folder as strace last
// showed it, or `startFolder` before any.
[[nodiscard]] std::vector<TracedEvent> readStraceLog(const std::filesystem::path& log,
                                                     const std::filesystem::path& startFolder);

// A program run under strace with its own environment and working folder.
struct TracedRun {
    int exitStatus = -1;           // the program's exit status, or 128 + signal
    std::string standardOutput;    // what it wrote to stdout
    std::string standardError;     // what it wrote to stderr
    std::vector<TracedEvent> events;
};

// How runTraced runs a program.
struct TraceOptions {
    std::filesystem::path workingFolder;
    std::vector<std::string> environment;
    std::filesystem::path log;
    std::optional<std::filesystem::path> readyFile;   // wait for this file to hold `readyText`
    std::string readyText;
    double waitSeconds = 0;                           // at most this long for readyFile
    double runSeconds = 0;                            // then this long more, then SIGTERM (0: run to the end)
};

// Runs `program` with `arguments` under strace in `workingFolder`, with exactly `environment`
// (NAME=value entries), stdin from /dev/null, stdout and stderr to files beside `log`. With
// `runSeconds`, the program gets SIGTERM that long after `readyFile` holds `readyText` (or after
// `waitSeconds`, whichever comes first); without, it runs to its end. Any program still running
// after 180 s is killed (its log shows where it hung). Throws std::runtime_error when strace
// cannot be started.
[[nodiscard]] TracedRun runTraced(const std::filesystem::path& program, const std::vector<std::string>& arguments,
                                  const TraceOptions& options);

// The path of the strace binary, or nullopt when none is installed.
[[nodiscard]] std::optional<std::filesystem::path> findStrace();

// True when `path` is `folder` or inside it (both absolute and folded).
[[nodiscard]] bool isInside(const std::filesystem::path& path, const std::filesystem::path& folder);

} // namespace murnau::security
