// The comparison sheet in the real main window (issue 7): the demo's shot sh-0006 ("Anna
// circled") compared (document.compare reset() + open(): Anna, MCU to FS), the sheet exported
// through the compare panel's own ComparisonSheet as PNG and as PDF into a temporary folder:
//   - the PNG is A4 landscape at 300 dpi (3508 x 2480) and its start and end pictures differ
//     (the track out's camera has moved, the zoom out's lens has zoomed), each is a rendered
//     picture (many colours), and the playhead is back where it was;
//   - the PDF is one page of A4 landscape (pdfinfo: 842 x 595 pts, 297 x 210 mm at 72 pt/in),
//     and pdftoppm renders it with the frame grid full of colours, not blank;
//   - cancel() stops an export with finished(false) and restores the playhead.
// Needs an X display: `xvfb-run -a ctest`; pdfinfo and pdftoppm (poppler-utils) for the PDF checks.

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/comparison_sheet.h"
#include "app/bridge/comparison_sheet_painter.h"
#include "app/bridge/project_document.h"
#include "app/bridge/shot_comparison.h"
#include "gui_test_support.h"
#include "tests/support/program_run.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

// "Anna circled": Anna on one mark, camera A; the comparison frames her MCU to FS.
const QString kShotId = QStringLiteral("sh-0006");
const QString kSubject = QStringLiteral("Anna");

// The distinct colours inside `rect` of `image`.
int distinctColours(const QImage& image, const QRect& rect)
{
    QSet<QRgb> colours;
    const QRect inside = rect.intersected(image.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            colours.insert(image.pixel(x, y) & 0xffffffu);
    return static_cast<int>(colours.size());
}

// The mean absolute difference of two equally sized regions, per channel, 0..255.
double meanDifference(const QImage& image, const QRect& a, const QRect& b)
{
    const int w = std::min(a.width(), b.width());
    const int h = std::min(a.height(), b.height());
    double sum = 0.0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const QRgb p = image.pixel(a.left() + x, a.top() + y);
            const QRgb q = image.pixel(b.left() + x, b.top() + y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return w > 0 && h > 0 ? sum / (3.0 * w * h) : 0.0;
}

// A layout rectangle of the sheet (kSheetPageSize units) in the pixels of a page `pageWidthPx` wide,
// shrunk by `insetPx` on every side (away from the cell borders and the scaling's edge pixels).
QRect onPage(const QRectF& rect, double pageWidthPx, int insetPx)
{
    const double scale = pageWidthPx / kSheetPageSize.width();
    const QRectF r(rect.topLeft() * scale, rect.size() * scale);
    return r.toAlignedRect().adjusted(insetPx, insetPx, -insetPx, -insetPx);
}

// Runs a command line tool; its standard output, or "" when it did not run or failed.
QString run(const QString& program, const QStringList& arguments)
{
    std::vector<std::string> words;
    for (const QString& argument : arguments)
        words.push_back(argument.toStdString());
    const test::ProgramRun tool = test::runProgram(program.toStdString(), words);
    return tool.exitStatus == 0 ? QString::fromStdString(tool.out) : QString();
}

class ComparisonSheetWindow : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (IsSkipped())
            return;
        m_document = std::make_unique<ProjectDocument>();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        ASSERT_TRUE(m_document->load(m_demo.path()));
        m_document->player()->selectShot(kShotId);
        m_window = showMainWindow(*m_engine, *m_document, ShowOptions{QSize(1920, 1080)});
        ASSERT_NE(m_window, nullptr);

        ShotComparison& compare = *m_document->compare();
        compare.reset();
        compare.setSubject(kSubject);
        compare.setFromText(QStringLiteral("MCU"));
        compare.setToText(QStringLiteral("FS"));
        ASSERT_TRUE(compare.open()) << compare.requestError().toStdString();
        ASSERT_TRUE(compare.isActive());
        ASSERT_NE(compare.readouts(), nullptr) << compare.errorText().toStdString();
        ASSERT_GT(compare.frameCount(), 2);
        ASSERT_TRUE(waitForFrames(*m_window, 4, kRenderWaitLimitMs));

        m_sheet = m_window->findChild<ComparisonSheet*>(QStringLiteral("comparisonSheet"));
        ASSERT_NE(m_sheet, nullptr) << "the compare panel has no ComparisonSheet";
        m_sheet->setProjectTitle(m_document->title());
        ASSERT_TRUE(m_folder.isValid());
    }
    void TearDown() override
    {
        if (m_window)
            m_window->close();
    }

    // Exports to `name` in the temporary folder and waits for the end; the path when it succeeded.
    QString exportSheet(const QString& name)
    {
        const QString path = m_folder.filePath(name);
        QSignalSpy finished(m_sheet, &ComparisonSheet::finished);
        EXPECT_TRUE(m_sheet->exportSheet(path)) << m_sheet->errorText().toStdString();
        EXPECT_TRUE(m_sheet->isBusy());
        EXPECT_TRUE(finished.wait(kRenderWaitLimitMs));
        if (finished.isEmpty())
            return {};
        EXPECT_TRUE(finished.front().at(0).toBool()) << m_sheet->errorText().toStdString();
        EXPECT_EQ(finished.front().at(1).toString(), path);
        EXPECT_FALSE(m_sheet->isBusy());
        EXPECT_DOUBLE_EQ(m_sheet->progress(), 1.0);
        if (qEnvironmentVariableIsSet("MURNAU_SAVE_TEST_IMAGES"))   // to look at: copied to the working folder
            QFile::copy(path, QFileInfo(path).fileName());
        return finished.front().at(0).toBool() ? path : QString();
    }

    DemoCopy m_demo;
    QTemporaryDir m_folder;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QQmlApplicationEngine> m_engine;   // after the document: the window goes first
    QQuickWindow* m_window = nullptr;
    ComparisonSheet* m_sheet = nullptr;
};

TEST_F(ComparisonSheetWindow, WritesAPngPageWithDifferentStartAndEndPictures)
{
    ShotComparison& compare = *m_document->compare();
    compare.setFrame(7);
    const QString path = exportSheet(QStringLiteral("sheet.png"));
    ASSERT_FALSE(path.isEmpty());
    EXPECT_EQ(compare.frame(), 7) << "the playhead is restored";
    // Written through a temporary file renamed over the target: nothing else is left in the folder.
    EXPECT_EQ(QDir(m_folder.path()).entryList(QDir::Files), QStringList{QStringLiteral("sheet.png")});

    QImage page(path);
    ASSERT_FALSE(page.isNull());
    // A4 landscape at 300 dpi: 297 mm / 25.4 * 300 = 3507.9 -> 3508 px, 210 mm -> 2480 px.
    EXPECT_EQ(page.size(), QSize(3508, 2480));

    // The rows are the first, the middle and the last frame.
    const ComparisonSheetContent& content = m_sheet->lastContent();
    ASSERT_EQ(content.rows.size(), 3u);
    const int last = compare.frameCount() - 1;
    EXPECT_EQ(content.rows[0].frame, 0);
    EXPECT_EQ(content.rows[1].frame, last / 2);
    EXPECT_EQ(content.rows[2].frame, last);
    const std::size_t sides = compare.comparison()->sides.size();
    ASSERT_GE(sides, 2u);
    for (std::size_t side = 0; side < sides; ++side) {
        const QRect start = onPage(sheetPictureRect(content, 0, side), page.width(), 4);
        const QRect end = onPage(sheetPictureRect(content, 2, side), page.width(), 4);
        ASSERT_GT(start.width(), 100);
        ASSERT_GT(start.height(), 50);
        // Rendered pictures: a 3D set under lights has hundreds of colours, a blank cell one or two.
        EXPECT_GT(distinctColours(page, start), 300) << "side " << side;
        EXPECT_GT(distinctColours(page, end), 300) << "side " << side;
        // Start and end differ: A's camera moved back 1 -> 2 framings, B zoomed out.
        EXPECT_GT(meanDifference(page, start, end), 4.0) << "side " << side;
    }
    if (qEnvironmentVariableIsSet("MURNAU_SAVE_TEST_IMAGES"))   // the compare view as shown, to look at
        m_window->grabWindow().save(QStringLiteral("compare_window.png"));
    // At the start both sides are the same camera on the same lens: their pictures match closely.
    EXPECT_LT(meanDifference(page, onPage(sheetPictureRect(content, 0, 0), page.width(), 4),
                             onPage(sheetPictureRect(content, 0, 1), page.width(), 4)),
              3.0);
}

TEST_F(ComparisonSheetWindow, WritesOneA4LandscapePdfPage)
{
    const QString path = exportSheet(QStringLiteral("sheet.pdf"));
    ASSERT_FALSE(path.isEmpty());
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    if (info.isEmpty())
        GTEST_SKIP() << "pdfinfo (poppler-utils) did not run";
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << info.toStdString();
    // A4 landscape in PostScript points: 297 mm / 25.4 * 72 = 841.89, 210 mm -> 595.28.
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info);
    ASSERT_TRUE(size.hasMatch()) << info.toStdString();
    EXPECT_NEAR(size.captured(1).toDouble(), 841.89, 1.0);
    EXPECT_NEAR(size.captured(2).toDouble(), 595.28, 1.0);

    // Rendered at 50 dpi: 841.89 / 72 * 50 = 584.6 -> 585 px wide.
    const QString prefix = m_folder.filePath(QStringLiteral("rendered"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                                     QStringLiteral("-singlefile"), path, prefix});
    QImage rendered(prefix + QStringLiteral(".png"));
    ASSERT_FALSE(rendered.isNull()) << "pdftoppm rendered nothing";
    EXPECT_NEAR(rendered.width(), 585, 1);
    EXPECT_NEAR(rendered.height(), 413, 1);
    const ComparisonSheetContent& content = m_sheet->lastContent();
    const QRect grid = onPage(sheetFrameGridRect(content), rendered.width(), 0);
    EXPECT_GT(distinctColours(rendered, grid), 500);
    const QRect start = onPage(sheetPictureRect(content, 0, 0), rendered.width(), 2);
    const QRect end = onPage(sheetPictureRect(content, 2, 0), rendered.width(), 2);
    EXPECT_GT(meanDifference(rendered, start, end), 4.0);
}

TEST_F(ComparisonSheetWindow, CancelStopsTheExportAndRestoresThePlayhead)
{
    ShotComparison& compare = *m_document->compare();
    compare.setFrame(3);
    const QString path = m_folder.filePath(QStringLiteral("cancelled.png"));
    QSignalSpy finished(m_sheet, &ComparisonSheet::finished);
    ASSERT_TRUE(m_sheet->exportSheet(path));
    EXPECT_EQ(compare.frame(), 0) << "the export moved the playhead to the start";
    m_sheet->cancel();
    ASSERT_EQ(finished.size(), 1);
    EXPECT_FALSE(finished.front().at(0).toBool());
    EXPECT_FALSE(m_sheet->isBusy());
    EXPECT_FALSE(m_sheet->errorText().isEmpty());
    EXPECT_EQ(compare.frame(), 3);
    EXPECT_FALSE(QFileInfo::exists(path));
    // Unknown suffixes are refused up front.
    EXPECT_FALSE(m_sheet->exportSheet(m_folder.filePath(QStringLiteral("sheet.jpg"))));
    EXPECT_FALSE(m_sheet->errorText().isEmpty());
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
