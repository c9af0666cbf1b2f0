// The policy check of traced runs (see trace_policy.h).

#include "trace_policy.h"

#include <algorithm>
#include <cstdlib>

namespace murnau::security {

namespace fs = std::filesystem;

std::vector<std::string> policyViolations(const std::vector<TracedEvent>& events, const TracePolicy& policy)
{
    std::vector<std::string> lines;
    bool sawSelf = false;
    const auto inAny = [](const fs::path& path, const std::vector<fs::path>& roots) {
        return std::any_of(roots.begin(), roots.end(), [&](const fs::path& root) { return isInside(path, root); });
    };
    for (const TracedEvent& event : events) {
        using Kind = TracedEvent::Kind;
        if (inAny(event.path, policy.unreadable) && event.kind != Kind::Connect && event.kind != Kind::Local)
            lines.push_back("touched a decoy or trap: " + event.call + " " + event.path.string() + "  [" + event.line + "]");
        switch (event.kind) {
        case Kind::Read:
        case Kind::Local:
            break;
        case Kind::Write:
            if (!inAny(event.path, policy.writableRoots)
                && std::find(policy.writableFiles.begin(), policy.writableFiles.end(), event.path)
                       == policy.writableFiles.end())
                lines.push_back("write outside its folders: " + event.call + " " + event.path.string() + "  ["
                                + event.line + "]");
            break;
        case Kind::Execute:
            // strace's own start of the program is its first execve; any other is a program started.
            if (!sawSelf && event.path == policy.program)
                sawSelf = true;
            else
                lines.push_back("ran a program: " + event.path.string() + "  [" + event.line + "]");
            break;
        case Kind::Connect:
            lines.push_back("network connection: " + event.path.string() + "  [" + event.line + "]");
            break;
        }
    }
    if (!sawSelf)
        lines.push_back("the log shows no execve of " + policy.program.string() + " (did strace run it?)");
    return lines;
}

std::vector<std::string> sandboxEnvironment(const fs::path& sandbox, const std::vector<std::string>& extra)
{
    std::vector<std::string> environment = {
        "HOME=" + (sandbox / "home").string(),
        "XDG_CONFIG_HOME=" + (sandbox / "config").string(),
        "XDG_STATE_HOME=" + (sandbox / "state").string(),
        "XDG_CACHE_HOME=" + (sandbox / "cache").string(),
        "XDG_DATA_HOME=" + (sandbox / "home" / ".local" / "share").string(),
        "XDG_RUNTIME_DIR=" + (sandbox / "runtime").string(),
        "TMPDIR=" + (sandbox / "tmp").string(),
        "PATH=/usr/bin:/bin",
        "LANG=C.UTF-8",
    };
    for (const char* name : {"UBSAN_OPTIONS", "LSAN_OPTIONS", "TSAN_OPTIONS"}) {
        if (const char* value = std::getenv(name))
            environment.push_back(std::string(name) + "=" + value);
    }
    const char* asan = std::getenv("ASAN_OPTIONS");
    environment.push_back(std::string("ASAN_OPTIONS=") + (asan && *asan ? std::string(asan) + ":" : "") + "detect_leaks=0");
    environment.insert(environment.end(), extra.begin(), extra.end());
    return environment;
}

} // namespace murnau::security
