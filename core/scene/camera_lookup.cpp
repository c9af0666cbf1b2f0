// Camera setups by name (camera_lookup.h).

#include "core/scene/camera_lookup.h"

namespace murnau {

const CameraSetup* findCamera(const Project& project, std::string_view name) noexcept
{
    for (const CameraSetup& camera : project.cameras)
        if (camera.name == name)
            return &camera;
    return nullptr;
}

} // namespace murnau
