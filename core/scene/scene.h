#pragma once
// A scene of the script: where it plays, the actors' blocking (the action), and the shots
// that cover it in editorial order.

#include <string>
#include <string_view>
#include <vector>

#include "core/scene/blocking.h"
#include "core/scene/shot.h"
#include "core/util/result.h"

namespace murnau {

// Interior or exterior, as in a scene heading.
enum class IntExt { Int, Ext, IntExt };
std::string_view intExtKey(IntExt value) noexcept;            // "INT", "EXT", "INT/EXT"
Result<IntExt> parseIntExt(std::string_view key);             // any case, dots optional, "EXT/INT" and "I/E" too; errors name "intExt"

struct Scene {
    std::string number;                  // scene number: "12", "12A"
    std::string name;                    // "Anna finds the warehouse empty"
    IntExt intExt = IntExt::Int;
    std::string location;                // "WAREHOUSE", "CORRIDOR"
    std::string timeOfDay;               // "DAY", "NIGHT", ...
    std::vector<ActorBlocking> blocking; // at most one per actor; actors without one stand at their Actor position
    std::vector<Shot> shots;             // in editorial order
    friend bool operator==(const Scene&, const Scene&) = default;
};

} // namespace murnau
