// The free working view and the shot view's extras in the real main window: the shot camera's
// body is drawn in the free view where core's rig puts the camera, an orbit drag moves the free
// camera and never the shot camera, the free view's overlays (track, walks, marks) never appear
// in the shot camera's picture, the guides sit inside the delivery frame lines, and the
// depth-of-field preview blurs the picture only while it is on. Needs an X display with OpenGL
// (Xvfb + Mesa llvmpipe): `xvfb-run -a ctest`.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

#include <QColor>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QVector3D>
#include <QtQml/qqml.h>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/glm_qt.h"
#include "app/bridge/project_document.h"
#include "core/optics/projection.h"
#include "core/scene/shot_evaluator.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

// The window for these tests: no keyboard focus needed, three frames, the 3D render wait guard.
const ShowOptions kShowOptions{.frames = 3, .waitUntilActive = false, .waitLimitMs = kRenderWaitLimitMs};
constexpr double kUnitsPerMetre = 100.0;   // Theme.sceneUnitsPerMetre

// Hue distance in degrees on the colour wheel (0..180).
double hueDistanceDeg(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return d > 180.0 ? 360.0 - d : d;
}

// How many pixels of `image` within `radius` of `at` are saturated and of `colour`'s hue (+-12 degrees).
int pixelsOfHue(const QImage& image, QPoint at, const QColor& colour, int radius)
{
    int count = 0;
    const double hue = colour.hsvHueF() * 360.0;
    for (int y = at.y() - radius; y <= at.y() + radius; ++y) {
        for (int x = at.x() - radius; x <= at.x() + radius; ++x) {
            if (x < 0 || y < 0 || x >= image.width() || y >= image.height())
                continue;
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.hsvHueF() >= 0.0 && pixel.hsvSaturationF() >= 0.45 && pixel.valueF() >= 0.35
                && hueDistanceDeg(pixel.hsvHueF() * 360.0, hue) <= 12.0)
                ++count;
        }
    }
    return count;
}

// Root mean square difference between horizontally and vertically adjacent pixels' grey levels in
// `rect` of `image`: the picture's local contrast (gradient energy), which a blur lowers. (The mean
// absolute difference would not do: a blur that splits one edge into several smaller steps keeps it.)
double localContrast(const QImage& image, const QRect& rect)
{
    double sum = 0.0;
    long count = 0;
    for (int y = rect.top(); y < rect.bottom(); ++y) {
        for (int x = rect.left(); x < rect.right(); ++x) {
            const int g = qGray(image.pixel(x, y));
            const int dx = g - qGray(image.pixel(x + 1, y));
            const int dy = g - qGray(image.pixel(x, y + 1));
            sum += dx * dx + dy * dy;
            count += 2;
        }
    }
    return count > 0 ? std::sqrt(sum / static_cast<double>(count)) : 0.0;
}

class FreeViewWindow : public GuiTest {
protected:
    // Where a scene point (scene units) lands in the window, through the View3D `view`.
    static QPoint windowPixel(QQuickItem& view, const QVector3D& scenePoint)
    {
        QVector3D viewPoint;
        QMetaObject::invokeMethod(&view, "mapFrom3DScene", Q_RETURN_ARG(QVector3D, viewPoint),
                                  Q_ARG(QVector3D, scenePoint));
        const QPointF at = view.mapToScene(QPointF(viewPoint.x(), viewPoint.y()));
        return QPoint(static_cast<int>(std::floor(at.x())), static_cast<int>(std::floor(at.y())));
    }

    // Sets a View menu switch (the Murnau.Ui singleton ViewOptions), as the menu item does.
    static void setViewOption(QQuickWindow& window, const char* name, bool on)
    {
        QQmlExpression expression(qmlContext(&window), &window,
                                  QStringLiteral("ViewOptions.%1 = %2").arg(QString::fromUtf8(name), on ? "true" : "false"));
        expression.evaluate();
        ASSERT_FALSE(expression.hasError()) << expression.error().toString().toStdString();
    }

    // Shows `shotId` at its middle frame.
    static void showShotMiddle(ProjectDocument& document, const char* shotId)
    {
        document.player()->selectShot(QString::fromUtf8(shotId));
        ASSERT_TRUE(document.player()->hasShot()) << document.player()->errorText().toStdString();
        document.player()->setFrame(document.player()->frameCount() / 2);
    }
};

TEST_F(FreeViewWindow, CameraBodyIsDrawnWhereTheRigPutsTheCamera)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, kShowOptions);
    ASSERT_NE(window, nullptr);
    showShotMiddle(document, "sh-0002");

    // Core alone: the rig's lens position at the playhead.
    const ShotEvaluator* evaluator = document.player()->evaluator();
    ASSERT_NE(evaluator, nullptr);
    const CameraState camera = evaluator->cameraAt(document.player()->timeFlicks());
    auto* body = window->findChild<QObject*>(QStringLiteral("cameraBody"));
    ASSERT_NE(body, nullptr);
    const QVector3D bodyAt = body->property("scenePosition").value<QVector3D>();
    EXPECT_NEAR(bodyAt.x(), camera.positionM.x * kUnitsPerMetre, 0.05);
    EXPECT_NEAR(bodyAt.y(), camera.positionM.y * kUnitsPerMetre, 0.05);
    EXPECT_NEAR(bodyAt.z(), camera.positionM.z * kUnitsPerMetre, 0.05);

    // Look at the body's amber front marker from 1.5 m, with the amber camera path and frustum hidden.
    for (const char* name : {"cameraPathLines", "frustumLines"}) {
        auto* lines = window->findChild<QObject*>(QString::fromUtf8(name));
        ASSERT_NE(lines, nullptr) << name;
        lines->setProperty("visible", false);
    }
    QVector3D marker;
    QMetaObject::invokeMethod(body, "mapPositionToScene", Q_RETURN_ARG(QVector3D, marker),
                              Q_ARG(QVector3D, QVector3D(0.0f, 0.13f, 0.12f)));
    // The marker sits above the lens and behind it, in the camera's own frame (CameraBody.qml).
    const glm::dvec3 expectedMarker =
        camera.positionM + cameraRotation(camera.panDeg, camera.tiltDeg, camera.rollDeg) * glm::dvec3(0.0, 0.13, 0.12);
    EXPECT_NEAR(marker.x(), expectedMarker.x * kUnitsPerMetre, 0.05);
    EXPECT_NEAR(marker.z(), expectedMarker.z * kUnitsPerMetre, 0.05);
    auto* controller = window->findChild<QObject*>(QStringLiteral("freeViewController"));
    ASSERT_NE(controller, nullptr);
    controller->setProperty("pivot", marker);
    controller->setProperty("distance", 1.5 * kUnitsPerMetre);
    QMetaObject::invokeMethod(controller, "apply");
    ASSERT_TRUE(waitForFrames(*window, 3, kRenderWaitLimitMs));

    auto* freeView = window->findChild<QQuickItem*>(QStringLiteral("freeView3D"));
    ASSERT_NE(freeView, nullptr);
    const QImage image = window->grabWindow().convertToFormat(QImage::Format_RGB32);
    const QColor amber(0xf0, 0xa5, 0x30);   // Theme.accent
    const QPoint onMarker = windowPixel(*freeView, marker);
    const glm::dvec3 aside = expectedMarker + cameraRotation(camera.panDeg, 0.0, 0.0) * glm::dvec3(0.5, 0.0, 0.0);
    const QPoint besideMarker = windowPixel(*freeView, toQt(aside) * static_cast<float>(kUnitsPerMetre));
    const int onCount = pixelsOfHue(image, onMarker, amber, 20);
    const int besideCount = pixelsOfHue(image, besideMarker, amber, 20);
    std::printf("  front marker at window pixel (%d, %d): %d amber pixels; 0.5 m aside (%d, %d): %d\n", onMarker.x(),
                onMarker.y(), onCount, besideMarker.x(), besideMarker.y(), besideCount);
    EXPECT_GE(onCount, 40);
    EXPECT_LE(besideCount, 2);
    if (::testing::Test::HasFailure())
        image.save(QStringLiteral("gui_free_view_body_failure.png"));
    window->close();
}

TEST_F(FreeViewWindow, OrbitDragTurnsTheFreeCameraNotTheShotCamera)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, kShowOptions);
    ASSERT_NE(window, nullptr);
    auto* freeView = window->findChild<QQuickItem*>(QStringLiteral("freeView3D"));
    auto* freeCamera = window->findChild<QObject*>(QStringLiteral("freeCamera"));
    ASSERT_NE(freeView, nullptr);
    ASSERT_NE(freeCamera, nullptr);

    const QVector3D shotPosition = document.shotCamera()->positionM();
    const QVector3D shotRotation = document.shotCamera()->eulerRotationDeg();
    const QVector3D freePosition = freeCamera->property("position").value<QVector3D>();
    const QVector3D freeRotation = freeCamera->property("eulerRotation").value<QVector3D>();

    // Drag 100 px to the right and 40 px down with the left button.
    const QPoint start = freeView->mapToScene(QPointF(freeView->width() / 2.0, freeView->height() / 2.0)).toPoint();
    QTest::mousePress(window, Qt::LeftButton, Qt::NoModifier, start);
    for (int step = 1; step <= 10; ++step)
        QTest::mouseMove(window, start + QPoint(10 * step, 4 * step));
    QTest::mouseRelease(window, Qt::LeftButton, Qt::NoModifier, start + QPoint(100, 40));

    const QVector3D turned = freeCamera->property("eulerRotation").value<QVector3D>();
    // 0.3 degrees per pixel (FlyController.qml): yaw -30, pitch -12.
    EXPECT_NEAR(turned.y() - freeRotation.y(), -30.0, 0.5);
    EXPECT_NEAR(turned.x() - freeRotation.x(), -12.0, 0.5);
    EXPECT_GT((freeCamera->property("position").value<QVector3D>() - freePosition).length(), 10.0f);
    EXPECT_EQ(document.shotCamera()->positionM(), shotPosition);
    EXPECT_EQ(document.shotCamera()->eulerRotationDeg(), shotRotation);
    EXPECT_FALSE(document.isModified());
    window->close();
}

TEST_F(FreeViewWindow, OverlaysAppearInTheFreeViewOnlyNeverInTheShotPicture)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, kShowOptions);
    ASSERT_NE(window, nullptr);
    showShotMiddle(document, "sh-0001");
    // The free camera straight above the set, so no rack hides the aisle's rail and walk.
    auto* controller = window->findChild<QObject*>(QStringLiteral("freeViewController"));
    ASSERT_NE(controller, nullptr);
    controller->setProperty("yawDeg", 0.0);
    controller->setProperty("pitchDeg", -89.0);
    QMetaObject::invokeMethod(controller, "frameSet");
    ASSERT_TRUE(waitForFrames(*window, 12, kRenderWaitLimitMs));   // progressive AA settles

    auto* overlay = window->findChild<QObject*>(QStringLiteral("shotOverlay"));
    auto* shotView = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    auto* freeView = window->findChild<QQuickItem*>(QStringLiteral("freeView3D"));
    ASSERT_NE(overlay, nullptr);
    ASSERT_NE(shotView, nullptr);
    ASSERT_NE(freeView, nullptr);
    ASSERT_TRUE(document.shotCamera()->fullGateState().has_value());
    const CameraState& camera = *document.shotCamera()->fullGateState();

    // The rail (teal) and the walks (pink), world metres, each lifted as FreeView.qml draws it.
    struct Layer {
        const char* property;
        QColor colour;
        double liftM;
    };
    const Layer layers[] = {{"trackLines", QColor(0x5f, 0xe0, 0xc8), 0.0}, {"walkLines", QColor(0xff, 0x5c, 0xcd), 0.01}};
    const QImage image = window->grabWindow().convertToFormat(QImage::Format_RGB32);
    const QPointF shotOrigin = shotView->mapToScene(QPointF(0.0, 0.0));
    const QRectF freeRect(freeView->mapToScene(QPointF(0.0, 0.0)), QSizeF(freeView->width(), freeView->height()));
    int inShotPicture = 0;
    int seenInShot = 0;
    int inFreeView = 0;
    int seenInFree = 0;
    for (const Layer& layer : layers) {
        const QVariantList polylines = overlay->property(layer.property).toList();
        ASSERT_FALSE(polylines.isEmpty()) << layer.property;
        // Ten points along each segment of each polyline.
        std::vector<glm::dvec3> samples;
        for (const QVariant& polyline : polylines) {
            const QVariantList points = polyline.toList();
            for (qsizetype i = 1; i < points.size(); ++i) {
                const glm::dvec3 a = toGlm(points[i - 1].value<QVector3D>());
                const glm::dvec3 b = toGlm(points[i].value<QVector3D>());
                for (int k = 0; k < 10; ++k)
                    samples.push_back(a + (b - a) * (k / 10.0));
            }
        }
        {
            for (const glm::dvec3& sample : samples) {
                const glm::dvec3 worldM = sample + glm::dvec3(0.0, layer.liftM, 0.0);
                // Through core's projection into the shot camera's picture.
                const auto px = projectToPixels(camera, worldM, shotView->width(), shotView->height());
                if (px && px->x > 3 && px->y > 3 && px->x < shotView->width() - 3 && px->y < shotView->height() - 3) {
                    ++inShotPicture;
                    const QPoint at(static_cast<int>(shotOrigin.x() + px->x), static_cast<int>(shotOrigin.y() + px->y));
                    if (pixelsOfHue(image, at, layer.colour, 1) > 0)
                        ++seenInShot;
                }
                // Through the free camera into the free view.
                const QPoint freeAt = windowPixel(*freeView, toQt(worldM) * static_cast<float>(kUnitsPerMetre));
                if (freeRect.adjusted(3, 3, -3, -3).contains(freeAt)) {
                    ++inFreeView;
                    if (pixelsOfHue(image, freeAt, layer.colour, 1) > 0)
                        ++seenInFree;
                }
            }
        }
    }
    std::printf("  overlay points in the shot picture: %d, drawn there: %d; in the free view: %d, drawn there: %d\n",
                inShotPicture, seenInShot, inFreeView, seenInFree);
    EXPECT_GE(inShotPicture, 5) << "the test needs overlay points inside the shot camera's picture";
    EXPECT_EQ(seenInShot, 0);
    // In the free view the lines are drawn; the rail and the walk share the aisle, so where they
    // overlap one hides the other.
    EXPECT_GE(inFreeView, 5);
    EXPECT_GE(seenInFree, inFreeView / 4);
    if (::testing::Test::HasFailure())
        image.save(QStringLiteral("gui_free_view_overlay_failure.png"));
    window->close();
}

TEST_F(FreeViewWindow, GuidesSitInsideTheDeliveryFrame)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, kShowOptions);
    ASSERT_NE(window, nullptr);
    auto* guides = window->findChild<QQuickItem*>(QStringLiteral("guides"));
    ASSERT_NE(guides, nullptr);
    auto* titleSafe = guides->findChild<QQuickItem*>(QStringLiteral("titleSafe"));
    ASSERT_NE(titleSafe, nullptr);
    EXPECT_FALSE(titleSafe->isVisible());
    setViewOption(*window, "showTitleSafe", true);
    setViewOption(*window, "showThirds", true);
    EXPECT_TRUE(titleSafe->isVisible());

    // Title safe: the central 90 % of the delivery frame (SMPTE RP 2046-1), not of the full gate.
    const QRectF frame = document.shotCamera()->deliveryRect();
    const double frameW = frame.width() * guides->width();
    const double frameH = frame.height() * guides->height();
    EXPECT_NEAR(titleSafe->x(), frame.x() * guides->width() + 0.05 * frameW, 1.0);
    EXPECT_NEAR(titleSafe->y(), frame.y() * guides->height() + 0.05 * frameH, 1.0);
    EXPECT_NEAR(titleSafe->width(), 0.9 * frameW, 1.0);
    EXPECT_NEAR(titleSafe->height(), 0.9 * frameH, 1.0);
    std::vector<QQuickItem*> thirds;
    const std::function<void(QQuickItem*)> collect = [&](QQuickItem* item) {
        if (item->objectName() == QLatin1String("thirdsVertical"))
            thirds.push_back(item);
        for (QQuickItem* child : item->childItems())
            collect(child);
    };
    collect(guides);
    ASSERT_EQ(thirds.size(), 2);
    // The lines sit in one delegate item each, at the guides' origin.
    std::vector<double> xs{thirds[0]->mapToItem(guides, QPointF()).x(), thirds[1]->mapToItem(guides, QPointF()).x()};
    std::sort(xs.begin(), xs.end());
    EXPECT_NEAR(xs[0], frame.x() * guides->width() + frameW / 3.0, 1.0);
    EXPECT_NEAR(xs[1], frame.x() * guides->width() + 2.0 * frameW / 3.0, 1.0);
    window->close();
}

TEST_F(FreeViewWindow, DepthOfFieldPreviewBlursOnlyWhenOn)
{
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    QQmlApplicationEngine engine;
    QQuickWindow* window = showMainWindow(engine, document, kShowOptions);
    ASSERT_NE(window, nullptr);
    // The first frame of "Anna walks the aisle": the lens focused on Anna (sharp), the racks'
    // shadows on the wall metres behind her beyond the far limit.
    document.player()->selectShot(QStringLiteral("sh-0001"));
    ASSERT_TRUE(document.player()->hasShot());
    document.player()->setFrame(0);
    auto* shotView = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    ASSERT_NE(shotView, nullptr);
    ShotCamera* camera = document.shotCamera();
    ASSERT_TRUE(camera->depthOfFieldValid());
    std::printf("  focus %.2f m, f/%.1f, %.0f mm, CoC %.4f mm: sharp from %.2f to %.2f m\n", camera->focusDistanceM(),
                camera->fStop(), camera->focalLengthMm(), camera->cocMm(), camera->nearLimitM(), camera->farLimitM());

    // The wall left of Anna, inside the frame lines and clear of labels: the shadows' edges.
    const QPointF origin = shotView->mapToScene(QPointF(0.1 * shotView->width(), 0.45 * shotView->height()));
    const QRect region(static_cast<int>(origin.x()), static_cast<int>(origin.y()),
                       static_cast<int>(0.2 * shotView->width()), static_cast<int>(0.3 * shotView->height()));
    const auto contrastNow = [&] {
        waitForFrames(*window, 12, kRenderWaitLimitMs);   // progressive AA settles
        const QImage grabbed = window->grabWindow().convertToFormat(QImage::Format_RGB32);
        return localContrast(grabbed, region);
    };
    const double off = contrastNow();
    setViewOption(*window, "depthOfField", true);
    const double on = contrastNow();
    setViewOption(*window, "depthOfField", false);
    const double offAgain = contrastNow();
    std::printf("  local contrast of the wall behind Anna: off %.3f, on %.3f, off again %.3f\n", off, on, offAgain);
    // The picture is rendered deterministically: off is exactly off again, and the blur lowers the
    // soft shadows' gradient energy by about a tenth (10.4 % when written).
    EXPECT_LT(on, 0.95 * off);
    EXPECT_NEAR(offAgain, off, 0.01 * off);
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
