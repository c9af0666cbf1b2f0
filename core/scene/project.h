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

// What a set piece is. Its local frame: x across (width), y up from its base, z through (depth);
// yaw turns the frame about +Y.
enum class SetPieceShape {
    Box,       // a solid box, sizeM = width, height, depth
    Cylinder,  // an upright solid cylinder, diameter sizeM.x, height sizeM.y (sizeM.z ignored)
    Wall,      // a wall along local x: length sizeM.x, height sizeM.y, thickness sizeM.z, with openings
    Stairs,    // a straight flight: width sizeM.x, total rise sizeM.y, total run sizeM.z, climbing towards local -z
    Model,     // an imported glTF 2.0 (.gltf/.glb) or OBJ model; sizeM is its collision box (all zero: none)
};

// A door or a window cut through a wall, measured in the wall's local frame.
enum class OpeningKind { Door, Window };
struct WallOpening {
    OpeningKind kind = OpeningKind::Door;
    double centerM = 0.0;             // along the wall from its centre (local x) to the opening's centre, metres
    double widthM = 0.9;              // metres
    double heightM = 2.1;             // metres, from the sill up
    double sillM = 0.0;               // bottom of the opening above the wall's base, metres (0 for a door)
    friend bool operator==(const WallOpening&, const WallOpening&) = default;
};

// A piece of the set standing on (or above) the floor. Shape-specific fields are used (and
// written to files) only for their shape.
struct SetPiece {
    std::string name;
    SetPieceShape shape = SetPieceShape::Box;
    glm::dvec3 positionM{0.0};        // centre of the piece's base, metres
    glm::dvec3 sizeM{1.0};            // extents along local x, y, z, metres (meaning per shape above)
    double yawDeg = 0.0;              // rotation about +Y, degrees (counter-clockwise seen from above)
    Rgb color;
    std::vector<WallOpening> openings;  // Wall: doors and windows, inside the wall and not overlapping
    int stepCount = 0;                  // Stairs: number of steps (risers), >= 1
    std::string modelPath;              // Model: file relative to the project's folder, '/' separators
    double modelScale = 1.0;            // Model: uniform scale from the model's units to metres
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

// An actor's body build: the proxy's girth (shoulder and hip breadth, chest depth) relative to an
// average build of the same stature. Heights and landmarks come from stature alone (anthropometry.h).
enum class ActorBuild { Slight, Average, Heavy };

// A stand-in actor of real height.
struct Actor {
    std::string name;
    double heightM = 1.75;            // stature, metres (crown to floor)
    ActorBuild build = ActorBuild::Average;
    glm::dvec3 positionM{0.0};        // point on the floor between the feet, metres
    double facingDeg = 0.0;           // yaw about +Y like a camera's pan: 0 faces -Z, 90 faces -X
    Rgb color{200, 120, 60};
    friend bool operator==(const Actor&, const Actor&) = default;
};

// A prime lens of a kit, with the maker's figures.
struct PrimeLens {
    double focalLengthMm = 50.0;              // millimetres
    double minFocusM = 0.5;                   // closest focus, metres from the film plane
    double widestTStop = 2.0;                 // widest aperture, T-stop
    friend bool operator==(const PrimeLens&, const PrimeLens&) = default;
};

// The lenses a camera carries: a set of primes, or one zoom.
enum class LensKitKind { Primes, Zoom };
struct LensKit {
    std::string name;                         // "Cooke S4/i", "Angenieux Optimo 24-290"
    LensKitKind kind = LensKitKind::Primes;
    std::vector<PrimeLens> primes;            // Primes: ascending focal length, at least one
    double zoomMinMm = 24.0;                  // Zoom: shortest focal length, millimetres
    double zoomMaxMm = 290.0;                 // Zoom: longest focal length, millimetres
    double zoomMinFocusM = 1.22;              // Zoom: closest focus, metres from the film plane
    double zoomWidestTStop = 2.8;             // Zoom: widest aperture, T-stop
    friend bool operator==(const LensKit&, const LensKit&) = default;
};

// A camera: body (sensor), delivery format, lens and placement.
struct CameraSetup {
    std::string name;
    SensorFormat sensor;                      // resolved preset or custom gate
    std::optional<LensKit> lensKit;           // the lenses available; nullopt = any focal length
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

// How lengths are shown to the user; files always store SI.
enum class DisplayUnits { Metric, Imperial };

// A whole project.
struct Project {
    static constexpr int kFormatVersion = 2;  // the version this build writes (1 is read and migrated)
    std::string title;
    FrameRate frameRate{24, 1};
    DisplayUnits displayUnits = DisplayUnits::Metric;
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
// The setup (body, lens kit, delivery, squeeze) with the pose and lens of `state`: position,
// pan, tilt, roll, focal length, focus distance and f-stop (a rig's camera at one instant).
CameraSetup withPoseAndLens(const CameraSetup& setup, const CameraState& state);

} // namespace murnau
