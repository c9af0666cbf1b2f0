#pragma once
// The written form of the files a model refers to (glTF buffer and image URIs, OBJ material
// libraries): checked and decoded before anything is looked up on disk. Used by the glTF and OBJ
// readers (model_file_gltf.h, model_file_obj.h); each function fails through json::failAt, so it
// runs inside json::reading (model_file.h's parseModel).

#include <cstdint>
#include <string>
#include <string_view>

namespace murnau::model_file {

// A URI or path quoted in a message (capped at 200 characters: the file chose it).
[[nodiscard]] std::string quotedText(std::string_view text);

// Checks a relative reference (already percent-decoded for URIs) and returns it: it must be a
// plain path below the model's folder (not empty, no NUL, no '\\', not absolute, no scheme or
// drive, no ".." segment). `field` names where the model writes it, `written` is its text there.
[[nodiscard]] std::string checkedRelativePath(const std::string& field, std::string_view written, std::string_view path);

// A glTF URI: percent-decoded (RFC 3986 section 2.1) and checked as above.
[[nodiscard]] std::string decodedUri(const std::string& field, std::string_view uri);

// The number of bytes a base64 data: URI holds (RFC 2397, RFC 4648 section 4).
[[nodiscard]] std::uint64_t dataUriBytes(const std::string& field, std::string_view uri);

} // namespace murnau::model_file
