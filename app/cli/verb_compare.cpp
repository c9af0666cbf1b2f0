// murnau-cli compare: a track out and a zoom out (and optionally a dolly zoom) matched to a shot
// of a project, or from nothing (core/moves/comparison.h): what each side costs the crew
// (core/analysis/comparison_cost.h) and the readouts at every frame (comparison_readouts.h):
// distances, focal lengths, angles of view, the subject's size and the background's
// magnification, measured and predicted.

#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/plan_moves.h"
#include "app/cli/plan_spec.h"
#include "app/cli/project_options.h"
#include "app/cli/verbs.h"
#include "core/analysis/comparison_cost.h"
#include "core/analysis/comparison_json.h"
#include "core/analysis/comparison_readouts.h"
#include "core/analysis/report_text.h"
#include "core/moves/comparison.h"

namespace murnau::cli {

namespace {

constexpr OptionSpec kCompareShotOption{"--shot", "ID",
                                        "the shot compared: its camera, rate, length, its scene held at its first "
                                        "instant (everyone stands where they are then) and the side of the "
                                        "subject its camera stands on (default: none, a comparison from nothing with "
                                        "the project's first camera, the actors where they stand)"};
constexpr OptionSpec kCompareSubjectOption{"--subject", "NAME",
                                           "the actor framed (default: the shot's aim actor, else its first cast "
                                           "member, else the project's first actor)"};
constexpr OptionSpec kCompareFromOption{"--from", "SIZE|M",
                                        "framing at the start of every side: a shot size (ECU, CU, MCU, MS, MLS, FS, "
                                        "WS, EWS) or the lens-to-eyes distance in metres (default: the shot's first "
                                        "frame when it differs from its last by a size, else MCU)"};
constexpr OptionSpec kCompareToOption{"--to", "SIZE|M",
                                      "framing at the end of the track and the zoom (default: the shot's last frame "
                                      "when it differs from its first by a size, else FS)"};
constexpr OptionSpec kCompareFocalOption{"--focal", "MM",
                                         "the track's lens and the zoom's (and dolly zoom's) start, millimetres "
                                         "(default: the camera's)"};
constexpr OptionSpec kCompareDurationOption{"--duration", "S",
                                            "length of the shots in seconds (default: the shot's, from nothing 6)"};
constexpr OptionSpec kDollyZoomOption{"--dolly-zoom", "",
                                      "also a dolly zoom: the track's travel, holding the start framing"};
constexpr OptionSpec kBackgroundOption{"--background", "PIECE",
                                       "read the background's magnification on this set piece (its centre line, "
                                       "floor to top)"};
constexpr OptionSpec kBehindOption{"--background-behind", "M",
                                   "read it on a plane this many metres behind the subject's eyes (default 10)"};

constexpr std::array<OptionSpec, 9> kOptions{
    kCompareShotOption, kCompareSubjectOption, kCompareFromOption, kCompareToOption, kCompareFocalOption,
    kCompareDurationOption, kDollyZoomOption, kBackgroundOption, kBehindOption,
};

// A core error about the request, renamed to the option it came from.
Error asCompareError(Error error)
{
    struct Rename {
        std::string_view coreField;
        std::string_view option;
    };
    static constexpr std::array<Rename, 10> kRenames{{
        {"shotId", "--shot"},
        {"subject", "--subject"},
        {"subject.name", "--subject"},
        {"from", "--from"},
        {"to", "--to"},
        {"focalLengthMm", "--focal"},
        {"durationFlicks", "--duration"},
        {"background.setPiece", "--background"},
        {"background.behindM", "--background-behind"},
        {"background", "--background"},
    }};
    for (const Rename& rename : kRenames) {
        if (error.field == rename.coreField) {
            error.field = std::string(rename.option);
            return error;
        }
    }
    return error;
}

// "3.2 m, 2 sections", "none".
std::string trackText(const SideCost& cost)
{
    if (cost.trackLengthM <= 0.0)
        return "none";
    return fmt::format("{} m, {} section{}", formatQuantity(cost.trackLengthM), cost.trackSections,
                       cost.trackSections == 1 ? "" : "s");
}

// "50 mm" or "50-19.8 mm" (start to end).
std::string focalText(const SideCost& cost, const MoveResult& move)
{
    if (cost.maxFocalMm - cost.minFocalMm < 0.05)
        return fmt::format("{} mm", formatQuantity(cost.minFocalMm));
    return fmt::format("{}-{} mm", formatQuantity(move.summary.startFocalLengthMm),
                       formatQuantity(move.summary.endFocalLengthMm));
}

// "0.98-1.13 m", "2.1 m-inf".
std::string spanText(const FocusSpan& span)
{
    return fmt::format("{}-{} m", formatQuantity(span.nearM), span.farM ? formatQuantity(*span.farM) : "inf");
}

// The per-side summary and the per-frame rows.
std::string compareText(const Comparison& comparison, const std::vector<SideCost>& costs,
                        const ComparisonReadouts& readouts)
{
    std::string text = comparison.sourceShotId.empty()
                           ? fmt::format("Comparison from nothing, camera {}, subject {}\n",
                                         comparison.moves.front().shot.camera, comparison.request.subject)
                           : fmt::format("Comparison of shot {}, subject {}\n", comparison.sourceShotId,
                                         comparison.request.subject);
    for (const MoveResult& move : comparison.moves)
        text += fmt::format("  {}\n", move.description);
    text += fmt::format("Background {}, {} m behind the subject at the first frame\n\n", readouts.backgroundLabel,
                        formatQuantity(readouts.backgroundBehindM));

    text += fmt::format("{:<11} {:<20} {:>10} {:<14} {:<22} {:<22} {:<16} {}\n", "Side", "Track", "Peak speed",
                        "Focal", "Closest focus", "DoF start", "DoF end", "Lens kit");
    for (std::size_t i = 0; i < costs.size(); ++i) {
        const SideCost& cost = costs[i];
        const std::string focus =
            cost.lensMinFocusM
                ? fmt::format("{} m (min {}{})", formatQuantity(cost.closestFocusM),
                              formatQuantity(*cost.lensMinFocusM), cost.focusCovers ? "" : ", too close")
                : fmt::format("{} m", formatQuantity(cost.closestFocusM));
        text += fmt::format("{:<11} {:<20} {:>10} {:<14} {:<22} {:<22} {:<16} {}{}\n",
                            compareSideTitle(cost.side), trackText(cost),
                            fmt::format("{} m/s", formatQuantity(cost.peakDollySpeedMps)),
                            focalText(cost, comparison.moves[i]), focus, spanText(cost.depthOfFieldStart),
                            spanText(cost.depthOfFieldEnd), cost.lensKitCovers ? "" : "NO: ", cost.lensKitNote);
    }

    // Per frame: distance, focal length and angle of view of every side, A's subject fraction
    // (equal in every side by construction), the background magnification of A over B.
    const std::size_t sideCount = comparison.sides.size();
    std::string header = fmt::format("\n{:>6} {:>7}", "Frame", "Time s");
    const std::array<std::string_view, 3> letters{"A", "B", "C"};
    for (std::size_t s = 0; s < sideCount; ++s)
        header += fmt::format(" {:>9}", fmt::format("Dist {} m", letters[s]));
    for (std::size_t s = 0; s < sideCount; ++s)
        header += fmt::format(" {:>10}", fmt::format("Focal {} mm", letters[s]));
    for (std::size_t s = 0; s < sideCount; ++s)
        header += fmt::format(" {:>8}", fmt::format("AOV {}", letters[s]));
    header += fmt::format(" {:>8} {:>8} {:>8}\n", "Subject", "Mag", "Mag pred");
    text += header;
    for (const ComparisonFrame& frame : readouts.frames) {
        std::string row = fmt::format("{:>6} {:>7.3f}", frame.frame, frame.seconds);
        for (const SideReading& side : frame.sides)
            row += fmt::format(" {:>9.4f}", side.distanceM);
        for (const SideReading& side : frame.sides)
            row += fmt::format(" {:>10.3f}", side.focalLengthMm);
        for (const SideReading& side : frame.sides)
            row += fmt::format(" {:>8.3f}", side.horizontalAovDeg);
        row += fmt::format(" {:>8.4f} {:>8.5f} {:>8.5f}\n", frame.sides.empty() ? 0.0 : frame.sides.front().subjectFraction,
                           frame.backgroundMagnification, frame.predictedMagnification);
        text += row;
    }
    text += fmt::format("{} frames. Side A: {}; B: {}{}.\n", readouts.frames.size(), compareSideTitle(CompareSide::Track),
                        compareSideTitle(CompareSide::Zoom),
                        sideCount > 2 ? fmt::format("; C: {}", compareSideTitle(CompareSide::DollyZoom)) : std::string());
    return text;
}

Result<VerbOutput> runCompare(const Arguments& arguments)
{
    const Result<Project> project = readProjectOperand(arguments);
    if (!project)
        return project.error();

    std::string shotId;
    if (arguments.has(kCompareShotOption.name)) {
        const Result<std::vector<ShotInProject>> shots = selectShots(*project, arguments);
        if (!shots)
            return shots.error();
        shotId = shots->front().shot->id;
    }

    const std::string subject(arguments.value(kCompareSubjectOption.name).value_or(std::string_view()));
    ComparisonRequest request;
    if (!shotId.empty()) {
        Result<ComparisonRequest> fromShot = comparisonRequestForShot(*project, shotId, subject);
        if (!fromShot)
            return asCompareError(fromShot.error());
        request = std::move(fromShot).value();
    } else {
        request.subject = subject.empty() ? defaultComparisonSubject(*project, "") : subject;
    }
    if (request.subject.empty())
        return fail(std::string(kCompareSubjectOption.name), "the project has no actor to frame");
    const Result<std::optional<SubjectFraming>> from = optionalFraming(arguments, kCompareFromOption);
    if (!from)
        return from.error();
    if (*from)
        request.from = **from;
    const Result<std::optional<SubjectFraming>> to = optionalFraming(arguments, kCompareToOption);
    if (!to)
        return to.error();
    if (*to)
        request.to = **to;
    const Result<std::optional<double>> focal =
        optionalPositive(arguments, kCompareFocalOption, "a positive number of millimetres");
    if (!focal)
        return focal.error();
    if (*focal)
        request.focalLengthMm = **focal;
    const Result<std::optional<Flicks>> duration = optionalSeconds(arguments, kCompareDurationOption);
    if (!duration)
        return duration.error();
    if (*duration)
        request.durationFlicks = **duration;
    request.withDollyZoom = arguments.has(kDollyZoomOption.name);

    CompareBackground background;
    if (arguments.has(kBackgroundOption.name) && arguments.has(kBehindOption.name))
        return fail(std::string(kBehindOption.name), "cannot be combined with --background: give one of them");
    if (const auto piece = arguments.value(kBackgroundOption.name))
        background.setPiece = std::string(*piece);
    const Result<std::optional<double>> behind =
        optionalPositive(arguments, kBehindOption, "a positive distance in metres");
    if (!behind)
        return behind.error();
    if (*behind)
        background.behindM = **behind;

    const Result<Comparison> comparison = makeComparison(*project, shotId, request);
    if (!comparison) {
        Error error = comparison.error();
        // A framing the user did not give came from the shot: say so.
        const bool defaultFraming = (error.field == "from" && !arguments.has(kCompareFromOption.name))
                                    || (error.field == "to" && !arguments.has(kCompareToOption.name));
        if (defaultFraming && !shotId.empty())
            error.message += fmt::format(" (the shot's framings of {}, {} to {}, were used: give --from and --to)",
                                         request.subject, framingLabel(request.from), framingLabel(request.to));
        return asCompareError(std::move(error));
    }
    const Result<std::vector<SideCost>> costs = costComparison(*project, *comparison);
    if (!costs)
        return asCompareError(costs.error());
    const Result<ComparisonReadouts> readouts = readComparison(*project, *comparison, background);
    if (!readouts)
        return asCompareError(readouts.error());
    spdlog::debug("compare {}: {} sides, {} frames", shotId.empty() ? std::string("from nothing") : shotId,
                  comparison->sides.size(), readouts->frames.size());

    VerbOutput output;
    output.json = comparisonJson(*comparison, *readouts, *costs);
    output.text = compareText(*comparison, *costs, *readouts);
    return output;
}

} // namespace

const Verb& compareVerb() noexcept
{
    static const Verb verb{
        "compare",
        "a track out against a zoom out (and a dolly zoom) for a shot: costs and per-frame readouts",
        "compare PROJECT [--shot ID] [--subject NAME] [--from SIZE|M] [--to SIZE|M] [--focal MM] [--duration S] "
        "[--dolly-zoom] [--background PIECE | --background-behind M] [--json]",
        "Side A tracks from the --from framing to the --to framing at a fixed focal length f1; side B stands at\n"
        "A's start and zooms so the subject is framed as in A on every frame (f_B = f1 d1 / d_A); side C\n"
        "(--dolly-zoom) travels like A holding the start framing (f_C = f1 d_C / d1). Only the perspective\n"
        "differs: the background grows in A over B by m = d_A (d_B + D) / (d_B (d_A + D)), D its depth behind\n"
        "the subject's eyes; the readouts give m measured from the projected pictures and as predicted.\n"
        "Costs per side, from the feasibility report (see `report`): track to lay (travel + 0.5 m run-up +\n"
        "0.5 m stop margin, 8 ft sections), peak dolly speed, focal range against the camera's lens kit,\n"
        "closest focus against the lens's minimum focus, depth of field at the start and end (the camera's\n"
        "circle of confusion).\n"
        "Text: a table of the sides, then one row per frame: time, distance (lens to eyes, m) and focal\n"
        "length (mm) and horizontal angle of view (degrees) of each side, the subject's stature over the\n"
        "frame height, and the background magnification of A over B measured and predicted.\n"
        "JSON: core/analysis/comparison_json.h: {\"sourceShot\", \"subject\", \"from\", \"to\", \"background\",\n"
        "\"sides\": [{side, title, description, focalLengthMm, distanceM, cost}], \"frames\": [{frame, seconds,\n"
        "sides: [...], backgroundMagnification, predictedMagnification}]}.\n",
        kOptions,
        &runCompare,
        kProjectOperand,
    };
    return verb;
}

} // namespace murnau::cli
