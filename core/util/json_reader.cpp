// The path-tracking JSON parser and the validating read helpers of the file readers.

#include "core/util/json_reader.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/util/hex_digit.h"

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

// The fast first pass of parseTrackedJson: a strict RFC 8259 parser straight into a tree, with
// the limits the SAX pass applies (nesting, duplicate keys). It only says whether the text is
// acceptable; at the first thing it does not accept (or is not sure of: a byte order mark, a
// float that underflows) it stops, and the SAX pass parses again to name the place. On text
// both accept, both build the same tree: numbers are read as nlohmann reads them (integers
// without a sign as unsigned, with a minus as signed, anything else or too large as a double).
class FastParser {
public:
    FastParser(std::string_view text, std::size_t maxDepth) : m_at(text.data()), m_end(text.data() + text.size()), m_maxDepth(maxDepth) {}

    // Parses the whole text into `root`; false at anything not accepted.
    bool parse(Value& root)
    {
        skipWhitespace();
        if (!parseValue(root, 0))
            return false;
        skipWhitespace();
        return m_at == m_end;
    }

private:
    void skipWhitespace() noexcept
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }

    bool parseValue(Value& out, std::size_t depth)
    {
        if (m_at == m_end)
            return false;
        switch (*m_at) {
        case '{':
            return parseObject(out, depth + 1);
        case '[':
            return parseArray(out, depth + 1);
        case '"':
            out = Value::string_t();
            return parseString(out.get_ref<Value::string_t&>());
        case 't':
            out = true;
            return literal("true");
        case 'f':
            out = false;
            return literal("false");
        case 'n':
            out = nullptr;
            return literal("null");
        default:
            return parseNumber(out);
        }
    }

    bool literal(std::string_view word) noexcept
    {
        if (static_cast<std::size_t>(m_end - m_at) < word.size() || std::string_view(m_at, word.size()) != word)
            return false;
        m_at += word.size();
        return true;
    }

    bool parseObject(Value& out, std::size_t depth)
    {
        if (depth > m_maxDepth)
            return false;
        out = Value::object();
        auto& members = out.get_ref<Value::object_t&>();
        ++m_at;
        skipWhitespace();
        if (m_at != m_end && *m_at == '}') {
            ++m_at;
            return true;
        }
        while (true) {
            if (m_at == m_end || *m_at != '"')
                return false;
            Value::string_t key;
            if (!parseString(key))
                return false;
            skipWhitespace();
            if (m_at == m_end || *m_at != ':')
                return false;
            ++m_at;
            skipWhitespace();
            const auto [slot, added] = members.try_emplace(std::move(key));
            if (!added || !parseValue(slot->second, depth))
                return false;
            skipWhitespace();
            if (m_at == m_end)
                return false;
            if (*m_at == '}') {
                ++m_at;
                return true;
            }
            if (*m_at != ',')
                return false;
            ++m_at;
            skipWhitespace();
        }
    }

    bool parseArray(Value& out, std::size_t depth)
    {
        if (depth > m_maxDepth)
            return false;
        out = Value::array();
        auto& elements = out.get_ref<Value::array_t&>();
        elements.reserve(4);   // most arrays of the format are [x, y, z] or [time, value]: one allocation
        ++m_at;
        skipWhitespace();
        if (m_at != m_end && *m_at == ']') {
            ++m_at;
            return true;
        }
        while (true) {
            elements.emplace_back();
            if (!parseValue(elements.back(), depth))
                return false;
            skipWhitespace();
            if (m_at == m_end)
                return false;
            if (*m_at == ']') {
                ++m_at;
                return true;
            }
            if (*m_at != ',')
                return false;
            ++m_at;
            skipWhitespace();
        }
    }

    // Four hex digits after "\u".
    bool hex4(std::uint32_t& codeUnit) noexcept
    {
        if (m_end - m_at < 4)
            return false;
        codeUnit = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexDigitValue(m_at[i]);
            if (digit < 0)
                return false;
            codeUnit = (codeUnit << 4U) | static_cast<std::uint32_t>(digit);
        }
        m_at += 4;
        return true;
    }

    static void appendUtf8(Value::string_t& out, std::uint32_t codePoint)
    {
        if (codePoint < 0x80U) {
            out += static_cast<char>(codePoint);
        } else if (codePoint < 0x800U) {
            out += static_cast<char>(0xC0U | (codePoint >> 6U));
            out += static_cast<char>(0x80U | (codePoint & 0x3FU));
        } else if (codePoint < 0x10000U) {
            out += static_cast<char>(0xE0U | (codePoint >> 12U));
            out += static_cast<char>(0x80U | ((codePoint >> 6U) & 0x3FU));
            out += static_cast<char>(0x80U | (codePoint & 0x3FU));
        } else {
            out += static_cast<char>(0xF0U | (codePoint >> 18U));
            out += static_cast<char>(0x80U | ((codePoint >> 12U) & 0x3FU));
            out += static_cast<char>(0x80U | ((codePoint >> 6U) & 0x3FU));
            out += static_cast<char>(0x80U | (codePoint & 0x3FU));
        }
    }

    // The escape after a backslash (m_at on the character after it).
    bool parseEscape(Value::string_t& out)
    {
        if (m_at == m_end)
            return false;
        const char c = *m_at++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out += c;
            return true;
        case 'b':
            out += '\b';
            return true;
        case 'f':
            out += '\f';
            return true;
        case 'n':
            out += '\n';
            return true;
        case 'r':
            out += '\r';
            return true;
        case 't':
            out += '\t';
            return true;
        case 'u': {
            std::uint32_t unit = 0;
            if (!hex4(unit))
                return false;
            if (unit >= 0xDC00U && unit <= 0xDFFFU)
                return false;   // a low surrogate without its high one
            if (unit >= 0xD800U && unit <= 0xDBFFU) {
                std::uint32_t low = 0;
                if (m_end - m_at < 2 || m_at[0] != '\\' || m_at[1] != 'u')
                    return false;
                m_at += 2;
                if (!hex4(low) || low < 0xDC00U || low > 0xDFFFU)
                    return false;
                unit = 0x10000U + ((unit - 0xD800U) << 10U) + (low - 0xDC00U);
            }
            appendUtf8(out, unit);
            return true;
        }
        default:
            return false;
        }
    }

    // A string (m_at on its opening quote) into `out`: UTF-8 checked as nlohmann does (RFC 3629),
    // control characters refused, escapes decoded.
    bool parseString(Value::string_t& out)
    {
        ++m_at;
        while (true) {
            const char* run = m_at;
            while (m_at != m_end) {
                const auto byte = static_cast<unsigned char>(*m_at);
                if (byte == '"' || byte == '\\' || byte < 0x20U || byte >= 0x80U)
                    break;
                ++m_at;
            }
            out.append(run, static_cast<std::size_t>(m_at - run));
            if (m_at == m_end)
                return false;
            const auto byte = static_cast<unsigned char>(*m_at);
            if (byte == '"') {
                ++m_at;
                return true;
            }
            if (byte == '\\') {
                ++m_at;
                if (!parseEscape(out))
                    return false;
                continue;
            }
            if (byte < 0x20U)
                return false;
            const std::size_t length = byte >= 0xF0U ? 4 : byte >= 0xE0U ? 3 : 2;
            if (static_cast<std::size_t>(m_end - m_at) < length || !isValidUtf8(std::string_view(m_at, length)))
                return false;
            out.append(m_at, length);
            m_at += length;
        }
    }

    bool parseNumber(Value& out)
    {
        const char* start = m_at;
        const char* p = m_at;
        const bool negative = p != m_end && *p == '-';
        if (negative)
            ++p;
        if (p == m_end || *p < '0' || *p > '9')
            return false;
        if (*p == '0') {
            ++p;
        } else {
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        bool integral = true;
        if (p != m_end && *p == '.') {
            integral = false;
            ++p;
            if (p == m_end || *p < '0' || *p > '9')
                return false;
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p != m_end && (*p == 'e' || *p == 'E')) {
            integral = false;
            ++p;
            if (p != m_end && (*p == '+' || *p == '-'))
                ++p;
            if (p == m_end || *p < '0' || *p > '9')
                return false;
            while (p != m_end && *p >= '0' && *p <= '9')
                ++p;
        }
        m_at = p;
        if (integral) {
            if (negative) {
                std::int64_t value = 0;
                if (const auto [end, error] = std::from_chars(start, p, value); error == std::errc() && end == p) {
                    out = static_cast<Value::number_integer_t>(value);
                    return true;
                }
            } else {
                std::uint64_t value = 0;
                if (const auto [end, error] = std::from_chars(start, p, value); error == std::errc() && end == p) {
                    out = static_cast<Value::number_unsigned_t>(value);
                    return true;
                }
            }
        }
        // A double, as strtod reads it (correctly rounded); out of range either way: let the SAX pass decide.
        double value = 0.0;
        if (const auto [end, error] = std::from_chars(start, p, value); error != std::errc() || end != p || !std::isfinite(value))
            return false;
        out = value;
        return true;
    }

    const char* m_at;
    const char* m_end;
    std::size_t m_maxDepth;
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

Result<Value> parseTrackedJson(std::string_view text, std::size_t maxDepth, std::size_t formatDepth)
{
    // Valid text (the common case) is read by the fast parser; anything it refuses is parsed
    // again by the path-tracking SAX parser, whose error names the place (or, for the rare text
    // only the SAX parser accepts, gives the tree).
    Value root;
    if (FastParser(text, maxDepth).parse(root))
        return root;
    root = Value();
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
