#pragma once
// The parts every move generator builds the same way: the shot around the rig (camera, rate,
// duration, cast, focus on the subject), the aim, the stop, and where the camera stands or
// runs (a straight track is a two-point rail: exactly the line between its ends, travelled
// at uniform speed, see spline.h).

#include <optional>
#include <string>
#include <string_view>

#include <glm/vec3.hpp>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/util/result.h"

namespace murnau {

// A MoveResult with its shot set up from the spec: camera name, frame rate, duration, cast
// (the subject), `moveKey` as Shot::move, focus following the subject's eyes, the aim mode
// (look-at aims at the subject), and the camera's f-stop held. Channels of the move itself
// are keyed by the generator. Fails only on an f-stop outside its channel's range.
Result<MoveResult> beginMove(const MoveSpec& spec, const MoveStage& stage, std::string_view moveKey);

// Sets the shot's description (and MoveResult::description) to `description`.
void describeMove(MoveResult& result, std::string description);

// The head's angles before the move turns it: zero offsets under look-at aim, the pan and tilt
// that aim a lens at `lensM` at the subject's eyes under free aim.
[[nodiscard]] AimAngles restingAimDeg(const MoveSpec& spec, const MoveStage& stage, const glm::dvec3& lensM) noexcept;

// Under free aim, holds pan and tilt at restingAimDeg(); under look-at, leaves them empty
// (zero offsets). Errors name "aim".
std::optional<Error> keyRestingAim(CameraRig& rig, const MoveSpec& spec, const MoveStage& stage,
                                   const glm::dvec3& lensM);

// A camera that does not travel: no rail, the straight track's origin at the floor point
// `horizontalM` out from the subject and its heading towards the subject (so dolly keys added
// later push in), the lens held at `lensHeightM`. Errors name "lensHeightM".
std::optional<Error> standCamera(CameraRig& rig, const MoveStage& stage, double horizontalM, double lensHeightM);

// A straight track from floor point `fromM` to `toM` as a two-point rail; its length is |to - from|.
// Errors name `field` for ends closer than kMinRailPointSpacingM.
std::optional<Error> layStraightTrack(CameraRig& rig, const glm::dvec3& fromM, const glm::dvec3& toM,
                                      std::string_view field);

// "dolly on 7.2 m of straight track": the equipment line of a straight track.
[[nodiscard]] std::string straightTrackEquipment(double lengthM);

} // namespace murnau
