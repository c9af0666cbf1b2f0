// Edits of the project's settings.

#include "core/edit/settings_edits.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "core/edit/edit_support.h"
#include "core/scene/display_units.h"
#include "core/scene/project_rules.h"

namespace murnau {

namespace {

using namespace editing;

Edit settingsEdit(const Project& project, const ProjectSettings& after, std::string name)
{
    return makeEdit(std::move(name), {replaced(ItemList::Settings, 0, settingsOf(project), after)});
}

std::optional<Error> checkText(std::string_view text, std::size_t maxBytes, const std::string& field)
{
    if (std::optional<std::string> problem = json::textProblem(text, maxBytes))
        return fail(field, *problem);
    return std::nullopt;
}

} // namespace

Result<Edit> setProjectTitle(const Project& project, std::string_view title)
{
    if (auto error = checkText(title, rules::kMaxTitleBytes, "title"))
        return *error;
    ProjectSettings after = settingsOf(project);
    after.title = std::string(title);
    return settingsEdit(project, after, "Rename project to " + quotedName(title));
}

Result<Edit> setProjectFrameRate(const Project& project, FrameRate frameRate)
{
    const auto rates = standardFrameRates();
    if (std::find(rates.begin(), rates.end(), frameRate) == rates.end()) {
        return fail("frameRate",
                    fmt::format("{}/{} fps is not a standard rate (23.976, 24, 25, 29.97, 30, 48, 50, "
                                "59.94 or 60)",
                                frameRate.numerator, frameRate.denominator));
    }
    ProjectSettings after = settingsOf(project);
    after.frameRate = frameRate;
    return settingsEdit(project, after, "Set frame rate to " + frameRateLabel(frameRate) + " fps");
}

Result<Edit> setDisplayUnits(const Project& project, DisplayUnits units)
{
    if (units != DisplayUnits::Metric && units != DisplayUnits::Imperial)
        return fail("displayUnits", "expected metric or imperial");
    ProjectSettings after = settingsOf(project);
    after.displayUnits = units;
    return settingsEdit(project, after, fmt::format("Show lengths in {}", displayUnitsLabel(units)));
}

Result<Edit> setSetName(const Project& project, std::string_view name)
{
    if (auto error = checkText(name, rules::kMaxNameBytes, "set.name"))
        return *error;
    ProjectSettings after = settingsOf(project);
    after.setName = std::string(name);
    return settingsEdit(project, after, "Rename set to " + quotedName(name));
}

Result<Edit> setFloorSize(const Project& project, glm::dvec2 floorSizeM)
{
    for (int i = 0; i < 2; ++i) {
        if (auto error = json::checkNumber(floorSizeM[i], fmt::format("set.floorSizeM[{}]", i), rules::kSize))
            return *error;
    }
    ProjectSettings after = settingsOf(project);
    after.floorSizeM = floorSizeM;
    return settingsEdit(project, after,
                        fmt::format("Resize floor to {} \u00d7 {}", formatLength(floorSizeM.x, project.displayUnits),
                                    formatLength(floorSizeM.y, project.displayUnits)));
}

Result<Edit> setFloorColor(const Project& project, Rgb color)
{
    ProjectSettings after = settingsOf(project);
    after.floorColor = color;
    return settingsEdit(project, after, "Change floor colour");
}

} // namespace murnau
