// Export from the app (issue 8), in the real main window on a copy of the demo project:
//   - File ▸ Export ▸ Shot List (CSV)… with the mouse, the dialog's path typed, Export: the file
//     exists, starts with the UTF-8 byte-order mark and core's header row, one line per shot, and
//     the dialog says "Wrote 6 shots to …"; the document is not changed;
//   - File ▸ Export ▸ Shot List (PDF)…: pdfinfo counts the table pages plus one page per shot (6),
//     and the images embedded on "Anna circled"'s page (pdfimages) are its rendered start, middle
//     and end frames: each full of colours (a lit 3D set, not a blank cell), the start and the
//     end different (the camera orbits her), and shaped as the shot's delivery frame;
//   - a PDF export cancelled with the dialog's Cancel once the first shot's frames are in: no
//     file, nothing left in the folder;
//   - `murnau --export-shot-list` headless on the same display: two shots on one US Letter page
//     after the table (pdfinfo: 792 x 612 pts), and exit code 2 naming --order / --shots on bad input.
// Needs an X display: `xvfb-run -a ctest`; pdfinfo and pdfimages (poppler-utils) for the PDF checks.

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/project_exporter.h"
#include "core/export/export_shots.h"
#include "core/export/shot_list_files.h"
#include "gui_test_support.h"
#include "tests/support/program_run.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

// The demo has six shots (sh-0001 .. sh-0006); "Anna circled" orbits Anna on one mark.
constexpr int kDemoShots = 6;
const QString kOrbitShotId = QStringLiteral("sh-0006");

// The distinct colours of `image`.
int distinctColours(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            colours.insert(image.pixel(x, y) & 0xffffffu);
    return static_cast<int>(colours.size());
}

// The mean absolute difference of two pictures scaled to a common size, per channel, 0..255.
double meanDifference(const QImage& a, const QImage& b)
{
    const QSize size(160, 90);
    const QImage p = a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QImage q = b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    double sum = 0.0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const QRgb u = p.pixel(x, y);
            const QRgb v = q.pixel(x, y);
            sum += std::abs(qRed(u) - qRed(v)) + std::abs(qGreen(u) - qGreen(v)) + std::abs(qBlue(u) - qBlue(v));
        }
    return sum / (3.0 * size.width() * size.height());
}

// Runs a command line tool; its exit code (-1 when it did not run) and its output.
struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};
ToolRun run(const QString& program, const QStringList& arguments)
{
    std::vector<std::string> words;
    for (const QString& argument : arguments)
        words.push_back(argument.toStdString());
    const test::ProgramRun tool = test::runProgram(program.toStdString(), words);
    return {tool.exitStatus, QString::fromStdString(tool.out), QString::fromStdString(tool.err)};
}

// pdfinfo's page count, or -1.
int pdfPages(const QString& path)
{
    const ToolRun info = run(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return info.exitCode == 0 && pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

// The item called `name` anywhere in the window's scene (dialogs live in the overlay).
QQuickItem* sceneItem(QQuickItem* root, const QString& name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem* child : root->childItems())
        if (QQuickItem* found = sceneItem(child, name))
            return found;
    return nullptr;
}

class ExportWindow : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (IsSkipped())
            return;
        m_document = std::make_unique<ProjectDocument>();
        m_engine = std::make_unique<QQmlApplicationEngine>();
        ASSERT_TRUE(m_document->load(m_demo.path()));
        m_window = showMainWindow(*m_engine, *m_document, ShowOptions{QSize(1920, 1080)});
        ASSERT_NE(m_window, nullptr);
        m_exporter = m_window->findChild<ProjectExporter*>(QStringLiteral("projectExporter"));
        ASSERT_NE(m_exporter, nullptr) << "Main.qml has no ProjectExporter";
        ASSERT_TRUE(m_folder.isValid());
    }
    void TearDown() override
    {
        if (m_window)
            m_window->close();
    }

    // The entry of `menu` (a menu bar's or a menu's item list) that opens `subMenu`.
    static QQuickItem* entryFor(QObject* menu, QObject* subMenu)
    {
        const int count = menu->property("count").toInt();
        for (int i = 0; i < count; ++i) {
            QQuickItem* entry = nullptr;
            QMetaObject::invokeMethod(menu, "itemAt", Q_RETURN_ARG(QQuickItem*, entry), Q_ARG(int, i));
            if (entry && (entry->property("menu").value<QObject*>() == subMenu
                          || entry->property("subMenu").value<QObject*>() == subMenu))
                return entry;
        }
        return nullptr;
    }

    // File ▸ Export ▸ the item `itemName`, with the mouse; the dialog, opened.
    QObject* openExportDialog(const QString& itemName)
    {
        QQuickWindow& window = *m_window;
        auto* menuBar = window.property("menuBar").value<QQuickItem*>();
        auto* fileMenu = window.findChild<QObject*>(QStringLiteral("fileMenu"));
        auto* exportMenu = window.findChild<QObject*>(QStringLiteral("exportMenu"));
        EXPECT_TRUE(menuBar && fileMenu && exportMenu);
        if (!menuBar || !fileMenu || !exportMenu)
            return nullptr;
        QQuickItem* fileEntry = entryFor(menuBar, fileMenu);
        EXPECT_NE(fileEntry, nullptr);
        if (!fileEntry)
            return nullptr;
        click(window, *fileEntry);
        EXPECT_TRUE(QTest::qWaitFor([&] { return fileMenu->property("opened").toBool(); }, kWaitLimitMs));
        waitForFrames(window, 1);
        QQuickItem* exportEntry = entryFor(fileMenu, exportMenu);
        EXPECT_NE(exportEntry, nullptr) << "the File menu has no Export submenu";
        if (!exportEntry)
            return nullptr;
        EXPECT_TRUE(exportEntry->isEnabled());
        click(window, *exportEntry);
        EXPECT_TRUE(QTest::qWaitFor([&] { return exportMenu->property("opened").toBool(); }, kWaitLimitMs));
        waitForFrames(window, 1);
        saveForLooking(QStringLiteral("export_menu.png"));
        auto* item = window.findChild<QQuickItem*>(itemName);
        EXPECT_NE(item, nullptr) << itemName.toStdString();
        if (!item)
            return nullptr;
        click(window, *item);
        auto* dialog = window.findChild<QObject*>(QStringLiteral("exportDialog"));
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, kWaitLimitMs));
        }
        waitForFrames(window, 1);
        saveForLooking(QStringLiteral("export_dialog.png"));
        return dialog;
    }

    // With MURNAU_SAVE_TEST_IMAGES set, the window as shown, saved in the working folder to look at.
    void saveForLooking(const QString& name)
    {
        if (qEnvironmentVariableIsSet("MURNAU_SAVE_TEST_IMAGES"))
            m_window->grabWindow().save(name);
    }

    // Sets the dialog's target (as if typed or chosen) and clicks Export.
    void clickExport(const QString& path)
    {
        QQuickItem* field = sceneItem(m_window->contentItem(), QStringLiteral("exportPathField"));
        QQuickItem* button = sceneItem(m_window->contentItem(), QStringLiteral("exportStartButton"));
        ASSERT_NE(field, nullptr);
        ASSERT_NE(button, nullptr);
        // The default target: the project's folder and a name from its title.
        EXPECT_TRUE(field->property("text").toString().startsWith(QFileInfo(m_demo.path()).absolutePath() + QLatin1Char('/')))
            << field->property("text").toString().toStdString();
        field->setProperty("text", path);
        waitForFrames(*m_window, 1);
        click(*m_window, *button);
    }

    QString resultText() const
    {
        QQuickItem* label = sceneItem(m_window->contentItem(), QStringLiteral("exportResultLabel"));
        return label ? label->property("text").toString() : QString();
    }

    DemoCopy m_demo;
    QTemporaryDir m_folder;
    std::unique_ptr<ProjectDocument> m_document;
    std::unique_ptr<QQmlApplicationEngine> m_engine;   // after the document: the window goes first
    QQuickWindow* m_window = nullptr;
    ProjectExporter* m_exporter = nullptr;
};

TEST_F(ExportWindow, ShotListCsvFromTheFileMenu)
{
    const int revision = m_document->revision();
    ASSERT_NE(openExportDialog(QStringLiteral("exportShotListCsvItem")), nullptr);
    QSignalSpy finished(m_exporter, &ProjectExporter::finished);
    const QString path = m_folder.filePath(QStringLiteral("shots.csv"));
    clickExport(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitLimitMs));
    ASSERT_EQ(finished.size(), 1);
    ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return resultText().startsWith(QStringLiteral("Wrote 6 shots to ")); }, kWaitLimitMs))
        << resultText().toStdString();

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // RFC 4180 with a UTF-8 byte-order mark (EF BB BF) and CRLF line ends.
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QStringList header;
    for (const std::string_view column : shotListCsvColumns())
        header << QString::fromUtf8(column.data(), static_cast<qsizetype>(column.size()));
    EXPECT_EQ(QString::fromUtf8(lines.front()).trimmed(), header.join(QLatin1Char(',')));
    // The header, one line per shot (no field of the demo holds a line break), and the final CRLF's empty rest.
    EXPECT_EQ(lines.size(), 1 + kDemoShots + 1);
    EXPECT_EQ(m_document->revision(), revision) << "an export never changes the document";
    EXPECT_FALSE(m_document->isModified());
}

TEST_F(ExportWindow, ShotListPdfHasATableAndAPageOfRenderedFramesPerShot)
{
    ASSERT_NE(openExportDialog(QStringLiteral("exportShotListPdfItem")), nullptr);
    QSignalSpy finished(m_exporter, &ProjectExporter::finished);
    const QString path = m_folder.filePath(QStringLiteral("shots.pdf"));
    clickExport(path);
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_exporter->isBusy() || !finished.isEmpty(); }, kWaitLimitMs));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 4 * kRenderWaitLimitMs));
    ASSERT_TRUE(finished.front().at(0).toBool()) << finished.front().at(1).toString().toStdString();
    EXPECT_DOUBLE_EQ(m_exporter->progress(), 1.0);
    EXPECT_EQ(m_exporter->lastShotCount(), kDemoShots);
    if (qEnvironmentVariableIsSet("MURNAU_SAVE_TEST_IMAGES"))
        QFile::copy(path, QStringLiteral("export_shots.pdf"));

    // The table first, then one page per shot.
    const int tablePages = m_exporter->lastTablePageCount();
    EXPECT_GE(tablePages, 1);
    const int pages = pdfPages(path);
    if (pages < 0)
        GTEST_SKIP() << "pdfinfo (poppler-utils) did not run";
    EXPECT_EQ(pages, tablePages + kDemoShots);
    EXPECT_EQ(m_exporter->lastPageCount(), pages);

    // "Anna circled"'s page: its place in the editorial order after the table.
    const Result<std::vector<ExportShot>> shots = selectExportShots(m_document->project());
    ASSERT_TRUE(shots);
    const auto orbit = std::find_if(shots->begin(), shots->end(),
                                    [](const ExportShot& s) { return QString::fromStdString(s.shot->id) == kOrbitShotId; });
    ASSERT_NE(orbit, shots->end());
    const int page = tablePages + 1 + static_cast<int>(orbit - shots->begin());
    const QString prefix = m_folder.filePath(QStringLiteral("frame"));
    const ToolRun images = run(QStringLiteral("pdfimages"), {QStringLiteral("-png"), QStringLiteral("-f"), QString::number(page),
                                                         QStringLiteral("-l"), QString::number(page), path, prefix});
    ASSERT_EQ(images.exitCode, 0) << images.err.toStdString();
    QStringList files = QDir(m_folder.path()).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
    // The three frames (the writer may embed more pictures, e.g. a plan; the frames are the
    // largest, the first three in painting order of the frame-shaped ones).
    std::vector<QImage> frames;
    for (const QString& name : files) {
        QImage image(m_folder.filePath(name));
        if (!image.isNull() && image.width() >= 320)
            frames.push_back(image.convertToFormat(QImage::Format_RGB32));
    }
    ASSERT_GE(frames.size(), 3u) << files.join(QLatin1Char(' ')).toStdString();
    for (std::size_t i = 0; i < 3; ++i) {
        // Rendered: a lit 3D set has hundreds of colours, a blank picture one or two.
        EXPECT_GT(distinctColours(frames[i]), 300) << "frame " << i;
        // Cropped to the delivery frame lines: wider than tall.
        EXPECT_GT(frames[i].width(), frames[i].height()) << "frame " << i;
    }
    // The camera orbits Anna: the start and the end frames differ.
    EXPECT_GT(meanDifference(frames[0], frames[2]), 4.0);
}

TEST_F(ExportWindow, CancelledPdfExportWritesNothing)
{
    ASSERT_NE(openExportDialog(QStringLiteral("exportShotListPdfItem")), nullptr);
    QSignalSpy finished(m_exporter, &ProjectExporter::finished);
    const QString path = m_folder.filePath(QStringLiteral("cancelled.pdf"));
    clickExport(path);
    // Midway: the first shot's frames are in, the second shot's rendering.
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_exporter->statusText().startsWith(QStringLiteral("Rendering shot 2 of")); },
                                kRenderWaitLimitMs))
        << m_exporter->statusText().toStdString();
    EXPECT_GT(m_exporter->progress(), 0.0);
    EXPECT_LT(m_exporter->progress(), 1.0);
    waitForFrames(*m_window, 1);
    saveForLooking(QStringLiteral("export_progress.png"));
    QQuickItem* cancel = sceneItem(m_window->contentItem(), QStringLiteral("exportCancelButton"));
    ASSERT_NE(cancel, nullptr);
    EXPECT_EQ(cancel->property("text").toString(), QStringLiteral("Cancel"));
    click(*m_window, *cancel);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }, kWaitLimitMs));
    EXPECT_FALSE(finished.front().at(0).toBool());
    EXPECT_FALSE(m_exporter->isBusy());
    // A little later still nothing: no queued step wrote on.
    QTest::qWait(500);
    EXPECT_EQ(finished.size(), 1);
    EXPECT_FALSE(QFileInfo::exists(path));
    EXPECT_TRUE(QDir(m_folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty())
        << QDir(m_folder.path()).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' ')).toStdString();
    auto* dialog = m_window->findChild<QObject*>(QStringLiteral("exportDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->property("opened").toBool()) << "the dialog stays to say nothing was written";
}

// The headless mode of the built app, on the same display.
class HeadlessExport : public GuiTest {
protected:
    DemoCopy m_demo;
    QTemporaryDir m_folder;
};

TEST_F(HeadlessExport, WritesAPdfAndRefusesBadOptions)
{
    const QString app = QStringLiteral(MURNAU_APP_BINARY);
    ASSERT_TRUE(QFileInfo::exists(app)) << app.toStdString();
    const QString path = m_folder.filePath(QStringLiteral("two.pdf"));
    const ToolRun written = run(app, {QStringLiteral("--export-shot-list"), path, QStringLiteral("--shots"),
                                  QStringLiteral("sh-0001, 5"), QStringLiteral("--page-size"), QStringLiteral("Letter"),
                                  QStringLiteral("--half-page"), m_demo.path()});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    // One line on stdout.
    EXPECT_TRUE(written.out.startsWith(QStringLiteral("Wrote 2 shots"))) << written.out.toStdString();
    EXPECT_EQ(written.out.count(QLatin1Char('\n')), 1);
    const ToolRun info = run(QStringLiteral("pdfinfo"), {path});
    if (info.exitCode != 0)
        GTEST_SKIP() << "pdfinfo (poppler-utils) did not run";
    // Two rows fit one table page; two shots to a page make one more.
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n")))) << info.out.toStdString();
    // US Letter landscape in points: 11 in x 72 = 792, 8.5 in x 72 = 612.
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts")).match(info.out);
    ASSERT_TRUE(size.hasMatch()) << info.out.toStdString();
    EXPECT_NEAR(size.captured(1).toDouble(), 792.0, 0.5);
    EXPECT_NEAR(size.captured(2).toDouble(), 612.0, 0.5);

    // Bad input: exit code 2 and a message naming the option; nothing written.
    const QString bad = m_folder.filePath(QStringLiteral("bad.pdf"));
    const ToolRun order = run(app, {QStringLiteral("--export-shot-list"), bad, QStringLiteral("--order"),
                                QStringLiteral("sideways"), m_demo.path()});
    EXPECT_EQ(order.exitCode, 2);
    EXPECT_TRUE(order.err.contains(QStringLiteral("--order"))) << order.err.toStdString();
    const ToolRun shots = run(app, {QStringLiteral("--export-shot-list"), bad, QStringLiteral("--shots"),
                                QStringLiteral("sh-9999"), m_demo.path()});
    EXPECT_EQ(shots.exitCode, 2);
    EXPECT_TRUE(shots.err.contains(QStringLiteral("--shots"))) << shots.err.toStdString();
    const ToolRun suffix = run(app, {QStringLiteral("--export-focus-marks"), m_folder.filePath(QStringLiteral("m.json")),
                                 m_demo.path()});
    EXPECT_EQ(suffix.exitCode, 2);
    EXPECT_TRUE(suffix.err.contains(QStringLiteral("--export-focus-marks"))) << suffix.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(bad));
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
