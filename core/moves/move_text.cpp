// Move wording: fixed decimals with trailing zeros (and a bare point) removed.

#include "core/moves/move_text.h"

#include <cmath>

#include <fmt/format.h>

namespace murnau {

namespace {

// `value` with at most `decimals` decimals, trailing zeros removed ("6", "4.17"); never "-0".
std::string trimmed(double value, int decimals)
{
    std::string text = fmt::format("{:.{}f}", value, decimals);
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    if (text == "-0")
        text = "0";
    return text;
}

} // namespace

std::string formatMetres(double metres)
{
    return trimmed(metres, 2) + " m";
}

std::string formatMillimetres(double millimetres)
{
    return trimmed(millimetres, 1) + " mm";
}

std::string formatSeconds(Flicks duration)
{
    return trimmed(flicksToSeconds(duration), 2) + " s";
}

std::string formatDegrees(double degrees)
{
    return trimmed(std::abs(degrees), 1) + "\u00b0";
}

std::string formatSpeed(double metresPerSecond)
{
    return trimmed(metresPerSecond, 2) + " m/s";
}

} // namespace murnau
