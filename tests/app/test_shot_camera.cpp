// ShotCamera republishes core's numbers: the angle of view on the FULL sensor gate, the
// projected aspect, the delivery frame lines, the nearest actor's framing, the projection.

#include <cmath>
#include <numbers>

#include <QPointF>
#include <QSignalSpy>
#include <QVector3D>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/shot_camera.h"
#include "core/optics/lens.h"
#include "core/optics/projection.h"
#include "core/optics/shot_size.h"
#include "core/scene/actor_framing.h"
#include "core/scene/anthropometry.h"
#include "core/scene/project_json.h"

namespace murnau {
namespace {

const QString kDemoPath = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");

double degrees(double radians)
{
    return radians * 180.0 / std::numbers::pi;
}

class ShotCameraTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(kDemoPath)) << m_document.errorText().toStdString();
        m_document.player()->selectShot({});   // the set as it stands: camera setup 0 where it is set
        ASSERT_FALSE(m_document.project().cameras.empty());
        m_setup = m_document.project().cameras.front();
    }

    ProjectDocument m_document;
    CameraSetup m_setup;
};

TEST_F(ShotCameraTest, VerticalFieldOfViewIsCoresAngleOfViewOnTheFullSensor)
{
    const ShotCamera& camera = *m_document.shotCamera();
    const Result<CameraState> full = cameraStateOf(m_setup, GateMode::FullSensor);
    ASSERT_TRUE(full.ok());
    const Result<AngleOfView> aov = angleOfView(full->gate, m_setup.focalLengthMm);
    ASSERT_TRUE(aov.ok());

    EXPECT_DOUBLE_EQ(camera.verticalFovDeg(), aov->verticalDeg);
    // The same number from the thin-lens formula on the sensor's full height: 2 atan(h / 2f).
    EXPECT_NEAR(camera.verticalFovDeg(),
                degrees(2.0 * std::atan(m_setup.sensor.heightMm / (2.0 * m_setup.focalLengthMm))), 1e-9);
    // Super 35 full aperture (18.66 mm high) behind the demo's 32 mm lens: derived
    // 2 atan(18.66 / (2 x 32)) = 32.51 degrees.
    EXPECT_NEAR(camera.verticalFovDeg(), 32.51, 0.01);
}

TEST_F(ShotCameraTest, FullGateIsWiderThanTheDeliveryCrop)
{
    // The demo delivers 2.39:1 from a 4:3 gate, so the crop's vertical angle is smaller:
    // the viewport must not use it, or the frame lines would enclose the whole picture.
    const Result<CameraState> delivery = cameraStateOf(m_setup, GateMode::Delivery);
    ASSERT_TRUE(delivery.ok());
    const Result<AngleOfView> deliveryAov = angleOfView(delivery->gate, m_setup.focalLengthMm);
    ASSERT_TRUE(deliveryAov.ok());
    EXPECT_GT(m_document.shotCamera()->verticalFovDeg(), deliveryAov->verticalDeg + 5.0);
}

TEST_F(ShotCameraTest, SensorAspectAndFrameLinesComeFromTheTwoGates)
{
    const ShotCamera& camera = *m_document.shotCamera();
    ASSERT_TRUE(m_setup.deliveryAspect.has_value());
    const double widthMm = m_setup.sensor.widthMm;
    const double heightMm = m_setup.sensor.heightMm;

    EXPECT_NEAR(camera.sensorAspect(), widthMm * m_setup.squeeze / heightMm, 1e-12);
    // A 2.39:1 crop of a wider-than-tall gate keeps the full width: usedHeight = w / 2.39.
    const QRectF frame = camera.deliveryRect();
    const double heightFraction = widthMm / *m_setup.deliveryAspect / heightMm;
    EXPECT_NEAR(frame.width(), 1.0, 1e-12);
    EXPECT_NEAR(frame.x(), 0.0, 1e-12);
    EXPECT_NEAR(frame.height(), heightFraction, 1e-12);
    EXPECT_NEAR(frame.y(), (1.0 - heightFraction) / 2.0, 1e-12);
    // The frame lines have the delivery aspect on the projected picture.
    EXPECT_NEAR(frame.width() * camera.sensorAspect() / frame.height(), *m_setup.deliveryAspect, 1e-9);
}

TEST_F(ShotCameraTest, PoseFollowsTheCameraStateConvention)
{
    const ShotCamera& camera = *m_document.shotCamera();
    EXPECT_EQ(camera.positionM(), QVector3D(static_cast<float>(m_setup.positionM.x),
                                            static_cast<float>(m_setup.positionM.y),
                                            static_cast<float>(m_setup.positionM.z)));
    // Qt Quick 3D eulerRotation: x = tilt, y = pan, z = roll.
    EXPECT_FLOAT_EQ(camera.eulerRotationDeg().x(), static_cast<float>(m_setup.tiltDeg));
    EXPECT_FLOAT_EQ(camera.eulerRotationDeg().y(), static_cast<float>(m_setup.panDeg));
    EXPECT_FLOAT_EQ(camera.eulerRotationDeg().z(), static_cast<float>(m_setup.rollDeg));
    EXPECT_DOUBLE_EQ(camera.cameraHeightM(), m_setup.positionM.y);
    EXPECT_DOUBLE_EQ(camera.focusDistanceM(), m_setup.focusDistanceM);
    EXPECT_DOUBLE_EQ(camera.fStop(), m_setup.fStop);
    EXPECT_DOUBLE_EQ(camera.focalLengthMm(), m_setup.focalLengthMm);
}

TEST_F(ShotCameraTest, HudLabels)
{
    const ShotCamera& camera = *m_document.shotCamera();
    EXPECT_EQ(camera.lensLabel(), QStringLiteral("32 mm"));
    EXPECT_EQ(camera.deliveryLabel(), QStringLiteral("2.39:1"));
    EXPECT_EQ(camera.stopLabel(), QStringLiteral("f/2.8"));
    EXPECT_EQ(camera.sensorLabel().toStdString(), m_setup.sensor.name);
}

TEST_F(ShotCameraTest, NearestActorIsCoresFramingOnTheDeliveryGate)
{
    const ShotCamera& camera = *m_document.shotCamera();
    const std::vector<Actor>& actors = m_document.project().actors;
    const Result<CameraState> delivery = cameraStateOf(m_setup, GateMode::Delivery);
    ASSERT_TRUE(delivery.ok());
    const auto nearest = nearestActorInFront(*delivery, actors);
    ASSERT_TRUE(nearest.has_value());
    const Result<ActorFraming> framing = frameActor(*delivery, actors[*nearest]);
    ASSERT_TRUE(framing.ok());

    ASSERT_TRUE(camera.hasNearestActor());
    EXPECT_EQ(camera.nearestActorName().toStdString(), actors[*nearest].name);
    EXPECT_DOUBLE_EQ(camera.nearestActorDistanceM(), framing->distanceM);
    EXPECT_EQ(camera.nearestShotSize().toStdString(), std::string(shotSizeCode(framing->shotSize)));
    EXPECT_EQ(camera.nearestShotSizeName().toStdString(), std::string(shotSizeBand(framing->shotSize).name));
}

TEST_F(ShotCameraTest, ProjectToViewIsCoresProjectionOnTheFullGate)
{
    const ShotCamera& camera = *m_document.shotCamera();
    const Result<CameraState> full = cameraStateOf(m_setup, GateMode::FullSensor);
    ASSERT_TRUE(full.ok());
    for (const Actor& actor : m_document.project().actors) {
        SCOPED_TRACE(actor.name);
        const glm::dvec3 chest = actor.positionM + glm::dvec3(0.0, landmark::kChest * actor.heightM, 0.0);
        const auto expected = projectToPixels(*full, chest, 1200.0, 900.0);
        const QVariant got = camera.projectToView(QVector3D(static_cast<float>(chest.x), static_cast<float>(chest.y),
                                                            static_cast<float>(chest.z)),
                                                  1200.0, 900.0);
        ASSERT_EQ(got.isValid(), expected.has_value());
        if (expected) {
            EXPECT_NEAR(got.toPointF().x(), expected->x, 1e-3);
            EXPECT_NEAR(got.toPointF().y(), expected->y, 1e-3);
        }
    }
    // A point behind the lens has no place on the picture.
    const glm::dvec3 behind = full->positionM - cameraForward(*full);
    EXPECT_FALSE(camera.projectToView(QVector3D(static_cast<float>(behind.x), static_cast<float>(behind.y),
                                                static_cast<float>(behind.z)),
                                      1200.0, 900.0)
                     .isValid());
}

TEST_F(ShotCameraTest, PanningRecomputesThroughCore)
{
    ShotCamera& camera = *m_document.shotCamera();
    QSignalSpy changed(&camera, &ShotCamera::cameraChanged);
    const double panDeg = m_setup.panDeg + 10.0;

    camera.setPanDeg(panDeg);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_DOUBLE_EQ(camera.panDeg(), panDeg);
    EXPECT_FLOAT_EQ(camera.eulerRotationDeg().y(), static_cast<float>(panDeg));
    ASSERT_TRUE(camera.fullGateState().has_value());
    EXPECT_DOUBLE_EQ(camera.fullGateState()->panDeg, panDeg);

    camera.setPanDeg(panDeg);   // no change, no signal
    EXPECT_EQ(changed.count(), 1);
}

TEST(ShotCamera, InvalidSetupReportsCoresError)
{
    CameraSetup setup;
    setup.name = "broken";
    setup.sensor = SensorFormat{"custom", "custom", 36.0, 24.0, 0.03, ""};
    setup.focalLengthMm = -5.0;
    ShotCamera camera;
    camera.setCamera(setup, {});
    const Result<CameraState> core = cameraStateOf(setup, GateMode::FullSensor);
    ASSERT_FALSE(core.ok());
    EXPECT_FALSE(camera.isValid());
    EXPECT_EQ(camera.errorText().toStdString(), core.error().describe());
    EXPECT_FALSE(camera.projectToView(QVector3D(0, 1, -5), 100, 100).isValid());
}

} // namespace
} // namespace murnau
