// Exported files go through the atomic replacement, without a backup.

#include "core/export/export_file.h"

#include "core/util/atomic_file.h"

namespace murnau {

Result<bool> writeExportFile(const std::filesystem::path& path, std::string_view bytes)
{
    return replaceFileAtomically(path, bytes, AtomicBackup::None);
}

Result<bool> writeExportFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes)
{
    return writeExportFile(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

} // namespace murnau
