#pragma once
// Edits of the project's cameras (body, lens kit, delivery format, lens and placement). A camera
// is named by its name (unique in the project); a rename updates every shot that names it in
// the same edit. Each builder checks the new camera with checkCamera first and returns the
// edit, or an error naming the field ("cameras[0].focalLengthMm") or the argument ("name"); a
// returned edit applies to the project it was built from without fail. Distances in names
// follow the project's display units; focal lengths are always millimetres.
//
// Drag-style builders take a `mergeKey`: the app passes the same non-empty key for every step
// of one drag (e.g. "focal:A#3"), and mergeEdits() makes the drag one undo step.

#include <optional>
#include <string>
#include <string_view>

#include <glm/vec3.hpp>

#include "core/edit/edit.h"
#include "core/optics/sensor.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// A name for a new camera not yet used: `base` itself if free, else "base 2", "base 3"...
[[nodiscard]] std::string uniqueCameraName(const Project& project, std::string_view base);

// "Add camera B": appends `camera` (its name must be new).
Result<Edit> addCamera(const Project& project, const CameraSetup& camera);
// "Delete camera B". Refused for the last camera (a project needs one) and for a camera a
// shot still uses (the error names the shot: give it another camera first).
Result<Edit> removeCamera(const Project& project, std::string_view name);
// "Rename camera A to Main": the camera and every shot's camera field.
Result<Edit> renameCamera(const Project& project, std::string_view name, std::string_view newName);
// "Change A's sensor to ARRI ALEXA Mini LF": the body's gate (a preset or a custom gate).
Result<Edit> setCameraSensor(const Project& project, std::string_view name, const SensorFormat& sensor);
// "Give A the Cooke S4/i lenses" / "Remove A's lens kit": the lenses available (nullopt = any focal length).
Result<Edit> setCameraLensKit(const Project& project, std::string_view name, const std::optional<LensKit>& lensKit);
// "Set A's delivery to 2.39:1" / "Set A's delivery to full gate": projected width/height.
Result<Edit> setDeliveryAspect(const Project& project, std::string_view name, std::optional<double> aspect);
// "Set A's squeeze to 2×": anamorphic squeeze (1 = spherical).
Result<Edit> setSqueeze(const Project& project, std::string_view name, double squeeze);
// "Set A's circle of confusion to 0.025 mm" / "Use A's default circle of confusion": millimetres.
Result<Edit> setCircleOfConfusion(const Project& project, std::string_view name, std::optional<double> cocMm);
// "Move camera A": the entrance pupil, metres. Drag-style.
Result<Edit> moveCamera(const Project& project, std::string_view name, glm::dvec3 positionM,
                        std::string_view mergeKey = {});
// "Aim camera A": pan, tilt and roll, degrees (camera_state.h convention). Drag-style.
Result<Edit> aimCamera(const Project& project, std::string_view name, double panDeg, double tiltDeg, double rollDeg,
                       std::string_view mergeKey = {});
// "Change focal length to 35 mm": millimetres. Drag-style.
Result<Edit> setFocalLength(const Project& project, std::string_view name, double focalLengthMm,
                            std::string_view mergeKey = {});
// "Focus A at 3.20 m": focus distance from the film plane, metres. Drag-style.
Result<Edit> setFocusDistance(const Project& project, std::string_view name, double focusDistanceM,
                              std::string_view mergeKey = {});
// "Set A's stop to f/4": the f-number. Drag-style.
Result<Edit> setFStop(const Project& project, std::string_view name, double fStop, std::string_view mergeKey = {});
// "Change camera A": replaces the whole camera by `after` (a new name renames it, with every
// shot's reference), for inspector forms that change several fields at once.
Result<Edit> replaceCamera(const Project& project, std::string_view name, const CameraSetup& after);

} // namespace murnau
