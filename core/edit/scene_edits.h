#pragma once
// Edits of the scenes and the shot list: add, duplicate, remove and reorder scenes and shots,
// and every shot-list field of a shot. A scene is named by its index in Project::scenes, a shot
// by its Shot::id (stable and unique in the project; never shown). Each builder checks what it
// changes (checkScene, checkShot) first and returns the edit, or an error naming the field
// ("scenes[0].shots[2].durationFlicks") or the argument ("sceneIndex", "shotId"); a returned
// edit applies to the project it was built from without fail. The rig of a shot is edited
// with rig_edits.h.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// Where a shot is: its scene and its index in the scene's shot list.
struct ShotPlace {
    std::size_t sceneIndex = 0;
    std::size_t shotIndex = 0;
    friend bool operator==(const ShotPlace&, const ShotPlace&) = default;
};
// The place of the shot with this id; error "shotId" if there is none.
Result<ShotPlace> findShot(const Project& project, std::string_view shotId);

// `count` shot ids not used in the project: "sh-0001", "sh-0002"... counting on from the
// largest number of an id of that form already present.
[[nodiscard]] std::vector<std::string> newShotIds(const Project& project, std::size_t count = 1);
// The first number `base` + a letter ("1A", "1B", ... "1Z") no shot of `scene` has, for a shot
// added after shot `base`; `base` + "+" when every letter is taken.
[[nodiscard]] std::string freeShotNumber(const Scene& scene, const std::string& base);

// The text fields of a scene heading.
enum class SceneText {
    Number, // "12A"
    Name, // "Anna finds the warehouse empty"
    Location, // "WAREHOUSE"
    TimeOfDay, // "NIGHT"
};

// "Add scene 12": inserts `scene` at `index` (<= scene count); its shots' ids must be new
// (empty ids are given newShotIds()).
Result<Edit> addScene(const Project& project, std::size_t index, const Scene& scene);
// "Duplicate scene 12": a copy after it, with the same blocking and copies of its shots under new ids.
Result<Edit> duplicateScene(const Project& project, std::size_t sceneIndex);
// "Delete scene 12": the scene with its blocking and shots.
Result<Edit> removeScene(const Project& project, std::size_t sceneIndex);
// "Move scene 12 to position 3": takes the scene out and inserts it so it ends at `toIndex`
// (both 0-based; the name counts from 1).
Result<Edit> moveScene(const Project& project, std::size_t fromIndex, std::size_t toIndex);
// "Set scene 12's location to “CORRIDOR”": one text field of the heading.
Result<Edit> setSceneText(const Project& project, std::size_t sceneIndex, SceneText field, std::string_view text);
// "Set scene 12 to EXT".
Result<Edit> setSceneIntExt(const Project& project, std::size_t sceneIndex, IntExt intExt);

// The text fields of a shot.
enum class ShotText {
    Number, // "1A"
    Name, // "Anna alone in the warehouse"
    Description, // paragraphs
    Setup, // "A1"
    Move, // "trackout"
    Notes, // paragraphs
};

// "Add shot 1A": inserts `shot` into scene `sceneIndex` at `index` (<= its shot count); an
// empty id is given newShotIds(), a non-empty one must be new.
Result<Edit> addShot(const Project& project, std::size_t sceneIndex, std::size_t index, const Shot& shot);
// "Duplicate shot 1A": a copy after it under a new id (same number, the user renumbers).
Result<Edit> duplicateShot(const Project& project, std::string_view shotId);
// "Delete shot 1A".
Result<Edit> removeShot(const Project& project, std::string_view shotId);
// "Move shot 1A": takes the shot out and inserts it into scene `toSceneIndex` so it ends at
// `toIndex` in that scene's list (reorder within a scene or move to another).
Result<Edit> moveShot(const Project& project, std::string_view shotId, std::size_t toSceneIndex, std::size_t toIndex);
// "Set shot 1A's name to “Anna alone”" / "Renumber shot 1A to 2": one text field.
Result<Edit> setShotText(const Project& project, std::string_view shotId, ShotText field, std::string_view text);
// "Use camera B for shot 1A": the camera the shot uses (a camera of the project).
Result<Edit> setShotCamera(const Project& project, std::string_view shotId, std::string_view cameraName);
// "Set shot 1A to 25 fps": the shot's frame rate (one of standardFrameRates()).
Result<Edit> setShotFrameRate(const Project& project, std::string_view shotId, FrameRate frameRate);
// "Set shot 1A's length to 6.00 s": duration in flicks, > 0 and at most 24 h. Keys after the
// end stay (they shape the curve's approach); drag-style.
Result<Edit> setShotDuration(const Project& project, std::string_view shotId, Flicks durationFlicks,
                             std::string_view mergeKey = {});
// "Start shot 1A at 2.00 s of the action": the scene action time at the shot's time 0. Drag-style.
Result<Edit> setShotActionStart(const Project& project, std::string_view shotId, Flicks actionStart,
                                std::string_view mergeKey = {});
// "Set shot 1A's cast": actor names (each an actor of the project, once).
Result<Edit> setShotCast(const Project& project, std::string_view shotId, const std::vector<std::string>& cast);
// "Set shot 1A's props": one line each.
Result<Edit> setShotProps(const Project& project, std::string_view shotId, const std::vector<std::string>& props);
// "Set shot 1A's equipment": one line each ("dolly + 16 ft straight track").
Result<Edit> setShotEquipment(const Project& project, std::string_view shotId,
                              const std::vector<std::string>& equipment);
// "Mark shot 1A approved".
Result<Edit> setShotStatus(const Project& project, std::string_view shotId, ShotStatus status);

} // namespace murnau
