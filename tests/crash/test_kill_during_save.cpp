// SIGKILL during save: save_loop saves two versions of a project (A: the demo, B: the demo with
// hundreds more shots) alternately to one path; the test kills it with SIGKILL at a random
// moment, hundreds of times, and after every kill checks that the file is byte for byte A or B
// and loads, that the .bak is A or B, and that leftover temporary files do not pile up. It counts
// the kills that landed inside a save (a temporary file was there; asserted to be some: the test
// hits the window) and inside a write (a temporary that was not yet a whole version).
// A control run with save_loop --direct (a plain in-place write) must show torn files, proving
// the checks can fail. The seed is printed; MURNAU_CRASH_SEED=N repeats a run, MURNAU_CRASH_KILLS=N
// changes the number of kills (250 by default).

#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "core/scene/project_json.h"
#include "core/util/atomic_file.h"
#include "crash_support.h"

namespace murnau::crash {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr int kExtraShots = 300;   // version B's extra shots: about 2.5x the demo's size

unsigned seedFromEnvironment()
{
    if (const char* text = std::getenv("MURNAU_CRASH_SEED"))
        return static_cast<unsigned>(std::strtoul(text, nullptr, 10));
    return std::random_device{}();
}

int killsFromEnvironment(int fallback)
{
    if (const char* text = std::getenv("MURNAU_CRASH_KILLS"))
        return std::max(1, std::atoi(text));
    return fallback;
}

bool isTemporaryOf(const std::string& name, const std::string& base)
{
    return name.rfind(base + ".tmp-", 0) == 0 || name.rfind(base + ".bak.tmp-", 0) == 0;
}

// The two versions, written as files save_loop loads, and their exact text.
struct Versions {
    fs::path fileA, fileB;
    std::string textA, textB;
    double saveSeconds = 0;   // how long one save of B takes here (the kill delays are scaled by it)
};

Versions prepareVersions(const fs::path& folder)
{
    Versions versions;
    versions.fileA = folder / "a.murnau";
    versions.fileB = folder / "b.murnau";
    versions.textA = serializeProject(demoProject());
    versions.textB = serializeProject(demoWithExtraShots(kExtraShots));
    writeFile(versions.fileA, versions.textA);
    writeFile(versions.fileB, versions.textB);
    // Timing probe in a folder of its own (not the one under test).
    const fs::path probe = folder / "probe" / "probe.murnau";
    fs::create_directories(probe.parent_path());
    const Project projectB = loadProject(versions.fileB).value();
    const auto start = Clock::now();
    constexpr int kProbes = 5;
    for (int i = 0; i < kProbes; ++i)
        EXPECT_TRUE(saveProject(projectB, probe).ok());
    versions.saveSeconds = std::chrono::duration<double>(Clock::now() - start).count() / kProbes;
    return versions;
}

// What one run of kills saw.
struct KillCounts {
    int kills = 0;
    int fileWasA = 0, fileWasB = 0, fileTorn = 0, fileUnloadable = 0;
    int backupWasAOrB = 0, backupTorn = 0;
    int insideSave = 0;    // a temporary file was there when the process died
    int insideWrite = 0;   // ... and it was not a whole version yet: killed while writing or copying it
    int maxTemporaries = 0;
    double startSeconds = 0;   // total time from spawning save_loop to its "ready"
};

// Spawns save_loop (`direct`: its unsafe mode) on `target` `kills` times and kills it at a
// random moment in [0, 2 save durations] after it is ready.
KillCounts killRepeatedly(const Versions& versions, const fs::path& target, int kills, bool direct,
                          std::mt19937& random)
{
    const std::string base = target.filename().string();
    const fs::path folder = target.parent_path();
    const auto maxDelay = std::chrono::microseconds(static_cast<long long>(versions.saveSeconds * 2e6) + 1);
    std::uniform_int_distribution<long long> pickDelay(0, maxDelay.count());
    KillCounts counts;
    for (int round = 0; round < kills; ++round) {
        std::vector<std::string> arguments{SAVE_LOOP_PATH, target.string(), versions.fileA.string(), versions.fileB.string()};
        if (direct)
            arguments.push_back("--direct");
        const auto spawned = Clock::now();
        ChildProcess child(arguments);
        const bool ready = child.waitForLine("ready", std::chrono::seconds(60));
        counts.startSeconds += std::chrono::duration<double>(Clock::now() - spawned).count();
        if (!ready) {
            ADD_FAILURE() << "save_loop did not start (round " << round << ")";
            break;
        }
        std::this_thread::sleep_for(std::chrono::microseconds(pickDelay(random)));
        const int status = child.killAndReap();
        if (!(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)) {
            ADD_FAILURE() << "save_loop ended by itself (round " << round << "), status " << status
                          << ", output: " << child.output();
            break;
        }
        ++counts.kills;

        int temporaries = 0;
        bool partial = false;
        for (const std::string& name : entriesOf(folder)) {
            if (!isTemporaryOf(name, base))
                continue;
            ++temporaries;
            const auto size = fs::file_size(folder / name);
            if (size != versions.textA.size() && size != versions.textB.size())
                partial = true;
        }
        counts.insideSave += temporaries > 0;
        counts.insideWrite += partial;
        counts.maxTemporaries = std::max(counts.maxTemporaries, temporaries);

        const std::string text = readFile(target);
        if (text == versions.textA)
            ++counts.fileWasA;
        else if (text == versions.textB)
            ++counts.fileWasB;
        else
            ++counts.fileTorn;
        if (!loadProject(target).ok())
            ++counts.fileUnloadable;
        const fs::path backup = folder / (base + ".bak");
        if (fs::exists(backup)) {
            const std::string backupText = readFile(backup);
            if (backupText == versions.textA || backupText == versions.textB)
                ++counts.backupWasAOrB;
            else
                ++counts.backupTorn;
        }
        if (direct && counts.fileTorn > 0 && round >= 20)
            break;   // the control has made its point
    }
    return counts;
}

void print(const char* label, const KillCounts& counts, const Versions& versions)
{
    std::printf("[crash] %s: %d kills; file was A %d, B %d, torn %d, unloadable %d; .bak whole %d, torn %d; "
                "killed inside a save %d, inside its write %d; at most %d temporary files at once "
                "(A %zu bytes, B %zu bytes, one save of B %.1f ms, save_loop ready after %.0f ms)\n",
                label, counts.kills, counts.fileWasA, counts.fileWasB, counts.fileTorn, counts.fileUnloadable,
                counts.backupWasAOrB, counts.backupTorn, counts.insideSave, counts.insideWrite,
                counts.maxTemporaries, versions.textA.size(), versions.textB.size(), versions.saveSeconds * 1e3,
                counts.startSeconds * 1e3 / std::max(1, counts.kills));
    std::fflush(stdout);
}

TEST(KillDuringSave, FileIsAlwaysTheOldOrTheNewVersion)
{
    const unsigned seed = seedFromEnvironment();
    std::printf("[crash] seed %u (repeat with MURNAU_CRASH_SEED=%u)\n", seed, seed);
    std::mt19937 random(seed);
    ScratchFolder scratch("kill-save");
    const Versions versions = prepareVersions(scratch.path());
    const fs::path folder = scratch.path() / "project";
    fs::create_directories(folder);
    const fs::path target = folder / "scene.murnau";
    writeFile(target, versions.textA);   // an earlier save: the file always exists

    const int kills = killsFromEnvironment(250);
    const KillCounts counts = killRepeatedly(versions, target, kills, false, random);
    print("saveProject", counts, versions);

    EXPECT_EQ(counts.kills, kills);
    EXPECT_EQ(counts.fileTorn, 0);
    EXPECT_EQ(counts.fileUnloadable, 0);
    EXPECT_EQ(counts.backupTorn, 0);
    EXPECT_GT(counts.fileWasA, 0);
    EXPECT_GT(counts.fileWasB, 0);
    // The kills did land inside saves (between creating the temporary file and the rename).
    // How many caught a temporary still being written is printed, not asserted: that window is
    // a few milliseconds of a save, so a run of a few hundred kills may or may not hit it.
    EXPECT_GT(counts.insideSave, 0);
    // A killed save leaves at most its own two temporaries (the file's and the backup's); the
    // next save removes them, so they never pile up.
    EXPECT_LE(counts.maxTemporaries, 2);

    // Nothing is left once a save has run (or the leftovers are removed explicitly).
    removeStaleTemporaries(target);
    EXPECT_EQ(entriesOf(folder), (std::vector<std::string>{"scene.murnau", "scene.murnau.bak"}));
}

// The control: the same kills against a plain in-place write must show a torn file, or the
// checks above would prove nothing.
TEST(KillDuringSave, ControlInPlaceWriteIsCaughtTorn)
{
    const unsigned seed = seedFromEnvironment();
    std::printf("[crash] control seed %u\n", seed);
    std::mt19937 random(seed);
    ScratchFolder scratch("kill-direct");
    const Versions versions = prepareVersions(scratch.path());
    const fs::path folder = scratch.path() / "project";
    fs::create_directories(folder);
    const fs::path target = folder / "scene.murnau";
    writeFile(target, versions.textA);

    const KillCounts counts = killRepeatedly(versions, target, 200, true, random);
    print("in-place write (control)", counts, versions);
    EXPECT_GT(counts.fileTorn, 0) << "no kill tore the unprotected file: the test cannot see a torn save";
}

// murnau-cli export writes through the same atomic writer (core/export/export_file.h, no
// backup): an export killed at any moment leaves the previous export or the new one. Two
// different projects are exported alternately to one .usda (a time sample per frame, so the
// file is large) and each run is killed at a random moment of its run time.
// Exports write through the same replaceFileAtomically as saves, but one export run takes
// seconds and its write window is a few per cent of it, so enough kills to land in that window
// take about five minutes: a long run, asked for with MURNAU_CRASH_LONG=1 (docs/crash-safety.md).
TEST(KillDuringSave, CliExportIsAlwaysTheOldOrTheNewFile)
{
    if (std::getenv("MURNAU_CRASH_LONG") == nullptr)
        GTEST_SKIP() << "a five-minute run: set MURNAU_CRASH_LONG=1";
    const unsigned seed = seedFromEnvironment();
    std::printf("[crash] export seed %u\n", seed);
    std::mt19937 random(seed);
    ScratchFolder scratch("kill-export");
    const Versions versions = prepareVersions(scratch.path());
    const fs::path folder = scratch.path() / "out";
    fs::create_directories(folder);
    const fs::path target = folder / "cameras.usda";

    // Each version's export, run to the end, and how long a run takes.
    const auto runExport = [&](const fs::path& project, const fs::path& out) {
        ChildProcess child({MURNAU_CLI_PATH, "export", project.string(), "--usd", out.string()});
        const int status = child.reap();
        return WIFEXITED(status) && WEXITSTATUS(status) == 0;
    };
    const auto start = Clock::now();
    ASSERT_TRUE(runExport(versions.fileB, folder / "b.usda"));
    const double runSeconds = std::chrono::duration<double>(Clock::now() - start).count();
    ASSERT_TRUE(runExport(versions.fileA, folder / "a.usda"));
    ASSERT_TRUE(runExport(versions.fileA, target));
    const std::string exportA = readFile(folder / "a.usda");
    const std::string exportB = readFile(folder / "b.usda");
    ASSERT_NE(exportA, exportB);
    ASSERT_EQ(readFile(target), exportA) << "the export is not deterministic: the comparison would be meaningless";

    const int kills = killsFromEnvironment(200) / 2;
    std::uniform_int_distribution<long long> pickDelay(0, static_cast<long long>(runSeconds * 1.2e6));
    int wasA = 0, wasB = 0, torn = 0, insideSave = 0, maxTemporaries = 0;
    for (int round = 0; round < kills; ++round) {
        const fs::path& project = round % 2 == 0 ? versions.fileB : versions.fileA;
        ChildProcess child({MURNAU_CLI_PATH, "export", project.string(), "--usd", target.string()});
        std::this_thread::sleep_for(std::chrono::microseconds(pickDelay(random)));
        child.killAndReap();
        int temporaries = 0;
        for (const std::string& name : entriesOf(folder))
            temporaries += isTemporaryOf(name, target.filename().string());
        insideSave += temporaries > 0;
        maxTemporaries = std::max(maxTemporaries, temporaries);
        const std::string text = readFile(target);
        wasA += text == exportA;
        wasB += text == exportB;
        torn += text != exportA && text != exportB;
    }
    std::printf("[crash] murnau-cli export --usd: %d kills; file was A %d, B %d, torn %d; killed while its temporary "
                "file existed %d; at most %d temporary files at once (A %zu bytes, B %zu bytes, one run %.0f ms)\n",
                kills, wasA, wasB, torn, insideSave, maxTemporaries, exportA.size(), exportB.size(), runSeconds * 1e3);
    EXPECT_EQ(torn, 0);
    EXPECT_GT(wasB, 0);
    EXPECT_GT(insideSave, 0);
    EXPECT_LE(maxTemporaries, 1);
}

} // namespace
} // namespace murnau::crash
