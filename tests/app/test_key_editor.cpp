// KeyEditor (document.keys) against the demo project: an undo ladder for every command (state0,
// command, state1 as core predicts, undo -> state0 exactly, redo -> state1 exactly), a 10-step
// drag as one undo step with the selection following the keys, refusals that change nothing,
// and the selection's rules (dropped on undo of an add, on another shot, and when an item is
// selected). Expected values come from the demo file's own keys, hand derivations, and core's
// Curve evaluated in the test, never from the editor's output.

#include <QSignalSpy>

#include <gtest/gtest.h>

#include "app/bridge/key_editor.h"
#include "app/bridge/project_document.h"
#include "core/edit/scene_edits.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;

// The demo's first shot (24 fps, 8 s): dolly linear 1.4 m (0 s) -> 12.6 m (8 s), one key each
// in pedestal (1.57248 m), focal length (32 mm) and f-stop (2.8); the other channels are empty.
const QString kShot = QStringLiteral("sh-0001");
constexpr Flicks kFrame = 29'400'000;   // 1/24 s
constexpr Flicks kSecond = kFlicksPerSecond;

const CameraRig& rigIn(const Project& project, const QString& shotId)
{
    const Result<ShotPlace> place = findShot(project, shotId.toStdString());
    EXPECT_TRUE(place.ok());
    static const CameraRig none;
    return place.ok() ? project.scenes[place->sceneIndex].shots[place->shotIndex].rig : none;
}

class KeyEditing : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_document.player()->selectShot(kShot);
        ASSERT_EQ(m_document.player()->shotId(), kShot);
        m_state0 = coreLoad(m_demo.path());
        ASSERT_EQ(m_document.project(), m_state0);
        const Curve& dolly = rigIn(m_state0, kShot).channel(RigChannel::Dolly);
        ASSERT_EQ(dolly.keyCount(), 2u);
        ASSERT_EQ(dolly.key(1).time, 8 * kSecond);
        ASSERT_TRUE(rigIn(m_state0, kShot).channel(RigChannel::Truck).isEmpty());
    }

    KeyEditor& keys() { return *m_document.keys(); }
    const CameraRig& rig() const { return rigIn(m_document.project(), kShot); }
    const Curve& curve(RigChannel channel) const { return rig().channel(channel); }
    int undoCount() const { return m_document.undoStack().count(); }

    // Undo gives back state0 exactly, redo `state1` exactly, each one step.
    void expectUndoRedo(const Project& state1)
    {
        m_document.undo();
        EXPECT_EQ(m_document.project(), m_state0);
        EXPECT_FALSE(m_document.canUndo());
        m_document.redo();
        EXPECT_EQ(m_document.project(), state1);
    }

    // A refused command: false, errorText set, nothing changed, nothing on the undo stack.
    template<typename Command> void expectRefused(Command command)
    {
        const Project before = m_document.project();
        const int steps = undoCount();
        EXPECT_FALSE(command());
        EXPECT_FALSE(m_document.errorText().isEmpty());
        EXPECT_EQ(m_document.project(), before);
        EXPECT_EQ(undoCount(), steps);
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    Project m_state0;
};

TEST_F(KeyEditing, AddKeyAtThePlayheadHoldsTheValueAndIsSelected)
{
    m_document.player()->setFrame(48);   // 2 s
    ASSERT_EQ(m_document.player()->timeFlicks(), 2 * kSecond);
    const Curve dolly0 = rigIn(m_state0, kShot).channel(RigChannel::Dolly);
    ASSERT_TRUE(keys().addKey(static_cast<int>(RigChannel::Dolly))) << m_document.errorText().toStdString();
    const Curve& dolly = curve(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 3u);
    EXPECT_EQ(dolly.key(1).time, 2 * kSecond);
    // 1.4 + (12.6 - 1.4) * 2 / 8 = 4.2 m, as core's curve says.
    EXPECT_NEAR(dolly.key(1).value, 4.2, 1e-12);
    EXPECT_EQ(dolly.key(1).value, dolly0.valueAt(2 * kSecond));
    EXPECT_EQ(dolly.key(1).interpolation, Interpolation::Linear);   // the segment it split
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Key dolly at 2.00 s"));
    EXPECT_EQ(keys().selectedCount(), 1);
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::Dolly, 2 * kSecond}));
    EXPECT_EQ(keys().selectionLabel(), QStringLiteral("Dolly key at 2.00 s"));
    const Project state1 = m_document.project();

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(keys().selectedCount(), 0);   // the key is gone, and so is its selection
    m_document.redo();
    EXPECT_EQ(m_document.project(), state1);

    // An empty channel is keyed at its default value (truck: 0 m).
    ASSERT_TRUE(keys().addKey(static_cast<int>(RigChannel::Truck)));
    ASSERT_EQ(curve(RigChannel::Truck).keyCount(), 1u);
    EXPECT_EQ(curve(RigChannel::Truck).key(0).value, rigChannelInfo(RigChannel::Truck).defaultValue);
    EXPECT_EQ(curve(RigChannel::Truck).key(0).time, 2 * kSecond);
    expectRefused([&] { return keys().addKey(42); });
}

TEST_F(KeyEditing, AddKeysAllKeysEveryChannel)
{
    m_document.player()->setFrame(36);   // 1.5 s
    const Flicks t = 36 * kFrame;
    ASSERT_TRUE(keys().addKeysAll());
    for (const RigChannelInfo& info : rigChannels()) {
        const Curve& before = rigIn(m_state0, kShot).channel(info.channel);
        const std::optional<std::size_t> at = curve(info.channel).findKey(t);
        ASSERT_TRUE(at.has_value()) << info.key;
        EXPECT_EQ(curve(info.channel).key(*at).value, before.isEmpty() ? info.defaultValue : before.valueAt(t));
    }
    EXPECT_EQ(keys().selectedCount(), static_cast<int>(kRigChannelCount));
    EXPECT_EQ(keys().selectionLabel(), QStringLiteral("9 keys"));
    expectUndoRedo(Project(m_document.project()));
}

TEST_F(KeyEditing, DeleteSelectedKeys)
{
    keys().setSelection({{RigChannel::Dolly, 0}, {RigChannel::FocalLength, 0}});
    EXPECT_EQ(keys().selectedCount(), 2);
    ASSERT_TRUE(keys().deleteSelected());
    EXPECT_EQ(curve(RigChannel::Dolly).keyCount(), 1u);
    // The 8 s key stays (its auto handles follow its new neighbours, as curve.h computes them).
    EXPECT_EQ(curve(RigChannel::Dolly).key(0).time, 8 * kSecond);
    EXPECT_EQ(curve(RigChannel::Dolly).key(0).value, rigIn(m_state0, kShot).channel(RigChannel::Dolly).key(1).value);
    EXPECT_TRUE(curve(RigChannel::FocalLength).isEmpty());
    EXPECT_EQ(curve(RigChannel::Pedestal), rigIn(m_state0, kShot).channel(RigChannel::Pedestal));
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Delete 2 keys"));
    EXPECT_EQ(keys().selectedCount(), 0);
    expectUndoRedo(Project(m_document.project()));
    expectRefused([&] { return keys().deleteSelected(); });   // nothing selected
}

TEST_F(KeyEditing, InterpolationEasingHandleTypeAndExtrapolation)
{
    keys().setSelection({{RigChannel::Dolly, 0}});
    EXPECT_EQ(keys().interpolation(), QStringLiteral("linear"));
    EXPECT_EQ(keys().handleType(), QStringLiteral("autoClamped"));
    EXPECT_EQ(keys().easing(), QString());

    ASSERT_TRUE(keys().setInterpolation(QStringLiteral("constant")));
    EXPECT_EQ(curve(RigChannel::Dolly).key(0).interpolation, Interpolation::Constant);
    EXPECT_EQ(curve(RigChannel::Dolly).valueAt(4 * kSecond), 1.4);   // held until the next key
    EXPECT_EQ(keys().interpolation(), QStringLiteral("constant"));
    expectUndoRedo(Project(m_document.project()));
    m_document.undo();
    expectRefused([&] { return keys().setInterpolation(QStringLiteral("wiggly")); });

    ASSERT_TRUE(keys().setEasing(QStringLiteral("ease-in")));
    EXPECT_EQ(curve(RigChannel::Dolly).key(0).interpolation, Interpolation::Eased);
    EXPECT_EQ(curve(RigChannel::Dolly).key(0).easing, Easing::fromPreset(EasingPreset::EaseIn));
    EXPECT_EQ(keys().interpolation(), QStringLiteral("eased"));
    EXPECT_EQ(keys().easing(), QStringLiteral("ease-in"));
    expectUndoRedo(Project(m_document.project()));
    m_document.undo();
    expectRefused([&] { return keys().setEasing(QStringLiteral("bouncy")); });

    ASSERT_TRUE(keys().setHandleType(QStringLiteral("free")));
    EXPECT_EQ(curve(RigChannel::Dolly).key(0).handleType, HandleType::Free);
    EXPECT_EQ(keys().handleType(), QStringLiteral("free"));
    expectUndoRedo(Project(m_document.project()));
    m_document.undo();
    expectRefused([&] { return keys().setHandleType(QStringLiteral("loose")); });

    // Extrapolation of every channel with a selected key, in one step: pedestal and focal
    // length (both constant in the demo).
    keys().setSelection({{RigChannel::Pedestal, 0}, {RigChannel::FocalLength, 0}});
    EXPECT_EQ(keys().interpolation(), QStringLiteral("linear"));
    ASSERT_TRUE(keys().setExtrapolation(QStringLiteral("linear")));
    EXPECT_EQ(curve(RigChannel::Pedestal).extrapolation(), Extrapolation::Linear);
    EXPECT_EQ(curve(RigChannel::FocalLength).extrapolation(), Extrapolation::Linear);
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Set 2 channels' extrapolation to linear"));
    expectUndoRedo(Project(m_document.project()));
    expectRefused([&] { return keys().setExtrapolation(QStringLiteral("cyclic")); });
}

TEST_F(KeyEditing, MixedSelectionSharesNothing)
{
    keys().setSelection({{RigChannel::Dolly, 0}});
    ASSERT_TRUE(keys().setInterpolation(QStringLiteral("bezier")));
    keys().setSelection({{RigChannel::Dolly, 0}, {RigChannel::Pedestal, 0}});
    EXPECT_EQ(keys().interpolation(), QString());
    EXPECT_EQ(keys().handleType(), QStringLiteral("autoClamped"));
}

TEST_F(KeyEditing, CopyAndPasteAtThePlayhead)
{
    EXPECT_FALSE(keys().canPaste());
    expectRefused([&] { return keys().paste(); });
    keys().setSelection({{RigChannel::Dolly, 0}, {RigChannel::Pedestal, 0}});
    QSignalSpy clipboard(&keys(), &KeyEditor::clipboardChanged);
    keys().copy();
    EXPECT_EQ(clipboard.count(), 1);
    EXPECT_TRUE(keys().canPaste());
    EXPECT_EQ(m_document.project(), m_state0);   // copying is no edit
    EXPECT_FALSE(m_document.canUndo());

    m_document.player()->setFrame(72);   // 3 s
    ASSERT_TRUE(keys().paste()) << m_document.errorText().toStdString();
    const CameraRig& rig0 = rigIn(m_state0, kShot);
    const std::optional<std::size_t> dolly = curve(RigChannel::Dolly).findKey(3 * kSecond);
    ASSERT_TRUE(dolly.has_value());
    Keyframe expected = rig0.channel(RigChannel::Dolly).key(0);
    expected.time = 3 * kSecond;
    EXPECT_EQ(curve(RigChannel::Dolly).key(*dolly).value, expected.value);
    EXPECT_EQ(curve(RigChannel::Dolly).key(*dolly).interpolation, expected.interpolation);
    ASSERT_EQ(curve(RigChannel::Pedestal).keyCount(), 2u);
    EXPECT_EQ(curve(RigChannel::Pedestal).key(1).time, 3 * kSecond);
    EXPECT_EQ(curve(RigChannel::Pedestal).key(1).value, rig0.channel(RigChannel::Pedestal).key(0).value);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Paste 2 keys at 3.00 s"));
    EXPECT_EQ(keys().selectedCount(), 2);
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::Dolly, 3 * kSecond}));
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::Pedestal, 3 * kSecond}));
    expectUndoRedo(Project(m_document.project()));

    // Into another shot: the clipboard outlives the shot change, the selection does not.
    m_document.player()->selectShot(QStringLiteral("sh-0002"));
    EXPECT_EQ(keys().selectedCount(), 0);
    m_document.player()->setFrame(24);
    ASSERT_TRUE(keys().paste());
    const Curve& pedestal2 = rigIn(m_document.project(), QStringLiteral("sh-0002")).channel(RigChannel::Pedestal);
    ASSERT_TRUE(pedestal2.findKey(kSecond).has_value());
    EXPECT_EQ(pedestal2.key(*pedestal2.findKey(kSecond)).value, rig0.channel(RigChannel::Pedestal).key(0).value);
}

TEST_F(KeyEditing, CutIsCopyAndDeleteInOneStep)
{
    keys().setSelection({{RigChannel::Dolly, 0}});
    ASSERT_TRUE(keys().cut());
    EXPECT_EQ(curve(RigChannel::Dolly).keyCount(), 1u);
    EXPECT_TRUE(keys().canPaste());
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Cut dolly key"));
    const Project state1 = m_document.project();
    expectUndoRedo(state1);
    // Pasting it back at 0 s restores the shot.
    m_document.player()->setFrame(0);
    ASSERT_TRUE(keys().paste());
    EXPECT_EQ(m_document.project(), m_state0);
    keys().clearSelection();
    expectRefused([&] { return keys().cut(); });
}

TEST_F(KeyEditing, ATenStepDragIsOneUndoStepAndTheSelectionFollows)
{
    const CameraRig& rig0 = rigIn(m_state0, kShot);
    keys().setSelection({{RigChannel::Dolly, 0}, {RigChannel::Dolly, 8 * kSecond}, {RigChannel::Pedestal, 0}});
    keys().beginMove();
    for (int i = 1; i <= 10; ++i) {
        ASSERT_TRUE(keys().moveSelection(i * kFrame, {{RigChannel::Dolly, 0.1 * i}}))
            << m_document.errorText().toStdString();
        EXPECT_EQ(keys().selectedCount(), 3);
    }
    keys().endMove();
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Move 3 keys"));
    // Exactly the start plus the last step: 10 frames later, dolly values + 1.0 m (0.1 * 10).
    const Curve& dolly = curve(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 2u);
    EXPECT_EQ(dolly.key(0).time, 10 * kFrame);
    EXPECT_EQ(dolly.key(0).value, rig0.channel(RigChannel::Dolly).key(0).value + 0.1 * 10);
    EXPECT_EQ(dolly.key(1).time, 8 * kSecond + 10 * kFrame);
    EXPECT_EQ(dolly.key(1).value, rig0.channel(RigChannel::Dolly).key(1).value + 0.1 * 10);
    EXPECT_EQ(curve(RigChannel::Pedestal).key(0).time, 10 * kFrame);
    EXPECT_EQ(curve(RigChannel::Pedestal).key(0).value, rig0.channel(RigChannel::Pedestal).key(0).value);
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::Dolly, 10 * kFrame}));
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::Dolly, 8 * kSecond + 10 * kFrame}));
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::Pedestal, 10 * kFrame}));
    const Project state1 = m_document.project();
    expectUndoRedo(state1);

    // A second drag is a second step; dropping a key onto one that stays is refused.
    keys().setSelection({{RigChannel::Dolly, 10 * kFrame}});
    keys().beginMove();
    expectRefused([&] { return keys().moveSelection(8 * kSecond); });
    keys().endMove();
}

TEST_F(KeyEditing, DraggingAHandleIsOneStep)
{
    const KeyId first{RigChannel::Dolly, 0};
    for (int i = 1; i <= 10; ++i)
        ASSERT_TRUE(keys().dragHandle(first, HandleSide::Right, Handle{0.1 * i, 0.2 * i}));
    keys().endMove();
    EXPECT_EQ(undoCount(), 1);
    const Keyframe& key = curve(RigChannel::Dolly).key(0);
    EXPECT_EQ(key.right, (Handle{0.1 * 10, 0.2 * 10}));
    EXPECT_EQ(key.handleType, HandleType::Aligned);   // an auto key becomes aligned (curve.h)
    expectUndoRedo(Project(m_document.project()));
    expectRefused([&] { return keys().dragHandle(KeyId{RigChannel::Dolly, kSecond}, HandleSide::Left, Handle{}); });
}

TEST_F(KeyEditing, KeysAndItemsAreNeverSelectedTogether)
{
    keys().setSelection({{RigChannel::Dolly, 0}});
    m_document.selection()->select(QStringLiteral("actor"), m_state0.actors.front().name.c_str());
    EXPECT_FALSE(m_document.selection()->isEmpty());
    EXPECT_EQ(keys().selectedCount(), 0);
    keys().extendSelection({{RigChannel::Dolly, 0}}, false);
    EXPECT_TRUE(m_document.selection()->isEmpty());
    EXPECT_EQ(keys().selectedCount(), 1);
    // An empty key selection leaves the item alone.
    m_document.selection()->select(QStringLiteral("actor"), m_state0.actors.front().name.c_str());
    keys().setSelection({});
    EXPECT_FALSE(m_document.selection()->isEmpty());
}

TEST_F(KeyEditing, SelectAllExtendAndToggle)
{
    keys().selectAll();
    EXPECT_EQ(keys().selectedCount(), 5);   // dolly 2, pedestal, focal length, f-stop
    keys().selectAll(static_cast<int>(RigChannel::Dolly));
    EXPECT_EQ(keys().selectedCount(), 2);
    keys().extendSelection({{RigChannel::Dolly, 0}, {RigChannel::FStop, 0}}, true);
    EXPECT_EQ(keys().selectedCount(), 2);
    EXPECT_FALSE(keys().isSelected(KeyId{RigChannel::Dolly, 0}));
    EXPECT_TRUE(keys().isSelected(KeyId{RigChannel::FStop, 0}));
    // Keys that are not there are not selected.
    keys().setSelection({{RigChannel::Truck, 0}, {RigChannel::Dolly, kSecond}});
    EXPECT_EQ(keys().selectedCount(), 0);
    ASSERT_TRUE(keys().indexOf(KeyId{RigChannel::Dolly, 8 * kSecond}).has_value());
    EXPECT_EQ(*keys().indexOf(KeyId{RigChannel::Dolly, 8 * kSecond}), 1u);
}

TEST_F(KeyEditing, CurveChannelsInChannelOrder)
{
    QSignalSpy changed(&keys(), &KeyEditor::curveChannelsChanged);
    keys().setCurveChannels({5, 0, 5, 99, -1});
    EXPECT_EQ(keys().curveChannels(), (QVariantList{0, 5}));
    EXPECT_EQ(changed.count(), 1);
    keys().setCurveChannels({0, 5});
    EXPECT_EQ(changed.count(), 1);
}

} // namespace
} // namespace murnau
