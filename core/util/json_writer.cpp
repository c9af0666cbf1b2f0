// The canonical JSON layout of Murnau's files.

#include "core/util/json_writer.h"

#include <algorithm>
#include <cmath>

namespace murnau::json {

namespace {

// Writes a tree in the canonical layout into one string with one nlohmann serializer, so that
// scalars are written in nlohmann's own forms (shortest round-trip numbers, escaped strings)
// without a temporary string per value.
class CanonicalWriter {
public:
    explicit CanonicalWriter(std::string& out)
        : m_out(out),
          // Invalid UTF-8 in a name is replaced (U+FFFD) rather than thrown.
          m_scalars(nlohmann::detail::output_adapter<char>(out), ' ', Ordered::error_handler_t::replace)
    {
    }

    // Pretty-prints with a 2-space indent like nlohmann's dump(2), except that arrays of
    // plain values stay on one line.
    void write(const Ordered& value, std::size_t indent)
    {
        if (value.is_object()) {
            if (value.empty()) {
                m_out += "{}";
                return;
            }
            m_out += "{\n";
            bool first = true;
            for (const auto& [name, child] : value.items()) {
                if (!first)
                    m_out += ",\n";
                first = false;
                m_out.append(indent + 2, ' ');
                writeKey(name);
                m_out += ": ";
                write(child, indent + 2);
            }
            m_out += '\n';
            m_out.append(indent, ' ');
            m_out += '}';
        } else if (value.is_array()) {
            if (value.empty()) {
                m_out += "[]";
                return;
            }
            const bool flat = std::none_of(value.begin(), value.end(), [](const Ordered& e) { return e.is_structured(); });
            if (flat) {
                m_out += '[';
                for (std::size_t i = 0; i < value.size(); ++i) {
                    if (i != 0)
                        m_out += ", ";
                    m_scalars.dump(value[i], false, false, 0);
                }
                m_out += ']';
                return;
            }
            m_out += "[\n";
            for (std::size_t i = 0; i < value.size(); ++i) {
                if (i != 0)
                    m_out += ",\n";
                m_out.append(indent + 2, ' ');
                write(value[i], indent + 2);
            }
            m_out += '\n';
            m_out.append(indent, ' ');
            m_out += ']';
        } else {
            m_scalars.dump(value, false, false, 0);
        }
    }

private:
    // A key as a JSON string: written as it is when nothing in it needs escaping (Murnau's own keys).
    void writeKey(const std::string& name)
    {
        const bool plain = std::all_of(name.begin(), name.end(), [](char c) {
            const auto byte = static_cast<unsigned char>(c);
            return byte >= 0x20U && byte < 0x80U && c != '"' && c != '\\';
        });
        if (plain) {
            m_out += '"';
            m_out += name;
            m_out += '"';
        } else {
            m_scalars.dump(Ordered(name), false, false, 0);
        }
    }

    std::string& m_out;
    nlohmann::detail::serializer<Ordered> m_scalars;
};

} // namespace

std::string formatCanonical(const Ordered& value)
{
    std::string out;
    {
        CanonicalWriter writer(out);
        writer.write(value, 0);
    }
    out += '\n';
    return out;
}

Ordered vec3Json(const glm::dvec3& v)
{
    return Ordered::array({v.x, v.y, v.z});
}

Ordered finiteOrNull(double value)
{
    return std::isfinite(value) ? Ordered(value) : Ordered(nullptr);
}

Ordered finiteOrNull(const std::optional<double>& value)
{
    return value ? finiteOrNull(*value) : Ordered(nullptr);
}

} // namespace murnau::json
