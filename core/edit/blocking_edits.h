#pragma once
// Edits of the actors' blocking in a scene: marks (add, move, retime, turn, rename, remove),
// the via points of the walk into a mark, and "walk at 1.4 m/s" retiming. A scene is named by
// its index, an actor's blocking by the actor's name, a mark by its index in time order. Every
// change rebuilds the blocking with makeActorBlocking (so the walks are made) and checks it
// with checkBlocking first; the builder returns the edit or an error naming the field
// ("scenes[0].blocking[1].marks[2].arriveAtFlicks") or the argument ("sceneIndex", "actor",
// "markIndex"); a returned edit applies to the project it was built from without fail.
//
// Drag-style builders take a `mergeKey`: the app passes the same non-empty key for every step
// of one drag (e.g. "mark:0:Anna:1#4"), and mergeEdits() makes the drag one undo step.

#include <cstddef>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/edit/edit.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// "Add mark B for Anna": inserts `mark` among the actor's marks by its arrival time (its times
// must fit between the neighbours'); an actor without blocking in the scene gets blocking with
// this one mark.
Result<Edit> addMark(const Project& project, std::size_t sceneIndex, std::string_view actor, const Mark& mark);
// "Move Anna's mark B": its floor position, metres. Drag-style.
Result<Edit> moveMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                      glm::dvec3 positionM, std::string_view mergeKey = {});
// "Retime Anna's mark B": arrival and departure, scene action time in flicks (in order with
// the neighbouring marks). Drag-style.
Result<Edit> setMarkTimes(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          Flicks arriveAt, Flicks leaveAt, std::string_view mergeKey = {});
// "Turn Anna to 90° on mark B": facing while standing there, degrees in [-360, 360]. Drag-style.
Result<Edit> turnOnMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                        double facingDeg, std::string_view mergeKey = {});
// "Rename Anna's mark B to door".
Result<Edit> renameMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                        std::string_view name);
// "Delete Anna's mark B": the last mark removes the actor's blocking (they stand at their Actor position).
Result<Edit> removeMark(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex);
// "Clear Anna's blocking": the actor's whole blocking in the scene.
Result<Edit> removeBlocking(const Project& project, std::size_t sceneIndex, std::string_view actor);

// "Shape Anna's walk to B": all via points of the walk into mark `markIndex` (>= 1), metres.
Result<Edit> setViaPoints(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          const std::vector<glm::dvec3>& viaM);
// "Add a point to Anna's walk to B": inserts a via point at `viaIndex` (<= via count).
Result<Edit> addViaPoint(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                         std::size_t viaIndex, glm::dvec3 pointM);
// "Move a point of Anna's walk to B". Drag-style.
Result<Edit> moveViaPoint(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          std::size_t viaIndex, glm::dvec3 pointM, std::string_view mergeKey = {});
// "Remove a point from Anna's walk to B".
Result<Edit> removeViaPoint(const Project& project, std::size_t sceneIndex, std::string_view actor,
                            std::size_t markIndex, std::size_t viaIndex);

// "Walk Anna to B at 1.40 m/s": retimes the walk into mark `markIndex` (>= 1) so it runs at
// `speedMps` (arrivalForWalkingSpeed); that mark and every later one shift by the same time, so
// the holds and later walks keep their durations.
Result<Edit> setWalkSpeed(const Project& project, std::size_t sceneIndex, std::string_view actor, std::size_t markIndex,
                          double speedMps);

// "Key Anna at 2.00 s": puts the actor at `positionM` (metres) facing `facingDeg` (pan convention,
// wrapped into (-180, 180]) at scene action time `actionTime`. Where they stand on a mark then
// (evaluateBlocking: not walking, or at the very instant they leave it), that mark is moved and
// turned; where they walk between two marks, a new mark is inserted there, arriving and leaving
// at `actionTime` (the via points of the walk stay with the later mark); an actor without
// blocking in the scene gets blocking with this one mark. A new mark is named by the first free
// capital letter (then "K1", "K2"...). Errors as the other builders ("sceneIndex", "actor", fields).
Result<Edit> keyActorPose(const Project& project, std::size_t sceneIndex, std::string_view actor, Flicks actionTime,
                          glm::dvec3 positionM, double facingDeg);

} // namespace murnau
