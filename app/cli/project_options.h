#pragma once
// What sample and report share: the PROJECT operand read through core's loader, and the
// --shot option choosing which of its shots to work on (every shot, in scene and editorial
// order, when it is not given).

#include <optional>
#include <string>
#include <vector>

#include "app/cli/arguments.h"
#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/scene/shot.h"
#include "core/util/result.h"

namespace murnau::cli {

inline constexpr std::string_view kProjectOperand = "PROJECT";
inline constexpr OptionSpec kShotOption{"--shot", "ID", "only the shot with this id (default: every shot, in scene order)"};

// One shot of a project with its scene and their places in the file ("scenes[0].shots[2]").
struct ShotInProject {
    const Scene* scene = nullptr;   // the scene holding the shot (points into the Project)
    const Shot* shot = nullptr;     // the shot (points into the Project)
    std::string sceneField;         // "scenes[0]", for messages
    std::string shotField;          // "scenes[0].shots[2]", for messages
};

// Loads the PROJECT operand with loadProject(); a missing operand names PROJECT, an unreadable
// or invalid file gives the loader's error unchanged.
Result<Project> readProjectOperand(const Arguments& arguments);

// The shots --shot selects from `project`: the one with that id, or every shot. An unknown id
// is an error naming --shot and listing the project's ids.
Result<std::vector<ShotInProject>> selectShots(const Project& project, const Arguments& arguments);

} // namespace murnau::cli
