#pragma once
// Edits of a shot's camera rig other than its keys (key_edits.h): the rail (lay, add/move/remove
// points, handles), the straight track, the aim and the focus actor, applying a move generator's
// result as one edit, and keying the camera at a pose. The shot is named by its Shot::id. Each
// builder makes the change through the RailPath makers and checks the result (checkCameraRig via
// checkShot) first, and returns the edit or an error naming the field
// ("scenes[0].shots[1].rig.rail.pointsM[2]") or the argument ("shotId", "index"); a returned
// edit applies to the project it was built from without fail.
//
// Drag-style builders take a `mergeKey`: the app passes the same non-empty key for every step
// of one drag (e.g. "key:sh-0003:dollyM#5"), and mergeEdits() makes the drag one undo step.

#include <cstddef>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/edit/edit.h"
#include "core/edit/key_edits.h"
#include "core/motion/curve.h"
#include "core/moves/move_result.h"
#include "core/rig/camera_rig.h"
#include "core/rig/rig_pose.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// "Lay a rail" / "Remove the rail": the whole track (nullopt = straight track along the heading).
// A RailPath made by makeCatmullRomPath / makeBezierPath.
Result<Edit> setRail(const Project& project, std::string_view shotId, const std::optional<RailPath>& rail);
// "Add rail point": inserts a point at `index` (<= point count) of the shot's rail; a Bezier
// point gets zero-length handles. A shot without a rail gets one from its straight track's origin
// to `pointM` (index ignored).
Result<Edit> addRailPoint(const Project& project, std::string_view shotId, std::size_t index, glm::dvec3 pointM);
// "Move rail point 2": a point of the rail, metres (a Bezier point carries its handles). Drag-style.
Result<Edit> moveRailPoint(const Project& project, std::string_view shotId, std::size_t index, glm::dvec3 pointM,
                           std::string_view mergeKey = {});
// "Delete rail point 2": refused when the rail would keep fewer than two points (remove the rail instead).
Result<Edit> removeRailPoint(const Project& project, std::string_view shotId, std::size_t index);
// "Shape rail at point 2": a Bezier rail point's handles, offsets from the point in metres. Drag-style.
Result<Edit> setRailHandles(const Project& project, std::string_view shotId, std::size_t index, glm::dvec3 inHandleM,
                            glm::dvec3 outHandleM, std::string_view mergeKey = {});
// "Place straight track": origin on the floor (metres) and heading (pan convention, degrees) of
// the straight track used without a rail. Drag-style.
Result<Edit> setStraightTrack(const Project& project, std::string_view shotId, glm::dvec3 originM, double headingDeg,
                              std::string_view mergeKey = {});

// "Look at Anna" / "Hold Anna's framing" / "Free the head": the aim mode and its actor (an
// actor of the project for LookAtActor and HoldFraming; ignored and cleared for Free).
Result<Edit> setAim(const Project& project, std::string_view shotId, AimMode aim, std::string_view actorName);
// "Hold Anna at 0.50 of the frame": HoldFraming's stature / frame height, in (0, 50]. Drag-style.
Result<Edit> setHoldFrameFraction(const Project& project, std::string_view shotId, double fraction,
                                  std::string_view mergeKey = {});
// "Focus on Anna" / "Focus by hand": the actor focus follows (empty: the focus channel rules).
Result<Edit> setFocusActor(const Project& project, std::string_view shotId, std::string_view actorName);
// "Replace rig": the whole rig at once, for tools that rebuild it (checked like any rig).
Result<Edit> replaceRig(const Project& project, std::string_view shotId, const CameraRig& rig);

// Applies a move generator's result to a shot, as ONE edit: the shot takes the result's rig,
// camera, frame rate, duration, cast, move, equipment and description (keeping its id, number,
// name, setup, props, notes and status), and when the result carries blocking it replaces (or
// adds) that actor's blocking in the shot's scene and the shot takes the result's action start
// (the new blocking's clock); without blocking the shot keeps its action start. Named after the move's
// description ("Track out from CU to WS of Anna, 35 mm, 6 s"), or "Apply move to shot 1A".
Result<Edit> applyMove(const Project& project, std::string_view shotId, const MoveResult& move);

// "Key camera at 2.00 s": keys at shot time `time` in the channels needed so the rig passes
// through `pose` there (rigChannelsForPose, with the aim and focus targets the shot evaluator
// resolves at `time`): the dolly, truck, pedestal, pan, tilt and roll channels, and the focal
// length unless the aim holds framing. A channel is keyed when it already has keys or its value
// at `time` must change (by more than 1e-9 of its unit); an empty channel already there is left
// empty. A key already at `time` keeps its shape and takes the new value; a new key takes the
// interpolation, handle type and easing of the key whose segment it splits (the first key's
// before the first; Bezier auto-clamped in an empty channel). One edit. Errors: the shot cannot
// be evaluated, "<rig>.positionM" when the camera stands beyond an end of the rail, or a value
// outside a channel's range ("<rig>.channels.truckM.key.value").
Result<Edit> keyCameraPose(const Project& project, std::string_view shotId, Flicks time, const CameraPose& pose);

} // namespace murnau
