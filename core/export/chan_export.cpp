// STUB (foundation): implemented by the interchange work.
#include "core/export/chan_export.h"

namespace murnau {

std::string chanText(const CameraTrack&) { return {}; }
Result<std::vector<std::filesystem::path>> exportChan(std::span<const CameraTrack>, const std::filesystem::path& folder)
{
    return fail(folder.string(), "not built yet");
}

} // namespace murnau
