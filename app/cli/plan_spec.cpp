#include "app/cli/plan_spec.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/camera_options.h"
#include "core/moves/project_move_spec.h"
#include "core/optics/lens.h"
#include "core/optics/sensor.h"
#include "core/scene/project_json.h"

namespace murnau::cli {

namespace {

constexpr double kDefaultStatureM = 1.75;
constexpr double kDefaultFocalLengthMm = 35.0;
constexpr double kDefaultFStop = 2.8;
constexpr double kDefaultDurationS = 6.0;
constexpr double kMaxSeconds = 86400.0;   // a timecode day: the longest shot a file holds

Result<MoveTiming> readTiming(const Arguments& arguments)
{
    MoveTiming timing;
    const auto profile = arguments.value(kTimingOption.name);
    if (profile && *profile == "constant") {
        timing.profile = MoveProfile::ConstantSpeed;
    } else if (profile && *profile == "ramped") {
        timing.profile = MoveProfile::Ramped;
    } else if (profile && *profile != "eased") {
        return fail(std::string(kTimingOption.name),
                    fmt::format("must be eased, constant or ramped, got {}",
                                profile->empty() ? std::string_view("an empty value") : *profile));
    }
    const Result<std::optional<Flicks>> ramp = optionalSeconds(arguments, kRampOption);
    if (!ramp)
        return ramp.error();
    if (*ramp) {
        if (timing.profile != MoveProfile::Ramped)
            return fail(std::string(kRampOption.name), "is only used with --timing ramped");
        timing.rampFlicks = **ramp;
    }
    return timing;
}

// The project to add the move to: --set's, or a new one with a plain floor.
Result<Project> readProject(const Arguments& arguments)
{
    if (const auto setPath = arguments.value(kSetOption.name)) {
        Result<Project> project = loadProject(std::filesystem::path(*setPath));
        if (!project)
            return project.error();
        spdlog::debug("set from {}: {} actors, {} cameras, {} scenes", *setPath, project->actors.size(),
                      project->cameras.size(), project->scenes.size());
        return project;
    }
    Project project;
    project.set.name = "Plain floor";
    return project;
}

// The subject: an actor of --set's project, or a new actor added to the new project at the origin
// facing -Z (the camera then stands in front of them, towards -Z).
Result<Actor> readSubject(const Arguments& arguments, Project& project, bool newProject)
{
    const auto name = arguments.value(kSubjectOption.name);
    if (!newProject) {
        if (arguments.has(kStatureOption.name))
            return fail(std::string(kStatureOption.name),
                        "cannot be used with --set: the subject is one of its actors, with their height");
        if (project.actors.empty())
            return fail(std::string(kSetOption.name), "the project has no actors to frame");
        if (!name)
            return project.actors.front();
        return findSubject(project, *name, kSubjectOption.name);
    }
    Actor subject;
    subject.name = name ? std::string(*name) : std::string("Subject");
    const Result<std::optional<double>> stature = optionalPositive(arguments, kStatureOption, "a positive height in metres");
    if (!stature)
        return stature.error();
    subject.heightM = stature->value_or(kDefaultStatureM);
    project.actors.push_back(subject);
    return subject;
}

// The first of A, B, C ... (then "Camera 27" ...) that no camera of `project` is called.
std::string freeCameraName(const Project& project)
{
    const auto used = [&](const std::string& name) {
        return std::any_of(project.cameras.begin(), project.cameras.end(),
                           [&](const murnau::CameraSetup& camera) { return camera.name == name; });
    };
    for (int i = 0;; ++i) {
        std::string name = i < 26 ? std::string(1, static_cast<char>('A' + i)) : fmt::format("Camera {}", i + 1);
        if (!used(name))
            return name;
    }
}

// The camera setup the move is planned with: --camera, --sensor, --aspect, --squeeze, --focal, --fstop.
Result<murnau::CameraSetup> readCamera(const Arguments& arguments, const Project& project)
{
    murnau::CameraSetup camera;
    if (const auto name = arguments.value(kCameraNameOption.name)) {
        if (std::any_of(project.cameras.begin(), project.cameras.end(),
                        [&](const murnau::CameraSetup& other) { return other.name == *name; }))
            return fail(std::string(kCameraNameOption.name),
                        fmt::format("the --set project already has a camera '{}'; choose another name", *name));
        camera.name = std::string(*name);
    } else {
        camera.name = freeCameraName(project);
    }

    Result<SensorFormat> sensor =
        resolveSensor(arguments.value(kSensorOption.name).value_or("super35"), kSensorOption.name);
    if (!sensor)
        return sensor.error();
    camera.sensor = std::move(sensor).value();
    if (const auto aspectText = arguments.value(kAspectOption.name)) {
        const Result<double> aspect = parseAspect(*aspectText, kAspectOption.name);
        if (!aspect)
            return aspect.error();
        camera.deliveryAspect = *aspect;
    }
    const Result<std::optional<double>> squeeze =
        optionalPositive(arguments, kSqueezeOption, "a positive squeeze factor (1 to 4)");
    if (!squeeze)
        return squeeze.error();
    camera.squeeze = squeeze->value_or(1.0);
    if (const Result<Gate> gate = cropGate(camera.sensor, camera.deliveryAspect, camera.squeeze); !gate)
        return asOptionError(gate.error());

    const Result<std::optional<double>> focal =
        optionalPositive(arguments, kFocalOption, "a positive number of millimetres");
    if (!focal)
        return focal.error();
    camera.focalLengthMm = focal->value_or(kDefaultFocalLengthMm);
    if (const Result<double> checked = checkedFocalLengthMm(camera.focalLengthMm, kFocalOption.name); !checked)
        return checked.error();
    const Result<std::optional<double>> fStop = optionalPositive(arguments, kStopOption, "a positive f-number");
    if (!fStop)
        return fStop.error();
    camera.fStop = fStop->value_or(kDefaultFStop);
    return camera;
}

} // namespace

Result<PlanBase> readPlanBase(const Arguments& arguments)
{
    PlanBase base;
    base.newProject = !arguments.has(kSetOption.name);
    Result<Project> project = readProject(arguments);
    if (!project)
        return project.error();
    base.project = std::move(project).value();

    if (const auto rateText = arguments.value(kRateOption.name)) {
        const Result<FrameRate> rate = parseFrameRate(*rateText);
        if (!rate)
            return asOptionError(rate.error());
        base.spec.frameRate = *rate;
    } else {
        base.spec.frameRate = base.project.frameRate;
    }
    if (base.newProject)
        base.project.frameRate = base.spec.frameRate;

    const Result<std::optional<Flicks>> duration = optionalSeconds(arguments, kDurationOption);
    if (!duration)
        return duration.error();
    base.spec.durationFlicks =
        duration->value_or(std::llround(kDefaultDurationS * static_cast<double>(kFlicksPerSecond)));
    const Result<MoveTiming> timing = readTiming(arguments);
    if (!timing)
        return timing.error();
    base.spec.timing = *timing;

    const Result<Actor> subject = readSubject(arguments, base.project, base.newProject);
    if (!subject)
        return subject.error();
    base.spec.subject = *subject;
    const Result<murnau::CameraSetup> camera = readCamera(arguments, base.project);
    if (!camera)
        return camera.error();
    base.spec.camera = *camera;
    return base;
}

Result<std::optional<double>> optionalPositive(const Arguments& arguments, const OptionSpec& option,
                                               std::string_view expected)
{
    const auto text = arguments.value(option.name);
    if (!text)
        return std::optional<double>{};
    const Result<double> value = parsePositive(*text, option.name, expected);
    if (!value)
        return value.error();
    return std::optional<double>{*value};
}

Result<std::optional<Flicks>> optionalSeconds(const Arguments& arguments, const OptionSpec& option)
{
    const Result<std::optional<double>> seconds = optionalPositive(arguments, option, "a positive number of seconds");
    if (!seconds)
        return seconds.error();
    if (!*seconds)
        return std::optional<Flicks>{};
    if (**seconds > kMaxSeconds)
        return fail(std::string(option.name),
                    fmt::format("must be at most {:g} s (24 h), got {}", kMaxSeconds, *arguments.value(option.name)));
    return std::optional<Flicks>{std::llround(**seconds * static_cast<double>(kFlicksPerSecond))};
}

} // namespace murnau::cli
