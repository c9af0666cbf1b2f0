// The .murnau file format, version 2 (specified in docs/file-format.md; version 1 is migrated): the project's
// top level, set, actors and cameras here; scenes, blocking and shots in scene_json.cpp;
// rigs and rails in core/rig/rig_json.cpp; curves in core/motion/curve_json.cpp.
//
// Reading happens in two passes: parseTrackedJson builds the tree with the path of every
// value known (syntax errors, overflow, duplicate keys and deep nesting are named at their
// place), then the readers walk the tree and build the Project, refusing anything out of
// range. Between the two, an older file's tree is migrated to the current version, so the
// readers only ever see one version. Values are read with the ranges of project_rules.h and each
// item, then the whole project, is checked by project_checks.h: the rules an edit must pass are
// the rules a file must pass. nlohmann throws; every exception is turned into a murnau::Error here.

#include "core/scene/project_json.h"

#include <array>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <new>
#include <optional>
#include <span>
#include <system_error>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "core/optics/lens.h"
#include "core/optics/sensor.h"
#include "core/scene/project_checks.h"
#include "core/scene/project_rules.h"
#include "core/scene/scene_json.h"
#include "core/util/atomic_file.h"
#include "core/util/hex_digit.h"
#include "core/util/json_reader.h"
#include "core/util/json_writer.h"

namespace murnau {

namespace {

using json::element;
using json::failAt;
using json::member;

constexpr std::string_view kFormatName = "murnau-project";
constexpr int kOldestFormatVersion = 1;   // the oldest format this build reads (and migrates)
constexpr std::size_t kMaxProjectBytes = std::size_t{64} * 1024 * 1024;  // 64 MiB
constexpr std::size_t kMaxNestingDepth = 64;
// The deepest the format itself nests: root, scenes[], scene, shots[], shot, rig, channels,
// curve, keys[], key, left[].
constexpr std::size_t kFormatNestingDepth = 11;
using rules::kMaxNameBytes;

using rules::kBuilds;
using rules::kDisplayUnits;
using rules::kLensKitKinds;
using rules::kOpeningKinds;
using rules::kShapes;
// Format 1 knew only the first two shapes (box, cylinder).
constexpr std::size_t kVersion1ShapeCount = 2;

// The keys every set piece has, then the keys only one shape has (in writing order).
constexpr std::array<std::string_view, 6> kPieceKeys{"name", "shape", "positionM", "sizeM", "yawDeg", "color"};
struct ShapeKeys {
    SetPieceShape shape;
    std::span<const std::string_view> keys;
};
constexpr std::array<std::string_view, 1> kWallKeys{"openings"};
constexpr std::array<std::string_view, 1> kStairsKeys{"stepCount"};
constexpr std::array<std::string_view, 2> kModelKeys{"modelPath", "modelScale"};
constexpr std::array<ShapeKeys, 3> kShapeKeys{{
    {SetPieceShape::Wall, kWallKeys},
    {SetPieceShape::Stairs, kStairsKeys},
    {SetPieceShape::Model, kModelKeys},
}};

std::string mebibytes(std::uintmax_t bytes)
{
    return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

// ---------------------------------------------------------------------------------
// Reading.

Rgb readColor(const json::Value& value, const std::string& path)
{
    if (!value.is_string())
        failAt(path, "expected a colour \"#rrggbb\", got " + json::describeValue(value));
    const auto& text = value.get_ref<const std::string&>();
    std::array<int, 6> digits{};
    bool ok = text.size() == 7 && text[0] == '#';
    for (std::size_t i = 0; ok && i < 6; ++i) {
        digits[i] = hexDigitValue(text[i + 1]);
        ok = digits[i] >= 0;
    }
    if (!ok)
        failAt(path, "expected a colour \"#rrggbb\" (six hexadecimal digits), got " + json::describeValue(value));
    const auto channel = [&](std::size_t i) { return static_cast<std::uint8_t>(digits[i] * 16 + digits[i + 1]); };
    return Rgb{channel(0), channel(2), channel(4)};
}

// "a wall", "stairs": a shape in a sentence.
std::string shapePhrase(SetPieceShape shape)
{
    const std::string_view word = json::keywordOf<SetPieceShape>(shape, kShapes);
    return shape == SetPieceShape::Stairs ? std::string(word) : "a " + std::string(word);
}

WallOpening readOpening(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"kind", "centerM", "widthM", "heightM", "sillM"}, "a wall opening");
    WallOpening opening;
    opening.kind = json::readKeyword<OpeningKind>(value["kind"], json::Path(path, "kind"), kOpeningKinds);
    opening.centerM = json::readNumber(value["centerM"], json::Path(path, "centerM"), rules::kOpeningCenter);
    opening.widthM = json::readNumber(value["widthM"], json::Path(path, "widthM"), rules::kOpeningWidth);
    opening.heightM = json::readNumber(value["heightM"], json::Path(path, "heightM"), rules::kOpeningHeight);
    opening.sillM = json::readNumber(value["sillM"], json::Path(path, "sillM"), rules::kSill);
    return opening;
}

int readStepCount(const json::Value& value, const std::string& path)
{
    if (!value.is_number_integer())
        failAt(path, "expected a whole number of steps, got " + json::describeValue(value));
    const auto inRange = [](auto count) { return count >= rules::kMinStepCount && count <= rules::kMaxStepCount; };
    if (value.is_number_unsigned() ? !inRange(value.get<std::uint64_t>()) : !inRange(value.get<std::int64_t>())) {
        failAt(path, "expected a number of steps from " + std::to_string(rules::kMinStepCount) + " to "
                         + std::to_string(rules::kMaxStepCount) + ", got " + value.dump());
    }
    return static_cast<int>(value.get<std::int64_t>());
}

SetPiece readPiece(const json::Value& value, const std::string& path)
{
    if (!value.is_object())
        failAt(path, "expected a set piece (a JSON object), got " + json::describeValue(value));
    if (!value.contains("shape"))
        failAt(member(path, "shape"), "missing (required in a set piece)");
    SetPiece piece;
    piece.shape = json::readKeyword<SetPieceShape>(value["shape"], json::Path(path, "shape"), kShapes);
    // The keys a piece has depend on its shape; another shape's key is refused by name.
    std::vector<std::string_view> keys(kPieceKeys.begin(), kPieceKeys.end());
    for (const ShapeKeys& shapeKeys : kShapeKeys) {
        if (shapeKeys.shape == piece.shape) {
            keys.insert(keys.end(), shapeKeys.keys.begin(), shapeKeys.keys.end());
            continue;
        }
        for (const std::string_view key : shapeKeys.keys) {
            if (value.contains(key)) {
                failAt(member(path, key), "\"" + std::string(key) + "\" is a key of " + shapePhrase(shapeKeys.shape)
                                              + "; this piece is " + shapePhrase(piece.shape));
            }
        }
    }
    json::expectObject(value, path, keys, "a set piece");

    piece.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    piece.positionM = json::readVec3(value["positionM"], json::Path(path, "positionM"), json::kCoordinateRule);
    piece.sizeM = json::readVec3(value["sizeM"], json::Path(path, "sizeM"),
                                 piece.shape == SetPieceShape::Model ? rules::kCollisionBoxSize : rules::kSize);
    piece.yawDeg = json::readNumber(value["yawDeg"], json::Path(path, "yawDeg"), json::kAngleRule);
    piece.color = readColor(value["color"], member(path, "color"));
    switch (piece.shape) {
    case SetPieceShape::Wall: {
        const std::string openingsPath = member(path, "openings");
        const json::Value& openings = json::readArray(value["openings"], openingsPath);
        if (openings.size() > rules::kMaxOpenings) {
            failAt(openingsPath, "a wall has at most " + std::to_string(rules::kMaxOpenings) + " openings, got "
                                     + std::to_string(openings.size()));
        }
        piece.openings.reserve(openings.size());
        for (std::size_t i = 0; i < openings.size(); ++i)
            piece.openings.push_back(readOpening(openings[i], element(openingsPath, i)));
        break;
    }
    case SetPieceShape::Stairs:
        piece.stepCount = readStepCount(value["stepCount"], member(path, "stepCount"));
        break;
    case SetPieceShape::Model:
        piece.modelPath = json::readText(value["modelPath"], json::Path(path, "modelPath"), rules::kMaxPathBytes);
        piece.modelScale = json::readNumber(value["modelScale"], json::Path(path, "modelScale"), rules::kModelScale);
        break;
    case SetPieceShape::Box:
    case SetPieceShape::Cylinder:
        break;
    }
    // What the ranges alone cannot say: openings inside the wall, risers, a path inside the project.
    if (std::optional<Error> error = checkSetPiece(piece, path))
        json::failWith(std::move(*error));
    return piece;
}

SetDescription readSet(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path, {"name", "floorSizeM", "floorColor", "pieces"}, "the set");
    SetDescription set;
    set.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    const auto floor = json::readVector<2>(value["floorSizeM"], json::Path(path, "floorSizeM"), rules::kSize);
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
    json::expectObject(value, path, {"name", "heightM", "build", "positionM", "facingDeg", "color"}, "an actor");
    Actor actor;
    actor.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    actor.heightM = json::readNumber(value["heightM"], json::Path(path, "heightM"), rules::kActorHeight);
    actor.build = json::readKeyword<ActorBuild>(value["build"], json::Path(path, "build"), kBuilds);
    actor.positionM = json::readVec3(value["positionM"], json::Path(path, "positionM"), json::kCoordinateRule);
    actor.facingDeg = json::readNumber(value["facingDeg"], json::Path(path, "facingDeg"), json::kAngleRule);
    actor.color = readColor(value["color"], member(path, "color"));
    if (std::optional<Error> error = checkActor(actor, path))
        json::failWith(std::move(*error));
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
    sensor.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    sensor.widthMm = json::readNumber(value["widthMm"], json::Path(path, "widthMm"), rules::kGateDimension);
    sensor.heightMm = json::readNumber(value["heightMm"], json::Path(path, "heightMm"), rules::kGateDimension);
    sensor.cocMm = defaultCocMm(sensor.widthMm, sensor.heightMm);
    sensor.source = "custom gate from the project file";
    return sensor;
}

// The keys of a lens kit of each kind (in writing order).
constexpr std::array<std::string_view, 3> kPrimeKitKeys{"name", "kind", "primes"};
constexpr std::array<std::string_view, 6> kZoomKitKeys{"name", "kind", "zoomMinMm", "zoomMaxMm", "minFocusM", "widestTStop"};

LensKit readLensKit(const json::Value& value, const std::string& path)
{
    if (!value.is_object())
        failAt(path, "expected null or a lens kit (a JSON object), got " + json::describeValue(value));
    if (!value.contains("kind"))
        failAt(member(path, "kind"), "missing (required in a lens kit: \"primes\" or \"zoom\")");
    LensKit kit;
    kit.kind = json::readKeyword<LensKitKind>(value["kind"], json::Path(path, "kind"), kLensKitKinds);
    const bool primes = kit.kind == LensKitKind::Primes;
    // Keys of the other kind are refused by name.
    for (const std::string_view key : primes ? std::span<const std::string_view>(kZoomKitKeys).subspan(2)
                                             : std::span<const std::string_view>(kPrimeKitKeys).subspan(2)) {
        if (value.contains(key)) {
            failAt(member(path, key), "\"" + std::string(key) + "\" is a key of a " + (primes ? "zoom" : "prime")
                                          + " kit; this kit is \"" + (primes ? "primes" : "zoom") + "\"");
        }
    }
    if (primes)
        json::expectObject(value, path, kPrimeKitKeys, "a prime lens kit");
    else
        json::expectObject(value, path, kZoomKitKeys, "a zoom lens kit");
    kit.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    if (primes) {
        const std::string primesPath = member(path, "primes");
        const json::Value& lenses = json::readArray(value["primes"], primesPath);
        if (lenses.size() > rules::kMaxPrimes) {
            failAt(primesPath, "a prime kit has at most " + std::to_string(rules::kMaxPrimes) + " lenses, got "
                                   + std::to_string(lenses.size()));
        }
        kit.primes.reserve(lenses.size());
        for (std::size_t i = 0; i < lenses.size(); ++i) {
            const std::string lensPath = element(primesPath, i);
            json::expectObject(lenses[i], lensPath, {"focalLengthMm", "minFocusM", "widestTStop"}, "a prime lens");
            PrimeLens lens;
            lens.focalLengthMm = json::readNumber(lenses[i]["focalLengthMm"], json::Path(lensPath, "focalLengthMm"),
                                                  rules::kFocalLength);
            lens.minFocusM = json::readNumber(lenses[i]["minFocusM"], json::Path(lensPath, "minFocusM"), rules::kMinFocus);
            lens.widestTStop = json::readNumber(lenses[i]["widestTStop"], json::Path(lensPath, "widestTStop"), rules::kTStop);
            kit.primes.push_back(lens);
        }
    } else {
        kit.zoomMinMm = json::readNumber(value["zoomMinMm"], json::Path(path, "zoomMinMm"), rules::kFocalLength);
        kit.zoomMaxMm = json::readNumber(value["zoomMaxMm"], json::Path(path, "zoomMaxMm"), rules::kFocalLength);
        kit.zoomMinFocusM = json::readNumber(value["minFocusM"], json::Path(path, "minFocusM"), rules::kMinFocus);
        kit.zoomWidestTStop = json::readNumber(value["widestTStop"], json::Path(path, "widestTStop"), rules::kTStop);
    }
    return kit;
}

CameraSetup readCamera(const json::Value& value, const std::string& path)
{
    json::expectObject(value, path,
                       {"name", "sensor", "lensKit", "deliveryAspect", "squeeze", "cocMm", "positionM", "panDeg", "tiltDeg",
                        "rollDeg", "focalLengthMm", "focusDistanceM", "fStop"},
                       "a camera");
    CameraSetup camera;
    camera.name = json::readText(value["name"], json::Path(path, "name"), kMaxNameBytes);
    camera.sensor = readSensor(value["sensor"], member(path, "sensor"));
    if (!value["lensKit"].is_null())
        camera.lensKit = readLensKit(value["lensKit"], member(path, "lensKit"));
    camera.deliveryAspect = json::readOptionalNumber(value["deliveryAspect"], json::Path(path, "deliveryAspect"), rules::kAspect);
    camera.squeeze = json::readNumber(value["squeeze"], json::Path(path, "squeeze"), rules::kSqueeze);
    camera.cocMm = json::readOptionalNumber(value["cocMm"], json::Path(path, "cocMm"), rules::kCoc);
    camera.positionM = json::readVec3(value["positionM"], json::Path(path, "positionM"), json::kCoordinateRule);
    camera.panDeg = json::readNumber(value["panDeg"], json::Path(path, "panDeg"), json::kAngleRule);
    camera.tiltDeg = json::readNumber(value["tiltDeg"], json::Path(path, "tiltDeg"), json::kAngleRule);
    camera.rollDeg = json::readNumber(value["rollDeg"], json::Path(path, "rollDeg"), json::kAngleRule);
    camera.focalLengthMm = json::readNumber(value["focalLengthMm"], json::Path(path, "focalLengthMm"), rules::kFocalLength);
    camera.focusDistanceM = json::readNumber(value["focusDistanceM"], json::Path(path, "focusDistanceM"), rules::kFocusDistance);
    camera.fStop = json::readNumber(value["fStop"], json::Path(path, "fStop"), rules::kFStop);
    // The lens kit's order and zoom range, and the focus beyond the focal length.
    if (std::optional<Error> error = checkCamera(camera, path))
        json::failWith(std::move(*error));
    return camera;
}

// Refuses what is not a Murnau project of a version this build reads; returns the version.
int expectFormat(const json::Value& root)
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
                                    + "); this build reads formats " + std::to_string(kOldestFormatVersion) + " to "
                                    + std::to_string(Project::kFormatVersion));
    }
    if (version.get<std::int64_t>() < kOldestFormatVersion) {
        failAt("formatVersion", "expected a format version from " + std::to_string(kOldestFormatVersion) + " to "
                                    + std::to_string(Project::kFormatVersion) + ", got " + version.dump());
    }
    return static_cast<int>(version.get<std::int64_t>());
}

// The members of `parent[key]` if it is an array of objects (others are left for the readers to refuse).
template<typename Visit>
void forEachObjectIn(json::Value& parent, std::string_view key, const std::string& parentPath, Visit&& visit)
{
    const auto found = parent.find(key);
    if (found == parent.end() || !found->is_array())
        return;
    const std::string path = member(parentPath, key);
    for (std::size_t i = 0; i < found->size(); ++i) {
        json::Value& item = (*found)[i];
        if (item.is_object())
            visit(item, element(path, i));
    }
}

// A format 2 key in a format 1 file: the file says it is format 1, so the key is unknown there.
void refuseNewKey(const json::Value& object, const std::string& path, std::string_view key)
{
    if (object.contains(key)) {
        failAt(member(path, key), "unknown key '" + std::string(key)
                                      + "' in a format 1 file; it came with format 2 (write \"formatVersion\": 2 to use it)");
    }
}

// Format 1 -> 2, on the tree before it is read: the keys format 2 added, with the values that keep
// a format 1 file's meaning (lengths shown in metres, average builds, no lens kits). Format 1 had
// only boxes and cylinders.
void migrateVersion1To2(json::Value& root)
{
    refuseNewKey(root, "", "displayUnits");
    root["displayUnits"] = json::keywordOf<DisplayUnits>(DisplayUnits::Metric, kDisplayUnits);
    if (const auto set = root.find("set"); set != root.end() && set->is_object()) {
        forEachObjectIn(*set, "pieces", "set", [](json::Value& piece, const std::string& path) {
            const auto shape = piece.find("shape");
            if (shape == piece.end() || !shape->is_string())
                return;
            const auto& name = shape->get_ref<const std::string&>();
            for (std::size_t i = kVersion1ShapeCount; i < kShapes.size(); ++i) {
                if (name == kShapes[i].second) {
                    failAt(member(path, "shape"), "\"" + name + "\" came with format 2; a format 1 file has only \"box\""
                                                  " and \"cylinder\" (write \"formatVersion\": 2 to use it)");
                }
            }
        });
    }
    forEachObjectIn(root, "actors", "", [](json::Value& actor, const std::string& path) {
        refuseNewKey(actor, path, "build");
        actor["build"] = json::keywordOf<ActorBuild>(ActorBuild::Average, kBuilds);
    });
    forEachObjectIn(root, "cameras", "", [](json::Value& camera, const std::string& path) {
        refuseNewKey(camera, path, "lensKit");
        camera["lensKit"] = nullptr;
    });
}

Project readProject(json::Value& root)
{
    const int version = expectFormat(root);
    // Migrate one version step at a time, so the readers below only see the current version.
    if (version == 1)
        migrateVersion1To2(root);
    json::expectObject(root, "",
                       {"format", "formatVersion", "title", "frameRate", "displayUnits", "set", "actors", "cameras", "scenes"},
                       "a project");

    // Lists beyond their caps (project_rules.h) are refused before any item is read, so a runaway
    // list costs no time: a million shots is refused in the time it takes to parse the text.
    if (std::optional<Error> error = rules::countProblemIn(root))
        json::failWith(std::move(*error));

    Project project;
    project.title = json::readText(root["title"], "title", rules::kMaxTitleBytes);

    const json::Value& rate = root["frameRate"];
    if (!rate.is_string())
        failAt("frameRate", "expected a frame rate label such as \"24\" or \"23.976\", got " + json::describeValue(rate));
    Result<FrameRate> frameRate = parseFrameRate(rate.get_ref<const std::string&>());
    if (!frameRate.ok())
        failAt("frameRate", frameRate.error().message);
    project.frameRate = frameRate.value();
    project.displayUnits = json::readKeyword<DisplayUnits>(root["displayUnits"], "displayUnits", kDisplayUnits);

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

    // The rules across items (unique names) and everything an edit could also break, once more
    // as a whole: a project that loads is a project checkProject accepts.
    if (std::optional<Error> error = checkProject(project))
        json::failWith(std::move(*error));
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

json::Ordered pieceJson(const SetPiece& piece)
{
    json::Ordered p = json::Ordered::object();
    p["name"] = piece.name;
    p["shape"] = json::keywordOf<SetPieceShape>(piece.shape, kShapes);
    p["positionM"] = json::vec3Json(piece.positionM);
    p["sizeM"] = json::vec3Json(piece.sizeM);
    p["yawDeg"] = piece.yawDeg;
    p["color"] = colorText(piece.color);
    switch (piece.shape) {
    case SetPieceShape::Wall: {
        json::Ordered openings = json::Ordered::array();
        for (const WallOpening& opening : piece.openings) {
            json::Ordered o = json::Ordered::object();
            o["kind"] = json::keywordOf<OpeningKind>(opening.kind, kOpeningKinds);
            o["centerM"] = opening.centerM;
            o["widthM"] = opening.widthM;
            o["heightM"] = opening.heightM;
            o["sillM"] = opening.sillM;
            openings.push_back(std::move(o));
        }
        p["openings"] = std::move(openings);
        break;
    }
    case SetPieceShape::Stairs:
        p["stepCount"] = piece.stepCount;
        break;
    case SetPieceShape::Model:
        p["modelPath"] = piece.modelPath;
        p["modelScale"] = piece.modelScale;
        break;
    case SetPieceShape::Box:
    case SetPieceShape::Cylinder:
        break;
    }
    return p;
}

json::Ordered setJson(const SetDescription& description)
{
    json::Ordered set = json::Ordered::object();
    set["name"] = description.name;
    set["floorSizeM"] = json::Ordered::array({description.floorSizeM.x, description.floorSizeM.y});
    set["floorColor"] = colorText(description.floorColor);
    json::Ordered pieces = json::Ordered::array();
    for (const SetPiece& piece : description.pieces)
        pieces.push_back(pieceJson(piece));
    set["pieces"] = std::move(pieces);
    return set;
}

json::Ordered actorJson(const Actor& actor)
{
    json::Ordered a = json::Ordered::object();
    a["name"] = actor.name;
    a["heightM"] = actor.heightM;
    a["build"] = json::keywordOf<ActorBuild>(actor.build, kBuilds);
    a["positionM"] = json::vec3Json(actor.positionM);
    a["facingDeg"] = actor.facingDeg;
    a["color"] = colorText(actor.color);
    return a;
}

json::Ordered lensKitJson(const std::optional<LensKit>& kit)
{
    if (!kit)
        return nullptr;
    json::Ordered k = json::Ordered::object();
    k["name"] = kit->name;
    k["kind"] = json::keywordOf<LensKitKind>(kit->kind, kLensKitKinds);
    if (kit->kind == LensKitKind::Primes) {
        json::Ordered primes = json::Ordered::array();
        for (const PrimeLens& lens : kit->primes) {
            json::Ordered l = json::Ordered::object();
            l["focalLengthMm"] = lens.focalLengthMm;
            l["minFocusM"] = lens.minFocusM;
            l["widestTStop"] = lens.widestTStop;
            primes.push_back(std::move(l));
        }
        k["primes"] = std::move(primes);
    } else {
        k["zoomMinMm"] = kit->zoomMinMm;
        k["zoomMaxMm"] = kit->zoomMaxMm;
        k["minFocusM"] = kit->zoomMinFocusM;
        k["widestTStop"] = kit->zoomWidestTStop;
    }
    return k;
}

json::Ordered cameraJson(const CameraSetup& camera)
{
    json::Ordered c = json::Ordered::object();
    c["name"] = camera.name;
    c["sensor"] = sensorJson(camera.sensor);
    c["lensKit"] = lensKitJson(camera.lensKit);
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
    root["displayUnits"] = json::keywordOf<DisplayUnits>(project.displayUnits, kDisplayUnits);
    root["set"] = setJson(project.set);
    json::Ordered actors = json::Ordered::array();
    for (const Actor& actor : project.actors)
        actors.push_back(actorJson(actor));
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
    // Never write a file this build could not read back (NaN, out-of-range values, unknown names):
    // checkProject applies the reader's rules to the document, so the text need not be parsed again.
    if (std::optional<Error> error = checkProject(project))
        return fail(error->field, "not saved: " + error->message);
    std::string text;
    try {
        text = serializeProject(project);
    } catch (const std::exception& exception) {
        return fail(path.string(), std::string("not saved: could not write the project: ") + exception.what());
    }
    if (text.size() > kMaxProjectBytes) {
        return fail(path.string(), "not saved: the project would be a file of " + mebibytes(text.size())
                                       + ", and projects are limited to " + mebibytes(kMaxProjectBytes)
                                       + "; it could not be opened again (shorten descriptions and notes, or split it)");
    }
    return replaceFileAtomically(path, text);
}

} // namespace murnau
