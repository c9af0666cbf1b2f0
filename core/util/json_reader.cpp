// The validating read helpers of the file readers: paths, numbers in range, text, "did you mean".

#include "core/util/json_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace murnau::json {

namespace {

// Edit distance, for "did you mean" on unknown keys.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool contains(std::span<const std::string_view> keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// " of metres" or "" for a plain number.
std::string ofUnit(std::string_view unitWord)
{
    return unitWord.empty() ? std::string() : " of " + std::string(unitWord);
}

} // namespace

void failAt(std::string field, std::string message)
{
    throw ReadError{Error{std::move(field), std::move(message)}};
}

void failWith(Error error)
{
    throw ReadError{std::move(error)};
}

std::string member(const std::string& path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string element(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

std::string Path::text() const
{
    switch (m_kind) {
    case Kind::Key:
        return member(std::string(m_parent), m_key);
    case Kind::Index:
        return element(std::string(m_parent), m_index);
    case Kind::Whole:
        break;
    }
    return std::string(m_parent);
}

std::string rebased(const std::string& field, std::string_view from, const std::string& to)
{
    if (field.rfind(from, 0) != 0)
        return field;
    const std::string_view rest = std::string_view(field).substr(from.size());
    if (!rest.empty() && rest.front() != '.' && rest.front() != '[')
        return field;   // "keys" is not a prefix of "keysX"
    return to + std::string(rest);
}

std::string truncated(std::string text, std::size_t maxBytes)
{
    if (text.size() > maxBytes) {
        text.resize(maxBytes);
        // do not leave half a UTF-8 sequence at the end
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0U) == 0x80U)
            text.pop_back();
        if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80U) != 0U)
            text.pop_back();
        text += "...";
    }
    return text;
}

std::string numberText(double value)
{
    return fmt::format("{}", value);
}

std::string describeValue(const Value& value)
{
    switch (value.type()) {
    case Value::value_t::string:
        return "a string " + truncated(value.dump(-1, ' ', false, Value::error_handler_t::replace), 40);
    case Value::value_t::object:
        return "an object";
    case Value::value_t::array:
        return "an array";
    case Value::value_t::null:
        return "null";
    case Value::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    default:
        return value.dump();
    }
}

void expectObject(const Value& value, const std::string& path, std::span<const std::string_view> required,
                  std::string_view what, std::span<const std::string_view> optional)
{
    if (!value.is_object())
        failAt(path, "expected " + std::string(what) + " (a JSON object), got " + describeValue(value));
    // Every key the object has is one of the known keys; then, if fewer required keys were seen
    // than there are, one of them is missing.
    std::size_t requiredSeen = 0;
    for (const auto& entry : value.get_ref<const Value::object_t&>()) {
        const std::string& name = entry.first;   // not a structured binding: clang 14 cannot capture those
        if (contains(required, name)) {
            ++requiredSeen;
            continue;
        }
        if (contains(optional, name))
            continue;
        std::vector<std::string_view> known(required.begin(), required.end());
        known.insert(known.end(), optional.begin(), optional.end());
        std::string message = "unknown key '" + truncated(name, 60) + "'";
        const auto best = name.size() > 64 ? known.end()
                                           : std::min_element(known.begin(), known.end(), [&](std::string_view l, std::string_view r) {
                                                 return editDistance(name, l) < editDistance(name, r);
                                             });
        if (best != known.end() && editDistance(name, *best) <= 2) {
            message += "; did you mean '" + std::string(*best) + "'?";
        } else {
            message += "; expected only";
            for (const std::string_view key : known)
                message += " " + std::string(key);
        }
        failAt(member(path, name), truncated(message, kMaxMessageBytes));
    }
    if (requiredSeen == required.size())
        return;
    for (const std::string_view key : required) {
        if (!value.contains(key))
            failAt(member(path, key), "missing (required in " + std::string(what) + ")");
    }
}

const Value& readArray(const Value& value, const Path& path)
{
    if (!value.is_array())
        failAt(path.text(), "expected an array, got " + describeValue(value));
    return value;
}

double readNumber(const Value& value, const Path& path, const NumberRule& rule)
{
    if (!value.is_number())
        failAt(path.text(), "expected a number" + ofUnit(rule.unitWord) + ", got " + describeValue(value));
    const double number = value.get<double>();
    if (isWithin(number, rule))
        return number;
    failWith(*checkNumber(number, path.text(), rule, value.dump()));
}

bool isWithin(double number, const NumberRule& rule) noexcept
{
    const bool belowMin = rule.minExclusive ? !(number > rule.min) : !(number >= rule.min);
    return std::isfinite(number) && !belowMin && number <= rule.max;
}

std::optional<Error> checkNumber(double number, const std::string& path, const NumberRule& rule, std::string_view got)
{
    if (isWithin(number, rule))
        return std::nullopt;
    const std::string gotText = got.empty() ? numberText(number) : std::string(got);
    const std::string unit = rule.unit.empty() ? std::string() : " " + std::string(rule.unit);
    if (rule.what.empty()) {
        return Error{path, "expected a number" + ofUnit(rule.unitWord) + " between " + numberText(rule.min) + " and "
                               + numberText(rule.max) + ", got " + gotText};
    }
    // "positive" only where 0 itself is refused or the range starts above it (an actor's height).
    if (rule.min >= 0.0 && !(number > 0.0) && (rule.minExclusive || rule.min > 0.0))
        return Error{path, "expected a positive number" + ofUnit(rule.unitWord) + ", got " + gotText};
    const std::string range = rule.minExclusive ? "greater than " + numberText(rule.min) + " and at most "
                                                : "from " + numberText(rule.min) + " to ";
    return Error{path, "expected " + std::string(rule.what) + " " + range + numberText(rule.max) + unit + ", got " + gotText};
}

std::optional<double> readOptionalNumber(const Value& value, const Path& path, const NumberRule& rule)
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_number())
        failAt(path.text(), "expected null or a number" + ofUnit(rule.unitWord) + ", got " + describeValue(value));
    return readNumber(value, path, rule);
}

Flicks readFlicks(const Value& value, const Path& path, const FlicksRule& rule)
{
    if (!value.is_number_integer()) {
        failAt(path.text(), "expected a whole number of flicks (" + std::to_string(kFlicksPerSecond) + " per second), got "
                                + describeValue(value));
    }
    const bool tooLarge = value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(rule.max);
    const Flicks flicks = tooLarge ? rule.max : value.get<Flicks>();
    const bool belowMin = rule.minExclusive ? !(flicks > rule.min) : flicks < rule.min;
    if (tooLarge || belowMin || flicks > rule.max)
        failAt(path.text(), "expected " + std::string(rule.what) + " " + std::string(rule.range) + ", got " + value.dump());
    return flicks;
}

bool isValidUtf8(std::string_view text) noexcept
{
    std::size_t i = 0;
    while (i < text.size()) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        std::uint32_t codePoint = 0;
        if (lead < 0x80U) {
            ++i;
            continue;
        }
        if ((lead & 0xE0U) == 0xC0U) {
            length = 2;
            codePoint = lead & 0x1FU;
        } else if ((lead & 0xF0U) == 0xE0U) {
            length = 3;
            codePoint = lead & 0x0FU;
        } else if ((lead & 0xF8U) == 0xF0U) {
            length = 4;
            codePoint = lead & 0x07U;
        } else {
            return false;
        }
        if (i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0U) != 0x80U)
                return false;
            codePoint = (codePoint << 6U) | (next & 0x3FU);
        }
        // The smallest code point of each sequence length (shorter forms are overlong).
        constexpr std::array<std::uint32_t, 5> kSmallest{0, 0, 0x80U, 0x800U, 0x10000U};
        if (codePoint < kSmallest[length] || codePoint > 0x10FFFFU || (codePoint >= 0xD800U && codePoint <= 0xDFFFU))
            return false;
        i += length;
    }
    return true;
}

std::optional<std::string> textProblem(std::string_view text, std::size_t maxBytes, TextKind kind)
{
    if (text.size() > maxBytes)
        return "longer than " + std::to_string(maxBytes) + " bytes";
    const auto forbidden = [kind](char c) {
        const auto byte = static_cast<unsigned char>(c);
        if (kind == TextKind::Paragraphs && (c == '\n' || c == '\t'))
            return false;
        return byte < 0x20U || byte == 0x7FU;
    };
    if (std::any_of(text.begin(), text.end(), forbidden)) {
        return kind == TextKind::Line ? "must not contain control characters (newlines, tabs, NUL)"
                                      : "must not contain control characters other than newlines and tabs";
    }
    if (!isValidUtf8(text))
        return "is not valid UTF-8 text";
    return std::nullopt;
}

std::string readText(const Value& value, const Path& path, std::size_t maxBytes, TextKind kind)
{
    if (!value.is_string())
        failAt(path.text(), "expected a string, got " + describeValue(value));
    const auto& text = value.get_ref<const std::string&>();
    if (std::optional<std::string> problem = textProblem(text, maxBytes, kind))
        failAt(path.text(), std::move(*problem));
    return text;
}

std::optional<std::string> readOptionalName(const Value& value, const Path& path, std::size_t maxBytes)
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_string())
        failAt(path.text(), "expected null or a name, got " + describeValue(value));
    std::string name = readText(value, path, maxBytes);
    if (name.empty())
        failAt(path.text(), "expected null or a name, got an empty string (write null for none)");
    return name;
}

glm::dvec3 readVec3(const Value& value, const Path& path, const NumberRule& rule)
{
    const auto v = readVector<3>(value, path, rule);
    return {v[0], v[1], v[2]};
}

std::string keywordList(std::span<const std::string_view> keywords)
{
    std::string text;
    for (std::size_t i = 0; i < keywords.size(); ++i) {
        if (i > 0)
            text += i + 1 == keywords.size() ? " or " : ", ";
        text += "\"" + std::string(keywords[i]) + "\"";
    }
    return text;
}

} // namespace murnau::json
