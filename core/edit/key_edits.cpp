#include "core/edit/key_edits.h"

// Foundation stub: the key-editing helper replaces this file (moves the key builders here from
// rig_edits.cpp and implements moveKeys, copyKeys and pasteKeys).

namespace murnau {

Result<Edit> moveKeys(const Project&, std::string_view, std::span<const KeyMove>, std::string_view)
{
    return fail("keys", "not implemented yet");
}

Result<std::vector<CopiedKey>> copyKeys(const Project&, std::string_view, std::span<const KeyRef>)
{
    return fail("keys", "not implemented yet");
}

Result<Edit> pasteKeys(const Project&, std::string_view, std::span<const CopiedKey>, Flicks)
{
    return fail("keys", "not implemented yet");
}

} // namespace murnau
