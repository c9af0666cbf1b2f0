// murnau-cli frame: how much of a standing subject a lens shows at a distance, or where
// to stand for a named shot size.

#include <array>
#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/camera_options.h"
#include "app/cli/verbs.h"
#include "core/optics/framing.h"
#include "core/optics/shot_size.h"

namespace murnau::cli {

namespace {

// The --subject-height range, metres: a 1 cm insert subject to a 1 km tower.
constexpr double kMinSubjectHeightM = 0.01;
constexpr double kMaxSubjectHeightM = 1000.0;

constexpr OptionSpec kSubjectHeightOption{"--subject-height", "M", "the subject's standing height (stature) in metres"};
constexpr OptionSpec kDistanceOption{"--distance", "M", "camera-to-subject distance in metres"};
constexpr OptionSpec kSizeOption{"--size", "SIZE",
                                 "solve the distance for a shot size: ECU, CU, MCU, MS, MLS, FS, WS or EWS"};

constexpr std::array<OptionSpec, 7> kOptions{
    kSensorOption, kFocalOption, kAspectOption, kSqueezeOption, kSubjectHeightOption, kDistanceOption, kSizeOption,
};

// The distance from --distance, or solved from the nominal framing of --size.
Result<double> readDistanceM(const Arguments& arguments, const CameraSetup& setup, double subjectHeightM)
{
    const auto distanceText = arguments.value(kDistanceOption.name);
    const auto sizeText = arguments.value(kSizeOption.name);
    if (distanceText && sizeText)
        return fail(std::string(kSizeOption.name), "cannot be combined with --distance: give one of them");
    if (!distanceText && !sizeText)
        return fail(std::string(kDistanceOption.name), "is required (or --size to solve it for a shot size)");

    if (distanceText) {
        const Result<double> distance =
            parsePositive(*distanceText, kDistanceOption.name, "a positive distance in metres");
        if (!distance)
            return distance.error();
        return *distance;
    }

    const Result<ShotSize> size = parseShotSize(*sizeText);
    if (!size)
        return asOptionError(size.error());
    // The band's nominal framing v = frame height / stature: the subject fills 1/v of the frame.
    const ShotSizeBand& band = shotSizeBand(*size);
    const Result<double> distance = distanceForFrameFraction(setup.gate, setup.focalLengthMm, subjectHeightM,
                                                             1.0 / band.nominalVisibleStatures);
    if (!distance)
        return asOptionError(distance.error());
    spdlog::debug("{}: nominal {} statures in frame, distance {} m", band.code, band.nominalVisibleStatures,
                  *distance);
    return *distance;
}

Result<VerbOutput> runFrame(const Arguments& arguments)
{
    const Result<CameraSetup> setup = readCameraSetup(arguments);
    if (!setup)
        return setup.error();

    const Result<std::string> heightText = arguments.required(kSubjectHeightOption.name);
    if (!heightText)
        return heightText.error();
    // From a 1 cm insert subject to a 1 km tower: beyond, the distances and fractions are meaningless.
    const Result<double> subjectHeightM =
        parseWithin(*heightText, kSubjectHeightOption.name, "a height", kMinSubjectHeightM, kMaxSubjectHeightM, " m");
    if (!subjectHeightM)
        return subjectHeightM.error();

    const Result<double> distanceM = readDistanceM(arguments, *setup, *subjectHeightM);
    if (!distanceM)
        return distanceM.error();

    const Result<FieldSize> field = fieldSizeAt(setup->gate, setup->focalLengthMm, *distanceM);
    if (!field)
        return asOptionError(field.error());
    const double visibleStatures = field->heightM / *subjectHeightM;
    const Result<ShotSize> shotSize = classifyShotSize(visibleStatures);
    if (!shotSize)
        return asOptionError(shotSize.error());
    const ShotSizeBand& band = shotSizeBand(*shotSize);
    const double subjectFraction = *subjectHeightM / field->heightM;

    VerbOutput output;
    output.json = {
        {"distance_m", *distanceM},
        {"frame_height_m", field->heightM},
        {"frame_width_m", field->widthM},
        {"subject_fraction", subjectFraction},
        {"shot_size", std::string(band.code)},
    };
    output.text = fmt::format("Camera         {:g} mm on {}, gate {:.2f} x {:.2f} mm\n", setup->focalLengthMm,
                              setup->sensor.name, setup->gate.widthMm, setup->gate.heightMm);
    output.text += fmt::format("Distance       {:.3f} m to a subject {:g} m tall\n", *distanceM, *subjectHeightM);
    output.text += fmt::format("Frame there    {:.3f} m wide x {:.3f} m high\n", field->widthM, field->heightM);
    output.text += fmt::format("Subject        {:.3f} x the frame height{}\n", subjectFraction,
                               subjectFraction > 1.0 ? " (the frame shows part of the subject)" : "");
    output.text += fmt::format("Shot size      {} ({}): {}\n", band.code, band.name, band.convention);
    return output;
}

} // namespace

const Verb& frameVerb() noexcept
{
    static const Verb verb{
        "frame",
        "frame size at a distance and the shot size it gives, or the distance for a shot size",
        "frame --sensor ID|WxH --focal MM [--aspect RATIO] [--squeeze S] --subject-height M "
        "(--distance M | --size SIZE) [--json]",
        "Pinhole framing: the frame at distance D is w D / f wide and h D / f high (w x h the used gate,\n"
        "the width desqueezed). With --size the distance is solved so the frame holds the size's nominal\n"
        "number of statures (see core/optics/shot_size.cpp for the bands and their body landmarks).\n"
        "JSON: {\"distance_m\", \"frame_height_m\", \"frame_width_m\", \"subject_fraction\", \"shot_size\"};\n"
        "subject_fraction = subject height / frame height, shot_size the classification code (ECU ... EWS).\n",
        kOptions,
        &runFrame,
    };
    return verb;
}

} // namespace murnau::cli
