#pragma once
// The moves `murnau-cli plan` generates through core/moves, with the options only some of them
// take: the MOVE operand, which move-specific options each move accepts, and the generator call
// with core's errors renamed to the options they came from.

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "app/cli/arguments.h"
#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/util/result.h"

namespace murnau::cli {

inline constexpr std::string_view kMoveOperand = "MOVE";

inline constexpr OptionSpec kFromOption{"--from", "SIZE|M",
                                        "framing at the start: a shot size (ECU, CU, MCU, MS, MLS, FS, WS, EWS) or "
                                        "the lens-to-eyes distance in metres; held by dollyzoom, follow and an orbit"};
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
                                        "pullback: a crane lifts the lens this many metres over the second half"};

// The moves, in the order the help lists them.
enum class PlanMove { TrackOut, ZoomOut, Compare, DollyZoom, Follow, Orbit, PullBack };

struct PlanMoveInfo {
    PlanMove move;
    std::string_view key;                        // the MOVE operand: "trackout"
    std::string_view shotName;                   // the generated shot's title ("Track"); compare: the track's
    std::string_view secondShotName;             // compare: the matched zoom's title; empty for one-shot moves
    std::span<const std::string_view> options;   // the move-specific options it takes ("--from", "--timing", ...)
};

// Every move plan knows.
std::span<const PlanMoveInfo> planMoves() noexcept;

// The move the MOVE operand names. Errors: no operand (naming MOVE), an unknown move (naming the
// word), and a move-specific option the move does not take (naming the option and the moves
// that do take it).
Result<const PlanMoveInfo*> readPlanMove(const Arguments& arguments);

// Generates `move` for `spec` with the move-specific options: one MoveResult, or two for compare
// (the track, then the zoom matched to it). Errors name the option at fault (core's field names
// renamed), or the move for a core error no option explains.
Result<std::vector<MoveResult>> generatePlanMove(const PlanMoveInfo& move, const Arguments& arguments,
                                                 const MoveSpec& spec);

} // namespace murnau::cli
