// Tests for core/log/logging: where the log file goes and that lines reach it.

#include "core/log/logging.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

namespace murnau {
namespace {

// Sets or unsets an environment variable for one scope and restores it afterwards.
class ScopedEnv {
public:
    ScopedEnv(const char* name, const char* value)
        : m_name(name)
    {
        if (const char* old = std::getenv(name))
            m_old = std::string(old);
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
    }
    ~ScopedEnv()
    {
        if (m_old)
            ::setenv(m_name.c_str(), m_old->c_str(), 1);
        else
            ::unsetenv(m_name.c_str());
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    std::string m_name;
    std::optional<std::string> m_old;
};

// A fresh directory under the system temp dir, removed with everything in it at the end.
class TempDir {
public:
    TempDir()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "murnau-logging-XXXXXX").string();
        if (::mkdtemp(pattern.data()))
            m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Puts a console-only logger back so no later test writes into a removed temp dir.
void resetToConsoleLogging()
{
    LoggingOptions consoleOnly;
    consoleOnly.logToFile = false;
    setupLogging("core_tests", consoleOnly);
}

TEST(Logging, DirectoryHonoursXdgStateHome)
{
    const ScopedEnv state("XDG_STATE_HOME", "/srv/state");
    const ScopedEnv home("HOME", "/home/director");
    EXPECT_EQ(logDirectory(), std::filesystem::path("/srv/state/murnau"));
}

TEST(Logging, DirectoryFallsBackToHome)
{
    const ScopedEnv state("XDG_STATE_HOME", nullptr);
    const ScopedEnv home("HOME", "/home/director");
    EXPECT_EQ(logDirectory(), std::filesystem::path("/home/director/.local/state/murnau"));
}

TEST(Logging, RelativeXdgStateHomeIsIgnored)
{
    // The XDG Base Directory spec says relative paths are invalid and must be ignored.
    const ScopedEnv state("XDG_STATE_HOME", "relative/state");
    const ScopedEnv home("HOME", "/home/director");
    EXPECT_EQ(logDirectory(), std::filesystem::path("/home/director/.local/state/murnau"));
}

TEST(Logging, NoDirectoryWithoutXdgStateHomeOrHome)
{
    const ScopedEnv state("XDG_STATE_HOME", nullptr);
    const ScopedEnv home("HOME", nullptr);
    EXPECT_TRUE(logDirectory().empty());
}

TEST(Logging, SetupWritesLinesToTheFile)
{
    const TempDir temp;
    ASSERT_FALSE(temp.path().empty());
    const ScopedEnv state("XDG_STATE_HOME", temp.path().c_str());

    setupLogging("murnau-logging-test", LoggingOptions{});
    ASSERT_NE(spdlog::default_logger(), nullptr);
    EXPECT_EQ(spdlog::default_logger()->name(), "murnau-logging-test");
    spdlog::info("track length {} m", 12.5);
    spdlog::default_logger()->flush();

    const std::filesystem::path file = temp.path() / "murnau" / "murnau-logging-test.log";
    ASSERT_TRUE(std::filesystem::exists(file));
    const std::string text = readFile(file);
    EXPECT_NE(text.find("track length 12.5 m"), std::string::npos) << text;
    EXPECT_NE(text.find("[info]"), std::string::npos) << text;

    resetToConsoleLogging();
}

TEST(Logging, DebugLinesReachTheFileOnlyWhenVerbose)
{
    const TempDir temp;
    ASSERT_FALSE(temp.path().empty());
    const ScopedEnv state("XDG_STATE_HOME", temp.path().c_str());
    const std::filesystem::path file = temp.path() / "murnau" / "murnau-logging-test.log";

    setupLogging("murnau-logging-test", LoggingOptions{});
    spdlog::debug("quiet detail");
    spdlog::default_logger()->flush();
    EXPECT_EQ(readFile(file).find("quiet detail"), std::string::npos);

    LoggingOptions verbose;
    verbose.verbose = true;
    setupLogging("murnau-logging-test", verbose);
    spdlog::debug("loud detail");
    spdlog::default_logger()->flush();
    EXPECT_NE(readFile(file).find("loud detail"), std::string::npos);

    resetToConsoleLogging();
}

TEST(Logging, UnwritableDirectoryFallsBackToTheConsole)
{
    const TempDir temp;
    ASSERT_FALSE(temp.path().empty());
    // A regular file where the state directory should be: create_directories must fail.
    const std::filesystem::path blocker = temp.path() / "not-a-directory";
    std::ofstream(blocker) << "x";
    const ScopedEnv state("XDG_STATE_HOME", blocker.c_str());

    EXPECT_NO_THROW(setupLogging("murnau-logging-test", LoggingOptions{}));
    ASSERT_NE(spdlog::default_logger(), nullptr);
    EXPECT_EQ(spdlog::default_logger()->sinks().size(), 1u);
    EXPECT_NO_THROW(spdlog::error("still logged to the console"));

    resetToConsoleLogging();
}

TEST(Logging, NoHomeMeansConsoleOnly)
{
    const ScopedEnv state("XDG_STATE_HOME", nullptr);
    const ScopedEnv home("HOME", nullptr);

    EXPECT_NO_THROW(setupLogging("murnau-logging-test", LoggingOptions{}));
    ASSERT_NE(spdlog::default_logger(), nullptr);
    EXPECT_EQ(spdlog::default_logger()->sinks().size(), 1u);

    resetToConsoleLogging();
}

} // namespace
} // namespace murnau
