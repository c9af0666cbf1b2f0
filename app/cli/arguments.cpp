#include "app/cli/arguments.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <system_error>

#include <fmt/format.h>

namespace murnau::cli {

namespace {

const OptionSpec* findSpec(std::span<const OptionSpec> specs, std::string_view name) noexcept
{
    const auto it = std::find_if(specs.begin(), specs.end(),
                                 [name](const OptionSpec& spec) { return spec.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

// std::from_chars on the whole text; nullopt on any leftover character or a non-finite value.
std::optional<double> strictDouble(std::string_view text) noexcept
{
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Shown in messages; an empty value says so instead of printing nothing.
std::string shown(std::string_view text)
{
    return text.empty() ? std::string("an empty value") : std::string(text);
}

} // namespace

Result<Arguments> Arguments::parse(std::span<const std::string_view> words,
                                   std::span<const OptionSpec> specs, std::string_view verbName,
                                   std::string_view operandName)
{
    Arguments arguments;
    arguments.m_operandName = std::string(operandName);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string_view word = words[i];
        const std::size_t equals = word.find('=');
        const std::string_view name = word.substr(0, equals);
        const OptionSpec* spec = findSpec(specs, name);
        if (!spec && (word.size() < 3 || word.substr(0, 2) != "--")) {
            if (!operandName.empty() && !arguments.m_operand && !word.empty() && word.front() != '-') {
                arguments.m_operand = std::string(word);
                continue;
            }
            return fail(std::string(word),
                        fmt::format("unexpected argument for '{}' (options start with --; see murnau-cli {} --help)",
                                    verbName, verbName));
        }
        if (!spec) {
            return fail(std::string(name), fmt::format("unknown option for '{}' (see murnau-cli {} --help)",
                                                       verbName, verbName));
        }
        if (arguments.m_values.contains(name))
            return fail(std::string(name), "given more than once");

        std::string value;
        if (spec->takesValue()) {
            if (equals != std::string_view::npos) {
                value = std::string(word.substr(equals + 1));
            } else if (i + 1 < words.size()) {
                value = std::string(words[++i]);
            } else {
                return fail(std::string(name), fmt::format("needs a value ({})", spec->valueName));
            }
        } else if (equals != std::string_view::npos) {
            return fail(std::string(name), "is a flag and takes no value");
        }
        arguments.m_values.emplace(std::string(name), std::move(value));
    }
    return arguments;
}

bool Arguments::has(std::string_view name) const
{
    return m_values.find(name) != m_values.end();
}

std::optional<std::string_view> Arguments::value(std::string_view name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return std::nullopt;
    return std::string_view(it->second);
}

Result<std::string> Arguments::required(std::string_view name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end())
        return fail(std::string(name), "is required");
    return it->second;
}

Result<std::string> Arguments::operand() const
{
    if (!m_operand)
        return fail(m_operandName, "is required");
    return *m_operand;
}

Result<double> parsePositive(std::string_view text, std::string_view option, std::string_view expected)
{
    const std::optional<double> value = strictDouble(text);
    if (!value || *value <= 0.0)
        return fail(std::string(option), fmt::format("must be {}, got {}", expected, shown(text)));
    return *value;
}

Result<double> parseFinite(std::string_view text, std::string_view option, std::string_view expected)
{
    const std::optional<double> value = strictDouble(text);
    if (!value)
        return fail(std::string(option), fmt::format("must be {}, got {}", expected, shown(text)));
    return *value;
}

Result<double> parseWithin(std::string_view text, std::string_view option, std::string_view expected, double min,
                           double max, std::string_view unit)
{
    const std::optional<double> value = strictDouble(text);
    if (!value || !(*value >= min && *value <= max))
        return fail(std::string(option), fmt::format("must be {} from {:g} to {:g}{}, got {}", expected, min, max, unit,
                                                     shown(text)));
    return *value;
}

Result<std::int64_t> parseCount(std::string_view text, std::string_view option, std::string_view expected)
{
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    // from_chars reads a '-' ("-0" would pass as 0): a count starts with a digit.
    if (text.empty() || text.front() < '0' || text.front() > '9' || ec != std::errc{} || ptr != end || value < 0)
        return fail(std::string(option), fmt::format("must be {}, got {}", expected, shown(text)));
    return value;
}

Result<double> parseAspect(std::string_view text, std::string_view option)
{
    const auto bad = [&]() {
        return fail(std::string(option),
                    fmt::format("must be an aspect ratio such as 2.39, 1.85, 16:9 or 2.39:1, got {}", shown(text)));
    };
    const std::size_t colon = text.find(':');
    const std::optional<double> width = strictDouble(text.substr(0, colon));
    if (!width || *width <= 0.0)
        return bad();
    if (colon == std::string_view::npos)
        return *width;
    const std::optional<double> height = strictDouble(text.substr(colon + 1));
    if (!height || *height <= 0.0)
        return bad();
    const double aspect = *width / *height;
    if (!std::isfinite(aspect))
        return bad();
    return aspect;
}

Error asOptionError(Error coreError)
{
    // Core field names (core/optics, core/time) -> the option that feeds them.
    struct Rename {
        std::string_view coreField;
        std::string_view option;
    };
    static constexpr std::array<Rename, 16> kRenames{{
        {"focalLengthMm", "--focal"},
        {"sensor", "--sensor"},
        {"gate", "--sensor"},
        {"deliveryAspect", "--aspect"},
        {"squeeze", "--squeeze"},
        {"fNumber", "--fstop"},
        {"cocMm", "--coc"},
        {"focusM", "--focus"},
        {"distanceM", "--distance"},
        {"subjectHeightM", "--subject-height"},
        {"shotSize", "--size"},
        {"fraction", "--size"},
        {"fps", "--fps"},
        {"frame", "--frame"},
        {"timecode", "--tc"},
        {"dropFrame", "--drop"},
    }};
    for (const Rename& rename : kRenames) {
        if (coreError.field == rename.coreField) {
            coreError.field = std::string(rename.option);
            break;
        }
    }
    return coreError;
}

std::string describeOptions(std::span<const OptionSpec> specs)
{
    std::size_t width = 0;
    std::vector<std::string> heads;
    heads.reserve(specs.size());
    for (const OptionSpec& spec : specs) {
        heads.push_back(spec.takesValue() ? fmt::format("{} {}", spec.name, spec.valueName)
                                          : std::string(spec.name));
        width = std::max(width, heads.back().size());
    }
    std::string text;
    for (std::size_t i = 0; i < specs.size(); ++i)
        text += fmt::format("  {:<{}}  {}\n", heads[i], width, specs[i].help);
    return text;
}

} // namespace murnau::cli
