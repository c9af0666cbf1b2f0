// Shot evaluation: resolve names once, then evaluate frames without failing.

#include "core/scene/shot_evaluator.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include <fmt/format.h>

#include "core/motion/curve.h"
#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

// Index of the actor called `name`, if any.
std::optional<std::size_t> findActor(std::span<const Actor> actors, std::string_view name)
{
    const auto it = std::find_if(actors.begin(), actors.end(), [name](const Actor& a) { return a.name == name; });
    if (it == actors.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - actors.begin());
}

bool finite(const glm::dvec3& v) noexcept
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

// An error for an actor the evaluator cannot place or frame.
std::optional<Error> checkActor(const Actor& actor, std::size_t i)
{
    if (!std::isfinite(actor.heightM) || !(actor.heightM > 0.0))
        return fail(fmt::format("actors[{}].heightM", i), "the actor's height must be a positive number of metres");
    if (!finite(actor.positionM))
        return fail(fmt::format("actors[{}].positionM", i), "the actor's position must be finite");
    if (!std::isfinite(actor.facingDeg))
        return fail(fmt::format("actors[{}].facingDeg", i), "the actor's facing must be a finite number of degrees");
    return std::nullopt;
}

bool isStandardRate(FrameRate rate) noexcept
{
    const auto rates = standardFrameRates();
    return std::find(rates.begin(), rates.end(), rate) != rates.end();
}

// a + b, saturating at the ends of int64.
Flicks saturatingAdd(Flicks a, Flicks b) noexcept
{
    constexpr Flicks kMax = std::numeric_limits<Flicks>::max();
    constexpr Flicks kMin = std::numeric_limits<Flicks>::min();
    if (b > 0 && a > kMax - b)
        return kMax;
    if (b < 0 && a < kMin - b)
        return kMin;
    return a + b;
}

// The error `error` of camera setup i, its field placed under "cameras[i]".
Error cameraError(const Error& error, std::size_t i)
{
    return fail(error.field.empty() ? fmt::format("cameras[{}]", i) : fmt::format("cameras[{}].{}", i, error.field),
                error.message);
}

} // namespace

Result<ShotEvaluator> ShotEvaluator::create(const Project& project, const Scene& scene, const Shot& shot,
                                            std::string_view shotField, std::string_view sceneField)
{
    ShotEvaluator evaluator;

    if (!isStandardRate(shot.frameRate)) {
        return fail(fmt::format("{}.frameRate", shotField),
                    fmt::format("{}/{} fps is not one of the standard frame rates", shot.frameRate.numerator,
                                shot.frameRate.denominator));
    }
    if (!(shot.durationFlicks > 0) || shot.durationFlicks > kCurveTimeLimit)
        return fail(fmt::format("{}.durationFlicks", shotField), "the shot must last more than 0 and at most 1,000,000 s");
    if (shot.actionStart < -kCurveTimeLimit || shot.actionStart > kCurveTimeLimit)
        return fail(fmt::format("{}.actionStart", shotField), "the action start must lie within 1,000,000 s of zero");

    const auto camera = std::find_if(project.cameras.begin(), project.cameras.end(),
                                     [&](const CameraSetup& c) { return c.name == shot.camera; });
    if (camera == project.cameras.end()) {
        return fail(fmt::format("{}.camera", shotField),
                    fmt::format("no camera setup named \"{}\" in the project", shot.camera));
    }
    const auto cameraIndex = static_cast<std::size_t>(camera - project.cameras.begin());
    Result<CameraState> setup = cameraStateOf(*camera, GateMode::Delivery);
    if (!setup)
        return cameraError(setup.error(), cameraIndex);

    for (std::size_t i = 0; i < project.actors.size(); ++i) {
        if (auto error = checkActor(project.actors[i], i))
            return *error;
    }

    const std::string rigField = fmt::format("{}.rig", shotField);
    if (auto error = checkCameraRig(shot.rig, rigField))
        return *error;
    if (aimsAtActor(shot.rig.aim)) {
        evaluator.m_aimActor = findActor(project.actors, shot.rig.aimActor);
        if (!evaluator.m_aimActor) {
            return fail(rigField + ".aimActor",
                        fmt::format("no actor named \"{}\" in the project", shot.rig.aimActor));
        }
    }
    if (!shot.rig.focusActor.empty()) {
        evaluator.m_focusActor = findActor(project.actors, shot.rig.focusActor);
        if (!evaluator.m_focusActor) {
            return fail(rigField + ".focusActor",
                        fmt::format("no actor named \"{}\" in the project", shot.rig.focusActor));
        }
    }
    for (std::size_t i = 0; i < shot.cast.size(); ++i) {
        if (!findActor(project.actors, shot.cast[i])) {
            return fail(fmt::format("{}.cast[{}]", shotField, i),
                        fmt::format("no actor named \"{}\" in the project", shot.cast[i]));
        }
    }

    evaluator.m_blockingOf.assign(project.actors.size(), std::nullopt);
    for (std::size_t i = 0; i < scene.blocking.size(); ++i) {
        const ActorBlocking& blocking = scene.blocking[i];
        const std::string field = fmt::format("{}.blocking[{}]", sceneField, i);
        const std::optional<std::size_t> actor = findActor(project.actors, blocking.actor);
        if (!actor)
            return fail(field + ".actor", fmt::format("no actor named \"{}\" in the project", blocking.actor));
        if (evaluator.m_blockingOf[*actor]) {
            return fail(field + ".actor",
                        fmt::format("\"{}\" already has blocking in this scene", blocking.actor));
        }
        if (blocking.marks.empty() || blocking.walks.size() + 1 != blocking.marks.size())
            return fail(field + ".marks", "the blocking was not built from its marks");
        evaluator.m_blockingOf[*actor] = evaluator.m_blocking.size();
        evaluator.m_blocking.push_back(blocking);
    }

    evaluator.m_rig = shot.rig;
    evaluator.m_gate = setup.value().gate;
    evaluator.m_frameRate = shot.frameRate;
    evaluator.m_durationFlicks = shot.durationFlicks;
    evaluator.m_actionStart = shot.actionStart;
    evaluator.m_actors = project.actors;
    return evaluator;
}

std::int64_t ShotEvaluator::frameCount() const noexcept
{
    const Flicks perFrame = m_frameRate.flicksPerFrame();
    return (m_durationFlicks + perFrame - 1) / perFrame;
}

Flicks ShotEvaluator::actionTime(Flicks t) const noexcept
{
    return saturatingAdd(m_actionStart, t);
}

ActorPose ShotEvaluator::actorPose(std::size_t index, Flicks t) const noexcept
{
    if (index >= m_actors.size())
        return {};
    if (const std::optional<std::size_t> blocking = m_blockingOf[index])
        return evaluateBlocking(m_blocking[*blocking], actionTime(t));
    ActorPose pose;
    pose.positionM = m_actors[index].positionM;
    pose.facingDeg = m_actors[index].facingDeg;
    return pose;
}

RigTarget ShotEvaluator::eyesOf(std::size_t index, Flicks t) const noexcept
{
    const ActorPose pose = actorPose(index, t);
    RigTarget eyes;
    eyes.positionM = pose.positionM + glm::dvec3(0.0, landmark::kEye * m_actors[index].heightM, 0.0);
    eyes.velocityMps = pose.velocityMps;   // the eyes ride at a constant height above the feet
    eyes.statureM = m_actors[index].heightM;
    return eyes;
}

RigTargets ShotEvaluator::targets(Flicks t) const noexcept
{
    RigTargets targets;
    if (m_aimActor)
        targets.aim = eyesOf(*m_aimActor, t);
    if (m_focusActor)
        targets.focus = m_focusActor == m_aimActor && targets.aim ? targets.aim : eyesOf(*m_focusActor, t);
    return targets;
}

CameraState ShotEvaluator::cameraAt(Flicks t) const noexcept
{
    return evaluateRig(m_rig, t, m_gate, targets(t));
}

RigMotion ShotEvaluator::motionAt(Flicks t) const noexcept
{
    return evaluateRigMotion(m_rig, t, m_frameRate, m_gate, targets(t));
}

ShotSample ShotEvaluator::sampleAt(Flicks t) const
{
    const RigTargets here = targets(t);
    ShotSample sample;
    sample.frame = flicksToFrame(t, m_frameRate);
    sample.time = t;
    sample.seconds = flicksToSeconds(t);
    sample.camera = evaluateRig(m_rig, t, m_gate, here);
    sample.motion = evaluateRigMotion(m_rig, t, m_frameRate, m_gate, here);
    sample.actors.reserve(m_actors.size());
    Actor posed;
    for (std::size_t i = 0; i < m_actors.size(); ++i) {
        ActorSample actor;
        actor.pose = actorPose(i, t);
        posed = m_actors[i];
        posed.positionM = actor.pose.positionM;
        posed.facingDeg = actor.pose.facingDeg;
        if (Result<ActorFraming> framing = frameActor(sample.camera, posed))
            actor.framing = framing.value();
        sample.actors.push_back(actor);
    }
    return sample;
}

Result<std::vector<ShotSample>> ShotEvaluator::sampleShot(std::int64_t everyFrames) const
{
    if (everyFrames < 1)
        return fail("every", fmt::format("must sample every 1 or more frames, got {}", everyFrames));
    const std::int64_t frames = frameCount();
    const std::int64_t regular = (frames - 1) / everyFrames + 1;   // frames 0, N, ... below `frames`
    const bool lastExtra = (frames - 1) % everyFrames != 0;
    std::vector<ShotSample> samples;
    samples.reserve(static_cast<std::size_t>(regular + (lastExtra ? 1 : 0)));
    for (std::int64_t k = 0; k < regular; ++k)
        samples.push_back(sampleAt(framesToFlicks(k * everyFrames, m_frameRate)));
    if (lastExtra)
        samples.push_back(sampleAt(framesToFlicks(frames - 1, m_frameRate)));
    return samples;
}

} // namespace murnau
