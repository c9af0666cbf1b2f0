// The hostile project fixture (see hostile_project.h).

#include "hostile_project.h"

#include <algorithm>
#include <chrono>
#include <fstream>
#include <stdexcept>
#include <system_error>
#include <tuple>

#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

namespace murnau::security {

namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
    if (!out)
        throw std::runtime_error("cannot write " + path.string());
}

void writeJson(const fs::path& path, const nlohmann::json& json)
{
    writeFile(path, json.dump(2) + "\n");
}

// A glTF 2.0 file whose buffer and image point out of its folder and onto the network: the model
// file check (core/scene/model_file) refuses such a file before Qt's loader sees it.
std::string escapingGltf(const fs::path& decoyDir)
{
    nlohmann::json gltf = {
        {"asset", {{"version", "2.0"}}},
        {"buffers", {{{"uri", "../../decoy/secret.bin"}, {"byteLength", 36}}}},
        {"bufferViews", {{{"buffer", 0}, {"byteOffset", 0}, {"byteLength", 36}}}},
        {"accessors", {{{"bufferView", 0}, {"componentType", 5126}, {"count", 3}, {"type", "VEC3"},
                        {"min", {0, 0, 0}}, {"max", {1, 1, 0}}}}},
        {"images", {{{"uri", "http://127.0.0.1:9/texture.png"}}, {{"uri", "file://" + (decoyDir / "beacon.png").string()}}}},
        {"textures", {{{"source", 0}}, {{"source", 1}}}},
        {"materials", {{{"pbrMetallicRoughness", {{"baseColorTexture", {{"index", 0}}}}}}}},
        {"meshes", {{{"primitives", {{{"attributes", {{"POSITION", 0}}}, {"material", 0}}}}}}},
        {"nodes", {{{"mesh", 0}}}},
        {"scenes", {{{"nodes", {0}}}}},
        {"scene", 0},
    };
    return gltf.dump(2) + "\n";
}

} // namespace

HostileFixture makeHostileFixture(const fs::path& root, const fs::path& demoProject)
{
    HostileFixture f;
    fs::create_directories(root);
    f.root = fs::canonical(root);
    f.projectDir = f.root / "project";
    f.projectFile = f.projectDir / "hostile.murnau";
    f.decoyDir = f.root / "decoy";
    f.sandbox = f.root / "sandbox";
    for (const char* folder : {"home", "config", "state", "cache", "runtime", "tmp", "out"})
        fs::create_directories(f.sandbox / folder);
    fs::permissions(f.sandbox / "runtime", fs::perms::owner_all);   // XDG_RUNTIME_DIR must be 0700

    // The decoy: what a path leaving the project would reach. Nothing may read or change it.
    fs::create_directories(f.decoyDir / "library");
    writeFile(f.decoyDir / "secret.glb", "glTF decoy: nothing may read this\n");
    writeFile(f.decoyDir / "secret.bin", std::string(36, '\0'));
    writeFile(f.decoyDir / "beacon.png", "\x89PNG decoy\n");
    writeFile(f.decoyDir / "library" / "tree.obj", "v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");

    // The project's folder: the demo's models, then the traps in the place of model files.
    fs::create_directories(f.projectDir);
    fs::copy(demoProject.parent_path() / "models", f.projectDir / "models", fs::copy_options::recursive);
    fs::create_symlink("../../decoy/secret.glb", f.projectDir / "models" / "outside.glb");
    fs::create_symlink("/dev/zero", f.projectDir / "models" / "zero.glb");
    f.fifo = f.projectDir / "models" / "pipe.glb";
    if (::mkfifo(f.fifo.c_str(), 0600) != 0)
        throw std::runtime_error("cannot make the FIFO " + f.fifo.string());
    fs::create_directories(f.projectDir / "models" / "folder.glb");
    fs::create_symlink("../decoy/library", f.projectDir / "library");
    writeFile(f.projectDir / "models" / "escape.gltf", escapingGltf(f.decoyDir));

    const std::string longFolder(240, 'd');
    f.pieces = {
        {"Link out of the folder", "models/outside.glb", "a link to ../../decoy/secret.glb"},
        {"Link to a device", "models/zero.glb", "a link to /dev/zero"},
        {"<img src=\"file://" + f.fifo.string() + "\">", "models/pipe.glb", "a FIFO (and markup in the name)"},
        {"A folder", "models/folder.glb", "a folder named like a model"},
        {"Folder link out", "library/tree.obj", "a folder link to ../decoy/library"},
        {"Percent dots", "%2e%2e/decoy/secret.glb", "URL-encoded dots"},
        {"Home tilde", "~/secret.glb", "a home folder tilde"},
        {"URL-like name", "http:x.glb", "a scheme-like name"},
        {"Query and fragment", "models/x.glb?y=..%2f#.glb", "URL query and fragment characters"},
        {"Long path", longFolder + "/" + longFolder + "/" + longFolder + "/" + longFolder + "/x.glb",
         "a 969-byte path"},
        {"Escaping glTF", "models/escape.gltf", "a glTF whose buffer and images leave the folder"},
    };

    std::ifstream demoIn(demoProject);
    nlohmann::json project = nlohmann::json::parse(demoIn);
    f.title = "../../../../tmp/murnau-evil/<img src=\"http://127.0.0.1:9/title.png\">";
    f.shotName = "<img src=\"http://127.0.0.1:9/shot.png\"> $(touch /tmp/murnau-pwned) `id` ${HOME}";
    f.shotId = "../../x?y#z";
    f.sceneName = "<img src=\"file://" + (f.decoyDir / "beacon.png").string() + "\"> \"); Qt.quit(); //";
    project["title"] = f.title;
    nlohmann::json& scene = project["scenes"][0];
    scene["name"] = f.sceneName;
    scene["number"] = "/etc/passwd";
    nlohmann::json& shot = scene["shots"][0];
    shot["name"] = f.shotName;
    shot["number"] = "../../1A";
    shot["id"] = f.shotId;
    shot["description"] = "<img src=\"file://" + f.fifo.string() + "\"> import QtQuick; Item { Component.onCompleted: Qt.quit() }";
    nlohmann::json& pieces = project["set"]["pieces"];
    const nlohmann::json modelTemplate = *std::find_if(pieces.begin(), pieces.end(), [](const nlohmann::json& p) {
        return p["shape"] == "model";
    });
    f.firstHostilePiece = pieces.size();
    for (const HostilePiece& hostile : f.pieces) {
        nlohmann::json piece = modelTemplate;
        piece["name"] = hostile.name;
        piece["modelPath"] = hostile.modelPath;
        pieces.push_back(std::move(piece));
    }
    writeJson(f.projectFile, project);

    // One project per model path the loader refuses: the path at set.pieces[0].modelPath.
    const std::string empty = "no empty or \".\" folders";
    const std::string absolute = "not an absolute path";
    const std::string leaves = "must not leave the project's folder";
    const std::string backslash = "must separate folders with '/'";
    const std::string type = "expected a glTF (.gltf, .glb) or OBJ (.obj) file";
    const std::vector<std::tuple<std::string, std::string, std::string>> refused = {
        {"/etc/passwd.glb", "an absolute path", absolute},
        {"../decoy/secret.glb", "a parent folder", leaves},
        {"models/../../decoy/secret.glb", "a parent folder inside the path", leaves},
        {"C:\\Windows\\x.glb", "a Windows path", backslash},
        {"C:/Windows/x.glb", "a Windows drive", absolute},
        {"\\\\server\\share\\x.glb", "a Windows share", backslash},
        {"//server/share/x.glb", "a network path", absolute},
        {"file:///etc/passwd.glb", "a file URL", empty},
        {"http://127.0.0.1:9/x.glb", "an http URL", empty},
        {std::string("models/a\0b.glb", 14), "a NUL byte", "must not contain control characters"},
        {"models/x.glb\n", "a newline", "must not contain control characters"},
        {std::string(1021, 'a') + ".glb", "a 1025-byte path", "longer than 1024 bytes"},
        {"models/./x.glb", "a '.' folder", empty},
        {"models//x.glb", "an empty folder", empty},
        {"models/x.glb/", "a trailing '/'", empty},
        {"models/x.qml", "a QML file", type},
        {"models/x.so", "a shared library", type},
        {"", "an empty path", "got an empty string"},
    };
    for (std::size_t i = 0; i < refused.size(); ++i) {
        const auto& [path, what, words] = refused[i];
        nlohmann::json copy = project;
        nlohmann::json piece = modelTemplate;
        piece["modelPath"] = path;
        copy["set"]["pieces"] = nlohmann::json::array({piece});
        RefusedCase refusedCase{f.projectDir / ("refused-" + std::to_string(i) + ".murnau"), path, what, words};
        writeJson(refusedCase.file, copy);
        f.refused.push_back(std::move(refusedCase));
    }
    return f;
}

std::map<std::string, FileRecord> snapshotFolder(const fs::path& folder)
{
    std::map<std::string, FileRecord> records;
    for (auto it = fs::recursive_directory_iterator(folder); it != fs::recursive_directory_iterator(); ++it) {
        struct stat info {};
        if (::lstat(it->path().c_str(), &info) != 0)
            throw std::runtime_error("cannot stat " + it->path().string());
        FileRecord record;
        record.type = it->symlink_status().type();
        record.sizeBytes = S_ISREG(info.st_mode) ? static_cast<std::uintmax_t>(info.st_size) : 0;
        record.modifiedNs = static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
        if (record.type == fs::file_type::symlink)
            record.linkTarget = fs::read_symlink(it->path()).string();
        records.emplace(it->path().lexically_relative(folder).string(), record);
    }
    return records;
}

std::vector<std::string> snapshotDifferences(const std::map<std::string, FileRecord>& before,
                                             const std::map<std::string, FileRecord>& after)
{
    std::vector<std::string> lines;
    for (const auto& [path, record] : before) {
        const auto found = after.find(path);
        if (found == after.end())
            lines.push_back("removed: " + path);
        else if (!(found->second == record))
            lines.push_back("changed: " + path);
    }
    for (const auto& [path, record] : after) {
        if (before.find(path) == before.end())
            lines.push_back("added: " + path);
    }
    return lines;
}

ScratchFolder::ScratchFolder(const std::string& name)
    : m_path(fs::temp_directory_path() / ("murnau-security-" + name + "-" + std::to_string(::getpid())))
{
    fs::remove_all(m_path);
    fs::create_directories(m_path);
}

ScratchFolder::~ScratchFolder()
{
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

} // namespace murnau::security
