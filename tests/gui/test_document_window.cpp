// The document in the real main window: the window title's file name and unsaved-changes star,
// Undo and Redo through their keyboard shortcuts and through the Edit menu (opened with the
// mouse), the unsaved-changes prompt when the window is closed, a .murnau file dropped on the
// window, and the offer to recover a crashed session's work. Also prints how long one step of
// an actor drag takes on the demo (edit, models refreshed, frame rendered): a measurement
// for docs, not an assertion. Needs an X display: `xvfb-run -a ctest`.

#include <cstdio>

#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/autosave.h"
#include "app/bridge/project_document.h"
#include "core/scene/project_json.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

class DocumentWindow : public GuiTest {
protected:
    // The menu bar's entry number `index` (0 File, 1 Edit, 2 View).
    static QQuickItem* menuBarEntry(QQuickWindow& window, int index)
    {
        auto* menuBar = window.property("menuBar").value<QQuickItem*>();
        if (!menuBar)
            return nullptr;
        QQuickItem* entry = nullptr;
        QMetaObject::invokeMethod(menuBar, "itemAt", Q_RETURN_ARG(QQuickItem*, entry), Q_ARG(int, index));
        return entry;
    }
};

TEST_F(DocumentWindow, TitleAndUndoRedoShortcuts)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->title(), QStringLiteral("warehouse.murnau \u2014 Murnau"));

    ASSERT_TRUE(document.moveActor(QStringLiteral("Anna"), 2.0, 2.0));
    document.endDrag();
    const Project state1 = document.project();
    EXPECT_EQ(window->title(), QStringLiteral("warehouse.murnau* \u2014 Murnau"));

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);   // StandardKey.Undo
    EXPECT_EQ(document.project(), state0);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(window->title(), QStringLiteral("warehouse.murnau \u2014 Murnau"));

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);   // StandardKey.Redo
    EXPECT_EQ(document.project(), state1);
    EXPECT_TRUE(document.isModified());

    // Save (StandardKey.Save) writes the file and clears the star.
    QTest::keyClick(window, Qt::Key_S, Qt::ControlModifier);
    EXPECT_FALSE(document.isModified());
    const Result<Project> saved = loadProject(demo.path().toStdString());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.value(), state1);
    EXPECT_EQ(window->title(), QStringLiteral("warehouse.murnau \u2014 Murnau"));
    window->close();
}

TEST_F(DocumentWindow, TheEditMenuNamesTheCommandAndUndoesIt)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(document.moveActor(QStringLiteral("Anna"), 2.0, 2.0));
    document.endDrag();

    QQuickItem* editEntry = menuBarEntry(*window, 1);
    ASSERT_NE(editEntry, nullptr);
    auto* editMenu = window->findChild<QObject*>(QStringLiteral("editMenu"));
    ASSERT_NE(editMenu, nullptr);
    click(*window, *editEntry);
    ASSERT_TRUE(QTest::qWaitFor([&] { return editMenu->property("opened").toBool(); }, kWaitLimitMs));

    auto* undoItem = window->findChild<QQuickItem*>(QStringLiteral("undoItem"));
    ASSERT_NE(undoItem, nullptr);
    EXPECT_EQ(undoItem->property("text").toString(), QStringLiteral("&Undo Move Anna"));
    EXPECT_TRUE(undoItem->isEnabled());
    waitForFrames(*window, 1);
    click(*window, *undoItem);
    EXPECT_EQ(document.project(), state0);
    EXPECT_FALSE(document.canUndo());
    EXPECT_EQ(undoItem->property("text").toString(), QStringLiteral("&Undo"));
    EXPECT_FALSE(undoItem->isEnabled());
    window->close();
}

TEST_F(DocumentWindow, ClosingWithUnsavedChangesAsksFirst)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    auto* prompt = window->findChild<QObject*>(QStringLiteral("unsavedDialog"));
    ASSERT_NE(prompt, nullptr);
    EXPECT_FALSE(prompt->property("visible").toBool());

    ASSERT_TRUE(document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    window->close();
    EXPECT_TRUE(window->isVisible()) << "the window closed over unsaved changes";
    EXPECT_TRUE(prompt->property("visible").toBool());
    EXPECT_TRUE(prompt->property("text").toString().contains(QStringLiteral("warehouse.murnau")));

    // Cancel keeps everything; with nothing unsaved the window closes without asking.
    QMetaObject::invokeMethod(prompt, "reject");
    EXPECT_TRUE(window->isVisible());
    document.undo();
    window->close();
    EXPECT_FALSE(window->isVisible());
}

TEST_F(DocumentWindow, ADroppedProjectFileIsOpened)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    const QString other = demo.filePath(QStringLiteral("other.murnau"));
    ASSERT_TRUE(QFile::copy(demo.path(), other));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    const QPoint centre(window->width() / 2, window->height() / 2);
    QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    QDragMoveEvent move(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &move);
    EXPECT_TRUE(move.isAccepted()) << "the window refused a .murnau file";
    QDropEvent drop(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &drop);
    EXPECT_EQ(document.filePath(), other);
    EXPECT_EQ(window->title(), QStringLiteral("other.murnau \u2014 Murnau"));
    window->close();
}

TEST_F(DocumentWindow, TheWindowOffersToRecoverACrashedSession)
{
    QTemporaryDir state;
    ASSERT_TRUE(state.isValid());
    DemoCopy demo;
    ProjectDocument crashed;   // edits, autosaves and never finishes: a crash
    ASSERT_TRUE(crashed.load(demo.path()));
    ASSERT_TRUE(crashed.autosave()->start(state.path()));
    ASSERT_TRUE(crashed.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.93")));
    ASSERT_TRUE(crashed.autosave()->saveNow());

    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    ASSERT_TRUE(document.autosave()->start(state.path()));
    ASSERT_TRUE(document.autosave()->recoveryAvailable());
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    auto* offer = window->findChild<QObject*>(QStringLiteral("recoveryDialog"));
    ASSERT_NE(offer, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return offer->property("opened").toBool(); }, kWaitLimitMs));
    auto* recoverButton = window->findChild<QQuickItem*>(QStringLiteral("recoverButton"));
    ASSERT_NE(recoverButton, nullptr);
    waitForFrames(*window, 1);
    click(*window, *recoverButton);
    EXPECT_EQ(document.project(), crashed.project());
    EXPECT_TRUE(document.isModified());
    EXPECT_EQ(window->title(), QStringLiteral("warehouse.murnau* \u2014 Murnau"));
    document.autosave()->finish();
    document.undo();   // nothing to undo: recovered work is one unsaved state
    EXPECT_TRUE(document.isModified());
    window->setProperty("visible", false);
}

TEST_F(DocumentWindow, MeasuresOneDragStepOnTheDemo)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    constexpr int kSteps = 40;
    // The same number of frames with nothing edited, for comparison.
    QElapsedTimer still;
    still.start();
    for (int frame = 0; frame < kSteps; ++frame)
        ASSERT_TRUE(waitForFrames(*window, 1));
    const double stillMs = static_cast<double>(still.nsecsElapsed()) / 1e6;
    QElapsedTimer editTimer;
    qint64 editNs = 0;
    QElapsedTimer total;
    total.start();
    for (int step = 1; step <= kSteps; ++step) {
        editTimer.start();
        ASSERT_TRUE(document.moveActor(QStringLiteral("Anna"), 2.0 + 0.05 * step, 1.0));
        editNs += editTimer.nsecsElapsed();
        ASSERT_TRUE(waitForFrames(*window, 1));
    }
    const double totalMs = static_cast<double>(total.nsecsElapsed()) / 1e6;
    document.endDrag();
    EXPECT_EQ(document.undoStack().count(), 1);   // the whole drag is one step
    EXPECT_DOUBLE_EQ(document.project().actors.front().positionM.x, 2.0 + 0.05 * kSteps);
    std::printf("  drag on the demo: %.2f ms per step for the edit and model refresh, %.1f ms per step "
                "with its frame rendered, %.1f ms per frame with nothing edited (%d steps)\n",
                static_cast<double>(editNs) / 1e6 / kSteps, totalMs / kSteps, stillMs / kSteps, kSteps);
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
