// Sensor presets against the makers' and standards' published dimensions, and the
// parsing of what users type for a sensor.

#include <cmath>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/optics/sensor.h"

using namespace murnau;

namespace {

const SensorFormat& preset(const char* id)
{
    const SensorFormat* found = findSensorPreset(id);
    EXPECT_NE(found, nullptr) << id;
    static const SensorFormat empty{};
    return found ? *found : empty;
}

void expectSize(const char* id, double widthMm, double heightMm)
{
    const SensorFormat& format = preset(id);
    EXPECT_DOUBLE_EQ(format.widthMm, widthMm) << id;
    EXPECT_DOUBLE_EQ(format.heightMm, heightMm) << id;
}

} // namespace

TEST(SensorPresets, PublishedDimensions)
{
    expectSize("full-frame", 36.0, 24.0);              // ISO 135 still frame 36 x 24 mm
    expectSize("super35", 24.89, 18.66);               // SMPTE 59: 0.980 x 0.735 in
    expectSize("alexa-16x9", 23.76, 13.37);            // ARRI ALEXA data sheet, 2880 x 1620 photosites
    expectSize("alexa-4x3", 23.76, 17.82);             // ARRI ALEXA data sheet, 2880 x 2160 photosites
    expectSize("alexa-og", 28.25, 18.17);              // ARRI ALEXA SXT / Mini data sheet, Open Gate 3424 x 2202
    expectSize("alexa-lf-og", 36.70, 25.54);           // ARRI ALEXA LF data sheet, 4448 x 3096
    expectSize("alexa-mini-lf-og", 36.70, 25.54);      // ARRI ALEXA Mini LF data sheet
    expectSize("alexa35-og", 27.99, 19.22);            // ARRI ALEXA 35 data sheet, 4608 x 3164
    expectSize("alexa65-og", 54.12, 25.58);            // ARRI ALEXA 65 data sheet, 6560 x 3100
    expectSize("red-monstro-8k-vv", 40.96, 21.60);     // RED: 8192 x 4320 at 5 um
    expectSize("super16", 12.52, 7.41);                // 0.493 x 0.292 in camera aperture
    expectSize("16mm", 10.26, 7.49);                   // 0.404 x 0.295 in camera aperture
    expectSize("academy35", 22.0, 16.0);               // ASC Manual: Academy camera aperture 0.866 x 0.630 in
    expectSize("imax-15-70", 70.41, 52.63);            // IMAX camera aperture 2.772 x 2.072 in
    expectSize("mft", 17.3, 13.0);                     // Micro Four Thirds standard
    expectSize("apsc-canon", 22.3, 14.9);              // Canon APS-C
    expectSize("apsc-nikon", 23.5, 15.6);              // Nikon DX / Sony APS-C
}

TEST(SensorPresets, FilmAperturesMatchTheirInchFigures)
{
    // The film formats are defined in inches; 1 in = 25.4 mm exactly, rounded to 0.01 mm.
    EXPECT_NEAR(preset("super35").widthMm, 0.980 * 25.4, 0.005);     // 24.892
    // 0.735 in = 18.669 mm, which the trade publishes truncated as 18.66 mm.
    EXPECT_NEAR(preset("super35").heightMm, 0.735 * 25.4, 0.01);
    EXPECT_NEAR(preset("super16").widthMm, 0.493 * 25.4, 0.005);     // 12.522
    EXPECT_NEAR(preset("super16").heightMm, 0.292 * 25.4, 0.01);     // 7.417 (published as 7.41)
    EXPECT_NEAR(preset("16mm").widthMm, 0.404 * 25.4, 0.005);        // 10.262
    EXPECT_NEAR(preset("16mm").heightMm, 0.295 * 25.4, 0.005);       // 7.493
    EXPECT_NEAR(preset("academy35").widthMm, 0.866 * 25.4, 0.005);   // 21.996
    EXPECT_NEAR(preset("academy35").heightMm, 0.630 * 25.4, 0.005);  // 16.002
    EXPECT_NEAR(preset("imax-15-70").widthMm, 2.772 * 25.4, 0.005);  // 70.409
    EXPECT_NEAR(preset("imax-15-70").heightMm, 2.072 * 25.4, 0.005); // 52.629
}

TEST(SensorPresets, ArriSizesMatchPhotositeCounts)
{
    // ALEV III photosite pitch 8.25 um (ARRI): 2880 x 8.25 um = 23.76 mm, 1620 x 8.25 um = 13.365 mm,
    // 2160 x 8.25 um = 17.82 mm, 3424 x 8.25 um = 28.248 mm, 2202 x 8.25 um = 18.167 mm,
    // 4448 x 8.25 um = 36.696 mm, 3096 x 8.25 um = 25.542 mm.
    EXPECT_NEAR(preset("alexa-16x9").widthMm, 2880 * 0.00825, 0.005);
    EXPECT_NEAR(preset("alexa-16x9").heightMm, 1620 * 0.00825, 0.006);
    EXPECT_NEAR(preset("alexa-4x3").heightMm, 2160 * 0.00825, 0.005);
    EXPECT_NEAR(preset("alexa-og").widthMm, 3424 * 0.00825, 0.005);
    EXPECT_NEAR(preset("alexa-og").heightMm, 2202 * 0.00825, 0.005);
    EXPECT_NEAR(preset("alexa-lf-og").widthMm, 4448 * 0.00825, 0.005);
    EXPECT_NEAR(preset("alexa-lf-og").heightMm, 3096 * 0.00825, 0.005);
    // RED MONSTRO 8K VV: 5 um pitch, 8192 x 5 um = 40.96 mm, 4320 x 5 um = 21.60 mm.
    EXPECT_NEAR(preset("red-monstro-8k-vv").widthMm, 8192 * 0.005, 1e-9);
    EXPECT_NEAR(preset("red-monstro-8k-vv").heightMm, 4320 * 0.005, 1e-9);
}

TEST(SensorPresets, EveryPresetIsCompleteAndUnique)
{
    std::set<std::string> ids;
    ASSERT_GE(sensorPresets().size(), 17u);
    for (const SensorFormat& format : sensorPresets()) {
        EXPECT_TRUE(ids.insert(format.id).second) << "duplicate id " << format.id;
        EXPECT_FALSE(format.name.empty()) << format.id;
        EXPECT_FALSE(format.source.empty()) << format.id;
        EXPECT_GT(format.widthMm, 0.0) << format.id;
        EXPECT_GT(format.heightMm, 0.0) << format.id;
        EXPECT_GT(format.cocMm, 0.0) << format.id;
        EXPECT_LE(format.widthMm, kMaxSensorDimensionMm) << format.id;
        EXPECT_EQ(findSensorPreset(format.id), &format) << format.id;
    }
    EXPECT_EQ(findSensorPreset("no-such-camera"), nullptr);
}

TEST(SensorPresets, CircleOfConfusionTraditions)
{
    // 35 mm cine tradition 0.025 mm (0.001 in, ASC Manual DoF tables).
    EXPECT_DOUBLE_EQ(preset("super35").cocMm, 0.025);
    EXPECT_DOUBLE_EQ(preset("academy35").cocMm, 0.025);
    EXPECT_DOUBLE_EQ(preset("alexa-16x9").cocMm, 0.025);
    EXPECT_DOUBLE_EQ(preset("alexa35-og").cocMm, 0.025);
    // Full-frame stills tradition 0.03 mm, also used for the full-frame-sized cine sensors.
    EXPECT_DOUBLE_EQ(preset("full-frame").cocMm, 0.03);
    EXPECT_DOUBLE_EQ(preset("alexa-lf-og").cocMm, 0.03);
    // No tradition: diagonal / 1500.
    // MFT: sqrt(17.3^2 + 13.0^2) = sqrt(468.29) = 21.6400 mm -> 0.0144267 mm.
    EXPECT_NEAR(preset("mft").cocMm, 0.0144267, 1e-6);
    // ALEXA 65: sqrt(54.12^2 + 25.58^2) = 59.8608 mm -> 0.0399072 mm.
    EXPECT_NEAR(preset("alexa65-og").cocMm, 0.0399072, 1e-6);
    // IMAX 15/70: sqrt(70.41^2 + 52.63^2) = 87.9061 mm -> 0.0586041 mm.
    EXPECT_NEAR(preset("imax-15-70").cocMm, 0.0586041, 1e-6);
}

TEST(SensorFormat, DiagonalAndAspect)
{
    // Full frame diagonal: sqrt(36^2 + 24^2) = sqrt(1872) = 43.2666 mm (the "43 mm" normal lens).
    EXPECT_NEAR(preset("full-frame").diagonalMm(), 43.2666, 1e-4);
    EXPECT_NEAR(preset("full-frame").aspect(), 1.5, 1e-12);
    // Super 35: 24.89 / 18.66 = 1.33387.
    EXPECT_NEAR(preset("super35").aspect(), 1.33387, 1e-5);
    // defaultCocMm(36, 24) = 43.2666 / 1500 = 0.0288444 mm.
    EXPECT_NEAR(defaultCocMm(36.0, 24.0), 0.0288444, 1e-7);
}

TEST(ResolveSensor, PresetIds)
{
    const auto lf = resolveSensor("alexa-lf-og");
    ASSERT_TRUE(lf.ok()) << lf.error().describe();
    EXPECT_EQ(lf->id, "alexa-lf-og");
    EXPECT_DOUBLE_EQ(lf->widthMm, 36.70);

    const auto upper = resolveSensor("  SUPER35 ");
    ASSERT_TRUE(upper.ok()) << upper.error().describe();
    EXPECT_EQ(upper->id, "super35");
}

TEST(ResolveSensor, CustomSizes)
{
    for (const char* text : {"36x24", "36 x 24", "36\xC3\x97" "24", "36 X 24", "36mm x 24mm", "36*24"}) {
        const auto format = resolveSensor(text);
        ASSERT_TRUE(format.ok()) << text << ": " << format.error().describe();
        EXPECT_DOUBLE_EQ(format->widthMm, 36.0) << text;
        EXPECT_DOUBLE_EQ(format->heightMm, 24.0) << text;
        // A custom size gets CoC = diagonal / 1500 = 43.2666 / 1500 = 0.0288444 mm.
        EXPECT_NEAR(format->cocMm, 0.0288444, 1e-7) << text;
    }
    const auto s35 = resolveSensor("24.89x18.66");
    ASSERT_TRUE(s35.ok());
    EXPECT_DOUBLE_EQ(s35->widthMm, 24.89);
    EXPECT_DOUBLE_EQ(s35->heightMm, 18.66);
    // The custom id resolves again to the same size (it is what a project file stores).
    const auto again = resolveSensor(s35->id);
    ASSERT_TRUE(again.ok()) << s35->id;
    EXPECT_DOUBLE_EQ(again->widthMm, 24.89);
    EXPECT_DOUBLE_EQ(again->heightMm, 18.66);
}

TEST(ResolveSensor, RefusesBadInputNamingTheField)
{
    for (const char* text : {"", "   ", "nosuchcamera", "0x24", "-36x24", "36x0", "36x-1", "nanx24", "36xnan",
                             "infx24", "36xinf", "201x24", "36x1e9", "36x", "x24", "36x24x5", "abcxdef"}) {
        const auto result = resolveSensor(text, "--sensor");
        ASSERT_FALSE(result.ok()) << "accepted '" << text << "'";
        EXPECT_EQ(result.error().field, "--sensor") << text;
        EXPECT_FALSE(result.error().message.empty()) << text;
    }
    // The default field name is "sensor".
    const auto result = resolveSensor("0x0");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().field, "sensor");
}
