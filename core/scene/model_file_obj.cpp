// The Wavefront OBJ reader: v, f, o, g and mtllib lines checked, the vertices' bounds measured.

#include "core/scene/model_file_obj.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#include <fmt/format.h>
#include <glm/common.hpp>

#include "core/scene/model_file_paths.h"
#include "core/util/json_reader.h"

namespace murnau::model_file {

namespace {

using json::failAt;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The next whitespace-separated token of `line` from `at` (empty at the end).
std::string_view nextToken(std::string_view line, std::size_t& at)
{
    while (at < line.size() && isBlank(line[at]))
        ++at;
    const std::size_t start = at;
    while (at < line.size() && !isBlank(line[at]))
        ++at;
    return line.substr(start, at - start);
}

} // namespace

ModelFacts readObj(std::string_view bytes)
{
    ModelFacts facts;
    facts.format = ModelFormat::Obj;
    glm::dvec3 lo(std::numeric_limits<double>::infinity());
    glm::dvec3 hi(-std::numeric_limits<double>::infinity());
    std::int64_t maxForwardIndex = 0;        // the largest positive vertex index a face uses
    std::uint64_t maxForwardLine = 0;        // and its line
    std::size_t lineStart = 0;
    for (std::uint64_t lineNumber = 1; lineStart < bytes.size(); ++lineNumber) {
        const std::size_t newline = std::min(bytes.find('\n', lineStart), bytes.size());
        const std::string_view line = bytes.substr(lineStart, newline - lineStart);
        lineStart = newline + 1;
        const std::string field = "line " + std::to_string(lineNumber);
        if (line.size() > kMaxObjLineBytes)
            failAt(field, fmt::format("is {} bytes long; at most {} are read", line.size(), kMaxObjLineBytes));
        if (line.find('\0') != std::string_view::npos)
            failAt(field, "contains a NUL byte: not an OBJ text file");
        std::size_t at = 0;
        const std::string_view keyword = nextToken(line, at);
        if (keyword.empty() || keyword.front() == '#')
            continue;
        if (keyword == "v") {
            std::array<double, 7> values{};
            std::size_t n = 0;
            for (std::string_view token = nextToken(line, at); !token.empty(); token = nextToken(line, at)) {
                if (n == values.size())
                    failAt(field, "a vertex has more than 7 numbers (expected x y z [w], or x y z r g b)");
                double value = 0.0;
                const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
                if (error != std::errc() || end != token.data() + token.size() || !std::isfinite(value))
                    failAt(field, "vertex coordinate " + quotedText(token) + " is not a finite number");
                values[n++] = value;
            }
            if (n != 3 && n != 4 && n != 6 && n != 7)
                failAt(field, fmt::format("a vertex has {} numbers; expected x y z [w] (or x y z r g b)", n));
            const glm::dvec3 p(values[0], values[1], values[2]);
            lo = glm::min(lo, p);
            hi = glm::max(hi, p);
            ++facts.vertexCount;
        } else if (keyword == "f") {
            std::size_t corners = 0;
            for (std::string_view token = nextToken(line, at); !token.empty(); token = nextToken(line, at)) {
                const std::string_view vertex = token.substr(0, token.find('/'));
                std::int64_t index = 0;
                const auto [end, error] = std::from_chars(vertex.data(), vertex.data() + vertex.size(), index);
                if (error != std::errc() || end != vertex.data() + vertex.size() || index == 0)
                    failAt(field, "face corner " + quotedText(token) + " does not start with a vertex number (1 = the first)");
                if (index < 0 && static_cast<std::uint64_t>(-(index + 1)) + 1 > facts.vertexCount)
                    failAt(field, fmt::format("face corner {} refers {} vertices back; only {} come before it", index,
                                              -(index + 1) + 1, facts.vertexCount));
                if (index > maxForwardIndex) {
                    maxForwardIndex = index;
                    maxForwardLine = lineNumber;
                }
                ++corners;
            }
            if (corners < 3)
                failAt(field, fmt::format("a face has {} corners; at least 3", corners));
            ++facts.faceCount;
        } else if (keyword == "o" || keyword == "g") {
            ++facts.meshCount;
        } else if (keyword == "mtllib") {
            for (std::string_view token = nextToken(line, at); !token.empty(); token = nextToken(line, at)) {
                if (facts.references.size() >= kMaxModelReferences)
                    failAt(field, fmt::format("more than {} referenced files", kMaxModelReferences));
                facts.references.push_back(ModelReference{ModelReferenceKind::MaterialLibrary, field, std::string(token),
                                                          checkedRelativePath(field, token, token), 0});
            }
        }
        // Other statements (vt, vn, vp, l, p, s, usemtl, curves...) do not change the extent.
    }
    if (facts.vertexCount == 0)
        failAt("", "the OBJ file has no vertices ('v' lines): nothing to show");
    if (static_cast<std::uint64_t>(maxForwardIndex) > facts.vertexCount)
        failAt("line " + std::to_string(maxForwardLine),
               fmt::format("a face uses vertex {}; the file has {}", maxForwardIndex, facts.vertexCount));
    facts.meshCount = std::max<std::size_t>(facts.meshCount, 1);
    facts.minimum = lo;
    facts.maximum = hi;
    return facts;
}

} // namespace murnau::model_file
