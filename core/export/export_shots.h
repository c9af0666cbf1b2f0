#pragma once
// Which shots an export covers, and in which order: every shot or the ones named, in editorial
// order (scene by scene, as the scene lists them) or grouped by camera setup within each scene
// (the order a crew shoots in: every shot of setup A1, then A2, ...).

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/util/result.h"

namespace murnau {

// The order of an exported shot list.
enum class ShotOrder {
    Editorial,   // scene order, then the scene's shot order
    BySetup,     // scene order, then setups in order of first appearance, then editorial order within a setup
};
// "editorial", "setup".
[[nodiscard]] std::string_view shotOrderKey(ShotOrder order) noexcept;
// The order a key names ("editorial", "setup"; any case); errors name "order".
Result<ShotOrder> parseShotOrder(std::string_view key);

// One exported shot with its scene and their places in the project.
struct ExportShot {
    const Scene* scene = nullptr;   // points into the Project
    const Shot* shot = nullptr;     // points into the Project
    std::size_t sceneIndex = 0;     // index in Project::scenes
    std::size_t shotIndex = 0;      // index in Scene::shots
    std::string sceneField;         // "scenes[0]", for messages
    std::string shotField;          // "scenes[0].shots[2]", for messages
};

// The shots `keys` name (shot ids such as "sh-0007", or shot numbers such as "1A" when only one
// shot has that number), or every shot when `keys` is empty, in `order`. A key naming no shot,
// or a number shared by shots of several scenes, is an error naming "shots". A shot named twice
// is exported once.
Result<std::vector<ExportShot>> selectExportShots(const Project& project, std::span<const std::string> keys = {},
                                                  ShotOrder order = ShotOrder::Editorial);

// Splits a comma-separated list ("sh-0001,1A, 2") into its trimmed, non-empty keys.
[[nodiscard]] std::vector<std::string> splitShotKeys(std::string_view list);

} // namespace murnau
