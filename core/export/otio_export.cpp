// STUB (foundation): implemented by the interchange work.
#include "core/export/otio_export.h"

namespace murnau {

std::string otioText(const std::string&, std::span<const ShotListRow>) { return {}; }

} // namespace murnau
