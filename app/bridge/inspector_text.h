#pragma once
// Reading what the user types into the inspector and the library, and the words the file uses
// for enums: unit plumbing only. Each parser returns the value or an Error naming `field`
// ("facingDeg: expected an angle in degrees, got 'north'"), the way core's builders name theirs.

#include <optional>
#include <string_view>

#include <QString>

#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau::inspector {

// A plain decimal number, optionally followed by `unit` (any case, spaces allowed): "2.8", "35 mm".
Result<double> parseNumber(const QString& text, std::string_view field, const QString& unit = {});
// Degrees: "45", "-12.5°", "90 deg".
Result<double> parseDegrees(const QString& text, std::string_view field);
// Seconds: "2", "2.5 s", "2.5 sec".
Result<double> parseSeconds(const QString& text, std::string_view field);
// A time in seconds ("2.5 s") as flicks, refused beyond +-1,000,000 s (the time range of keys and
// marks, kCurveTimeLimit) before it is converted: 1e308 s would overflow the flicks' int64.
Result<Flicks> parseTime(const QString& text, std::string_view field);
// An f-number: "2.8", "f/2.8", "f2.8" (a T-stop is not an f-number, so "T2.8" is refused).
Result<double> parseFStop(const QString& text, std::string_view field);
// A delivery aspect: "2.39", "2.39:1", "1.85 : 1"; "full", "full gate" or "" for the full gate (nullopt).
Result<std::optional<double>> parseAspect(const QString& text, std::string_view field);
// An sRGB colour: "#rrggbb" or a CSS/SVG colour name ("red").
Result<Rgb> parseColor(const QString& text, std::string_view field);
// A whole number: "12".
Result<int> parseWholeNumber(const QString& text, std::string_view field);

// The file's words for enums, and back.
QString shapeWord(SetPieceShape shape);                        // "box", "cylinder", "wall", "stairs", "model"
std::optional<SetPieceShape> shapeFromWord(const QString& word);
QString openingWord(OpeningKind kind);                         // "door", "window"
std::optional<OpeningKind> openingFromWord(const QString& word);
std::optional<ActorBuild> buildFromWord(const QString& word);  // "slight", "average", "heavy"
QString colorText(Rgb color);                                  // "#e5484d"

} // namespace murnau::inspector
