#pragma once
// The plain result of evaluating a camera rig at one instant: where the camera is,
// where it points, and what lens it has. Everything downstream (viewport, CLI,
// exports) reads this struct, so a number is the same everywhere.
//
// World axes: metres, right-handed, +Y up, the floor is y = 0.
// A camera with pan = tilt = roll = 0 looks down -Z with +X to its right.
// Orientation R = Ry(pan) * Rx(tilt) * Rz(roll) (intrinsic Y, then X, then Z):
//   pan  > 0 turns the camera to its left (counter-clockwise seen from above),
//   tilt > 0 tilts it up, roll > 0 rolls the camera body counter-clockwise as the operator
//   behind it sees it (so the picture's content turns clockwise in frame).
// This is Qt Quick 3D's eulerRotation (x = tilt, y = pan, z = roll) and Nuke's ZXY order.

#include <glm/vec3.hpp>

#include "core/optics/lens.h"

namespace murnau {

struct CameraState {
    glm::dvec3 positionM{0.0, 1.6, 0.0};   // entrance pupil (nodal point), metres
    double panDeg = 0.0;                    // rotation about world +Y, degrees
    double tiltDeg = 0.0;                   // rotation about the camera's +X, degrees
    double rollDeg = 0.0;                   // rotation about the camera's +Z (lens axis), degrees
    double focalLengthMm = 35.0;            // millimetres
    double focusDistanceM = 3.0;            // metres from the film plane
    double fStop = 2.8;                     // f-number
    Gate gate{24.89, 18.66, 1.0};           // used gate (after aspect crop), millimetres
};

} // namespace murnau
