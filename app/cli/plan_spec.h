#pragma once
// What every move of `murnau-cli plan` shares, read from its options into a core MoveSpec: the
// project the move is added to (--set's, or a new one with a plain floor), the subject actor,
// the camera setup (--sensor, --aspect, --squeeze, --focal of camera_options.h, and --fstop),
// the frame rate, the duration and the timing of the travel.

#include <optional>
#include <string_view>

#include "app/cli/arguments.h"
#include "core/moves/move_spec.h"
#include "core/scene/project.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau::cli {

inline constexpr OptionSpec kSetOption{"--set", "PROJECT",
                                       "start from this project (its set, actors, cameras and scenes) and add the move "
                                       "as a new scene; default: a plain floor with one actor"};
inline constexpr OptionSpec kSubjectOption{"--subject", "NAME",
                                           "the actor framed: with --set one of its actors (default its first), else "
                                           "the new actor's name (default Subject)"};
inline constexpr OptionSpec kStatureOption{"--subject-height", "M",
                                           "the new actor's standing height in metres (default 1.75; not with --set)"};
inline constexpr OptionSpec kCameraNameOption{
    "--camera", "NAME", "name of the camera setup added for the move (default the first free of A, B, C ...)"};
inline constexpr OptionSpec kStopOption{"--fstop", "N", "f-number held through the move (default 2.8)"};
inline constexpr OptionSpec kDurationOption{"--duration", "S", "length of the shot in seconds (default 6)"};
inline constexpr OptionSpec kRateOption{
    "--fps", "RATE", "frame rate: 23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60 (default 24, or the --set project's)"};
inline constexpr OptionSpec kTimingOption{"--timing", "PROFILE",
                                          "how the travel spreads over time: eased (ease-in-out, default), constant "
                                          "(at speed from the first frame to the last) or ramped"};
inline constexpr OptionSpec kRampOption{"--ramp", "S",
                                        "with --timing ramped: seconds of constant acceleration at the start and of "
                                        "deceleration at the end (default 1)"};

// The project a move is added to, and the spec of the move.
struct PlanBase {
    Project project;          // the --set project, or a new project holding the subject on a plain floor
    bool newProject = true;   // no --set: the title, rate and floor are the plan's to choose
    MoveSpec spec;            // subject, camera (not yet in project.cameras), rate, duration, timing; look-at aim
};

// Reads the shared options. Defaults: super35 full gate, 35 mm at f/2.8, a subject 1.75 m tall
// named Subject at the origin facing -Z, 6 s at 24 fps (or the --set project's rate), eased.
// Errors name the option; an unreadable --set project gives the loader's error.
Result<PlanBase> readPlanBase(const Arguments& arguments);

// A positive number from `option`, if given; "<option>: must be <expected>, got ..." otherwise.
Result<std::optional<double>> optionalPositive(const Arguments& arguments, const OptionSpec& option,
                                               std::string_view expected);

// A positive number of seconds (at most a day) from `option` as flicks, if given.
Result<std::optional<Flicks>> optionalSeconds(const Arguments& arguments, const OptionSpec& option);

} // namespace murnau::cli
