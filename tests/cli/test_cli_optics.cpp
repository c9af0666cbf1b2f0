// murnau-cli sensors, lens and frame. Expected values: the makers' and standards' published
// sizes, the published angles of view of a 50 mm lens on 35 mm stills, and the thin-lens
// formulas of DOMAIN.md worked by hand in each test (never the program's own output).

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <set>
#include <string>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

constexpr double kTight = 1e-9;

// 2 atan(d / 2f) in degrees, the angle-of-view formula of DOMAIN.md.
double aovDeg(double dimensionMm, double focalMm)
{
    return 2.0 * std::atan(dimensionMm / (2.0 * focalMm)) * 180.0 / std::numbers::pi;
}

TEST(CliSensors, ListsPresetsWithPublishedSizes)
{
    const nlohmann::json sensors = runCliJson({"sensors"});
    ASSERT_TRUE(sensors.is_array());
    ASSERT_FALSE(sensors.empty());
    std::set<std::string> ids;
    for (const nlohmann::json& sensor : sensors) {
        ASSERT_EQ(sensor.size(), 5u) << sensor.dump();
        for (const char* key : {"id", "name", "width_mm", "height_mm", "source"})
            ASSERT_TRUE(sensor.contains(key)) << key << " missing in " << sensor.dump();
        EXPECT_FALSE(sensor["source"].get<std::string>().empty()) << sensor.dump();
        EXPECT_GT(sensor["width_mm"].get<double>(), 0.0);
        EXPECT_GT(sensor["height_mm"].get<double>(), 0.0);
        EXPECT_TRUE(ids.insert(sensor["id"].get<std::string>()).second) << "duplicate id " << sensor["id"];
    }
    const auto find = [&](const std::string& id) {
        for (const nlohmann::json& sensor : sensors)
            if (sensor["id"] == id)
                return sensor;
        ADD_FAILURE() << "no preset " << id;
        return nlohmann::json::object({{"width_mm", 0.0}, {"height_mm", 0.0}});
    };
    // ISO 135 still frame: 36 x 24 mm.
    EXPECT_DOUBLE_EQ(find("full-frame")["width_mm"].get<double>(), 36.0);
    EXPECT_DOUBLE_EQ(find("full-frame")["height_mm"].get<double>(), 24.0);
    // SMPTE 59 full camera aperture 0.980 x 0.735 in = 24.892 x 18.669 mm.
    EXPECT_NEAR(find("super35")["width_mm"].get<double>(), 0.980 * 25.4, 0.01);
    EXPECT_NEAR(find("super35")["height_mm"].get<double>(), 0.735 * 25.4, 0.01);
}

TEST(CliLens, FiftyMillimetreOnFullFrame)
{
    const nlohmann::json lens = runCliJson({"lens", "--sensor", "full-frame", "--focal", "50"});
    ASSERT_TRUE(lens.is_object());
    EXPECT_EQ(lens.size(), 5u) << "no depth-of-field keys without --focus/--fstop: " << lens.dump();
    EXPECT_DOUBLE_EQ(lens["width_mm"].get<double>(), 36.0);
    EXPECT_DOUBLE_EQ(lens["height_mm"].get<double>(), 24.0);
    // Published for 50 mm on 35 mm stills (e.g. Wikipedia "Angle of view" table):
    // 39.6 deg horizontal, 27.0 deg vertical, 46.8 deg diagonal.
    EXPECT_NEAR(lens["hfov_deg"].get<double>(), 39.598, 0.001);   // 2 atan(36/100)
    EXPECT_NEAR(lens["vfov_deg"].get<double>(), 26.99, 0.01);     // 2 atan(24/100)
    EXPECT_NEAR(lens["dfov_deg"].get<double>(), 46.8, 0.05);      // 2 atan(43.27/100)
    EXPECT_NEAR(lens["hfov_deg"].get<double>(), aovDeg(36.0, 50.0), kTight);
    EXPECT_NEAR(lens["vfov_deg"].get<double>(), aovDeg(24.0, 50.0), kTight);
    EXPECT_NEAR(lens["dfov_deg"].get<double>(), aovDeg(std::hypot(36.0, 24.0), 50.0), kTight);
}

TEST(CliLens, CustomSensorSizeMatchesPreset)
{
    const nlohmann::json lens = runCliJson({"lens", "--sensor", "36x24", "--focal", "50"});
    EXPECT_NEAR(lens["hfov_deg"].get<double>(), aovDeg(36.0, 50.0), kTight);
}

TEST(CliLens, AspectCropsTheGate)
{
    struct Case {
        std::string aspect;
        double widthMm;    // hand crop of 36 x 24 (aspect 1.5): wider keeps 36, taller keeps 24
        double heightMm;
    };
    const std::vector<Case> cases{
        {"2.39", 36.0, 36.0 / 2.39},      // 15.063 mm
        {"2.39:1", 36.0, 36.0 / 2.39},
        {"1.85", 36.0, 36.0 / 1.85},      // 19.459 mm
        {"16:9", 36.0, 36.0 * 9.0 / 16.0}, // 20.25 mm
        {"4:3", 24.0 * 4.0 / 3.0, 24.0},  // taller than 3:2: 32 x 24 mm
    };
    for (const Case& c : cases) {
        const nlohmann::json lens =
            runCliJson({"lens", "--sensor", "full-frame", "--focal", "35", "--aspect", c.aspect});
        EXPECT_NEAR(lens["width_mm"].get<double>(), c.widthMm, kTight) << c.aspect;
        EXPECT_NEAR(lens["height_mm"].get<double>(), c.heightMm, kTight) << c.aspect;
        EXPECT_NEAR(lens["vfov_deg"].get<double>(), aovDeg(c.heightMm, 35.0), kTight) << c.aspect;
    }
}

TEST(CliLens, AnamorphicSqueezeWidensTheHorizontalAngle)
{
    // ALEXA 4:3 area 23.76 x 17.82 mm, 2x squeeze, 2.39:1 delivery. Projected gate aspect
    // 2 x 23.76 / 17.82 = 2.667 > 2.39, so the height stays 17.82 and the used width is
    // 2.39 x 17.82 / 2 = 21.295 mm; the horizontal angle spans 2 x 21.295 = 42.590 mm.
    const nlohmann::json lens = runCliJson(
        {"lens", "--sensor", "alexa-4x3", "--focal", "50", "--aspect", "2.39", "--squeeze", "2"});
    const double usedWidthMm = 2.39 * 17.82 / 2.0;
    EXPECT_NEAR(lens["width_mm"].get<double>(), usedWidthMm, kTight);
    EXPECT_NEAR(lens["height_mm"].get<double>(), 17.82, kTight);
    EXPECT_NEAR(lens["hfov_deg"].get<double>(), aovDeg(2.0 * usedWidthMm, 50.0), kTight);
    EXPECT_NEAR(lens["vfov_deg"].get<double>(), aovDeg(17.82, 50.0), kTight);
}

TEST(CliLens, DepthOfFieldByTheThinLensFormulas)
{
    // 50 mm, f/2.8, focus 3 m; full-frame preset CoC 0.03 mm (full-frame stills tradition).
    // H  = 50^2 / (2.8 x 0.03) + 50          = 29,811.905 mm
    // Dn = 3000 (H - 50) / (H + 3000 - 100)   = 2,729.45 mm
    // Df = 3000 (H - 50) / (H - 3000)         = 3,330.07 mm
    // (DOFMaster-style tables give 29.8 m, 2.73 m, 3.33 m for the same inputs.)
    const nlohmann::json lens = runCliJson(
        {"lens", "--sensor", "full-frame", "--focal", "50", "--focus", "3", "--fstop", "2.8"});
    const double hMm = 50.0 * 50.0 / (2.8 * 0.03) + 50.0;
    EXPECT_DOUBLE_EQ(lens["coc_mm"].get<double>(), 0.03);
    EXPECT_NEAR(lens["hyperfocal_m"].get<double>(), hMm / 1000.0, 1e-9);
    EXPECT_NEAR(lens["near_m"].get<double>(), 3000.0 * (hMm - 50.0) / (hMm + 3000.0 - 100.0) / 1000.0, 1e-9);
    EXPECT_NEAR(lens["far_m"].get<double>(), 3000.0 * (hMm - 50.0) / (hMm - 3000.0) / 1000.0, 1e-9);
    EXPECT_NEAR(lens["hyperfocal_m"].get<double>(), 29.81, 0.01);
    EXPECT_NEAR(lens["near_m"].get<double>(), 2.73, 0.005);
    EXPECT_NEAR(lens["far_m"].get<double>(), 3.33, 0.005);
}

TEST(CliLens, CocOptionAndInfiniteFar)
{
    // --coc 0.025 (35 mm cine): H = 2500 / (2.8 x 0.025) + 50 = 35,764.29 mm.
    const nlohmann::json cine = runCliJson({"lens", "--sensor", "full-frame", "--focal", "50", "--focus", "3",
                                            "--fstop", "2.8", "--coc", "0.025"});
    EXPECT_DOUBLE_EQ(cine["coc_mm"].get<double>(), 0.025);
    EXPECT_NEAR(cine["hyperfocal_m"].get<double>(), (2500.0 / (2.8 * 0.025) + 50.0) / 1000.0, 1e-9);

    // Focused at 40 m, beyond H = 29.81 m: the far limit is infinite -> null.
    const nlohmann::json far = runCliJson(
        {"lens", "--sensor", "full-frame", "--focal", "50", "--focus", "40", "--fstop", "2.8"});
    ASSERT_TRUE(far.contains("far_m"));
    EXPECT_TRUE(far["far_m"].is_null()) << far.dump();
    // Near limit at s >= H: s (H - f) / (H + s - 2f) = 40000 x 29761.9 / 69711.9 mm = 17.077 m.
    const double hMm = 2500.0 / (2.8 * 0.03) + 50.0;
    EXPECT_NEAR(far["near_m"].get<double>(), 40000.0 * (hMm - 50.0) / (hMm + 40000.0 - 100.0) / 1000.0, 1e-9);
}

TEST(CliFrame, FrameAtADistance)
{
    // 36 x 24 mm at 50 mm, 5 m: frame 36 x 5 / 50 = 3.6 m wide, 24 x 5 / 50 = 2.4 m high.
    // A 1.8 m person fills 1.8 / 2.4 = 0.75 of it: whole body in frame (2.4 / 1.8 = 1.33
    // statures) filling more than half the height -> full shot.
    const nlohmann::json frame = runCliJson({"frame", "--sensor", "36x24", "--focal", "50", "--subject-height",
                                             "1.8", "--distance", "5"});
    ASSERT_EQ(frame.size(), 5u) << frame.dump();
    EXPECT_DOUBLE_EQ(frame["distance_m"].get<double>(), 5.0);
    EXPECT_NEAR(frame["frame_height_m"].get<double>(), 2.4, kTight);
    EXPECT_NEAR(frame["frame_width_m"].get<double>(), 3.6, kTight);
    EXPECT_NEAR(frame["subject_fraction"].get<double>(), 0.75, kTight);
    EXPECT_EQ(frame["shot_size"], "FS");
}

TEST(CliFrame, AspectCropShrinksTheFrameHeight)
{
    // 2.39:1 on 36 x 24: used height 36 / 2.39 = 15.063 mm -> 15.063 x 5 / 50 = 1.5063 m at 5 m.
    const nlohmann::json frame = runCliJson({"frame", "--sensor", "full-frame", "--focal", "50", "--aspect",
                                             "2.39", "--subject-height", "1.8", "--distance", "5"});
    EXPECT_NEAR(frame["frame_height_m"].get<double>(), 36.0 / 2.39 * 5.0 / 50.0, kTight);
    EXPECT_NEAR(frame["frame_width_m"].get<double>(), 3.6, kTight);
}

TEST(CliFrame, SizeSolvesTheDistance)
{
    // MCU nominally cuts at the chest (nipple line), 0.720 of stature (Drillis & Contini),
    // so the frame holds 1 - 0.720 = 0.28 statures: D = f x 0.28 x H / h
    // = 50 x 0.28 x 1.8 / 24 = 1.05 m, frame height 0.504 m, subject 1 / 0.28 = 3.571 frames.
    const nlohmann::json mcu = runCliJson({"frame", "--sensor", "36x24", "--focal", "50", "--subject-height",
                                           "1.8", "--size", "MCU"});
    EXPECT_NEAR(mcu["distance_m"].get<double>(), 1.05, 1e-9);
    EXPECT_NEAR(mcu["frame_height_m"].get<double>(), 0.504, 1e-9);
    EXPECT_NEAR(mcu["subject_fraction"].get<double>(), 1.0 / 0.28, 1e-9);
    EXPECT_EQ(mcu["shot_size"], "MCU");

    // MS nominally cuts at the waist (elbow height, 0.630): 0.37 statures, D = 50 x 0.37 x 1.8 / 24 = 1.3875 m.
    const nlohmann::json ms = runCliJson({"frame", "--sensor", "36x24", "--focal", "50", "--subject-height",
                                          "1.8", "--size", "ms"});
    EXPECT_NEAR(ms["distance_m"].get<double>(), 1.3875, 1e-9);
    EXPECT_EQ(ms["shot_size"], "MS");
}

} // namespace
} // namespace murnau::test
