// The real main window, rendered: each actor proxy's pixels appear where core's projection
// (projectToPixels, full sensor gate) puts the actor's chest and face, and not beside them.
// Needs an X display with OpenGL (Xvfb + Mesa llvmpipe): `xvfb-run -a ctest`.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QColor>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/main_window.h"
#include "app/bridge/project_document.h"
#include "core/optics/projection.h"
#include "core/scene/anthropometry.h"
#include "core/scene/shot_evaluator.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

// Hue distance in degrees on the colour wheel (0..180).
double hueDistanceDeg(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

// Share (0..1) of the pixels in a (2r+1)^2 neighbourhood of `centre` that carry `reference`'s
// hue: hue within 20 degrees and at least half its saturation. Lighting changes brightness,
// not hue, so this recognises an actor's colour in light and in deep shadow (a chest facing
// away from the key light renders near (20, 3, 4), value 0.078); below value 0.06 hue is noise.
double shareWithHue(const QImage& image, QPoint centre, QColor reference, int r = 3)
{
    const double refHue = reference.hsvHueF() * 360.0;
    const double refSaturation = reference.hsvSaturationF();
    int matching = 0;
    int total = 0;
    for (int y = centre.y() - r; y <= centre.y() + r; ++y) {
        for (int x = centre.x() - r; x <= centre.x() + r; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor pixel = image.pixelColor(x, y);
            ++total;
            const double saturation = pixel.hsvSaturationF();
            if (pixel.hsvHueF() >= 0.0 && saturation >= 0.5 * refSaturation
                && hueDistanceDeg(pixel.hsvHueF() * 360.0, refHue) <= 20.0 && pixel.valueF() > 0.06)
                ++matching;
        }
    }
    return total > 0 ? static_cast<double>(matching) / total : 0.0;
}

class ViewportRender : public GuiTest {
protected:
    // Grabs the window and checks that every actor in the picture is drawn where core's
    // projection through `camera` (full sensor gate) puts their chest and face, and not a metre
    // beside them. `actors` stand where they are at the instant shown.
    static void expectActorsWhereCoreProjects(QQuickWindow& window, ProjectDocument& document,
                                              const CameraState& camera, const std::vector<Actor>& actors,
                                              const char* failureImage)
    {
        const QImage image = window.grabWindow().convertToFormat(QImage::Format_RGB32);
        ASSERT_FALSE(image.isNull());
        auto* view = window.findChild<QQuickItem*>(QStringLiteral("shotView"));
        ASSERT_NE(view, nullptr) << "Main.qml has no View3D named shotView";
        const double dpr = window.effectiveDevicePixelRatio();
        const QPointF viewOrigin = view->mapToScene(QPointF(0.0, 0.0));
        const double viewWidth = view->width();
        const double viewHeight = view->height();
        ASSERT_GT(viewWidth, 100.0);
        // The picture has the full gate's projected aspect, so core's projection maps onto it.
        EXPECT_NEAR(viewWidth / viewHeight, document.shotCamera()->sensorAspect(), 2.0 / viewHeight);

        const glm::dvec3 cameraRight = cameraRotation(camera.panDeg, camera.tiltDeg, camera.rollDeg) * glm::dvec3(1, 0, 0);
        const auto toImage = [&](glm::dvec2 viewPx) {
            return QPoint(static_cast<int>(std::floor((viewOrigin.x() + viewPx.x) * dpr)),
                          static_cast<int>(std::floor((viewOrigin.y() + viewPx.y) * dpr)));
        };
        const auto insideView = [&](glm::dvec2 viewPx, double margin) {
            return viewPx.x >= margin && viewPx.y >= margin && viewPx.x <= viewWidth - margin
                   && viewPx.y <= viewHeight - margin;
        };

        int checked = 0;
        for (const Actor& actor : actors) {
            SCOPED_TRACE(actor.name);
            const QColor colour(actor.color.r, actor.color.g, actor.color.b);
            const glm::dvec3 chest = actor.positionM + glm::dvec3(0.0, landmark::kChest * actor.heightM, 0.0);
            const auto chestPx = projectToPixels(camera, chest, viewWidth, viewHeight);
            if (!chestPx || !insideView(*chestPx, 10.0))
                continue;   // not in the picture
            ++checked;
            const QPoint at = toImage(*chestPx);
            const double onActor = shareWithHue(image, at, colour);
            std::printf("  %-8s chest at image pixel (%4d, %4d): %3.0f%% in its hue\n", actor.name.c_str(), at.x(),
                        at.y(), 100.0 * onActor);
            EXPECT_GE(onActor, 0.6) << "chest of " << actor.name << " expected at image pixel (" << at.x() << ", "
                                    << at.y() << ") in its colour " << colour.name().toStdString() << "; found "
                                    << image.pixelColor(at).name().toStdString();

            // The face (between chin and eyes, under the visor) is a far smaller target: a 3x3
            // neighbourhood there pins the picture to core's projection within a few pixels.
            const glm::dvec3 face =
                actor.positionM + glm::dvec3(0.0, 0.5 * (landmark::kChin + landmark::kEye) * actor.heightM, 0.0);
            const auto facePx = projectToPixels(camera, face, viewWidth, viewHeight);
            ASSERT_TRUE(facePx.has_value());
            if (insideView(*facePx, 4.0)) {
                const QPoint faceAt = toImage(*facePx);
                const double onFace = shareWithHue(image, faceAt, colour, 1);
                std::printf("  %-8s face  at image pixel (%4d, %4d): %3.0f%% in its hue\n", actor.name.c_str(),
                            faceAt.x(), faceAt.y(), 100.0 * onFace);
                EXPECT_GE(onFace, 0.6) << "face of " << actor.name << " expected at image pixel (" << faceAt.x()
                                       << ", " << faceAt.y() << "); found "
                                       << image.pixelColor(faceAt).name().toStdString();
            }

            // A metre to either side of the chest (well clear of the arms) is not the actor.
            for (const double side : {-1.0, 1.0}) {
                const auto besidePx = projectToPixels(camera, chest + side * 1.0 * cameraRight, viewWidth, viewHeight);
                if (!besidePx || !insideView(*besidePx, 10.0))
                    continue;
                const QPoint beside = toImage(*besidePx);
                const double besideShare = shareWithHue(image, beside, colour);
                std::printf("  %-8s 1 m to the %s at (%4d, %4d): %3.0f%% in its hue\n", actor.name.c_str(),
                            side < 0 ? "left " : "right", beside.x(), beside.y(), 100.0 * besideShare);
                EXPECT_LE(besideShare, 0.2)
                    << "beside " << actor.name << " at image pixel (" << beside.x() << ", " << beside.y()
                    << ") found " << image.pixelColor(beside).name().toStdString();
            }
        }
        EXPECT_GE(checked, 1) << "no actor of the demo is in the shot camera's picture";
        if (::testing::Test::HasFailure()) {
            image.save(QString::fromUtf8(failureImage));
            std::printf("  the grabbed window is saved as %s\n", failureImage);
        }
    }
};

TEST_F(ViewportRender, ActorProxiesAppearWhereCoreProjectsThem)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath)) << document.errorText().toStdString();
    document.player()->selectShot({});   // the set as it stands: camera setup 0, actors at their own positions
    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    window->resize(1600, 900);
    // The shot view as large as the window allows (faces are checked 3x3 px): without the timeline.
    window->setProperty("showTimeline", false);
    ASSERT_TRUE(showAndWaitForFrames(*window, 3)) << "the window never presented 3 frames";

    ASSERT_FALSE(document.project().cameras.empty());
    const Result<CameraState> camera = cameraStateOf(document.project().cameras.front(), GateMode::FullSensor);
    ASSERT_TRUE(camera.ok());
    expectActorsWhereCoreProjects(*window, document, *camera, document.project().actors,
                                  "gui_viewport_render_failure.png");
    window->close();
}

// A shot at a frame in the middle of its move: the camera on its rig and the actors on their walks are
// drawn where core's ShotEvaluator puts them at that instant.
TEST_F(ViewportRender, AShotMidMoveIsDrawnWhereCoreEvaluatesIt)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath)) << document.errorText().toStdString();
    const Project& project = document.project();
    ASSERT_FALSE(project.scenes.empty());
    ASSERT_FALSE(project.scenes.front().shots.empty());
    const Scene& scene = project.scenes.front();
    const Shot& shot = scene.shots.front();   // the backwards tracking shot: Anna walks, the camera leads her
    document.player()->selectShot(QString::fromStdString(shot.id));
    ASSERT_TRUE(document.player()->hasShot()) << document.player()->errorText().toStdString();
    const int frame = document.player()->frameCount() / 2;
    document.player()->setFrame(frame);
    ASSERT_EQ(document.player()->frame(), frame);

    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    window->resize(1600, 900);
    // The shot view as large as the window allows (faces are checked 3x3 px): without the timeline.
    window->setProperty("showTimeline", false);
    ASSERT_TRUE(showAndWaitForFrames(*window, 3)) << "the window never presented 3 frames";

    // The expected picture, from core alone: the rig's pose and lens at the frame, on the full gate.
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot);
    ASSERT_TRUE(evaluator.ok()) << evaluator.error().describe();
    const ShotSample sample = evaluator->sampleAt(framesToFlicks(frame, shot.frameRate));
    CameraSetup setup;
    for (const CameraSetup& candidate : project.cameras)
        if (candidate.name == shot.camera)
            setup = candidate;
    setup = withPoseAndLens(setup, sample.camera);
    const Result<CameraState> camera = cameraStateOf(setup, GateMode::FullSensor);
    ASSERT_TRUE(camera.ok());
    std::vector<Actor> actors = project.actors;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        actors[i].positionM = sample.actors[i].pose.positionM;
        actors[i].facingDeg = sample.actors[i].pose.facingDeg;
    }
    // The camera moved: the pose at the middle frame is not the setup's own.
    EXPECT_GT(glm::distance(sample.camera.positionM, evaluator->cameraAt(0).positionM), 0.5);
    expectActorsWhereCoreProjects(*window, document, *camera, actors, "gui_viewport_shot_failure.png");
    window->close();
}


TEST_F(ViewportRender, AProjectThatFailsToLoadShowsTheErrorInTheWindow)
{
    ProjectDocument document;
    const QString missing = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo/no-such-project.murnau");
    ASSERT_FALSE(document.load(missing));
    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(showAndWaitForFrames(*window, 2));

    auto* errorText = window->findChild<QQuickItem*>(QStringLiteral("errorText"));
    ASSERT_NE(errorText, nullptr);
    EXPECT_TRUE(errorText->isVisible());
    EXPECT_EQ(errorText->property("text").toString(), document.errorText());
    EXPECT_FALSE(document.errorText().isEmpty());
    auto* view = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    ASSERT_NE(view, nullptr);
    EXPECT_FALSE(view->isVisible());
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
