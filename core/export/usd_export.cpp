// STUB (foundation): implemented by the interchange work.
#include "core/export/usd_export.h"

namespace murnau {

std::string usdaText(const Project&, std::span<const CameraTrack>) { return {}; }

} // namespace murnau
