// Leftovers of killed saves: removeStaleTemporaries removes "<file>.tmp-XXXXXX" and
// "<file>.bak.tmp-XXXXXX" files nobody holds, leaves those a live save holds under its flock,
// and touches no other name; a save removes what killed saves of the same file left.

#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "core/scene/project_json.h"
#include "core/util/atomic_file.h"
#include "crash_support.h"

namespace murnau::crash {
namespace {

namespace fs = std::filesystem;

TEST(StaleTemporaries, RemovesOnlyTheFilesTemporariesNobodyHolds)
{
    ScratchFolder scratch("stale");
    const fs::path target = scratch.path() / "scene.murnau";
    writeFile(target, "current");
    const std::vector<std::string> leftovers{"scene.murnau.tmp-a1b2c3", "scene.murnau.bak.tmp-zz9900"};
    // Names that only look alike: other files' temporaries, wrong lengths, capitals, no dash.
    const std::vector<std::string> others{"scene.murnau.bak", "other.murnau.tmp-a1b2c3", "scene.murnau.tmp-a1b2c",
                                          "scene.murnau.tmp-a1b2c3d", "scene.murnau.tmp-A1B2C3", "scene.murnau.tmpa1b2c3",
                                          "xscene.murnau.tmp-a1b2c3"};
    for (const std::string& name : leftovers)
        writeFile(scratch.path() / name, "half a sa");
    for (const std::string& name : others)
        writeFile(scratch.path() / name, "keep me");

    EXPECT_EQ(removeStaleTemporaries(target), 2);
    for (const std::string& name : leftovers)
        EXPECT_FALSE(fs::exists(scratch.path() / name)) << name;
    for (const std::string& name : others)
        EXPECT_EQ(readFile(scratch.path() / name), "keep me") << name;
    EXPECT_EQ(readFile(target), "current");
}

TEST(StaleTemporaries, LeavesATemporaryALiveSaveHolds)
{
    ScratchFolder scratch("held");
    const fs::path target = scratch.path() / "scene.murnau";
    const fs::path held = scratch.path() / "scene.murnau.tmp-inuse0";
    writeFile(held, "being written");
    // A save in progress holds its temporary under an exclusive flock (another open file
    // description conflicts even within one process, as another process would).
    const int fd = ::open(held.c_str(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::flock(fd, LOCK_EX), 0);
    EXPECT_EQ(removeStaleTemporaries(target), 0);
    EXPECT_TRUE(fs::exists(held));
    // The save goes on too, and leaves the held file alone.
    ASSERT_TRUE(saveProject(demoProject(), target).ok());
    EXPECT_TRUE(fs::exists(held));
    ::close(fd);   // its process is gone: the lock with it
    EXPECT_EQ(removeStaleTemporaries(target), 1);
    EXPECT_FALSE(fs::exists(held));
}

TEST(StaleTemporaries, ASaveRemovesWhatKilledSavesLeft)
{
    ScratchFolder scratch("save-cleans");
    const fs::path target = scratch.path() / "scene.murnau";
    writeFile(target, serializeProject(demoProject()));
    writeFile(scratch.path() / "scene.murnau.tmp-killed", "{\"formatVersion\": 2, \"tit");
    writeFile(scratch.path() / "scene.murnau.bak.tmp-killed", "{\"formatVer");

    Project edited = demoProject();
    edited.title = "After the crash";
    const Result<bool> saved = saveProject(edited, target);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    EXPECT_EQ(entriesOf(scratch.path()), (std::vector<std::string>{"scene.murnau", "scene.murnau.bak"}));
    EXPECT_EQ(readFile(target), serializeProject(edited));
    EXPECT_EQ(readFile(scratch.path() / "scene.murnau.bak"), serializeProject(demoProject()));
}

TEST(StaleTemporaries, BackupKeepsThePreviousFilesMode)
{
    ScratchFolder scratch("bak-mode");
    const fs::path target = scratch.path() / "scene.murnau";
    writeFile(target, serializeProject(demoProject()));
    fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    ASSERT_TRUE(saveProject(demoProject(), target).ok());
    EXPECT_EQ(fs::status(scratch.path() / "scene.murnau.bak").permissions(),
              fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
    EXPECT_EQ(fs::status(target).permissions(), fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
}

} // namespace
} // namespace murnau::crash
