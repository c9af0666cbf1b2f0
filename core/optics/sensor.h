#pragma once
// Sensor and filmback formats with the makers' published dimensions.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// A camera's imaging area (the full recordable gate of a sensor mode or film format).
struct SensorFormat {
    std::string id;           // stable key used in files and on the CLI ("alexa-lf-og")
    std::string name;         // what people call it ("ARRI ALEXA LF Open Gate")
    double widthMm = 0.0;     // gate width, millimetres
    double heightMm = 0.0;    // gate height, millimetres
    double cocMm = 0.0;       // default circle of confusion for this format, millimetres
    std::string source;       // where the dimensions come from (maker's data sheet, standard)

    [[nodiscard]] double diagonalMm() const noexcept;
    [[nodiscard]] double aspect() const noexcept { return widthMm / heightMm; }

    friend bool operator==(const SensorFormat&, const SensorFormat&) = default;
};

// Largest gate dimension accepted, millimetres: IMAX 15/70 is 70.41 mm wide, so anything
// beyond 200 mm is a typing error (metres or inches for millimetres), not a camera.
inline constexpr double kMaxSensorDimensionMm = 200.0;

// Every preset, in a stable order.
std::span<const SensorFormat> sensorPresets() noexcept;

// The preset with this id, if any.
const SensorFormat* findSensorPreset(std::string_view id) noexcept;

// Resolves what a user typed: a preset id (case-insensitive), or a custom "WxH" in millimetres
// ("36x24", "24.89x18.66", "36 x 24", "36×24", optional "mm"). A custom size gets the id
// "WxH" (so it resolves again) and CoC = diagonal / 1500. Sizes that are not positive,
// not finite or above kMaxSensorDimensionMm are refused. `field` names the input in the error.
Result<SensorFormat> resolveSensor(std::string_view text, std::string_view field = "sensor");

// The modern default circle of confusion: sensor diagonal / 1500, millimetres.
[[nodiscard]] double defaultCocMm(double widthMm, double heightMm) noexcept;

} // namespace murnau
