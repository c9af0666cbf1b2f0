// How a camera frames an actor: the focus mark is the eyes (landmark::kEye of the
// stature above the floor point), the frame height is taken in the plane through the
// eyes perpendicular to the lens axis (pinhole: H = h * depth / f).

#include "core/scene/actor_framing.h"

#include <cmath>
#include <limits>

#include <glm/geometric.hpp>

#include "core/optics/projection.h"
#include "core/scene/anthropometry.h"

namespace murnau {

namespace {

// Eyes closer to the lens plane than this (metres) count as not in front of it.
constexpr double kMinDepthM = 1e-6;

glm::dvec3 eyePointM(const Actor& actor)
{
    return actor.positionM + glm::dvec3(0.0, landmark::kEye * actor.heightM, 0.0);
}

} // namespace

Result<ActorFraming> frameActor(const CameraState& camera, const Actor& actor)
{
    const std::string field = actor.name.empty() ? std::string("actor") : actor.name;
    if (!(actor.heightM > 0.0) || !std::isfinite(actor.heightM))
        return fail(field, "the actor's height must be a positive number of metres");
    if (!(camera.focalLengthMm > 0.0) || !std::isfinite(camera.focalLengthMm))
        return fail("focalLengthMm", "the focal length must be a positive number of millimetres");
    if (!(camera.gate.heightMm > 0.0) || !std::isfinite(camera.gate.heightMm))
        return fail("gate", "the gate height must be a positive number of millimetres");

    const glm::dvec3 eyes = eyePointM(actor);
    const double depthM = -worldToCamera(camera, eyes).z;
    if (!std::isfinite(depthM))
        return fail(field, "the actor's or the camera's position is not finite");
    if (depthM < kMinDepthM)
        return fail(field, "the actor's eyes are not in front of the lens");

    ActorFraming framing;
    framing.distanceM = glm::length(eyes - camera.positionM);
    framing.depthM = depthM;
    framing.frameHeightM = camera.gate.heightMm * depthM / camera.focalLengthMm;  // mm * m / mm = m
    framing.visibleStatures = framing.frameHeightM / actor.heightM;
    framing.subjectFraction = actor.heightM / framing.frameHeightM;
    Result<ShotSize> size = classifyShotSize(framing.visibleStatures);
    if (!size.ok())
        return fail(field, size.error().message);
    framing.shotSize = size.value();
    return framing;
}

std::optional<std::size_t> nearestActorInFront(const CameraState& camera, std::span<const Actor> actors)
{
    std::optional<std::size_t> nearest;
    double nearestDistanceM = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i < actors.size(); ++i) {
        const Result<ActorFraming> framing = frameActor(camera, actors[i]);
        if (framing.ok() && framing.value().distanceM < nearestDistanceM) {
            nearestDistanceM = framing.value().distanceM;
            nearest = i;
        }
    }
    return nearest;
}

} // namespace murnau
