// The curve editor in the real main window, driven with the mouse as a user would: the demo's
// shot 1 dolly graphed with its keys where the time and value axes put them, a click selecting a
// key, a drag moving it by exactly what the axes say the pixels are worth (time snapped to the
// frame, core's nearestFrameStart), one undo step that Ctrl+Z takes back exactly, a Bezier
// handle dragged the same way, the speed graph with its limit band drawn, and a lane's graph
// kept under its title and fitted again when the window shrinks.
// Needs an X display: `xvfb-run -a ctest`.

#include <cmath>
#include <optional>

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/curve_editor_view.h"
#include "app/bridge/project_document.h"
#include "core/timeline/timeline_snap.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

constexpr int kDragSteps = 6;   // mouse moves per drag
constexpr Flicks kS = kFlicksPerSecond;

class CurveEditorWindow : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(m_document.load(m_demo.path()));
        ShowOptions options;
        options.size = QSize(1920, 1080);
        m_window = showMainWindow(m_engine, m_document, options);
        ASSERT_NE(m_window, nullptr);
        m_view = m_window->findChild<CurveEditorView*>(QStringLiteral("curveEditorView"));
        ASSERT_NE(m_view, nullptr);
        ASSERT_EQ(m_document.player()->shotId(), QStringLiteral("sh-0001"));   // the demo opens on shot 1
        m_document.keys()->setCurveChannels({static_cast<int>(RigChannel::Dolly)});
        waitForFrames(*m_window, 1);
        ASSERT_GT(m_view->width(), 300.0);
        ASSERT_GT(m_view->height(), 60.0);
        m_view->frameAll();
        waitForFrames(*m_window, 1);
    }
    void TearDown() override
    {
        if (m_window)
            m_window->close();
    }

    // The window point of an item point of the view.
    QPoint windowPoint(const QPointF& itemPx) const { return m_view->mapToScene(itemPx).toPoint(); }
    // A left drag from `from` by `by` window pixels in kDragSteps moves.
    void drag(const QPoint& from, const QPoint& by)
    {
        QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= kDragSteps; ++step)
            QTest::mouseMove(m_window, from + by * step / kDragSteps);
        QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, from + by);
        waitForFrames(*m_window, 1);
    }
    const Curve& dolly() const
    {
        const Project& project = m_document.project();
        return project.scenes[0].shots[0].rig.channel(RigChannel::Dolly);
    }
    // The item named `name` under `root`, searching the visual tree (Repeater delegates included).
    static QQuickItem* findItem(QQuickItem* root, const QString& name)
    {
        if (root->objectName() == name)
            return root;
        for (QQuickItem* child : root->childItems()) {
            if (QQuickItem* found = findItem(child, name))
                return found;
        }
        return nullptr;
    }
    QColor pixelAt(const QPointF& itemPx)
    {
        const QImage image = m_window->grabWindow();
        const QPoint p = windowPoint(itemPx);
        return image.pixelColor(p);
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    QQmlApplicationEngine m_engine;   // after the document: the window goes first
    QQuickWindow* m_window = nullptr;
    CurveEditorView* m_view = nullptr;
};

TEST_F(CurveEditorWindow, ShowsShotOnesDollyWithItsKeysWhereTheAxesPutThem)
{
    const auto& lanes = m_view->lanes();
    ASSERT_EQ(lanes.size(), 1u);
    ASSERT_EQ(lanes[0].channels.size(), 1u);
    EXPECT_EQ(lanes[0].channels[0], RigChannel::Dolly);
    EXPECT_EQ(lanes[0].unit, "m");
    // The demo's dolly: 1.4 m at 0 s, 12.6 m at 8 s (the shot's end); Frame all fits [0, 8 s] into
    // the graph's width with 24 px either side.
    ASSERT_EQ(dolly().keyCount(), 2u);
    const double graphWidth = m_view->width() - CurveEditorView::gutterWidth();
    const double pps = (graphWidth - 48.0) / 8.0;
    EXPECT_NEAR(m_view->timeAxis().pixelsPerSecond, pps, 1e-9);
    const auto first = m_view->keyItemPoint({RigChannel::Dolly, 0});
    const auto last = m_view->keyItemPoint({RigChannel::Dolly, 8 * kS});
    ASSERT_TRUE(first && last);
    EXPECT_NEAR(first->x(), CurveEditorView::gutterWidth() + 24.0, 1e-9);
    EXPECT_NEAR(last->x(), CurveEditorView::gutterWidth() + 24.0 + 8.0 * pps, 1e-9);
    // 11.2 m apart vertically, the later (higher) key above.
    EXPECT_NEAR(first->y() - last->y(), 11.2 * lanes[0].axis.pixelsPerUnit, 1e-9);
    EXPECT_GT(first->y(), lanes[0].rect.top());
    EXPECT_LT(first->y(), lanes[0].rect.bottom());
    // The key is drawn in the dolly's colour (the last: the playhead at 0 s is drawn over the first).
    const QColor key = pixelAt(*last);
    const QColor expected = curveChannelColor(RigChannel::Dolly);
    EXPECT_NEAR(key.red(), expected.red(), 40);
    EXPECT_NEAR(key.green(), expected.green(), 40);
    EXPECT_NEAR(key.blue(), expected.blue(), 40);
}

TEST_F(CurveEditorWindow, ATallLaneGraphsUnderItsTitleAndRefitsWhenTheWindowShrinks)
{
    const KeyId firstKey{RigChannel::Dolly, 0};
    const KeyId lastKey{RigChannel::Dolly, 8 * kS};
    const auto keysInside = [&](const char* when) {
        const CurveLane& lane = m_view->lanes()[0];
        const auto first = m_view->keyItemPoint(firstKey);
        const auto last = m_view->keyItemPoint(lastKey);
        ASSERT_TRUE(first && last) << when;
        // The 16 px title row stays clear above the highest key; the lowest is above the bottom.
        EXPECT_GE(last->y(), lane.rect.top() + 16.0) << when;
        EXPECT_LT(first->y(), lane.rect.bottom()) << when;
        EXPECT_GT(first->y(), last->y()) << when;
    };
    const double tallPx = m_view->lanes()[0].rect.height();
    ASSERT_GT(tallPx, 140.0);   // a lane with a title row
    keysInside("at 1920 x 1080");

    // A shorter window: the timeline gives way (its maximum height), the lane shrinks, and its
    // value axis is fitted again instead of kept from the taller lane.
    m_window->resize(1920, 900);
    waitForFrames(*m_window, 2);
    ASSERT_LT(m_view->lanes()[0].rect.height(), tallPx - 20.0);
    keysInside("at 1920 x 900");
}

TEST_F(CurveEditorWindow, ClickSelectsAKeyAndADragMovesItAsTheAxesPredictInOneUndoStep)
{
    const Project state0 = m_document.project();
    const int steps0 = m_document.undoStack().count();
    const KeyId lastKey{RigChannel::Dolly, 8 * kS};
    const QPointF keyPx = *m_view->keyItemPoint(lastKey);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, windowPoint(keyPx));
    waitForFrames(*m_window, 1);
    ASSERT_EQ(m_document.keys()->selection(), (std::set<KeyId>{lastKey}));

    // 37 px earlier and 23 px up: -37 / pps seconds, snapped to the frame start nearest to it
    // (no other key or the playhead within 6 px), and +23 / ppu metres.
    const TimeAxis time = m_view->timeAxis();
    const ValueAxis axis = m_view->lanes()[0].axis;
    const Flicks raw = time.toTime(time.toPixel(8 * kS) - 37.0);
    const Flicks expectedTime = nearestFrameStart(raw, FrameRate{24, 1});
    const double expectedValue = 12.6 + 23.0 / axis.pixelsPerUnit;
    drag(windowPoint(keyPx), QPoint(-37, -23));

    ASSERT_EQ(dolly().keyCount(), 2u);
    EXPECT_EQ(dolly().key(1).time, expectedTime);
    EXPECT_NEAR(dolly().key(1).value, expectedValue, 1e-9);
    EXPECT_EQ(dolly().key(0).time, 0);     // the other key stays (its auto handles follow the moved one)
    EXPECT_EQ(dolly().key(0).value, 1.4);
    EXPECT_EQ(m_document.undoStack().count(), steps0 + 1);   // the whole drag is one undo step
    EXPECT_EQ(m_document.keys()->selection(), (std::set<KeyId>{{RigChannel::Dolly, expectedTime}}));

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(CurveEditorWindow, ShiftClickAndBoxSelect)
{
    const KeyId firstKey{RigChannel::Dolly, 0};
    const KeyId lastKey{RigChannel::Dolly, 8 * kS};
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, windowPoint(*m_view->keyItemPoint(firstKey)));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::ShiftModifier, windowPoint(*m_view->keyItemPoint(lastKey)));
    EXPECT_EQ(m_document.keys()->selection(), (std::set<KeyId>{firstKey, lastKey}));
    // A click on empty graph clears; a box round the last key selects it alone.
    const QPointF last = *m_view->keyItemPoint(lastKey);
    const QPoint from = windowPoint(last + QPointF(-15, -15));
    drag(from, QPoint(30, 30));
    EXPECT_EQ(m_document.keys()->selection(), (std::set<KeyId>{lastKey}));
}

TEST_F(CurveEditorWindow, DraggingABezierHandleReshapesTheSegmentInOneUndoStep)
{
    const KeyId firstKey{RigChannel::Dolly, 0};
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, windowPoint(*m_view->keyItemPoint(firstKey)));
    ASSERT_TRUE(m_document.keys()->setInterpolation(QStringLiteral("bezier")));
    waitForFrames(*m_window, 1);
    const Project state0 = m_document.project();
    const int steps0 = m_document.undoStack().count();
    const Handle right0 = dolly().key(0).right;
    const auto handlePx = m_view->handleItemPoint(firstKey, HandleSide::Right);
    ASSERT_TRUE(handlePx.has_value());

    const double pps = m_view->timeAxis().pixelsPerSecond;
    const double ppu = m_view->lanes()[0].axis.pixelsPerUnit;
    // Round the handle's point to the pixel the mouse presses, then move 30 px right and 20 px up.
    const QPoint press = windowPoint(*handlePx);
    drag(press, QPoint(30, -20));
    const Handle right1 = dolly().key(0).right;
    EXPECT_NEAR(right1.timeS, right0.timeS + 30.0 / pps, 1e-9);
    EXPECT_NEAR(right1.value, right0.value + 20.0 / ppu, 1e-9);
    EXPECT_EQ(m_document.undoStack().count(), steps0 + 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(CurveEditorWindow, SpeedModeDrawsTheLimitBand)
{
    QQuickItem* speed = findItem(m_window->contentItem(), QStringLiteral("curveMode_speed"));
    ASSERT_NE(speed, nullptr);
    click(*m_window, *speed);
    waitForFrames(*m_window, 1);
    ASSERT_EQ(m_view->mode(), QStringLiteral("speed"));
    const MotionSeries* series = m_view->series();
    ASSERT_NE(series, nullptr);
    const auto& lanes = m_view->lanes();
    ASSERT_EQ(lanes.size(), 1u);
    ASSERT_EQ(lanes[0].motion, MotionChannel::DollySpeed);
    // 11.2 m in 8 s: 1.4 m/s at every frame, against the 1.4 m/s walking-pace limit.
    for (const double v : series->valuesOf(MotionChannel::DollySpeed))
        EXPECT_NEAR(v, 1.4, 1e-9);
    // At 6.5 s (right of the limit's label): halfway between the lane's top and the limit line is
    // the band (red over the lane), 12 px below the line is not.
    const double x = CurveEditorView::gutterWidth() + m_view->timeAxis().toPixel(13 * kS / 2);
    const double limitRow = lanes[0].rowOf(1.4);
    ASSERT_GT(limitRow - lanes[0].rect.top(), 6.0);   // room for the band above the line
    const QColor band = pixelAt({x, 0.5 * (lanes[0].rect.top() + limitRow)});
    const QColor under = pixelAt({x, limitRow + 12.0});
    EXPECT_GT(band.red() - band.green(), 12) << band.name().toStdString();
    EXPECT_LT(under.red() - under.green(), 6) << under.name().toStdString();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
