// The murnau app opening someone else's project, watched by strace, in a sandbox: HOME, the XDG
// folders and TMPDIR point into the fixture. The app shows the project for a few seconds (its
// viewport loads the models, the timeline renders thumbnails) and is then sent SIGTERM. It must
// have written only in the sandbox, started no program, connected to no network address (markup
// in names fetches nothing), opened nothing in the decoy folder, the FIFO or the links out, and
// still be running when told to stop. Runs under X (xvfb-run -a); exit code 77 (skipped) when
// there is no DISPLAY. Needs strace (Debian package strace).

#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <csignal>

#include <gtest/gtest.h>

#include "hostile_project.h"
#include "strace_log.h"
#include "trace_policy.h"

using namespace murnau::security;
namespace fs = std::filesystem;

namespace {

const fs::path kApp = MURNAU_APP_PATH;
const fs::path kDemo = fs::path(MURNAU_SOURCE_DIR) / "assets" / "demo" / "warehouse.murnau";

// The variable's "NAME=value", or nothing when it is unset.
std::vector<std::string> passOn(std::initializer_list<const char*> names)
{
    std::vector<std::string> entries;
    for (const char* name : names) {
        if (const char* value = std::getenv(name))
            entries.push_back(std::string(name) + "=" + value);
    }
    return entries;
}

} // namespace

TEST(UntrustedApp, OpeningAHostileProjectWritesOnlyTheAppsFoldersAndRunsNothing)
{
    if (!findStrace())
        GTEST_FAIL() << "strace is not installed: run ./scripts/dev deps (Debian package strace)";
    ScratchFolder scratch("app");
    const HostileFixture f = makeHostileFixture(scratch.path(), kDemo);
    const auto decoyBefore = snapshotFolder(f.decoyDir);
    const auto projectBefore = snapshotFolder(f.projectDir);

    std::vector<std::string> extra = passOn({"DISPLAY", "XAUTHORITY", "LIBGL_ALWAYS_SOFTWARE"});
    extra.push_back("QT_QPA_PLATFORM=xcb");   // offscreen would fall back to the software scene graph
    // A desktop session has a bus; without one libdbus would autolaunch dbus-launch (a program
    // run because of the environment, whatever the project): point it at a bus that is not there.
    extra.push_back("DBUS_SESSION_BUS_ADDRESS=unix:path=" + (f.sandbox / "runtime" / "no-bus").string());
    TraceOptions options;
    options.workingFolder = f.projectDir;
    options.environment = sandboxEnvironment(f.sandbox, extra);
    options.log = f.root / "strace-app.log";
    // Ready when the set piece model has warned about the traps (the project is open and its
    // models resolved); then 15 s for the viewport, the timeline and the thumbnails to render (the
    // app runs slower under strace).
    options.readyFile = f.sandbox / "state" / "murnau" / "murnau.log";
    options.readyText = "placeholder box is shown";
    options.waitSeconds = 90;
    options.runSeconds = 15;
    const TracedRun run = runTraced(kApp, {f.projectFile.string()}, options);

    // Still running when told to stop: no crash, and no hang that strace's kill had to end.
    EXPECT_EQ(run.exitStatus, 128 + SIGTERM) << run.standardError;
    const std::string log = [&] {
        std::FILE* file = std::fopen(options.readyFile->c_str(), "rb");
        std::string text;
        if (file != nullptr) {
            char buffer[4096];
            for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, file)) > 0;)
                text.append(buffer, n);
            std::fclose(file);
        }
        return text;
    }();
    for (std::size_t i = 0; i < 10; ++i)
        EXPECT_NE(log.find("set.pieces[" + std::to_string(f.firstHostilePiece + i) + "]"), std::string::npos)
            << f.pieces[i].what << " not warned about";

    TracePolicy policy;
    policy.program = kApp;
    policy.writableRoots = {f.sandbox};   // the app's config, state, cache, runtime and temporary folders
    policy.writableFiles = {"/dev/null"};   // Qt opens it read-write; nothing else outside is allowed
    policy.unreadable = {f.decoyDir, f.fifo, f.projectDir / "models" / "outside.glb",
                         f.projectDir / "models" / "zero.glb", f.projectDir / "library"};
    EXPECT_EQ(policyViolations(run.events, policy), std::vector<std::string>{}) << "strace log: " << options.log;
    EXPECT_EQ(snapshotDifferences(decoyBefore, snapshotFolder(f.decoyDir)), std::vector<std::string>{});
    EXPECT_EQ(snapshotDifferences(projectBefore, snapshotFolder(f.projectDir)), std::vector<std::string>{});
    EXPECT_FALSE(fs::exists("/tmp/murnau-evil"));
    EXPECT_FALSE(fs::exists("/tmp/murnau-pwned"));
}

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    const char* display = std::getenv("DISPLAY");
    if (display == nullptr || *display == '\0') {
        std::fprintf(stderr, "no DISPLAY: run under xvfb-run -a (skipped)\n");
        return 77;
    }
    return RUN_ALL_TESTS();
}
