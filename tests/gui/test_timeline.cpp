// The timeline's tracks in the real main window, driven with the mouse and keys as a user would:
// clicking and box-selecting keys, dragging a key by exact pixels (its new time is the frame the
// test computes from the view's TimeAxis), retiming a mark, undo restoring the exact project,
// scrubbing the ruler (the player's frame and the rendered picture follow), J/K/L shuttle, I/O
// in/out, K setting keys, a warning's click, and playing a short stretch.
// Needs an X display: `xvfb-run -a ctest`.
//
// The key commands (selection toggling, moves, adding) are KeyEditor's (app/bridge/key_editor.h);
// the expected values here come from the demo file's keys and from the axis arithmetic
// (time = startSeconds + px / pixelsPerSecond, frames at 24 fps), not from the view's own hit tests.

#include <cmath>
#include <set>
#include <vector>

#include <QCoreApplication>
#include <QImage>
#include <QMouseEvent>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/timeline_view.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

constexpr int kDragSteps = 8;   // mouse moves per drag
const QString kShotId = QStringLiteral("sh-0001");   // the demo's shot 1: 8 s at 24 fps, dolly keys at 0 s and 8 s
constexpr Flicks kSecond = kFlicksPerSecond;
constexpr double kFps = 24.0;

class TimelineWindow : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(m_document.load(m_demo.path()));
        m_document.player()->selectShot(kShotId);
        ASSERT_TRUE(m_document.player()->hasShot());
        ShowOptions options;
        options.size = QSize(1920, 1080);
        m_window = showMainWindow(m_engine, m_document, options);
        ASSERT_NE(m_window, nullptr);
        m_view = m_window->findChild<TimelineView*>(QStringLiteral("timelineView"));
        ASSERT_NE(m_view, nullptr);
        ASSERT_GT(m_view->width(), 300.0);
        ASSERT_GT(m_view->height(), 120.0);
        m_view->fit();
        waitForFrames(*m_window, 1);
    }
    void TearDown() override
    {
        if (m_window)
            m_window->close();
    }

    const Curve& channel(RigChannel c) const { return m_document.project().scenes[0].shots[0].rig.channel(c); }
    // A key's diamond centre in window pixels; fails when its row is not shown inside the view.
    QPoint keyPoint(KeyId key)
    {
        const std::optional<QPointF> centre = m_view->keyCentre(key);
        EXPECT_TRUE(centre.has_value());
        if (!centre)
            return {};
        EXPECT_GT(centre->y(), m_view->tracksTop());
        EXPECT_LT(centre->y(), m_view->height());
        return m_view->mapToScene(*centre).toPoint();
    }
    // The window point at item point (x, y) of the view.
    QPoint viewPoint(double x, double y) const { return m_view->mapToScene(QPointF(x, y)).toPoint(); }
    // The shot time (seconds) at window x, from the axis arithmetic.
    double secondsAtWindowX(int windowX) const
    {
        const double itemX = m_view->mapFromScene(QPointF(windowX, 0)).x();
        return m_view->axis().startSeconds + itemX / m_view->axis().pixelsPerSecond;
    }
    // A left drag in kDragSteps moves. QTest::mouseMove carries no modifiers, so with modifiers
    // the moves are sent as events holding them.
    void drag(const QPoint& from, const QPoint& to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(m_window, Qt::LeftButton, modifiers, from);
        for (int step = 1; step <= kDragSteps; ++step) {
            const QPointF at = QPointF(from) + QPointF(to - from) * (static_cast<double>(step) / kDragSteps);
            if (modifiers == Qt::NoModifier) {
                QTest::mouseMove(m_window, at.toPoint());
                continue;
            }
            QMouseEvent move(QEvent::MouseMove, at, at, m_window->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             modifiers);
            QCoreApplication::sendEvent(m_window, &move);
        }
        QTest::mouseRelease(m_window, Qt::LeftButton, modifiers, to);
    }
    QImage shotPicture()
    {
        waitForFrames(*m_window, 2);
        auto* shotView = m_window->findChild<QQuickItem*>(QStringLiteral("shotView"));
        EXPECT_NE(shotView, nullptr);
        const QImage image = m_window->grabWindow().convertToFormat(QImage::Format_RGB32);
        if (!shotView)
            return image;
        const QRectF box = shotView->mapRectToScene(QRectF(0, 0, shotView->width(), shotView->height()));
        return image.copy(box.toRect());
    }
    std::set<KeyId> selection() { return m_document.keys()->selection(); }

    DemoCopy m_demo;
    ProjectDocument m_document;
    QQmlApplicationEngine m_engine;   // after the document: the window goes first
    QQuickWindow* m_window = nullptr;
    TimelineView* m_view = nullptr;
};

TEST_F(TimelineWindow, ShowsOneTrackPerChannelAndPerActorWithBlocking)
{
    const QVariantList rows = m_view->rows();
    QStringList ids;
    for (const QVariant& row : rows)
        ids << row.toMap().value(QStringLiteral("id")).toString();
    const QStringList expected{"group:camera", "channel:dollyM", "channel:truckM", "channel:pedestalM",
                               "channel:panDeg", "channel:tiltDeg", "channel:rollDeg", "channel:focalLengthMm",
                               "channel:focusDistanceM", "channel:fStop", "group:cast", "actor:Anna",
                               "actor:Ben", "actor:Chloe", "actor:Dev"};
    EXPECT_EQ(ids, expected);
    // Folding the camera group leaves its row only; hiding a track removes it.
    m_view->toggleFolded(QStringLiteral("group:camera"));
    EXPECT_EQ(m_view->rows().size(), expected.size() - 9);
    m_view->toggleFolded(QStringLiteral("group:camera"));
    m_view->setTrackHidden(QStringLiteral("channel:rollDeg"), true);
    EXPECT_EQ(m_view->rows().size(), expected.size() - 1);
    EXPECT_FALSE(m_view->keyCentre({RigChannel::Roll, 0}).has_value());
    m_view->showAllTracks();
    EXPECT_EQ(m_view->rows().size(), expected.size());
}

TEST_F(TimelineWindow, ClickSelectsAKeyAndShiftClickAddsOne)
{
    const KeyId last{RigChannel::Dolly, 8 * kSecond};
    const KeyId pedestal{RigChannel::Pedestal, 0};
    ASSERT_TRUE(channel(RigChannel::Dolly).findKey(last.time).has_value());
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, keyPoint(last));
    EXPECT_EQ(selection(), (std::set<KeyId>{last}));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::ShiftModifier, keyPoint(pedestal));
    EXPECT_EQ(selection(), (std::set<KeyId>{last, pedestal}));
    // Shift-clicking a selected key toggles it off.
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::ShiftModifier, keyPoint(last));
    EXPECT_EQ(selection(), (std::set<KeyId>{pedestal}));
    // A click on empty track space clears the selection.
    const QPointF dollyEnd = *m_view->keyCentre(last);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, viewPoint(dollyEnd.x() - 200.0, dollyEnd.y()));
    EXPECT_TRUE(selection().empty());
}

TEST_F(TimelineWindow, BoxSelectPicksTheKeysInside)
{
    // A box round the first frame's column over the Dolly, Truck and Pedestal rows: Dolly and
    // Pedestal have keys at 0 s, Truck has none.
    const QPointF dolly = *m_view->keyCentre({RigChannel::Dolly, 0});
    const QPointF pedestal = *m_view->keyCentre({RigChannel::Pedestal, 0});
    drag(viewPoint(dolly.x() - 12.0, dolly.y() - 8.0), viewPoint(dolly.x() + 12.0, pedestal.y() + 8.0));
    EXPECT_EQ(selection(), (std::set<KeyId>{{RigChannel::Dolly, 0}, {RigChannel::Pedestal, 0}}));
}

TEST_F(TimelineWindow, DraggingAKeyMovesItToTheSnappedFrameAsOneUndoStep)
{
    const Project state0 = m_document.project();
    const int steps0 = m_document.undoStack().count();
    const KeyId last{RigChannel::Dolly, 8 * kSecond};
    const QPoint from = keyPoint(last);
    const QPoint to = from - QPoint(100, 0);
    drag(from, to);
    // The key moves by the time 100 px stand for, to the nearest frame start (nothing else is
    // within the snapping tolerance there): 8 s - 100 px / pixelsPerSecond, in whole frames.
    const double rawSeconds = 8.0 - 100.0 / m_view->axis().pixelsPerSecond;
    const std::int64_t frame = std::llround(rawSeconds * kFps);
    const Flicks expected = frame * (kSecond / 24);
    EXPECT_TRUE(m_document.errorText().isEmpty()) << m_document.errorText().toStdString();
    EXPECT_TRUE(channel(RigChannel::Dolly).findKey(expected).has_value()) << "expected a key at frame " << frame;
    EXPECT_FALSE(channel(RigChannel::Dolly).findKey(last.time).has_value());
    EXPECT_EQ(channel(RigChannel::Dolly).keyCount(), 2U);
    EXPECT_EQ(selection(), (std::set<KeyId>{{RigChannel::Dolly, expected}}));   // the selection follows
    EXPECT_EQ(m_document.undoStack().count(), steps0 + 1);   // the whole drag is one step

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(TimelineWindow, CtrlDragDoesNotSnap)
{
    const KeyId last{RigChannel::Dolly, 8 * kSecond};
    const QPoint from = keyPoint(last);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, from);
    drag(from, from - QPoint(37, 0), Qt::ControlModifier);
    ASSERT_EQ(channel(RigChannel::Dolly).keyCount(), 2U);
    const Flicks moved = channel(RigChannel::Dolly).key(1).time;
    // Unsnapped: 37 px exactly (to the flick), which at this zoom is not a whole frame.
    const double seconds = 37.0 / m_view->axis().pixelsPerSecond;
    EXPECT_NEAR(flicksToSeconds(8 * kSecond - moved), seconds, 1e-6);
}

TEST_F(TimelineWindow, DraggingAMarkRetimesItAsOneUndoStep)
{
    // Scene 1's Anna: mark "end" at action time 9 s, which is shot time 8 s (actionStart 1 s).
    const Project state0 = m_document.project();
    const std::vector<Mark>& marks0 = state0.scenes[0].blocking[0].marks;
    ASSERT_EQ(state0.scenes[0].blocking[0].actor, "Anna");
    ASSERT_EQ(marks0.size(), 2U);
    // Fold the camera tracks so the cast's rows are in sight.
    m_view->toggleFolded(QStringLiteral("group:camera"));
    waitForFrames(*m_window, 1);
    const std::optional<QRectF> bar = m_view->markBar("Anna", 1);
    ASSERT_TRUE(bar.has_value());
    ASSERT_LT(bar->bottom(), m_view->height());
    const QPoint from = viewPoint(bar->center().x(), bar->center().y());
    drag(from, from - QPoint(60, 0));
    // The mark held for no time: its bar is centred on its instant, and the drag moves that
    // instant by 60 px to the nearest frame start.
    const double rawShotSeconds = 8.0 - 60.0 / m_view->axis().pixelsPerSecond;
    const Flicks expectedShot = std::llround(rawShotSeconds * kFps) * (kSecond / 24);
    const Mark& moved = m_document.project().scenes[0].blocking[0].marks[1];
    EXPECT_EQ(moved.arriveAt, expectedShot + kSecond) << m_view->hintText().toStdString();
    EXPECT_EQ(moved.leaveAt, expectedShot + kSecond);
    EXPECT_EQ(m_document.undoStack().count(), 1);
    m_document.undo();
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(TimelineWindow, ScrubbingTheRulerMovesThePlayheadAndThePicture)
{
    const QImage before = shotPicture();
    const int y = static_cast<int>(m_view->mapToScene(QPointF(0, 10)).y());
    const QPoint from(static_cast<int>(m_view->mapToScene(QPointF(m_view->axis().secondsToPixel(1.0), 0)).x()), y);
    const QPoint to(static_cast<int>(m_view->mapToScene(QPointF(m_view->axis().secondsToPixel(5.0), 0)).x()), y);
    std::vector<int> frames;
    QObject::connect(m_document.player(), &ShotPlayer::timeChanged, m_view,
                     [&] { frames.push_back(m_document.player()->frame()); });
    drag(from, to);
    // The frame at the release point: the nearest frame start to the time under it.
    EXPECT_EQ(m_document.player()->frame(), std::llround(secondsAtWindowX(to.x()) * kFps));
    EXPECT_GE(frames.size(), static_cast<std::size_t>(kDragSteps));   // followed every move
    const QImage after = shotPicture();
    EXPECT_NE(before, after) << "the shot picture did not change with the playhead";
}

TEST_F(TimelineWindow, ShuttleKeysAndInOut)
{
    ShotPlayer* player = m_document.player();
    player->setFrame(10);
    QTest::keyClick(m_window, Qt::Key_I);
    player->setFrame(40);
    QTest::keyClick(m_window, Qt::Key_O);
    EXPECT_EQ(player->inFrame(), 10);
    EXPECT_EQ(player->outFrame(), 40);
    QTest::keyClick(m_window, Qt::Key_X, Qt::AltModifier);
    EXPECT_FALSE(player->hasRange());

    player->setFrame(20);
    QTest::keyClick(m_window, Qt::Key_L);
    EXPECT_TRUE(player->isPlaying());
    EXPECT_EQ(player->speed(), 1);
    QTest::keyClick(m_window, Qt::Key_L);
    EXPECT_EQ(player->speed(), 2);
    QTest::keyClick(m_window, Qt::Key_K);
    EXPECT_FALSE(player->isPlaying());
    EXPECT_EQ(player->speed(), 1);
    QTest::keyClick(m_window, Qt::Key_J);
    EXPECT_TRUE(player->isPlaying());
    EXPECT_EQ(player->speed(), -1);
    QTest::keyClick(m_window, Qt::Key_K);
    EXPECT_FALSE(player->isPlaying());
}

TEST_F(TimelineWindow, PlayingAdvancesTheFrame)
{
    ShotPlayer* player = m_document.player();
    player->setFrame(0);
    QTest::keyClick(m_window, Qt::Key_L);
    // A guard, not a timing assertion.
    EXPECT_TRUE(QTest::qWaitFor([&] { return player->frame() >= 6; }, 20'000));
    QTest::keyClick(m_window, Qt::Key_K);
    EXPECT_FALSE(player->isPlaying());
    EXPECT_GE(player->frame(), 6);
}

TEST_F(TimelineWindow, KWhilePausedKeysEveryChannelAtThePlayhead)
{
    const Project state0 = m_document.project();
    m_document.player()->setFrame(48);   // 2 s
    QTest::keyClick(m_window, Qt::Key_K);
    EXPECT_TRUE(m_document.errorText().isEmpty()) << m_document.errorText().toStdString();
    for (const RigChannelInfo& info : rigChannels())
        EXPECT_TRUE(channel(info.channel).findKey(2 * kSecond).has_value()) << info.key;
    EXPECT_EQ(m_document.undoStack().count(), 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(TimelineWindow, KWithCurveChannelsKeysOnlyThoseAsOneStep)
{
    m_document.keys()->setCurveChannels({static_cast<int>(RigChannel::Pan), static_cast<int>(RigChannel::Tilt)});
    m_document.player()->setFrame(24);
    QTest::keyClick(m_window, Qt::Key_K);
    EXPECT_TRUE(channel(RigChannel::Pan).findKey(kSecond).has_value());
    EXPECT_TRUE(channel(RigChannel::Tilt).findKey(kSecond).has_value());
    EXPECT_FALSE(channel(RigChannel::Roll).findKey(kSecond).has_value());
    EXPECT_EQ(m_document.undoStack().count(), 1);
}

TEST_F(TimelineWindow, ClickingAWarningMovesThePlayheadAndPicksItsChannel)
{
    // The first shot of the demo with a warning that names a rig channel.
    const QVariantList shots = m_document.player()->shots();
    QVariantMap warning;
    for (const QVariant& shot : shots) {
        m_document.player()->selectShot(shot.toMap().value(QStringLiteral("shotId")).toString());
        m_document.report()->rebuild();
        for (const QVariant& entry : m_document.report()->warnings())
            if (entry.toMap().value(QStringLiteral("rigChannel"), -1).toInt() >= 0) {
                warning = entry.toMap();
                break;
            }
        if (!warning.isEmpty())
            break;
    }
    if (warning.isEmpty())
        GTEST_SKIP() << "no shot of the demo has a warning on a rig channel (document.report)";
    m_view->fit();
    waitForFrames(*m_window, 1);
    const double start = warning.value(QStringLiteral("startSeconds")).toDouble();
    const double end = warning.value(QStringLiteral("endSeconds")).toDouble();
    const double x = std::max(m_view->axis().secondsToPixel(start) + 1.0,
                              0.5 * (m_view->axis().secondsToPixel(start) + m_view->axis().secondsToPixel(end)));
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, viewPoint(x, 26.0 + 6.0));
    // The first frame showing the range's start.
    EXPECT_EQ(m_document.player()->frame(), static_cast<int>(std::ceil(start * m_document.player()->fps() - 1e-9)));
    EXPECT_EQ(m_document.keys()->curveChannels(),
              (QVariantList{warning.value(QStringLiteral("rigChannel")).toInt()}));
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
