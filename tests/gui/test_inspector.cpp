// The inspector and the library in the real main window, driven with the mouse and keys:
// clicking an actor in the cast list selects it, "5 ft 6 in" typed into the inspector's height
// field and Enter sets the actor's stature (66 in = 1.6764 m, exact by definition), Ctrl+Z
// undoes it; the library's Box button adds a box (selected) and the Delete key removes it;
// Ctrl+D duplicates the selection. The shot form's shot-list fields: a description typed into
// its text area (Enter a new line, Tab to the next field commits it), a location typed into the
// scene heading's field (Enter commits), each one undo step; Ctrl+Z gives back the stored
// values and the fields show them. Needs an X display: `xvfb-run -a ctest`.


#include <algorithm>

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

class InspectorWindow : public GuiTest {
protected:
    // The visible item named `name` (objectName) under `root` in the visual tree, or nullptr
    // (delegates of lists are visual children, not always QObject children).
    static QQuickItem* findVisible(QQuickItem* root, const QString& name)
    {
        if (!root || !root->isVisible())
            return nullptr;
        if (root->objectName() == name)
            return root;
        for (QQuickItem* child : root->childItems()) {
            if (QQuickItem* found = findVisible(child, name))
                return found;
        }
        return nullptr;
    }
    static QQuickItem* item(QQuickWindow& window, const QString& name)
    {
        return findVisible(window.contentItem(), name);
    }

    // Scrolls the side panel so that `target` is in view (the shot form is taller than the panel).
    static void scrollIntoView(QQuickWindow& window, QQuickItem& target)
    {
        QQuickItem* scroller = item(window, QStringLiteral("sidePanelScroller"));
        ASSERT_NE(scroller, nullptr);
        auto* content = scroller->property("contentItem").value<QQuickItem*>();
        ASSERT_NE(content, nullptr);
        const QPointF top = target.mapToItem(content, QPointF(0, 0));
        const double maxY = std::max(0.0, scroller->property("contentHeight").toDouble() - scroller->height());
        scroller->setProperty("contentY", std::clamp(top.y() - 40.0, 0.0, maxY));
        waitForFrames(window, 1);
    }

    // Types `text` into the window's focused item, one key at a time (QTest has no keyClicks for a QWindow).
    static void type(QQuickWindow& window, const QString& text)
    {
        for (const QChar c : text)
            QTest::keyClick(&window, c.toLatin1());
    }

};

TEST_F(InspectorWindow, TypeAHeightInFeetAndInchesThenUndo)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    const Project state0 = document.project();
    ASSERT_EQ(state0.actors.front().name, "Anna");
    ASSERT_DOUBLE_EQ(state0.actors.front().heightM, 1.68);
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    // The inspector at full height (at 1600 x 900 the timeline leaves it too short for the field).
    window->setProperty("showTimeline", false);
    waitForFrames(*window, 1);

    QQuickItem* annaRow = item(*window, QStringLiteral("row_actor_Anna"));
    ASSERT_NE(annaRow, nullptr);
    click(*window, *annaRow);
    EXPECT_EQ(document.selection()->kind(), QStringLiteral("actor"));
    EXPECT_EQ(document.selection()->name(), QStringLiteral("Anna"));
    waitForFrames(*window, 1);

    QQuickItem* heightField = item(*window, QStringLiteral("actorHeightField"));
    ASSERT_NE(heightField, nullptr);
    EXPECT_EQ(heightField->property("text").toString(), QStringLiteral("1.68 m"));
    click(*window, *heightField);
    ASSERT_TRUE(heightField->hasActiveFocus());
    QMetaObject::invokeMethod(heightField, "selectAll");
    type(*window, QStringLiteral("5 ft 6 in"));
    QTest::keyClick(window, Qt::Key_Return);
    // 5 ft 6 in = 66 in x 0.0254 m = 1.6764 m (international inch, exact).
    EXPECT_DOUBLE_EQ(document.project().actors.front().heightM, 1.6764);
    EXPECT_EQ(document.undoText(), QStringLiteral("Set Anna's height to 1.68 m"));
    EXPECT_EQ(heightField->property("text").toString(), QStringLiteral("1.68 m"));   // the document's value, shown again
    EXPECT_FALSE(heightField->hasActiveFocus()) << "Enter should hand the keyboard back to the window";

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project(), state0);

    // Refused text: the document stays, core's message shows, the field shows the document's value.
    click(*window, *heightField);
    QMetaObject::invokeMethod(heightField, "selectAll");
    type(*window, QStringLiteral("tall"));
    QTest::keyClick(window, Qt::Key_Return);
    EXPECT_EQ(document.project(), state0);
    QQuickItem* error = item(*window, QStringLiteral("editErrorText"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->property("text").toString().contains(QStringLiteral("heightM")))
        << error->property("text").toString().toStdString();
    EXPECT_EQ(heightField->property("text").toString(), QStringLiteral("1.68 m"));
    window->close();
}

TEST_F(InspectorWindow, AddABoxFromTheLibraryThenDeleteAndDuplicateWithKeys)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);

    QQuickItem* addBox = item(*window, QStringLiteral("add_box"));
    ASSERT_NE(addBox, nullptr);
    click(*window, *addBox);
    ASSERT_EQ(document.project().set.pieces.size(), state0.set.pieces.size() + 1);
    EXPECT_EQ(document.project().set.pieces.back().name, "Box");
    EXPECT_EQ(document.selection()->kind(), QStringLiteral("setPiece"));
    EXPECT_EQ(document.selection()->name(), QStringLiteral("Box"));
    waitForFrames(*window, 1);
    QQuickItem* nameField = item(*window, QStringLiteral("pieceNameField"));
    ASSERT_NE(nameField, nullptr);
    EXPECT_EQ(nameField->property("text").toString(), QStringLiteral("Box"));

    QTest::keyClick(window, Qt::Key_D, Qt::ControlModifier);   // Duplicate
    ASSERT_EQ(document.project().set.pieces.size(), state0.set.pieces.size() + 2);
    EXPECT_EQ(document.project().set.pieces.back().name, "Box 2");
    EXPECT_EQ(document.selection()->name(), QStringLiteral("Box 2"));

    QTest::keyClick(window, Qt::Key_Delete);
    EXPECT_EQ(document.project().set.pieces.size(), state0.set.pieces.size() + 1);
    EXPECT_TRUE(document.selection()->isEmpty());
    document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Box"));
    QTest::keyClick(window, Qt::Key_Delete);
    EXPECT_EQ(document.project(), state0);

    // Deleting the camera the shots use is refused with core's message.
    document.selection()->select(QStringLiteral("camera"), QStringLiteral("A"));
    QTest::keyClick(window, Qt::Key_Delete);
    EXPECT_EQ(document.project(), state0);
    EXPECT_FALSE(document.errorText().isEmpty());
    window->close();
}

TEST_F(InspectorWindow, TypeADescriptionAndALocationThenUndo)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    document.player()->selectShot(QStringLiteral("sh-0002"));   // shot 2A of scene 2, nothing selected
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, {QSize(1920, 1080)});
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(document.selection()->isEmpty());
    waitForFrames(*window, 1);
    QQuickItem* title = item(*window, QStringLiteral("inspectorTitle"));
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->property("text").toString().startsWith(QStringLiteral("SHOT  2/2A")))   // scene 2, shot 2A
        << title->property("text").toString().toStdString();

    QQuickItem* descriptionRow = item(*window, QStringLiteral("shotDescriptionArea"));
    QQuickItem* notesRow = item(*window, QStringLiteral("shotNotesArea"));
    ASSERT_NE(descriptionRow, nullptr);
    ASSERT_NE(notesRow, nullptr);
    auto* description = descriptionRow->property("area").value<QQuickItem*>();
    auto* notes = notesRow->property("area").value<QQuickItem*>();
    ASSERT_NE(description, nullptr);
    ASSERT_NE(notes, nullptr);
    EXPECT_EQ(description->property("text").toString().toStdString(), state0.scenes[1].shots[0].description);

    scrollIntoView(*window, *description);
    click(*window, *description);
    ASSERT_TRUE(description->hasActiveFocus());
    QMetaObject::invokeMethod(description, "selectAll");
    type(*window, QStringLiteral("Track out."));
    QTest::keyClick(window, Qt::Key_Return);   // a new line, not a commit
    type(*window, QStringLiteral("Dev shrinks."));
    EXPECT_EQ(document.project(), state0) << "Enter in a text area starts a new line";
    const int steps = document.undoStack().count();
    QTest::keyClick(window, Qt::Key_Tab);      // on to the notes: the description is committed
    EXPECT_TRUE(notes->hasActiveFocus()) << "Tab should move from the description to the notes";
    EXPECT_EQ(document.project().scenes[1].shots[0].description, "Track out.\nDev shrinks.");
    EXPECT_EQ(document.undoStack().count(), steps + 1);
    EXPECT_EQ(document.undoText(), QStringLiteral("Edit shot 2A's description"));
    // Ctrl+Enter commits the notes and hands the keyboard back to the window.
    QMetaObject::invokeMethod(notes, "selectAll");
    type(*window, QStringLiteral("Two takes."));
    QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(document.project().scenes[1].shots[0].notes, "Two takes.");
    EXPECT_EQ(document.undoStack().count(), steps + 2);
    EXPECT_FALSE(notes->hasActiveFocus()) << "Ctrl+Enter should hand the keyboard back to the window";

    QQuickItem* location = item(*window, QStringLiteral("sceneLocationField"));
    ASSERT_NE(location, nullptr);
    EXPECT_EQ(location->property("text").toString(), QStringLiteral("WAREHOUSE - LOADING DOCK"));
    scrollIntoView(*window, *location);
    click(*window, *location);
    ASSERT_TRUE(location->hasActiveFocus());
    QMetaObject::invokeMethod(location, "selectAll");
    type(*window, QStringLiteral("DOCK"));
    QTest::keyClick(window, Qt::Key_Return);
    EXPECT_EQ(document.project().scenes[1].location, "DOCK");
    EXPECT_EQ(document.undoStack().count(), steps + 3);
    EXPECT_EQ(document.undoText(), QStringLiteral("Set scene 2's location to \u201cDOCK\u201d"));

    // Undo, step by step, back to the file as loaded; the fields show the stored values.
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project().scenes[1].location, state0.scenes[1].location);
    EXPECT_EQ(location->property("text").toString(), QStringLiteral("WAREHOUSE - LOADING DOCK"));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project(), state0);
    EXPECT_EQ(description->property("text").toString().toStdString(), state0.scenes[1].shots[0].description);
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);   // redo
    EXPECT_EQ(description->property("text").toString(), QStringLiteral("Track out.\nDev shrinks."));

    // Escape in a text area throws the typing away.
    scrollIntoView(*window, *notes);
    click(*window, *notes);
    type(*window, QStringLiteral("zzz"));
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_EQ(notes->property("text").toString().toStdString(), state0.scenes[1].shots[0].notes);
    EXPECT_EQ(document.project().scenes[1].shots[0].notes, state0.scenes[1].shots[0].notes);
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
