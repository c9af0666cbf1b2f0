#pragma once
// Everything the plan view draws at one moment, built from the project in one call, so the app's
// plan view, the PDF shot list's plan and the CLI draw the same geometry and hit-test it
// (core/plan/plan_hit_test.h). Plan coordinates: world x, z in metres (core/plan/plan_geometry.h).
//
// What is shown:
//   no scene:           the set, the actors at their Actor positions, every camera setup where it stands;
//   a scene, no shot:   as above, with the scene's blocking, each blocked actor where the blocking puts
//                       them at scene action time `time`;
//   a scene and a shot: as above at action time Shot::actionStart + `time` (shot time), and the shot
//                       camera only, at shot time `time`, with its track, its path over the shot
//                       and the distance readouts to the shot's cast (every actor when the cast is empty).
// Distance readouts without a shot run from the first camera setup (the shot camera until shots exist).

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/plan/plan_outline.h"
#include "core/plan/plan_paths.h"
#include "core/scene/project.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// Default depth of the angle-of-view wedge along the lens axis, metres.
inline constexpr double kDefaultWedgeLengthM = 10.0;

// How finely and how far the plan draws.
struct PlanOptions {
    double outlineChordToleranceM = kDefaultOutlineChordToleranceM;   // cylinders and door swings, metres
    double pathChordToleranceM = kDefaultPathChordToleranceM;         // rails and walking paths, metres
    double wedgeLengthM = kDefaultWedgeLengthM;                       // depth of the wedge along the lens axis, metres
    std::int64_t cameraPathEveryFrames = 1;                           // the camera's path: one point every N frames (and the last frame)
};

// What to show.
struct PlanRequest {
    std::optional<std::size_t> sceneIndex;   // Project::scenes index; nullopt: no scene
    std::string shotId;                      // Shot::id of a shot of that scene; empty: no shot
    Flicks time = 0;                         // shot time with a shot, else scene action time
    PlanOptions options;
};

// A camera on the plan.
struct PlanCamera {
    std::string name;                 // CameraSetup::name
    std::size_t cameraIndex = 0;      // Project::cameras index
    std::string shotId;               // the shot whose rig places it; empty for a camera setup standing where it is set
    glm::dvec2 positionM{0.0};        // the lens, plan metres
    double heightM = 0.0;             // lens height (world y), metres
    double panDeg = 0.0;              // degrees
    double focalLengthMm = 0.0;       // millimetres
    PlanWedge wedge;                  // the horizontal angle of view
};

// The plan at one moment.
struct PlanScene {
    std::vector<glm::dvec2> floorM;              // the floor's corners, plan metres
    std::vector<PlanOutline> pieces;             // SetDescription::pieces order
    std::vector<PlanActor> actors;               // Project::actors order, where they are at the moment shown
    std::optional<std::size_t> sceneIndex;       // the scene shown, if any
    std::vector<PlanBlocking> blocking;          // Scene::blocking order (marks, walks, via points)
    std::string shotId;                          // the shot shown; empty for none
    std::optional<PlanTrack> track;              // the shot's track
    std::vector<PlanCameraSample> cameraPath;    // the shot camera's lens over the shot
    std::vector<PlanCamera> cameras;             // the shot camera, or every camera setup without a shot
    std::vector<PlanDistance> distances;         // lens-to-actor readouts (see above)
    PlanBounds boundsM;                          // extent of the floor and everything drawn except the wedges, plan metres
};

// Builds the plan. Errors name the input: "sceneIndex" (out of range), "shotId" (no such shot in the
// scene), "set.pieces[i]...", "scenes[s].blocking[i]..." (planBlocking), "scenes[s].shots[k]..."
// (ShotEvaluator::create, planTrack), "cameras[i]..." (a setup that gives no camera state), and the
// options: "outlineChordToleranceM", "pathChordToleranceM", "wedgeLengthM", "cameraPathEveryFrames".
Result<PlanScene> buildPlanScene(const Project& project, const PlanRequest& request);

} // namespace murnau
