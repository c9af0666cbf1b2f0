#pragma once
// Reading validated JSON documents (the .murnau file and its parts) with the place of every
// problem named: "scenes[0].shots[2].rig.channels.panDeg.keys[1].timeFlicks: ...".
//
// Two steps. parseTrackedJson() turns text into a tree while tracking the path of every
// value, so syntax errors, number overflow, duplicate keys and excessive nesting are
// reported at their place. Readers then walk the tree with the read* helpers below, which
// THROW json::ReadError on the first problem; a reader's public entry point catches it with
// json::reading() and returns a Result. The exception never leaves the core's JSON readers.

#include <array>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <glm/vec3.hpp>
#include <nlohmann/json.hpp>

#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau::json {

using Value = nlohmann::json;   // a parsed tree (objects with sorted keys)

// The first problem found while reading a tree; thrown by the read helpers, caught by reading().
struct ReadError {
    Error error;
};

// Throws ReadError{field, message}.
[[noreturn]] void failAt(std::string field, std::string message);
// Throws `error` as a ReadError (to pass on the error of a Result-returning reader).
[[noreturn]] void failWith(Error error);

// Runs `read` and returns its value, or the ReadError it threw (and nlohmann's own
// exceptions, which the helpers never let through, as a plain error).
template<typename Read>
auto reading(Read&& read) -> Result<decltype(read())>
{
    try {
        return read();
    } catch (const ReadError& failure) {
        return failure.error;
    } catch (const nlohmann::json::exception& exception) {
        return fail("", std::string("could not read the JSON: ") + exception.what());
    }
}

// Text of a field path: member("a.b", "c") = "a.b.c" (just "c" at the root), element("a", 2) = "a[2]".
std::string member(const std::string& path, std::string_view key);
std::string element(const std::string& path, std::size_t index);
// The place of a value, written out only when a message needs it (reading runs over every value
// of a file, and almost never fails): a whole path, or a parent path and a key or an index. Holds
// views: use it within the expression that makes it. Implicit from a path string.
class Path {
public:
    Path(const char* path) : m_parent(path) {}                        // NOLINT: implicit by design
    Path(const std::string& path) : m_parent(path) {}                 // NOLINT: implicit by design
    Path(std::string_view parent, std::string_view key) : m_parent(parent), m_key(key), m_kind(Kind::Key) {}
    Path(std::string_view parent, std::size_t index) : m_parent(parent), m_index(index), m_kind(Kind::Index) {}

    // "a.b.c", "a[2]": the text member() or element() would give.
    [[nodiscard]] std::string text() const;

private:
    enum class Kind { Whole, Key, Index };
    std::string_view m_parent;
    std::string_view m_key;
    std::size_t m_index = 0;
    Kind m_kind = Kind::Whole;
};

// `field` with its leading `from` replaced by `to` ("key.left" -> "curve.keys[2].left"); other fields unchanged.
std::string rebased(const std::string& field, std::string_view from, const std::string& to);

// `text` cut to at most `maxBytes` (never inside a UTF-8 sequence) with "..." appended when cut.
std::string truncated(std::string text, std::size_t maxBytes);
// A number for messages: shortest text that reads back the same, "2000" not "2000.0".
std::string numberText(double value);
// What the file had, for messages: "a string \"NaN\"", "an array", "null", "-1.8".
std::string describeValue(const Value& value);
// Error messages quote the input; they are capped at this many bytes.
inline constexpr std::size_t kMaxMessageBytes = 400;

// Parses `text` into a tree (pass 1). Errors name the path where the text went wrong; nesting
// deeper than `maxDepth` is refused, mentioning `formatDepth`, the depth the format itself uses.
Result<Value> parseTrackedJson(std::string_view text, std::size_t maxDepth, std::size_t formatDepth);

// The accepted range of a number and how to talk about it in messages.
struct NumberRule {
    double min;                 // smallest accepted value (or bound, see minExclusive)
    double max;                 // largest accepted value
    bool minExclusive;          // true: min itself is refused (sizes must be > 0)
    std::string_view unitWord;  // "metres" ("a number of metres"); empty for plain numbers
    std::string_view unit;      // "m" ("from 0.3 to 3 m")
    std::string_view what;      // "an actor height" ("expected an actor height from 0.3 to 3 m"); empty:
                                // "expected a number of metres between -10 and 10"
};

// Coordinates of anything placed in the world, metres (a typing error beyond 100 km).
inline constexpr NumberRule kCoordinateRule{-100000.0, 100000.0, false, "metres", "m", "a coordinate"};
// Angles of things that face a direction (set pieces, actors, camera setups), degrees.
inline constexpr NumberRule kAngleRule{-360.0, 360.0, false, "degrees", "degrees", "an angle"};

// The accepted range of a time in flicks and how to talk about it.
struct FlicksRule {
    Flicks min;                 // smallest accepted value (or bound, see minExclusive)
    Flicks max;                 // largest accepted value
    bool minExclusive;          // true: min itself is refused (durations must be > 0)
    std::string_view what;      // "a shot duration"
    std::string_view range;     // hand-written range for messages: "greater than 0 and at most 24 h (...)"
};

// Refuses anything but an object whose keys are all of `required` and any of `optional`;
// an unknown key gets a "did you mean" for a near miss.
void expectObject(const Value& value, const std::string& path, std::span<const std::string_view> required,
                  std::string_view what, std::span<const std::string_view> optional = {});
// The same with the keys written in place: expectObject(v, path, {"name", "heightM"}, "an actor").
inline void expectObject(const Value& value, const std::string& path, std::initializer_list<std::string_view> required,
                         std::string_view what, std::initializer_list<std::string_view> optional = {})
{
    expectObject(value, path, std::span(required.begin(), required.size()), what,
                 std::span(optional.begin(), optional.size()));
}
// The array at `path`, or an error.
const Value& readArray(const Value& value, const Path& path);
// A finite number within `rule`.
double readNumber(const Value& value, const Path& path, const NumberRule& rule);
// True when `number` is finite and within `rule` (what readNumber and checkNumber accept).
[[nodiscard]] bool isWithin(double number, const NumberRule& rule) noexcept;
// The error readNumber gives at `path` for `number` outside `rule` (nullopt inside it), for values
// that come from edits rather than files: the same ranges, the same words. `got` is the value as the
// input wrote it (a file's "500000.0"); empty: the shortest text of `number`.
std::optional<Error> checkNumber(double number, const std::string& path, const NumberRule& rule,
                                 std::string_view got = {});
// null, or a number within `rule`.
std::optional<double> readOptionalNumber(const Value& value, const Path& path, const NumberRule& rule);
// A whole number of flicks within `rule` (JSON integers only: 1.5 or 1e9 are refused).
Flicks readFlicks(const Value& value, const Path& path, const FlicksRule& rule);

// Which characters a text may hold.
enum class TextKind {
    Line,       // one line: no control characters at all
    Paragraphs, // free text: line feeds and tabs allowed, other control characters refused
};
// What is wrong with a text for readText ("longer than 256 bytes", control characters, not UTF-8);
// nullopt when nothing is.
std::optional<std::string> textProblem(std::string_view text, std::size_t maxBytes, TextKind kind = TextKind::Line);
// True when `text` is well-formed UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
[[nodiscard]] bool isValidUtf8(std::string_view text) noexcept;
// A UTF-8 string of at most `maxBytes`.
std::string readText(const Value& value, const Path& path, std::size_t maxBytes, TextKind kind = TextKind::Line);
// null (nullopt), or a non-empty one-line string of at most `maxBytes`.
std::optional<std::string> readOptionalName(const Value& value, const Path& path, std::size_t maxBytes);
// An array of N numbers within `rule`; elements are named path[i].
template<std::size_t N>
std::array<double, N> readVector(const Value& value, const Path& path, const NumberRule& rule)
{
    std::array<double, N> result{};
    if (value.is_array() && value.size() == N) {
        bool within = true;
        for (std::size_t i = 0; i < N && within; ++i) {
            within = value[i].is_number() && isWithin(result[i] = value[i].template get<double>(), rule);
        }
        if (within)
            return result;
    }
    const std::string text = path.text();
    if (!value.is_array() || value.size() != N) {
        const std::string got = value.is_array() ? "an array of " + std::to_string(value.size()) : describeValue(value);
        failAt(text, "expected an array of " + std::to_string(N) + " numbers, got " + got);
    }
    for (std::size_t i = 0; i < N; ++i)
        result[i] = readNumber(value[i], element(text, i), rule);
    return result;
}
// [x, y, z] with every coordinate within `rule`.
glm::dvec3 readVec3(const Value& value, const Path& path, const NumberRule& rule);

// "\"a\", \"b\" or \"c\"": the keywords for messages.
std::string keywordList(std::span<const std::string_view> keywords);

// One of a fixed set of keyword strings, mapped to its value: "expected \"box\" or \"cylinder\", got ...".
template<typename T>
T readKeyword(const Value& value, const Path& path, std::span<const std::pair<T, std::string_view>> keywords)
{
    if (value.is_string()) {
        const auto& text = value.get_ref<const std::string&>();
        for (const auto& [result, keyword] : keywords) {
            if (keyword == text)
                return result;
        }
    }
    std::vector<std::string_view> names;
    names.reserve(keywords.size());
    for (const auto& entry : keywords)
        names.push_back(entry.second);
    failAt(path.text(), "expected " + keywordList(names) + ", got " + describeValue(value));
}

// The keyword of `value` in `keywords` (the first entry's keyword if it is missing).
template<typename T>
std::string_view keywordOf(T value, std::span<const std::pair<T, std::string_view>> keywords) noexcept
{
    for (const auto& [entry, keyword] : keywords) {
        if (entry == value)
            return keyword;
    }
    return keywords.front().second;
}

} // namespace murnau::json
