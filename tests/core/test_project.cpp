// The camera state a camera setup describes: the gate from the sensor, the delivery
// crop and the squeeze; placement and lens copied through.

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "core/optics/sensor.h"
#include "core/scene/project.h"

using namespace murnau;

namespace {

CameraSetup super35Camera()
{
    const SensorFormat* super35 = findSensorPreset("super35");
    EXPECT_NE(super35, nullptr);
    CameraSetup camera;
    camera.name = "A";
    camera.sensor = super35 != nullptr ? *super35 : SensorFormat{};
    camera.deliveryAspect = 2.39;
    camera.positionM = {1.0, 1.6, 4.0};
    camera.panDeg = 12.0;
    camera.tiltDeg = -4.0;
    camera.rollDeg = 1.5;
    camera.focalLengthMm = 35.0;
    camera.focusDistanceM = 3.2;
    camera.fStop = 2.8;
    return camera;
}

} // namespace

TEST(ProjectCameraState, DeliveryCropOfSuper35At239)
{
    // SMPTE 59 Super 35 full aperture 24.89 x 18.66 mm. Spherical 2.39 delivery keeps the
    // width: used height = 24.89 / 2.39 = 10.41423 mm (< 18.66, so the crop applies).
    const auto state = cameraStateOf(super35Camera());
    ASSERT_TRUE(state.ok()) << state.error().describe();
    EXPECT_DOUBLE_EQ(state->gate.widthMm, 24.89);
    EXPECT_NEAR(state->gate.heightMm, 10.41423, 1e-5);
    EXPECT_DOUBLE_EQ(state->gate.squeeze, 1.0);
    EXPECT_DOUBLE_EQ(state->positionM.x, 1.0);
    EXPECT_DOUBLE_EQ(state->positionM.y, 1.6);
    EXPECT_DOUBLE_EQ(state->positionM.z, 4.0);
    EXPECT_DOUBLE_EQ(state->panDeg, 12.0);
    EXPECT_DOUBLE_EQ(state->tiltDeg, -4.0);
    EXPECT_DOUBLE_EQ(state->rollDeg, 1.5);
    EXPECT_DOUBLE_EQ(state->focalLengthMm, 35.0);
    EXPECT_DOUBLE_EQ(state->focusDistanceM, 3.2);
    EXPECT_DOUBLE_EQ(state->fStop, 2.8);
}

TEST(ProjectCameraState, WithPoseAndLensTakesTheStateAndKeepsTheBody)
{
    const CameraSetup setup = super35Camera();
    CameraState state;
    state.positionM = {1.5, 2.25, -3.0};
    state.panDeg = 30.0;
    state.tiltDeg = -5.0;
    state.rollDeg = 2.0;
    state.focalLengthMm = 85.0;
    state.focusDistanceM = 4.2;
    state.fStop = 5.6;
    const CameraSetup posed = withPoseAndLens(setup, state);
    EXPECT_EQ(posed.positionM, state.positionM);
    EXPECT_EQ(posed.panDeg, 30.0);
    EXPECT_EQ(posed.tiltDeg, -5.0);
    EXPECT_EQ(posed.rollDeg, 2.0);
    EXPECT_EQ(posed.focalLengthMm, 85.0);
    EXPECT_EQ(posed.focusDistanceM, 4.2);
    EXPECT_EQ(posed.fStop, 5.6);
    // The body, the delivery and the name stay the setup's.
    EXPECT_EQ(posed.name, setup.name);
    EXPECT_EQ(posed.sensor, setup.sensor);
    EXPECT_EQ(posed.deliveryAspect, setup.deliveryAspect);
    EXPECT_EQ(posed.squeeze, setup.squeeze);
}

TEST(ProjectCameraState, FullSensorIgnoresTheDeliveryAspect)
{
    const auto state = cameraStateOf(super35Camera(), GateMode::FullSensor);
    ASSERT_TRUE(state.ok()) << state.error().describe();
    EXPECT_DOUBLE_EQ(state->gate.widthMm, 24.89);
    EXPECT_DOUBLE_EQ(state->gate.heightMm, 18.66);
}

TEST(ProjectCameraState, AnamorphicCropKeepsTheHeight)
{
    // 2x anamorphic on 24.89 x 18.66: the full gate projects to 2 * 24.89 / 18.66 = 2.668:1,
    // wider than 2.39, so the height is kept and the used width is 2.39 * 18.66 / 2 = 22.2987 mm.
    CameraSetup camera = super35Camera();
    camera.squeeze = 2.0;
    const auto delivery = cameraStateOf(camera);
    ASSERT_TRUE(delivery.ok()) << delivery.error().describe();
    EXPECT_NEAR(delivery->gate.widthMm, 22.2987, 1e-4);
    EXPECT_DOUBLE_EQ(delivery->gate.heightMm, 18.66);
    EXPECT_DOUBLE_EQ(delivery->gate.squeeze, 2.0);

    // The full-sensor view keeps the squeeze but not the crop.
    const auto full = cameraStateOf(camera, GateMode::FullSensor);
    ASSERT_TRUE(full.ok()) << full.error().describe();
    EXPECT_DOUBLE_EQ(full->gate.widthMm, 24.89);
    EXPECT_DOUBLE_EQ(full->gate.heightMm, 18.66);
    EXPECT_DOUBLE_EQ(full->gate.squeeze, 2.0);
}

TEST(ProjectCameraState, NoDeliveryAspectMeansTheFullGate)
{
    CameraSetup camera = super35Camera();
    camera.deliveryAspect.reset();
    const auto state = cameraStateOf(camera);
    ASSERT_TRUE(state.ok()) << state.error().describe();
    EXPECT_DOUBLE_EQ(state->gate.heightMm, 18.66);
}

TEST(ProjectCameraState, RefusesInvalidInputNamingTheField)
{
    CameraSetup camera = super35Camera();
    camera.sensor.widthMm = 0.0;
    const auto badSensor = cameraStateOf(camera);
    ASSERT_FALSE(badSensor.ok());
    EXPECT_EQ(badSensor.error().field, "sensor");

    camera = super35Camera();
    camera.focalLengthMm = std::numeric_limits<double>::quiet_NaN();
    const auto badFocal = cameraStateOf(camera);
    ASSERT_FALSE(badFocal.ok());
    EXPECT_EQ(badFocal.error().field, "focalLengthMm");

    camera = super35Camera();
    camera.fStop = 0.0;
    const auto badStop = cameraStateOf(camera);
    ASSERT_FALSE(badStop.ok());
    EXPECT_EQ(badStop.error().field, "fStop");

    camera = super35Camera();
    camera.positionM.y = std::numeric_limits<double>::infinity();
    const auto badPosition = cameraStateOf(camera);
    ASSERT_FALSE(badPosition.ok());
    EXPECT_EQ(badPosition.error().field, "positionM");
}
