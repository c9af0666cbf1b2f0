// Choosing and ordering the shots of an export.

#include "core/export/export_shots.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <fmt/format.h>

namespace murnau {

namespace {

std::string lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return result;
}

std::vector<ExportShot> everyShot(const Project& project)
{
    std::vector<ExportShot> shots;
    for (std::size_t s = 0; s < project.scenes.size(); ++s) {
        const Scene& scene = project.scenes[s];
        for (std::size_t k = 0; k < scene.shots.size(); ++k)
            shots.push_back({&scene, &scene.shots[k], s, k, fmt::format("scenes[{}]", s),
                             fmt::format("scenes[{}].shots[{}]", s, k)});
    }
    return shots;
}

// The index in `all` of the shot `key` names, or an error naming "shots".
Result<std::size_t> findKey(const std::vector<ExportShot>& all, const std::string& key)
{
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].shot->id == key)
            return i;
    }
    std::vector<std::size_t> byNumber;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (all[i].shot->number == key)
            byNumber.push_back(i);
    }
    if (byNumber.size() == 1)
        return byNumber.front();
    if (byNumber.size() > 1) {
        std::string ids;
        for (const std::size_t i : byNumber)
            ids += fmt::format("{}{}", ids.empty() ? "" : ", ", all[i].shot->id);
        return fail("shots", fmt::format("shot number \"{}\" is used in several scenes ({}): name the shot by its id",
                                         key, ids));
    }
    std::string known;
    for (const ExportShot& shot : all)
        known += fmt::format("{}{} ({})", known.empty() ? "" : ", ", shot.shot->id, shot.shot->number);
    return fail("shots", fmt::format("no shot has the id or number \"{}\"; the project's shots are: {}", key,
                                     known.empty() ? "none" : known));
}

} // namespace

std::string_view shotOrderKey(ShotOrder order) noexcept
{
    return order == ShotOrder::BySetup ? "setup" : "editorial";
}

Result<ShotOrder> parseShotOrder(std::string_view key)
{
    const std::string name = lowered(key);
    if (name == "editorial")
        return ShotOrder::Editorial;
    if (name == "setup")
        return ShotOrder::BySetup;
    return fail("order", fmt::format("must be \"editorial\" or \"setup\", got \"{}\"", key));
}

Result<std::vector<ExportShot>> selectExportShots(const Project& project, std::span<const std::string> keys,
                                                  ShotOrder order)
{
    const std::vector<ExportShot> all = everyShot(project);
    std::vector<bool> chosen(all.size(), keys.empty());
    for (const std::string& key : keys) {
        const Result<std::size_t> index = findKey(all, key);
        if (!index)
            return index.error();
        chosen[*index] = true;
    }
    std::vector<ExportShot> selected;
    for (std::size_t i = 0; i < all.size(); ++i) {
        if (chosen[i])
            selected.push_back(all[i]);
    }
    if (order == ShotOrder::BySetup) {
        // Within each scene: setups in order of first appearance, editorial order inside each.
        std::vector<ExportShot> grouped;
        std::size_t begin = 0;
        while (begin < selected.size()) {
            std::size_t end = begin;
            while (end < selected.size() && selected[end].sceneIndex == selected[begin].sceneIndex)
                ++end;
            std::vector<std::string> setups;
            for (std::size_t i = begin; i < end; ++i) {
                if (std::find(setups.begin(), setups.end(), selected[i].shot->setup) == setups.end())
                    setups.push_back(selected[i].shot->setup);
            }
            for (const std::string& setup : setups) {
                for (std::size_t i = begin; i < end; ++i) {
                    if (selected[i].shot->setup == setup)
                        grouped.push_back(selected[i]);
                }
            }
            begin = end;
        }
        selected = std::move(grouped);
    }
    return selected;
}

std::vector<std::string> splitShotKeys(std::string_view list)
{
    std::vector<std::string> keys;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos)
            comma = list.size();
        std::string_view key = list.substr(start, comma - start);
        while (!key.empty() && std::isspace(static_cast<unsigned char>(key.front())))
            key.remove_prefix(1);
        while (!key.empty() && std::isspace(static_cast<unsigned char>(key.back())))
            key.remove_suffix(1);
        if (!key.empty())
            keys.emplace_back(key);
        start = comma + 1;
    }
    return keys;
}

} // namespace murnau
