// murnau-cli sample: a project's shots evaluated frame by frame, the camera as the crew and the
// interchange formats read it (position, pan/tilt/roll, lens, angles of view) and how it frames
// each actor in front of it.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/project_options.h"
#include "app/cli/verbs.h"
#include "core/optics/lens.h"
#include "core/optics/shot_size.h"
#include "core/scene/shot_evaluator.h"
#include "core/time/frame_rate.h"
#include "core/time/timecode.h"

namespace murnau::cli {

namespace {

constexpr OptionSpec kEveryOption{"--every", "N",
                                  "sample every Nth frame: frames 0, N, 2N, ... and always the last (default 1)"};

constexpr std::array<OptionSpec, 2> kOptions{kShotOption, kEveryOption};

// Samples one run writes at most, over all its shots: a 24-hour shot at 60 fps is 5,184,000 frames,
// and its JSON would take gigabytes of memory before the first byte is written.
constexpr std::int64_t kMaxSamples = 200000;

// The label of frame `frame` counted from the shot's start: drop-frame at 29.97 and 59.94, else
// non-drop; nullopt beyond a timecode day.
std::optional<std::string> shotTimecode(std::int64_t frame, FrameRate rate)
{
    const Result<Timecode> label = frameToTimecode(frame, rate, rate.supportsDropFrame());
    if (!label)
        return std::nullopt;
    return formatTimecode(*label);
}

// One frame as JSON, plus its line of the text table.
struct SampledFrame {
    nlohmann::ordered_json json;
    std::string line;
};

Result<SampledFrame> describeSample(const ShotSample& sample, const ShotEvaluator& evaluator)
{
    const CameraState& camera = sample.camera;
    const Result<AngleOfView> aov = angleOfView(camera.gate, camera.focalLengthMm);
    if (!aov)
        return aov.error();
    const std::optional<std::string> timecode = shotTimecode(sample.frame, evaluator.frameRate());

    nlohmann::ordered_json actors = nlohmann::ordered_json::array();
    std::string actorText;
    for (std::size_t i = 0; i < sample.actors.size(); ++i) {
        const std::optional<ActorFraming>& framing = sample.actors[i].framing;
        if (!framing)
            continue;   // eyes behind the lens: not in the picture
        const std::string& name = evaluator.actors()[i].name;
        const std::string_view size = shotSizeCode(framing->shotSize);
        actors.push_back({
            {"name", name},
            {"distance_m", framing->distanceM},
            {"frame_fraction", framing->subjectFraction},
            {"shot_size", std::string(size)},
        });
        actorText += fmt::format("{}{} {:.2f} m {:.3f} {}", actorText.empty() ? "" : "; ", name, framing->distanceM,
                                 framing->subjectFraction, size);
    }

    SampledFrame result;
    result.json = {
        {"frame", sample.frame},
        {"seconds", sample.seconds},
        {"timecode", timecode ? nlohmann::ordered_json(*timecode) : nlohmann::ordered_json(nullptr)},
        {"position_m", {camera.positionM.x, camera.positionM.y, camera.positionM.z}},
        {"pan_deg", camera.panDeg},
        {"tilt_deg", camera.tiltDeg},
        {"roll_deg", camera.rollDeg},
        {"focal_mm", camera.focalLengthMm},
        {"focus_m", camera.focusDistanceM},
        {"fstop", camera.fStop},
        {"hfov_deg", aov->horizontalDeg},
        {"vfov_deg", aov->verticalDeg},
        {"actors", actors},
    };
    result.line = fmt::format("{:>6}  {:<11}  {:>8.3f}  {:>8.3f} {:>8.3f} {:>8.3f}  {:>7.2f} {:>6.2f} {:>6.2f}  "
                              "{:>6.1f} {:>7.2f} {:>5.1f}  {:>6.2f} {:>6.2f}  {}\n",
                              sample.frame, timecode.value_or("--"), sample.seconds, camera.positionM.x,
                              camera.positionM.y, camera.positionM.z, camera.panDeg, camera.tiltDeg, camera.rollDeg,
                              camera.focalLengthMm, camera.focusDistanceM, camera.fStop, aov->horizontalDeg,
                              aov->verticalDeg, actorText.empty() ? "-" : actorText);
    return result;
}

Result<VerbOutput> runSample(const Arguments& arguments)
{
    std::int64_t everyFrames = 1;
    if (const auto everyText = arguments.value(kEveryOption.name)) {
        const Result<std::int64_t> every =
            parseCount(*everyText, kEveryOption.name, "a whole number of frames, 1 or more");
        if (!every)
            return every.error();
        if (*every < 1)
            return fail(std::string(kEveryOption.name),
                        fmt::format("must be a whole number of frames, 1 or more, got {}", *everyText));
        everyFrames = *every;
    }

    const Result<Project> project = readProjectOperand(arguments);
    if (!project)
        return project.error();
    const Result<std::vector<ShotInProject>> shots = selectShots(*project, arguments);
    if (!shots)
        return shots.error();

    VerbOutput output;
    output.json["fps"] = frameRateLabel(project->frameRate);
    output.json["shots"] = nlohmann::ordered_json::array();
    if (shots->empty())
        output.text = "The project has no shots.\n";

    std::int64_t sampleCount = 0;
    for (const ShotInProject& place : *shots) {
        const Result<ShotEvaluator> evaluator =
            ShotEvaluator::create(*project, *place.scene, *place.shot, place.shotField, place.sceneField);
        if (!evaluator)
            return evaluator.error();
        // Frames 0, N, 2N, ... and the last: at most frameCount / N + 2 samples, counted before sampling.
        sampleCount += evaluator->frameCount() / everyFrames + 2;
        if (sampleCount > kMaxSamples) {
            return fail(std::string(kEveryOption.name),
                        fmt::format("sampling every {} would give more than {} samples (shot {} alone has {} frames); "
                                    "sample fewer frames with a larger --every, or one shot at a time with --shot",
                                    everyFrames == 1 ? std::string("frame") : fmt::format("{} frames", everyFrames),
                                    kMaxSamples, place.shot->id, evaluator->frameCount()));
        }
        const Result<std::vector<ShotSample>> samples = evaluator->sampleShot(everyFrames);
        if (!samples)
            return fail(std::string(kEveryOption.name), samples.error().message);
        spdlog::debug("{} ({}): {} frames, {} samples", place.shot->id, place.shotField, evaluator->frameCount(),
                      samples->size());

        nlohmann::ordered_json shotJson;
        shotJson["id"] = place.shot->id;
        const FrameRate rate = evaluator->frameRate();
        if (rate != project->frameRate)
            shotJson["fps"] = frameRateLabel(rate);
        nlohmann::ordered_json frames = nlohmann::ordered_json::array();

        if (!output.text.empty())
            output.text += "\n";
        output.text += fmt::format("Shot {} (scene {}, shot {}) at {} fps{}: {} frames, sampled every {}\n",
                                   place.shot->id, place.scene->number, place.shot->number, frameRateLabel(rate),
                                   rate.supportsDropFrame() ? ", drop-frame timecode" : "", evaluator->frameCount(),
                                   everyFrames == 1 ? std::string("frame") : fmt::format("{} frames", everyFrames));
        output.text += fmt::format("{:>6}  {:<11}  {:>8}  {:>8} {:>8} {:>8}  {:>7} {:>6} {:>6}  {:>6} {:>7} {:>5}  "
                                   "{:>6} {:>6}  {}\n",
                                   "frame", "timecode", "seconds", "x m", "y m", "z m", "pan", "tilt", "roll",
                                   "focal", "focus m", "stop", "hfov", "vfov", "actors: distance m, fraction, size");
        for (const ShotSample& sample : *samples) {
            const Result<SampledFrame> frame = describeSample(sample, *evaluator);
            if (!frame)
                return fail(place.shotField, frame.error().describe());
            frames.push_back(frame->json);
            output.text += frame->line;
        }
        shotJson["frames"] = std::move(frames);
        output.json["shots"].push_back(std::move(shotJson));
    }
    return output;
}

} // namespace

const Verb& sampleVerb() noexcept
{
    static const Verb verb{
        "sample",
        "a project's shots frame by frame: camera position, angles, lens, framing of the actors",
        "sample PROJECT [--shot ID] [--every N] [--json]",
        "Evaluates each shot (core ShotEvaluator::sampleShot) at the start of frames 0, N, 2N, ... and at its\n"
        "last frame. World axes: metres, +Y up, floor y = 0; pan/tilt/roll in degrees, R = Ry(pan) Rx(tilt)\n"
        "Rz(roll), pan 0 looks down -Z (core/rig/camera_state.h). Timecode counts from 00:00:00:00 at the\n"
        "shot's first frame: drop-frame at 29.97 and 59.94 fps (';' before the frames), else non-drop\n"
        "(null past a timecode day).\n"
        "Angles of view: 2 atan(d / 2f) across the delivery gate (the sensor cropped to the camera's aspect;\n"
        "the horizontal one includes the squeeze). Actors: those whose eyes are in front of the lens.\n"
        "JSON: {\"fps\", \"shots\": [{\"id\", \"frames\": [{\"frame\", \"seconds\", \"timecode\", \"position_m\",\n"
        "\"pan_deg\", \"tilt_deg\", \"roll_deg\", \"focal_mm\", \"focus_m\", \"fstop\", \"hfov_deg\", \"vfov_deg\",\n"
        "\"actors\": [{\"name\", \"distance_m\", \"frame_fraction\", \"shot_size\"}]}]}]}. \"fps\" is the project's rate\n"
        "label; a shot at another rate carries its own \"fps\". seconds = the frame's start; distance_m is lens\n"
        "to eyes; frame_fraction = stature / frame height at the eyes' depth (above 1: part of the actor).\n",
        kOptions,
        &runSample,
        kProjectOperand,
    };
    return verb;
}

} // namespace murnau::cli
