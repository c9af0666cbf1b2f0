#include "app/cli/camera_options.h"

#include <string>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "core/scene/project_rules.h"

namespace murnau::cli {

Result<CameraSetup> readCameraSetup(const Arguments& arguments)
{
    CameraSetup setup;

    const Result<std::string> sensorText = arguments.required(kSensorOption.name);
    if (!sensorText)
        return sensorText.error();
    Result<SensorFormat> sensor = resolveSensor(*sensorText, kSensorOption.name);
    if (!sensor)
        return asOptionError(sensor.error());
    setup.sensor = std::move(sensor).value();

    const Result<std::string> focalText = arguments.required(kFocalOption.name);
    if (!focalText)
        return focalText.error();
    const Result<double> focal = parsePositive(*focalText, kFocalOption.name, "a positive number of millimetres");
    if (!focal)
        return focal.error();
    // Below the file's shortest focal length (1 mm) a lens sees 180 degrees: refuse, not print nonsense.
    if (*focal < rules::kFocalLength.min)
        return fail(std::string(kFocalOption.name),
                    fmt::format("must be at least {:g} mm (the shortest focal length a project holds), got {}",
                                rules::kFocalLength.min, *focalText));
    if (const Result<double> checked = checkedFocalLengthMm(*focal, kFocalOption.name); !checked)
        return checked.error();
    setup.focalLengthMm = *focal;

    if (const auto aspectText = arguments.value(kAspectOption.name)) {
        const Result<double> aspect = parseAspect(*aspectText, kAspectOption.name);
        if (!aspect)
            return aspect.error();
        setup.deliveryAspect = *aspect;
    }

    double squeeze = 1.0;
    if (const auto squeezeText = arguments.value(kSqueezeOption.name)) {
        const Result<double> parsed = parsePositive(*squeezeText, kSqueezeOption.name, "a positive squeeze factor (1 to 4)");
        if (!parsed)
            return parsed.error();
        squeeze = *parsed;
    }

    const Result<Gate> gate = cropGate(setup.sensor, setup.deliveryAspect, squeeze);
    if (!gate)
        return asOptionError(gate.error());
    setup.gate = *gate;

    spdlog::debug("sensor {} ({} x {} mm), gate {} x {} mm, squeeze {}, focal {} mm", setup.sensor.id,
                  setup.sensor.widthMm, setup.sensor.heightMm, setup.gate.widthMm, setup.gate.heightMm,
                  setup.gate.squeeze, setup.focalLengthMm);
    return setup;
}

} // namespace murnau::cli
