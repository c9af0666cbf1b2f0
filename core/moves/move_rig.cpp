// Move rigs: the shot skeleton, aim, standing camera and straight track every generator shares.

#include "core/moves/move_rig.h"

#include <utility>
#include <vector>

#include <glm/geometric.hpp>

#include "core/moves/move_keys.h"
#include "core/moves/move_text.h"

namespace murnau {

Result<MoveResult> beginMove(const MoveSpec& spec, const MoveStage& stage, std::string_view moveKey)
{
    MoveResult result;
    Shot& shot = result.shot;
    shot.camera = spec.camera.name;
    shot.move = std::string(moveKey);
    shot.frameRate = spec.frameRate;
    shot.durationFlicks = spec.durationFlicks;
    shot.cast = {spec.subject.name};
    CameraRig& rig = shot.rig;
    rig.aim = spec.aim;
    if (spec.aim == AimMode::LookAtActor)
        rig.aimActor = spec.subject.name;
    rig.focusActor = spec.subject.name;
    if (auto error = keyHold(rig, RigChannel::FStop, stage.fStop, "camera.fStop"))
        return *error;
    return result;
}

void describeMove(MoveResult& result, std::string description)
{
    result.shot.description = description;
    result.description = std::move(description);
}

AimAngles restingAimDeg(const MoveSpec& spec, const MoveStage& stage, const glm::dvec3& lensM) noexcept
{
    if (spec.aim == AimMode::LookAtActor)
        return {};
    return aimAnglesDeg(lensM, stage.eyesM);
}

std::optional<Error> keyRestingAim(CameraRig& rig, const MoveSpec& spec, const MoveStage& stage,
                                   const glm::dvec3& lensM)
{
    if (spec.aim == AimMode::LookAtActor)
        return std::nullopt;
    const AimAngles aim = restingAimDeg(spec, stage, lensM);
    if (auto error = keyHold(rig, RigChannel::Pan, aim.panDeg, "aim"))
        return error;
    return keyHold(rig, RigChannel::Tilt, aim.tiltDeg, "aim");
}

std::optional<Error> standCamera(CameraRig& rig, const MoveStage& stage, double horizontalM, double lensHeightM)
{
    rig.rail.reset();
    rig.originM = trackPointM(stage, horizontalM);
    // Heading towards the subject: the pan of -o, so the dolly's + direction pushes in.
    rig.headingDeg = aimAnglesDeg(rig.originM, stage.floorM).panDeg;
    return keyHold(rig, RigChannel::Pedestal, lensHeightM, "lensHeightM");
}

std::optional<Error> layStraightTrack(CameraRig& rig, const glm::dvec3& fromM, const glm::dvec3& toM,
                                      std::string_view field)
{
    Result<RailPath> path = makeCatmullRomPath(std::vector<glm::dvec3>{fromM, toM}, field);
    if (!path)
        return path.error();
    rig.rail = std::move(path).value();
    // The same track without the rail: removing the rail later leaves the camera where it was.
    rig.originM = fromM;
    rig.headingDeg = aimAnglesDeg(fromM, toM).panDeg;
    return std::nullopt;
}

std::string straightTrackEquipment(double lengthM)
{
    return "dolly on " + formatMetres(lengthM) + " of straight track";
}

} // namespace murnau
