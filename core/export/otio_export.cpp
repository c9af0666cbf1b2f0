// OpenTimelineIO: the shots as clips of one video track, with the shot list's fields as clip metadata.

#include "core/export/otio_export.h"

#include <fmt/format.h>

#include "core/export/export_file.h"
#include "core/time/frame_rate.h"

namespace murnau {

namespace {

using Json = nlohmann::ordered_json;

// RationalTime.1: `value` frames at `fps` frames per second.
Json rationalTime(double value, double fps)
{
    return Json{{"OTIO_SCHEMA", "RationalTime.1"}, {"rate", fps}, {"value", value}};
}

// TimeRange.1 of `frames` frames from 0.
Json timeRange(std::int64_t frames, double fps)
{
    return Json{{"OTIO_SCHEMA", "TimeRange.1"},
                {"duration", rationalTime(static_cast<double>(frames), fps)},
                {"start_time", rationalTime(0.0, fps)}};
}

// A JSON value for an optional number: the number, or null.
Json optionalNumber(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json optionalSize(const std::optional<ShotSize>& size)
{
    return size ? Json(std::string(shotSizeCode(*size))) : Json(nullptr);
}

// The "murnau" metadata of one clip: the row's fields, units in the key names.
Json clipMetadata(const ShotListRow& row)
{
    Json parts = Json::array();
    for (const MovementClass part : row.movementParts)
        parts.push_back(std::string(movementClassLabel(part)));
    return Json{
        {"shot_id", row.shotId},
        {"scene", row.sceneNumber},
        {"shot", row.shotNumber},
        {"setup", row.setup},
        {"int_ext", row.intExt},
        {"location", row.location},
        {"time_of_day", row.timeOfDay},
        {"name", row.name},
        {"description", row.description},
        {"camera", row.camera},
        {"camera_body", row.cameraBody},
        {"sensor", row.sensor},
        {"lens_kit", row.lensKit},
        {"lens", row.lens},
        {"focal_min_mm", row.focalMinMm},
        {"focal_max_mm", row.focalMaxMm},
        {"t_stop", row.tStop},
        {"frame_rate", row.frameRate},
        {"frame_count", row.frameCount},
        {"duration_s", row.durationS},
        {"timecode_in", row.timecodeIn},
        {"timecode_out", row.timecodeOut},
        {"planned_move", row.plannedMove},
        {"movement", std::string(movementClassLabel(row.movement))},
        {"movement_parts", parts},
        {"main_actor", row.mainActor},
        {"start_size", optionalSize(row.startSize)},
        {"end_size", optionalSize(row.endSize)},
        {"angle", row.angle ? Json(std::string(cameraAngleLabel(*row.angle))) : Json(nullptr)},
        {"camera_height_m", row.cameraHeightM},
        {"subject_distance_start_m", optionalNumber(row.subjectDistanceStartM)},
        {"subject_distance_end_m", optionalNumber(row.subjectDistanceEndM)},
        {"track_length_m", row.trackLengthM},
        {"track_sections", row.trackSections},
        {"peak_dolly_speed_mps", row.peakDollySpeedMps},
        {"cast", row.cast},
        {"props", row.props},
        {"equipment", row.equipment},
        {"notes", row.notes},
        {"status", row.status},
        {"warnings", row.warnings},
    };
}

} // namespace

Result<Json> otioTimeline(const std::string& timelineName, std::span<const ShotListRow> rows)
{
    Json clips = Json::array();
    double firstFps = 0.0;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const ShotListRow& row = rows[i];
        const Result<FrameRate> rate = parseFrameRate(row.frameRate);
        if (!rate)
            return fail(fmt::format("shots[{}].frameRate", i), rate.error().message);
        if (row.frameCount < 0)
            return fail(fmt::format("shots[{}].frameCount", i), fmt::format("must not be negative, got {}", row.frameCount));
        const double fps = rate->fps();
        if (i == 0)
            firstFps = fps;
        const Json range = timeRange(row.frameCount, fps);
        clips.push_back(Json{
            {"OTIO_SCHEMA", "Clip.1"},
            {"name", fmt::format("{}/{} {}", row.sceneNumber, row.shotNumber, row.name)},
            {"source_range", range},
            {"effects", Json::array()},
            {"markers", Json::array()},
            {"enabled", true},
            {"media_reference",
             Json{{"OTIO_SCHEMA", "MissingReference.1"},
                  {"name", ""},
                  {"available_range", range},
                  {"metadata", Json::object()}}},
            {"metadata", Json{{"murnau", clipMetadata(row)}}},
        });
    }

    const Json track{
        {"OTIO_SCHEMA", "Track.1"},   {"name", "V1"},       {"kind", "Video"},
        {"source_range", nullptr},    {"effects", Json::array()}, {"markers", Json::array()},
        {"enabled", true},            {"metadata", Json::object()}, {"children", clips},
    };
    const Json stack{
        {"OTIO_SCHEMA", "Stack.1"}, {"name", "tracks"}, {"source_range", nullptr}, {"effects", Json::array()},
        {"markers", Json::array()}, {"enabled", true},  {"metadata", Json::object()},
        {"children", Json::array({track})},
    };
    return Json{
        {"OTIO_SCHEMA", "Timeline.1"},
        {"name", timelineName},
        {"global_start_time", rows.empty() ? Json(nullptr) : rationalTime(0.0, firstFps)},
        {"metadata", Json{{"murnau", Json{{"format", "murnau-otio"}, {"version", 1}}}}},
        {"tracks", stack},
    };
}

std::string otioText(const std::string& timelineName, std::span<const ShotListRow> rows)
{
    const Result<Json> timeline = otioTimeline(timelineName, rows);
    return timeline ? timeline->dump(2, ' ', false, Json::error_handler_t::replace) + "\n" : std::string();
}

Result<bool> exportOtio(const std::string& timelineName, std::span<const ShotListRow> rows,
                        const std::filesystem::path& path)
{
    if (rows.empty())
        return fail("shots", "no shots to export");
    const Result<Json> timeline = otioTimeline(timelineName, rows);
    if (!timeline)
        return timeline.error();
    return writeExportFile(path, timeline->dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

} // namespace murnau
