#pragma once
// Replacing a file so that a crash or a full disk never leaves it half written.

#include <filesystem>
#include <string_view>

#include "core/util/result.h"

namespace murnau {

// Whether a replacement keeps the previous version beside the file as "<path>.bak".
enum class AtomicBackup { Keep, None };

// Writes `text` as the new content of `path`, atomically (docs/crash-safety.md):
//  0. remove temporary files a killed earlier replacement of `path` left (removeStaleTemporaries);
//  1. write it to "<path>.tmp-XXXXXX" in the same directory (created exclusively and held under
//     an flock while in use), flush and fsync;
//  2. with AtomicBackup::Keep, copy the previous file, if any, to "<path>.bak.tmp-XXXXXX", fsync
//     it and rename it over "<path>.bak" (so the backup, too, is always a whole version);
//  3. rename the temporary file over `path`, then fsync the directory.
// A process killed at any instant leaves `path` (and "<path>.bak") as the old or the new
// version, never a mix. If a step fails the temporary file is removed, the old file is left as
// it was, and the error names the file ("not saved: ..."). The new file keeps the old one's
// permissions (a new file gets 0666 minus the umask). Through a symbolic link, the file the link
// points to is replaced.
Result<bool> replaceFileAtomically(const std::filesystem::path& path, std::string_view text,
                                   AtomicBackup backup = AtomicBackup::Keep);

// Removes "<path>.tmp-XXXXXX" and "<path>.bak.tmp-XXXXXX" files that replacements of `path`
// left when their process died (killed, power cut). A temporary file a live replacement (in
// any process) is still writing is held under an flock and is left alone. Returns how many
// were removed. replaceFileAtomically calls it first; it is public for callers that clean up
// after a dead session (the autosave's recovery files).
int removeStaleTemporaries(const std::filesystem::path& path);

} // namespace murnau
