// The Edit menu's key commands in the real main window: with keys of the shown shot selected,
// Ctrl+C copies them, Ctrl+V pastes them at the playhead, Ctrl+X cuts and the Delete key deletes
// them; with an item selected instead, Delete still removes the item. Expected values: the demo
// file's keys (read by core) at the times the test sets. Needs an X display: `xvfb-run -a ctest`.

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "core/edit/scene_edits.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

constexpr Flicks kSecond = kFlicksPerSecond;

class EditMenuKeys : public GuiTest {};

const Curve& dollyOf(const Project& project)
{
    const Result<ShotPlace> place = findShot(project, "sh-0001");
    EXPECT_TRUE(place.ok());
    return project.scenes[place->sceneIndex].shots[place->shotIndex].rig.channel(RigChannel::Dolly);
}

TEST_F(EditMenuKeys, CopyPasteCutAndDeleteKeysWithTheKeyboard)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    document.player()->selectShot(QStringLiteral("sh-0001"));
    // The demo's first shot: dolly keys at 0 s (1.4 m) and 8 s (12.6 m).
    ASSERT_EQ(dollyOf(state0).keyCount(), 2u);
    const double firstValue = dollyOf(state0).key(0).value;

    KeyEditor& keys = *document.keys();
    keys.setSelection({{RigChannel::Dolly, 0}});
    ASSERT_EQ(keys.selectedCount(), 1);
    QTest::keyClick(window, Qt::Key_C, Qt::ControlModifier);
    EXPECT_TRUE(keys.canPaste());
    document.player()->setFrame(48);   // 2 s at 24 fps
    QTest::keyClick(window, Qt::Key_V, Qt::ControlModifier);
    ASSERT_EQ(dollyOf(document.project()).keyCount(), 3u);
    EXPECT_EQ(dollyOf(document.project()).key(1).time, 2 * kSecond);
    EXPECT_EQ(dollyOf(document.project()).key(1).value, firstValue);
    EXPECT_TRUE(keys.isSelected(KeyId{RigChannel::Dolly, 2 * kSecond}));

    QTest::keyClick(window, Qt::Key_Delete);   // the pasted key, not an item
    EXPECT_EQ(document.project(), state0);
    EXPECT_EQ(keys.selectedCount(), 0);

    keys.setSelection({{RigChannel::Dolly, 8 * kSecond}});
    QTest::keyClick(window, Qt::Key_X, Qt::ControlModifier);
    EXPECT_EQ(dollyOf(document.project()).keyCount(), 1u);
    EXPECT_EQ(document.undoText(), QStringLiteral("Cut dolly key"));
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project(), state0);

    // With an item selected, Delete acts on the item as before (and the keys are cleared).
    keys.setSelection({{RigChannel::Dolly, 0}});
    ASSERT_FALSE(state0.set.pieces.empty());
    document.selection()->select(QStringLiteral("setPiece"), QString::fromStdString(state0.set.pieces.front().name));
    EXPECT_EQ(keys.selectedCount(), 0);
    QTest::keyClick(window, Qt::Key_Delete);
    EXPECT_EQ(document.project().set.pieces.size(), state0.set.pieces.size() - 1);
    EXPECT_EQ(dollyOf(document.project()), dollyOf(state0));
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
