// ComparisonPlotPainter and the comparison sheet's page, painted into QImages from readouts
// built by hand (no project, no ShotComparison): the frame-to-x mapping and back, the playhead
// line at the frame's x, each side's line going the way its values go, the predicted
// magnification drawn, and the sheet's pictures where its layout says.

#include <cmath>
#include <memory>
#include <numbers>

#include <QColor>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include "app/bridge/comparison_plot_painter.h"
#include "app/bridge/comparison_sheet_painter.h"

namespace murnau {
namespace {

// Text needs a QGuiApplication (fonts); app_tests has none of its own, so the first test makes
// one on the offscreen platform and keeps it for the rest of the run.
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

// A track out and a zoom out built from the formulas of core/moves/comparison.h, 24 fps, 2 s:
//   A: d_A(t) = 2 + 3 t metres at f = 50 mm;  B: d_B = 2 m, f_B(t) = 50 * 2 / d_A(t) mm.
// On a 36 x 24 mm gate: horizontal angle 2 atan(36 / 2f); a 1.7 m subject over the frame height
// at distance d, 24 d / f (metres for d in metres); a 1 m background D = 10 m behind the subject:
// fraction f / (24 (d + D)), and the magnification A/B of those fractions, with the prediction
// d_A (d_B + D) / (d_B (d_A + D)).
ComparisonReadouts handMadeReadouts()
{
    ComparisonReadouts readouts;
    readouts.backgroundLabel = "plane 10 m behind Anna";
    readouts.backgroundBehindM = 10.0;
    constexpr double kFps = 24.0;
    constexpr double kD = 10.0;
    for (int frame = 0; frame <= 48; ++frame) {
        const double t = frame / kFps;
        ComparisonFrame f;
        f.frame = frame;
        f.seconds = t;
        const auto side = [&](double distanceM, double focalMm) {
            SideReading r;
            r.distanceM = distanceM;
            r.focalLengthMm = focalMm;
            r.horizontalAovDeg = 2.0 * std::atan(36.0 / (2.0 * focalMm)) * 180.0 / std::numbers::pi;
            r.subjectFraction = 1.7 / (24.0 * distanceM / focalMm);
            r.backgroundFraction = focalMm / (24.0 * (distanceM + kD));
            return r;
        };
        const double dA = 2.0 + 3.0 * t;
        f.sides = {side(dA, 50.0), side(2.0, 50.0 * 2.0 / dA)};
        f.backgroundMagnification = f.sides[0].backgroundFraction / f.sides[1].backgroundFraction;
        f.predictedMagnification = dA * (2.0 + kD) / (2.0 * (dA + kD));
        readouts.frames.push_back(f);
    }
    return readouts;
}

// Rows of `image`'s column x, within [top, bottom), whose pixel is `color` (each channel within
// `tolerance`: a line's antialiased edge blends with what lies under it).
std::vector<int> rowsOfColor(const QImage& image, int x, int top, int bottom, const QColor& color, int tolerance = 0)
{
    std::vector<int> rows;
    for (int y = std::max(top, 0); y < std::min(bottom, image.height()); ++y) {
        const QColor p = image.pixelColor(x, y);
        if (std::abs(p.red() - color.red()) <= tolerance && std::abs(p.green() - color.green()) <= tolerance
            && std::abs(p.blue() - color.blue()) <= tolerance)
            rows.push_back(y);
    }
    return rows;
}

class ComparisonPlotPainterTest : public ::testing::Test {
protected:
    void SetUp() override { ensureGuiApplication(); }

    QImage paint(const ComparisonPlotInput& input, const ComparisonPlotPainter& painter) const
    {
        QImage image(m_rect.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        painter.paint(p, m_rect, input);
        return image;
    }

    QRectF m_rect{0.0, 0.0, 900.0, 600.0};
    ComparisonReadouts m_readouts = handMadeReadouts();
};

TEST_F(ComparisonPlotPainterTest, FramesMapLinearlyAcrossThePlotAreaAndBack)
{
    const ComparisonPlotLayout layout = comparisonPlotLayout(m_rect, m_readouts, ComparisonPlotStyle::dark());
    ASSERT_EQ(layout.firstFrame, 0);
    ASSERT_EQ(layout.lastFrame, 48);
    EXPECT_DOUBLE_EQ(layout.xOfFrame(0), layout.plotArea.left());
    EXPECT_DOUBLE_EQ(layout.xOfFrame(48), layout.plotArea.right());
    // Frame 12 of 0..48 is a quarter of the way across.
    EXPECT_NEAR(layout.xOfFrame(12), layout.plotArea.left() + 0.25 * layout.plotArea.width(), 1e-9);
    for (int frame = 0; frame <= 48; ++frame)
        EXPECT_EQ(layout.frameAt(layout.xOfFrame(frame)), frame);
    // Half a frame's width off still picks the nearer frame; outside the plot clamps.
    const double frameWidth = layout.plotArea.width() / 48.0;
    EXPECT_EQ(layout.frameAt(layout.xOfFrame(20) + 0.4 * frameWidth), 20);
    EXPECT_EQ(layout.frameAt(layout.xOfFrame(20) + 0.6 * frameWidth), 21);
    EXPECT_EQ(layout.frameAt(m_rect.left()), 0);
    EXPECT_EQ(layout.frameAt(m_rect.right() + 100.0), 48);
    // Five lanes, top to bottom inside the plot area, none overlapping.
    for (int i = 0; i < kComparisonLaneCount; ++i) {
        const QRectF lane = layout.lanes[static_cast<std::size_t>(i)];
        EXPECT_TRUE(layout.plotArea.contains(lane)) << i;
        if (i > 0) {
            EXPECT_GE(lane.top(), layout.lanes[static_cast<std::size_t>(i - 1)].bottom()) << i;
        }
    }
}

TEST_F(ComparisonPlotPainterTest, ThePlayheadIsDrawnAtItsFramesX)
{
    const ComparisonPlotPainter painter(ComparisonPlotStyle::dark());
    const QColor playhead = painter.style().playhead;
    ComparisonPlotInput input;
    input.readouts = &m_readouts;
    input.sides = {CompareSide::Track, CompareSide::Zoom};
    input.playheadFrame = 30;
    const QImage image = paint(input, painter);
    const ComparisonPlotLayout layout = comparisonPlotLayout(m_rect, m_readouts, painter.style());
    const QRectF graph = layout.graphRect(ComparisonLane::FocalLength);
    const int x = static_cast<int>(std::floor(layout.xOfFrame(30)));
    // The playhead's column: the colour down most of the lane's graph (the series cross it at a few rows).
    const auto rows = rowsOfColor(image, x, static_cast<int>(graph.top()) + 1, static_cast<int>(graph.bottom()), playhead);
    EXPECT_GT(static_cast<double>(rows.size()), 0.7 * graph.height()) << "x " << x;
    // Eight pixels either side (a third of a frame's width is ~5 px): none of it.
    EXPECT_TRUE(rowsOfColor(image, x - 8, static_cast<int>(graph.top()), static_cast<int>(graph.bottom()), playhead).empty());
    EXPECT_TRUE(rowsOfColor(image, x + 8, static_cast<int>(graph.top()), static_cast<int>(graph.bottom()), playhead).empty());

    // Without a playhead the colour is nowhere in the lanes.
    input.playheadFrame = -1;
    const QImage none = paint(input, painter);
    EXPECT_TRUE(rowsOfColor(none, x, static_cast<int>(graph.top()), static_cast<int>(graph.bottom()), playhead).empty());
}

TEST_F(ComparisonPlotPainterTest, EachSidesLineGoesTheWayItsValuesGo)
{
    const ComparisonPlotPainter painter(ComparisonPlotStyle::dark());
    ComparisonPlotInput input;
    input.readouts = &m_readouts;
    input.sides = {CompareSide::Track, CompareSide::Zoom};
    const QImage image = paint(input, painter);
    if (qEnvironmentVariableIsSet("MURNAU_SAVE_TEST_IMAGES"))
        image.save(QStringLiteral("comparison_plots.png"));
    const ComparisonPlotLayout layout = comparisonPlotLayout(m_rect, m_readouts, painter.style());
    const QColor a = painter.style().sides[0];
    const QColor b = painter.style().sides[1];
    const auto middleRow = [](const std::vector<int>& rows) { return rows.empty() ? -1.0 : 0.5 * (rows.front() + rows.back()); };
    const auto column = [&](int frame) { return static_cast<int>(std::lround(layout.xOfFrame(frame))); };
    const auto rowsIn = [&](ComparisonLane lane, int frame, const QColor& color) {
        const QRectF g = layout.graphRect(lane);
        return rowsOfColor(image, column(frame), static_cast<int>(g.top()), static_cast<int>(g.bottom()), color, 24);
    };

    // Distance: A travels 2 -> 8 m (its line rises: smaller y at the end); B stands at 2 m (flat),
    // so at frame 0 both lines meet (A's wider line shows around B's) and at the end A lies above B.
    const auto aStart = rowsIn(ComparisonLane::Distance, 2, a);
    const auto aEnd = rowsIn(ComparisonLane::Distance, 46, a);
    const auto bStart = rowsIn(ComparisonLane::Distance, 2, b);
    const auto bEnd = rowsIn(ComparisonLane::Distance, 46, b);
    ASSERT_FALSE(aStart.empty());
    ASSERT_FALSE(aEnd.empty());
    ASSERT_FALSE(bStart.empty());
    ASSERT_FALSE(bEnd.empty());
    EXPECT_LT(middleRow(aEnd), middleRow(aStart) - 50.0);
    EXPECT_NEAR(middleRow(bEnd), middleRow(bStart), 1.0);
    EXPECT_LT(middleRow(aEnd), middleRow(bEnd));

    // Focal length: A holds 50 mm, B zooms out 50 -> 12.5 mm (its line falls).
    const auto fbStart = rowsIn(ComparisonLane::FocalLength, 2, b);
    const auto fbEnd = rowsIn(ComparisonLane::FocalLength, 46, b);
    const auto faStart = rowsIn(ComparisonLane::FocalLength, 2, a);
    const auto faEnd = rowsIn(ComparisonLane::FocalLength, 46, a);
    ASSERT_FALSE(fbStart.empty());
    ASSERT_FALSE(fbEnd.empty());
    ASSERT_FALSE(faStart.empty());
    ASSERT_FALSE(faEnd.empty());
    EXPECT_GT(middleRow(fbEnd), middleRow(fbStart) + 50.0);
    EXPECT_NEAR(middleRow(faEnd), middleRow(faStart), 1.0);

    // Subject size: equal in A and B on every frame, so B's line lies on A's (within a pixel).
    const auto sa = rowsIn(ComparisonLane::SubjectSize, 24, a);
    const auto sb = rowsIn(ComparisonLane::SubjectSize, 24, b);
    ASSERT_FALSE(sa.empty());
    ASSERT_FALSE(sb.empty());
    EXPECT_NEAR(middleRow(sa), middleRow(sb), 1.0);

    // Magnification: the measured line and the dashed prediction are both drawn somewhere in the lane.
    const QRectF g = layout.graphRect(ComparisonLane::BackgroundMagnification);
    int predicted = 0;
    for (int x = static_cast<int>(g.left()) + 2; x < static_cast<int>(g.right()) - 2; ++x)
        predicted += static_cast<int>(rowsOfColor(image, x, static_cast<int>(g.top()), static_cast<int>(g.bottom()),
                                                  painter.style().predicted).size());
    EXPECT_GT(predicted, 20);
}

TEST_F(ComparisonPlotPainterTest, TheSheetPutsEachPictureWhereItsLayoutSays)
{
    // Two sides, three rows of flat-coloured pictures; each picture's centre on the page must
    // carry its colour.
    ComparisonSheetContent content;
    content.projectTitle = QStringLiteral("Warehouse");
    content.sideTitles = {QStringLiteral("A  Track out"), QStringLiteral("B  Zoom out")};
    content.sides = {CompareSide::Track, CompareSide::Zoom};
    content.readouts = &m_readouts;
    const QColor colours[3][2] = {{Qt::red, Qt::green}, {Qt::blue, Qt::cyan}, {Qt::magenta, Qt::yellow}};
    for (int row = 0; row < 3; ++row) {
        SheetFrameRow r{QStringLiteral("Row"), row * 24, QStringLiteral("00:00:0%1:00").arg(row), {}};
        for (int side = 0; side < 2; ++side) {
            QImage picture(480, 270, QImage::Format_RGB32);
            picture.fill(colours[row][side]);
            r.pictures.push_back(picture);
        }
        content.rows.push_back(r);
    }
    content.costs.push_back(SheetCostRow{QStringLiteral("Track to lay"), {QStringLiteral("8.1 m"), QStringLiteral("none")}, {true, true}});

    const QSize pageSize(1754, 1240);   // A4 landscape at 150 dpi
    QImage page(pageSize, QImage::Format_RGB32);
    page.fill(Qt::black);
    QPainter painter(&page);
    paintComparisonSheet(painter, QSizeF(pageSize), content);
    painter.end();
    const double scale = pageSize.width() / kSheetPageSize.width();   // the page fills the device's width
    EXPECT_NEAR(pageSize.height() / kSheetPageSize.height(), scale, 0.01);
    for (std::size_t row = 0; row < 3; ++row)
        for (std::size_t side = 0; side < 2; ++side) {
            const QRectF r = sheetPictureRect(content, row, side);
            ASSERT_FALSE(r.isEmpty());
            // 16:9 pictures keep their aspect.
            EXPECT_NEAR(r.width() / r.height(), 480.0 / 270.0, 1e-6);
            const QPoint centre = (r.center() * scale).toPoint();
            EXPECT_EQ(page.pixelColor(centre).rgb(), colours[row][side].rgb()) << row << "," << side;
        }
    // The corners of the page are white paper (nothing painted black left over).
    EXPECT_EQ(page.pixelColor(2, 2).rgb(), QColor(Qt::white).rgb());
    EXPECT_EQ(page.pixelColor(pageSize.width() - 3, pageSize.height() - 3).rgb(), QColor(Qt::white).rgb());
}

} // namespace
} // namespace murnau
