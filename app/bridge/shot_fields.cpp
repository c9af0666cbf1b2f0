#include "app/bridge/shot_fields.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include "core/edit/scene_edits.h"

namespace murnau::shotfields {

namespace {

QString str(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A list field as the form shows it: one item a line.
QString linesText(const std::vector<std::string>& items)
{
    QStringList lines;
    for (const std::string& item : items)
        lines.append(str(item));
    return lines.join(QLatin1Char('\n'));
}

// A list field as typed: one item a line, each trimmed, blank lines skipped.
std::vector<std::string> linesOf(const QString& text)
{
    std::vector<std::string> items;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QString item = line.trimmed();
        if (!item.isEmpty())
            items.push_back(item.toStdString());
    }
    return items;
}

// Paragraphs as typed, without the blank space (spaces, tabs, newlines) around them.
std::string paragraphsOf(const QString& text)
{
    return text.trimmed().toStdString();
}

constexpr std::array kStatuses{ShotStatus::Planned, ShotStatus::Approved, ShotStatus::Shot, ShotStatus::Omitted};
constexpr std::array kIntExts{IntExt::Int, IntExt::Ext, IntExt::IntExt};

// The status as the combo box lists it ("Planned").
QString statusLabel(ShotStatus status)
{
    switch (status) {
    case ShotStatus::Planned: return QCoreApplication::translate("ShotFields", "Planned");
    case ShotStatus::Approved: return QCoreApplication::translate("ShotFields", "Approved");
    case ShotStatus::Shot: return QCoreApplication::translate("ShotFields", "Shot");
    case ShotStatus::Omitted: return QCoreApplication::translate("ShotFields", "Omitted");
    }
    return str(shotStatusKey(status));
}

} // namespace

void addFields(QVariantMap& fields, const Project& project, std::string_view shotId)
{
    const Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return;
    const Scene& scene = project.scenes[place->sceneIndex];
    const Shot& shot = scene.shots[place->shotIndex];
    fields[QStringLiteral("description")] = str(shot.description);
    fields[QStringLiteral("notes")] = str(shot.notes);
    fields[QStringLiteral("setup")] = str(shot.setup);
    fields[QStringLiteral("move")] = str(shot.move);
    fields[QStringLiteral("props")] = linesText(shot.props);
    fields[QStringLiteral("equipment")] = linesText(shot.equipment);
    fields[QStringLiteral("status")] = str(shotStatusKey(shot.status));
    QVariantList statuses;
    for (const ShotStatus status : kStatuses)
        statuses.append(QVariantMap{{QStringLiteral("value"), str(shotStatusKey(status))},
                                    {QStringLiteral("label"), statusLabel(status)}});
    fields[QStringLiteral("statusChoices")] = statuses;

    // The scene as its heading names it: its number, else its place in the script (from 1).
    fields[QStringLiteral("sceneLabel")] = scene.number.empty() ? QString::number(place->sceneIndex + 1) : str(scene.number);
    fields[QStringLiteral("sceneNumber")] = str(scene.number);
    fields[QStringLiteral("sceneName")] = str(scene.name);
    fields[QStringLiteral("intExt")] = str(intExtKey(scene.intExt));
    QStringList intExts;
    for (const IntExt value : kIntExts)
        intExts.append(str(intExtKey(value)));
    fields[QStringLiteral("intExtChoices")] = intExts;
    fields[QStringLiteral("location")] = str(scene.location);
    fields[QStringLiteral("timeOfDay")] = str(scene.timeOfDay);
}

std::optional<Result<Edit>> editFor(const Project& project, std::string_view shotId, const QString& field,
                                    const QString& text)
{
    // The shot's own text fields.
    static const std::array<std::pair<const char*, ShotText>, 4> shotTexts{{
        {"description", ShotText::Description},
        {"notes", ShotText::Notes},
        {"setup", ShotText::Setup},
        {"move", ShotText::Move},
    }};
    for (const auto& [key, which] : shotTexts) {
        if (field == QLatin1String(key)) {
            const bool paragraphs = which == ShotText::Description || which == ShotText::Notes;
            const std::string value = paragraphs ? paragraphsOf(text) : text.trimmed().toStdString();
            return setShotText(project, shotId, which, value);
        }
    }
    if (field == QLatin1String("props"))
        return setShotProps(project, shotId, linesOf(text));
    if (field == QLatin1String("equipment"))
        return setShotEquipment(project, shotId, linesOf(text));
    if (field == QLatin1String("status")) {
        const Result<ShotStatus> status = parseShotStatus(text.trimmed().toStdString());
        if (!status)
            return Result<Edit>(status.error());
        return setShotStatus(project, shotId, status.value());
    }

    // The heading of the shot's scene.
    static const std::array<std::pair<const char*, SceneText>, 4> sceneTexts{{
        {"sceneNumber", SceneText::Number},
        {"sceneName", SceneText::Name},
        {"location", SceneText::Location},
        {"timeOfDay", SceneText::TimeOfDay},
    }};
    const bool sceneField = field == QLatin1String("intExt")
        || std::any_of(sceneTexts.begin(), sceneTexts.end(), [&](const auto& entry) { return field == QLatin1String(entry.first); });
    if (!sceneField)
        return std::nullopt;
    const Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return Result<Edit>(place.error());
    if (field == QLatin1String("intExt")) {
        const Result<IntExt> intExt = parseIntExt(text.trimmed().toStdString());
        if (!intExt)
            return Result<Edit>(intExt.error());
        return setSceneIntExt(project, place->sceneIndex, intExt.value());
    }
    for (const auto& [key, which] : sceneTexts) {
        if (field == QLatin1String(key))
            return setSceneText(project, place->sceneIndex, which, text.trimmed().toStdString());
    }
    return std::nullopt;
}

} // namespace murnau::shotfields
