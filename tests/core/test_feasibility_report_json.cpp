// The feasibility report as JSON: keys with units, numbers from the hand-derived move (the
// dolly keyed linearly 0 -> 6 m over 4 s on a straight rail: 1.5 m/s, 6 + 2 x 0.5 m of track,
// ceil(7 / 2.4384) = 3 sections of 8 ft), nulls for what is infinite.

#include <cmath>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/analysis/report_json.h"
#include "core/optics/sensor.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;

Keyframe linearKey(Flicks time, double value)
{
    Keyframe k;
    k.time = time;
    k.value = value;
    k.interpolation = Interpolation::Linear;
    return k;
}

FeasibilityReport linearDollyReport()
{
    Project project;
    CameraSetup camera;
    camera.name = "A";
    camera.sensor = *findSensorPreset("full-frame");
    project.cameras = {camera};
    Shot shot;
    shot.id = "sh-0001";
    shot.number = "1A";
    shot.name = "Track out";
    shot.camera = "A";
    shot.durationFlicks = 4 * kS;
    shot.rig.rail = makeCatmullRomPath({{0.0, 0.0, 0.0}, {0.0, 0.0, -10.0}}).value();
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(0, 0.0)).ok());
    EXPECT_TRUE(shot.rig.channel(RigChannel::Dolly).insertKey(linearKey(4 * kS, 6.0)).ok());
    const Result<FeasibilityReport> report = buildFeasibilityReport(project, Scene{}, shot);
    EXPECT_TRUE(report.ok());
    return report.ok() ? report.value() : FeasibilityReport{};
}

} // namespace

TEST(FeasibilityReportJson, SummaryCarriesTheTrackAndPeaksWithUnitsInTheKeys)
{
    const nlohmann::ordered_json j = feasibilityReportToJson(linearDollyReport());
    EXPECT_EQ(j["shot"]["number"], "1A");
    EXPECT_EQ(j["shot"]["frame_rate"], "24");
    EXPECT_EQ(j["shot"]["duration_s"], 4.0);
    EXPECT_EQ(j["shot"]["frame_count"], 96);

    const auto& summary = j["summary"];
    EXPECT_NEAR(summary["track_length_m"].get<double>(), 7.0, 1e-8);
    EXPECT_EQ(summary["sections"], 3);
    EXPECT_EQ(summary["section_length_m"], 2.4384);
    EXPECT_NEAR(summary["peak_dolly_speed_mps"].get<double>(), 1.5, 1e-12);
    EXPECT_TRUE(summary.contains("peak_pan_rate_deg_per_s"));
    EXPECT_TRUE(summary.contains("peak_focus_pull_rate_mps"));
    EXPECT_TRUE(summary["min_radius_m"].is_null());   // a straight rail

    EXPECT_EQ(j["track"]["straight"], true);
    EXPECT_TRUE(j["track"]["min_radius_m"].is_null());
    EXPECT_NEAR(j["track"]["rail_length_m"].get<double>(), 10.0, 1e-9);

    const auto& speed = j["motion"]["dolly_speed"];
    EXPECT_EQ(speed["unit"], "m/s");
    EXPECT_EQ(speed["limit_mps"], 1.4);
    EXPECT_NEAR(speed["over_percent"].get<double>(), (1.5 / 1.4 - 1.0) * 100.0, 1e-9);
    EXPECT_EQ(speed["peak_at"], "00.00");
    EXPECT_EQ(speed["peak_at_timecode"], "00:00:00:00");
    EXPECT_TRUE(j["motion"]["zoom_rate"]["limit_mm_per_s"].is_null());

    EXPECT_EQ(j["limits"]["track_section_m"], 2.4384);
    EXPECT_TRUE(j["limits"]["lens"].is_null());
    EXPECT_TRUE(j["lens"]["focal_fits"].is_null());
}

TEST(FeasibilityReportJson, WarningsCarryTheirRangeThreeWays)
{
    const nlohmann::ordered_json j = feasibilityReportToJson(linearDollyReport());
    const nlohmann::ordered_json* speed = nullptr;
    for (const auto& w : j["warnings"]) {
        if (w["channel"] == "dolly_speed")
            speed = &w;
    }
    ASSERT_NE(speed, nullptr);
    EXPECT_EQ((*speed)["kind"], "motion");
    EXPECT_EQ((*speed)["severity"], "caution");
    EXPECT_EQ((*speed)["from_s"], 0.0);
    EXPECT_EQ((*speed)["from"], "00.00");
    EXPECT_EQ((*speed)["from_timecode"], "00:00:00:00");
    // The end instant, one flick before 4 s: frame 95's label, 00:00:03:23.
    EXPECT_EQ((*speed)["to"], "04.00");
    EXPECT_EQ((*speed)["to_timecode"], "00:00:03:23");
    EXPECT_NE((*speed)["message"].get<std::string>().find("dolly speed exceeds 1.4 m/s from 00.00 to 04.00"),
              std::string::npos)
        << (*speed)["message"];
    EXPECT_EQ(j["summary"]["warning_count"], j["warnings"].size());
}
