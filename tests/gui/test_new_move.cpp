// The New Move dialog in the real main window: open it from the Shot menu with the mouse (and
// with Ctrl+M), pick "Track in / out" with the keyboard, type CU -> WS of Anna in 6 s, apply:
// shot sh-0006 (Anna standing) holds the track as ordinary keys (one undo step, its rig core's track out), the
// player shows it, and the shot camera's picture differs between the first and last frame (Anna
// shrinks from a close-up to a wide shot: fewer pixels in her colour at the end).
// Needs an X display: `xvfb-run -a ctest`.

#include <cmath>

#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/move_builder.h"
#include "app/bridge/project_document.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

// "Anna circled": Anna stands on one mark through the shot, camera A (32 mm).
const QString kShotId = QStringLiteral("sh-0006");

class NewMoveWindow : public GuiTest {
protected:
    // The menu bar's entry that opens `menu`, or nullptr.
    static QQuickItem* menuBarEntryFor(QQuickWindow& window, QObject* menu)
    {
        auto* menuBar = window.property("menuBar").value<QQuickItem*>();
        if (!menuBar)
            return nullptr;
        const int count = menuBar->property("count").toInt();
        for (int i = 0; i < count; ++i) {
            QQuickItem* entry = nullptr;
            QMetaObject::invokeMethod(menuBar, "itemAt", Q_RETURN_ARG(QQuickItem*, entry), Q_ARG(int, i));
            if (entry && entry->property("menu").value<QObject*>() == menu)
                return entry;
        }
        return nullptr;
    }

    // The item called `name` anywhere in the window's scene (the dialog's fields are made by a
    // Repeater and shown in the overlay, out of reach of findChild).
    static QQuickItem* sceneItem(QQuickItem* root, const QString& name)
    {
        if (!root)
            return nullptr;
        if (root->objectName() == name)
            return root;
        for (QQuickItem* child : root->childItems()) {
            if (QQuickItem* found = sceneItem(child, name))
                return found;
        }
        return nullptr;
    }

    // Replaces a text field's text by typing: click it, select all, type.
    static void typeInto(QQuickWindow& window, QQuickItem& field, const QString& text)
    {
        click(window, field);
        QTest::keyClick(&window, Qt::Key_A, Qt::ControlModifier);
        for (const QChar character : text)
            QTest::keyClick(&window, character.toLatin1());
    }

    // The shot camera's picture (the shotView's part of the window).
    static QImage shotPicture(QQuickWindow& window)
    {
        auto* view = window.findChild<QQuickItem*>(QStringLiteral("shotView"));
        EXPECT_NE(view, nullptr);
        if (!view)
            return {};
        const double dpr = window.effectiveDevicePixelRatio();
        const QRectF rect = view->mapRectToScene(QRectF(0, 0, view->width(), view->height()));
        return window.grabWindow()
            .convertToFormat(QImage::Format_RGB32)
            .copy(QRect(QPoint(int(rect.x() * dpr), int(rect.y() * dpr)), QSize(int(rect.width() * dpr), int(rect.height() * dpr))));
    }

    // Pixels whose hue is within 12 degrees of `colour`'s and that are not grey (saturation > 0.25).
    static int pixelsInHue(const QImage& image, const QColor& colour)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = QColor(image.pixel(x, y)).toHsv();
                if (pixel.hsvSaturationF() < 0.25f || pixel.valueF() < 0.1f)
                    continue;
                const int difference = std::abs(pixel.hsvHue() - colour.toHsv().hsvHue());
                if (std::min(difference, 360 - difference) <= 12)
                    ++count;
            }
        }
        return count;
    }

    // Opens the dialog from the Shot menu with the mouse; returns it (nullptr on failure).
    static QObject* openFromShotMenu(QQuickWindow& window)
    {
        auto* shotMenu = window.findChild<QObject*>(QStringLiteral("shotMenu"));
        EXPECT_NE(shotMenu, nullptr);
        QQuickItem* entry = shotMenu ? menuBarEntryFor(window, shotMenu) : nullptr;
        EXPECT_NE(entry, nullptr) << "no menu bar entry opens the Shot menu";
        if (!entry)
            return nullptr;
        click(window, *entry);
        EXPECT_TRUE(QTest::qWaitFor([&] { return shotMenu->property("opened").toBool(); }, kWaitLimitMs));
        auto* item = window.findChild<QQuickItem*>(QStringLiteral("newMoveItem"));
        EXPECT_NE(item, nullptr);
        if (!item)
            return nullptr;
        EXPECT_TRUE(item->isEnabled());
        waitForFrames(window, 1);
        click(window, *item);
        auto* dialog = window.findChild<QObject*>(QStringLiteral("newMoveDialog"));
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, kWaitLimitMs));
        }
        return dialog;
    }

    DemoCopy m_demo;
};

TEST_F(NewMoveWindow, TrackOutFromCloseUpToWideShotOfAnna)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    document.player()->selectShot(kShotId);
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, ShowOptions{QSize(1920, 1080)});
    ASSERT_NE(window, nullptr);

    QObject* dialog = openFromShotMenu(*window);
    ASSERT_NE(dialog, nullptr);
    auto* builder = window->findChild<MoveBuilder*>(QStringLiteral("moveBuilder"));
    ASSERT_NE(builder, nullptr);
    waitForFrames(*window, 1);

    // The move list has the keyboard: Down picks the zoom, Up goes back to the track.
    QTest::keyClick(window, Qt::Key_Down);
    EXPECT_EQ(builder->moveKey(), QStringLiteral("zoomout"));
    QTest::keyClick(window, Qt::Key_Up);
    ASSERT_EQ(builder->moveKey(), QStringLiteral("trackout"));
    EXPECT_EQ(builder->subject(), QStringLiteral("Anna"));

    auto* from = sceneItem(window->contentItem(), QStringLiteral("param_from"));
    auto* to = sceneItem(window->contentItem(), QStringLiteral("param_to"));
    auto* duration = sceneItem(window->contentItem(), QStringLiteral("durationField"));
    auto* apply = sceneItem(window->contentItem(), QStringLiteral("applyMoveButton"));
    ASSERT_NE(from, nullptr);
    ASSERT_NE(to, nullptr);
    ASSERT_NE(duration, nullptr);
    ASSERT_NE(apply, nullptr);
    typeInto(*window, *from, QStringLiteral("huge"));
    EXPECT_FALSE(builder->canApply());   // refused: the Apply button is off, core says why
    EXPECT_FALSE(apply->isEnabled());
    EXPECT_FALSE(builder->fieldErrors().value(QStringLiteral("from")).toString().isEmpty());
    typeInto(*window, *from, QStringLiteral("CU"));
    typeInto(*window, *to, QStringLiteral("WS"));
    typeInto(*window, *duration, QStringLiteral("6"));
    ASSERT_TRUE(builder->canApply()) << builder->errorText().toStdString();
    auto* description = sceneItem(window->contentItem(), QStringLiteral("moveDescription"));
    ASSERT_NE(description, nullptr);
    EXPECT_TRUE(description->property("text").toString().startsWith(
        QStringLiteral("Track out from CU to WS of Anna, 32 mm, 6 s: ")))
        << description->property("text").toString().toStdString();
    EXPECT_EQ(document.project(), state0);   // nothing changes before Apply

    waitForFrames(*window, 1);
    click(*window, *apply);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, kWaitLimitMs));
    EXPECT_TRUE(document.errorText().isEmpty()) << document.errorText().toStdString();
    EXPECT_EQ(document.undoStack().count(), 1);
    const Shot& shot = document.project().scenes[4].shots[0];
    ASSERT_EQ(shot.id, kShotId.toStdString());
    EXPECT_EQ(shot.move, "trackout");
    EXPECT_EQ(shot.durationFlicks, 6 * kFlicksPerSecond);
    EXPECT_EQ(shot.rig.channel(RigChannel::Dolly).keys().size(), 2u);   // eased: two ordinary keys
    EXPECT_EQ(document.player()->shotId(), kShotId);
    EXPECT_EQ(document.player()->frameCount(), 144);   // 6 s at 24 fps

    // The picture at the first and last frame: Anna from a close-up to a wide shot.
    document.player()->setFrame(0);
    ASSERT_TRUE(waitForFrames(*window, 3, kRenderWaitLimitMs));
    const QImage first = shotPicture(*window);
    document.player()->setFrame(document.player()->frameCount() - 1);
    ASSERT_TRUE(waitForFrames(*window, 3, kRenderWaitLimitMs));
    const QImage last = shotPicture(*window);
    ASSERT_FALSE(first.isNull());
    ASSERT_EQ(first.size(), last.size());
    int changed = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            if (first.pixel(x, y) != last.pixel(x, y))
                ++changed;
    EXPECT_GT(changed, first.width() * first.height() / 4) << "the picture hardly changed";
    const Rgb annaRgb = document.project().actors.front().color;
    const QColor anna(annaRgb.r, annaRgb.g, annaRgb.b);
    const int annaFirst = pixelsInHue(first, anna);
    const int annaLast = pixelsInHue(last, anna);
    std::printf("  Anna's hue: %d pixels at the first frame, %d at the last\n", annaFirst, annaLast);
    EXPECT_GT(annaFirst, 4 * annaLast);

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project(), state0);
    window->close();
}

TEST_F(NewMoveWindow, CtrlMOpensTheDialogAndCancelChangesNothing)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    document.player()->selectShot(kShotId);
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    auto* dialog = window->findChild<QObject*>(QStringLiteral("newMoveDialog"));
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->property("visible").toBool());

    QTest::keyClick(window, Qt::Key_M, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dialog->property("opened").toBool(); }, kWaitLimitMs));
    auto* cancel = sceneItem(window->contentItem(), QStringLiteral("cancelMoveButton"));
    ASSERT_NE(cancel, nullptr);
    waitForFrames(*window, 1);
    click(*window, *cancel);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, kWaitLimitMs));
    EXPECT_EQ(document.project(), state0);
    EXPECT_FALSE(document.canUndo());
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
