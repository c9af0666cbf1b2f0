// libFuzzer target: the parsers of single typed values in core, as the inspector, the dialogs and
// murnau-cli read them. The first byte chooses the parser, the rest is the text:
//   parseFrameRate (core/time/frame_rate.h)     accepted: a standard rate; its label parses back to it
//   parseLength (core/scene/display_units.h)    accepted: finite, |v| <= kMaxParsedLengthM, 0 never
//                                               negative; its displayed text (both unit systems)
//                                               parses back within the display's rounding
//   resolveSensor (core/optics/sensor.h)        accepted: 0 < width, height <= kMaxSensorDimensionMm;
//                                               the id it gives resolves to the same format
//   parseIntExt, parseShotStatus (core/scene),  accepted: the key the value writes parses back to it,
//   parseShotSize (core/optics), parseCompareSide  and the text in upper and in lower case gives
//   (core/moves), parseShotOrder (core/export)     the same value ("any case")
//   parseEasingPreset (core/motion/easing.h)    accepted: its name is exactly the text
// Every refusal names the field the header documents ("fps", "intExt", ...). The timecode parser
// has its own target (fuzz_timecode).
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/export/export_shots.h"
#include "core/motion/easing.h"
#include "core/moves/comparison.h"
#include "core/optics/sensor.h"
#include "core/optics/shot_size.h"
#include "core/scene/display_units.h"
#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/time/frame_rate.h"

namespace {

[[noreturn]] void broken(const char* what, std::string_view text)
{
    std::fprintf(stderr, "fuzz_text_fields: %s for \"%.*s\"\n", what, static_cast<int>(text.size()), text.data());
    std::abort();
}

std::string upper(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    return out;
}

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// A keyword parser: refusals name `field`; an accepted value's key reads back to it; case does not matter.
template<typename Parse, typename Key>
void checkKeyword(std::string_view text, Parse parse, Key key, const char* field, bool anyCase)
{
    const auto parsed = parse(text);
    if (!parsed) {
        if (parsed.error().field != field)
            broken("a refusal names another field", text);
        return;
    }
    const auto again = parse(key(parsed.value()));
    if (!again || again.value() != parsed.value())
        broken("the key of an accepted value does not parse back to it", text);
    if (anyCase) {
        const auto upperCase = parse(upper(text));
        const auto lowerCase = parse(lower(text));
        if (!upperCase || upperCase.value() != parsed.value() || !lowerCase || lowerCase.value() != parsed.value())
            broken("the same text in another case is read differently", text);
    }
}

void checkFrameRate(std::string_view text)
{
    const auto rate = murnau::parseFrameRate(text);
    if (!rate) {
        if (rate.error().field != "fps")
            broken("a frame rate refusal names another field", text);
        return;
    }
    const auto rates = murnau::standardFrameRates();
    if (std::find(rates.begin(), rates.end(), rate.value()) == rates.end())
        broken("an accepted frame rate is not a standard rate", text);
    const auto again = murnau::parseFrameRate(murnau::frameRateLabel(rate.value()));
    if (!again || !(again.value() == rate.value()))
        broken("the label of an accepted frame rate does not parse back to it", text);
}

void checkLength(std::string_view text, murnau::DisplayUnits bareUnits)
{
    const auto metres = murnau::parseLength(text, bareUnits, "distance");
    if (!metres) {
        if (metres.error().field != "distance")
            broken("a length refusal names another field", text);
        return;
    }
    const double value = metres.value();
    if (!std::isfinite(value) || std::abs(value) > murnau::kMaxParsedLengthM)
        broken("an accepted length lies outside the documented range", text);
    if (value == 0.0 && std::signbit(value))
        broken("an accepted length is negative zero", text);
    // What the display shows for it reads back within the display's rounding (a centimetre's half,
    // an inch's half), as long as the rounding does not carry it past the limit.
    struct Shown {
        murnau::DisplayUnits units;
        double halfStepM;
    };
    for (const Shown shown : {Shown{murnau::DisplayUnits::Metric, 0.005}, Shown{murnau::DisplayUnits::Imperial, 0.0127}}) {
        if (std::abs(value) + shown.halfStepM > murnau::kMaxParsedLengthM)
            continue;
        const std::string display = murnau::formatLength(value, shown.units);
        const auto back = murnau::parseLength(display, shown.units);
        if (!back)
            broken("the displayed text of an accepted length does not parse", text);
        if (std::abs(back.value() - value) > shown.halfStepM * (1.0 + 1e-9) + 1e-9)
            broken("the displayed text of an accepted length reads back as another length", text);
    }
}

void checkSensor(std::string_view text)
{
    const auto sensor = murnau::resolveSensor(text, "gate");
    if (!sensor) {
        if (sensor.error().field != "gate")
            broken("a sensor refusal names another field", text);
        return;
    }
    const murnau::SensorFormat& format = sensor.value();
    const auto within = [](double mm) { return std::isfinite(mm) && mm > 0.0 && mm <= murnau::kMaxSensorDimensionMm; };
    if (!within(format.widthMm) || !within(format.heightMm) || !(format.cocMm > 0.0))
        broken("an accepted sensor has a size outside the documented range", text);
    const auto again = murnau::resolveSensor(format.id);
    if (!again || !(again.value() == format))
        broken("the id of an accepted sensor does not resolve to the same format", text);
    const auto upperCase = murnau::resolveSensor(upper(text));
    if (!upperCase || !(upperCase.value() == format))
        broken("a sensor in upper case is read differently", text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 10) {
    case 0:
        checkFrameRate(text);
        break;
    case 1:
        checkLength(text, murnau::DisplayUnits::Metric);
        break;
    case 2:
        checkLength(text, murnau::DisplayUnits::Imperial);
        break;
    case 3:
        checkSensor(text);
        break;
    case 4:
        checkKeyword(text, murnau::parseIntExt, murnau::intExtKey, "intExt", true);
        break;
    case 5:
        checkKeyword(text, murnau::parseShotStatus, murnau::shotStatusKey, "status", true);
        break;
    case 6:
        checkKeyword(text, murnau::parseShotSize, murnau::shotSizeCode, "shotSize", true);
        break;
    case 7:
        checkKeyword(text, murnau::parseCompareSide, murnau::compareSideKey, "side", true);
        break;
    case 8:
        checkKeyword(text, murnau::parseShotOrder, murnau::shotOrderKey, "order", true);
        break;
    default: {
        checkKeyword(text, murnau::parseEasingPreset, murnau::easingPresetName, "easing", false);
        const auto preset = murnau::parseEasingPreset(text);
        if (preset && murnau::easingPresetName(preset.value()) != text)
            broken("an easing preset was accepted under another name", text);
        break;
    }
    }
    return 0;
}
