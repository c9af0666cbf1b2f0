// Piloting the shot camera in the real main window: load the demo, pick a shot and a frame, enter
// pilot mode with P, fly with W and look by dragging the mouse (QTest key and mouse events on the
// window), press S: the rig has keys at the playhead, core's evaluation of the shot there equals
// the piloted pose (1e-6), it is one undo step and Ctrl+Z restores the project exactly. Leaving
// with Esc without a key leaves the document unchanged and shows the evaluated camera again.
// Needs an X display: `xvfb-run -a ctest`.

#include <cmath>
#include <memory>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "app/bridge/main_window.h"
#include "app/bridge/pilot.h"
#include "app/bridge/project_document.h"
#include "core/scene/shot_evaluator.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

constexpr int kSkipExitCode = 77;     // CTest's SKIP_RETURN_CODE
constexpr int kWaitLimitMs = 60000;   // guards against a display that never answers, not timing assertions
constexpr int kFrame = 30;            // the playhead for the test, frame of the shot
const QString kShotId = QStringLiteral("sh-0001");

const QString kDemoFolder = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo");

class PilotWindow : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!QGuiApplication::instance())
            GTEST_SKIP() << "no DISPLAY: the GUI tests render with OpenGL on X11; run them under xvfb-run";
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QFile::copy(kDemoFolder + QStringLiteral("/warehouse.murnau"), path()));
        QFile::setPermissions(path(), QFile::ReadOwner | QFile::WriteOwner);
        const QDir models(kDemoFolder + QStringLiteral("/models"));
        if (models.exists()) {
            QDir(m_dir.path()).mkdir(QStringLiteral("models"));
            for (const QString& name : models.entryList(QDir::Files))
                QFile::copy(models.filePath(name), m_dir.filePath(QStringLiteral("models/") + name));
        }
    }

    QString path() const { return m_dir.filePath(QStringLiteral("warehouse.murnau")); }

    static QQuickWindow* showWindow(QQmlApplicationEngine& engine, ProjectDocument& document)
    {
        QQuickWindow* window = loadMainWindow(engine, document);
        if (!window)
            return nullptr;
        window->resize(1600, 900);
        window->show();
        window->requestActivate();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window, kWaitLimitMs));
        EXPECT_TRUE(QTest::qWaitForWindowActive(window, kWaitLimitMs));
        waitForFrames(*window, 2);
        return window;
    }

    static bool waitForFrames(QQuickWindow& window, int frames)
    {
        int swapped = 0;
        QEventLoop loop;
        const auto connection = QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
            if (++swapped >= frames)
                loop.quit();
            else
                window.update();
        }, Qt::QueuedConnection);
        QTimer::singleShot(kWaitLimitMs, &loop, &QEventLoop::quit);
        window.update();
        loop.exec();
        QObject::disconnect(connection);
        return swapped >= frames;
    }

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

    QTemporaryDir m_dir;
};

TEST_F(PilotWindow, PilotTheCameraAndSetAKey)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(path()));
    document.player()->selectShot(kShotId);
    document.player()->setFrame(kFrame);
    const Project state0 = document.project();
    const CameraState before = evaluated(document);
    QQmlApplicationEngine engine;
    QQuickWindow* window = showWindow(engine, document);
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
    ASSERT_TRUE(document.load(path()));
    document.player()->selectShot(kShotId);
    document.player()->setFrame(kFrame);
    const Project state0 = document.project();
    const CameraState before = evaluated(document);
    QQmlApplicationEngine engine;
    QQuickWindow* window = showWindow(engine, document);
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
    ASSERT_TRUE(document.load(path()));
    document.player()->selectShot(QString());   // the set as it stands: camera setup 0
    const Project state0 = document.project();
    QQmlApplicationEngine engine;
    QQuickWindow* window = showWindow(engine, document);
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
    ::testing::InitGoogleTest(&argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    std::unique_ptr<QGuiApplication> app;
    const bool hasDisplay = !qEnvironmentVariableIsEmpty("DISPLAY");
    if (hasDisplay)
        app = std::make_unique<QGuiApplication>(argc, argv);
    const int result = RUN_ALL_TESTS();
    return hasDisplay ? result : (result == 0 ? murnau::kSkipExitCode : result);
}
