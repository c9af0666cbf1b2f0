// OpenTimelineIO export: shot-list rows filled by hand, the .otio text parsed back with nlohmann
// and checked against the OTIO file format (Timeline.1 > Stack.1 > Track.1 > Clip.1, RationalTime.1
// and TimeRange.1 values, MissingReference.1 media): clips in the rows' order, names
// "<scene>/<shot> <name>", each lasting its frame count at its own rate, the clip durations
// summing to the cut's length in seconds, the per-clip "murnau" metadata, and errors naming the row.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/export/otio_export.h"

using namespace murnau;
using nlohmann::json;

namespace {

// Two shots as buildShotList would give them: 2 s at 24 fps, then 100 frames at 23.976.
std::vector<ShotListRow> handRows()
{
    ShotListRow a;
    a.shotId = "sh-0001";
    a.sceneNumber = "12";
    a.shotNumber = "1";
    a.setup = "A1";
    a.name = "Anna alone in the warehouse";
    a.camera = "A";
    a.cameraBody = "ARRI ALEXA Mini LF";
    a.sensor = "Open Gate 4.5K LF, 36.70 × 25.54 mm";
    a.lens = "35 mm";
    a.focalMinMm = 35.0;
    a.focalMaxMm = 35.0;
    a.tStop = 2.8;
    a.frameRate = "24";
    a.frameCount = 48;
    a.durationS = 2.0;
    a.timecodeIn = "00:00:00:00";
    a.timecodeOut = "00:00:02:00";
    a.status = "planned";
    a.movement = MovementClass::TrackOut;
    a.movementParts = {MovementClass::TrackOut};
    a.startSize = ShotSize::MCU;
    a.endSize = ShotSize::WS;
    a.angle = CameraAngle::EyeLevel;
    a.cast = {"Anna"};
    a.subjectDistanceStartM = 1.5;

    ShotListRow b;
    b.shotId = "sh-0002";
    b.sceneNumber = "12";
    b.shotNumber = "1A";
    b.name = "The door \"slams\"";
    b.camera = "B";
    b.lens = "24 → 50 mm";
    b.frameRate = "23.976";
    b.frameCount = 100;
    b.durationS = 100.0 * 1001.0 / 24000.0;
    b.status = "approved";
    b.movement = MovementClass::Combined;
    b.movementParts = {MovementClass::Pan, MovementClass::Zoom};
    return {a, b};
}

// Seconds of a RationalTime.1.
double secondsOf(const json& time)
{
    EXPECT_EQ(time.at("OTIO_SCHEMA"), "RationalTime.1");
    return time.at("value").get<double>() / time.at("rate").get<double>();
}

} // namespace

TEST(OtioExport, TimelineHasOneVideoTrackOfClipsInRowOrder)
{
    const std::vector<ShotListRow> rows = handRows();
    const json timeline = json::parse(otioText("Warehouse", rows));
    EXPECT_EQ(timeline.at("OTIO_SCHEMA"), "Timeline.1");
    EXPECT_EQ(timeline.at("name"), "Warehouse");
    const json& start = timeline.at("global_start_time");
    EXPECT_EQ(start.at("OTIO_SCHEMA"), "RationalTime.1");
    EXPECT_EQ(start.at("value").get<double>(), 0.0);
    EXPECT_EQ(start.at("rate").get<double>(), 24.0);

    const json& stack = timeline.at("tracks");
    EXPECT_EQ(stack.at("OTIO_SCHEMA"), "Stack.1");
    ASSERT_EQ(stack.at("children").size(), 1u);
    const json& track = stack.at("children")[0];
    EXPECT_EQ(track.at("OTIO_SCHEMA"), "Track.1");
    EXPECT_EQ(track.at("kind"), "Video");
    EXPECT_TRUE(track.at("source_range").is_null());
    const json& clips = track.at("children");
    ASSERT_EQ(clips.size(), 2u);
    EXPECT_EQ(clips[0].at("OTIO_SCHEMA"), "Clip.1");
    EXPECT_EQ(clips[0].at("name"), "12/1 Anna alone in the warehouse");
    EXPECT_EQ(clips[1].at("name"), "12/1A The door \"slams\"");
    for (const json& clip : clips) {
        EXPECT_EQ(clip.at("media_reference").at("OTIO_SCHEMA"), "MissingReference.1");
        EXPECT_TRUE(clip.at("effects").is_array());
        EXPECT_TRUE(clip.at("markers").is_array());
        EXPECT_EQ(clip.at("enabled"), true);
    }
}

TEST(OtioExport, ClipsLastTheirFramesAtTheirOwnRate)
{
    const std::vector<ShotListRow> rows = handRows();
    const json clips = json::parse(otioText("cut", rows)).at("tracks").at("children")[0].at("children");
    const json& first = clips[0].at("source_range");
    EXPECT_EQ(first.at("OTIO_SCHEMA"), "TimeRange.1");
    EXPECT_EQ(first.at("duration").at("value").get<double>(), 48.0);
    EXPECT_EQ(first.at("duration").at("rate").get<double>(), 24.0);
    EXPECT_EQ(secondsOf(first.at("start_time")), 0.0);
    const json& second = clips[1].at("source_range");
    EXPECT_EQ(second.at("duration").at("value").get<double>(), 100.0);
    EXPECT_EQ(second.at("duration").at("rate").get<double>(), 24000.0 / 1001.0);   // 23.976023976...
    // The cut lasts 2 s + 100 * 1001 / 24000 s = 6.170833... s.
    double total = 0.0;
    for (const json& clip : clips)
        total += secondsOf(clip.at("source_range").at("duration"));
    EXPECT_NEAR(total, 2.0 + 100.0 * 1001.0 / 24000.0, 1e-12);
    EXPECT_NEAR(total, 6.1708333, 1e-6);
    // The media's available range is the clip's range.
    EXPECT_EQ(clips[1].at("media_reference").at("available_range"), second);
}

TEST(OtioExport, ClipMetadataCarriesTheShotListFields)
{
    const std::vector<ShotListRow> rows = handRows();
    const json clips = json::parse(otioText("cut", rows)).at("tracks").at("children")[0].at("children");
    const json& a = clips[0].at("metadata").at("murnau");
    EXPECT_EQ(a.at("shot_id"), "sh-0001");
    EXPECT_EQ(a.at("scene"), "12");
    EXPECT_EQ(a.at("shot"), "1");
    EXPECT_EQ(a.at("camera"), "A");
    EXPECT_EQ(a.at("camera_body"), "ARRI ALEXA Mini LF");
    EXPECT_EQ(a.at("sensor"), "Open Gate 4.5K LF, 36.70 × 25.54 mm");
    EXPECT_EQ(a.at("lens"), "35 mm");
    EXPECT_EQ(a.at("movement"), "track out");
    EXPECT_EQ(a.at("start_size"), "MCU");
    EXPECT_EQ(a.at("end_size"), "WS");
    EXPECT_EQ(a.at("angle"), "eye level");
    EXPECT_EQ(a.at("status"), "planned");
    EXPECT_EQ(a.at("t_stop").get<double>(), 2.8);
    EXPECT_EQ(a.at("subject_distance_start_m").get<double>(), 1.5);
    EXPECT_TRUE(a.at("subject_distance_end_m").is_null());
    EXPECT_EQ(a.at("cast"), json::array({"Anna"}));
    const json& b = clips[1].at("metadata").at("murnau");
    EXPECT_EQ(b.at("movement"), "combined");
    EXPECT_EQ(b.at("movement_parts"), json::array({"pan", "zoom"}));
    EXPECT_EQ(b.at("lens"), "24 → 50 mm");
    EXPECT_TRUE(b.at("start_size").is_null());
    EXPECT_TRUE(b.at("angle").is_null());
    EXPECT_EQ(b.at("status"), "approved");
}

TEST(OtioExport, ABadRateOrCountNamesTheRow)
{
    std::vector<ShotListRow> rows = handRows();
    rows[1].frameRate = "31";
    Result<nlohmann::ordered_json> timeline = otioTimeline("cut", rows);
    ASSERT_FALSE(timeline.ok());
    EXPECT_EQ(timeline.error().field, "shots[1].frameRate");
    EXPECT_EQ(otioText("cut", rows), "");

    rows = handRows();
    rows[0].frameCount = -1;
    timeline = otioTimeline("cut", rows);
    ASSERT_FALSE(timeline.ok());
    EXPECT_EQ(timeline.error().field, "shots[0].frameCount");
}

TEST(OtioExport, WritesTheFileAndRefusesNoShots)
{
    const std::filesystem::path path = std::filesystem::temp_directory_path() / "murnau_otio_test.otio";
    const std::vector<ShotListRow> rows = handRows();
    const Result<bool> written = exportOtio("cut", rows, path);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    EXPECT_EQ(text.str(), otioText("cut", rows));
    std::filesystem::remove(path);

    const Result<bool> none = exportOtio("cut", {}, path);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().field, "shots");
    EXPECT_FALSE(std::filesystem::exists(path));
}
