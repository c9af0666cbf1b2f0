#pragma once
// The accepted ranges and limits of a project's values: one table shared by the file readers
// (project_json.cpp, scene_json.cpp) and the in-memory checks (project_checks.cpp), so a value
// an edit may set is exactly a value a file may hold, refused with the same words
// (docs/file-format.md lists them).

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/motion/curve.h"
#include "core/optics/lens.h"
#include "core/optics/sensor.h"
#include "core/scene/project.h"
#include "core/time/frame_rate.h"
#include "core/util/json_reader.h"
#include "core/util/result.h"

namespace murnau::rules {

using json::FlicksRule;
using json::NumberRule;

// The keywords of the file for the document's enumerations (json::readKeyword / keywordOf).
inline constexpr std::array<std::pair<SetPieceShape, std::string_view>, 5> kShapes{{
    {SetPieceShape::Box, "box"},
    {SetPieceShape::Cylinder, "cylinder"},
    {SetPieceShape::Wall, "wall"},
    {SetPieceShape::Stairs, "stairs"},
    {SetPieceShape::Model, "model"},
}};
inline constexpr std::array<std::pair<OpeningKind, std::string_view>, 2> kOpeningKinds{{
    {OpeningKind::Door, "door"},
    {OpeningKind::Window, "window"},
}};
inline constexpr std::array<std::pair<ActorBuild, std::string_view>, 3> kBuilds{{
    {ActorBuild::Slight, "slight"},
    {ActorBuild::Average, "average"},
    {ActorBuild::Heavy, "heavy"},
}};
inline constexpr std::array<std::pair<LensKitKind, std::string_view>, 2> kLensKitKinds{{
    {LensKitKind::Primes, "primes"},
    {LensKitKind::Zoom, "zoom"},
}};
inline constexpr std::array<std::pair<DisplayUnits, std::string_view>, 2> kDisplayUnits{{
    {DisplayUnits::Metric, "metric"},
    {DisplayUnits::Imperial, "imperial"},
}};

// True when `value` is one of the enumeration's keywords (an enum set from a bad cast is not).
template<typename T, std::size_t N>
[[nodiscard]] constexpr bool isKnown(T value, const std::array<std::pair<T, std::string_view>, N>& keywords) noexcept
{
    return std::any_of(keywords.begin(), keywords.end(), [&](const auto& entry) { return entry.first == value; });
}

// Text limits, bytes of UTF-8.
inline constexpr std::size_t kMaxNameBytes = 256;     // names of pieces, actors, cameras, sensors, lens kits, marks; ids
inline constexpr std::size_t kMaxTitleBytes = 1024;   // the project's title
inline constexpr std::size_t kMaxLineBytes = 1024;    // titles of scenes and shots, props, equipment lines
inline constexpr std::size_t kMaxTextBytes = 16384;   // descriptions and notes (several paragraphs)
inline constexpr std::size_t kMaxPathBytes = 1024;    // a model's path relative to the project's folder

// The set and its pieces.
inline constexpr NumberRule kSize{0.0, 10000.0, true, "metres", "m", "a size"};
// A model's collision box: all zero (no collision) or positive in every direction.
inline constexpr NumberRule kCollisionBoxSize{0.0, 10000.0, false, "metres", "m", "a collision box size"};
// Where an opening's centre lies along its wall, from the wall's centre (half the longest wall).
inline constexpr NumberRule kOpeningCenter{-5000.0, 5000.0, false, "metres", "m", "an opening position"};
inline constexpr NumberRule kOpeningWidth{0.0, 10000.0, true, "metres", "m", "an opening width"};
inline constexpr NumberRule kOpeningHeight{0.0, 10000.0, true, "metres", "m", "an opening height"};
inline constexpr NumberRule kSill{0.0, 10000.0, false, "metres", "m", "a sill height"};
inline constexpr std::size_t kMaxOpenings = 256;      // doors and windows in one wall
// A flight of stairs: whole steps, and risers a person can climb (building codes allow about
// 0.18-0.22 m; anything above 0.5 m is a wall, not a step).
inline constexpr int kMinStepCount = 1;
inline constexpr int kMaxStepCount = 200;
inline constexpr double kMaxRiserM = 0.5;
// A model's uniform scale from its own units to metres (0.001 for a model in millimetres).
inline constexpr NumberRule kModelScale{0.0, 1000.0, true, "", "", "a model scale"};
// The file types a model may be: glTF 2.0 (text and binary) and Wavefront OBJ; matched ignoring case.
inline constexpr std::array<std::string_view, 3> kModelExtensions{".gltf", ".glb", ".obj"};
// Lengths compared for openings (inside the wall, not overlapping) may differ by this much, metres,
// so that decimal inputs like 0.1 + 0.2 = 0.3 compare as typed.
inline constexpr double kGeometryToleranceM = 1e-9;

// Actors.
inline constexpr NumberRule kActorHeight{0.3, 3.0, false, "metres", "m", "an actor height"};

// Cameras and lenses.
inline constexpr NumberRule kFocalLength{1.0, 2000.0, false, "millimetres", "mm", "a focal length"};
inline constexpr NumberRule kFocusDistance{0.01, 100000.0, false, "metres", "m", "a focus distance"};
inline constexpr NumberRule kFStop{0.5, 64.0, false, "", "", "an f-number"};
inline constexpr NumberRule kAspect{0.5, 5.0, false, "", "", "a delivery aspect ratio"};
inline constexpr NumberRule kSqueeze{kMinSqueeze, kMaxSqueeze, false, "", "", "an anamorphic squeeze"};
inline constexpr NumberRule kCoc{0.0, 1.0, true, "millimetres", "mm", "a circle of confusion"};
inline constexpr NumberRule kGateDimension{0.0, kMaxSensorDimensionMm, true, "millimetres", "mm", "a gate dimension"};
// A lens's closest focus, metres from the film plane (long telephotos focus no closer than ~10 m).
inline constexpr NumberRule kMinFocus{0.0, 100.0, true, "metres", "m", "a minimum focus distance"};
// A lens's widest aperture as a T-stop (the fastest cine lenses open to about T0.7).
inline constexpr NumberRule kTStop{0.5, 64.0, false, "", "", "a T-stop"};
inline constexpr std::size_t kMaxPrimes = 64;         // lenses in one prime kit

// Shots and blocking.
// A shot lasts more than nothing and at most a day (a typing error beyond that).
inline constexpr Flicks kMaxShotDuration = Flicks{24} * 3600 * kFlicksPerSecond;
inline constexpr FlicksRule kShotDuration{0, kMaxShotDuration, true, "a shot duration",
                                          "greater than 0 and at most 24 h (60963840000000 flicks)"};
// Scene action times: the range of curve keys (+-1,000,000 s), so blocking and rigs share a clock.
inline constexpr FlicksRule kActionTime{-kCurveTimeLimit, kCurveTimeLimit, false, "a time",
                                        "within 1000000 s of zero (-705600000000000 to 705600000000000 flicks)"};

// How many of each thing a project may hold. A real production stays far below every cap; beyond
// one, loading (and saving) a project would take minutes and gigabytes for a list nobody typed, so
// a file is refused before its items are read (countProblemIn) and an edit that would pass a cap is
// refused (checkRoomFor, project_checks.h). docs/input-ranges.md gives the measured costs.
// Shots in the whole project: about 3.7 times the ~2,700 shots of Mad Max: Fury Road (2015), one
// of the most-cut features; a project of 10,000 shots loads in well under a second.
inline constexpr std::size_t kMaxShots = 10000;
inline constexpr std::size_t kMaxScenes = 10000;       // scenes in a project (a feature script has 100-250)
inline constexpr std::size_t kMaxActors = 1000;        // stand-in actors (crowds are set pieces, not 1,000 actors)
inline constexpr std::size_t kMaxCameras = 256;        // camera setups (bullet-time rigs aside, a few dozen)
inline constexpr std::size_t kMaxSetPieces = 10000;    // pieces of the set
inline constexpr std::size_t kMaxMarks = 10000;        // marks in one actor's blocking in one scene
inline constexpr std::size_t kMaxViaPoints = 1000;     // points walked through on the way into one mark
inline constexpr std::size_t kMaxRailPoints = 10000;   // points of one rail (a 10 km rail with a point every metre)
// Keys on one channel's curve: every frame of a 69-minute take at 24 fps.
inline constexpr std::size_t kMaxCurveKeys = 100000;
inline constexpr std::size_t kMaxShotLines = 1000;     // props, or equipment lines, of one shot

// "a project holds at most 10000 shots, got 10001": the message of a list beyond its cap.
inline std::string countMessage(std::size_t count, std::size_t cap, std::string_view things, std::string_view holder)
{
    return std::string(holder) + " holds at most " + std::to_string(cap) + " " + std::string(things) + ", got "
           + std::to_string(count);
}

// The first list of a parsed project file (before reading its items) that is longer than its cap, as
// an Error naming the list ("scenes[2].shots: a project holds at most 10000 shots, got 10001 (counting
// every scene's shots)"); nullopt when none is. Lists of the wrong type are left to the reader.
inline std::optional<Error> countProblemIn(const json::Value& root)
{
    const auto arrayAt = [](const json::Value& object, std::string_view key) -> const json::Value* {
        if (!object.is_object())
            return nullptr;
        const auto it = object.find(key);
        return it != object.end() && it->is_array() ? &*it : nullptr;
    };
    const auto over = [](const json::Value* list, std::size_t cap) { return list && list->size() > cap; };
    if (const json::Value* set = root.is_object() && root.contains("set") ? &root["set"] : nullptr) {
        if (const json::Value* pieces = arrayAt(*set, "pieces"); over(pieces, kMaxSetPieces))
            return Error{"set.pieces", countMessage(pieces->size(), kMaxSetPieces, "set pieces", "a project")};
    }
    if (const json::Value* actors = arrayAt(root, "actors"); over(actors, kMaxActors))
        return Error{"actors", countMessage(actors->size(), kMaxActors, "actors", "a project")};
    if (const json::Value* cameras = arrayAt(root, "cameras"); over(cameras, kMaxCameras))
        return Error{"cameras", countMessage(cameras->size(), kMaxCameras, "cameras", "a project")};
    const json::Value* scenes = arrayAt(root, "scenes");
    if (!scenes)
        return std::nullopt;
    if (scenes->size() > kMaxScenes)
        return Error{"scenes", countMessage(scenes->size(), kMaxScenes, "scenes", "a project")};
    std::size_t shots = 0;
    for (std::size_t s = 0; s < scenes->size(); ++s) {
        const std::string sceneField = json::element("scenes", s);
        const json::Value& scene = (*scenes)[s];
        if (const json::Value* blocking = arrayAt(scene, "blocking")) {
            for (std::size_t b = 0; b < blocking->size(); ++b) {
                const json::Value* marks = arrayAt((*blocking)[b], "marks");
                if (!marks)
                    continue;
                const std::string marksField = json::member(json::element(json::member(sceneField, "blocking"), b), "marks");
                if (marks->size() > kMaxMarks)
                    return Error{marksField, countMessage(marks->size(), kMaxMarks, "marks", "an actor's blocking")};
                for (std::size_t m = 0; m < marks->size(); ++m) {
                    if (const json::Value* via = arrayAt((*marks)[m], "viaM"); over(via, kMaxViaPoints))
                        return Error{json::member(json::element(marksField, m), "viaM"),
                                     countMessage(via->size(), kMaxViaPoints, "via points", "a mark")};
                }
            }
        }
        const json::Value* sceneShots = arrayAt(scene, "shots");
        if (!sceneShots)
            continue;
        const std::string shotsField = json::member(sceneField, "shots");
        shots += sceneShots->size();
        if (shots > kMaxShots)
            return Error{shotsField, countMessage(shots, kMaxShots, "shots", "a project")
                                         + " (counting the shots of scenes[0] to " + sceneField + ")"};
        for (std::size_t i = 0; i < sceneShots->size(); ++i) {
            const json::Value& shot = (*sceneShots)[i];
            const std::string shotField = json::element(shotsField, i);
            for (const std::string_view key : {std::string_view("props"), std::string_view("equipment")}) {
                if (const json::Value* lines = arrayAt(shot, key); over(lines, kMaxShotLines))
                    return Error{json::member(shotField, key), countMessage(lines->size(), kMaxShotLines,
                                                                            std::string(key) + " lines", "a shot")};
            }
            if (!shot.is_object() || !shot.contains("rig") || !shot["rig"].is_object())
                continue;
            const json::Value& rig = shot["rig"];
            const std::string rigField = json::member(shotField, "rig");
            if (rig.contains("rail") && rig["rail"].is_object()) {
                for (const std::string_view key : {std::string_view("pointsM"), std::string_view("points")}) {
                    if (const json::Value* points = arrayAt(rig["rail"], key); over(points, kMaxRailPoints))
                        return Error{json::member(json::member(rigField, "rail"), key),
                                     countMessage(points->size(), kMaxRailPoints, "points", "a rail")};
                }
            }
            if (!rig.contains("channels") || !rig["channels"].is_object())
                continue;
            for (const auto& [channel, curve] : rig["channels"].items()) {
                if (const json::Value* keys = arrayAt(curve, "keys"); over(keys, kMaxCurveKeys))
                    return Error{json::member(json::member(json::member(rigField, "channels"), channel), "keys"),
                                 countMessage(keys->size(), kMaxCurveKeys, "keys", "a curve")};
            }
        }
    }
    return std::nullopt;
}

// The error a FlicksRule gives at `path` for `flicks` (nullopt when inside), as readFlicks words it.
inline std::optional<Error> checkFlicks(Flicks flicks, const std::string& path, const FlicksRule& rule)
{
    const bool belowMin = rule.minExclusive ? !(flicks > rule.min) : flicks < rule.min;
    if (!belowMin && flicks <= rule.max)
        return std::nullopt;
    return Error{path, "expected " + std::string(rule.what) + " " + std::string(rule.range) + ", got "
                           + std::to_string(flicks)};
}

// "unknown actor 'Zed'; the project's actors are Anna, Ben": a name that is not one of `names`.
inline std::string unknownNameMessage(std::string_view name, std::span<const std::string_view> names,
                                      std::string_view kind)
{
    std::string message = "unknown " + std::string(kind) + " '" + json::truncated(std::string(name), 60) + "'; ";
    if (names.empty()) {
        message += "the project has no " + std::string(kind) + "s";
    } else {
        message += "the project's " + std::string(kind) + "s are ";
        for (std::size_t i = 0; i < names.size(); ++i)
            message += (i == 0 ? "" : ", ") + std::string(names[i]);
    }
    return json::truncated(message, json::kMaxMessageBytes);
}

// "duplicate actor name 'Anna' (also actors[0].name)": names are keys.
inline std::string duplicateNameMessage(std::string_view name, std::string_view kind, const std::string& firstPath)
{
    return "duplicate " + std::string(kind) + " name '" + json::truncated(std::string(name), 60) + "' (also " + firstPath
           + "); names of " + std::string(kind) + "s are keys and must be unique";
}

// What is wrong with a model path (nullopt: nothing): empty, too long, control characters, not
// relative, "." or ".." or empty segments, backslashes, or not a .gltf, .glb or .obj file.
inline std::optional<std::string> modelPathProblem(std::string_view path)
{
    if (path.empty())
        return "expected the model's file, relative to the project's folder (\"models/car.glb\"), got an empty string";
    if (std::optional<std::string> problem = json::textProblem(path, kMaxPathBytes))
        return problem;
    if (path.find('\\') != std::string_view::npos)
        return "must separate folders with '/', not '\\'";
    if (path.front() == '/' || (path.size() >= 2 && path[1] == ':'))
        return "must be relative to the project's folder, not an absolute path";
    std::size_t start = 0;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, end - start);
        if (segment == "..")
            return "must not leave the project's folder (\"..\"); copy the model into the project's folder";
        if (segment.empty() || segment == ".")
            return "must be a plain relative path such as \"models/car.glb\" (no empty or \".\" folders)";
        start = end + 1;
    }
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    const bool known = std::any_of(kModelExtensions.begin(), kModelExtensions.end(), [&](std::string_view extension) {
        if (path.size() <= extension.size())
            return false;
        const std::string_view tail = path.substr(path.size() - extension.size());
        return std::equal(tail.begin(), tail.end(), extension.begin(), [&](char a, char b) { return lower(a) == b; });
    });
    if (!known)
        return "expected a glTF (.gltf, .glb) or OBJ (.obj) file";
    return std::nullopt;
}

} // namespace murnau::rules
