// The shot list's rows: the document's fields and what the evaluated shot gives (shot_list.h).

#include "core/export/shot_list.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "core/analysis/feasibility_report.h"
#include "core/analysis/motion_channel.h"
#include "core/moves/move_text.h"
#include "core/optics/projection.h"
#include "core/scene/anthropometry.h"
#include "core/scene/camera_lookup.h"
#include "core/scene/shot_evaluator.h"
#include "core/time/timecode.h"

namespace murnau {

namespace {

// Two focal lengths closer than this are one lens, millimetres (comparison_cost.cpp's tolerance).
constexpr double kFocalToleranceMm = 0.05;

// "19.8", "85": a focal length without its unit, as formatMillimetres() rounds it.
std::string focalNumber(double millimetres)
{
    std::string text = formatMillimetres(millimetres);
    return text.substr(0, text.size() - 3);   // drop " mm"
}

// "35 mm", "24 → 50 mm" (start → end), or "24-50 mm" when the lens goes beyond its start and end.
std::string lensText(double startMm, double endMm, double minMm, double maxMm)
{
    if (maxMm - minMm <= kFocalToleranceMm)
        return formatMillimetres(startMm);
    const double lo = std::min(startMm, endMm);
    const double hi = std::max(startMm, endMm);
    if (lo - minMm <= kFocalToleranceMm && maxMm - hi <= kFocalToleranceMm)
        return fmt::format("{} \u2192 {} mm", focalNumber(startMm), focalNumber(endMm));
    return fmt::format("{}-{} mm", focalNumber(minMm), focalNumber(maxMm));
}

// "24.89 × 18.66 mm", then ", 2.39:1 extraction 24.89 × 10.41 mm" and ", anamorphic 2×" when set.
std::string sensorText(const CameraSetup& camera, const Gate& gate)
{
    std::string text = fmt::format("{:.2f} \u00d7 {:.2f} mm", camera.sensor.widthMm, camera.sensor.heightMm);
    if (camera.deliveryAspect)
        text += fmt::format(", {:.2f}:1 extraction {:.2f} \u00d7 {:.2f} mm", *camera.deliveryAspect, gate.widthMm,
                            gate.heightMm);
    if (camera.squeeze != 1.0)
        text += fmt::format(", anamorphic {:g}\u00d7", camera.squeeze);
    return text;
}

// The actor's eyes at a sample: floor point + (0, kEye * stature, 0) (shot_evaluator.h).
glm::dvec3 eyesOf(const ShotSample& sample, std::span<const Actor> actors, std::size_t index)
{
    return sample.actors[index].pose.positionM + glm::dvec3(0.0, landmark::kEye * actors[index].heightM, 0.0);
}

// The actor's eyes project inside the delivery gate.
bool inFrame(const ShotSample& sample, std::span<const Actor> actors, std::size_t index)
{
    const std::optional<glm::dvec2> onGate = projectToGate(sample.camera, eyesOf(sample, actors, index));
    return onGate && std::abs(onGate->x) <= 1.0 && std::abs(onGate->y) <= 1.0;
}

// Index of the named actor, if any.
std::optional<std::size_t> actorIndex(std::span<const Actor> actors, const std::string& name)
{
    for (std::size_t i = 0; i < actors.size(); ++i)
        if (actors[i].name == name)
            return i;
    return std::nullopt;
}

// The main actor: the rig's aim actor, else the first of the cast in frame at the first frame,
// else the actor nearest the lens in frame then; nullopt when none is in frame.
std::optional<std::size_t> mainActorOf(const Shot& shot, const ShotSample& first, std::span<const Actor> actors)
{
    if (aimsAtActor(shot.rig.aim) && !shot.rig.aimActor.empty())
        if (const std::optional<std::size_t> aim = actorIndex(actors, shot.rig.aimActor))
            return aim;
    for (const std::string& name : shot.cast)
        if (const std::optional<std::size_t> index = actorIndex(actors, name); index && inFrame(first, actors, *index))
            return index;
    std::optional<std::size_t> nearest;
    double nearestM = 0.0;
    for (std::size_t i = 0; i < actors.size() && i < first.actors.size(); ++i) {
        if (!inFrame(first, actors, i))
            continue;
        const double distance = glm::length(eyesOf(first, actors, i) - first.camera.positionM);
        if (!nearest || distance < nearestM) {
            nearest = i;
            nearestM = distance;
        }
    }
    return nearest;
}

// The timecode label of record frame `frame` at the project's rate ("00:01:00;02" drop-frame).
Result<std::string> recordTimecode(std::int64_t frame, FrameRate rate, const std::string& field)
{
    const Result<Timecode> tc = frameToTimecode(frame, rate, rate.supportsDropFrame());
    if (!tc)
        return Error{field, fmt::format("the cut reaches record frame {}, beyond one day of timecode", frame)};
    return formatTimecode(*tc);
}

} // namespace

std::int64_t recordFrameCount(const Project& project, const Shot& shot) noexcept
{
    const Flicks perFrame = project.frameRate.flicksPerFrame();
    if (perFrame <= 0 || shot.durationFlicks <= 0)
        return 0;
    return (shot.durationFlicks + perFrame - 1) / perFrame;
}

Result<ShotListRow> buildShotListRow(const Project& project, const ExportShot& exportShot, std::int64_t recordStart,
                                     const FeasibilityLimits& limits)
{
    if (!exportShot.scene || !exportShot.shot)
        return Error{exportShot.shotField.empty() ? std::string("shots") : exportShot.shotField, "no shot to list"};
    const Scene& scene = *exportShot.scene;
    const Shot& shot = *exportShot.shot;
    const std::string shotField = exportShot.shotField.empty() ? std::string("shot") : exportShot.shotField;
    const std::string sceneField = exportShot.sceneField.empty() ? std::string("scene") : exportShot.sceneField;

    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot, shotField, sceneField);
    if (!evaluator)
        return evaluator.error();
    const Result<FeasibilityReport> report = buildFeasibilityReport(project, scene, shot, limits, shotField, sceneField);
    if (!report)
        return report.error();
    const std::vector<ShotSample> samples = movementSamples(*evaluator);
    if (samples.empty())
        return Error{shotField + ".durationFlicks", "the shot has no frame"};
    const CameraSetup* camera = findCamera(project, shot.camera);
    if (!camera)
        return Error{shotField + ".camera", fmt::format("no camera setup named \"{}\"", shot.camera)};

    ShotListRow row;
    // From the document.
    row.shotId = shot.id;
    row.sceneNumber = scene.number;
    row.sceneName = scene.name;
    row.shotNumber = shot.number;
    row.setup = shot.setup;
    row.intExt = std::string(intExtKey(scene.intExt));
    row.location = scene.location;
    row.timeOfDay = scene.timeOfDay;
    row.name = shot.name;
    row.description = shot.description;
    row.plannedMove = shot.move;
    row.camera = camera->name;
    row.cameraBody = camera->sensor.name.empty() ? camera->sensor.id : camera->sensor.name;
    row.sensor = sensorText(*camera, evaluator->gate());
    row.lensKit = camera->lensKit ? camera->lensKit->name : std::string();
    row.frameRate = frameRateLabel(shot.frameRate);
    row.durationS = flicksToSeconds(shot.durationFlicks);
    row.frameCount = evaluator->frameCount();
    const std::int64_t recordFrames = recordFrameCount(project, shot);
    const Result<std::string> tcIn = recordTimecode(recordStart, project.frameRate, shotField);
    if (!tcIn)
        return tcIn.error();
    const Result<std::string> tcOut = recordTimecode(recordStart + recordFrames, project.frameRate, shotField);
    if (!tcOut)
        return tcOut.error();
    row.timecodeIn = *tcIn;
    row.timecodeOut = *tcOut;
    row.cast = shot.cast;
    row.props = shot.props;
    row.equipment = shot.equipment;
    row.notes = shot.notes;
    row.status = std::string(shotStatusKey(shot.status));

    // From the evaluated shot.
    const std::span<const Actor> actors = evaluator->actors();
    const ShotSample& first = samples.front();
    const ShotSample& last = samples.back();   // the end instant
    row.tStop = first.camera.fStop;
    row.cameraHeightM = first.camera.positionM.y;
    const std::optional<std::size_t> main = mainActorOf(shot, first, actors);
    std::optional<glm::dvec3> mainEyes;
    double mainStatureM = 0.0;
    if (main) {
        row.mainActor = actors[*main].name;
        mainEyes = eyesOf(first, actors, *main);
        mainStatureM = actors[*main].heightM;
        const std::optional<ActorFraming>& startFraming = first.actors[*main].framing;
        const std::optional<ActorFraming>& endFraming = last.actors[*main].framing;
        if (startFraming) {
            row.subjectDistanceStartM = startFraming->distanceM;
            if (inFrame(first, actors, *main))
                row.startSize = startFraming->shotSize;
        }
        if (endFraming) {
            row.subjectDistanceEndM = endFraming->distanceM;
            if (inFrame(last, actors, *main))
                row.endSize = endFraming->shotSize;
        }
    }
    row.angle = classifyCameraAngle(first.camera, mainEyes, mainStatureM);

    const MovementClassification movement = classifyMovement(movementFrames(samples, actors, main));
    row.movement = movement.movement;
    row.movementParts = movement.parts;

    // The feasibility report's figures, as it computed them.
    row.trackLengthM = report->track.trackLengthM;
    row.trackSections = report->track.sections;
    row.peakDollySpeedMps = report->peak(MotionChannel::DollySpeed).peak;
    row.focalMinMm = report->lens.minFocalMm;
    row.focalMaxMm = report->lens.maxFocalMm;
    row.lens = lensText(first.camera.focalLengthMm, last.camera.focalLengthMm, row.focalMinMm, row.focalMaxMm);
    row.focusMarks = report->focusMarks;
    for (const FeasibilityWarning& warning : report->warnings)
        row.warnings.push_back(fmt::format("{}: {}", warningSeverityKey(warning.severity), warning.message));
    return row;
}

Result<std::vector<ShotListRow>> buildShotList(const Project& project, std::span<const ExportShot> shots,
                                               const FeasibilityLimits& limits)
{
    if (const std::optional<Error> error = checkFeasibilityLimits(limits))
        return *error;
    std::vector<ShotListRow> rows;
    rows.reserve(shots.size());
    std::int64_t record = 0;
    for (const ExportShot& shot : shots) {
        Result<ShotListRow> row = buildShotListRow(project, shot, record, limits);
        if (!row)
            return row.error();
        record += recordFrameCount(project, *shot.shot);
        rows.push_back(std::move(row).value());
    }
    return rows;
}

Result<std::vector<ShotListRow>> buildShotList(const Project& project, std::span<const ExportShot> shots)
{
    return buildShotList(project, shots, FeasibilityLimits{});
}

} // namespace murnau
