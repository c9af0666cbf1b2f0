// Piloting the shot camera in the real main window: load the demo, pick a shot and a frame, enter
// pilot mode with P, fly with W and look by dragging the mouse (QTest key and mouse events on the
// window), press S: the rig has keys at the playhead, core's evaluation of the shot there equals
// the piloted pose (1e-6), it is one undo step and Ctrl+Z restores the project exactly. Leaving
// with Esc without a key leaves the document unchanged and shows the evaluated camera again.
// Needs an X display: `xvfb-run -a ctest`.

#include <cmath>

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "app/bridge/pilot.h"
#include "app/bridge/project_document.h"
#include "core/scene/shot_evaluator.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

constexpr int kFrame = 30;            // the playhead for the test, frame of the shot
const QString kShotId = QStringLiteral("sh-0001");

class PilotWindow : public GuiTest {
protected:
    // Holds `key` until the pilot has flown (at least two fly steps), then releases it.
    static void holdKey(QQuickWindow& window, Pilot& pilot, Qt::Key key)
    {
        const CameraPose start = pilot.pose();
        QTest::keyPress(&window, key);
        EXPECT_TRUE(QTest::qWaitFor([&] { return glm::length(pilot.pose().positionM - start.positionM) > 0.05; },
                                    kWaitLimitMs));
        QTest::keyRelease(&window, key);
    }

    // Drags the mouse over `item` by (dx, dy) pixels in steps, with the left button held.
    static void drag(QQuickWindow& window, QQuickItem& item, int dx, int dy)
    {
        const QPoint from = item.mapToScene(QPointF(item.width() / 2.0, item.height() / 2.0)).toPoint();
        QTest::mousePress(&window, Qt::LeftButton, Qt::NoModifier, from);
        constexpr int kSteps = 5;
        for (int i = 1; i <= kSteps; ++i)
            QTest::mouseMove(&window, from + QPoint(dx * i / kSteps, dy * i / kSteps));
        QTest::mouseRelease(&window, Qt::LeftButton, Qt::NoModifier, from + QPoint(dx, dy));
    }

    // Core's camera of the shown shot at the playhead, from the document (not from the view).
    static CameraState evaluated(const ProjectDocument& document)
    {
        const Project& project = document.project();
        for (const Scene& scene : project.scenes)
            for (const Shot& shot : scene.shots)
                if (shot.id == kShotId.toStdString()) {
                    Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot);
                    EXPECT_TRUE(evaluator.ok());
                    return evaluator.ok() ? evaluator->cameraAt(framesToFlicks(kFrame, shot.frameRate))
                                          : CameraState{};
                }
        ADD_FAILURE() << "no shot " << kShotId.toStdString();
        return {};
    }

    static void expectPose(const CameraState& state, const CameraPose& pose, double tolerance)
    {
        EXPECT_NEAR(state.positionM.x, pose.positionM.x, tolerance);
        EXPECT_NEAR(state.positionM.y, pose.positionM.y, tolerance);
        EXPECT_NEAR(state.positionM.z, pose.positionM.z, tolerance);
        EXPECT_NEAR(std::remainder(state.panDeg - pose.panDeg, 360.0), 0.0, tolerance);
        EXPECT_NEAR(std::remainder(state.tiltDeg - pose.tiltDeg, 360.0), 0.0, tolerance);
        EXPECT_NEAR(std::remainder(state.rollDeg - pose.rollDeg, 360.0), 0.0, tolerance);
        EXPECT_NEAR(state.focalLengthMm, pose.focalLengthMm, tolerance);
    }

    DemoCopy m_demo;   // the project the tests load (and key)
};

TEST_F(PilotWindow, PilotTheCameraAndSetAKey)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    document.player()->selectShot(kShotId);
    document.player()->setFrame(kFrame);
    const Project state0 = document.project();
    const CameraState before = evaluated(document);
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    auto* pilot = window->findChild<Pilot*>(QStringLiteral("pilot"));
    ASSERT_NE(pilot, nullptr);
    auto* shotView = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    ASSERT_NE(shotView, nullptr);
    auto* badge = window->findChild<QQuickItem*>(QStringLiteral("pilotBadge"));
    ASSERT_NE(badge, nullptr);
    EXPECT_FALSE(badge->isVisible());

    QTest::keyClick(window, Qt::Key_P);
    ASSERT_TRUE(pilot->isActive());
    EXPECT_TRUE(pilot->isOnShot());
    EXPECT_TRUE(badge->isVisible());
    expectPose(before, pilot->pose(), 1e-9);   // starts where the camera is

    holdKey(*window, *pilot, Qt::Key_W);
    const CameraPose flown = pilot->pose();
    drag(*window, *shotView, 60, -30);   // look right and up
    EXPECT_LT(pilot->pose().panDeg, flown.panDeg);
    EXPECT_GT(pilot->pose().tiltDeg, flown.tiltDeg);
    waitForFrames(*window, 1);
    // The shot camera (and so every view) shows the piloted pose; the document is unchanged.
    ASSERT_TRUE(document.shotCamera()->fullGateState().has_value());
    EXPECT_EQ(document.shotCamera()->fullGateState()->positionM, pilot->pose().positionM);
    EXPECT_EQ(document.project(), state0);

    const CameraPose piloted = pilot->pose();
    QTest::keyClick(window, Qt::Key_S);
    EXPECT_TRUE(document.errorText().isEmpty()) << document.errorText().toStdString();
    EXPECT_EQ(document.undoStack().count(), 1);
    EXPECT_EQ(document.undoText(), QStringLiteral("Key camera at 1.25 s"));
    const Shot& shot = document.project().scenes[0].shots[0];
    ASSERT_EQ(shot.id, kShotId.toStdString());
    const Flicks t = framesToFlicks(kFrame, shot.frameRate);
    for (const RigChannel channel : {RigChannel::Dolly, RigChannel::Pan, RigChannel::Tilt})
        EXPECT_TRUE(shot.rig.channel(channel).findKey(t).has_value()) << rigChannelInfo(channel).key;
    expectPose(evaluated(document), piloted, 1e-6);

    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_FALSE(pilot->isActive());
    EXPECT_FALSE(document.shotCamera()->isPiloted());
    expectPose(*document.shotCamera()->fullGateState(), piloted, 1e-6);   // the keyed camera stays

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project(), state0);
    window->close();
}

TEST_F(PilotWindow, EscWithoutAKeyLeavesTheDocumentUnchanged)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    document.player()->selectShot(kShotId);
    document.player()->setFrame(kFrame);
    const Project state0 = document.project();
    const CameraState before = evaluated(document);
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    auto* pilot = window->findChild<Pilot*>(QStringLiteral("pilot"));
    ASSERT_NE(pilot, nullptr);
    auto* shotView = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    ASSERT_NE(shotView, nullptr);

    QTest::keyClick(window, Qt::Key_P);
    ASSERT_TRUE(pilot->isActive());
    holdKey(*window, *pilot, Qt::Key_E);   // up
    drag(*window, *shotView, -40, 10);
    EXPECT_NE(document.shotCamera()->fullGateState()->positionM, before.positionM);
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_FALSE(pilot->isActive());
    EXPECT_EQ(document.project(), state0);
    EXPECT_FALSE(document.canUndo());
    expectPose(*document.shotCamera()->fullGateState(), poseOf(before), 1e-12);
    window->close();
}

TEST_F(PilotWindow, WithoutAShotPilotingMovesTheCameraSetupAsOneStep)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(m_demo.path()));
    document.player()->selectShot(QString());   // the set as it stands: camera setup 0
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    auto* pilot = window->findChild<Pilot*>(QStringLiteral("pilot"));
    ASSERT_NE(pilot, nullptr);
    auto* shotView = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    ASSERT_NE(shotView, nullptr);

    QTest::keyClick(window, Qt::Key_P);
    ASSERT_TRUE(pilot->isActive());
    EXPECT_FALSE(pilot->isOnShot());
    holdKey(*window, *pilot, Qt::Key_D);   // right
    drag(*window, *shotView, 30, 0);
    QTest::keyClick(window, Qt::Key_Escape);
    EXPECT_FALSE(pilot->isActive());
    const CameraSetup& camera = document.project().cameras.front();
    EXPECT_EQ(camera.positionM, pilot->pose().positionM);
    EXPECT_EQ(camera.panDeg, pilot->pose().panDeg);
    EXPECT_EQ(document.undoStack().count(), 1);   // the whole flight is one step
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(document.project(), state0);
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
