#include "app/cli/plan_moves.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include <fmt/format.h>

#include "app/cli/plan_spec.h"
#include "core/moves/dolly_zoom.h"
#include "core/moves/follow_move.h"
#include "core/moves/orbit_move.h"
#include "core/moves/pull_back.h"
#include "core/moves/subject_framing.h"
#include "core/moves/track_move.h"
#include "core/moves/track_versus_zoom.h"
#include "core/moves/zoom_move.h"
#include "core/optics/shot_size.h"

namespace murnau::cli {

namespace {

constexpr std::array<std::string_view, 4> kTrackOutOptions{"--from", "--to", "--timing", "--ramp"};
constexpr std::array<std::string_view, 5> kZoomOutOptions{"--from", "--to", "--to-focal", "--timing", "--ramp"};
constexpr std::array<std::string_view, 4> kCompareOptions{"--from", "--to", "--timing", "--ramp"};
constexpr std::array<std::string_view, 5> kDollyZoomOptions{"--from", "--to", "--to-focal", "--timing", "--ramp"};
constexpr std::array<std::string_view, 3> kFollowOptions{"--from", "--walk-speed", "--run-up"};
constexpr std::array<std::string_view, 6> kOrbitOptions{"--from", "--radius", "--to", "--sweep", "--timing", "--ramp"};
constexpr std::array<std::string_view, 5> kPullBackOptions{"--from", "--to", "--rise", "--timing", "--ramp"};

constexpr std::array<PlanMoveInfo, 7> kMoves{{
    {PlanMove::TrackOut, "trackout", "Track", "", kTrackOutOptions},
    {PlanMove::ZoomOut, "zoomout", "Zoom", "", kZoomOutOptions},
    {PlanMove::Compare, "compare", "Track (compare with the zoom)", "Zoom (compare with the track)", kCompareOptions},
    {PlanMove::DollyZoom, "dollyzoom", "Dolly zoom", "", kDollyZoomOptions},
    {PlanMove::Follow, "follow", "Backwards tracking shot", "", kFollowOptions},
    {PlanMove::Orbit, "orbit", "Orbit", "", kOrbitOptions},
    {PlanMove::PullBack, "pullback", "Extended pull back", "", kPullBackOptions},
}};

// Options that only some moves take (the rest of plan's options apply to every move).
constexpr std::array<std::string_view, 10> kMoveSpecificOptions{
    "--from", "--to", "--to-focal", "--timing", "--ramp", "--walk-speed", "--run-up", "--radius", "--sweep", "--rise",
};

bool takes(const PlanMoveInfo& move, std::string_view option)
{
    return std::find(move.options.begin(), move.options.end(), option) != move.options.end();
}

std::string moveKeys()
{
    std::string keys;
    for (const PlanMoveInfo& info : kMoves)
        keys += fmt::format("{}{}", keys.empty() ? "" : ", ", info.key);
    return keys;
}

// "CU" or "2.5": a shot size or a lens-to-eyes distance in metres.
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

// A core error about a move's input, renamed to the option it came from (core names the fields
// of MoveSpec and of the move's parameters); anything else is put under the move's name.
Error asPlanError(Error error, const Arguments& arguments, std::string_view moveKey)
{
    struct Rename {
        std::string_view coreField;
        std::string_view option;
    };
    static constexpr std::array<Rename, 28> kRenames{{
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
        {"fromFocalLengthMm", "--focal"},
        {"startFocalLengthMm", "--focal"},
        {"from", "--from"},
        {"framing", "--from"},
        {"to", "--to"},
        {"toSize", "--to"},
        {"endDistanceM", "--to"},
        {"toFocalLengthMm", "--to-focal"},
        {"endFocalLengthMm", "--to-focal"},
        {"walkingSpeedMps", "--walk-speed"},
        {"runUpFlicks", "--run-up"},
        {"sweepDeg", "--sweep"},
        {"crane.riseM", "--rise"},
        {"crane.tailFraction", "--rise"},
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

} // namespace

std::span<const PlanMoveInfo> planMoves() noexcept
{
    return kMoves;
}

Result<const PlanMoveInfo*> readPlanMove(const Arguments& arguments)
{
    const Result<std::string> key = arguments.operand();
    if (!key)
        return fail(std::string(kMoveOperand), fmt::format("is required: one of {}", moveKeys()));
    const auto found = std::find_if(kMoves.begin(), kMoves.end(), [&](const PlanMoveInfo& info) { return info.key == *key; });
    if (found == kMoves.end())
        return fail(*key, fmt::format("unknown move; plan one of {}", moveKeys()));

    for (const std::string_view option : kMoveSpecificOptions) {
        if (!arguments.has(option) || takes(*found, option))
            continue;
        std::string users;
        for (const PlanMoveInfo& info : kMoves) {
            if (takes(info, option))
                users += fmt::format("{}{}", users.empty() ? "" : ", ", info.key);
        }
        return fail(std::string(option), fmt::format("is not used by {} (only by {})", found->key, users));
    }
    return &*found;
}

Result<std::vector<MoveResult>> generatePlanMove(const PlanMoveInfo& move, const Arguments& arguments,
                                                 const MoveSpec& spec)
{
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
    const std::optional<double> focal = spec.camera.focalLengthMm;

    const auto single = [&](Result<MoveResult> result) -> Result<std::vector<MoveResult>> {
        if (!result)
            return asPlanError(result.error(), arguments, move.key);
        return std::vector<MoveResult>{std::move(result).value()};
    };

    switch (move.move) {
    case PlanMove::TrackOut:
        return single(makeTrackMove(spec, TrackMove{from->value_or(SubjectFraming::ofSize(ShotSize::CU)),
                                                    to->value_or(SubjectFraming::ofSize(ShotSize::WS)), focal}));
    case PlanMove::ZoomOut: {
        ZoomMove zoom;
        zoom.from = from->value_or(SubjectFraming::ofSize(ShotSize::CU));
        zoom.fromFocalLengthMm = focal;
        if (*to && !(*to)->shotSize())
            return fail(std::string(kToOption.name),
                        "a zoom does not move the camera: give the end as a shot size, or --to-focal MM");
        zoom.toFocalLengthMm = *toFocal;
        if (!*toFocal)
            zoom.toSize = *to ? *(*to)->shotSize() : ShotSize::WS;
        return single(makeZoomMove(spec, zoom));
    }
    case PlanMove::Compare: {
        const Result<TrackVersusZoomPair> pair = makeTrackVersusZoom(
            spec, TrackVersusZoom{from->value_or(SubjectFraming::ofSize(ShotSize::MCU)),
                                  to->value_or(SubjectFraming::ofSize(ShotSize::FS)), focal});
        if (!pair)
            return asPlanError(pair.error(), arguments, move.key);
        return std::vector<MoveResult>{pair->track, pair->zoom};
    }
    case PlanMove::DollyZoom: {
        DollyZoom dollyZoom;
        dollyZoom.framing = from->value_or(SubjectFraming::ofSize(ShotSize::MCU));
        dollyZoom.startFocalLengthMm = focal;
        if (*to && !(*to)->distanceM())
            return fail(std::string(kToOption.name),
                        "a dolly zoom holds the framing: give the end as a distance in metres, or --to-focal MM");
        if (!*to && !*toFocal)
            return fail(std::string(kToOption.name),
                        "is required for dollyzoom: the end distance in metres (or --to-focal MM)");
        dollyZoom.endDistanceM = *to ? (*to)->distanceM() : std::nullopt;
        dollyZoom.endFocalLengthMm = *toFocal;
        return single(makeDollyZoom(spec, dollyZoom));
    }
    case PlanMove::Follow: {
        FollowMove follow;
        follow.framing = from->value_or(SubjectFraming::ofSize(ShotSize::MS));
        follow.focalLengthMm = focal;
        const Result<std::optional<double>> speed =
            optionalPositive(arguments, kWalkSpeedOption, "a positive speed in metres per second");
        if (!speed)
            return speed.error();
        follow.walkingSpeedMps = speed->value_or(kWalkingSpeedMps);
        const Result<std::optional<Flicks>> runUp = optionalSeconds(arguments, kRunUpOption);
        if (!runUp)
            return runUp.error();
        follow.runUpFlicks = runUp->value_or(0);
        return single(makeFollowMove(spec, follow));
    }
    case PlanMove::Orbit: {
        OrbitMove orbit;
        const Result<std::optional<double>> radius =
            optionalPositive(arguments, kRadiusOption, "a positive radius in metres");
        if (!radius)
            return radius.error();
        if (*radius && *from)
            return fail(std::string(kRadiusOption.name), "cannot be combined with --from: give one of them");
        orbit.from =
            *radius ? SubjectFraming::atDistance(**radius) : from->value_or(SubjectFraming::ofSize(ShotSize::MS));
        orbit.to = *to;
        if (const auto sweepText = arguments.value(kSweepOption.name)) {
            const Result<double> sweep = parseFinite(*sweepText, kSweepOption.name, "an angle in degrees");
            if (!sweep)
                return sweep.error();
            orbit.sweepDeg = *sweep;
        }
        orbit.focalLengthMm = focal;
        return single(makeOrbitMove(spec, orbit));
    }
    case PlanMove::PullBack: {
        PullBack pullBack;
        pullBack.from = from->value_or(SubjectFraming::ofSize(ShotSize::CU));
        pullBack.to = to->value_or(SubjectFraming::ofSize(ShotSize::EWS));
        pullBack.focalLengthMm = focal;
        const Result<std::optional<double>> rise =
            optionalPositive(arguments, kRiseOption, "a positive height in metres");
        if (!rise)
            return rise.error();
        if (*rise)
            pullBack.crane = PullBackCrane{**rise, 0.5};
        return single(makePullBack(spec, pullBack));
    }
    }
    return fail(std::string(move.key), "unknown move");
}

} // namespace murnau::cli
