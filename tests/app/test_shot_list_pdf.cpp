// The shot list PDF and the focus marks PDF (app/bridge/shot_list_pdf.h), checked from outside
// with poppler's tools: pdfinfo for the page count and the page size (ISO 216 A4 is 210 x 297 mm
// = 595.28 x 841.89 pt; ANSI US Letter is 8.5 x 11 in = 612 x 792 pt, at 72 pt per inch),
// pdftoppm for the painted pictures and pdftotext for the figures. The rows are made by hand from
// the demo project's shots, so every expected value is written here, not read back from the writer.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include "app/bridge/focus_marks_pdf.h"
#include "app/bridge/shot_list_pdf.h"
#include "core/export/export_shots.h"
#include "core/export/shot_list.h"
#include "core/optics/depth_of_field.h"
#include "core/scene/project_json.h"
#include "core/time/frame_rate.h"
#include "tests/support/program_run.h"

namespace murnau {
namespace {

// Text needs a QGuiApplication (fonts); app_tests has none of its own (as test_comparison_plot_painter.cpp).
void ensureGuiApplication()
{
    if (QGuiApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "app_tests";
    static char* argv[] = {name, nullptr};
    static auto* app = new QGuiApplication(argc, argv);
    (void)app;
}

// Runs a poppler tool and returns its standard output ("" when it fails).
QString run(const QString& program, const QStringList& arguments)
{
    std::vector<std::string> words;
    for (const QString& argument : arguments)
        words.push_back(argument.toStdString());
    const test::ProgramRun tool = test::runProgram(program.toStdString(), words);
    return tool.exitStatus == 0 ? QString::fromStdString(tool.out) : QString();
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
}

int pdfPages(const QString& path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// The page's width and height in points from pdfinfo's "Page size:" line ({-1, -1} without one).
std::pair<double, double> pdfPageSize(const QString& path)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                                          .match(run(QStringLiteral("pdfinfo"), {path}));
    if (!m.hasMatch())
        return {-1.0, -1.0};
    return {m.captured(1).toDouble(), m.captured(2).toDouble()};
}

// Qt's PDF engine writes the page box in whole points, so a size is checked to within half a point.
void expectPageSize(const QString& path, double widthPt, double heightPt)
{
    const auto [width, height] = pdfPageSize(path);
    EXPECT_NEAR(width, widthPt, 0.5);
    EXPECT_NEAR(height, heightPt, 0.5);
}

// The text of pages [first, last] (1-based), whitespace runs folded to one space.
QString pdfText(const QString& path, int first = 0, int last = 0)
{
    QStringList arguments;
    if (first > 0)
        arguments << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l") << QString::number(last);
    arguments << path << QStringLiteral("-");
    return run(QStringLiteral("pdftotext"), arguments).simplified();
}

class ShotListPdfTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ensureGuiApplication();
        if (!havePoppler())
            GTEST_SKIP() << "poppler-utils (pdfinfo, pdftoppm, pdftotext) not installed";
        ASSERT_TRUE(m_dir.isValid());
        auto project = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
        ASSERT_TRUE(project) << project.error().describe();
        m_project = std::move(project).value();
        auto shots = selectExportShots(m_project);
        ASSERT_TRUE(shots) << shots.error().describe();
        m_shots = std::move(shots).value();
        ASSERT_EQ(m_shots.size(), 6u);   // the demo's six shots (1, 2A, 2B, 3, 4, 5)
        for (const ExportShot& shot : m_shots)
            m_rows.push_back(handMadeRow(shot));
    }

    // A row as buildShotList would make it, with figures chosen here: a 35 mm lens at T2.8, the
    // subject 2.40 m away at the start and 3.10 m at the end; a focus mark per cast member at
    // each end, depth of field from the thin-lens formulas (core/optics/depth_of_field.h) with
    // the 35 mm cine circle of confusion 0.025 mm; sharp at the start, soft at the end.
    static ShotListRow handMadeRow(const ExportShot& exportShot)
    {
        const Shot& shot = *exportShot.shot;
        ShotListRow row;
        row.shotId = shot.id;
        row.sceneNumber = exportShot.scene->number;
        row.shotNumber = shot.number;
        row.setup = shot.setup;
        row.intExt = std::string(intExtKey(exportShot.scene->intExt));
        row.location = exportShot.scene->location;
        row.timeOfDay = exportShot.scene->timeOfDay;
        row.name = shot.name;
        row.description = shot.description;
        row.camera = shot.camera;
        row.cameraBody = "ARRI ALEXA Mini LF";
        row.sensor = "Open Gate 4.5K LF, 36.70 × 25.54 mm";
        row.lensKit = "Cooke S4/i";
        row.lens = "35 mm";
        row.tStop = 2.8;
        row.frameRate = "24";
        row.frameCount = flicksToFrame(shot.durationFlicks, shot.frameRate);
        row.durationS = flicksToSeconds(shot.durationFlicks);
        row.timecodeIn = "00:00:00:00";
        row.timecodeOut = "00:00:06:00";
        row.cast = shot.cast;
        row.notes = "Lay the track before lunch.";
        row.status = "planned";
        row.mainActor = shot.cast.empty() ? std::string() : shot.cast.front();
        row.startSize = ShotSize::MCU;
        row.endSize = ShotSize::FS;
        row.angle = CameraAngle::EyeLevel;
        row.cameraHeightM = 1.60;
        row.subjectDistanceStartM = 2.40;
        row.subjectDistanceEndM = 3.10;
        row.movement = MovementClass::TrackOut;
        row.movementParts = {MovementClass::TrackOut};
        row.trackLengthM = 4.88;
        row.trackSections = 2;
        row.peakDollySpeedMps = 0.82;
        row.focalMinMm = 35.0;
        row.focalMaxMm = 35.0;
        row.focusMarks.cocMm = 0.025;
        for (const std::string& actor : shot.cast) {
            for (const auto& [beat, at, distance, sharp] :
                 {std::tuple{FocusBeat::Start, Flicks{0}, 2.40, true},
                  std::tuple{FocusBeat::End, shot.durationFlicks, 3.10, false}}) {
                FocusMark mark;
                mark.actor = actor;
                mark.beat = beat;
                mark.at = at;
                mark.distanceM = distance;
                mark.focalLengthMm = 35.0;
                mark.fStop = 2.8;
                auto dof = depthOfField(35.0, 2.8, 0.025, distance);
                if (dof)
                    mark.depthOfField = *dof;
                mark.rigFocusM = 2.40;
                mark.sharpAtRigFocus = sharp;
                row.focusMarks.marks.push_back(mark);
            }
        }
        row.warnings = {"dolly speed 0.82 m/s exceeds the walking pace limit"};
        return row;
    }

    // Solid pictures: pure red start, green middle, blue end (16:9).
    static ShotPagePictures solidPictures()
    {
        ShotPagePictures pictures;
        pictures.start = QImage(320, 180, QImage::Format_RGB32);
        pictures.start.fill(QColor(255, 0, 0));
        pictures.middle = QImage(320, 180, QImage::Format_RGB32);
        pictures.middle.fill(QColor(0, 255, 0));
        pictures.end = QImage(320, 180, QImage::Format_RGB32);
        pictures.end.fill(QColor(0, 0, 255));
        return pictures;
    }

    // Writes the shot list of `rows` (parallel to `shots`) with solid pictures.
    Result<bool> writeShotList(const QString& path, const ShotListPdfOptions& options, const std::vector<ExportShot>& shots,
                               const std::vector<ShotListRow>& rows, int* pages = nullptr)
    {
        ShotListPdfWriter writer(m_project, shots, rows, options);
        auto begun = writer.begin(path);
        if (!begun)
            return begun;
        for (std::size_t i = 0; i < rows.size(); ++i)
            writer.addShot(i, solidPictures());
        auto finished = writer.finish();
        if (pages)
            *pages = writer.pageCount();
        return finished;
    }

    QTemporaryDir m_dir;
    Project m_project;
    std::vector<ExportShot> m_shots;
    std::vector<ShotListRow> m_rows;
};

TEST(ShotPageFrames, FirstMiddleAndLastFrame)
{
    // 6 s at 24 fps = 144 frames: 0, floor(143 / 2) = 71, 143.
    EXPECT_EQ(shotPageFrames(144), (ShotPageFrames{0, 71, 143}));
    EXPECT_EQ(shotPageFrames(3), (ShotPageFrames{0, 1, 2}));
    EXPECT_EQ(shotPageFrames(1), (ShotPageFrames{0, 0, 0}));
    EXPECT_EQ(shotPageFrames(0), (ShotPageFrames{0, 0, 0}));
}

TEST_F(ShotListPdfTest, A4HasTheTablePageThenOnePagePerShot)
{
    const QString path = m_dir.filePath(QStringLiteral("shots.pdf"));
    ShotListPdfOptions options;
    options.projectTitle = QStringLiteral("Warehouse (demo)");
    int pages = 0;
    auto written = writeShotList(path, options, m_shots, m_rows, &pages);
    ASSERT_TRUE(written) << written.error().describe();
    // Six rows of at most three lines fit one table page; then six shot pages.
    EXPECT_EQ(pdfPages(path), 1 + 6);
    EXPECT_EQ(pages, 1 + 6);
    expectPageSize(path, 841.89, 595.28);   // A4 landscape
    const QString table = pdfText(path, 1, 1);
    for (const char* number : {"2A", "2B", "Anna walks the aisle"})
        EXPECT_TRUE(table.contains(QString::fromUtf8(number))) << number << " not in: " << table.toStdString();
    EXPECT_TRUE(table.contains(QStringLiteral("35 mm")));
    EXPECT_TRUE(table.contains(QStringLiteral("MCU → FS")));
    EXPECT_TRUE(table.contains(QStringLiteral("page 1 of 7")));
    // The second shot's page: its heading, lens and subject distances.
    const QString shotPage = pdfText(path, 3, 3);
    EXPECT_TRUE(shotPage.contains(QStringLiteral("Scene 2 · Shot 2A"))) << shotPage.toStdString();
    EXPECT_TRUE(shotPage.contains(QStringLiteral("35 mm")));
    EXPECT_TRUE(shotPage.contains(QStringLiteral("2.40 m → 3.10 m")));
    EXPECT_TRUE(shotPage.contains(QStringLiteral("exceeds the walking pace limit")));
    EXPECT_TRUE(shotPage.contains(QStringLiteral("page 3 of 7")));
}

TEST_F(ShotListPdfTest, ShotPageShowsTheThreeFramesInOrder)
{
    const QString path = m_dir.filePath(QStringLiteral("frames.pdf"));
    ASSERT_TRUE(writeShotList(path, {}, m_shots, m_rows));
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), QStringLiteral("-f"),
                                     QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), path, prefix});
    const QStringList images = QDir(m_dir.path()).entryList({QStringLiteral("page*.png")});
    ASSERT_EQ(images.size(), 1);
    const QImage page(m_dir.filePath(images.front()));
    ASSERT_FALSE(page.isNull());
    // 297 mm at 50 dpi is 584.6 px.
    EXPECT_NEAR(page.width(), 297.0 / 25.4 * 50.0, 1.5);
    // Pixels close to each pure colour, and where they are.
    const QColor targets[] = {QColor(255, 0, 0), QColor(0, 255, 0), QColor(0, 0, 255)};
    double centreX[3] = {0, 0, 0};
    for (int t = 0; t < 3; ++t) {
        long count = 0;
        double sumX = 0.0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                if (std::abs(c.red() - targets[t].red()) < 40 && std::abs(c.green() - targets[t].green()) < 40
                    && std::abs(c.blue() - targets[t].blue()) < 40) {
                    ++count;
                    sumX += x;
                }
            }
        // A frame is about a third of the 277 mm content width across: far more than 2000 pixels at 50 dpi.
        EXPECT_GT(count, 2000) << "colour " << t;
        centreX[t] = count > 0 ? sumX / static_cast<double>(count) : 0.0;
    }
    EXPECT_LT(centreX[0], centreX[1]);   // start, middle, end from left to right
    EXPECT_LT(centreX[1], centreX[2]);
}

TEST_F(ShotListPdfTest, LetterWithHalfPagesPutsTwoShotsOnAPage)
{
    const QString path = m_dir.filePath(QStringLiteral("half.pdf"));
    ShotListPdfOptions options;
    options.pageSize = QPageSize::Letter;
    options.halfPagePerShot = true;
    ASSERT_TRUE(writeShotList(path, options, m_shots, m_rows));
    EXPECT_EQ(pdfPages(path), 1 + 3);   // six shots, two to a page
    expectPageSize(path, 792.0, 612.0);   // US Letter landscape
    const QString second = pdfText(path, 2, 2);
    EXPECT_TRUE(second.contains(QStringLiteral("Scene 1 · Shot 1"))) << second.toStdString();
    EXPECT_TRUE(second.contains(QStringLiteral("Scene 2 · Shot 2A")));
}

TEST_F(ShotListPdfTest, LongTableContinuesWithItsHeaderOnEveryPage)
{
    // 40 shots, each with a description long enough to take its three lines.
    std::vector<ExportShot> shots;
    std::vector<ShotListRow> rows;
    for (int i = 0; i < 40; ++i) {
        shots.push_back(m_shots[static_cast<std::size_t>(i) % m_shots.size()]);
        ShotListRow row = m_rows[static_cast<std::size_t>(i) % m_rows.size()];
        row.shotNumber = "X" + std::to_string(i + 1);
        row.description = std::string(40, 'w') + " walks down the long aisle between the shelves while the camera pulls back "
                          "ahead of her at walking pace and the whole warehouse opens up behind, shelf after shelf.";
        rows.push_back(row);
    }
    const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(writeShotList(path, {}, shots, rows));
    const int pages = pdfPages(path);
    const int tablePages = pages - 40;
    EXPECT_GE(tablePages, 2);
    for (int page = 1; page <= tablePages; ++page) {
        const QString text = pdfText(path, page, page);
        EXPECT_TRUE(text.contains(QStringLiteral("Description")) && text.contains(QStringLiteral("Movement")))
            << "header row missing on page " << page;
    }
    const QString table = pdfText(path, 1, tablePages);
    for (int i = 1; i <= 40; ++i)
        EXPECT_TRUE(table.contains(QRegularExpression(QStringLiteral("\\bX%1\\b").arg(i)))) << "row X" << i;
    // No row is printed twice.
    EXPECT_EQ(table.count(QRegularExpression(QStringLiteral("\\bX40\\b"))), 1);
}

TEST_F(ShotListPdfTest, CancelLeavesNoFileAndKeepsAnOlderOne)
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh.pdf"));
    {
        ShotListPdfWriter writer(m_project, m_shots, m_rows, {});
        ASSERT_TRUE(writer.begin(fresh));
        writer.addShot(0, solidPictures());
        writer.cancel();
    }
    EXPECT_FALSE(QFile::exists(fresh));

    const QString older = m_dir.filePath(QStringLiteral("older.pdf"));
    {
        QFile file(older);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("an older shot list");
    }
    {
        ShotListPdfWriter writer(m_project, m_shots, m_rows, {});
        ASSERT_TRUE(writer.begin(older));
        writer.addShot(0, solidPictures());
    }   // destroyed without finish: cancelled
    QFile file(older);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("an older shot list"));
    // Only the two files this test made remain: no temporary files.
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("older.pdf")});
}

TEST_F(ShotListPdfTest, ErrorsNameThePath)
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/shots.pdf"));
    ShotListPdfWriter writer(m_project, m_shots, m_rows, {});
    auto begun = writer.begin(path);
    ASSERT_FALSE(begun);
    EXPECT_EQ(begun.error().field, path.toStdString());
    EXPECT_FALSE(writer.finish());

    std::vector<ShotListRow> fewer(m_rows.begin(), m_rows.begin() + 2);
    ShotListPdfWriter mismatched(m_project, m_shots, fewer, {});
    auto refused = mismatched.begin(m_dir.filePath(QStringLiteral("x.pdf")));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().field, "rows");

    auto focus = writeFocusMarksPdf(path, m_rows, {});
    ASSERT_FALSE(focus);
    EXPECT_EQ(focus.error().field, path.toStdString());
}

TEST_F(ShotListPdfTest, FocusMarksSheetListsEveryActorsMarks)
{
    const QString path = m_dir.filePath(QStringLiteral("focus.pdf"));
    auto written = writeFocusMarksPdf(path, m_rows, {});
    ASSERT_TRUE(written) << written.error().describe();
    // Six shots of one actor and two marks each: one page.
    EXPECT_EQ(pdfPages(path), 1);
    expectPageSize(path, 841.89, 595.28);   // A4 landscape
    const QString text = pdfText(path);
    for (const char* actor : {"Anna", "Ben", "Chloe", "Dev"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(actor))) << actor;
    EXPECT_TRUE(text.contains(QStringLiteral("2.40 m")));
    EXPECT_TRUE(text.contains(QStringLiteral("3.10 m")));
    EXPECT_TRUE(text.contains(QStringLiteral("f/2.8")));
    EXPECT_TRUE(text.contains(QStringLiteral("✓")));
    EXPECT_TRUE(text.contains(QStringLiteral("✗")));
}

TEST_F(ShotListPdfTest, FocusMarkCellsFollowTheThinLensFormulas)
{
    // f = 35 mm, N = 2.8, c = 0.025 mm: H = f²/(N c) + f = 1225 / 0.07 + 35 = 17535 mm.
    // Focus s = 2400 mm: near = s (H - f) / (H + s - 2f) = 2400 * 17500 / 19865 = 2114.27 mm,
    // far = s (H - f) / (H - s) = 2400 * 17500 / 15135 = 2775.03 mm.
    const FocusMark& mark = m_rows.front().focusMarks.marks.front();
    const QStringList cells = focusMarkCells(mark, DisplayUnits::Metric);
    ASSERT_EQ(cells.size(), focusMarkColumnTitles().size());
    EXPECT_EQ(cells[0], QStringLiteral("Anna"));
    EXPECT_EQ(cells[1], QStringLiteral("start"));
    EXPECT_EQ(cells[4], QStringLiteral("2.40 m"));
    EXPECT_EQ(cells[5], QStringLiteral("35 mm"));
    EXPECT_EQ(cells[6], QStringLiteral("f/2.8"));
    EXPECT_EQ(cells[7], QStringLiteral("2.11 m"));
    EXPECT_EQ(cells[8], QStringLiteral("2.78 m"));
    EXPECT_EQ(cells[10], QStringLiteral("✓"));
    // 2.40 m is 94.49 in: 7 ft 10 in (rounded to the inch).
    EXPECT_EQ(focusMarkCells(mark, DisplayUnits::Imperial)[4], QStringLiteral("7 ft 10 in"));
}

TEST_F(ShotListPdfTest, FocusMarksSheetBreaksLongShotsOverPages)
{
    ShotListRow row = m_rows.front();
    const FocusMark mark = row.focusMarks.marks.front();
    row.focusMarks.marks.assign(120, mark);
    const QString path = m_dir.filePath(QStringLiteral("long-focus.pdf"));
    ShotListPdfOptions options;
    options.pageSize = QPageSize::Letter;
    ASSERT_TRUE(writeFocusMarksPdf(path, {row}, options));
    const int pages = pdfPages(path);
    EXPECT_GE(pages, 3);   // 120 lines of 17/120 in: 340 in of table, three pages of at most 8.5 in
    expectPageSize(path, 792.0, 612.0);   // US Letter landscape
    EXPECT_TRUE(pdfText(path, 2, 2).contains(QStringLiteral("(continued)")));
    // Every page repeats the column titles.
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(pdfText(path, page, page).contains(QStringLiteral("Rig focus"))) << page;
}

TEST_F(ShotListPdfTest, RowsFromBuildShotList)
{
    auto rows = buildShotList(m_project, m_shots);
    if (!rows)
        GTEST_SKIP() << "buildShotList: " << rows.error().describe();
    const QString path = m_dir.filePath(QStringLiteral("built.pdf"));
    ASSERT_TRUE(writeShotList(path, {}, m_shots, *rows));
    EXPECT_EQ(pdfPages(path), 1 + 6);
    const QString text = pdfText(path);
    for (const ShotListRow& row : *rows) {
        EXPECT_TRUE(text.contains(QStringLiteral("Shot ") + QString::fromStdString(row.shotNumber))) << row.shotNumber;
        EXPECT_TRUE(text.contains(QString::fromStdString(row.lens).simplified())) << row.lens;
    }
}

} // namespace
} // namespace murnau
