#include "app/cli/plan_moves.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "app/cli/plan_spec.h"
#include "core/moves/subject_framing.h"
#include "core/optics/shot_size.h"

namespace murnau::cli {

namespace {

// The option that gives each catalog parameter (the lens is the camera's --focal, read by plan_spec.h).
struct ParameterOption {
    MoveParameter parameter;
    const OptionSpec* option;
};
constexpr std::array<ParameterOption, 11> kParameterOptions{{
    {MoveParameter::From, &kFromOption},
    {MoveParameter::To, &kToOption},
    {MoveParameter::ToFocalLength, &kToFocalOption},
    {MoveParameter::WalkingSpeed, &kWalkSpeedOption},
    {MoveParameter::RunUp, &kRunUpOption},
    {MoveParameter::Sweep, &kSweepOption},
    {MoveParameter::Rise, &kRiseOption},
    {MoveParameter::Truck, &kTruckOption},
    {MoveParameter::Tilt, &kTiltOption},
    {MoveParameter::Angle, &kAngleOption},
    {MoveParameter::Axis, &kAxisOption},
}};

// Options that only some moves take (the rest of plan's options apply to every move).
constexpr std::array<std::string_view, 14> kMoveSpecificOptions{
    "--from", "--to", "--to-focal", "--timing", "--ramp", "--walk-speed", "--run-up",
    "--radius", "--sweep", "--rise", "--truck", "--tilt", "--angle", "--axis",
};

bool takes(const MoveInfo& move, std::string_view option)
{
    if (option == kTimingOption.name || option == kRampOption.name)
        return move.usesTiming;
    if (option == kRadiusOption.name)
        return move.kind == MoveKind::Orbit;
    return std::any_of(kParameterOptions.begin(), kParameterOptions.end(), [&](const ParameterOption& entry) {
        return entry.option->name == option && takesParameter(move, entry.parameter);
    });
}

std::string moveKeys()
{
    std::string keys;
    for (const MoveInfo& info : moveCatalog())
        keys += fmt::format("{}{}", keys.empty() ? "" : ", ", info.key);
    return keys;
}

// A number of either sign from `option`, if given.
Result<std::optional<double>> optionalFinite(const Arguments& arguments, const OptionSpec& option,
                                             std::string_view expected)
{
    const auto text = arguments.value(option.name);
    if (!text)
        return std::optional<double>{};
    const Result<double> value = parseFinite(*text, option.name, expected);
    if (!value)
        return value.error();
    return std::optional<double>{*value};
}

// A core error about a move's input, renamed to the option it came from (core names the fields
// of MoveSpec and of MoveParameters); anything else is put under the move's name.
Error asPlanError(Error error, const Arguments& arguments, std::string_view moveKey)
{
    struct Rename {
        std::string_view coreField;
        std::string_view option;
    };
    static constexpr std::array<Rename, 24> kRenames{{
        {"subject.name", "--subject"},
        {"subject.heightM", "--subject-height"},
        {"camera.name", "--camera"},
        {"camera.sensor", "--sensor"},
        {"camera.gate", "--sensor"},
        {"camera.deliveryAspect", "--aspect"},
        {"camera.squeeze", "--squeeze"},
        {"camera.focalLengthMm", "--focal"},
        {"camera.fStop", "--fstop"},
        {"fStop", "--fstop"},
        {"frameRate", "--fps"},
        {"durationFlicks", "--duration"},
        {"timing.rampFlicks", "--ramp"},
        {"focalLengthMm", "--focal"},
        {"from", "--from"},
        {"to", "--to"},
        {"toFocalLengthMm", "--to-focal"},
        {"walkingSpeedMps", "--walk-speed"},
        {"runUpFlicks", "--run-up"},
        {"sweepDeg", "--sweep"},
        {"riseM", "--rise"},
        {"truckM", "--truck"},
        {"tiltDeg", "--tilt"},
        {"angleDeg", "--angle"},
    }};
    for (const Rename& rename : kRenames) {
        if (error.field != rename.coreField)
            continue;
        std::string_view option = rename.option;
        if (option == kFromOption.name && arguments.has(kRadiusOption.name))
            option = kRadiusOption.name;   // an orbit's start radius
        if (option == kStatureOption.name && arguments.has(kSetOption.name))
            option = kSubjectOption.name;   // the height is the --set actor's
        error.field = std::string(option);
        return error;
    }
    return fail(std::string(moveKey), error.describe());
}

// The move-specific options as core's parameters (the lens: the camera's --focal).
Result<MoveParameters> readParameters(const MoveInfo& move, const Arguments& arguments, const MoveSpec& spec)
{
    MoveParameters parameters;
    const Result<std::optional<SubjectFraming>> from = optionalFraming(arguments, kFromOption);
    if (!from)
        return from.error();
    const Result<std::optional<SubjectFraming>> to = optionalFraming(arguments, kToOption);
    if (!to)
        return to.error();
    const Result<std::optional<double>> toFocal =
        optionalPositive(arguments, kToFocalOption, "a positive number of millimetres");
    if (!toFocal)
        return toFocal.error();
    if (*to && *toFocal)
        return fail(std::string(kToFocalOption.name), "cannot be combined with --to: give one of them");
    if (move.kind == MoveKind::DollyZoom && !*to && !*toFocal)
        return fail(std::string(kToOption.name),
                    "is required for dollyzoom: the end distance in metres (or --to-focal MM)");
    parameters.from = *from;
    parameters.to = *to;
    parameters.toFocalLengthMm = *toFocal;
    parameters.focalLengthMm = spec.camera.focalLengthMm;

    const Result<std::optional<double>> radius = optionalPositive(arguments, kRadiusOption, "a positive radius in metres");
    if (!radius)
        return radius.error();
    if (*radius && *from)
        return fail(std::string(kRadiusOption.name), "cannot be combined with --from: give one of them");
    if (*radius)
        parameters.from = SubjectFraming::atDistance(**radius);

    const Result<std::optional<double>> speed =
        optionalPositive(arguments, kWalkSpeedOption, "a positive speed in metres per second");
    if (!speed)
        return speed.error();
    parameters.walkingSpeedMps = *speed;
    const Result<std::optional<Flicks>> runUp = optionalSeconds(arguments, kRunUpOption);
    if (!runUp)
        return runUp.error();
    parameters.runUpFlicks = *runUp;
    const Result<std::optional<double>> sweep = optionalFinite(arguments, kSweepOption, "an angle in degrees");
    if (!sweep)
        return sweep.error();
    parameters.sweepDeg = *sweep;
    // A pull back's crane only rises; a pedestal or a tilt-track may also sink.
    const Result<std::optional<double>> rise =
        move.kind == MoveKind::PullBack ? optionalPositive(arguments, kRiseOption, "a positive height in metres")
                                        : optionalFinite(arguments, kRiseOption, "a height in metres");
    if (!rise)
        return rise.error();
    parameters.riseM = *rise;
    const Result<std::optional<double>> truck = optionalFinite(arguments, kTruckOption, "a distance in metres");
    if (!truck)
        return truck.error();
    parameters.truckM = *truck;
    const Result<std::optional<double>> tilt = optionalFinite(arguments, kTiltOption, "an angle in degrees");
    if (!tilt)
        return tilt.error();
    parameters.tiltDeg = *tilt;
    const Result<std::optional<double>> angle = optionalFinite(arguments, kAngleOption, "an angle in degrees");
    if (!angle)
        return angle.error();
    parameters.angleDeg = *angle;
    if (const auto axis = arguments.value(kAxisOption.name)) {
        if (*axis == "pan")
            parameters.axis = HeadAxis::Pan;
        else if (*axis == "tilt")
            parameters.axis = HeadAxis::Tilt;
        else if (*axis == "roll")
            parameters.axis = HeadAxis::Roll;
        else
            return fail(std::string(kAxisOption.name), fmt::format("must be pan, tilt or roll, got {}", *axis));
    }
    return parameters;
}

} // namespace

Result<std::optional<SubjectFraming>> optionalFraming(const Arguments& arguments, const OptionSpec& option)
{
    const auto text = arguments.value(option.name);
    if (!text)
        return std::optional<SubjectFraming>{};
    if (const Result<ShotSize> size = parseShotSize(*text))
        return std::optional<SubjectFraming>{SubjectFraming::ofSize(*size)};
    const Result<double> distanceM = parsePositive(
        *text, option.name, "a shot size (ECU, CU, MCU, MS, MLS, FS, WS, EWS) or a distance in metres");
    if (!distanceM)
        return distanceM.error();
    return std::optional<SubjectFraming>{SubjectFraming::atDistance(*distanceM)};
}

Result<const MoveInfo*> readPlanMove(const Arguments& arguments)
{
    const Result<std::string> key = arguments.operand();
    if (!key)
        return fail(std::string(kMoveOperand), fmt::format("is required: one of {}", moveKeys()));
    const MoveInfo* found = findMove(*key);
    if (found == nullptr)
        return fail(*key, fmt::format("unknown move; plan one of {}", moveKeys()));

    for (const std::string_view option : kMoveSpecificOptions) {
        if (!arguments.has(option) || takes(*found, option))
            continue;
        std::string users;
        for (const MoveInfo& info : moveCatalog()) {
            if (takes(info, option))
                users += fmt::format("{}{}", users.empty() ? "" : ", ", info.key);
        }
        return fail(std::string(option), fmt::format("is not used by {} (only by {})", found->key, users));
    }
    return found;
}

Result<std::vector<MoveResult>> generatePlanMove(const MoveInfo& move, const Arguments& arguments,
                                                 const MoveSpec& spec)
{
    const Result<MoveParameters> parameters = readParameters(move, arguments, spec);
    if (!parameters)
        return parameters.error();
    Result<std::vector<MoveResult>> results = generateMove(move.kind, spec, *parameters);
    if (!results)
        return asPlanError(results.error(), arguments, move.key);
    return results;
}

} // namespace murnau::cli
