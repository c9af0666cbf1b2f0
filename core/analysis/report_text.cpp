// Numbers in report sentences.

#include "core/analysis/report_text.h"

#include <cmath>

#include <fmt/format.h>

namespace murnau {

std::string formatQuantity(double value)
{
    if (std::isinf(value))
        return value > 0.0 ? "inf" : "-inf";
    const double magnitude = std::fabs(value);
    std::string text = magnitude < 10.0    ? fmt::format("{:.2f}", value)
                       : magnitude < 100.0 ? fmt::format("{:.1f}", value)
                                           : fmt::format("{:.0f}", value);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::string formatMargin(double value, double limit)
{
    const double percent = std::round((value / limit - 1.0) * 100.0);
    if (percent == 0.0)
        return "at the limit";
    return fmt::format("{:.0f} % {}", std::fabs(percent), percent > 0.0 ? "over" : "under");
}

} // namespace murnau
