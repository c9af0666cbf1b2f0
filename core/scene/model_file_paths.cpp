// The written form of a model's references: URIs and paths checked and decoded.

#include "core/scene/model_file_paths.h"

#include <algorithm>

#include "core/util/hex_digit.h"
#include "core/util/json_reader.h"

namespace murnau::model_file {

using json::failAt;
using json::truncated;

std::string quotedText(std::string_view text)
{
    return "'" + truncated(std::string(text), 200) + "'";
}

std::string checkedRelativePath(const std::string& field, std::string_view written, std::string_view path)
{
    if (path.empty())
        failAt(field, "is empty");
    if (path.find('\0') != std::string_view::npos)
        failAt(field, quotedText(written) + " contains a NUL byte");
    if (path.find('\\') != std::string_view::npos)
        failAt(field, quotedText(written) + " contains '\\': use '/' between folders");
    if (path.front() == '/')
        failAt(field, quotedText(written) + " is an absolute path and leaves the project's folder; "
                                        "copy the file beside the model and refer to it by its name");
    if (path.find(':') != std::string_view::npos)
        failAt(field, quotedText(written) + " names a scheme or a drive (':'); only files beside the model "
                                        "and data: URIs are read");
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        if (path.substr(start, slash - start) == "..")
            failAt(field, quotedText(written) + " leaves the project's folder (\"..\"); copy the file beside the model");
        start = slash + 1;
    }
    return std::string(path);
}

std::string decodedUri(const std::string& field, std::string_view uri)
{
    if (uri.find_first_of("?#") != std::string_view::npos)
        failAt(field, quotedText(uri) + " has a query or fragment ('?', '#'); expected a plain relative path");
    std::string decoded;
    decoded.reserve(uri.size());
    for (std::size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] != '%') {
            decoded += uri[i];
            continue;
        }
        const int high = i + 2 < uri.size() ? hexDigitValue(uri[i + 1]) : -1;
        const int low = i + 2 < uri.size() ? hexDigitValue(uri[i + 2]) : -1;
        if (high < 0 || low < 0)
            failAt(field, quotedText(uri) + " has a malformed percent escape at byte " + std::to_string(i));
        decoded += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return checkedRelativePath(field, uri, decoded);
}

std::uint64_t dataUriBytes(const std::string& field, std::string_view uri)
{
    const std::size_t comma = uri.find(',');
    if (comma == std::string_view::npos)
        failAt(field, "data: URI without ','");
    const std::string_view header = uri.substr(0, comma);
    const std::string_view payload = uri.substr(comma + 1);
    if (header.size() < 7 || header.substr(header.size() - 7) != ";base64")
        failAt(field, "data: URI is not base64 (expected \"data:<type>;base64,<data>\")");
    std::size_t padding = 0;   // '=' at the end, at most 2
    while (padding < 2 && padding < payload.size() && payload[payload.size() - 1 - padding] == '=')
        ++padding;
    for (std::size_t i = 0; i + padding < payload.size(); ++i) {
        const char c = payload[i];
        const bool digit = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!digit)
            failAt(field, "data: URI has a character that is not base64 at byte " + std::to_string(comma + 1 + i));
    }
    if (payload.size() % 4 != 0)
        failAt(field, "data: URI's base64 length " + std::to_string(payload.size()) + " is not a multiple of 4");
    return payload.size() / 4 * 3 - padding;
}

} // namespace murnau::model_file
