// save_loop: the victim of the SIGKILL-during-save test. Loads two projects, prints "ready",
// then saves them alternately (A, B, A, B ...) to one path with core's saveProject until it
// is killed. With --direct it writes the same text with a plain truncating write instead (no
// temporary file, no rename): the test uses that to show its checks do catch a torn file.
//
//   save_loop OUT A.murnau B.murnau [--direct]
// Exit status (only when not killed): 2 bad usage, 1 a project did not load or a save failed.

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/scene/project_json.h"

namespace {

// Writes `text` over `path` in place, the unsafe way.
bool writeDirectly(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    return static_cast<bool>(out);
}

} // namespace

int main(int argc, char* argv[])
{
    const bool direct = argc == 5 && std::strcmp(argv[4], "--direct") == 0;
    if (argc != 4 && !direct) {
        std::fprintf(stderr, "usage: save_loop OUT A.murnau B.murnau [--direct]\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    murnau::Project versions[2];
    std::string texts[2];
    for (int i = 0; i < 2; ++i) {
        murnau::Result<murnau::Project> loaded = murnau::loadProject(argv[2 + i]);
        if (!loaded) {
            std::fprintf(stderr, "save_loop: %s\n", loaded.error().describe().c_str());
            return 1;
        }
        versions[i] = std::move(loaded).value();
        texts[i] = murnau::serializeProject(versions[i]);
    }
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    for (unsigned long long round = 0;; ++round) {
        const int which = static_cast<int>(round % 2);
        if (direct) {
            if (!writeDirectly(out, texts[which])) {
                std::fprintf(stderr, "save_loop: cannot write %s\n", out.c_str());
                return 1;
            }
            continue;
        }
        const murnau::Result<bool> saved = murnau::saveProject(versions[which], out);
        if (!saved) {
            std::fprintf(stderr, "save_loop: %s\n", saved.error().describe().c_str());
            return 1;
        }
    }
}
