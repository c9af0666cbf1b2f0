#pragma once
// The shot list and the focus puller's marks as files: CSV (RFC 4180, UTF-8 with a byte-order
// mark so spreadsheet programs read accents, a header row, CRLF line ends) and JSON.
// Column names carry their units ("track_m", "duration_s"); numbers use '.' and no thousands
// separator, fixed decimals (millimetres 0.1, metres 0.01, seconds and focus distances 0.001,
// stops 0.1); lists (movement parts, focus marks, cast, props, equipment, warnings) are joined
// with "; ". A missing value (no main actor, no lens kit) is an empty field. The JSON carries the
// same columns as keys with the same rounded numbers, lists as arrays, missing values as null.

#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/export/shot_list.h"

namespace murnau {

// One CSV field as RFC 4180 writes it: as is, or in double quotes (doubling inner quotes) when it
// holds a comma, a quote, a CR or an LF.
[[nodiscard]] std::string csvField(std::string_view field);

// The header row's names, in column order (what shotListCsv writes first).
[[nodiscard]] std::span<const std::string_view> shotListCsvColumns() noexcept;
// The shot list as CSV: the header, then one line per row.
[[nodiscard]] std::string shotListCsv(std::span<const ShotListRow> rows);
// The shot list as JSON: {"format": "murnau-shot-list", "version": 1, "project": title, "shots": [...]},
// every column of the CSV as a key, lists as arrays, missing values as null.
[[nodiscard]] nlohmann::ordered_json shotListJson(const std::string& projectTitle, std::span<const ShotListRow> rows);

// The header row of the focus marks CSV.
[[nodiscard]] std::span<const std::string_view> focusMarksCsvColumns() noexcept;
// The focus puller's marks of every row as CSV: one line per mark (scene, shot, actor, beat,
// mark, timecode within the shot, distance, focal length, stop, near and far limits, rig focus, sharp).
[[nodiscard]] std::string focusMarksCsv(std::span<const ShotListRow> rows);

} // namespace murnau
