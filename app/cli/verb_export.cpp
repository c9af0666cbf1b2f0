// murnau-cli export: a project's shots handed on: the shot list (CSV, JSON, PDF) and the focus
// puller's marks (CSV, PDF) for the crew, the camera as glTF/GLB, Nuke .chan, USD and
// OpenTimelineIO for the next tools. Everything but the PDFs is written by core; the PDFs are
// painted by the Murnau app (its renderer draws the frames), which this verb runs headless.

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "app/cli/app_process.h"
#include "app/cli/project_options.h"
#include "app/cli/verbs.h"
#include "core/export/camera_track.h"
#include "core/export/chan_export.h"
#include "core/export/export_file.h"
#include "core/export/export_shots.h"
#include "core/export/gltf_export.h"
#include "core/export/otio_export.h"
#include "core/export/shot_list.h"
#include "core/export/shot_list_files.h"
#include "core/export/usd_export.h"

namespace murnau::cli {

namespace {

constexpr OptionSpec kShotListOption{"--shot-list", "FILE", "the shot list: FILE.csv, FILE.json or FILE.pdf"};
constexpr OptionSpec kFocusMarksOption{"--focus-marks", "FILE", "the focus puller's marks: FILE.csv or FILE.pdf"};
constexpr OptionSpec kGltfOption{"--gltf", "FILE", "set, actors and shot cameras: FILE.gltf (+ FILE.bin) or FILE.glb"};
constexpr OptionSpec kChanOption{"--chan", "DIR", "one Nuke .chan file per shot in DIR (created if missing)"};
constexpr OptionSpec kUsdOption{"--usd", "FILE", "the shot cameras as USD: FILE.usda"};
constexpr OptionSpec kOtioOption{"--otio", "FILE", "the shots as an OpenTimelineIO timeline: FILE.otio"};
constexpr OptionSpec kShotsOption{"--shots", "LIST",
                                  "only these shots: ids or shot numbers, comma-separated (default: every shot)"};
constexpr OptionSpec kOrderOption{"--order", "ORDER",
                                  "editorial (default) or setup: shots grouped by camera setup within a scene"};
constexpr OptionSpec kPageSizeOption{"--page-size", "SIZE", "PDF page: A4 (default) or Letter, landscape"};
constexpr OptionSpec kHalfPageOption{"--half-page", "", "PDF: two shots to a page instead of one"};

constexpr std::array<OptionSpec, 10> kOptions{kShotListOption, kFocusMarksOption, kGltfOption, kChanOption,
                                              kUsdOption,      kOtioOption,       kShotsOption, kOrderOption,
                                              kPageSizeOption, kHalfPageOption};

// The lower-case extension of `path` without the dot ("csv").
std::string extensionOf(const std::filesystem::path& path)
{
    std::string extension = path.extension().string();
    if (!extension.empty())
        extension.erase(0, 1);
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

// A file option's path, checked: one of `extensions`, in a folder that exists.
Result<std::filesystem::path> outputFile(std::string_view text, const OptionSpec& option,
                                         std::initializer_list<std::string_view> extensions)
{
    const std::filesystem::path path(text);
    const std::string extension = extensionOf(path);
    bool known = false;
    std::string names;
    for (const std::string_view wanted : extensions) {
        known = known || extension == wanted;
        names += fmt::format("{}.{}", names.empty() ? "" : " or ", wanted);
    }
    if (!known)
        return fail(std::string(option.name), fmt::format("must end in {}, got \"{}\"", names, text));
    std::error_code error;
    const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
    if (!std::filesystem::is_directory(folder, error))
        return fail(std::string(option.name), fmt::format("the folder {} does not exist", folder.string()));
    if (std::filesystem::is_directory(path, error))
        return fail(std::string(option.name), fmt::format("{} is a folder, not a file", path.string()));
    return path;
}

// One file (or folder) written, for the output.
struct Written {
    std::string kind;                  // "shot-list-csv", "gltf", "chan", ...
    std::vector<std::string> paths;    // the files written
    double seconds = 0.0;              // wall time to build and write
};

std::uintmax_t sizeOf(const std::string& path)
{
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    return error ? 0 : size;
}

// Runs the app headless to paint a PDF (`appFlag` is its export flag).
Result<bool> renderPdf(const std::string& appFlag, const std::filesystem::path& out, const Arguments& arguments,
                       const std::string& option, bool needsRenderer)
{
    const Result<std::filesystem::path> app = findAppBinary(option);
    if (!app)
        return app.error();
    if (needsRenderer && !hasDisplay())
        return fail(option, "the shot list PDF's frames are rendered with OpenGL and need a display; on a "
                            "headless machine run this under a virtual X server: xvfb-run -a murnau-cli export ...");
    if (!needsRenderer && !hasDisplay())
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);   // text only: no window system needed
    std::vector<std::string> words{appFlag, out.string()};
    for (const OptionSpec* passOn : {&kShotsOption, &kOrderOption, &kPageSizeOption}) {
        if (const auto value = arguments.value(passOn->name)) {
            words.emplace_back(passOn->name);
            words.emplace_back(*value);
        }
    }
    if (arguments.has(kHalfPageOption.name))
        words.emplace_back(kHalfPageOption.name);
    const Result<std::string> project = arguments.operand();
    if (!project)
        return project.error();
    words.push_back(*project);
    spdlog::debug("running {} {}", app->string(), fmt::join(words, " "));
    const Result<int> status = runAndWait(*app, words, option);
    if (!status)
        return status.error();
    if (*status != 0)
        return fail(option, fmt::format("the murnau app could not write {} (exit status {}; its message is above)",
                                        out.string(), *status));
    return true;
}

Result<VerbOutput> runExport(const Arguments& arguments)
{
    bool anyTarget = false;
    for (const OptionSpec* target : {&kShotListOption, &kFocusMarksOption, &kGltfOption, &kChanOption, &kUsdOption,
                                     &kOtioOption})
        anyTarget = anyTarget || arguments.has(target->name);
    if (!anyTarget)
        return fail("export", "say what to write: --shot-list, --focus-marks, --gltf, --chan, --usd or --otio");

    ShotOrder order = ShotOrder::Editorial;
    if (const auto text = arguments.value(kOrderOption.name)) {
        const Result<ShotOrder> parsed = parseShotOrder(*text);
        if (!parsed)
            return fail(std::string(kOrderOption.name), parsed.error().message);
        order = *parsed;
    }
    if (const auto size = arguments.value(kPageSizeOption.name); size && *size != "A4" && *size != "a4"
                                                                  && *size != "Letter" && *size != "letter")
        return fail(std::string(kPageSizeOption.name), fmt::format("must be A4 or Letter, got \"{}\"", *size));

    // Every target is checked before anything is written.
    std::optional<std::filesystem::path> shotList, focusMarks, gltf, usd, otio, chanFolder;
    if (const auto text = arguments.value(kShotListOption.name)) {
        const auto path = outputFile(*text, kShotListOption, {"csv", "json", "pdf"});
        if (!path)
            return path.error();
        shotList = *path;
    }
    if (const auto text = arguments.value(kFocusMarksOption.name)) {
        const auto path = outputFile(*text, kFocusMarksOption, {"csv", "pdf"});
        if (!path)
            return path.error();
        focusMarks = *path;
    }
    if (const auto text = arguments.value(kGltfOption.name)) {
        const auto path = outputFile(*text, kGltfOption, {"gltf", "glb"});
        if (!path)
            return path.error();
        gltf = *path;
    }
    if (const auto text = arguments.value(kUsdOption.name)) {
        const auto path = outputFile(*text, kUsdOption, {"usda"});
        if (!path)
            return path.error();
        usd = *path;
    }
    if (const auto text = arguments.value(kOtioOption.name)) {
        const auto path = outputFile(*text, kOtioOption, {"otio"});
        if (!path)
            return path.error();
        otio = *path;
    }
    if (const auto text = arguments.value(kChanOption.name)) {
        std::error_code error;
        if (std::filesystem::exists(*text, error) && !std::filesystem::is_directory(*text, error))
            return fail(std::string(kChanOption.name), fmt::format("{} is a file, not a folder", *text));
        chanFolder = std::filesystem::path(*text);
    }

    const Result<Project> project = readProjectOperand(arguments);
    if (!project)
        return project.error();
    const std::vector<std::string> keys = splitShotKeys(arguments.value(kShotsOption.name).value_or(""));
    if (arguments.has(kShotsOption.name) && keys.empty())
        return fail(std::string(kShotsOption.name), "names no shot: give ids or shot numbers, comma-separated");
    const Result<std::vector<ExportShot>> shots = selectExportShots(*project, keys, order);
    if (!shots) {
        Error error = shots.error();
        error.field = std::string(kShotsOption.name);
        return error;
    }
    if (shots->empty())
        return fail("PROJECT", "the project has no shots to export");

    std::vector<Written> written;
    using Clock = std::chrono::steady_clock;
    // Runs one export and records its files and time; `write` returns the paths it wrote.
    const auto timed = [&](std::string kind, const std::function<Result<std::vector<std::string>>()>& write)
        -> Result<bool> {
        const Clock::time_point start = Clock::now();
        Result<std::vector<std::string>> paths = write();
        if (!paths)
            return paths.error();
        written.push_back({std::move(kind), std::move(paths).value(),
                           std::chrono::duration<double>(Clock::now() - start).count()});
        return true;
    };
    // A core error while writing is reported under the option that asked for the file.
    const auto under = [](const OptionSpec& option, const Error& error) {
        return fail(std::string(option.name), error.field.empty() ? error.message
                                                                  : fmt::format("{}: {}", error.field, error.message));
    };

    // The rows and the sampled cameras are built once, when a target needs them.
    std::optional<std::vector<ShotListRow>> rows;
    const auto needRows = [&](const OptionSpec& option) -> Result<bool> {
        if (rows)
            return true;
        Result<std::vector<ShotListRow>> built = buildShotList(*project, *shots);
        if (!built)
            return under(option, built.error());
        rows = std::move(built).value();
        return true;
    };
    std::optional<std::vector<CameraTrack>> tracks;
    const auto needTracks = [&](const OptionSpec& option) -> Result<bool> {
        if (tracks)
            return true;
        Result<std::vector<CameraTrack>> sampled = sampleCameraTracks(*project, *shots);
        if (!sampled)
            return under(option, sampled.error());
        tracks = std::move(sampled).value();
        return true;
    };
    const auto writeText = [&](const OptionSpec& option, const std::filesystem::path& path,
                               const std::string& text) -> Result<std::vector<std::string>> {
        const Result<bool> done = writeExportFile(path, text);
        if (!done)
            return under(option, done.error());
        return std::vector<std::string>{path.string()};
    };

    if (shotList) {
        const std::string extension = extensionOf(*shotList);
        const Result<bool> done = timed("shot-list-" + extension, [&]() -> Result<std::vector<std::string>> {
            if (extension == "pdf") {
                const Result<bool> pdf = renderPdf("--export-shot-list", *shotList, arguments,
                                                   std::string(kShotListOption.name), true);
                if (!pdf)
                    return pdf.error();
                return std::vector<std::string>{shotList->string()};
            }
            if (const Result<bool> ready = needRows(kShotListOption); !ready)
                return ready.error();
            return writeText(kShotListOption, *shotList,
                             extension == "csv" ? shotListCsv(*rows) : shotListJson(project->title, *rows).dump(2) + "\n");
        });
        if (!done)
            return done.error();
    }
    if (focusMarks) {
        const std::string extension = extensionOf(*focusMarks);
        const Result<bool> done = timed("focus-marks-" + extension, [&]() -> Result<std::vector<std::string>> {
            if (extension == "pdf") {
                const Result<bool> pdf = renderPdf("--export-focus-marks", *focusMarks, arguments,
                                                   std::string(kFocusMarksOption.name), false);
                if (!pdf)
                    return pdf.error();
                return std::vector<std::string>{focusMarks->string()};
            }
            if (const Result<bool> ready = needRows(kFocusMarksOption); !ready)
                return ready.error();
            return writeText(kFocusMarksOption, *focusMarks, focusMarksCsv(*rows));
        });
        if (!done)
            return done.error();
    }
    if (gltf) {
        const Result<bool> done = timed(extensionOf(*gltf), [&]() -> Result<std::vector<std::string>> {
            if (const Result<bool> ready = needTracks(kGltfOption); !ready)
                return ready.error();
            const Result<bool> exported = exportGltf(*project, *tracks, *gltf);
            if (!exported)
                return under(kGltfOption, exported.error());
            std::vector<std::string> paths{gltf->string()};
            if (extensionOf(*gltf) == "gltf")
                paths.push_back(std::filesystem::path(*gltf).replace_extension(".bin").string());
            return paths;
        });
        if (!done)
            return done.error();
    }
    if (chanFolder) {
        const Result<bool> done = timed("chan", [&]() -> Result<std::vector<std::string>> {
            if (const Result<bool> ready = needTracks(kChanOption); !ready)
                return ready.error();
            const Result<std::vector<std::filesystem::path>> files = exportChan(*tracks, *chanFolder);
            if (!files)
                return under(kChanOption, files.error());
            std::vector<std::string> paths;
            for (const std::filesystem::path& file : *files)
                paths.push_back(file.string());
            return paths;
        });
        if (!done)
            return done.error();
    }
    if (usd) {
        const Result<bool> done = timed("usda", [&]() -> Result<std::vector<std::string>> {
            if (const Result<bool> ready = needTracks(kUsdOption); !ready)
                return ready.error();
            const Result<bool> exported = exportUsda(*project, *tracks, *usd);
            if (!exported)
                return under(kUsdOption, exported.error());
            return std::vector<std::string>{usd->string()};
        });
        if (!done)
            return done.error();
    }
    if (otio) {
        const Result<bool> done = timed("otio", [&]() -> Result<std::vector<std::string>> {
            if (const Result<bool> ready = needRows(kOtioOption); !ready)
                return ready.error();
            const Result<bool> exported = exportOtio(project->title, *rows, *otio);
            if (!exported)
                return under(kOtioOption, exported.error());
            return std::vector<std::string>{otio->string()};
        });
        if (!done)
            return done.error();
    }

    VerbOutput output;
    output.json["shots"] = shots->size();
    output.json["order"] = std::string(shotOrderKey(order));
    output.json["files"] = nlohmann::ordered_json::array();
    output.text = fmt::format("Exported {} shot{} ({} order):\n", shots->size(), shots->size() == 1 ? "" : "s",
                              shotOrderKey(order));
    for (const Written& item : written) {
        nlohmann::ordered_json paths = nlohmann::ordered_json::array();
        std::uintmax_t bytes = 0;
        for (const std::string& path : item.paths) {
            paths.push_back(path);
            bytes += sizeOf(path);
        }
        output.json["files"].push_back(
            {{"kind", item.kind}, {"paths", paths}, {"bytes", bytes}, {"seconds", item.seconds}});
        output.text += fmt::format("  {:<16} {} ({} file{}, {} bytes, {:.3f} s)\n", item.kind,
                                   item.paths.size() == 1 ? item.paths.front() : item.paths.empty() ? std::string("-")
                                                                                                     : fmt::format("{} ...", item.paths.front()),
                                   item.paths.size(), item.paths.size() == 1 ? "" : "s", bytes, item.seconds);
    }
    return output;
}

} // namespace

const Verb& exportVerb() noexcept
{
    static const Verb verb{
        "export",
        "shot list (CSV, JSON, PDF), focus marks, and the camera as glTF, Nuke .chan, USD, OTIO",
        "export PROJECT [--shot-list FILE] [--focus-marks FILE] [--gltf FILE] [--chan DIR] [--usd FILE]\n"
        "       [--otio FILE] [--shots LIST] [--order editorial|setup] [--page-size A4|Letter] [--half-page]",
        "Writes one or more exports of the project's shots (all, or those --shots names), each file\n"
        "atomically (a failed export leaves no half-written file). The format follows the extension:\n"
        "  --shot-list   .csv (UTF-8, header row, RFC 4180), .json, or .pdf (the table, then a page per\n"
        "                shot: start/middle/end frames, plan view, lens and move figures, notes)\n"
        "  --focus-marks .csv or .pdf: per shot and actor, each beat's distance, lens, stop, depth of field\n"
        "  --gltf        .gltf (+ .bin beside it) or .glb: glTF 2.0, metres, Y up; each shot's camera\n"
        "                animated per frame, focal length as yfov through KHR_animation_pointer\n"
        "  --chan        a folder: one Nuke .chan per shot (frame, translate, rotate ZXY in degrees,\n"
        "                vertical angle of view)\n"
        "  --usd         .usda: a UsdGeomCamera per shot, time-sampled transform and lens\n"
        "  --otio        .otio: the shots as clips in the chosen order, with camera/lens metadata\n"
        "The PDFs are painted by the murnau app (found beside murnau-cli, or $MURNAU_APP), run headless;\n"
        "the shot list PDF renders frames with OpenGL, so it needs a display: on a server run\n"
        "  xvfb-run -a murnau-cli export PROJECT --shot-list out.pdf\n"
        "JSON: {\"shots\", \"order\", \"files\": [{\"kind\", \"paths\", \"bytes\", \"seconds\"}]}.\n"
        "Conventions of every format: docs/interchange.md.\n",
        kOptions,
        &runExport,
        kProjectOperand,
    };
    return verb;
}

} // namespace murnau::cli
