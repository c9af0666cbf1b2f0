// Move specs: the common checks and the placement geometry of move_spec.h.

#include "core/moves/move_spec.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include <fmt/format.h>

#include "core/motion/curve.h"
#include "core/motion/rail.h"
#include "core/moves/move_text.h"
#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

constexpr double kDegToRad = std::numbers::pi / 180.0;
constexpr double kRadToDeg = 180.0 / std::numbers::pi;
// Statures beyond this are typing errors (centimetres for metres), metres.
constexpr double kMaxStatureM = 10.0;
// A lens closer than this to the vertical through the eyes cannot aim along the track, metres.
constexpr double kMinHorizontalM = 1e-3;

bool finite(const glm::dvec3& v) noexcept
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

bool isStandardRate(FrameRate rate) noexcept
{
    const auto rates = standardFrameRates();
    return std::find(rates.begin(), rates.end(), rate) != rates.end();
}

} // namespace

Result<MoveStage> prepareMove(const MoveSpec& spec)
{
    const Actor& subject = spec.subject;
    if (subject.name.empty())
        return fail("subject.name", "the move needs the name of the actor it frames");
    if (!std::isfinite(subject.heightM) || !(subject.heightM > 0.0) || subject.heightM > kMaxStatureM) {
        return fail("subject.heightM",
                    fmt::format("the subject's height must be a number of metres in (0, {}], got {}", kMaxStatureM,
                                subject.heightM));
    }
    if (!finite(subject.positionM)
        || std::max({std::abs(subject.positionM.x), std::abs(subject.positionM.y), std::abs(subject.positionM.z)})
               > kMaxRailCoordinateM) {
        return fail("subject.positionM",
                    fmt::format("the subject's position must be finite and within {} m of the origin",
                                kMaxRailCoordinateM));
    }
    if (!std::isfinite(subject.facingDeg))
        return fail("subject.facingDeg", "the subject's facing must be a finite number of degrees");
    if (spec.camera.name.empty())
        return fail("camera.name", "the move needs the name of the camera setup that shoots it");
    Result<CameraState> camera = cameraStateOf(spec.camera, GateMode::Delivery);
    if (!camera) {
        const Error& error = camera.error();
        return fail(error.field.empty() ? std::string("camera") : "camera." + error.field, error.message);
    }
    if (!isStandardRate(spec.frameRate)) {
        return fail("frameRate", fmt::format("{}/{} fps is not one of the standard frame rates",
                                             spec.frameRate.numerator, spec.frameRate.denominator));
    }
    if (!(spec.durationFlicks > 0) || spec.durationFlicks > kCurveTimeLimit)
        return fail("durationFlicks", "the move must last more than 0 and at most 1,000,000 s");
    if (auto error = checkMoveTiming(spec.timing, spec.durationFlicks, "timing"))
        return *error;
    if (!std::isfinite(spec.bearingDeg))
        return fail("bearingDeg", "the camera's bearing must be a finite number of degrees");

    MoveStage stage;
    stage.gate = camera.value().gate;
    stage.floorM = subject.positionM;
    stage.eyeHeightM = landmark::kEye * subject.heightM;
    stage.eyesM = subject.positionM + glm::dvec3(0.0, stage.eyeHeightM, 0.0);
    stage.lensHeightM = spec.lensHeightM.value_or(stage.eyeHeightM);
    if (Result<double> height = checkedRigChannelValue(RigChannel::Pedestal, stage.lensHeightM, "lensHeightM"); !height)
        return height.error();
    const double bearing = (subject.facingDeg + spec.bearingDeg) * kDegToRad;
    stage.outward = {-std::sin(bearing), 0.0, -std::cos(bearing)};
    stage.focalLengthMm = camera.value().focalLengthMm;
    stage.fStop = camera.value().fStop;
    if (Result<double> stop = checkedRigChannelValue(RigChannel::FStop, stage.fStop, "camera.fStop"); !stop)
        return stop.error();
    return stage;
}

Result<double> moveFocalLengthMm(const MoveStage& stage, std::optional<double> focalLengthMm, std::string_view field)
{
    const double focal = focalLengthMm.value_or(stage.focalLengthMm);
    const std::string name = focalLengthMm ? std::string(field) : std::string("camera.focalLengthMm");
    Result<double> checked = checkedRigChannelValue(RigChannel::FocalLength, focal, name);
    if (!checked)
        return checked.error();
    return focal;
}

Result<double> horizontalDistanceM(const MoveStage& stage, double eyeDistanceM, double lensHeightM,
                                   std::string_view field)
{
    const double dy = lensHeightM - stage.eyeHeightM;
    const double g2 = eyeDistanceM * eyeDistanceM - dy * dy;
    if (!std::isfinite(g2) || !(g2 >= kMinHorizontalM * kMinHorizontalM)) {
        return fail(std::string(field),
                    fmt::format("the lens, {} {} the subject's eyes, cannot be {} from them: stand farther "
                                "back or bring the lens nearer eye height",
                                formatMetres(std::abs(dy)), dy >= 0.0 ? "above" : "below", formatMetres(eyeDistanceM)));
    }
    return std::sqrt(g2);
}

glm::dvec3 trackPointM(const MoveStage& stage, double horizontalM) noexcept
{
    return stage.floorM + horizontalM * stage.outward;
}

glm::dvec3 lensPointM(const MoveStage& stage, double horizontalM, double lensHeightM) noexcept
{
    return trackPointM(stage, horizontalM) + glm::dvec3(0.0, lensHeightM, 0.0);
}

AimAngles aimAnglesDeg(const glm::dvec3& fromM, const glm::dvec3& toM) noexcept
{
    const glm::dvec3 d = toM - fromM;
    const double horizontal = std::sqrt(d.x * d.x + d.z * d.z);
    AimAngles aim;
    if (horizontal > 0.0) {
        aim.panDeg = std::atan2(-d.x, -d.z) * kRadToDeg;
        if (aim.panDeg <= -180.0)
            aim.panDeg = 180.0;   // atan2(-0, negative) is -180: keep pan in (-180, 180] as the rig does
    }
    if (horizontal > 0.0 || d.y != 0.0)
        aim.tiltDeg = std::atan2(d.y, horizontal) * kRadToDeg;
    return aim;
}

} // namespace murnau
