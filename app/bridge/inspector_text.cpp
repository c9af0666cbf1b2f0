#include "app/bridge/inspector_text.h"

#include <cmath>

#include <QColor>
#include <QLocale>

#include <fmt/format.h>

#include "app/bridge/actor_list_model.h"
#include "core/motion/curve.h"

namespace murnau::inspector {

namespace {

Error expected(std::string_view field, std::string_view what, const QString& text)
{
    return fail(std::string(field), fmt::format("expected {}, got '{}'", what, text.trimmed().toStdString()));
}

// `text` with a trailing unit (any of `units`, any case) removed; unchanged when none matches.
QString withoutUnit(QString text, std::initializer_list<const char*> units)
{
    text = text.trimmed();
    for (const char* unit : units) {
        const QString suffix = QString::fromUtf8(unit);
        if (!suffix.isEmpty() && text.endsWith(suffix, Qt::CaseInsensitive)) {
            text.chop(suffix.size());
            return text.trimmed();
        }
    }
    return text;
}

std::optional<double> plainNumber(const QString& text)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

Result<double> parseNumber(const QString& text, std::string_view field, const QString& unit)
{
    const QString bare = unit.isEmpty() ? text.trimmed() : withoutUnit(text, {unit.toUtf8().constData()});
    if (const std::optional<double> value = plainNumber(bare))
        return *value;
    return expected(field, unit.isEmpty() ? "a number" : fmt::format("a number in {}", unit.toStdString()), text);
}

Result<double> parseDegrees(const QString& text, std::string_view field)
{
    if (const std::optional<double> value = plainNumber(withoutUnit(text, {"\u00b0", "degrees", "degree", "deg"})))
        return *value;
    return expected(field, "an angle in degrees", text);
}

Result<double> parseSeconds(const QString& text, std::string_view field)
{
    if (const std::optional<double> value = plainNumber(withoutUnit(text, {"seconds", "second", "sec", "s"})))
        return *value;
    return expected(field, "a time in seconds", text);
}

Result<Flicks> parseTime(const QString& text, std::string_view field)
{
    const Result<double> seconds = parseSeconds(text, field);
    if (!seconds)
        return seconds.error();
    const double limitS = static_cast<double>(kCurveTimeLimit / kFlicksPerSecond);
    if (!(std::abs(*seconds) <= limitS))
        return expected(field, fmt::format("a time in seconds within \u00b1{:.0f} s", limitS), text);
    return static_cast<Flicks>(std::llround(*seconds * static_cast<double>(kFlicksPerSecond)));
}

Result<double> parseFStop(const QString& text, std::string_view field)
{
    QString bare = text.trimmed();
    if (bare.startsWith(QLatin1String("f/"), Qt::CaseInsensitive))
        bare = bare.mid(2);
    else if (bare.startsWith(QLatin1Char('f'), Qt::CaseInsensitive))
        bare = bare.mid(1);
    if (const std::optional<double> value = plainNumber(bare))
        return *value;
    return expected(field, "an f-number such as 2.8 or f/2.8", text);
}

Result<std::optional<double>> parseAspect(const QString& text, std::string_view field)
{
    const QString bare = text.trimmed();
    if (bare.isEmpty() || bare.startsWith(QLatin1String("full"), Qt::CaseInsensitive))
        return std::optional<double>();
    if (const std::optional<double> value = plainNumber(withoutUnit(bare, {":1", ": 1"})))
        return std::optional<double>(*value);
    return expected(field, "an aspect ratio such as 2.39:1, or full gate", text);
}

Result<Rgb> parseColor(const QString& text, std::string_view field)
{
    const QColor color = QColor::fromString(text.trimmed());
    if (!color.isValid())
        return expected(field, "a colour such as #e5484d", text);
    return Rgb{static_cast<std::uint8_t>(color.red()), static_cast<std::uint8_t>(color.green()),
               static_cast<std::uint8_t>(color.blue())};
}

Result<int> parseWholeNumber(const QString& text, std::string_view field)
{
    bool ok = false;
    const int value = QLocale::c().toInt(text.trimmed(), &ok);
    if (!ok)
        return expected(field, "a whole number", text);
    return value;
}

QString shapeWord(SetPieceShape shape)
{
    switch (shape) {
    case SetPieceShape::Box: return QStringLiteral("box");
    case SetPieceShape::Cylinder: return QStringLiteral("cylinder");
    case SetPieceShape::Wall: return QStringLiteral("wall");
    case SetPieceShape::Stairs: return QStringLiteral("stairs");
    case SetPieceShape::Model: return QStringLiteral("model");
    }
    return {};
}

std::optional<SetPieceShape> shapeFromWord(const QString& word)
{
    for (const SetPieceShape shape : {SetPieceShape::Box, SetPieceShape::Cylinder, SetPieceShape::Wall,
                                      SetPieceShape::Stairs, SetPieceShape::Model}) {
        if (shapeWord(shape) == word)
            return shape;
    }
    return std::nullopt;
}

QString openingWord(OpeningKind kind)
{
    return kind == OpeningKind::Window ? QStringLiteral("window") : QStringLiteral("door");
}

std::optional<OpeningKind> openingFromWord(const QString& word)
{
    if (word == QLatin1String("door"))
        return OpeningKind::Door;
    if (word == QLatin1String("window"))
        return OpeningKind::Window;
    return std::nullopt;
}

std::optional<ActorBuild> buildFromWord(const QString& word)
{
    for (const ActorBuild build : {ActorBuild::Slight, ActorBuild::Average, ActorBuild::Heavy}) {
        if (buildKey(build) == word)
            return build;
    }
    return std::nullopt;
}

QString colorText(Rgb color)
{
    return QColor(color.r, color.g, color.b).name(QColor::HexRgb);
}

} // namespace murnau::inspector
