// The clip strip in the real main window, driven with the mouse as a user would: clicking a clip
// shows its shot; dragging a clip before its neighbour reorders the scene (one undo step, Ctrl+Z
// restores the exact project); dragging a clip's right edge trims the shot by the whole frames
// the pointer's travel makes on the strip's scale (one undo step); the thumbnails are rendered
// pictures, not blank, and differ between two shots seen from different places.
// Needs an X display: `xvfb-run -a ctest`.

#include <cmath>
#include <cstdio>

#include <QElapsedTimer>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/shot_clip_model.h"
#include "app/bridge/shot_thumbnailer.h"
#include "core/edit/scene_edits.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

constexpr int kDragSteps = 8;   // mouse moves per drag

class ClipStripWindow : public GuiTest {
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
        m_strip = m_window->findChild<QQuickItem*>(QStringLiteral("clipStrip"));
        ASSERT_NE(m_strip, nullptr);
        m_clips = m_window->findChild<ShotClipModel*>(QStringLiteral("shotClipModel"));
        ASSERT_NE(m_clips, nullptr);
        ASSERT_EQ(m_clips->rowCount(), 6);
        m_state0 = m_document.project();
    }
    void TearDown() override
    {
        if (m_window)
            m_window->close();
    }

    // A Repeater's delegates are visual children only (no QObject parent): searched by item tree.
    static QQuickItem* findItem(QQuickItem* under, const QString& name)
    {
        for (QQuickItem* child : under->childItems()) {
            if (child->objectName() == name)
                return child;
            if (QQuickItem* found = findItem(child, name))
                return found;
        }
        return nullptr;
    }
    QQuickItem* clipItem(const QString& shotId) const
    {
        QQuickItem* item = findItem(m_strip, QStringLiteral("clip_") + shotId);
        EXPECT_NE(item, nullptr) << shotId.toStdString();
        return item;
    }
    // A window point inside a clip: `fx` of the way along it, halfway down.
    QPoint pointIn(QQuickItem* clip, double fx) const
    {
        return clip->mapToScene(QPointF(clip->width() * fx, clip->height() / 2.0)).toPoint();
    }
    void drag(const QPoint& from, const QPoint& to)
    {
        QTest::mousePress(m_window, Qt::LeftButton, Qt::NoModifier, from);
        for (int step = 1; step <= kDragSteps; ++step) {
            const QPointF at = QPointF(from) + QPointF(to - from) * (static_cast<double>(step) / kDragSteps);
            QTest::mouseMove(m_window, at.toPoint());
        }
        QTest::mouseRelease(m_window, Qt::LeftButton, Qt::NoModifier, to);
    }
    std::vector<std::string> shotIdsOfScene(std::size_t scene) const
    {
        std::vector<std::string> ids;
        for (const Shot& shot : m_document.project().scenes.at(scene).shots)
            ids.push_back(shot.id);
        return ids;
    }
    Flicks durationOf(const std::string& shotId) const
    {
        const Result<ShotPlace> place = findShot(m_document.project(), shotId);
        return place ? m_document.project().scenes[place->sceneIndex].shots[place->shotIndex].durationFlicks : 0;
    }
    // Lets events run until `done()` holds; false past the window guard (not a timing assertion).
    template <typename Done>
    static bool waitUntil(Done done, int limitMs = kWaitLimitMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!done() && clock.elapsed() < limitMs)
            QTest::qWait(10);
        return done();
    }
    // Waits (events running) until both shots have a thumbnail; false past the render guard.
    bool waitForThumbnails(const QStringList& shotIds)
    {
        return waitUntil([&] {
            for (const QString& id : shotIds)
                if (m_clips->thumbnailer()->image(id).isNull())
                    return false;
            return true;
        }, kRenderWaitLimitMs);
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    QQmlApplicationEngine m_engine;
    QQuickWindow* m_window = nullptr;
    QQuickItem* m_strip = nullptr;
    ShotClipModel* m_clips = nullptr;
    Project m_state0;
};

TEST_F(ClipStripWindow, ClickingAClipShowsItsShot)
{
    QQuickItem* clip = clipItem(QStringLiteral("sh-0005"));
    ASSERT_NE(clip, nullptr);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, pointIn(clip, 0.5));
    EXPECT_EQ(m_document.player()->shotId(), QStringLiteral("sh-0005"));
    EXPECT_EQ(m_document.project(), m_state0);   // selecting is not an edit
    EXPECT_TRUE(clip->property("isShown").toBool());
}

TEST_F(ClipStripWindow, DraggingAClipBeforeItsNeighbourReordersTheScene)
{
    QQuickItem* second = clipItem(QStringLiteral("sh-0003"));   // 2B
    QQuickItem* first = clipItem(QStringLiteral("sh-0002"));    // 2A
    ASSERT_TRUE(second && first);
    const int steps = m_document.undoStack().count();
    // From the middle of 2B to just inside the left edge of 2A: the slot before 2A.
    drag(pointIn(second, 0.5), pointIn(first, 0.05));
    // The strip makes the move once the release has been handled.
    EXPECT_TRUE(waitUntil([&] { return m_document.undoStack().count() > steps; }));
    EXPECT_EQ(shotIdsOfScene(1), (std::vector<std::string>{"sh-0003", "sh-0002"}));
    EXPECT_EQ(m_document.undoStack().count(), steps + 1);
    EXPECT_EQ(m_document.player()->shotId(), QStringLiteral("sh-0001"));   // a move is not a click
    const Project state1 = m_document.project();
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), m_state0);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_document.project(), state1);
}

TEST_F(ClipStripWindow, DraggingTheRightEdgeTrimsByWholeFrames)
{
    QQuickItem* clip = clipItem(QStringLiteral("sh-0001"));   // 8 s at 24 fps
    ASSERT_NE(clip, nullptr);
    QQuickItem* handle = findItem(clip, QStringLiteral("clipTrimHandle"));
    ASSERT_NE(handle, nullptr);
    const double pixelsPerSecond = m_strip->property("pixelsPerSecond").toDouble();
    ASSERT_GT(pixelsPerSecond, 1.0);
    const int steps = m_document.undoStack().count();
    const QPoint from = handle->mapToScene(QPointF(handle->width() / 2.0, handle->height() / 2.0)).toPoint();
    constexpr int kDx = 53;   // pixels to the right
    drag(from, from + QPoint(kDx, 0));
    // 8 s + 53 px / (px per s), in whole 24 fps frames of 29,400,000 flicks.
    const auto frames = static_cast<Flicks>(std::llround((8.0 + kDx / pixelsPerSecond) * 24.0));
    std::printf("strip scale %.3f px/s: %d px -> %lld frames\n", pixelsPerSecond, kDx, static_cast<long long>(frames));
    ASSERT_NE(frames, 192);   // the drag must change the length for this test to say anything
    EXPECT_EQ(durationOf("sh-0001"), frames * 29'400'000);
    EXPECT_EQ(m_document.undoStack().count(), steps + 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), m_state0);
    // A drag far to the left stops at one frame, never less.
    const QPoint edge = handle->mapToScene(QPointF(handle->width() / 2.0, handle->height() / 2.0)).toPoint();
    drag(edge, QPoint(std::max(1, edge.x() - 400), edge.y()));
    EXPECT_EQ(durationOf("sh-0001"), 29'400'000);
    EXPECT_EQ(m_document.undoStack().count(), steps + 1);
}

// Fraction of pixels that differ from the image's first pixel by more than a little: 0 for a
// blank picture.
double nonUniformShare(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    qint64 differing = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (std::abs(qRed(p) - qRed(first)) + std::abs(qGreen(p) - qGreen(first)) + std::abs(qBlue(p) - qBlue(first)) > 24)
                ++differing;
        }
    return static_cast<double>(differing) / (static_cast<double>(image.width()) * image.height());
}

// Mean absolute difference per channel (0..255) of two pictures scaled to one size.
double meanDifference(const QImage& a, const QImage& b)
{
    const QSize size(96, 40);
    const QImage sa = a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QImage sb = b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    double sum = 0.0;
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x) {
            const QRgb p = sa.pixel(x, y);
            const QRgb q = sb.pixel(x, y);
            sum += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) + std::abs(qBlue(p) - qBlue(q));
        }
    return sum / (3.0 * size.width() * size.height());
}

TEST_F(ClipStripWindow, ThumbnailsAreRenderedFramesThatDifferBetweenShots)
{
    // Shot 1 (camera A walking the aisle) and shot 3 (camera B on Ben).
    const QStringList ids{QStringLiteral("sh-0001"), QStringLiteral("sh-0004")};
    ASSERT_TRUE(waitForThumbnails(ids));
    std::printf("last thumbnail took %.1f ms\n", m_clips->thumbnailer()->lastThumbnailMs());
    const QImage a = m_clips->thumbnailer()->image(ids[0]);
    const QImage b = m_clips->thumbnailer()->image(ids[1]);
    std::printf("thumbnails %dx%d and %dx%d, %.0f %% and %.0f %% non-uniform, differing by %.1f per channel\n",
                a.width(), a.height(), b.width(), b.height(), 100 * nonUniformShare(a), 100 * nonUniformShare(b),
                meanDifference(a, b));
    EXPECT_GT(a.width(), 100);
    EXPECT_GT(nonUniformShare(a), 0.2);
    EXPECT_GT(nonUniformShare(b), 0.2);
    EXPECT_GT(meanDifference(a, b), 8.0);
    // The clip shows it: its Image has loaded a picture of the same size.
    QQuickItem* clip = clipItem(ids[0]);
    ASSERT_NE(clip, nullptr);
    QQuickItem* picture = findItem(clip, QStringLiteral("clipThumbnail"));
    ASSERT_NE(picture, nullptr);
    EXPECT_TRUE(picture->property("source").toUrl().toString().startsWith(QStringLiteral("image://")));
    EXPECT_EQ(picture->property("sourceSize").toSize(), a.size());
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
