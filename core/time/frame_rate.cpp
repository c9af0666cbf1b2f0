#include "core/time/frame_rate.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <string>
#include <system_error>

#include <fmt/format.h>

namespace murnau {

namespace {

// The rates of film and television practice, as exact ratios.
// NTSC-derived rates are N*1000/1001 (SMPTE ST 12-1; ITU-R BT.470 colour subcarrier relation).
constexpr std::array<FrameRate, 9> kStandardRates{{
    {24000, 1001},   // 23.976
    {24, 1},
    {25, 1},
    {30000, 1001},   // 29.97
    {30, 1},
    {48, 1},
    {50, 1},
    {60000, 1001},   // 59.94
    {60, 1},
}};

// Every standard rate divides the flick second exactly, so flicksPerFrame() is exact.
constexpr bool allStandardRatesExact()
{
    for (const FrameRate& rate : kStandardRates) {
        if ((kFlicksPerSecond * rate.denominator) % rate.numerator != 0)
            return false;
    }
    return true;
}
static_assert(allStandardRatesExact(), "a standard frame rate does not divide the flick second");

constexpr std::string_view kField = "fps";

std::string acceptedList()
{
    return "23.976, 24, 25, 29.97, 30, 48, 50, 59.94, 60, or 24000/1001, 30000/1001, 60000/1001";
}

Error notStandard(std::string_view text)
{
    return fail(std::string(kField),
                fmt::format("must be a standard frame rate ({}); got \"{}\"", acceptedList(), text));
}

bool isDigits(std::string_view text) noexcept
{
    if (text.empty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

// The standard rate equal to num/den (any common factor removed), if there is one.
const FrameRate* findStandard(std::int64_t numerator, std::int64_t denominator) noexcept
{
    const std::int64_t divisor = std::gcd(numerator, denominator);
    numerator /= divisor;
    denominator /= divisor;
    for (const FrameRate& rate : kStandardRates) {
        if (rate.numerator == numerator && rate.denominator == denominator)
            return &rate;
    }
    return nullptr;
}

// "24000/1001": both parts whole positive numbers.
Result<FrameRate> parseRatio(std::string_view text, std::size_t slash)
{
    const std::string_view numText = text.substr(0, slash);
    const std::string_view denText = text.substr(slash + 1);
    if (!isDigits(numText) || !isDigits(denText))
        return fail(std::string(kField),
                    fmt::format("a ratio must be two whole numbers like 24000/1001, got \"{}\"", text));
    std::int64_t numerator = 0;
    std::int64_t denominator = 0;
    const auto numParsed = std::from_chars(numText.data(), numText.data() + numText.size(), numerator);
    const auto denParsed = std::from_chars(denText.data(), denText.data() + denText.size(), denominator);
    if (numParsed.ec != std::errc{} || denParsed.ec != std::errc{})
        return notStandard(text);
    if (numerator == 0 || denominator == 0)
        return fail(std::string(kField),
                    fmt::format("must be a positive frame rate, got \"{}\"", text));
    if (const FrameRate* rate = findStandard(numerator, denominator))
        return *rate;
    return notStandard(text);
}

} // namespace

std::span<const FrameRate> standardFrameRates() noexcept
{
    return kStandardRates;
}

Result<FrameRate> parseFrameRate(std::string_view text)
{
    if (text.empty())
        return fail(std::string(kField), "is empty; give a frame rate such as 24 or 29.97");

    if (const std::size_t slash = text.find('/'); slash != std::string_view::npos)
        return parseRatio(text, slash);

    // Strict decimal: digits, optionally '.' and more digits. No sign, exponent, "nan" or "inf".
    const std::size_t dot = text.find('.');
    const std::string_view wholePart = text.substr(0, dot);
    const std::string_view fractionPart =
        dot == std::string_view::npos ? std::string_view{} : text.substr(dot + 1);
    if (!isDigits(wholePart) || (dot != std::string_view::npos && !isDigits(fractionPart))) {
        if (text.front() == '-')
            return fail(std::string(kField), fmt::format("must be a positive frame rate, got \"{}\"", text));
        return fail(std::string(kField), fmt::format("must be a number like 24 or 29.97, got \"{}\"", text));
    }

    double value = 0.0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size() || !std::isfinite(value))
        return notStandard(text);
    if (value <= 0.0)
        return fail(std::string(kField), fmt::format("must be a positive frame rate, got \"{}\"", text));

    // An exact whole rate first ("24", "24.0", "30.00").
    for (const FrameRate& rate : kStandardRates) {
        if (rate.denominator == 1 && value == rate.fps())
            return rate;
    }

    // An NTSC rate written with at least two decimals, matching when the exact rate
    // rounds to what was typed: "23.976", "23.98", "29.97", "59.94", "29.970".
    const std::size_t decimals = fractionPart.size();
    if (decimals >= 2 && decimals <= 9) {
        const double scale = std::pow(10.0, static_cast<double>(decimals));
        for (const FrameRate& rate : kStandardRates) {
            if (rate.denominator == 1)
                continue;
            if (std::round(rate.fps() * scale) == std::round(value * scale))
                return rate;
        }
    }
    return notStandard(text);
}

std::string frameRateLabel(FrameRate rate)
{
    if (rate.numerator == 24000 && rate.denominator == 1001)
        return "23.976";
    if (rate.numerator == 30000 && rate.denominator == 1001)
        return "29.97";
    if (rate.numerator == 60000 && rate.denominator == 1001)
        return "59.94";
    if (rate.denominator != 0 && rate.numerator % rate.denominator == 0)
        return fmt::format("{}", rate.numerator / rate.denominator);
    // Any other ratio: up to three decimals, trailing zeros removed.
    std::string label = fmt::format("{:.3f}", rate.fps());
    while (!label.empty() && label.back() == '0')
        label.pop_back();
    if (!label.empty() && label.back() == '.')
        label.pop_back();
    return label;
}

} // namespace murnau
