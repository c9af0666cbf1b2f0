// The Open Recent list: newest first, one entry per file, at most ten, only files that exist,
// kept in the settings (QStandardPaths' test mode keeps them out of the user's own).

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/recent_files.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

class RecentFilesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_recent.clear();
    }
    void TearDown() override { m_recent.clear(); }

    // Creates an empty file `name` in the temporary folder and returns its path.
    QString touch(const QString& name)
    {
        QFile file(m_dir.filePath(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        return file.fileName();
    }

    QTemporaryDir m_dir;
    RecentFiles m_recent;
};

TEST_F(RecentFilesTest, NewestFirstWithoutDuplicates)
{
    const QString a = touch(QStringLiteral("a.murnau"));
    const QString b = touch(QStringLiteral("b.murnau"));
    QSignalSpy changed(&m_recent, &RecentFiles::pathsChanged);
    m_recent.add(a);
    m_recent.add(b);
    EXPECT_EQ(m_recent.paths(), (QStringList{b, a}));
    m_recent.add(a);
    EXPECT_EQ(m_recent.paths(), (QStringList{a, b}));
    EXPECT_EQ(changed.count(), 3);
    // Another object reads the same settings: the list outlives the session.
    EXPECT_EQ(RecentFiles().paths(), (QStringList{a, b}));
}

TEST_F(RecentFilesTest, KeepsTheTenNewest)
{
    QStringList added;
    for (int i = 0; i < 12; ++i) {
        added.prepend(touch(QStringLiteral("p%1.murnau").arg(i)));
        m_recent.add(added.front());
    }
    ASSERT_EQ(RecentFiles::kMaxEntries, 10);
    EXPECT_EQ(m_recent.paths(), added.mid(0, 10));
}

TEST_F(RecentFilesTest, ForgetsFilesThatAreGoneAndOnRequest)
{
    const QString a = touch(QStringLiteral("a.murnau"));
    const QString b = touch(QStringLiteral("b.murnau"));
    m_recent.add(a);
    m_recent.add(b);
    ASSERT_TRUE(QFile::remove(a));
    EXPECT_EQ(m_recent.paths(), QStringList{b});
    m_recent.remove(b);
    EXPECT_TRUE(m_recent.paths().isEmpty());
}

TEST_F(RecentFilesTest, OpeningAndSavingAsPutTheFileOnTop)
{
    testing::DemoCopy demo;
    ProjectDocument document;
    document.setRecordsRecentFiles(true);   // as main() does
    ASSERT_TRUE(document.load(demo.path()));
    EXPECT_EQ(m_recent.paths().value(0), demo.path());
    const QString copy = demo.filePath(QStringLiteral("copy.murnau"));
    ASSERT_TRUE(document.saveAs(copy));
    EXPECT_EQ(m_recent.paths(), (QStringList{copy, demo.path()}));
    // A file that fails to open is not added.
    EXPECT_FALSE(document.load(demo.filePath(QStringLiteral("missing.murnau"))));
    EXPECT_EQ(m_recent.paths(), (QStringList{copy, demo.path()}));
}

TEST_F(RecentFilesTest, ADocumentRecordsNothingUnlessAsked)
{
    testing::DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    ASSERT_TRUE(document.saveAs(demo.filePath(QStringLiteral("copy.murnau"))));
    EXPECT_TRUE(m_recent.paths().isEmpty());
}

} // namespace
} // namespace murnau
