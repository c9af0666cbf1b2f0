// libFuzzer target: the .murnau project loader (core/scene/project_json.h: parseProject, which reads
// the set, actors, cameras, scenes, blocking, shots, rigs, rails and curves, migrating format 1),
// and under it the path-tracking JSON parser (core/util/json_reader.h: parseTrackedJson).
// Whatever the bytes, nothing may crash, leak or hit undefined behaviour, and:
//  - parseTrackedJson accepts only what nlohmann's own parser accepts, and builds the same tree
//    (its fast parser and its SAX fallback must agree with the reference);
//  - a project parseProject accepts passes checkProject (core/scene/project_checks.h: the rules
//    edits and saving apply are the rules loading applies);
//  - a project parseProject accepts serialises to text that parses again to an equal Project, and
//    serialising that gives the same text byte for byte (load -> save -> load is lossless).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/scene/project_checks.h"
#include "core/scene/project_json.h"
#include "core/util/json_reader.h"

namespace {

[[noreturn]] void broken(const char* what, const std::string& detail = {})
{
    std::fprintf(stderr, "fuzz_project: %s\n%s\n", what, detail.c_str());
    std::abort();
}

// The tracked parser against nlohmann's parser, on the same limits the loader uses.
void checkJsonTree(std::string_view text)
{
    const auto tracked = murnau::json::parseTrackedJson(text, 64, 11);
    if (!tracked)
        return;
    // allow_exceptions = false: a refusal gives a discarded value.
    const auto reference = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (reference.is_discarded())
        broken("parseTrackedJson accepted text nlohmann refuses");
    if (!(reference == tracked.value()) || reference.dump() != tracked.value().dump())
        broken("parseTrackedJson built another tree than nlohmann", tracked.value().dump() + "\n" + reference.dump());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkJsonTree(text);

    const auto project = murnau::parseProject(text);
    if (!project)
        return 0;
    if (const auto problem = murnau::checkProject(project.value()))
        broken("a loaded project fails checkProject", problem->describe());
    const std::string saved = murnau::serializeProject(project.value());
    const auto again = murnau::parseProject(saved);
    if (!again)
        broken("a saved project does not load again", again.error().describe() + "\n" + saved);
    if (!(again.value() == project.value()))
        broken("a saved and loaded project differs from the one saved", saved);
    const std::string savedAgain = murnau::serializeProject(again.value());
    if (savedAgain != saved)
        broken("saving a loaded project again gives other text", saved + "\n----\n" + savedAgain);
    return 0;
}
