// The .murnau file format, version 1 (specified in docs/file-format.md): the project's
// top level, set, actors and cameras here; scenes, blocking and shots in scene_json.cpp;
// rigs and rails in core/rig/rig_json.cpp; curves in core/motion/curve_json.cpp.
//
// Reading happens in two passes: parseTrackedJson builds the tree with the path of every
// value known (syntax errors, overflow, duplicate keys and deep nesting are named at their
// place), then the readers walk the tree and build the Project, refusing anything out of
// range. nlohmann throws; every exception is turned into a murnau::Error here.

#include "core/scene/project_json.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <new>
#include <system_error>
#include <utility>

#include <fmt/format.h>

#include "core/optics/lens.h"
#include "core/optics/sensor.h"
#include "core/scene/scene_json.h"
#include "core/util/atomic_file.h"
#include "core/util/json_reader.h"
#include "core/util/json_writer.h"

namespace murnau {

namespace {

using json::element;
using json::failAt;
using json::member;
using json::NumberRule;

constexpr std::string_view kFormatName = "murnau-project";
constexpr std::size_t kMaxProjectBytes = std::size_t{64} * 1024 * 1024;  // 64 MiB
constexpr std::size_t kMaxNestingDepth = 64;
// The deepest the format itself nests: root, scenes[], scene, shots[], shot, rig, channels,
// curve, keys[], key, left[].
constexpr std::size_t kFormatNestingDepth = 11;
constexpr std::size_t kMaxNameBytes = 256;         // names of pieces, actors, cameras, sensors
constexpr std::size_t kMaxTitleBytes = 1024;

constexpr NumberRule kActorHeight{0.3, 3.0, false, "metres", "m", "an actor height"};
constexpr NumberRule kSize{0.0, 10000.0, true, "metres", "m", "a size"};
constexpr NumberRule kFocalLength{1.0, 2000.0, false, "millimetres", "mm", "a focal length"};
constexpr NumberRule kFocusDistance{0.01, 100000.0, false, "metres", "m", "a focus distance"};
constexpr NumberRule kFStop{0.5, 64.0, false, "", "", "an f-number"};
constexpr NumberRule kAspect{0.5, 5.0, false, "", "", "a delivery aspect ratio"};
constexpr NumberRule kSqueeze{kMinSqueeze, kMaxSqueeze, false, "", "", "an anamorphic squeeze"};
constexpr NumberRule kCoc{0.0, 1.0, true, "millimetres", "mm", "a circle of confusion"};
constexpr NumberRule kGateDimension{0.0, kMaxSensorDimensionMm, true, "millimetres", "mm", "a gate dimension"};

constexpr std::array<std::pair<SetPieceShape, std::string_view>, 2> kShapes{{
    {SetPieceShape::Box, "box"},
    {SetPieceShape::Cylinder, "cylinder"},
}};

std::string mebibytes(std::uintmax_t bytes)
{
    return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

// ---------------------------------------------------------------------------------
// Reading.

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

Rgb readColor(const json::Value& value, const std::string& path)
{
    if (!value.is_string())
        failAt(path, "expected a colour \"#rrggbb\", got " + json::describeValue(value));
    const auto& text = value.get_ref<const std::string&>();
    std::array<int, 6> digits{};
    bool ok = text.size() == 7 && text[0] == '#';
    for (std::size_t i = 0; ok && i < 6; ++i) {
        digits[i] = hexDigit(text[i + 1]);
        ok = digits[i] >= 0;
    }
    if (!ok)
        failAt(path, "expected a colour \"#rrggbb\" (six hexadecimal digits), got " + json::describeValue(value));
    const auto channel = [&](std::size_t i) { return static_cast<std::uint8_t>(digits[i] * 16 + digits[i + 1]); };
    return Rgb{channel(0), channel(2), channel(4)};
}

SetPiece readPiece(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"name", "shape", "positionM", "sizeM", "yawDeg", "color"}, "a set piece");
    SetPiece piece;
    piece.name = json::readText(value["name"], member(path, "name"), kMaxNameBytes);
    piece.shape = json::readKeyword<SetPieceShape>(value["shape"], member(path, "shape"), kShapes);
    piece.positionM = json::readVec3(value["positionM"], member(path, "positionM"), json::kCoordinateRule);
    piece.sizeM = json::readVec3(value["sizeM"], member(path, "sizeM"), kSize);
    piece.yawDeg = json::readNumber(value["yawDeg"], member(path, "yawDeg"), json::kAngleRule);
    piece.color = readColor(value["color"], member(path, "color"));
    return piece;
}

SetDescription readSet(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"name", "floorSizeM", "floorColor", "pieces"}, "the set");
    SetDescription set;
    set.name = json::readText(value["name"], member(path, "name"), kMaxNameBytes);
    const auto floor = json::readVector<2>(value["floorSizeM"], member(path, "floorSizeM"), kSize);
    set.floorSizeM = {floor[0], floor[1]};
    set.floorColor = readColor(value["floorColor"], member(path, "floorColor"));
    const std::string piecesPath = member(path, "pieces");
    const json::Value& pieces = json::readArray(value["pieces"], piecesPath);
    set.pieces.reserve(pieces.size());
    for (std::size_t i = 0; i < pieces.size(); ++i)
        set.pieces.push_back(readPiece(pieces[i], element(piecesPath, i)));
    return set;
}

Actor readActor(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"name", "heightM", "positionM", "facingDeg", "color"}, "an actor");
    Actor actor;
    actor.name = json::readText(value["name"], member(path, "name"), kMaxNameBytes);
    actor.heightM = json::readNumber(value["heightM"], member(path, "heightM"), kActorHeight);
    actor.positionM = json::readVec3(value["positionM"], member(path, "positionM"), json::kCoordinateRule);
    actor.facingDeg = json::readNumber(value["facingDeg"], member(path, "facingDeg"), json::kAngleRule);
    actor.color = readColor(value["color"], member(path, "color"));
    return actor;
}

SensorFormat readSensor(const json::Value& value, const std::string& path)
{
    if (value.is_string()) {
        const auto& id = value.get_ref<const std::string&>();
        if (const SensorFormat* preset = findSensorPreset(id))
            return *preset;
        std::string known;
        for (const SensorFormat& preset : sensorPresets())
            known += (known.empty() ? "" : ", ") + preset.id;
        failAt(path, json::truncated("unknown sensor preset '" + json::truncated(id, 60) + "'; use one of " + known
                                         + ", or a custom gate {\"name\", \"widthMm\", \"heightMm\"}",
                                     json::kMaxMessageBytes + 600));
    }
    if (!value.is_object())
        failAt(path, "expected a sensor preset id or a custom gate object, got " + json::describeValue(value));
    json::expectObject(value, path, {"name", "widthMm", "heightMm"}, "a custom gate");
    SensorFormat sensor;
    sensor.id = "custom";
    sensor.name = json::readText(value["name"], member(path, "name"), kMaxNameBytes);
    sensor.widthMm = json::readNumber(value["widthMm"], member(path, "widthMm"), kGateDimension);
    sensor.heightMm = json::readNumber(value["heightMm"], member(path, "heightMm"), kGateDimension);
    sensor.cocMm = defaultCocMm(sensor.widthMm, sensor.heightMm);
    sensor.source = "custom gate from the project file";
    return sensor;
}

CameraSetup readCamera(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path,
                       {"name", "sensor", "deliveryAspect", "squeeze", "cocMm", "positionM", "panDeg", "tiltDeg",
                        "rollDeg", "focalLengthMm", "focusDistanceM", "fStop"},
                       "a camera");
    CameraSetup camera;
    camera.name = json::readText(value["name"], member(path, "name"), kMaxNameBytes);
    camera.sensor = readSensor(value["sensor"], member(path, "sensor"));
    camera.deliveryAspect = json::readOptionalNumber(value["deliveryAspect"], member(path, "deliveryAspect"), kAspect);
    camera.squeeze = json::readNumber(value["squeeze"], member(path, "squeeze"), kSqueeze);
    camera.cocMm = json::readOptionalNumber(value["cocMm"], member(path, "cocMm"), kCoc);
    camera.positionM = json::readVec3(value["positionM"], member(path, "positionM"), json::kCoordinateRule);
    camera.panDeg = json::readNumber(value["panDeg"], member(path, "panDeg"), json::kAngleRule);
    camera.tiltDeg = json::readNumber(value["tiltDeg"], member(path, "tiltDeg"), json::kAngleRule);
    camera.rollDeg = json::readNumber(value["rollDeg"], member(path, "rollDeg"), json::kAngleRule);
    camera.focalLengthMm = json::readNumber(value["focalLengthMm"], member(path, "focalLengthMm"), kFocalLength);
    camera.focusDistanceM = json::readNumber(value["focusDistanceM"], member(path, "focusDistanceM"), kFocusDistance);
    camera.fStop = json::readNumber(value["fStop"], member(path, "fStop"), kFStop);
    if (!(camera.focusDistanceM * 1000.0 > camera.focalLengthMm)) {
        failAt(member(path, "focusDistanceM"), "a lens cannot focus at " + json::numberText(camera.focusDistanceM)
                                                   + " m, inside its focal length of "
                                                   + json::numberText(camera.focalLengthMm) + " mm");
    }
    return camera;
}

// Refuses what is not a Murnau project of a version this build reads.
void expectFormat(const json::Value& root)
{
    if (!root.is_object())
        failAt("", "expected a Murnau project (a JSON object at the top level), got " + json::describeValue(root));

    // Identify the file and its version before anything else, so a newer file is
    // refused for its version and not for the keys it added.
    if (!root.contains("format"))
        failAt("format", "missing; this is not a Murnau project (expected \"format\": \"murnau-project\")");
    if (const json::Value& format = root["format"];
        !format.is_string() || format.get_ref<const std::string&>() != kFormatName) {
        failAt("format", "this is not a Murnau project: expected \"murnau-project\", got " + json::describeValue(format));
    }
    if (!root.contains("formatVersion"))
        failAt("formatVersion", "missing (required: the version of the file format)");
    const json::Value& version = root["formatVersion"];
    if (!version.is_number_integer())
        failAt("formatVersion", "expected a whole number, got " + json::describeValue(version));
    if (version.is_number_unsigned() ? version.get<std::uint64_t>() > std::uint64_t{Project::kFormatVersion}
                                     : version.get<std::int64_t>() > Project::kFormatVersion) {
        failAt("formatVersion", "this file was written by a newer Murnau (format " + version.dump()
                                    + "); this build reads up to " + std::to_string(Project::kFormatVersion));
    }
    if (version.get<std::int64_t>() < 1)
        failAt("formatVersion", "expected a format version of at least 1, got " + version.dump());
}

Project readProject(const json::Value& root)
{
    expectFormat(root);
    json::expectObject(root, "", {"format", "formatVersion", "title", "frameRate", "set", "actors", "cameras", "scenes"},
                       "a project");

    Project project;
    project.title = json::readText(root["title"], "title", kMaxTitleBytes);

    const json::Value& rate = root["frameRate"];
    if (!rate.is_string())
        failAt("frameRate", "expected a frame rate label such as \"24\" or \"23.976\", got " + json::describeValue(rate));
    Result<FrameRate> frameRate = parseFrameRate(rate.get_ref<const std::string&>());
    if (!frameRate.ok())
        failAt("frameRate", frameRate.error().message);
    project.frameRate = frameRate.value();

    project.set = readSet(root["set"], "set");

    const json::Value& actors = json::readArray(root["actors"], "actors");
    project.actors.reserve(actors.size());
    for (std::size_t i = 0; i < actors.size(); ++i)
        project.actors.push_back(readActor(actors[i], element("actors", i)));

    const json::Value& cameras = json::readArray(root["cameras"], "cameras");
    if (cameras.empty())
        failAt("cameras", "a project needs at least one camera");
    project.cameras.reserve(cameras.size());
    for (std::size_t i = 0; i < cameras.size(); ++i)
        project.cameras.push_back(readCamera(cameras[i], element("cameras", i)));

    Result<std::vector<Scene>> scenes = scenesFromJson(root["scenes"], "scenes", project.actors, project.cameras);
    if (!scenes)
        json::failWith(scenes.error());
    project.scenes = std::move(scenes).value();
    return project;
}

// ---------------------------------------------------------------------------------
// Writing.

std::string colorText(Rgb color)
{
    std::array<char, 8> text{};
    std::snprintf(text.data(), text.size(), "#%02x%02x%02x", color.r, color.g, color.b);
    return std::string(text.data());
}

json::Ordered sensorJson(const SensorFormat& sensor)
{
    const SensorFormat* preset = findSensorPreset(sensor.id);
    if (preset != nullptr && preset->widthMm == sensor.widthMm && preset->heightMm == sensor.heightMm)
        return sensor.id;
    json::Ordered custom = json::Ordered::object();
    custom["name"] = sensor.name;
    custom["widthMm"] = sensor.widthMm;
    custom["heightMm"] = sensor.heightMm;
    return custom;
}

json::Ordered optionalJson(const std::optional<double>& value)
{
    return value ? json::Ordered(*value) : json::Ordered(nullptr);
}

json::Ordered setJson(const SetDescription& description)
{
    json::Ordered set = json::Ordered::object();
    set["name"] = description.name;
    set["floorSizeM"] = json::Ordered::array({description.floorSizeM.x, description.floorSizeM.y});
    set["floorColor"] = colorText(description.floorColor);
    json::Ordered pieces = json::Ordered::array();
    for (const SetPiece& piece : description.pieces) {
        json::Ordered p = json::Ordered::object();
        p["name"] = piece.name;
        p["shape"] = json::keywordOf<SetPieceShape>(piece.shape, kShapes);
        p["positionM"] = json::vec3Json(piece.positionM);
        p["sizeM"] = json::vec3Json(piece.sizeM);
        p["yawDeg"] = piece.yawDeg;
        p["color"] = colorText(piece.color);
        pieces.push_back(std::move(p));
    }
    set["pieces"] = std::move(pieces);
    return set;
}

json::Ordered cameraJson(const CameraSetup& camera)
{
    json::Ordered c = json::Ordered::object();
    c["name"] = camera.name;
    c["sensor"] = sensorJson(camera.sensor);
    c["deliveryAspect"] = optionalJson(camera.deliveryAspect);
    c["squeeze"] = camera.squeeze;
    c["cocMm"] = optionalJson(camera.cocMm);
    c["positionM"] = json::vec3Json(camera.positionM);
    c["panDeg"] = camera.panDeg;
    c["tiltDeg"] = camera.tiltDeg;
    c["rollDeg"] = camera.rollDeg;
    c["focalLengthMm"] = camera.focalLengthMm;
    c["focusDistanceM"] = camera.focusDistanceM;
    c["fStop"] = camera.fStop;
    return c;
}

json::Ordered projectJson(const Project& project)
{
    json::Ordered root = json::Ordered::object();
    root["format"] = kFormatName;
    root["formatVersion"] = Project::kFormatVersion;
    root["title"] = project.title;
    root["frameRate"] = frameRateLabel(project.frameRate);
    root["set"] = setJson(project.set);

    json::Ordered actors = json::Ordered::array();
    for (const Actor& actor : project.actors) {
        json::Ordered a = json::Ordered::object();
        a["name"] = actor.name;
        a["heightM"] = actor.heightM;
        a["positionM"] = json::vec3Json(actor.positionM);
        a["facingDeg"] = actor.facingDeg;
        a["color"] = colorText(actor.color);
        actors.push_back(std::move(a));
    }
    root["actors"] = std::move(actors);

    json::Ordered cameras = json::Ordered::array();
    for (const CameraSetup& camera : project.cameras)
        cameras.push_back(cameraJson(camera));
    root["cameras"] = std::move(cameras);
    root["scenes"] = scenesToJson(project.scenes);
    return root;
}

std::string systemMessage(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

} // namespace

Result<Project> parseProject(std::string_view jsonText)
{
    if (jsonText.size() > kMaxProjectBytes) {
        return fail("", "the project text is " + mebibytes(jsonText.size()) + "; projects are limited to "
                            + mebibytes(kMaxProjectBytes));
    }
    try {
        Result<json::Value> root = json::parseTrackedJson(jsonText, kMaxNestingDepth, kFormatNestingDepth);
        if (!root)
            return root.error();
        return json::reading([&] { return readProject(root.value()); });
    } catch (const nlohmann::json::exception& exception) {
        return fail("", json::truncated(std::string("could not read the project: ") + exception.what(),
                                        json::kMaxMessageBytes));
    } catch (const std::bad_alloc&) {
        return fail("", "not enough memory to read the project");
    }
}

Result<Project> loadProject(const std::filesystem::path& path)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (error)
        return fail(path.string(), "cannot open: " + error.message());
    if (std::filesystem::is_directory(status))
        return fail(path.string(), "is a directory, not a project file");
    if (!std::filesystem::is_regular_file(status))
        return fail(path.string(), "is not a regular file");
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    if (error)
        return fail(path.string(), "cannot read its size: " + error.message());
    if (size > kMaxProjectBytes) {
        return fail(path.string(), "the file is " + mebibytes(size) + "; projects are limited to "
                                       + mebibytes(kMaxProjectBytes));
    }

    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(path.string(), "cannot open: " + systemMessage(errno));
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.gcount() != static_cast<std::streamsize>(text.size()))
        return fail(path.string(), "could not read the whole file");
    return parseProject(text);
}

std::string serializeProject(const Project& project)
{
    return json::formatCanonical(projectJson(project));
}

Result<bool> saveProject(const Project& project, const std::filesystem::path& path)
{
    std::string text;
    try {
        text = serializeProject(project);
    } catch (const std::exception& exception) {
        return fail(path.string(), std::string("not saved: could not write the project: ") + exception.what());
    }
    // Never write a file this build could not read back (NaN, out-of-range values, unknown names).
    if (Result<Project> check = parseProject(text); !check.ok())
        return fail(check.error().field, "not saved: " + check.error().message);
    return replaceFileAtomically(path, text);
}

} // namespace murnau
