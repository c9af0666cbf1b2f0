// Lengths for people: formatting in metres or feet and inches, and parsing what they type.

#include "core/scene/display_units.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <system_error>
#include <vector>

#include <fmt/format.h>

namespace murnau {

namespace {

// The units a typed length may carry.
enum class LengthUnit { None, Metre, Centimetre, Millimetre, Foot, Inch };

double metresPer(LengthUnit unit, DisplayUnits bareNumberUnits)
{
    switch (unit) {
    case LengthUnit::None:
        return bareNumberUnits == DisplayUnits::Metric ? 1.0 : kMetresPerFoot;
    case LengthUnit::Metre:
        return 1.0;
    case LengthUnit::Centimetre:
        return 0.01;
    case LengthUnit::Millimetre:
        return 0.001;
    case LengthUnit::Foot:
        return kMetresPerFoot;
    case LengthUnit::Inch:
        return kMetresPerInch;
    }
    return 1.0;
}

// The unit a word names (any case), if any.
std::optional<LengthUnit> unitOfWord(std::string_view word)
{
    std::string lower;
    for (const char c : word)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto any = [&](std::initializer_list<std::string_view> words) {
        for (const std::string_view w : words) {
            if (lower == w)
                return true;
        }
        return false;
    };
    if (any({"m", "metre", "metres", "meter", "meters"}))
        return LengthUnit::Metre;
    if (any({"cm", "centimetre", "centimetres", "centimeter", "centimeters"}))
        return LengthUnit::Centimetre;
    if (any({"mm", "millimetre", "millimetres", "millimeter", "millimeters"}))
        return LengthUnit::Millimetre;
    if (any({"ft", "foot", "feet"}))
        return LengthUnit::Foot;
    if (any({"in", "inch", "inches"}))
        return LengthUnit::Inch;
    return std::nullopt;
}

// Foot and inch marks: ASCII ' and ", the primes U+2032 and U+2033, and the typographic
// right quotes U+2019 and U+201D that text editors substitute for them.
struct UnitMark {
    std::string_view text;
    LengthUnit unit;
};
constexpr UnitMark kMarks[] = {
    {"'", LengthUnit::Foot},      {"\"", LengthUnit::Inch},     {"\u2032", LengthUnit::Foot},
    {"\u2033", LengthUnit::Inch}, {"\u2019", LengthUnit::Foot}, {"\u201d", LengthUnit::Inch},
};

// One "number unit" part of a typed length.
struct Part {
    double value = 0.0;
    bool whole = true; // typed without a decimal point
    LengthUnit unit = LengthUnit::None;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

const char* kExamples = "a length such as 1.68, 1.68 m, 168 cm, 5 ft 6 in, 5'6\" or 66 in";

} // namespace

std::string_view displayUnitsLabel(DisplayUnits units) noexcept
{
    return units == DisplayUnits::Metric ? "metres" : "feet and inches";
}

std::string formatLength(double metres, DisplayUnits units)
{
    if (!std::isfinite(metres))
        return "-";
    if (units == DisplayUnits::Metric) {
        std::string text = fmt::format("{:.2f} m", metres);
        if (text == "-0.00 m")
            text = "0.00 m";
        return text;
    }
    const double inches = std::round(metres / kMetresPerInch); // halves away from zero
    const bool negative = inches < 0.0;
    const auto total = static_cast<std::int64_t>(std::abs(inches));
    const std::string sign = negative && total != 0 ? "-" : "";
    if (total < 12)
        return fmt::format("{}{} in", sign, total);
    return fmt::format("{}{} ft {} in", sign, total / 12, total % 12);
}

Result<double> parseLength(std::string_view text, DisplayUnits bareNumberUnits, std::string_view field)
{
    const std::string where(field);
    const auto refuse
        = [&](const std::string& why) { return fail(where, fmt::format("{}; expected {}", why, kExamples)); };

    std::size_t pos = 0;
    const auto skipSpaces = [&] {
        while (pos < text.size() && isSpace(text[pos]))
            ++pos;
    };
    skipSpaces();
    if (pos == text.size())
        return refuse("nothing was typed");

    double sign = 1.0;
    if (text[pos] == '-' || text[pos] == '+') {
        sign = text[pos] == '-' ? -1.0 : 1.0;
        ++pos;
        skipSpaces();
    }

    std::vector<Part> parts;
    while (pos < text.size()) {
        // A plain decimal number: digits with at most one '.', at least one digit.
        const std::size_t start = pos;
        bool point = false;
        std::size_t digits = 0;
        while (pos < text.size()
               && (std::isdigit(static_cast<unsigned char>(text[pos])) || (text[pos] == '.' && !point))) {
            if (text[pos] == '.')
                point = true;
            else
                ++digits;
            ++pos;
        }
        if (digits == 0) {
            const std::string_view rest = text.substr(start, 20);
            return refuse(parts.empty() ? fmt::format("'{}' is not a number", rest)
                                        : fmt::format("'{}' is not a number and a unit", rest));
        }
        if (pos < text.size() && text[pos] == '.')
            return refuse(fmt::format("'{}' has more than one decimal point", text.substr(start, pos - start + 1)));
        Part part;
        part.whole = !point;
        const std::from_chars_result converted
            = std::from_chars(text.data() + start, text.data() + pos, part.value, std::chars_format::fixed);
        if (converted.ec != std::errc() || converted.ptr != text.data() + pos || !std::isfinite(part.value))
            return refuse(fmt::format("'{}' is not a number within range",
                                      text.substr(start, std::min<std::size_t>(pos - start, 40))));

        skipSpaces();
        if (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos]))) {
            const std::size_t wordStart = pos;
            while (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos])))
                ++pos;
            const std::string_view word = text.substr(wordStart, pos - wordStart);
            const std::optional<LengthUnit> unit = unitOfWord(word);
            if (!unit)
                return refuse(fmt::format("'{}' is not a unit of length (m, cm, mm, ft, in)", word.substr(0, 20)));
            part.unit = *unit;
        } else {
            for (const UnitMark& mark : kMarks) {
                if (text.substr(pos, mark.text.size()) == mark.text) {
                    part.unit = mark.unit;
                    pos += mark.text.size();
                    break;
                }
            }
        }
        parts.push_back(part);
        skipSpaces();
    }

    double metres = 0.0;
    if (parts.size() == 1) {
        metres = parts[0].value * metresPer(parts[0].unit, bareNumberUnits);
    } else if (parts.size() == 2) {
        const Part& feet = parts[0];
        Part inches = parts[1];
        if (feet.unit != LengthUnit::Foot)
            return refuse("only feet followed by inches may be combined");
        if (inches.unit == LengthUnit::None)
            inches.unit = LengthUnit::Inch; // 5' 6 reads as 5 ft 6 in
        if (inches.unit != LengthUnit::Inch)
            return refuse("only feet followed by inches may be combined");
        if (!feet.whole)
            return refuse("feet followed by inches must be a whole number of feet");
        if (!(inches.value < 12.0))
            return refuse(fmt::format("{} inches after the feet is a foot or more", fmt::format("{}", inches.value)));
        metres = feet.value * kMetresPerFoot + inches.value * kMetresPerInch;
    } else {
        return refuse("too many numbers");
    }

    if (!(std::abs(metres) <= kMaxParsedLengthM))
        return refuse(fmt::format("{} m is beyond the {} m a length may be", metres, kMaxParsedLengthM));
    return metres == 0.0 ? 0.0 : sign * metres;
}

} // namespace murnau
