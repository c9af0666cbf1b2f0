// A malformed-project corpus generated from a valid project (tests/core/data/valid/full-v2.murnau):
// the text cut at many offsets, every value given the wrong type, NaN / Infinity / 1e400 literals
// and huge numbers in every number, every required key removed, an unknown key added to every
// object, 10,000-deep nesting, a 100 MB string and invalid UTF-8. Every variant is refused with
// an Error that names its place, and none crashes the reader.

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/scene/project_json.h"

using namespace murnau;
namespace fs = std::filesystem;
using Json = nlohmann::ordered_json;

namespace {

const fs::path kValid = fs::path(MURNAU_SOURCE_DIR) / "tests/core/data/valid/full-v2.murnau";

std::string validText()
{
    std::ifstream in(kValid, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A value of the document: its JSON pointer and its path as errors write it ("set.pieces[2].sizeM[1]").
struct Place {
    std::string pointer;
    std::string path;
    Json::value_t type;
};

void collect(const Json& value, const std::string& pointer, const std::string& path, std::vector<Place>& places)
{
    places.push_back({pointer, path, value.type()});
    if (value.is_object()) {
        for (const auto& [key, child] : value.items())
            collect(child, pointer + "/" + key, path.empty() ? key : path + "." + key, places);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            collect(value[i], pointer + "/" + std::to_string(i), path + "[" + std::to_string(i) + "]", places);
    }
}

std::vector<Place> placesOf(const Json& document)
{
    std::vector<Place> places;
    collect(document, "", "", places);
    return places;
}

// The keys the format allows to be absent (docs/file-format.md): a rig's channels and its hold
// fraction, and a key's easing. Removing one of them leaves a valid file.
bool isOptional(const std::string& path)
{
    for (const char* optional : {".holdFrameFraction", ".easing"}) {
        const std::string suffix = optional;
        if (path.size() > suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0)
            return true;
    }
    const auto channels = path.rfind(".channels.");
    return channels != std::string::npos && path.find_first_of(".[", channels + 10) == std::string::npos;
}

// The document with the value at `pointer` replaced by a marker, as text, and the marker.
std::string withMarker(const Json& document, const std::string& pointer, const std::string& marker)
{
    Json changed = document;
    changed[Json::json_pointer(pointer)] = marker;
    return changed.dump(2);
}

std::string replaced(std::string text, const std::string& from, const std::string& to)
{
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos)
        text.replace(at, from.size(), to);
    return text;
}

class MalformedProjects : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_text = validText();
        const auto parsed = parseProject(m_text);
        ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
        m_document = Json::parse(m_text);
        m_places = placesOf(m_document);
        ASSERT_GT(m_places.size(), 500U);
    }

    std::string m_text;
    Json m_document;
    std::vector<Place> m_places;
};

} // namespace

TEST_F(MalformedProjects, TruncatedAnywhereIsRefusedAtTheEndOfTheText)
{
    // The parser counts bytes from 1 and reads the end of input as one byte more: a text of n
    // bytes that stops inside the document fails at byte n + 1. The path names where it stopped:
    // a cut inside the actors names an actor.
    const std::size_t actorsFrom = m_text.find("\"actors\": [") + 12;
    const std::size_t actorsTo = m_text.rfind(']', m_text.find("\"cameras\": [")) + 1;   // up to the closing bracket
    std::size_t cuts = 0;
    for (std::size_t n = 0; n < m_text.size(); n += (n < 200 ? 1 : 37)) {
        const auto project = parseProject(std::string_view(m_text).substr(0, n));
        ASSERT_FALSE(project.ok()) << "cut at " << n;
        EXPECT_EQ(project.error().message.rfind("not valid JSON at byte " + std::to_string(n + 1) + ":", 0), 0U)
            << "cut at " << n << ": " << project.error().describe();
        if (n > actorsFrom && n < actorsTo) {
            EXPECT_EQ(project.error().field.rfind("actors[", 0), 0U) << "cut at " << n << ": " << project.error().describe();
        }
        ++cuts;
    }
    // The last byte is the newline after the closing brace: without it the document is complete.
    EXPECT_TRUE(parseProject(std::string_view(m_text).substr(0, m_text.size() - 1)).ok());
    EXPECT_GT(cuts, 400U);
}

TEST_F(MalformedProjects, EveryValueOfTheWrongTypeIsRefusedWhereItIs)
{
    std::size_t tried = 0;
    for (const Place& place : m_places) {
        if (place.pointer.empty())
            continue;
        Json wrong;
        switch (place.type) {
        case Json::value_t::string:
            wrong = 12345;
            break;
        case Json::value_t::object:
            wrong = Json::array({1, 2});
            break;
        case Json::value_t::array:
            wrong = Json::object({{"x", 1}});
            break;
        default:   // numbers and null
            wrong = "12";
            break;
        }
        Json changed = m_document;
        changed[Json::json_pointer(place.pointer)] = wrong;
        const auto project = parseProject(changed.dump(2));
        ASSERT_FALSE(project.ok()) << place.path << " = " << wrong.dump() << " loaded";
        EXPECT_EQ(project.error().field, place.path) << project.error().describe();
        ++tried;
    }
    EXPECT_GT(tried, 500U);
}

TEST_F(MalformedProjects, NonFiniteAndOverflowingLiteralsAreRefusedWhereTheyAre)
{
    const std::string marker = "@@number@@";
    std::size_t tried = 0;
    for (const Place& place : m_places) {
        if (place.type != Json::value_t::number_float && place.type != Json::value_t::number_integer
            && place.type != Json::value_t::number_unsigned)
            continue;
        const std::string text = withMarker(m_document, place.pointer, marker);
        for (const char* literal : {"NaN", "Infinity", "-Infinity", "1e400", "-1e400"}) {
            const auto project = parseProject(replaced(text, "\"" + marker + "\"", literal));
            ASSERT_FALSE(project.ok()) << place.path << " = " << literal << " loaded";
            EXPECT_EQ(project.error().field, place.path) << literal << ": " << project.error().describe();
            EXPECT_EQ(project.error().message.rfind("not valid JSON at byte", 0), 0U) << project.error().describe();
        }
        ++tried;
    }
    EXPECT_GT(tried, 200U);
}

TEST_F(MalformedProjects, HugeNumbersAreRefusedByTheirRange)
{
    std::size_t tried = 0;
    for (const Place& place : m_places) {
        if (place.type != Json::value_t::number_float && place.type != Json::value_t::number_integer
            && place.type != Json::value_t::number_unsigned)
            continue;
        for (const double huge : {1e300, -1e300, 1.7976931348623157e308}) {
            Json changed = m_document;
            changed[Json::json_pointer(place.pointer)] = huge;
            const auto project = parseProject(changed.dump(2));
            ASSERT_FALSE(project.ok()) << place.path << " = " << huge << " loaded";
            EXPECT_EQ(project.error().field, place.path) << project.error().describe();
        }
        Json changed = m_document;
        changed[Json::json_pointer(place.pointer)] = Json::parse("18446744073709551615");   // the largest JSON integer read exactly
        const auto project = parseProject(changed.dump(2));
        ASSERT_FALSE(project.ok()) << place.path << " = 2^64 - 1 loaded";
        EXPECT_EQ(project.error().field, place.path) << project.error().describe();
        ++tried;
    }
    EXPECT_GT(tried, 200U);
}

TEST_F(MalformedProjects, EveryRequiredKeyRemovedIsNamed)
{
    std::size_t required = 0;
    std::size_t optional = 0;
    for (const Place& place : m_places) {
        const auto slash = place.pointer.rfind('/');
        if (place.pointer.empty())
            continue;
        const std::string parentPointer = place.pointer.substr(0, slash);
        const Json& parent = m_document[Json::json_pointer(parentPointer)];
        if (!parent.is_object())
            continue;   // array elements are not keys
        Json changed = m_document;
        changed[Json::json_pointer(parentPointer)].erase(place.pointer.substr(slash + 1));
        const auto project = parseProject(changed.dump(2));
        if (isOptional(place.path)) {
            EXPECT_TRUE(project.ok()) << place.path << ": " << project.error().describe();
            ++optional;
            continue;
        }
        ASSERT_FALSE(project.ok()) << place.path << " removed, still loaded";
        EXPECT_EQ(project.error().field, place.path) << project.error().describe();
        EXPECT_EQ(project.error().message.rfind("missing", 0), 0U) << project.error().describe();
        ++required;
    }
    EXPECT_GT(required, 300U);
    EXPECT_GT(optional, 5U);
}

TEST_F(MalformedProjects, AnUnknownKeyInAnyObjectIsNamed)
{
    std::size_t objects = 0;
    for (const Place& place : m_places) {
        if (place.type != Json::value_t::object)
            continue;
        Json changed = m_document;
        changed[Json::json_pointer(place.pointer)]["zzUnknown"] = 1;
        const auto project = parseProject(changed.dump(2));
        ASSERT_FALSE(project.ok()) << place.path << ".zzUnknown loaded";
        EXPECT_EQ(project.error().field, place.path.empty() ? "zzUnknown" : place.path + ".zzUnknown")
            << project.error().describe();
        EXPECT_EQ(project.error().message.rfind("unknown key 'zzUnknown'", 0), 0U) << project.error().describe();
        ++objects;
    }
    EXPECT_GT(objects, 60U);
}

TEST_F(MalformedProjects, TenThousandDeepNestingIsRefusedAtItsPlace)
{
    const std::string marker = "@@deep@@";
    const std::string arrays = std::string(10000, '[') + std::string(10000, ']');
    std::string objects;
    for (int i = 0; i < 10000; ++i)
        objects += "{\"a\": ";
    objects += "1" + std::string(10000, '}');
    for (const char* pointer : {"/title", "/actors/1/positionM", "/set/pieces/2/openings/0", "/cameras/1/lensKit",
                                "/scenes/0/shots/0/rig/channels"}) {
        const std::string text = withMarker(m_document, pointer, marker);
        for (const std::string& deep : {arrays, objects}) {
            const auto project = parseProject(replaced(text, "\"" + marker + "\"", deep));
            ASSERT_FALSE(project.ok()) << pointer;
            EXPECT_NE(project.error().message.find("nested more than 64 levels deep"), std::string::npos)
                << project.error().describe();
            // The place is named by its first segments (at most six), without the run of brackets.
            std::string expected;
            for (const Place& place : m_places) {
                if (place.pointer == pointer)
                    expected = place.path;
            }
            EXPECT_EQ(project.error().field.rfind(expected.substr(0, 12), 0), 0U) << project.error().describe();
        }
    }
}

TEST_F(MalformedProjects, AHundredMegabyteStringIsRefusedByTheSizeLimit)
{
    const std::string text = replaced(m_text, "\"title\": \"", "\"title\": \"" + std::string(std::size_t{100} << 20, 'a'));
    const auto project = parseProject(text);
    ASSERT_FALSE(project.ok());
    EXPECT_EQ(project.error().describe().rfind("the project text is 100.0 MiB; projects are limited to 64.0 MiB", 0), 0U)
        << project.error().describe();
}

TEST_F(MalformedProjects, InvalidUtf8InAnyStringIsRefusedWhereItIs)
{
    const std::string marker = "@@text@@";
    std::size_t tried = 0;
    for (const Place& place : m_places) {
        if (place.type != Json::value_t::string)
            continue;
        const std::string text = withMarker(m_document, place.pointer, marker);
        // A stray continuation byte, an overlong '/', a UTF-16 surrogate, a sequence cut short, a byte never in UTF-8.
        for (const char* bad : {"\x80", "\xc0\xaf", "\xed\xa0\x80", "\xe2\x82", "\xff"}) {
            const auto project = parseProject(replaced(text, marker, std::string("ok ") + bad + " ok"));
            ASSERT_FALSE(project.ok()) << place.path << " loaded";
            EXPECT_EQ(project.error().field, place.path) << project.error().describe();
            EXPECT_NE(project.error().message.find("UTF-8"), std::string::npos) << project.error().describe();
        }
        ++tried;
    }
    EXPECT_GT(tried, 120U);
}
