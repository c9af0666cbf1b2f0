// murnau-cli sensors: the sensor and film-gate presets with their published sizes.

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "app/cli/verbs.h"
#include "core/optics/sensor.h"

namespace murnau::cli {

namespace {

Result<VerbOutput> runSensors(const Arguments& /*arguments*/)
{
    VerbOutput output;
    output.json = nlohmann::json::array();
    std::size_t idWidth = 2;
    for (const SensorFormat& sensor : sensorPresets())
        idWidth = std::max(idWidth, sensor.id.size());

    output.text = fmt::format("{:<{}}  {:>15}  {}\n", "id", idWidth, "gate (mm)", "name");
    for (const SensorFormat& sensor : sensorPresets()) {
        output.json.push_back({
            {"id", sensor.id},
            {"name", sensor.name},
            {"width_mm", sensor.widthMm},
            {"height_mm", sensor.heightMm},
            {"source", sensor.source},
        });
        output.text += fmt::format("{:<{}}  {:>15}  {}\n", sensor.id, idWidth,
                                   fmt::format("{:.2f} x {:.2f}", sensor.widthMm, sensor.heightMm), sensor.name);
    }
    return output;
}

constexpr std::array<OptionSpec, 0> kOptions{};

} // namespace

const Verb& sensorsVerb() noexcept
{
    static const Verb verb{
        "sensors",
        "list the sensor and film-gate presets with their published sizes",
        "sensors [--json]",
        "Every preset usable with --sensor, in a stable order.\n"
        "JSON: an array of {\"id\", \"name\", \"width_mm\", \"height_mm\", \"source\"}; width and height\n"
        "are the full recordable gate in millimetres, source cites the maker's data sheet or standard.\n",
        kOptions,
        &runSensors,
    };
    return verb;
}

} // namespace murnau::cli
