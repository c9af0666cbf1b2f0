#pragma once
// Writing JSON documents in Murnau's canonical layout, so that saving an unchanged document
// changes no byte: keys in the order they were added, a 2-space indent with one key per line,
// arrays of plain values on one line ("positionM": [7.9, 0.0, 2.6]), numbers in the shortest
// form that reads back to the same double, UTF-8 text unescaped, and a trailing newline.

#include <optional>
#include <string>

#include <glm/vec3.hpp>
#include <nlohmann/json.hpp>

namespace murnau::json {

using Ordered = nlohmann::ordered_json;   // a tree that keeps its keys in insertion order

// The canonical text of `value`, ending in a newline.
std::string formatCanonical(const Ordered& value);

// [x, y, z] as a JSON array.
Ordered vec3Json(const glm::dvec3& v);

// A number, or null when it is infinite or NaN (JSON has neither).
Ordered finiteOrNull(double value);
// The number, or null when absent, infinite or NaN.
Ordered finiteOrNull(const std::optional<double>& value);

} // namespace murnau::json
