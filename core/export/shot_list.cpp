// STUB (foundation): implemented by the shot-list work.
#include "core/export/shot_list.h"

namespace murnau {

std::string_view movementClassLabel(MovementClass) noexcept { return "static"; }
std::string_view cameraAngleLabel(CameraAngle) noexcept { return "eye level"; }

Result<std::vector<ShotListRow>> buildShotList(const Project&, std::span<const ExportShot>)
{
    return fail("shots", "not built yet");
}

} // namespace murnau
