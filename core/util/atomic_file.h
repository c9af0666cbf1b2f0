#pragma once
// Replacing a file so that a crash or a full disk never leaves it half written.

#include <filesystem>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// Whether a replacement keeps the previous version beside the file as "<path>.bak".
enum class AtomicBackup { Keep, None };

// Writes `text` as the new content of `path`, atomically:
//  1. write it to "<path>.tmp-XXXXXX" in the same directory, flush and fsync;
//  2. with AtomicBackup::Keep, copy the previous file, if any, to "<path>.bak" (overwriting an older backup);
//  3. rename the temporary file over `path`, then fsync the directory.
// If a step fails the temporary file is removed, the old file is left as it was, and the
// error names the file ("not saved: ..."). The new file keeps the old one's permissions (a new
// file gets 0666 minus the umask). Through a symbolic link, the file the link points to is replaced.
Result<bool> replaceFileAtomically(const std::filesystem::path& path, std::string_view text,
                                   AtomicBackup backup = AtomicBackup::Keep);

} // namespace murnau
