#pragma once
// The project document: the set, the actors, the cameras and the scenes (blocking and
// shots) of a previs project, in SI units. Plain data; loading and saving live in project_json.h. World axes as in
// core/rig/camera_state.h (metres, +Y up, floor at y = 0).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "core/optics/sensor.h"
#include "core/rig/camera_state.h"
#include "core/scene/scene.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// An sRGB colour, 8 bits per channel; written as "#rrggbb" in files.
struct Rgb {
    std::uint8_t r = 128;
    std::uint8_t g = 128;
    std::uint8_t b = 128;
    friend constexpr bool operator==(const Rgb&, const Rgb&) = default;
};

// The primitive shape of a set piece.
enum class SetPieceShape { Box, Cylinder };

// A piece of the set standing on (or above) the floor.
struct SetPiece {
    std::string name;
    SetPieceShape shape = SetPieceShape::Box;
    glm::dvec3 positionM{0.0};        // centre of the piece's base, metres
    glm::dvec3 sizeM{1.0};            // width (x), height (y), depth (z) before yaw; a cylinder's diameter is x
    double yawDeg = 0.0;              // rotation about +Y, degrees (counter-clockwise seen from above)
    Rgb color;
    friend bool operator==(const SetPiece&, const SetPiece&) = default;
};

// The virtual set: a floor and its pieces.
struct SetDescription {
    std::string name;
    glm::dvec2 floorSizeM{40.0, 40.0};  // floor extent along x and z, metres, centred on the origin
    Rgb floorColor{60, 60, 62};
    std::vector<SetPiece> pieces;
    friend bool operator==(const SetDescription&, const SetDescription&) = default;
};

// A stand-in actor of real height.
struct Actor {
    std::string name;
    double heightM = 1.75;            // stature, metres (crown to floor)
    glm::dvec3 positionM{0.0};        // point on the floor between the feet, metres
    double facingDeg = 0.0;           // yaw about +Y like a camera's pan: 0 faces -Z, 90 faces -X
    Rgb color{200, 120, 60};
    friend bool operator==(const Actor&, const Actor&) = default;
};

// A camera: body (sensor), delivery format, lens and placement.
struct CameraSetup {
    std::string name;
    SensorFormat sensor;                      // resolved preset or custom gate
    std::optional<double> deliveryAspect;     // projected width/height (2.39, 1.85 ...); nullopt = full gate
    double squeeze = 1.0;                     // anamorphic squeeze (1 = spherical)
    std::optional<double> cocMm;              // circle-of-confusion override, millimetres
    glm::dvec3 positionM{0.0, 1.6, 5.0};      // entrance pupil, metres
    double panDeg = 0.0;                      // degrees, see camera_state.h
    double tiltDeg = 0.0;                     // degrees
    double rollDeg = 0.0;                     // degrees
    double focalLengthMm = 35.0;              // millimetres
    double focusDistanceM = 5.0;              // metres
    double fStop = 2.8;                       // f-number
    friend bool operator==(const CameraSetup&, const CameraSetup&) = default;
};

// A whole project.
struct Project {
    static constexpr int kFormatVersion = 1;  // the version this build writes
    std::string title;
    FrameRate frameRate{24, 1};
    SetDescription set;
    std::vector<Actor> actors;
    std::vector<CameraSetup> cameras;         // the first is the shot camera until shots exist
    std::vector<Scene> scenes;                // in script order; shots name their camera and actors by name
    friend bool operator==(const Project&, const Project&) = default;
};

// The camera state a setup describes. `gateMode` chooses the gate: the delivery crop
// (what frame lines enclose) or the full sensor (what the viewport shows around them).
enum class GateMode { Delivery, FullSensor };
Result<CameraState> cameraStateOf(const CameraSetup& camera, GateMode gateMode = GateMode::Delivery);

} // namespace murnau
