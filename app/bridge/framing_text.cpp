#include "app/bridge/framing_text.h"

#include <string>

#include <fmt/format.h>

#include "core/optics/shot_size.h"
#include "core/scene/display_units.h"

namespace murnau {

Result<SubjectFraming> parseFramingText(const QString& text, DisplayUnits units, std::string_view field)
{
    const std::string typed = text.trimmed().toStdString();
    if (const Result<ShotSize> size = parseShotSize(typed))
        return SubjectFraming::ofSize(*size);
    const Result<double> distance = parseLength(typed, units, field);
    if (!distance)
        return fail(std::string(field), fmt::format("must be a shot size (ECU, CU, MCU, MS, MLS, FS, WS, EWS) or a "
                                                    "distance, got \"{}\"", typed));
    return SubjectFraming::atDistance(*distance);
}

QString framingText(const SubjectFraming& framing, DisplayUnits units)
{
    if (const auto size = framing.shotSize()) {
        const std::string_view code = shotSizeCode(*size);
        return QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()));
    }
    return QString::fromStdString(formatLength(framing.distanceM().value_or(0.0), units));
}

} // namespace murnau
