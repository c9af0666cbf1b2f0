// murnau-cli plan: generates a camera move (core/moves/move_catalog.h) as the shot(s) of a new
// scene and writes the project file: a track out, a zoom out, the two matched for comparison, a
// dolly zoom, a backwards tracking shot, an orbit, an extended pull back, a pedestal, a truck, a
// pan, tilt or roll, a tilt-track or a static shot, on a plain floor or on the set of an
// existing project.

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/camera_options.h"
#include "app/cli/plan_moves.h"
#include "app/cli/plan_spec.h"
#include "app/cli/verbs.h"
#include "core/scene/project_json.h"
#include "core/scene/shot_evaluator.h"

namespace murnau::cli {

namespace {

constexpr OptionSpec kOutputOption{"-o", "PROJECT",
                                   "the project file to write (required; replaced atomically, the old one kept as .bak)"};

constexpr std::array<OptionSpec, 26> kOptions{
    kOutputOption,  kSetOption,        kSubjectOption, kStatureOption, kCameraNameOption, kSensorOption,
    kAspectOption,  kSqueezeOption,    kFocalOption,   kStopOption,    kDurationOption,   kRateOption,
    kTimingOption,  kRampOption,       kFromOption,    kToOption,      kToFocalOption,    kWalkSpeedOption,
    kRunUpOption,   kRadiusOption,     kSweepOption,   kRiseOption,    kTruckOption,      kAxisOption,
    kAngleOption,   kTiltOption,
};

constexpr double kMinFloorSizeM = 40.0;      // the plain floor's side at least, metres (a Project's default floor)
constexpr double kFloorMarginM = 5.0;        // floor beyond the farthest the camera goes, metres
constexpr double kMaxFloorSizeM = 10000.0;   // the file format's largest floor side, metres

// The first "sh-0001", "sh-0002" ... that no shot of `project` and none of `taken` has.
std::string freeShotId(const Project& project, const std::vector<Shot>& taken)
{
    const auto has = [](const std::vector<Shot>& shots, const std::string& id) {
        return std::any_of(shots.begin(), shots.end(), [&](const Shot& shot) { return shot.id == id; });
    };
    for (int n = 1;; ++n) {
        std::string id = fmt::format("sh-{:04}", n);
        const bool used = has(taken, id) || std::any_of(project.scenes.begin(), project.scenes.end(),
                                                        [&](const Scene& scene) { return has(scene.shots, id); });
        if (!used)
            return id;
    }
}

// The first scene number "1", "2" ... from the project's scene count on that no scene has.
std::string freeSceneNumber(const Project& project)
{
    for (std::size_t n = project.scenes.size() + 1;; ++n) {
        std::string number = std::to_string(n);
        if (std::none_of(project.scenes.begin(), project.scenes.end(),
                         [&](const Scene& scene) { return scene.number == number; }))
            return number;
    }
}

// The generated shots as a new scene (with the subject's walk of a leading shot), numbered 1, 2.
Scene planScene(const Project& project, const MoveInfo& move, const std::string& cameraName,
                const std::vector<MoveResult>& results)
{
    Scene scene;
    scene.number = freeSceneNumber(project);
    scene.name = results.front().description;
    scene.location = project.set.name;
    scene.timeOfDay = "DAY";
    for (std::size_t i = 0; i < results.size(); ++i) {
        if (results[i].blocking)
            scene.blocking.push_back(*results[i].blocking);
        Shot shot = results[i].shot;
        shot.id = freeShotId(project, scene.shots);
        shot.number = std::to_string(i + 1);
        shot.name = std::string(i == 0 ? move.shotName : move.secondShotName);
        shot.setup = cameraName;
        scene.shots.push_back(std::move(shot));
    }
    return scene;
}

// A new project's floor: square, centred on the subject at the origin, reaching past the farthest
// the camera goes (its distance from the subject plus the track it travels) by a margin.
double floorSideM(const std::vector<MoveResult>& results)
{
    double reachM = 0.0;
    for (const MoveResult& result : results) {
        const MoveSummary& summary = result.summary;
        reachM = std::max(reachM, std::max(summary.startDistanceM, summary.endDistanceM) + summary.trackLengthM);
    }
    return std::min(kMaxFloorSizeM, std::max(kMinFloorSizeM, 2.0 * std::ceil(reachM + kFloorMarginM)));
}

// What was written, as JSON and text.
VerbOutput describePlan(const std::string& path, const Scene& scene, const murnau::CameraSetup& camera,
                        const std::vector<MoveResult>& results)
{
    VerbOutput output;
    output.json["project"] = path;
    output.json["scene"] = scene.number;
    output.json["camera"] = camera.name;
    output.json["shots"] = nlohmann::ordered_json::array();
    output.text = fmt::format("Wrote {}: scene {}, camera {} ({}, {:g} mm, f/{:g})\n", path, scene.number, camera.name,
                              camera.sensor.name, results.front().summary.startFocalLengthMm, camera.fStop);
    for (std::size_t i = 0; i < scene.shots.size(); ++i) {
        const Shot& shot = scene.shots[i];
        const MoveSummary& summary = results[i].summary;
        output.json["shots"].push_back({
            {"id", shot.id},
            {"number", shot.number},
            {"move", shot.move},
            {"description", shot.description},
            {"start_distance_m", summary.startDistanceM},
            {"end_distance_m", summary.endDistanceM},
            {"start_focal_mm", summary.startFocalLengthMm},
            {"end_focal_mm", summary.endFocalLengthMm},
            {"track_length_m", summary.trackLengthM},
            {"lens_rise_m", summary.lensRiseM},
        });
        output.text += fmt::format("Shot {} ({}): {}\n", shot.number, shot.id, shot.description);
        output.text += fmt::format("  distance {:.3f} m to {:.3f} m, focal length {:.1f} mm to {:.1f} mm, {}{}\n",
                                   summary.startDistanceM, summary.endDistanceM, summary.startFocalLengthMm,
                                   summary.endFocalLengthMm,
                                   summary.trackLengthM > 0.0 ? fmt::format("{:.2f} m of track", summary.trackLengthM)
                                                              : std::string("no track"),
                                   summary.lensRiseM != 0.0 ? fmt::format(", lens rises {:.2f} m", summary.lensRiseM)
                                                            : std::string());
    }
    return output;
}

Result<VerbOutput> runPlan(const Arguments& arguments)
{
    const Result<const MoveInfo*> move = readPlanMove(arguments);
    if (!move)
        return move.error();
    const Result<std::string> path = arguments.required(kOutputOption.name);
    if (!path)
        return path.error();
    Result<PlanBase> read = readPlanBase(arguments);
    if (!read)
        return read.error();
    PlanBase base = std::move(read).value();

    Result<std::vector<MoveResult>> generated = generatePlanMove(**move, arguments, base.spec);
    if (!generated)
        return generated.error();
    const std::vector<MoveResult> results = std::move(generated).value();

    Project& project = base.project;
    Scene scene = planScene(project, **move, base.spec.camera.name, results);
    project.cameras.push_back(base.spec.camera);
    project.scenes.push_back(std::move(scene));
    if (base.newProject) {
        project.title = results.front().description;
        const double sideM = floorSideM(results);
        project.set.floorSizeM = {sideM, sideM};
    }

    // The camera setup rests where the move starts (its placement when no shot plays).
    const Scene& added = project.scenes.back();
    const std::string sceneField = fmt::format("scenes[{}]", project.scenes.size() - 1);
    const Result<ShotEvaluator> evaluator =
        ShotEvaluator::create(project, added, added.shots.front(), sceneField + ".shots[0]", sceneField);
    if (!evaluator)
        return fail(std::string((*move)->key), evaluator.error().describe());
    const CameraState start = evaluator->cameraAt(0);
    murnau::CameraSetup& camera = project.cameras.back();
    camera.positionM = start.positionM;
    camera.panDeg = start.panDeg;
    camera.tiltDeg = start.tiltDeg;
    camera.rollDeg = start.rollDeg;
    camera.focalLengthMm = start.focalLengthMm;
    camera.focusDistanceM = start.focusDistanceM;

    const Result<bool> saved = saveProject(project, std::filesystem::path(*path));
    if (!saved)
        return saved.error();
    spdlog::debug("wrote {}: scene {} with {} shot(s), camera {}", *path, added.number, added.shots.size(),
                  camera.name);
    return describePlan(*path, added, camera, results);
}

} // namespace

const Verb& planVerb() noexcept
{
    static const Verb verb{
        "plan",
        "generate a camera move as a shot and write it to a project file",
        "plan MOVE -o PROJECT [--set PROJECT] [subject, camera, time and framing options] [--json]",
        "MOVE is one of:\n"
        "  trackout   the camera travels on a straight track from --from to --to at a fixed lens (CU to WS)\n"
        "  zoomout    the camera stands at --from's distance and zooms to --to (a shot size) or --to-focal\n"
        "             (CU to WS)\n"
        "  compare    two shots with the same start and end framing: the track out, and a zoom from its start\n"
        "             position matched to it on every frame (f2 / f1 = d1 / d2; MCU to FS)\n"
        "  dollyzoom  the camera travels to --to metres (or until --to-focal) while the focal length keeps\n"
        "             f / d, and so the subject's size, constant (holds MCU)\n"
        "  follow     backwards tracking shot: the actor walks at --walk-speed towards the camera, which\n"
        "             retreats at the same pace holding --from (MS)\n"
        "  orbit      the camera circles the subject by --sweep degrees at --from (or --radius), spiralling to\n"
        "             --to if given (MS, 90 degrees)\n"
        "  pullback   extended pull back, the distance growing geometrically from --from to --to (CU to EWS),\n"
        "             optionally rising on a crane by --rise metres over the second half\n"
        "  pedestal   the camera frames --from (MS) and the lens rises by --rise metres (1; negative sinks)\n"
        "  truck      the camera frames --from (MS) and travels sideways by --truck metres (2; + to its right)\n"
        "  head       the camera frames --from (MS) and the head turns --angle degrees (30) about --axis\n"
        "             (pan, tilt or roll)\n"
        "  tilttrack  a track from --from to --to (MCU to WS) while the head tilts --tilt degrees (20, + up)\n"
        "             and the lens rises --rise metres (0)\n"
        "  static     the camera frames --from (MS) and nothing moves\n"
        "The lens stays at the subject's eye height and looks at their eyes; focus follows them. The move is\n"
        "added as a new scene (with the subject's walk for follow) using a new camera setup, placed where the\n"
        "move starts. Defaults: a super35 full gate, 35 mm at f/2.8, 6 s at 24 fps (or the --set project's\n"
        "rate), eased in and out; without --set a plain floor with one actor, Subject, 1.75 m tall, at the\n"
        "origin facing -Z. Distances are lens to eyes; a shot size is solved as d = v H f / h (v the size's\n"
        "nominal statures in frame, H the stature, h the gate height). The file is saved atomically.\n"
        "JSON: {\"project\", \"scene\", \"camera\", \"shots\": [{\"id\", \"number\", \"move\", \"description\",\n"
        "\"start_distance_m\", \"end_distance_m\", \"start_focal_mm\", \"end_focal_mm\", \"track_length_m\",\n"
        "\"lens_rise_m\"}]}.\n",
        kOptions,
        &runPlan,
        kMoveOperand,
    };
    return verb;
}

} // namespace murnau::cli
