// The shot list and the focus marks as CSV and JSON (shot_list_files.h). Both formats read one
// column table, so a JSON key is a CSV column and a JSON number is the CSV's number, rounded alike.

#include "core/export/shot_list_files.h"

#include <cmath>
#include <functional>
#include <string>

#include <fmt/format.h>

#include "core/time/frame_rate.h"
#include "core/time/timecode.h"

namespace murnau {

namespace {

using Json = nlohmann::ordered_json;

// One cell before it is written: text, a rounded number, an integer, a list, or nothing.
struct Cell {
    enum class Kind { Text, Number, Integer, List, Null };
    Kind kind = Kind::Null;
    std::string text;                 // Text
    double number = 0.0;              // Number
    int decimals = 0;                 // Number: digits after the point
    std::int64_t integer = 0;         // Integer
    std::vector<std::string> list;    // List
};

Cell text(std::string value) { return Cell{Cell::Kind::Text, std::move(value), 0.0, 0, 0, {}}; }
Cell number(double value, int decimals) { return Cell{Cell::Kind::Number, {}, value, decimals, 0, {}}; }
Cell integer(std::int64_t value) { return Cell{Cell::Kind::Integer, {}, 0.0, 0, value, {}}; }
Cell list(std::vector<std::string> values) { return Cell{Cell::Kind::List, {}, 0.0, 0, 0, std::move(values)}; }
Cell null() { return Cell{}; }
Cell optionalNumber(const std::optional<double>& value, int decimals) { return value ? number(*value, decimals) : null(); }

// A number with fixed decimals, '.' as the point, no thousands separator, never "-0.00".
std::string fixed(double value, int decimals)
{
    std::string written = fmt::format("{:.{}f}", value, decimals);
    if (written.front() == '-' && written.find_first_not_of("-0.") == std::string::npos)
        written.erase(0, 1);
    return written;
}

// The cell as CSV text (lists joined with "; ", nothing empty).
std::string csvText(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text: return cell.text;
    case Cell::Kind::Number: return fixed(cell.number, cell.decimals);
    case Cell::Kind::Integer: return std::to_string(cell.integer);
    case Cell::Kind::List: {
        std::string joined;
        for (const std::string& item : cell.list)
            joined += (joined.empty() ? "" : "; ") + item;
        return joined;
    }
    case Cell::Kind::Null: return {};
    }
    return {};
}

// The cell as JSON: numbers rounded exactly as the CSV writes them.
Json jsonValue(const Cell& cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text: return cell.text;
    case Cell::Kind::Number: return std::stod(fixed(cell.number, cell.decimals));
    case Cell::Kind::Integer: return cell.integer;
    case Cell::Kind::List: return Json(cell.list);
    case Cell::Kind::Null: return nullptr;
    }
    return nullptr;
}

// "Anna start 3.51 m", "Anna mark 2.40 m (door)": one focus mark in the shot list's summary column.
std::string markSummary(const FocusMark& mark)
{
    std::string text = mark.actor + " " + std::string(focusBeatKey(mark.beat)) + " " + fixed(mark.distanceM, 2) + " m";
    if (!mark.markName.empty())
        text += " (" + mark.markName + ")";
    return text;
}

// A column of the shot list: its name (with its unit) and how a row fills it.
struct Column {
    std::string_view name;
    std::function<Cell(const ShotListRow&)> cell;
};

const std::vector<Column>& columns()
{
    static const std::vector<Column> table = {
        {"shot_id", [](const ShotListRow& r) { return text(r.shotId); }},
        {"scene", [](const ShotListRow& r) { return text(r.sceneNumber); }},
        {"scene_name", [](const ShotListRow& r) { return text(r.sceneName); }},
        {"shot", [](const ShotListRow& r) { return text(r.shotNumber); }},
        {"setup", [](const ShotListRow& r) { return text(r.setup); }},
        {"int_ext", [](const ShotListRow& r) { return text(r.intExt); }},
        {"location", [](const ShotListRow& r) { return text(r.location); }},
        {"time_of_day", [](const ShotListRow& r) { return text(r.timeOfDay); }},
        {"name", [](const ShotListRow& r) { return text(r.name); }},
        {"description", [](const ShotListRow& r) { return text(r.description); }},
        {"planned_move", [](const ShotListRow& r) { return text(r.plannedMove); }},
        {"movement", [](const ShotListRow& r) { return text(std::string(movementClassLabel(r.movement))); }},
        {"movement_parts", [](const ShotListRow& r) {
             std::vector<std::string> parts;
             for (const MovementClass part : r.movementParts)
                 parts.emplace_back(movementClassLabel(part));
             return list(std::move(parts));
         }},
        {"main_actor", [](const ShotListRow& r) { return r.mainActor.empty() ? null() : text(r.mainActor); }},
        {"start_size", [](const ShotListRow& r) {
             return r.startSize ? text(std::string(shotSizeCode(*r.startSize))) : null();
         }},
        {"end_size", [](const ShotListRow& r) {
             return r.endSize ? text(std::string(shotSizeCode(*r.endSize))) : null();
         }},
        {"angle", [](const ShotListRow& r) { return r.angle ? text(std::string(cameraAngleLabel(*r.angle))) : null(); }},
        {"camera_height_m", [](const ShotListRow& r) { return number(r.cameraHeightM, 2); }},
        {"subject_distance_start_m", [](const ShotListRow& r) { return optionalNumber(r.subjectDistanceStartM, 2); }},
        {"subject_distance_end_m", [](const ShotListRow& r) { return optionalNumber(r.subjectDistanceEndM, 2); }},
        {"camera", [](const ShotListRow& r) { return text(r.camera); }},
        {"camera_body", [](const ShotListRow& r) { return text(r.cameraBody); }},
        {"sensor", [](const ShotListRow& r) { return text(r.sensor); }},
        {"lens_kit", [](const ShotListRow& r) { return r.lensKit.empty() ? null() : text(r.lensKit); }},
        {"lens", [](const ShotListRow& r) { return text(r.lens); }},
        {"focal_min_mm", [](const ShotListRow& r) { return number(r.focalMinMm, 1); }},
        {"focal_max_mm", [](const ShotListRow& r) { return number(r.focalMaxMm, 1); }},
        {"t_stop", [](const ShotListRow& r) { return number(r.tStop, 1); }},
        {"frame_rate_fps", [](const ShotListRow& r) { return text(r.frameRate); }},
        {"duration_s", [](const ShotListRow& r) { return number(r.durationS, 3); }},
        {"frame_count", [](const ShotListRow& r) { return integer(r.frameCount); }},
        {"timecode_in", [](const ShotListRow& r) { return text(r.timecodeIn); }},
        {"timecode_out", [](const ShotListRow& r) { return text(r.timecodeOut); }},
        {"track_m", [](const ShotListRow& r) { return number(r.trackLengthM, 2); }},
        {"track_sections", [](const ShotListRow& r) { return integer(r.trackSections); }},
        {"peak_dolly_speed_mps", [](const ShotListRow& r) { return number(r.peakDollySpeedMps, 2); }},
        {"focus_marks", [](const ShotListRow& r) {
             std::vector<std::string> marks;
             for (const FocusMark& mark : r.focusMarks.marks)
                 marks.push_back(markSummary(mark));
             return list(std::move(marks));
         }},
        {"cast", [](const ShotListRow& r) { return list(r.cast); }},
        {"props", [](const ShotListRow& r) { return list(r.props); }},
        {"equipment", [](const ShotListRow& r) { return list(r.equipment); }},
        {"notes", [](const ShotListRow& r) { return text(r.notes); }},
        {"status", [](const ShotListRow& r) { return text(r.status); }},
        {"warnings", [](const ShotListRow& r) { return list(r.warnings); }},
    };
    return table;
}

// The column names of a table, kept alive for the spans handed out.
template <typename Table>
std::vector<std::string_view> namesOf(const Table& table)
{
    std::vector<std::string_view> names;
    for (const auto& column : table)
        names.push_back(column.name);
    return names;
}

// Appends one CSV record (fields quoted as needed) ending in CRLF.
void appendRecord(std::string& out, const std::vector<std::string>& fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields[i]);
    }
    out += "\r\n";
}

// The UTF-8 byte-order mark spreadsheet programs look for.
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A column of the focus marks sheet.
struct MarkColumn {
    std::string_view name;
    std::function<std::string(const ShotListRow&, const FocusMark&)> cell;
};

// The timecode of shot time `at` within the shot, at the shot's rate (drop-frame where it has one).
std::string shotTimecode(const ShotListRow& row, Flicks at)
{
    const Result<FrameRate> rate = parseFrameRate(row.frameRate);
    if (!rate)
        return {};
    const Result<Timecode> tc = frameToTimecode(flicksToFrame(at, *rate), *rate, rate->supportsDropFrame());
    return tc ? formatTimecode(*tc) : std::string();
}

const std::vector<MarkColumn>& markColumns()
{
    static const std::vector<MarkColumn> table = {
        {"scene", [](const ShotListRow& r, const FocusMark&) { return r.sceneNumber; }},
        {"shot", [](const ShotListRow& r, const FocusMark&) { return r.shotNumber; }},
        {"shot_id", [](const ShotListRow& r, const FocusMark&) { return r.shotId; }},
        {"actor", [](const ShotListRow&, const FocusMark& m) { return m.actor; }},
        {"beat", [](const ShotListRow&, const FocusMark& m) { return std::string(focusBeatKey(m.beat)); }},
        {"mark", [](const ShotListRow&, const FocusMark& m) { return m.markName; }},
        {"shot_timecode", [](const ShotListRow& r, const FocusMark& m) { return shotTimecode(r, m.at); }},
        {"time_s", [](const ShotListRow&, const FocusMark& m) { return fixed(flicksToSeconds(m.at), 3); }},
        {"distance_m", [](const ShotListRow&, const FocusMark& m) { return fixed(m.distanceM, 3); }},
        {"focal_length_mm", [](const ShotListRow&, const FocusMark& m) { return fixed(m.focalLengthMm, 1); }},
        {"f_stop", [](const ShotListRow&, const FocusMark& m) { return fixed(m.fStop, 1); }},
        {"near_m", [](const ShotListRow&, const FocusMark& m) {
             return m.depthOfField ? fixed(m.depthOfField->nearM, 3) : std::string();
         }},
        {"far_m", [](const ShotListRow&, const FocusMark& m) {
             if (!m.depthOfField)
                 return std::string();
             return m.depthOfField->farM ? fixed(*m.depthOfField->farM, 3) : std::string("inf");
         }},
        {"rig_focus_m", [](const ShotListRow&, const FocusMark& m) { return fixed(m.rigFocusM, 3); }},
        {"sharp", [](const ShotListRow&, const FocusMark& m) { return std::string(m.sharpAtRigFocus ? "yes" : "no"); }},
        {"coc_mm", [](const ShotListRow& r, const FocusMark&) { return fixed(r.focusMarks.cocMm, 3); }},
    };
    return table;
}

} // namespace

std::string csvField(std::string_view field)
{
    if (field.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(field);
    std::string quoted = "\"";
    for (const char c : field) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

std::span<const std::string_view> shotListCsvColumns() noexcept
{
    static const std::vector<std::string_view> names = namesOf(columns());
    return names;
}

std::string shotListCsv(std::span<const ShotListRow> rows)
{
    std::string out(kUtf8Bom);
    const std::span<const std::string_view> names = shotListCsvColumns();
    appendRecord(out, std::vector<std::string>(names.begin(), names.end()));
    for (const ShotListRow& row : rows) {
        std::vector<std::string> fields;
        for (const Column& column : columns())
            fields.push_back(csvText(column.cell(row)));
        appendRecord(out, fields);
    }
    return out;
}

nlohmann::ordered_json shotListJson(const std::string& projectTitle, std::span<const ShotListRow> rows)
{
    Json shots = Json::array();
    for (const ShotListRow& row : rows) {
        Json shot = Json::object();
        for (const Column& column : columns())
            shot[std::string(column.name)] = jsonValue(column.cell(row));
        shots.push_back(std::move(shot));
    }
    Json document = Json::object();
    document["format"] = "murnau-shot-list";
    document["version"] = 1;
    document["project"] = projectTitle;
    document["shots"] = std::move(shots);
    return document;
}

std::span<const std::string_view> focusMarksCsvColumns() noexcept
{
    static const std::vector<std::string_view> names = namesOf(markColumns());
    return names;
}

std::string focusMarksCsv(std::span<const ShotListRow> rows)
{
    std::string out(kUtf8Bom);
    const std::span<const std::string_view> names = focusMarksCsvColumns();
    appendRecord(out, std::vector<std::string>(names.begin(), names.end()));
    for (const ShotListRow& row : rows)
        for (const FocusMark& mark : row.focusMarks.marks) {
            std::vector<std::string> fields;
            for (const MarkColumn& column : markColumns())
                fields.push_back(column.cell(row, mark));
            appendRecord(out, fields);
        }
    return out;
}

} // namespace murnau
