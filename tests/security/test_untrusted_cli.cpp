// murnau-cli reading someone else's project, watched by strace: validate, report, sample and the
// file exports write only in the sandboxed state folder and where the user asked, open nothing in
// the decoy folder or the traps, start no program and connect nowhere; the decoy and the project's
// own folder are unchanged file by file. Needs strace (Debian package strace).

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "hostile_project.h"
#include "strace_log.h"
#include "trace_policy.h"

using namespace murnau::security;
namespace fs = std::filesystem;

namespace {

const fs::path kCli = MURNAU_CLI_PATH;
const fs::path kDemo = fs::path(MURNAU_SOURCE_DIR) / "assets" / "demo" / "warehouse.murnau";

// What every run on the fixture may do: write in the sandbox's state folder (its log) and in
// `outputs`; never open the decoy, the FIFO or the links that lead out.
TracePolicy policyFor(const HostileFixture& f, std::vector<fs::path> outputs = {})
{
    TracePolicy policy;
    policy.program = kCli;
    policy.writableRoots = {f.sandbox / "state"};
    policy.writableRoots.insert(policy.writableRoots.end(), outputs.begin(), outputs.end());
    policy.writableFiles = {"/dev/null"};
    policy.unreadable = {f.decoyDir, f.fifo, f.projectDir / "models" / "outside.glb",
                         f.projectDir / "models" / "zero.glb", f.projectDir / "library"};
    return policy;
}

class UntrustedCli : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!findStrace())
            GTEST_FAIL() << "strace is not installed: run ./scripts/dev deps (Debian package strace)";
        m_fixture = makeHostileFixture(m_scratch.path(), kDemo);
        m_decoyBefore = snapshotFolder(m_fixture.decoyDir);
        m_projectBefore = snapshotFolder(m_fixture.projectDir);
    }

    // Runs murnau-cli with `arguments` in the project's folder, as a user would.
    TracedRun run(const std::vector<std::string>& arguments, const std::string& name)
    {
        TraceOptions options;
        options.workingFolder = m_fixture.projectDir;
        options.environment = sandboxEnvironment(m_fixture.sandbox);
        options.log = m_fixture.sandbox / ("strace-" + name + ".log");
        return runTraced(kCli, arguments, options);
    }

    void expectNothingChanged()
    {
        EXPECT_EQ(snapshotDifferences(m_decoyBefore, snapshotFolder(m_fixture.decoyDir)), std::vector<std::string>{});
        EXPECT_EQ(snapshotDifferences(m_projectBefore, snapshotFolder(m_fixture.projectDir)),
                  std::vector<std::string>{});
    }

    ScratchFolder m_scratch{"cli"};
    HostileFixture m_fixture;
    std::map<std::string, FileRecord> m_decoyBefore;
    std::map<std::string, FileRecord> m_projectBefore;
};

} // namespace

TEST_F(UntrustedCli, ValidateReportAndSampleOnlyRead)
{
    const HostileFixture& f = m_fixture;
    // validate: the project loads, with one warning per trap (exit 0: warnings are not errors).
    const TracedRun validate = run({"validate", f.projectFile.string()}, "validate");
    EXPECT_EQ(validate.exitStatus, 0) << validate.standardError;
    for (std::size_t i = 0; i < 10; ++i)
        EXPECT_NE(validate.standardOutput.find("warning: set.pieces[" + std::to_string(f.firstHostilePiece + i) + "]"),
                  std::string::npos)
            << f.pieces[i].what << " not warned about:\n"
            << validate.standardOutput;
    EXPECT_EQ(policyViolations(validate.events, policyFor(f)), std::vector<std::string>{});

    const TracedRun report = run({"report", f.projectFile.string(), "--json"}, "report");
    EXPECT_LT(report.exitStatus, 128) << report.standardError;   // a verdict, not a crash
    EXPECT_EQ(policyViolations(report.events, policyFor(f)), std::vector<std::string>{});

    const TracedRun sample = run({"sample", f.projectFile.string(), "--every", "24", "--json"}, "sample");
    EXPECT_EQ(sample.exitStatus, 0) << sample.standardError;
    EXPECT_EQ(policyViolations(sample.events, policyFor(f)), std::vector<std::string>{});
    expectNothingChanged();
}

TEST_F(UntrustedCli, EveryEscapingModelPathIsRefusedNamingTheField)
{
    for (const RefusedCase& refused : m_fixture.refused) {
        const TracedRun validate = run({"validate", refused.file.string()}, "refused");
        EXPECT_EQ(validate.exitStatus, 1) << refused.what << ": " << validate.standardError;
        const std::string out = validate.standardOutput + validate.standardError;
        EXPECT_NE(out.find("set.pieces[0].modelPath"), std::string::npos) << refused.what << ": " << out;
        EXPECT_NE(out.find(refused.expectedWords), std::string::npos) << refused.what << ": " << out;
        EXPECT_EQ(policyViolations(validate.events, policyFor(m_fixture)), std::vector<std::string>{})
            << refused.what;
    }
    expectNothingChanged();
}

TEST_F(UntrustedCli, ExportWritesOnlyWhereAsked)
{
    // Names from the file ("/etc/passwd", "../../1A", "../../x?y#z") make the .chan file names:
    // they stay in the folder asked for.
    const HostileFixture& f = m_fixture;
    const fs::path out = f.sandbox / "out";
    const TracedRun exported = run({"export", f.projectFile.string(), "--chan", (out / "chan").string(), "--shot-list",
                                    (out / "list.csv").string(), "--otio", (out / "cut.otio").string(), "--usd",
                                    (out / "cameras.usda").string(), "--gltf", (out / "cameras.glb").string()},
                                   "export");
    EXPECT_EQ(exported.exitStatus, 0) << exported.standardError;
    EXPECT_EQ(policyViolations(exported.events, policyFor(f, {out})), std::vector<std::string>{});
    EXPECT_TRUE(fs::exists(out / "chan" / "sc_etc_passwd_sh______1A.chan"));
    for (const auto& entry : fs::recursive_directory_iterator(out))
        EXPECT_TRUE(entry.is_regular_file() || entry.path() == out / "chan") << entry.path();
    expectNothingChanged();
}

// The harness itself: a shell that writes, renames, removes, links, reads the decoy, runs programs
// and connects to a closed local port must show up as exactly those violations, names with
// commas, '>' and newlines included, so an empty list above means something.
TEST_F(UntrustedCli, TheHarnessSeesEveryKindOfViolation)
{
    const HostileFixture& f = m_fixture;
    const fs::path out = f.sandbox / "out";
    const std::string odd = "a,b>c\nd";   // a name strace must not split or cut
    const std::string script = "cd '" + out.string() + "' && printf x > '" + odd + "' && mkdir dir && mv '" + odd
                               + "' dir/moved && ln -s dir/moved link && rm link && cat '"
                               + (f.decoyDir / "secret.glb").string()
                               + "' > /dev/null && (exec 3<>/dev/tcp/127.0.0.1/9) 2>/dev/null; true";
    TraceOptions options;
    options.workingFolder = f.root;
    options.environment = sandboxEnvironment(f.sandbox);
    options.log = f.sandbox / "strace-harness.log";
    const TracedRun shell = runTraced("/bin/bash", {"-c", script}, options);
    EXPECT_EQ(shell.exitStatus, 0) << shell.standardError;

    TracePolicy policy;
    policy.program = "/bin/bash";
    policy.writableFiles = {"/dev/null", "/dev/tty"};   // bash asks for a terminal
    policy.unreadable = {f.decoyDir};
    const std::vector<std::string> lines = policyViolations(shell.events, policy);
    const auto has = [&](const std::string& start, const std::string& path = {}) {
        return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
            return line.rfind(start, 0) == 0 && (path.empty() || line.find(" " + path + "  [") != std::string::npos);
        });
    };
    // (coreutils may use the *at forms: mkdirat, renameat2, symlinkat, unlinkat.)
    EXPECT_TRUE(has("write outside its folders: openat", (out / odd).string()));
    EXPECT_TRUE(has("write outside its folders: mkdir", (out / "dir").string()));
    EXPECT_TRUE(has("write outside its folders: rename", (out / "dir" / "moved").string()));
    EXPECT_TRUE(has("write outside its folders: symlink", (out / "link").string()));
    EXPECT_TRUE(has("write outside its folders: unlink", (out / "link").string()));
    EXPECT_TRUE(has("touched a decoy or trap: openat", (f.decoyDir / "secret.glb").string()));
    EXPECT_TRUE(has("ran a program: /usr/bin/mkdir") || has("ran a program: /bin/mkdir"));
    EXPECT_TRUE(has("network connection: "));
    // Allowed where they happen, the writes are no longer violations.
    policy.writableRoots = {out};
    for (const std::string& line : policyViolations(shell.events, policy))
        EXPECT_EQ(line.rfind("write outside", 0), std::string::npos) << line;
}
