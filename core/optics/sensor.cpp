#include "core/optics/sensor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <string>
#include <system_error>

#include <fmt/format.h>

namespace murnau {

namespace {

// Circle-of-confusion traditions (see DOMAIN.md, "Optics"):
// 35 mm motion-picture practice (ASC Manual DoF tables) uses 0.001 in = 0.025 mm;
// full-frame stills and the large-format cine sensors built around it use 0.03 mm.
constexpr double kCoc35mmCineMm = 0.025;
constexpr double kCocFullFrameMm = 0.03;

// Formats without a tradition of their own get sensor diagonal / 1500 (defaultCocMm).
SensorFormat preset(const char* id, const char* name, double widthMm, double heightMm,
                    double cocMm, const char* source)
{
    return SensorFormat{id, name, widthMm, heightMm, cocMm, source};
}

SensorFormat presetDiagonalCoc(const char* id, const char* name, double widthMm, double heightMm,
                               const char* source)
{
    return SensorFormat{id, name, widthMm, heightMm, defaultCocMm(widthMm, heightMm), source};
}

std::array<SensorFormat, 17> makePresets()
{
    return {
        // ISO 135 still frame, 24 x 36 mm.
        preset("full-frame", "Full frame (35 mm stills)", 36.0, 24.0, kCocFullFrameMm,
               "ISO 135 still-camera frame 36 x 24 mm; CoC 0.03 mm (full-frame stills tradition)"),
        // SMPTE 59: 35 mm 4-perf full (silent) camera aperture 0.980 x 0.735 in
        // (24.892 x 18.669 mm, published throughout the trade as 24.89 x 18.66 mm).
        preset("super35", "Super 35 (4-perf full aperture)", 24.89, 18.66, kCoc35mmCineMm,
               "SMPTE 59: 35 mm full camera aperture 0.980 x 0.735 in, published as 24.89 x 18.66 mm; "
               "CoC 0.025 mm (35 mm cine tradition)"),
        // ARRI ALEXA (Classic, XT, SXT, Mini) ALEV III sensor, 8.25 um photosites:
        // 16:9 = 2880 x 1620 photosites = 23.76 x 13.37 mm.
        preset("alexa-16x9", "ARRI ALEXA 16:9 (Classic / Mini / XT)", 23.76, 13.37, kCoc35mmCineMm,
               "ARRI ALEXA / ALEXA Mini data sheets: 16:9 sensor area 2880 x 1620 photosites, "
               "23.76 x 13.37 mm; CoC 0.025 mm (35 mm cine tradition)"),
        // 4:3 = 2880 x 2160 photosites = 23.76 x 17.82 mm.
        preset("alexa-4x3", "ARRI ALEXA 4:3 (Classic / Mini / XT)", 23.76, 17.82, kCoc35mmCineMm,
               "ARRI ALEXA / ALEXA Mini data sheets: 4:3 sensor area 2880 x 2160 photosites, "
               "23.76 x 17.82 mm; CoC 0.025 mm (35 mm cine tradition)"),
        // Open Gate = 3424 x 2202 photosites = 28.25 x 18.17 mm.
        preset("alexa-og", "ARRI ALEXA Open Gate (XT / SXT / Mini)", 28.25, 18.17, kCoc35mmCineMm,
               "ARRI ALEXA SXT / ALEXA Mini data sheets: Open Gate 3424 x 2202 photosites, "
               "28.25 x 18.17 mm; CoC 0.025 mm (35 mm cine tradition)"),
        // ALEXA LF ALEV III LF sensor: Open Gate 4448 x 3096 photosites = 36.70 x 25.54 mm.
        preset("alexa-lf-og", "ARRI ALEXA LF Open Gate", 36.70, 25.54, kCocFullFrameMm,
               "ARRI ALEXA LF data sheet: LF Open Gate 4448 x 3096 photosites, 36.70 x 25.54 mm "
               "(44.71 mm image circle); CoC 0.03 mm (full-frame tradition)"),
        preset("alexa-mini-lf-og", "ARRI ALEXA Mini LF Open Gate", 36.70, 25.54, kCocFullFrameMm,
               "ARRI ALEXA Mini LF data sheet: LF Open Gate 4448 x 3096 photosites, 36.70 x 25.54 mm; "
               "CoC 0.03 mm (full-frame tradition)"),
        // ALEXA 35 ALEV 4 sensor: 4.6K 3:2 Open Gate 4608 x 3164 photosites = 27.99 x 19.22 mm.
        preset("alexa35-og", "ARRI ALEXA 35 Open Gate 4.6K 3:2", 27.99, 19.22, kCoc35mmCineMm,
               "ARRI ALEXA 35 data sheet: 4.6K 3:2 Open Gate 4608 x 3164 photosites, 27.99 x 19.22 mm; "
               "CoC 0.025 mm (35 mm cine tradition)"),
        // ALEXA 65 ALEV III A3X sensor: Open Gate 6560 x 3100 photosites = 54.12 x 25.58 mm.
        presetDiagonalCoc("alexa65-og", "ARRI ALEXA 65 Open Gate", 54.12, 25.58,
                          "ARRI ALEXA 65 data sheet: 65 mm Open Gate 6560 x 3100 photosites, "
                          "54.12 x 25.58 mm; CoC = diagonal / 1500 (no tradition for this format)"),
        // RED MONSTRO 8K VV and V-RAPTOR 8K VV: 8192 x 4320 photosites at 5 um = 40.96 x 21.60 mm.
        preset("red-monstro-8k-vv", "RED V-RAPTOR 8K VV / MONSTRO 8K VV", 40.96, 21.60, kCocFullFrameMm,
               "RED specifications: MONSTRO 8K VV and V-RAPTOR 8K VV 8192 x 4320, 40.96 x 21.60 mm; "
               "CoC 0.03 mm (full-frame / large-format tradition)"),
        // Super 16 camera aperture 0.493 x 0.292 in.
        presetDiagonalCoc("super16", "Super 16", 12.52, 7.41,
                          "ASC Manual / Kodak: Super 16 camera aperture 0.493 x 0.292 in = 12.52 x 7.41 mm; "
                          "CoC = diagonal / 1500"),
        // Standard (regular) 16 mm camera aperture 0.404 x 0.295 in.
        presetDiagonalCoc("16mm", "16 mm (standard)", 10.26, 7.49,
                          "ASC Manual / Kodak: 16 mm camera aperture 0.404 x 0.295 in = 10.26 x 7.49 mm; "
                          "CoC = diagonal / 1500"),
        // Academy CAMERA aperture 0.866 x 0.630 in (ASC Manual), not the projector aperture
        // (0.825 x 0.602 in); SMPTE 59 lists 0.864 in wide (21.95 mm).
        preset("academy35", "35 mm Academy (camera aperture)", 22.0, 16.0, kCoc35mmCineMm,
               "ASC Manual: Academy camera aperture 0.866 x 0.630 in = 22.0 x 16.0 mm "
               "(camera aperture, not projector aperture); CoC 0.025 mm (35 mm cine tradition)"),
        // IMAX 15-perf 65 mm camera aperture 2.772 x 2.072 in.
        presetDiagonalCoc("imax-15-70", "IMAX 15/70", 70.41, 52.63,
                          "IMAX 15/70 camera aperture 2.772 x 2.072 in = 70.41 x 52.63 mm; "
                          "CoC = diagonal / 1500 (no tradition for this format)"),
        presetDiagonalCoc("mft", "Micro Four Thirds", 17.3, 13.0,
                          "Four Thirds / Micro Four Thirds System standard (Olympus, Panasonic): "
                          "image area 17.3 x 13.0 mm; CoC = diagonal / 1500"),
        presetDiagonalCoc("apsc-canon", "APS-C (Canon)", 22.3, 14.9,
                          "Canon EOS APS-C specifications: 22.3 x 14.9 mm; CoC = diagonal / 1500"),
        presetDiagonalCoc("apsc-nikon", "APS-C (Nikon DX / Sony)", 23.5, 15.6,
                          "Sony APS-C (e.g. alpha 6000 specifications) 23.5 x 15.6 mm; Nikon DX bodies are "
                          "listed at 23.5-23.6 x 15.6-15.7 mm; CoC = diagonal / 1500"),
    };
}

std::string_view trimmed(std::string_view text) noexcept
{
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::string lowered(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
    return out;
}

// One side of "WxH": a number in millimetres, optionally followed by "mm".
std::optional<double> parseDimensionMm(std::string_view text) noexcept
{
    text = trimmed(text);
    if (text.size() >= 2 && text.substr(text.size() - 2) == "mm")
        text = trimmed(text.substr(0, text.size() - 2));
    if (text.empty())
        return std::nullopt;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::string presetIdList()
{
    std::string ids;
    for (const SensorFormat& format : sensorPresets()) {
        if (!ids.empty())
            ids += ", ";
        ids += format.id;
    }
    return ids;
}

} // namespace

double SensorFormat::diagonalMm() const noexcept
{
    return std::hypot(widthMm, heightMm);
}

std::span<const SensorFormat> sensorPresets() noexcept
{
    static const std::array<SensorFormat, 17> presets = makePresets();
    return presets;
}

const SensorFormat* findSensorPreset(std::string_view id) noexcept
{
    for (const SensorFormat& format : sensorPresets()) {
        if (format.id == id)
            return &format;
    }
    return nullptr;
}

Result<SensorFormat> resolveSensor(std::string_view text, std::string_view field)
{
    const std::string fieldName(field);
    const std::string key = lowered(trimmed(text));
    if (key.empty())
        return fail(fieldName, "is empty: give a preset id (e.g. super35) or a size WxH in millimetres (e.g. 36x24)");

    if (const SensorFormat* found = findSensorPreset(key))
        return *found;

    // Custom size: "36x24", "36 x 24", "36×24" (U+00D7, UTF-8 C3 97), "36*24", optional "mm".
    std::size_t sepPos = std::string::npos;
    std::size_t sepLen = 0;
    for (const std::string_view sep : {std::string_view("\xC3\x97"), std::string_view("x"), std::string_view("*")}) {
        const std::size_t pos = key.find(sep);
        if (pos != std::string::npos) {
            sepPos = pos;
            sepLen = sep.size();
            break;
        }
    }
    if (sepPos == std::string::npos) {
        return fail(fieldName, fmt::format("unknown sensor '{}': use a preset id ({}) or a size WxH in "
                                           "millimetres such as 36x24",
                                           std::string(trimmed(text)), presetIdList()));
    }
    const std::string_view keyView(key);
    const std::optional<double> widthMm = parseDimensionMm(keyView.substr(0, sepPos));
    const std::optional<double> heightMm = parseDimensionMm(keyView.substr(sepPos + sepLen));
    if (!widthMm || !heightMm) {
        return fail(fieldName, fmt::format("unknown sensor '{}': use a preset id ({}) or a size WxH in "
                                           "millimetres such as 24.89x18.66",
                                           std::string(trimmed(text)), presetIdList()));
    }
    const auto check = [&](double valueMm, const char* what) -> std::optional<Error> {
        if (!std::isfinite(valueMm))
            return fail(fieldName, fmt::format("sensor {} must be a finite number of millimetres", what));
        if (valueMm <= 0.0)
            return fail(fieldName, fmt::format("sensor {} must be positive, got {} mm", what, valueMm));
        if (valueMm > kMaxSensorDimensionMm) {
            return fail(fieldName, fmt::format("sensor {} of {} mm is beyond any camera format (max {} mm)",
                                               what, valueMm, kMaxSensorDimensionMm));
        }
        return std::nullopt;
    };
    if (auto error = check(*widthMm, "width"))
        return *error;
    if (auto error = check(*heightMm, "height"))
        return *error;

    return SensorFormat{fmt::format("{}x{}", *widthMm, *heightMm),
                        fmt::format("Custom {} x {} mm", *widthMm, *heightMm),
                        *widthMm,
                        *heightMm,
                        defaultCocMm(*widthMm, *heightMm),
                        "user-specified size; CoC = diagonal / 1500"};
}

double defaultCocMm(double widthMm, double heightMm) noexcept
{
    return std::hypot(widthMm, heightMm) / 1500.0;
}

} // namespace murnau
