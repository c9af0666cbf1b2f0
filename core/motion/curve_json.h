#pragma once
// A keyframe curve in a JSON file (docs/file-format.md, "Curves"):
//   {"extrapolation": "constant", "keys": [{"timeFlicks": 0, "value": 1.5, "interpolation": "bezier",
//     "handleType": "free", "left": [-0.5, 0.0], "right": [0.5, 0.2], "easing": "ease-in-out"}]}
// Key times are exact integers of flicks; handles are [time offset in seconds, value offset].
// "left"/"right" are stored only for free and aligned keys (auto handles are recomputed);
// "easing" for eased keys and for other keys holding a non-linear easing.

#include <optional>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/motion/curve.h"
#include "core/util/json_reader.h"
#include "core/util/result.h"

namespace murnau {

// Reads a curve, its key values checked against `valueRule`. Errors name the place under `path`:
// "<path>.keys[2].timeFlicks: ... keys must be in time order".
Result<Curve> curveFromJson(const nlohmann::json& value, const std::string& path, const json::NumberRule& valueRule);

// The limits a file puts on a curve beyond the Curve's own, for curves made by edits: stored handles
// within +-1,000,000 s and +-1e12 channel units, easing control points within +-1,000,000. Errors
// name the place as curveFromJson would ("<path>.keys[2].right[0]"); nullopt when storable.
std::optional<Error> checkStorableCurve(const Curve& curve, const std::string& path);

// The JSON of a curve, keys in a fixed order (the inverse of curveFromJson).
nlohmann::ordered_json curveToJson(const Curve& curve);

} // namespace murnau
