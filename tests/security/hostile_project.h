#pragma once
// A hostile project, made fresh for each test: the demo project with every string a stranger could
// use against the app (paths, URLs, markup, shell and QML look-alikes) and a models folder holding
// links out of the folder, a FIFO, a folder and a device link in the place of model files; a decoy
// folder beside it that nothing may read or write; and one project per model path the loader must
// refuse. docs/untrusted-files.md lists them and what happens to each.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace murnau::security {

// A model set piece the hostile project adds after the demo's own pieces.
struct HostilePiece {
    std::string name;        // the piece's name
    std::string modelPath;   // as written in the project file
    std::string what;        // the attack, for messages: "a link to /dev/zero"
};

// A project the loader must refuse because of one model path.
struct RefusedCase {
    std::filesystem::path file;   // the project file
    std::string modelPath;        // the path it holds, at set.pieces[0].modelPath
    std::string what;             // the attack, for messages
    std::string expectedWords;    // part of the loader's message
};

// Everything makeHostileFixture laid out under one root folder.
struct HostileFixture {
    std::filesystem::path root;          // the fixture's (canonical) folder
    std::filesystem::path projectDir;    // root/project: the project's own folder
    std::filesystem::path projectFile;   // root/project/hostile.murnau (loads, with warnings)
    std::filesystem::path decoyDir;      // root/decoy: beside the project, must stay untouched and unread
    std::filesystem::path fifo;          // the FIFO in a model's place (opening it would block)
    std::filesystem::path sandbox;       // root/sandbox: HOME, XDG_* and TMPDIR for the programs run
    std::size_t firstHostilePiece = 0;   // index in set.pieces of pieces[0]
    std::vector<HostilePiece> pieces;    // the hostile model pieces, in order
    std::vector<RefusedCase> refused;    // the projects that must not load
    std::string title;                   // the project's hostile title
    std::string shotName;                // scenes[0].shots[0].name
    std::string shotId;                  // scenes[0].shots[0].id
    std::string sceneName;               // scenes[0].name
};

// Lays the fixture out under `root` (created; must not exist or be empty), starting from the demo
// project at `demoProject` (its models folder is copied too). Throws std::runtime_error on failure.
[[nodiscard]] HostileFixture makeHostileFixture(const std::filesystem::path& root,
                                                const std::filesystem::path& demoProject);

// One entry of a folder snapshot: what a write would change (type, size, modification time, link).
struct FileRecord {
    std::filesystem::file_type type = std::filesystem::file_type::none;
    std::uintmax_t sizeBytes = 0;          // regular files only
    std::int64_t modifiedNs = 0;           // last write time, nanoseconds of the file clock
    std::string linkTarget;                // symbolic links only
    friend bool operator==(const FileRecord&, const FileRecord&) = default;
};

// Every path under `folder` (links not followed) with its record, keyed by the path relative to it.
[[nodiscard]] std::map<std::string, FileRecord> snapshotFolder(const std::filesystem::path& folder);

// The differences between two snapshots, one line each ("changed: secret.glb"); empty when equal.
[[nodiscard]] std::vector<std::string> snapshotDifferences(const std::map<std::string, FileRecord>& before,
                                                           const std::map<std::string, FileRecord>& after);

// A fresh, empty folder for one test under the system's temporary folder, removed when destroyed.
class ScratchFolder {
public:
    explicit ScratchFolder(const std::string& name);
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace murnau::security
