// The canonical JSON layout of Murnau's files.

#include "core/util/json_writer.h"

#include <algorithm>

namespace murnau::json {

namespace {

std::string scalarText(const Ordered& value)
{
    // Invalid UTF-8 in a name is replaced (U+FFFD) rather than thrown.
    return value.dump(-1, ' ', false, Ordered::error_handler_t::replace);
}

// Pretty-prints with a 2-space indent like nlohmann's dump(2), except that arrays of
// plain values stay on one line.
void write(std::string& out, const Ordered& value, int indent)
{
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    const std::string outer(static_cast<std::size_t>(indent), ' ');
    if (value.is_object()) {
        if (value.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& [name, child] : value.items()) {
            if (!first)
                out += ",\n";
            first = false;
            out += inner + scalarText(Ordered(name)) + ": ";
            write(out, child, indent + 2);
        }
        out += "\n" + outer + "}";
    } else if (value.is_array()) {
        if (value.empty()) {
            out += "[]";
            return;
        }
        const bool flat = std::none_of(value.begin(), value.end(), [](const Ordered& e) { return e.is_structured(); });
        if (flat) {
            out += "[";
            for (std::size_t i = 0; i < value.size(); ++i)
                out += (i == 0 ? "" : ", ") + scalarText(value[i]);
            out += "]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i != 0)
                out += ",\n";
            out += inner;
            write(out, value[i], indent + 2);
        }
        out += "\n" + outer + "]";
    } else {
        out += scalarText(value);
    }
}

} // namespace

std::string formatCanonical(const Ordered& value)
{
    std::string out;
    write(out, value, 0);
    out += "\n";
    return out;
}

Ordered vec3Json(const glm::dvec3& v)
{
    return Ordered::array({v.x, v.y, v.z});
}

} // namespace murnau::json
