#pragma once
// A camera rig in a JSON file (docs/file-format.md, "Rigs"): its rail (or straight track),
// aim and focus, and one curve per animated channel, keyed by the channel's file key:
//   {"rail": null, "originM": [0, 0, 0], "headingDeg": 0.0, "aim": "free", "aimActor": null,
//    "focusActor": "Anna", "channels": {"dollyM": {curve}, "focalLengthMm": {curve}}}
// "holdFrameFraction" (after "aimActor") is optional, 0.5 when absent, and written only with
// "aim": "holdFraming" or when it is not 0.5.
// A channel without keys is left out ("absent = empty") unless its extrapolation is linear.
// Actor names are read here but checked against the project by the scene reader.

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/rig/camera_rig.h"
#include "core/util/json_reader.h"
#include "core/util/result.h"

namespace murnau {

// How a channel's key values are checked and described: "expected a number of millimetres
// between 1 and 2000, got -35".
json::NumberRule rigChannelRule(const RigChannelInfo& info) noexcept;

// Reads a rail: {"kind": "catmullRom", "pointsM": [...]} or {"kind": "bezier", "points": [...]}.
// Errors name the place under `path` ("<path>.pointsM[3]: same position as ...").
Result<RailPath> railFromJson(const nlohmann::json& value, const std::string& path);

// Reads a rig, checked by checkCameraRig. Errors name the place under `path`
// ("<path>.channels.focalLengthMm.keys[1].value: ...").
Result<CameraRig> rigFromJson(const nlohmann::json& value, const std::string& path);

// The JSON of a rail and of a rig, keys in a fixed order.
nlohmann::ordered_json railToJson(const RailPath& rail);
nlohmann::ordered_json rigToJson(const CameraRig& rig);

} // namespace murnau
