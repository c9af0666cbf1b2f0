#pragma once
// The camera options lens and frame share (--sensor, --focal, --aspect, --squeeze):
// their help lines and the reading of them into a cropped gate through core.

#include <optional>

#include "app/cli/arguments.h"
#include "core/optics/lens.h"
#include "core/optics/sensor.h"
#include "core/util/result.h"

namespace murnau::cli {

inline constexpr OptionSpec kSensorOption{
    "--sensor", "ID|WxH", "sensor preset id (see 'murnau-cli sensors') or a size in millimetres, e.g. 36x24"};
inline constexpr OptionSpec kFocalOption{"--focal", "MM", "focal length in millimetres"};
inline constexpr OptionSpec kAspectOption{
    "--aspect", "RATIO", "delivery aspect cropped from the sensor: 2.39, 1.85, 16:9, 4:3, 2.39:1 (default: full gate)"};
inline constexpr OptionSpec kSqueezeOption{
    "--squeeze", "S", "anamorphic squeeze factor, 1 (spherical, default) to 4; typical 1.33, 1.5, 2"};

// A camera as the options describe it.
struct CameraSetup {
    SensorFormat sensor;                    // the resolved preset or custom size
    std::optional<double> deliveryAspect;   // --aspect as width/height, if given
    Gate gate;                              // the sensor cropped to the aspect, with squeeze
    double focalLengthMm = 0.0;             // --focal, millimetres
};

// Reads --sensor, --focal (both required), --aspect and --squeeze, and crops the gate.
// Errors name the option.
Result<CameraSetup> readCameraSetup(const Arguments& arguments);

} // namespace murnau::cli
