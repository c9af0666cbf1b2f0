#pragma once
// Every camera move the generators in core/moves make, in one place: its key ("trackout"), its
// title, the parameters it takes (with the generator's defaults), and one call that generates
// it from a MoveSpec and a plain MoveParameters. The CLI's `plan` verb and the app's New Move
// dialog are thin layers over this, so both offer the same moves with the same defaults and
// the same errors.
//
// Errors name the fields of MoveSpec (prepareMove(), "durationFlicks", "timing.rampFlicks",
// ...) or of MoveParameters ("from", "to", "focalLengthMm", "toFocalLengthMm",
// "walkingSpeedMps", "runUpFlicks", "sweepDeg", "riseM", "truckM", "tiltDeg", "angleDeg"): the
// generators' own names ("framing", "endDistanceM", "crane.riseM", ...) are renamed to the
// parameter they came from.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/moves/head_move.h"
#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// The moves, in the order menus list them.
enum class MoveKind {
    Track,       // push in / track out on a straight track at a fixed lens (track_move.h)
    Zoom,        // zoom in or out from a standing camera (zoom_move.h)
    Compare,     // a track and the zoom matched to it on every frame: two shots (track_versus_zoom.h)
    DollyZoom,   // track while zooming so the subject keeps its size (dolly_zoom.h)
    Follow,      // backwards tracking shot leading a walking actor (follow_move.h)
    Orbit,       // circle (or spiral) around the subject (orbit_move.h)
    PullBack,    // extended pull back, distance growing geometrically (pull_back.h)
    Pedestal,    // lens rises or sinks (pedestal_move.h)
    Truck,       // sideways travel square to the line of sight (truck_move.h)
    Head,        // pan, tilt or roll of the head (head_move.h)
    TiltTrack,   // track out while tilting (and rising) (tilt_track_move.h)
    Static,      // a camera framing the subject, nothing moving (static_shot.h)
};

// A parameter a move may take (besides the MoveSpec every move takes).
enum class MoveParameter {
    From,            // framing at the start (or the framing held): a shot size or a lens-to-eyes distance
    To,              // framing at the end: a shot size or a distance
    FocalLength,     // the lens (the start of a zoom), millimetres; nullopt = the camera's
    ToFocalLength,   // the lens at the end of a zoom or dolly zoom, millimetres
    WalkingSpeed,    // the subject's walking pace, metres per second
    RunUp,           // time actor and dolly already move before the first frame, flicks
    Sweep,           // angle travelled around the subject, degrees, + counter-clockwise seen from above
    Rise,            // how far the lens rises, metres (negative sinks)
    Truck,           // sideways travel, metres, + to the camera's right
    Tilt,            // how far the head tilts during a tilt-track, degrees, + up
    Angle,           // how far the head turns, degrees (pan + left, tilt + up, roll + counter-clockwise)
    Axis,            // which way the head turns: pan, tilt or roll
};

// What kind of value a parameter holds (how a form asks for it).
enum class MoveValueKind {
    Framing,    // a shot size (ECU ... EWS) or a distance in metres
    Length,     // metres
    FocalMm,    // millimetres
    Speed,      // metres per second
    Seconds,    // a duration (flicks in MoveParameters, seconds in a form)
    Degrees,    // degrees
    HeadAxis,   // pan, tilt or roll
};

// One parameter: its field name in MoveParameters (and in errors), a label and its kind.
struct MoveParameterInfo {
    MoveParameter parameter;
    std::string_view field;   // "from", "walkingSpeedMps": the MoveParameters member errors name
    std::string_view label;   // "From", "Walking speed"
    MoveValueKind kind;
};

// How one move uses one parameter.
struct MoveParameterUse {
    MoveParameter parameter;
    std::string_view label;   // what the move calls it: "From", "Framing" (held), "End distance"
    bool optional;            // may be left out (nullopt in MoveParameters, with the meaning in `note`)
    std::string_view note;    // one line: what it does in this move, what leaving it out means
};

// One move.
struct MoveInfo {
    MoveKind kind;
    std::string_view key;              // "trackout": the CLI's MOVE operand and the app's id
    std::string_view title;            // "Track in / out"
    std::string_view summary;          // one line on what happens
    std::string_view shotName;         // the generated shot's name ("Track"); compare: the track's
    std::string_view secondShotName;   // compare: the matched zoom's name; empty for one-shot moves
    bool usesTiming;                   // whether MoveSpec::timing shapes it (a leading shot always runs at constant speed)
    std::span<const MoveParameterUse> parameters;   // the parameters it takes, in the order a form shows them
};

// The values of a move's parameters; nullopt = not given (the move's default, see
// defaultMoveParameters(), or the meaning of an optional parameter left out).
struct MoveParameters {
    std::optional<SubjectFraming> from;          // framing at the start, or the framing held
    std::optional<SubjectFraming> to;            // framing at the end
    std::optional<double> focalLengthMm;         // the lens (a zoom's start), millimetres; nullopt = the camera's
    std::optional<double> toFocalLengthMm;       // a zoom's or dolly zoom's end lens, millimetres
    std::optional<double> walkingSpeedMps;       // the leading shot's pace, metres per second
    std::optional<Flicks> runUpFlicks;           // the leading shot's run-up, flicks (>= 0)
    std::optional<double> sweepDeg;              // the orbit's angle, degrees
    std::optional<double> riseM;                 // the lens's rise, metres (pull back: on a crane over the second half)
    std::optional<double> truckM;                // the truck's travel, metres
    std::optional<double> tiltDeg;               // the tilt-track's tilt, degrees
    std::optional<double> angleDeg;              // the head's turn, degrees
    std::optional<HeadAxis> axis;                // the head's axis
    friend bool operator==(const MoveParameters&, const MoveParameters&) = default;
};

// Every move, in MoveKind order.
[[nodiscard]] std::span<const MoveInfo> moveCatalog() noexcept;
// The move of a kind.
[[nodiscard]] const MoveInfo& moveInfo(MoveKind kind) noexcept;
// The move a key names ("trackout"), or nullptr.
[[nodiscard]] const MoveInfo* findMove(std::string_view key) noexcept;
// Every parameter, in MoveParameter order.
[[nodiscard]] std::span<const MoveParameterInfo> moveParameterInfos() noexcept;
// The parameter's field name, label and kind.
[[nodiscard]] const MoveParameterInfo& moveParameterInfo(MoveParameter parameter) noexcept;
// Whether a move takes a parameter.
[[nodiscard]] bool takesParameter(const MoveInfo& move, MoveParameter parameter) noexcept;
// Whether the parameter has a value in `parameters`.
[[nodiscard]] bool hasParameter(const MoveParameters& parameters, MoveParameter parameter) noexcept;

// The defaults a form starts from: the generator's defaults for every parameter the move
// takes (its parameter struct's initial values: a track CU to WS, an orbit of 90 deg ...),
// nullopt for optional parameters left out by default (the lens: the camera's; an orbit's end:
// a circle; a pull back's rise: level; a zoom's or dolly zoom's end lens: the end framing is
// used). A dolly zoom's end defaults to an end lens twice the start (the camera's, or
// `focalLengthMm`), the distance doubling with it.
[[nodiscard]] MoveParameters defaultMoveParameters(MoveKind kind);

// `parameters` with every parameter `kind` takes and that is not given set to its default
// (defaultMoveParameters()); a given one is kept. A zoom or dolly zoom given either end keeps
// it and takes no default for the other.
[[nodiscard]] MoveParameters withMoveDefaults(MoveKind kind, MoveParameters parameters);

// Generates the move: one MoveResult, or two for Compare (the track, then the zoom matched to
// it). Parameters not given take withMoveDefaults(). Errors: a parameter the move does not take
// (naming it: "sweepDeg: a track out does not use ..."), "to" / "toFocalLengthMm" when both
// are given for a zoom or dolly zoom, "to" given as a distance for a zoom or as a shot size for
// a dolly zoom, and the generator's errors renamed to the fields above.
Result<std::vector<MoveResult>> generateMove(MoveKind kind, const MoveSpec& spec, const MoveParameters& parameters);

} // namespace murnau
