// The path-tracking JSON parser of the file readers (parseTrackedJson, core/util/json_reader.h):
// a fast strict pass for valid text, and a SAX pass that names the place of anything refused.

#include "core/util/json_reader.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

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
} // namespace

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

} // namespace murnau::json
