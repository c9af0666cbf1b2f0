#pragma once
// How a camera frames an actor: distance, how much of the frame the actor fills, and
// the shot size that makes. The HUD, the CLI and shot lists all read this.

#include <optional>
#include <span>

#include "core/optics/shot_size.h"
#include "core/rig/camera_state.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

struct ActorFraming {
    double distanceM = 0.0;         // camera entrance pupil to the actor's eyes (focus mark), metres
    double depthM = 0.0;            // the eyes' depth along the lens axis, metres
    double frameHeightM = 0.0;      // height of the frame at that depth: gate height * depth / f, metres
    double visibleStatures = 0.0;   // frameHeightM / stature (see shot_size.h)
    double subjectFraction = 0.0;   // stature / frameHeightM: how much of the frame height a whole actor fills
    ShotSize shotSize = ShotSize::FS;
};

// Framing of `actor` through `camera`; an error if the actor's eyes are not in front of the lens.
Result<ActorFraming> frameActor(const CameraState& camera, const Actor& actor);

// Index of the actor nearest the camera among those in front of the lens, if any.
std::optional<std::size_t> nearestActorInFront(const CameraState& camera, std::span<const Actor> actors);

} // namespace murnau
