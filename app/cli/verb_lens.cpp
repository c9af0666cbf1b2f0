// murnau-cli lens: angles of view of a focal length on a stated sensor, and depth of field.

#include <array>
#include <optional>
#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/camera_options.h"
#include "app/cli/verbs.h"
#include "core/optics/depth_of_field.h"
#include "core/optics/lens.h"
#include "core/scene/project_rules.h"

namespace murnau::cli {

namespace {

constexpr OptionSpec kFocusOption{"--focus", "M", "focus distance in metres from the film plane (with --fstop: adds depth of field)"};
constexpr OptionSpec kFStopOption{"--fstop", "N", "f-number, not T-stop (with --focus)"};
constexpr OptionSpec kCocOption{"--coc", "MM", "circle of confusion in millimetres (default: the sensor preset's)"};

constexpr std::array<OptionSpec, 7> kOptions{
    kSensorOption, kFocalOption, kAspectOption, kSqueezeOption, kFocusOption, kFStopOption, kCocOption,
};

// Depth-of-field inputs, present only when --focus and --fstop are both given.
struct DofRequest {
    double focusM = 0.0;
    double fNumber = 0.0;
    double cocMm = 0.0;
};

Result<std::optional<DofRequest>> readDofRequest(const Arguments& arguments, const SensorFormat& sensor)
{
    const bool hasFocus = arguments.has(kFocusOption.name);
    const bool hasFStop = arguments.has(kFStopOption.name);
    if (!hasFocus && !hasFStop) {
        if (arguments.has(kCocOption.name))
            return fail(std::string(kCocOption.name), "is only used with --focus and --fstop");
        return std::optional<DofRequest>{};
    }
    if (!hasFStop)
        return fail(std::string(kFStopOption.name), "is required with --focus");
    if (!hasFocus)
        return fail(std::string(kFocusOption.name), "is required with --fstop");

    DofRequest request;
    const Result<double> focus =
        parsePositive(*arguments.value(kFocusOption.name), kFocusOption.name, "a positive distance in metres");
    if (!focus)
        return focus.error();
    request.focusM = *focus;
    // f/0.5 is the fastest a lens in air can be (numerical aperture 1); the optics allow up to f/1000.
    const Result<double> fNumber =
        parseWithin(*arguments.value(kFStopOption.name), kFStopOption.name, "an f-number", rules::kFStop.min, 1000.0, "");
    if (!fNumber)
        return fNumber.error();
    request.fNumber = *fNumber;
    request.cocMm = sensor.cocMm;
    if (const auto cocText = arguments.value(kCocOption.name)) {
        const Result<double> coc = parsePositive(*cocText, kCocOption.name, "a positive number of millimetres");
        if (!coc)
            return coc.error();
        request.cocMm = *coc;
    }
    return std::optional<DofRequest>{request};
}

Result<VerbOutput> runLens(const Arguments& arguments)
{
    const Result<CameraSetup> setup = readCameraSetup(arguments);
    if (!setup)
        return setup.error();
    const Result<std::optional<DofRequest>> dofRequest = readDofRequest(arguments, setup->sensor);
    if (!dofRequest)
        return dofRequest.error();

    const Result<AngleOfView> aov = angleOfView(setup->gate, setup->focalLengthMm);
    if (!aov)
        return asOptionError(aov.error());

    VerbOutput output;
    output.json = {
        {"width_mm", setup->gate.widthMm},
        {"height_mm", setup->gate.heightMm},
        {"hfov_deg", aov->horizontalDeg},
        {"vfov_deg", aov->verticalDeg},
        {"dfov_deg", aov->diagonalDeg},
    };
    output.text = fmt::format("Sensor         {}, {:.2f} x {:.2f} mm\n", setup->sensor.name,
                              setup->sensor.widthMm, setup->sensor.heightMm);
    output.text += fmt::format("Used gate      {:.2f} x {:.2f} mm{}{}\n", setup->gate.widthMm, setup->gate.heightMm,
                               setup->deliveryAspect ? fmt::format(", cropped to {:.3g}:1", *setup->deliveryAspect)
                                                     : std::string(", full gate"),
                               setup->gate.squeeze != 1.0 ? fmt::format(", {:g}x anamorphic", setup->gate.squeeze)
                                                          : std::string());
    output.text += fmt::format("Focal length   {:g} mm\n", setup->focalLengthMm);
    output.text += fmt::format("Angle of view  horizontal {:.2f} deg, vertical {:.2f} deg, diagonal {:.2f} deg\n",
                               aov->horizontalDeg, aov->verticalDeg, aov->diagonalDeg);

    if (const std::optional<DofRequest>& request = *dofRequest) {
        const Result<DepthOfField> dof =
            depthOfField(setup->focalLengthMm, request->fNumber, request->cocMm, request->focusM);
        if (!dof)
            return asOptionError(dof.error());
        spdlog::debug("depth of field: f {} mm, N {}, c {} mm, s {} m", setup->focalLengthMm, request->fNumber,
                      request->cocMm, request->focusM);
        output.json["coc_mm"] = request->cocMm;
        output.json["hyperfocal_m"] = dof->hyperfocalM;
        output.json["near_m"] = dof->nearM;
        output.json["far_m"] = dof->farM ? nlohmann::json(*dof->farM) : nlohmann::json(nullptr);
        output.text += fmt::format("Depth of field focus {:g} m at f/{:g}, circle of confusion {:g} mm\n",
                                   request->focusM, request->fNumber, request->cocMm);
        output.text += fmt::format("               hyperfocal {:.3f} m, near {:.3f} m, far {}\n", dof->hyperfocalM,
                                   dof->nearM,
                                   dof->farM ? fmt::format("{:.3f} m (total {:.3f} m)", *dof->farM, *dof->totalM)
                                             : std::string("infinity"));
    }
    return output;
}

} // namespace

const Verb& lensVerb() noexcept
{
    static const Verb verb{
        "lens",
        "angles of view of a focal length on a sensor, and depth of field",
        "lens --sensor ID|WxH --focal MM [--aspect RATIO] [--squeeze S] [--focus M --fstop N [--coc MM]] [--json]",
        "Thin-lens / pinhole optics: angle of view = 2 atan(d / 2f) across the used gate (the sensor cropped\n"
        "to --aspect; the horizontal angle includes the squeeze). Depth of field: H = f^2/(N c) + f,\n"
        "near = s(H - f)/(H + s - 2f), far = s(H - f)/(H - s), infinite when s >= H.\n"
        "JSON: {\"width_mm\", \"height_mm\", \"hfov_deg\", \"vfov_deg\", \"dfov_deg\"}, width/height being the used\n"
        "gate; with --focus and --fstop also \"coc_mm\", \"hyperfocal_m\", \"near_m\", \"far_m\" (null when infinite).\n",
        kOptions,
        &runLens,
    };
    return verb;
}

} // namespace murnau::cli
