// The path-tracking JSON parser and the validating read helpers of the file readers.

#include "core/util/json_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>
#include <vector>

#include <fmt/format.h>

namespace murnau::json {

namespace {

// A nesting error names the place by this many path segments at most.
constexpr std::size_t kPathSegmentsShownForNesting = 6;

// SAX handler: builds the tree like nlohmann's own DOM parser and tracks the path of the
// value being read, so every refusal names its place.
class PathTrackingSax {
public:
    PathTrackingSax(Value& root, std::size_t maxDepth, std::size_t formatDepth)
        : m_dom(root, false), m_maxDepth(maxDepth), m_formatDepth(formatDepth)
    {
    }

    bool null() { return scalarDone(m_dom.null()); }
    bool boolean(bool value) { return scalarDone(m_dom.boolean(value)); }
    bool number_integer(Value::number_integer_t value) { return scalarDone(m_dom.number_integer(value)); }
    bool number_unsigned(Value::number_unsigned_t value) { return scalarDone(m_dom.number_unsigned(value)); }
    bool number_float(Value::number_float_t value, const Value::string_t& text)
    {
        return scalarDone(m_dom.number_float(value, text));
    }
    bool string(Value::string_t& value) { return scalarDone(m_dom.string(value)); }
    bool binary(Value::binary_t& value) { return scalarDone(m_dom.binary(value)); }

    bool start_object(std::size_t length)
    {
        if (!enter(false))
            return false;
        return m_dom.start_object(length);
    }
    bool key(Value::string_t& name)
    {
        Frame& frame = m_frames.back();
        if (!frame.keys.insert(name).second) {
            m_error = Error{member(currentPath(), name), "duplicate key '" + truncated(name, 60) + "'"};
            return false;
        }
        frame.key = name;
        frame.hasKey = true;
        return m_dom.key(name);
    }
    bool end_object()
    {
        m_frames.pop_back();
        return scalarDone(m_dom.end_object());
    }
    bool start_array(std::size_t length)
    {
        if (!enter(true))
            return false;
        return m_dom.start_array(length);
    }
    bool end_array()
    {
        m_frames.pop_back();
        return scalarDone(m_dom.end_array());
    }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                     const nlohmann::detail::exception& exception)
    {
        std::string what = exception.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 3: ..." -> "parse error at ..."
        if (const auto bracket = what.find("] "); what.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos)
            what.erase(0, bracket + 2);
        m_error = Error{currentPath(), truncated("not valid JSON at byte " + std::to_string(position) + ": " + what,
                                                 kMaxMessageBytes)};
        return false;
    }

    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

private:
    struct Frame {
        bool isArray = false;
        std::size_t index = 0;        // arrays: index of the next element
        std::string key;              // objects: the key of the value being read
        bool hasKey = false;
        std::set<std::string> keys;   // objects: keys seen so far (duplicates are refused)
    };

    // The path of the value being read now ("" for the root).
    [[nodiscard]] std::string currentPath(std::size_t maxSegments = SIZE_MAX) const
    {
        std::string path;
        std::size_t segments = 0;
        for (const Frame& frame : m_frames) {
            if (segments == maxSegments)
                break;
            if (frame.isArray) {
                path = element(path, frame.index);
            } else if (frame.hasKey) {
                path = member(path, frame.key);
            } else {
                break;
            }
            ++segments;
        }
        return path;
    }

    bool enter(bool isArray)
    {
        if (m_frames.size() >= m_maxDepth) {
            // Name the place by its first segments, without the run of brackets that follows.
            std::string path = currentPath(kPathSegmentsShownForNesting);
            while (!path.empty() && path.back() == ']')
                path.erase(path.rfind('['));
            m_error = Error{path, "nested more than " + std::to_string(m_maxDepth) + " levels deep; the format nests at most "
                                      + std::to_string(m_formatDepth)};
            return false;
        }
        m_frames.push_back(Frame{isArray, 0, {}, false, {}});
        return true;
    }

    bool scalarDone(bool domOk)
    {
        if (!m_frames.empty()) {
            Frame& frame = m_frames.back();
            if (frame.isArray)
                ++frame.index;
            else
                frame.hasKey = false;
        }
        return domOk;
    }

    nlohmann::detail::json_sax_dom_parser<Value> m_dom;
    std::size_t m_maxDepth;
    std::size_t m_formatDepth;
    std::vector<Frame> m_frames;
    std::optional<Error> m_error;
};

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

Result<Value> parseTrackedJson(std::string_view text, std::size_t maxDepth, std::size_t formatDepth)
{
    Value root;
    PathTrackingSax sax(root, maxDepth, formatDepth);
    const bool parsed = Value::sax_parse(text.begin(), text.end(), &sax);
    if (sax.error())
        return *sax.error();
    if (!parsed)
        return fail("", "not valid JSON");
    return root;
}

void expectObject(const Value& value, const std::string& path, std::span<const std::string_view> required,
                  std::string_view what, std::span<const std::string_view> optional)
{
    if (!value.is_object())
        failAt(path, "expected " + std::string(what) + " (a JSON object), got " + describeValue(value));
    std::vector<std::string_view> known(required.begin(), required.end());
    known.insert(known.end(), optional.begin(), optional.end());
    for (const auto& [name, unused] : value.items()) {
        if (contains(required, name) || contains(optional, name))
            continue;
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
    for (const std::string_view key : required) {
        if (!value.contains(key))
            failAt(member(path, key), "missing (required in " + std::string(what) + ")");
    }
}

const Value& readArray(const Value& value, const std::string& path)
{
    if (!value.is_array())
        failAt(path, "expected an array, got " + describeValue(value));
    return value;
}

double readNumber(const Value& value, const std::string& path, const NumberRule& rule)
{
    if (!value.is_number())
        failAt(path, "expected a number" + ofUnit(rule.unitWord) + ", got " + describeValue(value));
    const double number = value.get<double>();
    const bool belowMin = rule.minExclusive ? !(number > rule.min) : !(number >= rule.min);
    if (std::isfinite(number) && !belowMin && number <= rule.max)
        return number;
    const std::string unit = rule.unit.empty() ? std::string() : " " + std::string(rule.unit);
    if (rule.what.empty()) {
        failAt(path, "expected a number" + ofUnit(rule.unitWord) + " between " + numberText(rule.min) + " and "
                         + numberText(rule.max) + ", got " + value.dump());
    }
    if (rule.min >= 0.0 && !(number > 0.0))
        failAt(path, "expected a positive number" + ofUnit(rule.unitWord) + ", got " + value.dump());
    const std::string range = rule.minExclusive ? "greater than " + numberText(rule.min) + " and at most "
                                                : "from " + numberText(rule.min) + " to ";
    failAt(path, "expected " + std::string(rule.what) + " " + range + numberText(rule.max) + unit + ", got " + value.dump());
}

std::optional<double> readOptionalNumber(const Value& value, const std::string& path, const NumberRule& rule)
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_number())
        failAt(path, "expected null or a number" + ofUnit(rule.unitWord) + ", got " + describeValue(value));
    return readNumber(value, path, rule);
}

Flicks readFlicks(const Value& value, const std::string& path, const FlicksRule& rule)
{
    if (!value.is_number_integer()) {
        failAt(path, "expected a whole number of flicks (" + std::to_string(kFlicksPerSecond) + " per second), got "
                         + describeValue(value));
    }
    const bool tooLarge = value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(rule.max);
    const Flicks flicks = tooLarge ? rule.max : value.get<Flicks>();
    const bool belowMin = rule.minExclusive ? !(flicks > rule.min) : flicks < rule.min;
    if (tooLarge || belowMin || flicks > rule.max)
        failAt(path, "expected " + std::string(rule.what) + " " + std::string(rule.range) + ", got " + value.dump());
    return flicks;
}

std::string readText(const Value& value, const std::string& path, std::size_t maxBytes, TextKind kind)
{
    if (!value.is_string())
        failAt(path, "expected a string, got " + describeValue(value));
    const auto& text = value.get_ref<const std::string&>();
    if (text.size() > maxBytes)
        failAt(path, "longer than " + std::to_string(maxBytes) + " bytes");
    const auto forbidden = [kind](char c) {
        const auto byte = static_cast<unsigned char>(c);
        if (kind == TextKind::Paragraphs && (c == '\n' || c == '\t'))
            return false;
        return byte < 0x20U || byte == 0x7FU;
    };
    if (std::any_of(text.begin(), text.end(), forbidden)) {
        failAt(path, kind == TextKind::Line ? "must not contain control characters (newlines, tabs, NUL)"
                                            : "must not contain control characters other than newlines and tabs");
    }
    return text;
}

std::optional<std::string> readOptionalName(const Value& value, const std::string& path, std::size_t maxBytes)
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_string())
        failAt(path, "expected null or a name, got " + describeValue(value));
    std::string name = readText(value, path, maxBytes);
    if (name.empty())
        failAt(path, "expected null or a name, got an empty string (write null for none)");
    return name;
}

glm::dvec3 readVec3(const Value& value, const std::string& path, const NumberRule& rule)
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
