#include "core/log/logging.h"

#include <cstddef>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace murnau {

namespace {

constexpr std::size_t kMaxLogFileBytes = 5 * 1024 * 1024;  // one log file rotates at 5 MiB
constexpr std::size_t kMaxLogFiles = 3;                     // <program>.log plus .1.log and .2.log

// The value of an environment variable, or "" when it is unset.
std::string environmentValue(const char* name)
{
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}

// The rotating file sink in logDirectory(), or nullptr with `reason` saying why not.
spdlog::sink_ptr makeFileSink(const std::string& programName, std::string& reason)
{
    const std::filesystem::path directory = logDirectory();
    if (directory.empty()) {
        reason = "neither XDG_STATE_HOME nor HOME is set";
        return nullptr;
    }
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        reason = fmt::format("cannot create {}: {}", directory.string(), error.message());
        return nullptr;
    }
    const std::filesystem::path file = directory / (programName + ".log");
    try {
        return std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.string(), kMaxLogFileBytes,
                                                                      kMaxLogFiles);
    } catch (const spdlog::spdlog_ex& e) {
        reason = fmt::format("cannot open {}: {}", file.string(), e.what());
    } catch (const std::exception& e) {
        reason = fmt::format("cannot open {}: {}", file.string(), e.what());
    }
    return nullptr;
}

} // namespace

std::filesystem::path logDirectory()
{
    // XDG Base Directory spec: a relative XDG_STATE_HOME is invalid and must be ignored.
    const std::filesystem::path stateHome = environmentValue("XDG_STATE_HOME");
    if (stateHome.is_absolute())
        return stateHome / "murnau";
    const std::string home = environmentValue("HOME");
    if (!home.empty())
        return std::filesystem::path(home) / ".local" / "state" / "murnau";
    return {};
}

void setupLogging(std::string_view programName, const LoggingOptions& options)
{
    try {
        const std::string name = programName.empty() ? std::string("murnau") : std::string(programName);
        const auto detailLevel = options.verbose ? spdlog::level::debug : spdlog::level::info;

        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        console->set_pattern("%n: %^%l%$: %v");
        std::vector<spdlog::sink_ptr> sinks{console};

        std::string fileProblem;
        spdlog::sink_ptr fileSink;
        if (options.logToFile)
            fileSink = makeFileSink(name, fileProblem);
        if (fileSink) {
            fileSink->set_level(detailLevel);
            fileSink->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%P] [%l] %v");
            sinks.push_back(fileSink);
        }

        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(detailLevel);
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(std::move(logger));

        if (!fileProblem.empty())
            spdlog::warn("logging to the console only: {}", fileProblem);
        else if (fileSink)
            spdlog::debug("logging to {}", (logDirectory() / (name + ".log")).string());
    } catch (const std::exception& e) {
        // Keep whatever default logger spdlog already has (its stdout colour logger at worst).
        spdlog::warn("logging set-up failed, keeping the previous logger: {}", e.what());
    } catch (...) {
        spdlog::warn("logging set-up failed, keeping the previous logger");
    }
}

} // namespace murnau
