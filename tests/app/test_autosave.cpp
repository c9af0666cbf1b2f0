// Autosave and crash recovery: the recovery file is written after an edit and holds the
// edited project; saving, undoing back to the saved state and a clean exit remove it; a
// session that did not exit cleanly is offered to the next one, which restores the edited
// document. A crash is simulated by a second document and Autosave pointing at the same state
// folder (a temporary XDG_STATE_HOME) while the first is never finished.

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

#include "app/bridge/autosave.h"
#include "app/bridge/project_document.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;

// A generous bound for a 20 ms timer to fire: a guard against hanging, not a timing assertion.
constexpr int kWaitLimitMs = 20000;
constexpr int kShortIntervalMs = 20;

class AutosaveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_stateHome.isValid());
        m_savedStateHome = qgetenv("XDG_STATE_HOME");
        m_hadStateHome = qEnvironmentVariableIsSet("XDG_STATE_HOME");
        qputenv("XDG_STATE_HOME", m_stateHome.path().toLocal8Bit());
    }
    void TearDown() override
    {
        if (m_hadStateHome)
            qputenv("XDG_STATE_HOME", m_savedStateHome);
        else
            qunsetenv("XDG_STATE_HOME");
    }

    // The files in the recovery folder.
    QStringList recoveryFolderFiles() const
    {
        return QDir(Autosave::defaultDirectory()).entryList(QDir::Files, QDir::Name);
    }

    QTemporaryDir m_stateHome;
    QByteArray m_savedStateHome;
    bool m_hadStateHome = false;
    DemoCopy m_demo;
};

TEST_F(AutosaveTest, TheRecoveryFolderIsInTheXdgStateHome)
{
    EXPECT_EQ(Autosave::defaultDirectory(), m_stateHome.path() + QStringLiteral("/murnau/recovery"));
}

TEST_F(AutosaveTest, AnEditIsWrittenToTheRecoveryFileAfterTheInterval)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    Autosave& autosave = *document.autosave();
    EXPECT_EQ(autosave.intervalMs(), 60000);   // a minute of edits (issue 4)
    ASSERT_TRUE(autosave.start(Autosave::defaultDirectory()));
    autosave.setIntervalMs(kShortIntervalMs);
    EXPECT_FALSE(autosave.isPending());
    const QString recovery = autosave.recoveryFilePath();
    EXPECT_FALSE(QFileInfo::exists(recovery));

    ASSERT_TRUE(document.moveActor(QStringLiteral("Anna"), 1.0, 2.0));
    document.endDrag();
    EXPECT_TRUE(autosave.isPending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(recovery); }, kWaitLimitMs));
    EXPECT_EQ(coreLoad(recovery), document.project());
    EXPECT_FALSE(autosave.isPending());

    // Saving makes the recovery file pointless: it goes.
    ASSERT_TRUE(document.save());
    EXPECT_FALSE(QFileInfo::exists(recovery));
    autosave.finish();
    EXPECT_TRUE(recoveryFolderFiles().isEmpty()) << recoveryFolderFiles().join(u' ').toStdString();
}

TEST_F(AutosaveTest, UndoingBackToTheSavedStateRemovesTheRecoveryFile)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    ASSERT_TRUE(document.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    ASSERT_TRUE(document.autosave()->saveNow());
    const QString recovery = document.autosave()->recoveryFilePath();
    EXPECT_TRUE(QFileInfo::exists(recovery));
    document.undo();
    EXPECT_FALSE(QFileInfo::exists(recovery));
    EXPECT_FALSE(document.autosave()->isPending());
    EXPECT_FALSE(document.autosave()->saveNow());   // nothing unsaved: nothing written
    EXPECT_FALSE(QFileInfo::exists(recovery));
}

TEST_F(AutosaveTest, ACleanExitLeavesNothingToRecover)
{
    {
        ProjectDocument document;
        ASSERT_TRUE(document.load(m_demo.path()));
        ASSERT_TRUE(document.autosave()->start(Autosave::defaultDirectory()));
        ASSERT_TRUE(document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
        ASSERT_TRUE(document.autosave()->saveNow());
        EXPECT_FALSE(recoveryFolderFiles().isEmpty());
        document.autosave()->finish();   // what main() does when the event loop returns
        EXPECT_TRUE(recoveryFolderFiles().isEmpty()) << recoveryFolderFiles().join(u' ').toStdString();
    }
    ProjectDocument next;
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    EXPECT_FALSE(next.autosave()->recoveryAvailable());
}

TEST_F(AutosaveTest, ACrashedSessionsWorkIsOfferedAndRestored)
{
    // The session that crashes: edits, autosaves, and never finishes.
    ProjectDocument crashed;
    ASSERT_TRUE(crashed.load(m_demo.path()));
    ASSERT_TRUE(crashed.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(crashed.moveActor(QStringLiteral("Anna"), -2.0, 4.5));
    crashed.endDrag();
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.62")));
    ASSERT_TRUE(crashed.setDisplayUnits(QStringLiteral("imperial")));
    ASSERT_TRUE(crashed.autosave()->saveNow());
    const Project edited = crashed.project();
    const QString crashedRecovery = crashed.autosave()->recoveryFilePath();

    // The next session.
    ProjectDocument next;
    QSignalSpy offered(next.autosave(), &Autosave::recoveryChanged);
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    EXPECT_EQ(offered.count(), 1);
    ASSERT_TRUE(next.autosave()->recoveryAvailable());
    EXPECT_EQ(next.autosave()->recoverySourcePath(), m_demo.path());
    EXPECT_EQ(next.autosave()->recoveryOfferPath(), crashedRecovery);
    EXPECT_TRUE(next.autosave()->recoverySavedAt().isValid());

    ASSERT_TRUE(next.autosave()->recover()) << next.errorText().toStdString();
    EXPECT_EQ(next.project(), edited);
    EXPECT_DOUBLE_EQ(next.project().actors.front().positionM.x, -2.0);
    EXPECT_DOUBLE_EQ(next.project().actors.front().heightM, 1.62);
    EXPECT_TRUE(next.isModified());                 // recovered work is unsaved until saved
    EXPECT_FALSE(next.canUndo());
    EXPECT_EQ(next.filePath(), m_demo.path());      // Save writes where the crashed session would have
    EXPECT_EQ(next.displayName(), QStringLiteral("warehouse.murnau"));
    EXPECT_FALSE(next.autosave()->recoveryAvailable());
    EXPECT_FALSE(QFileInfo::exists(crashedRecovery));
    // The work is safe in the new session's own recovery file straight away.
    EXPECT_EQ(coreLoad(next.autosave()->recoveryFilePath()), edited);

    ASSERT_TRUE(next.save());
    EXPECT_EQ(coreLoad(m_demo.path()), edited);
    EXPECT_FALSE(QFileInfo::exists(next.autosave()->recoveryFilePath()));
    next.autosave()->finish();
}

// A crashed session whose process has died but not been collected by its parent (a zombie,
// still in /proc) is dead: its work is offered. A live process of the same program is a running
// session: its files are its own. The marker is rewritten to name a child of this process, which
// has this program's name.
TEST_F(AutosaveTest, AZombieSessionIsDeadAndALiveOneIsNot)
{
    ProjectDocument crashed;
    ASSERT_TRUE(crashed.load(m_demo.path()));
    ASSERT_TRUE(crashed.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.62")));
    ASSERT_TRUE(crashed.autosave()->saveNow());
    const QStringList markers = QDir(Autosave::defaultDirectory()).entryList({QStringLiteral("session-*.json")});
    ASSERT_EQ(markers.size(), 1);
    const QString markerPath = QDir(Autosave::defaultDirectory()).filePath(markers.front());
    const auto markWith = [&](pid_t pid) {
        QFile file(markerPath);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        QJsonObject marker = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        marker.insert(QStringLiteral("pid"), static_cast<qint64>(pid));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(marker).toJson());
    };

    const pid_t alive = ::fork();
    ASSERT_GE(alive, 0);
    if (alive == 0) {
        ::pause();   // until the test kills it
        ::_exit(0);
    }
    markWith(alive);
    {
        ProjectDocument next;
        ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
        EXPECT_FALSE(next.autosave()->recoveryAvailable()) << "a live session's work was offered";
        next.autosave()->finish();
    }
    ::kill(alive, SIGKILL);
    ::waitpid(alive, nullptr, 0);

    const pid_t zombie = ::fork();
    ASSERT_GE(zombie, 0);
    if (zombie == 0)
        ::_exit(0);
    // Wait until it has exited, without collecting it (WNOWAIT): until the waitpid below it is a zombie.
    siginfo_t exited{};
    ASSERT_EQ(::waitid(P_PID, static_cast<id_t>(zombie), &exited, WEXITED | WNOWAIT), 0);
    markWith(zombie);
    ProjectDocument next;
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    EXPECT_TRUE(next.autosave()->recoveryAvailable()) << "a zombie session's work was not offered";
    ::waitpid(zombie, nullptr, 0);
    next.autosave()->discardRecovery();
    next.autosave()->finish();
}

TEST_F(AutosaveTest, AnUntitledProjectIsRecoveredUntitled)
{
    ProjectDocument crashed;
    crashed.newProject();
    ASSERT_TRUE(crashed.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Actor 1"), QStringLiteral("1.55")));
    ASSERT_TRUE(crashed.autosave()->saveNow());

    ProjectDocument next;
    ASSERT_TRUE(next.load(m_demo.path()));
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(next.autosave()->recoveryAvailable());
    EXPECT_TRUE(next.autosave()->recoverySourcePath().isEmpty());
    ASSERT_TRUE(next.autosave()->recover());
    EXPECT_EQ(next.project(), crashed.project());
    EXPECT_TRUE(next.filePath().isEmpty());
    EXPECT_EQ(next.displayName(), QStringLiteral("Untitled"));
    EXPECT_TRUE(next.isModified());
}

TEST_F(AutosaveTest, DiscardingRemovesTheCrashedSessionsFiles)
{
    ProjectDocument crashed;
    ASSERT_TRUE(crashed.load(m_demo.path()));
    ASSERT_TRUE(crashed.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    ASSERT_TRUE(crashed.autosave()->saveNow());
    const QString crashedRecovery = crashed.autosave()->recoveryFilePath();

    ProjectDocument next;
    ASSERT_TRUE(next.load(m_demo.path()));
    const Project opened = next.project();
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(next.autosave()->recoveryAvailable());
    next.autosave()->discardRecovery();
    EXPECT_FALSE(next.autosave()->recoveryAvailable());
    EXPECT_FALSE(QFileInfo::exists(crashedRecovery));
    EXPECT_EQ(next.project(), opened);

    ProjectDocument third;
    ASSERT_TRUE(third.autosave()->start(Autosave::defaultDirectory()));
    EXPECT_FALSE(third.autosave()->recoveryAvailable());
}

TEST_F(AutosaveTest, ARecoveryOlderThanTheSavedProjectIsNotOffered)
{
    ProjectDocument crashed;
    ASSERT_TRUE(crashed.load(m_demo.path()));
    ASSERT_TRUE(crashed.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    ASSERT_TRUE(crashed.autosave()->saveNow());
    const QString crashedRecovery = crashed.autosave()->recoveryFilePath();

    // The project was saved (by another session) after the recovery was written.
    QFile project(m_demo.path());
    ASSERT_TRUE(project.open(QIODevice::ReadWrite));
    const QDateTime later = QFileInfo(crashedRecovery).lastModified().addSecs(60);
    ASSERT_TRUE(project.setFileTime(later, QFileDevice::FileModificationTime));
    project.close();

    ProjectDocument next;
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    EXPECT_FALSE(next.autosave()->recoveryAvailable());
    EXPECT_FALSE(QFileInfo::exists(crashedRecovery));   // left-overs are cleared away
}

TEST_F(AutosaveTest, AnUnreadableRecoveryLeavesTheDocumentAlone)
{
    ProjectDocument crashed;
    ASSERT_TRUE(crashed.load(m_demo.path()));
    ASSERT_TRUE(crashed.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    ASSERT_TRUE(crashed.autosave()->saveNow());
    QFile recovery(crashed.autosave()->recoveryFilePath());
    ASSERT_TRUE(recovery.open(QIODevice::WriteOnly | QIODevice::Truncate));
    recovery.write("{ not json");
    recovery.close();

    ProjectDocument next;
    ASSERT_TRUE(next.load(m_demo.path()));
    const Project opened = next.project();
    ASSERT_TRUE(next.autosave()->start(Autosave::defaultDirectory()));
    ASSERT_TRUE(next.autosave()->recoveryAvailable());
    EXPECT_FALSE(next.autosave()->recover());
    EXPECT_FALSE(next.errorText().isEmpty());
    EXPECT_EQ(next.project(), opened);
    EXPECT_FALSE(next.isModified());
}

} // namespace
} // namespace murnau
