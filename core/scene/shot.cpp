// Shot status keys as written in project files and on the CLI.

#include "core/scene/shot.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace murnau {

namespace {

constexpr std::array<std::pair<ShotStatus, std::string_view>, 4> kStatusKeys{{
    {ShotStatus::Planned, "planned"},
    {ShotStatus::Approved, "approved"},
    {ShotStatus::Shot, "shot"},
    {ShotStatus::Omitted, "omitted"},
}};

// `text` without surrounding spaces, in lower case.
std::string normalised(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    std::string out;
    for (const char c : text.substr(first, last - first + 1))
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

} // namespace

std::string_view shotStatusKey(ShotStatus status) noexcept
{
    for (const auto& [value, key] : kStatusKeys) {
        if (value == status)
            return key;
    }
    return kStatusKeys.front().second;
}

// Accepts the keys in any case, with surrounding spaces; errors name "status".
Result<ShotStatus> parseShotStatus(std::string_view key)
{
    const std::string wanted = normalised(key);
    for (const auto& [value, name] : kStatusKeys) {
        if (name == wanted)
            return value;
    }
    return fail("status", fmt::format("unknown shot status \"{}\" (use planned, approved, shot or omitted)", key));
}

} // namespace murnau
