// Scene heading keys: INT, EXT, INT/EXT.

#include "core/scene/scene.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace murnau {

namespace {

constexpr std::array<std::pair<IntExt, std::string_view>, 3> kIntExtKeys{{
    {IntExt::Int, "INT"},
    {IntExt::Ext, "EXT"},
    {IntExt::IntExt, "INT/EXT"},
}};

// `text` in upper case without spaces and dots ("int./ext." -> "INT/EXT").
std::string normalised(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '\t' || c == '.')
            continue;
        out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return out;
}

} // namespace

std::string_view intExtKey(IntExt value) noexcept
{
    for (const auto& [entry, key] : kIntExtKeys) {
        if (entry == value)
            return key;
    }
    return kIntExtKeys.front().second;
}

// Accepts the keys in any case, with or without the heading's dots and spaces ("Int.", "INT. / EXT."),
// and the screenplay variants "EXT/INT" and "I/E" for INT/EXT; errors name "intExt".
Result<IntExt> parseIntExt(std::string_view key)
{
    const std::string wanted = normalised(key);
    for (const auto& [value, name] : kIntExtKeys) {
        if (name == wanted)
            return value;
    }
    if (wanted == "EXT/INT" || wanted == "I/E")
        return IntExt::IntExt;
    return fail("intExt", fmt::format("unknown scene heading \"{}\" (use INT, EXT or INT/EXT)", key));
}

} // namespace murnau
