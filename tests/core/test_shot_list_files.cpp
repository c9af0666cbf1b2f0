// The shot list and the focus marks as CSV and JSON: read back with a small RFC 4180 reader
// written here (not the writer's code), so quoting, the BOM, CRLF, units in the header and fixed
// decimals are checked against the RFC's rules, and the JSON against the CSV.

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "core/export/shot_list_files.h"

using namespace murnau;

namespace {

using Records = std::vector<std::vector<std::string>>;

// RFC 4180, section 2: records end in CRLF; a field in double quotes may hold commas, CR, LF and
// doubled quotes; outside quotes a quote is an error. Returns false on malformed input.
bool readCsv(std::string_view text, Records& records)
{
    records.clear();
    std::vector<std::string> record;
    std::string field;
    std::size_t i = 0;
    bool fieldStarted = false;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '"' && field.empty() && !fieldStarted) {
            fieldStarted = true;
            ++i;
            for (;;) {
                if (i >= text.size())
                    return false;   // unterminated quote
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < text.size() && text[i] != ',' && text[i] != '\r')
                return false;   // text after a closing quote
            continue;
        }
        if (c == '"')
            return false;   // a quote inside an unquoted field
        if (c == ',') {
            record.push_back(field);
            field.clear();
            fieldStarted = false;
            ++i;
            continue;
        }
        if (c == '\r') {
            if (i + 1 >= text.size() || text[i + 1] != '\n')
                return false;   // CR without LF
            record.push_back(field);
            records.push_back(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            i += 2;
            continue;
        }
        if (c == '\n')
            return false;   // a bare LF ends no record
        field += c;
        fieldStarted = true;
        ++i;
    }
    return record.empty() && field.empty();   // the last record ended in CRLF
}

// A row with every field set, and awkward text in the description and notes.
ShotListRow sampleRow()
{
    ShotListRow row;
    row.shotId = "sh-0007";
    row.sceneNumber = "12";
    row.sceneName = "Anna finds the warehouse empty";
    row.shotNumber = "1A";
    row.setup = "A1";
    row.intExt = "INT";
    row.location = "WAREHOUSE";
    row.timeOfDay = "NIGHT";
    row.name = "Anna alone";
    row.description = "She says \"hello\", waits,\nthen leaves";
    row.plannedMove = "trackout";
    row.camera = "A";
    row.cameraBody = "ARRI ALEXA Mini LF Open Gate";
    row.sensor = "36.70 \u00d7 25.54 mm";
    row.lensKit = "Cooke S4/i";
    row.lens = "35 mm";
    row.tStop = 2.8;
    row.frameRate = "23.976";
    row.durationS = 6.006;
    row.frameCount = 144;
    row.timecodeIn = "00:00:10:00";
    row.timecodeOut = "00:00:16:00";
    row.cast = {"Anna", "Zoë"};
    row.props = {"torch"};
    row.equipment = {"dolly on 7.2 m of straight track"};
    row.notes = "Café scene; night";
    row.status = "approved";
    row.mainActor = "Anna";
    row.startSize = ShotSize::CU;
    row.endSize = ShotSize::WS;
    row.angle = CameraAngle::Low;
    row.cameraHeightM = 1.23456;
    row.subjectDistanceStartM = 0.94504;
    row.subjectDistanceEndM = 10.125;
    row.movement = MovementClass::Combined;
    row.movementParts = {MovementClass::TrackOut, MovementClass::Tilt};
    row.trackLengthM = 10.18;
    row.trackSections = 5;
    row.peakDollySpeedMps = 2.5049;
    row.focalMinMm = 35.0;
    row.focalMaxMm = 35.04;
    FocusMark mark;
    mark.actor = "Anna";
    mark.beat = FocusBeat::Mark;
    mark.markName = "door";
    mark.at = 3 * kFlicksPerSecond;   // frame 71 at 23.976 (3 x 24000 / 1001 = 71.93)
    mark.distanceM = 3.14159;
    mark.focalLengthMm = 35.0;
    mark.fStop = 2.8;
    mark.depthOfField = DepthOfField{16.4, 2.66, std::nullopt, std::nullopt};
    mark.rigFocusM = 3.0;
    mark.sharpAtRigFocus = true;
    row.focusMarks.cocMm = 0.025;
    row.focusMarks.marks = {mark};
    row.warnings = {"caution: dolly speed exceeds 1.4 m/s", "note: run-up beyond the rail"};
    return row;
}

// Index of `name` in the header, or -1.
int columnIndex(const std::vector<std::string>& header, std::string_view name)
{
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name)
            return static_cast<int>(i);
    return -1;
}

} // namespace

TEST(ShotListFiles, CsvFieldQuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(csvField("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(csvField(""), "");
}

TEST(ShotListFiles, CsvIsRfc4180WithBomHeaderAndUnits)
{
    const std::vector<ShotListRow> rows{sampleRow(), sampleRow()};
    const std::string csv = shotListCsv(rows);
    ASSERT_GE(csv.size(), 3u);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");   // UTF-8 byte-order mark
    Records records;
    ASSERT_TRUE(readCsv(std::string_view(csv).substr(3), records));
    ASSERT_EQ(records.size(), 3u);   // header + two rows

    const std::vector<std::string>& header = records[0];
    const std::span<const std::string_view> columns = shotListCsvColumns();
    ASSERT_EQ(header.size(), columns.size());
    for (std::size_t i = 0; i < header.size(); ++i)
        EXPECT_EQ(header[i], columns[i]);
    for (const std::vector<std::string>& record : records)
        EXPECT_EQ(record.size(), header.size());
    // Units in the names of the measured columns.
    for (const std::string_view unit : {"duration_s", "track_m", "camera_height_m", "focal_min_mm",
                                        "peak_dolly_speed_mps", "subject_distance_start_m"})
        EXPECT_GE(columnIndex(header, unit), 0) << unit;

    const std::vector<std::string>& r = records[1];
    auto at = [&](std::string_view name) {
        const int i = columnIndex(header, name);
        EXPECT_GE(i, 0) << name;
        return i >= 0 ? r[static_cast<std::size_t>(i)] : std::string();
    };
    // The quoted field came back whole: a quote, a comma and a newline.
    EXPECT_EQ(at("description"), "She says \"hello\", waits,\nthen leaves");
    EXPECT_EQ(at("notes"), "Café scene; night");
    EXPECT_EQ(at("cast"), "Anna; Zoë");
    EXPECT_EQ(at("movement"), "combined");
    EXPECT_EQ(at("movement_parts"), "track out; tilt");
    EXPECT_EQ(at("start_size"), "CU");
    EXPECT_EQ(at("angle"), "low");
    // Fixed decimals, '.' as the point: m 0.01, mm 0.1, s 0.001, stop 0.1.
    EXPECT_EQ(at("camera_height_m"), "1.23");
    EXPECT_EQ(at("subject_distance_start_m"), "0.95");
    EXPECT_EQ(at("track_m"), "10.18");
    EXPECT_EQ(at("peak_dolly_speed_mps"), "2.50");
    EXPECT_EQ(at("focal_max_mm"), "35.0");
    EXPECT_EQ(at("duration_s"), "6.006");
    EXPECT_EQ(at("t_stop"), "2.8");
    EXPECT_EQ(at("frame_count"), "144");
    EXPECT_EQ(at("track_sections"), "5");
    EXPECT_EQ(at("timecode_in"), "00:00:10:00");
    EXPECT_EQ(at("focus_marks"), "Anna mark 3.14 m (door)");
    EXPECT_EQ(at("warnings"), "caution: dolly speed exceeds 1.4 m/s; note: run-up beyond the rail");

    // Missing values are empty fields.
    ShotListRow bare = sampleRow();
    bare.mainActor.clear();
    bare.startSize.reset();
    bare.subjectDistanceEndM.reset();
    bare.angle.reset();
    const std::vector<ShotListRow> bareRows{bare};
    ASSERT_TRUE(readCsv(std::string_view(shotListCsv(bareRows)).substr(3), records));
    ASSERT_EQ(records.size(), 2u);
    for (const std::string_view name : {"main_actor", "start_size", "subject_distance_end_m", "angle"})
        EXPECT_EQ(records[1][static_cast<std::size_t>(columnIndex(header, name))], "") << name;
}

TEST(ShotListFiles, JsonKeysAreTheCsvColumnsWithTheSameNumbers)
{
    ShotListRow bare = sampleRow();
    bare.startSize.reset();
    const std::vector<ShotListRow> rows{sampleRow(), bare};
    const nlohmann::ordered_json json = shotListJson("Warehouse", rows);
    EXPECT_EQ(json["format"], "murnau-shot-list");
    EXPECT_EQ(json["version"], 1);
    EXPECT_EQ(json["project"], "Warehouse");
    ASSERT_EQ(json["shots"].size(), 2u);
    const nlohmann::ordered_json& shot = json["shots"][0];
    const std::span<const std::string_view> columns = shotListCsvColumns();
    ASSERT_EQ(shot.size(), columns.size());
    std::size_t i = 0;
    for (auto it = shot.begin(); it != shot.end(); ++it, ++i)
        EXPECT_EQ(it.key(), columns[i]);   // same names, same order
    EXPECT_DOUBLE_EQ(shot["camera_height_m"].get<double>(), 1.23);
    EXPECT_DOUBLE_EQ(shot["peak_dolly_speed_mps"].get<double>(), 2.5);
    EXPECT_EQ(shot["frame_count"].get<std::int64_t>(), 144);
    ASSERT_TRUE(shot["cast"].is_array());
    EXPECT_EQ(shot["cast"][1], "Zoë");
    EXPECT_EQ(shot["movement_parts"][0], "track out");
    EXPECT_EQ(shot["description"], "She says \"hello\", waits,\nthen leaves");
    EXPECT_TRUE(json["shots"][1]["start_size"].is_null());
    EXPECT_EQ(json["shots"][1]["end_size"], "WS");
}

TEST(ShotListFiles, FocusMarksOneLinePerMark)
{
    ShotListRow second = sampleRow();
    second.shotNumber = "1B";
    FocusMark end = second.focusMarks.marks.front();
    end.beat = FocusBeat::End;
    end.markName.clear();
    end.depthOfField.reset();
    end.sharpAtRigFocus = false;
    second.focusMarks.marks.push_back(end);
    const std::vector<ShotListRow> rows{sampleRow(), second};
    const std::string csv = focusMarksCsv(rows);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    Records records;
    ASSERT_TRUE(readCsv(std::string_view(csv).substr(3), records));
    ASSERT_EQ(records.size(), 4u);   // header + 1 + 2 marks
    const std::vector<std::string>& header = records[0];
    const std::span<const std::string_view> columns = focusMarksCsvColumns();
    ASSERT_EQ(header.size(), columns.size());
    auto at = [&](std::size_t record, std::string_view name) {
        const int i = columnIndex(header, name);
        EXPECT_GE(i, 0) << name;
        return i >= 0 ? records[record][static_cast<std::size_t>(i)] : std::string();
    };
    EXPECT_EQ(at(1, "shot"), "1A");
    EXPECT_EQ(at(1, "actor"), "Anna");
    EXPECT_EQ(at(1, "beat"), "mark");
    EXPECT_EQ(at(1, "mark"), "door");
    // 3 s at 24000/1001 fps is inside frame 71 (3 x 23.976 = 71.93): non-drop label 00:00:02:23.
    EXPECT_EQ(at(1, "shot_timecode"), "00:00:02:23");
    EXPECT_EQ(at(1, "distance_m"), "3.142");
    EXPECT_EQ(at(1, "near_m"), "2.660");
    EXPECT_EQ(at(1, "far_m"), "inf");
    EXPECT_EQ(at(1, "sharp"), "yes");
    EXPECT_EQ(at(3, "shot"), "1B");
    EXPECT_EQ(at(3, "beat"), "end");
    EXPECT_EQ(at(3, "near_m"), "");
    EXPECT_EQ(at(3, "sharp"), "no");
}
