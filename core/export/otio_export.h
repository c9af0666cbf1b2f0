#pragma once
// OpenTimelineIO (.otio JSON, the OTIO file format): the exported shots as clips on one video
// track in the rows' order: a Timeline.1 whose "tracks" is a Stack.1 holding one Track.1 (kind
// "Video", name "V1") of Clip.1s. Each clip is named "<scene>/<shot> <name>", its source_range
// starts at 0 and lasts the shot's frame count at its own frame rate (RationalTime.1 rate =
// frames per second, 24000/1001 written as 23.976023976023978), its media is a
// MissingReference.1 (previs: nothing has been shot yet) whose available_range is the same range,
// and its metadata["murnau"] holds the shot-list fields (shot id, camera, body, sensor, lens,
// movement, shot sizes, status, ...). The timeline's global_start_time is 0 at the first shot's
// rate, so a clip's record position matches the shot list's timecode in (which counts from
// 00:00:00:00).

#include <filesystem>
#include <span>
#include <string>

#include <nlohmann/json.hpp>

#include "core/export/shot_list.h"
#include "core/util/result.h"

namespace murnau {

// The timeline as JSON. Errors name the row's field: "shots[i].frameRate" (not a standard rate),
// "shots[i].frameCount" (negative).
Result<nlohmann::ordered_json> otioTimeline(const std::string& timelineName, std::span<const ShotListRow> rows);

// The .otio text (otioTimeline, two-space indented) of `rows`; empty when otioTimeline fails
// (call it, or exportOtio, for the error).
[[nodiscard]] std::string otioText(const std::string& timelineName, std::span<const ShotListRow> rows);

// Writes the .otio text to `path` atomically. Errors: "shots" for no rows, otioTimeline's, the
// path when it cannot be written.
Result<bool> exportOtio(const std::string& timelineName, std::span<const ShotListRow> rows,
                        const std::filesystem::path& path);

} // namespace murnau
