// The plan at one moment: set, actors, blocking, the shot camera with its track, path, wedge and
// distance readouts.

#include "core/plan/plan_scene.h"

#include <algorithm>
#include <cmath>
#include <span>
#include <utility>

#include <fmt/format.h>

#include "core/scene/shot_evaluator.h"

namespace murnau {

namespace {

std::optional<Error> checkOptions(const PlanOptions& options)
{
    if (Result<double> t = checkedChordToleranceM(options.outlineChordToleranceM, "outlineChordToleranceM"); !t)
        return t.error();
    if (Result<double> t = checkedChordToleranceM(options.pathChordToleranceM, "pathChordToleranceM"); !t)
        return t.error();
    if (!std::isfinite(options.wedgeLengthM) || !(options.wedgeLengthM > 0.0) || options.wedgeLengthM > kMaxPlanCoordinateM) {
        return fail("wedgeLengthM", fmt::format("the wedge's length must be a positive number of metres up to {}, got {}",
                                                kMaxPlanCoordinateM, options.wedgeLengthM));
    }
    if (options.cameraPathEveryFrames < 1) {
        return fail("cameraPathEveryFrames",
                    fmt::format("must sample every 1 or more frames, got {}", options.cameraPathEveryFrames));
    }
    return std::nullopt;
}

// An error for an actor that cannot be placed on the plan (as ShotEvaluator checks them).
std::optional<Error> checkActor(const Actor& actor, std::size_t i)
{
    if (!std::isfinite(actor.heightM) || !(actor.heightM > 0.0))
        return fail(fmt::format("actors[{}].heightM", i), "the actor's height must be a positive number of metres");
    if (!std::isfinite(actor.positionM.x) || !std::isfinite(actor.positionM.y) || !std::isfinite(actor.positionM.z))
        return fail(fmt::format("actors[{}].positionM", i), "the actor's position must be finite");
    if (!std::isfinite(actor.facingDeg))
        return fail(fmt::format("actors[{}].facingDeg", i), "the actor's facing must be a finite number of degrees");
    return std::nullopt;
}

// `error` with its field put under `prefix` ("cameras[0]" + "positionM" -> "cameras[0].positionM").
Error under(const std::string& prefix, const Error& error)
{
    return fail(error.field.empty() ? prefix : prefix + "." + error.field, error.message);
}

std::optional<std::size_t> cameraIndexOf(const Project& project, const std::string& name)
{
    for (std::size_t i = 0; i < project.cameras.size(); ++i) {
        if (project.cameras[i].name == name)
            return i;
    }
    return std::nullopt;
}

Result<PlanCamera> planCamera(const CameraState& state, const CameraSetup& setup, std::size_t cameraIndex,
                              std::string shotId, double wedgeLengthM)
{
    Result<PlanWedge> wedge = planViewWedge(state, wedgeLengthM);
    if (!wedge)
        return wedge.error();
    PlanCamera camera;
    camera.name = setup.name;
    camera.cameraIndex = cameraIndex;
    camera.shotId = std::move(shotId);
    camera.positionM = planPoint(state.positionM);
    camera.heightM = state.positionM.y;
    camera.panDeg = state.panDeg;
    camera.focalLengthMm = state.focalLengthMm;
    camera.wedge = std::move(wedge).value();
    return camera;
}

// The shot's part of the plan: actors, track, path, camera and readouts at shot time `t`.
std::optional<Error> addShot(PlanScene& plan, const Project& project, const Scene& scene, std::size_t sceneIndex,
                             const Shot& shot, std::size_t shotIndex, Flicks t, const PlanOptions& options)
{
    const std::string sceneField = fmt::format("scenes[{}]", sceneIndex);
    const std::string shotField = fmt::format("{}.shots[{}]", sceneField, shotIndex);
    Result<ShotEvaluator> made = ShotEvaluator::create(project, scene, shot, shotField, sceneField);
    if (!made)
        return made.error();
    const ShotEvaluator& evaluator = made.value();

    const std::span<const Actor> actors = evaluator.actors();
    plan.actors.reserve(actors.size());
    for (std::size_t i = 0; i < actors.size(); ++i)
        plan.actors.push_back(planActor(i, actors[i], evaluator.actorPose(i, t)));

    Result<PlanTrack> track = planTrack(shot, options.pathChordToleranceM, shotField);
    if (!track)
        return track.error();
    plan.track = std::move(track).value();

    Result<std::vector<PlanCameraSample>> path = planCameraPath(evaluator, options.cameraPathEveryFrames);
    if (!path)
        return path.error();
    plan.cameraPath = std::move(path).value();

    const CameraState state = evaluator.cameraAt(t);
    const std::optional<std::size_t> cameraIndex = cameraIndexOf(project, shot.camera);
    if (!cameraIndex)
        return fail(shotField + ".camera", fmt::format("no camera setup is called \"{}\"", shot.camera));
    Result<PlanCamera> camera =
        planCamera(state, project.cameras[*cameraIndex], *cameraIndex, shot.id, options.wedgeLengthM);
    if (!camera)
        return under(shotField, camera.error());
    plan.cameras.push_back(std::move(camera).value());

    // The cast names were resolved by the evaluator; an empty cast means everyone.
    std::vector<std::size_t> cast;
    for (std::size_t i = 0; i < actors.size(); ++i) {
        if (shot.cast.empty() || std::find(shot.cast.begin(), shot.cast.end(), actors[i].name) != shot.cast.end())
            cast.push_back(i);
    }
    for (std::size_t i : cast)
        plan.distances.push_back(planDistance(state, i, actors[i], evaluator.actorPose(i, t)));
    return std::nullopt;
}

// The plan without a shot: actors at scene action time `t` (or where they stand), every camera setup.
std::optional<Error> addStill(PlanScene& plan, const Project& project, const Scene* scene, Flicks t,
                              const PlanOptions& options)
{
    plan.actors.reserve(project.actors.size());
    std::vector<ActorPose> poses;
    for (std::size_t i = 0; i < project.actors.size(); ++i) {
        const Actor& actor = project.actors[i];
        if (auto error = checkActor(actor, i))
            return error;
        ActorPose pose;
        pose.positionM = actor.positionM;
        pose.facingDeg = actor.facingDeg;
        if (scene != nullptr) {
            const auto blocking = std::find_if(scene->blocking.begin(), scene->blocking.end(),
                                               [&](const ActorBlocking& b) { return b.actor == actor.name; });
            if (blocking != scene->blocking.end())
                pose = evaluateBlocking(*blocking, t);
        }
        poses.push_back(pose);
        plan.actors.push_back(planActor(i, actor, pose));
    }

    for (std::size_t i = 0; i < project.cameras.size(); ++i) {
        const std::string field = fmt::format("cameras[{}]", i);
        Result<CameraState> state = cameraStateOf(project.cameras[i]);
        if (!state)
            return under(field, state.error());
        Result<PlanCamera> camera = planCamera(state.value(), project.cameras[i], i, {}, options.wedgeLengthM);
        if (!camera)
            return under(field, camera.error());
        plan.cameras.push_back(std::move(camera).value());
        if (i == 0) {
            for (std::size_t a = 0; a < project.actors.size(); ++a)
                plan.distances.push_back(planDistance(state.value(), a, project.actors[a], poses[a]));
        }
    }
    return std::nullopt;
}

} // namespace

Result<PlanScene> buildPlanScene(const Project& project, const PlanRequest& request)
{
    const PlanOptions& options = request.options;
    if (auto error = checkOptions(options))
        return *error;

    const Scene* scene = nullptr;
    if (request.sceneIndex) {
        if (*request.sceneIndex >= project.scenes.size()) {
            return fail("sceneIndex",
                        fmt::format("no scene {} (the project has {})", *request.sceneIndex, project.scenes.size()));
        }
        scene = &project.scenes[*request.sceneIndex];
    }
    const Shot* shot = nullptr;
    std::size_t shotIndex = 0;
    if (!request.shotId.empty()) {
        if (scene == nullptr)
            return fail("shotId", "a shot is shown within its scene: choose the scene too");
        const auto found = std::find_if(scene->shots.begin(), scene->shots.end(),
                                        [&](const Shot& s) { return s.id == request.shotId; });
        if (found == scene->shots.end())
            return fail("shotId", fmt::format("the scene has no shot with id \"{}\"", request.shotId));
        shot = &*found;
        shotIndex = static_cast<std::size_t>(found - scene->shots.begin());
    }

    PlanScene plan;
    plan.floorM = planFloor(project.set);
    Result<std::vector<PlanOutline>> pieces = planOutlines(project.set, options.outlineChordToleranceM);
    if (!pieces)
        return pieces.error();
    plan.pieces = std::move(pieces).value();

    if (scene != nullptr) {
        plan.sceneIndex = request.sceneIndex;
        plan.blocking.reserve(scene->blocking.size());
        for (std::size_t i = 0; i < scene->blocking.size(); ++i) {
            Result<PlanBlocking> blocking =
                planBlocking(scene->blocking[i], options.pathChordToleranceM,
                             fmt::format("scenes[{}].blocking[{}]", *request.sceneIndex, i));
            if (!blocking)
                return blocking.error();
            plan.blocking.push_back(std::move(blocking).value());
        }
    }

    if (shot != nullptr) {
        plan.shotId = shot->id;
        if (auto error = addShot(plan, project, *scene, *request.sceneIndex, *shot, shotIndex, request.time, options))
            return *error;
    } else if (auto error = addStill(plan, project, scene, request.time, options)) {
        return *error;
    }

    plan.boundsM.add(plan.floorM);
    for (const PlanOutline& piece : plan.pieces)
        plan.boundsM.add(piece.boundsM);
    for (const PlanActor& actor : plan.actors) {
        plan.boundsM.add(actor.positionM - glm::dvec2(actor.radiusM));
        plan.boundsM.add(actor.positionM + glm::dvec2(actor.radiusM));
    }
    for (const PlanBlocking& blocking : plan.blocking) {
        for (const PlanMark& mark : blocking.marks)
            plan.boundsM.add(mark.positionM);
        for (const PlanWalk& walk : blocking.walks)
            plan.boundsM.add(walk.path.pointsM);
    }
    if (plan.track)
        plan.boundsM.add(plan.track->path.pointsM);
    for (const PlanCameraSample& sample : plan.cameraPath)
        plan.boundsM.add(sample.positionM);
    for (const PlanCamera& camera : plan.cameras)
        plan.boundsM.add(camera.positionM);
    return plan;
}

} // namespace murnau
