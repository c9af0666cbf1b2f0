#pragma once
// The moves `murnau-cli plan` generates: every move of core's catalog (core/moves/move_catalog.h)
// with its parameters read from options. This file maps the catalog's parameters to options
// (--from, --sweep ...), checks that a move takes the options given, and renames core's field
// names in errors to the options they came from.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "app/cli/arguments.h"
#include "core/moves/move_catalog.h"
#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau::cli {

inline constexpr std::string_view kMoveOperand = "MOVE";

inline constexpr OptionSpec kFromOption{"--from", "SIZE|M",
                                        "framing at the start: a shot size (ECU, CU, MCU, MS, MLS, FS, WS, EWS) or "
                                        "the lens-to-eyes distance in metres; the framing held by dollyzoom, follow, "
                                        "an orbit, pedestal, truck, head and static"};
inline constexpr OptionSpec kToOption{"--to", "SIZE|M",
                                      "framing at the end: a shot size or a distance in metres (zoomout: a size; "
                                      "dollyzoom: a distance; orbit: spirals to it)"};
inline constexpr OptionSpec kToFocalOption{"--to-focal", "MM",
                                           "zoomout, dollyzoom: the focal length at the end, instead of --to"};
inline constexpr OptionSpec kWalkSpeedOption{"--walk-speed", "MPS",
                                             "follow: the actor's walking pace in metres per second (default 1.4)"};
inline constexpr OptionSpec kRunUpOption{"--run-up", "S",
                                         "follow: seconds actor and dolly already move before the first frame "
                                         "(default none)"};
inline constexpr OptionSpec kRadiusOption{"--radius", "M",
                                          "orbit: radius in metres, lens (at eye height) to eyes; same as --from M"};
inline constexpr OptionSpec kSweepOption{"--sweep", "DEG",
                                         "orbit: angle travelled around the subject, + counter-clockwise seen from "
                                         "above (default 90)"};
inline constexpr OptionSpec kRiseOption{"--rise", "M",
                                        "pullback: a crane lifts the lens this many metres over the second half; "
                                        "pedestal: the lens rises (negative sinks, default 1); tilttrack: the lens "
                                        "rises meanwhile (default 0)"};
inline constexpr OptionSpec kTruckOption{"--truck", "M",
                                         "truck: sideways travel in metres, + to the camera's right (default 2)"};
inline constexpr OptionSpec kAxisOption{"--axis", "AXIS", "head: pan, tilt or roll (default pan)"};
inline constexpr OptionSpec kAngleOption{"--angle", "DEG",
                                         "head: how far it turns; pan + left, tilt + up, roll + counter-clockwise "
                                         "(default 30)"};
inline constexpr OptionSpec kTiltOption{"--tilt", "DEG", "tilttrack: how far the head tilts, + up (default 20)"};

// The framing `option` gives, if given: a shot size ("CU", parseShotSize()) or a lens-to-eyes
// distance in metres; an error naming the option otherwise.
Result<std::optional<SubjectFraming>> optionalFraming(const Arguments& arguments, const OptionSpec& option);

// The move the MOVE operand names (a key of core's move catalog). Errors: no operand (naming
// MOVE), an unknown move (naming the word), and a move-specific option the move does not take
// (naming the option and the moves that do take it).
Result<const MoveInfo*> readPlanMove(const Arguments& arguments);

// Generates `move` for `spec` with the move-specific options: one MoveResult, or two for compare
// (the track, then the zoom matched to it). Errors name the option at fault (core's field names
// renamed), or the move for a core error no option explains.
Result<std::vector<MoveResult>> generatePlanMove(const MoveInfo& move, const Arguments& arguments,
                                                 const MoveSpec& spec);

} // namespace murnau::cli
