#pragma once
// OpenTimelineIO (.otio JSON): the exported shots as clips on one video track in the given order,
// each lasting its duration at its frame rate, named "<scene>/<shot> <name>", with per-clip
// metadata under "murnau" (shot id, camera, body, sensor, lens, movement, shot sizes, status).

#include <span>
#include <string>

#include "core/export/shot_list.h"

namespace murnau {

// The .otio text (Timeline.1 with a Stack.1 of one Track.1 of Clip.1s) of `rows`.
[[nodiscard]] std::string otioText(const std::string& timelineName, std::span<const ShotListRow> rows);

} // namespace murnau
