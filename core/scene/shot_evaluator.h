#pragma once
// Evaluating a shot: its camera rig, seen through its camera setup's gate, with the scene's
// actors where the blocking puts them. Everything a shot refers to by name (camera, aim and focus
// actors, cast) is resolved and checked once in ShotEvaluator::create(), so evaluating a frame
// cannot fail. The CLI `sample` verb, the feasibility report and the viewport read the same numbers.
//
// At shot time t the scene's action time is Shot::actionStart + t. An actor with blocking in the
// scene is where evaluateBlocking() puts them; one without stands at their Actor position and
// facing. The aim and focus targets are the named actor's eyes: position + (0, kEye * stature, 0)
// (anthropometry.h), moving with the actor's walking velocity, with the actor's height as stature.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/optics/lens.h"
#include "core/rig/camera_rig.h"
#include "core/rig/camera_state.h"
#include "core/rig/rig_evaluator.h"
#include "core/scene/actor_framing.h"
#include "core/scene/blocking.h"
#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// One actor at one instant of a shot.
struct ActorSample {
    ActorPose pose;                        // where the actor stands or walks
    std::optional<ActorFraming> framing;   // how the camera frames them; nullopt when their eyes are not in front of the lens
};

// One evaluated frame of a shot.
struct ShotSample {
    std::int64_t frame = 0;            // frame index from the shot's start (0-based)
    Flicks time = 0;                   // shot time at the frame's start, flicks
    double seconds = 0.0;              // the same in seconds
    CameraState camera;                // the camera, with the shot's delivery gate
    RigMotion motion;                  // how the camera moves
    std::vector<ActorSample> actors;   // every project actor, in Project::actors order
};

// A shot resolved against its project and scene, ready to evaluate at any time.
class ShotEvaluator {
public:
    // Resolves and checks everything the shot needs. Errors name the input: under `shotField`
    // ".camera" (no such camera setup), ".rig..." (checkCameraRig), ".rig.aimActor",
    // ".rig.focusActor", ".cast[i]" (no such actor), ".frameRate" (not a standard rate),
    // ".durationFlicks", ".actionStart"; under `sceneField` ".blocking[i].actor" (unknown,
    // or a second blocking for one actor) and ".blocking[i].marks" (not built); "cameras[i]..."
    // for a camera setup that gives no camera state and "actors[i].heightM" / ".positionM" /
    // ".facingDeg" for an unusable actor. The evaluator keeps copies: the inputs may change later.
    static Result<ShotEvaluator> create(const Project& project, const Scene& scene, const Shot& shot,
                                        std::string_view shotField = "shot", std::string_view sceneField = "scene");

    [[nodiscard]] FrameRate frameRate() const noexcept { return m_frameRate; }        // the shot's frame rate
    [[nodiscard]] Flicks durationFlicks() const noexcept { return m_durationFlicks; }  // the shot's length
    // Frames that start inside the shot: ceil(duration / frame length).
    [[nodiscard]] std::int64_t frameCount() const noexcept;
    // The actors, in Project::actors order (their Actor positions are where the unblocked stand).
    [[nodiscard]] std::span<const Actor> actors() const noexcept { return m_actors; }
    // The gate the shot's camera delivers (the delivery-aspect crop of its sensor).
    [[nodiscard]] const Gate& gate() const noexcept { return m_gate; }

    // Where actor `index` (< actors().size()) is at shot time t.
    [[nodiscard]] ActorPose actorPose(std::size_t index, Flicks t) const noexcept;
    // The aim and focus targets (the named actors' eyes) at shot time t.
    [[nodiscard]] RigTargets targets(Flicks t) const noexcept;
    // The camera at shot time t; no allocation.
    [[nodiscard]] CameraState cameraAt(Flicks t) const noexcept;
    // The camera's motion at shot time t (jerk step 1/10 frame at the shot's rate).
    [[nodiscard]] RigMotion motionAt(Flicks t) const noexcept;
    // Camera, motion and every actor's pose and framing at shot time t (frame = floor(t / frame length)).
    [[nodiscard]] ShotSample sampleAt(Flicks t) const;
    // Samples at the start of frames 0, N, 2N, ... (N = everyFrames) and always the last frame.
    // Error "every" unless N >= 1.
    Result<std::vector<ShotSample>> sampleShot(std::int64_t everyFrames) const;

private:
    ShotEvaluator() = default;
    [[nodiscard]] Flicks actionTime(Flicks t) const noexcept;
    [[nodiscard]] RigTarget eyesOf(std::size_t index, Flicks t) const noexcept;

    CameraRig m_rig;
    Gate m_gate;
    FrameRate m_frameRate;
    Flicks m_durationFlicks = 0;
    Flicks m_actionStart = 0;
    std::vector<Actor> m_actors;
    std::vector<ActorBlocking> m_blocking;                 // the scene's blocking of known actors
    std::vector<std::optional<std::size_t>> m_blockingOf;  // per actor: index into m_blocking
    std::optional<std::size_t> m_aimActor;                 // index into m_actors (LookAtActor and HoldFraming aim)
    std::optional<std::size_t> m_focusActor;               // index into m_actors (focus follow)
};

} // namespace murnau
