// Edits of the project's cameras, with every shot's reference to a camera's name kept in step.

#include "core/edit/camera_edits.h"

#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/scene/display_units.h"
#include "core/scene/project_checks.h"

namespace murnau {

namespace {

using namespace editing;

// The edit replacing camera `index` by `after`; a new name is carried into every shot that
// named the camera. Refused when `after` fails checkCamera or its name is taken.
Result<Edit> replaceCameraAt(const Project& project, std::size_t index, const CameraSetup& after, std::string name,
                             std::string_view mergeKey = {})
{
    if (auto error = checkNameFree(project.cameras, after.name, index, "a camera", cameraField(index) + ".name"))
        return *error;
    if (auto error = checkCamera(after, cameraField(index)))
        return *error;
    const CameraSetup& before = project.cameras[index];
    std::vector<Change> changes;
    changes.push_back(replaced(ItemList::Cameras, index, before, after));
    if (after.name != before.name) {
        for (std::size_t s = 0; s < project.scenes.size(); ++s) {
            const Scene& scene = project.scenes[s];
            for (std::size_t i = 0; i < scene.shots.size(); ++i) {
                if (scene.shots[i].camera != before.name)
                    continue;
                Shot shot = scene.shots[i];
                shot.camera = after.name;
                changes.push_back(replaced(ItemList::Shots, i, scene.shots[i], std::move(shot), s));
            }
        }
    }
    return makeEdit(std::move(name), std::move(changes), mergeKey);
}

// Finds camera `name`, lets `change` edit a copy, and names the edit with `name(copy)`.
template<typename Modify, typename Name>
Result<Edit> editCamera(const Project& project, std::string_view cameraName, Modify change, Name name,
                        std::string_view mergeKey = {})
{
    Result<std::size_t> index = findCameraIndex(project, cameraName);
    if (!index)
        return index.error();
    CameraSetup after = project.cameras[*index];
    change(after);
    return replaceCameraAt(project, *index, after, name(after), mergeKey);
}

std::string aspectText(std::optional<double> aspect)
{
    return aspect ? numberText(*aspect, 3) + ":1" : "full gate";
}

} // namespace

std::string uniqueCameraName(const Project& project, std::string_view base)
{
    return uniqueNameIn(project.cameras, base);
}

Result<Edit> addCamera(const Project& project, const CameraSetup& camera)
{
    const std::size_t index = project.cameras.size();
    if (auto error = checkRoomFor(project, CountedList::Cameras))
        return *error;
    if (auto error
        = checkNameFree(project.cameras, camera.name, std::nullopt, "a camera", cameraField(index) + ".name"))
        return *error;
    if (auto error = checkCamera(camera, cameraField(index)))
        return *error;
    return makeEdit("Add camera " + camera.name, {inserted(ItemList::Cameras, index, camera)});
}

Result<Edit> removeCamera(const Project& project, std::string_view name)
{
    Result<std::size_t> index = findCameraIndex(project, name);
    if (!index)
        return index.error();
    if (project.cameras.size() == 1)
        return fail("name", fmt::format("camera {} is the project's only camera; a project needs one", name));
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        const Scene& scene = project.scenes[s];
        for (std::size_t i = 0; i < scene.shots.size(); ++i) {
            if (scene.shots[i].camera == name) {
                return fail("name",
                            fmt::format("camera {} is used by {} of {} ({}); give the shot another camera first", name,
                                        shotLabel(scene.shots[i]), sceneLabel(scene, s), shotField(s, i)));
            }
        }
    }
    return makeEdit(fmt::format("Delete camera {}", name),
                    {removed(ItemList::Cameras, *index, project.cameras[*index])});
}

Result<Edit> renameCamera(const Project& project, std::string_view name, std::string_view newName)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.name = std::string(newName); },
        [&](const CameraSetup&) { return fmt::format("Rename camera {} to {}", name, newName); });
}

Result<Edit> setCameraSensor(const Project& project, std::string_view name, const SensorFormat& sensor)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.sensor = sensor; },
        [&](const CameraSetup&) { return fmt::format("Change {} sensor to {}", possessive(name), sensor.name); });
}

Result<Edit> setCameraLensKit(const Project& project, std::string_view name, const std::optional<LensKit>& lensKit)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.lensKit = lensKit; },
        [&](const CameraSetup&) {
            return lensKit ? fmt::format("Give {} the {} lenses", name, lensKit->name)
                           : fmt::format("Remove {} lens kit", possessive(name));
        });
}

Result<Edit> setDeliveryAspect(const Project& project, std::string_view name, std::optional<double> aspect)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.deliveryAspect = aspect; },
        [&](const CameraSetup&) { return fmt::format("Set {} delivery to {}", possessive(name), aspectText(aspect)); });
}

Result<Edit> setSqueeze(const Project& project, std::string_view name, double squeeze)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.squeeze = squeeze; },
        [&](const CameraSetup&) {
            return fmt::format("Set {} squeeze to {}\u00d7", possessive(name), numberText(squeeze, 3));
        });
}

Result<Edit> setCircleOfConfusion(const Project& project, std::string_view name, std::optional<double> cocMm)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.cocMm = cocMm; },
        [&](const CameraSetup&) {
            return cocMm ? fmt::format("Set {} circle of confusion to {} mm", possessive(name), numberText(*cocMm, 4))
                         : fmt::format("Use {} default circle of confusion", possessive(name));
        });
}

Result<Edit> moveCamera(const Project& project, std::string_view name, glm::dvec3 positionM, std::string_view mergeKey)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.positionM = positionM; },
        [&](const CameraSetup&) { return fmt::format("Move camera {}", name); }, mergeKey);
}

Result<Edit> aimCamera(const Project& project, std::string_view name, double panDeg, double tiltDeg, double rollDeg,
                       std::string_view mergeKey)
{
    return editCamera(
        project, name,
        [&](CameraSetup& camera) {
            camera.panDeg = panDeg;
            camera.tiltDeg = tiltDeg;
            camera.rollDeg = rollDeg;
        },
        [&](const CameraSetup&) { return fmt::format("Aim camera {}", name); }, mergeKey);
}

Result<Edit> setFocalLength(const Project& project, std::string_view name, double focalLengthMm,
                            std::string_view mergeKey)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.focalLengthMm = focalLengthMm; },
        [&](const CameraSetup&) { return fmt::format("Change focal length to {} mm", numberText(focalLengthMm, 1)); },
        mergeKey);
}

Result<Edit> setFocusDistance(const Project& project, std::string_view name, double focusDistanceM,
                              std::string_view mergeKey)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.focusDistanceM = focusDistanceM; },
        [&](const CameraSetup&) {
            return fmt::format("Focus {} at {}", name, formatLength(focusDistanceM, project.displayUnits));
        },
        mergeKey);
}

Result<Edit> setFStop(const Project& project, std::string_view name, double fStop, std::string_view mergeKey)
{
    return editCamera(
        project, name, [&](CameraSetup& camera) { camera.fStop = fStop; },
        [&](const CameraSetup&) { return fmt::format("Set {} stop to f/{}", possessive(name), numberText(fStop, 1)); },
        mergeKey);
}

Result<Edit> replaceCamera(const Project& project, std::string_view name, const CameraSetup& after)
{
    Result<std::size_t> index = findCameraIndex(project, name);
    if (!index)
        return index.error();
    const CameraSetup& before = project.cameras[*index];
    std::vector<std::string> names;
    if (after.name != before.name)
        names.push_back(fmt::format("Rename camera {} to {}", name, after.name));
    if (after.sensor != before.sensor)
        names.push_back(fmt::format("Change {} sensor to {}", possessive(name), after.sensor.name));
    if (after.lensKit != before.lensKit) {
        names.push_back(after.lensKit ? fmt::format("Give {} the {} lenses", name, after.lensKit->name)
                                      : fmt::format("Remove {} lens kit", possessive(name)));
    }
    if (after.deliveryAspect != before.deliveryAspect)
        names.push_back(fmt::format("Set {} delivery to {}", possessive(name), aspectText(after.deliveryAspect)));
    if (after.squeeze != before.squeeze)
        names.push_back(fmt::format("Set {} squeeze to {}\u00d7", possessive(name), numberText(after.squeeze, 3)));
    if (after.cocMm != before.cocMm)
        names.push_back(fmt::format("Change {} circle of confusion", possessive(name)));
    if (after.positionM != before.positionM)
        names.push_back(fmt::format("Move camera {}", name));
    if (after.panDeg != before.panDeg || after.tiltDeg != before.tiltDeg || after.rollDeg != before.rollDeg)
        names.push_back(fmt::format("Aim camera {}", name));
    if (after.focalLengthMm != before.focalLengthMm)
        names.push_back(fmt::format("Change focal length to {} mm", numberText(after.focalLengthMm, 1)));
    if (after.focusDistanceM != before.focusDistanceM)
        names.push_back(fmt::format("Focus {} at {}", name, formatLength(after.focusDistanceM, project.displayUnits)));
    if (after.fStop != before.fStop)
        names.push_back(fmt::format("Set {} stop to f/{}", possessive(name), numberText(after.fStop, 1)));
    std::string editName = names.size() == 1 ? names.front() : fmt::format("Change camera {}", name);
    return replaceCameraAt(project, *index, after, std::move(editName));
}

} // namespace murnau
