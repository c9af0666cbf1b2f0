// The .murnau file format, version 1 (specified in docs/file-format.md).
//
// Reading happens in two passes. A SAX pass builds the JSON tree while tracking the
// path of every value, so that syntax errors, number overflow, duplicate keys and
// excessive nesting are reported at their place ("actors[1].heightM"). A validation
// pass then walks the tree and builds the Project, refusing anything out of range.
// nlohmann throws; every exception is caught here and turned into a murnau::Error.

#include "core/scene/project_json.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <random>
#include <set>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "core/optics/lens.h"
#include "core/optics/sensor.h"

namespace murnau {

namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

constexpr std::string_view kFormatName = "murnau-project";
constexpr std::size_t kMaxProjectBytes = std::size_t{64} * 1024 * 1024;  // 64 MiB
constexpr std::size_t kMaxNestingDepth = 64;       // the format itself nests 5 levels deep
constexpr std::size_t kMaxNameBytes = 256;         // names of pieces, actors, cameras, sensors
constexpr std::size_t kMaxTitleBytes = 1024;
constexpr std::size_t kMaxMessageBytes = 400;      // error messages quote the input; cap them
constexpr std::size_t kPathSegmentsShownForNesting = 6;

// Thrown inside this file only, caught by parseProject.
struct Failure {
    Error error;
};

[[noreturn]] void failAt(std::string field, std::string message)
{
    throw Failure{Error{std::move(field), std::move(message)}};
}

std::string member(const std::string& path, std::string_view key)
{
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string element(const std::string& path, std::size_t index)
{
    return path + "[" + std::to_string(index) + "]";
}

std::string truncated(std::string text, std::size_t maxBytes)
{
    if (text.size() > maxBytes) {
        text.resize(maxBytes);
        // do not leave half a UTF-8 sequence at the end
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0U) == 0x80U)
            text.pop_back();
        if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80U) != 0U)
            text.pop_back();
        text += "...";
    }
    return text;
}

// A number for messages: shortest text that reads back the same, "2000" not "2000.0".
std::string numberText(double value)
{
    return fmt::format("{}", value);
}

// "a string \"NaN\"", "an array", "-1.8": what the file had, for error messages.
std::string describeValue(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return "a string " + truncated(value.dump(-1, ' ', false, Json::error_handler_t::replace), 40);
    case Json::value_t::object:
        return "an object";
    case Json::value_t::array:
        return "an array";
    case Json::value_t::null:
        return "null";
    case Json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    default:
        return value.dump();
    }
}

std::string mebibytes(std::uintmax_t bytes)
{
    return fmt::format("{:.1f} MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
}

// ---------------------------------------------------------------------------------
// Pass 1: JSON text -> tree, with the path of every value known.

class PathTrackingSax {
public:
    explicit PathTrackingSax(Json& root) : m_dom(root, false) {}

    bool null() { return scalarDone(m_dom.null()); }
    bool boolean(bool value) { return scalarDone(m_dom.boolean(value)); }
    bool number_integer(Json::number_integer_t value) { return scalarDone(m_dom.number_integer(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return scalarDone(m_dom.number_unsigned(value)); }
    bool number_float(Json::number_float_t value, const Json::string_t& text)
    {
        return scalarDone(m_dom.number_float(value, text));
    }
    bool string(Json::string_t& value) { return scalarDone(m_dom.string(value)); }
    bool binary(Json::binary_t& value) { return scalarDone(m_dom.binary(value)); }

    bool start_object(std::size_t length)
    {
        if (!enter(false))
            return false;
        return m_dom.start_object(length);
    }
    bool key(Json::string_t& name)
    {
        Frame& frame = m_frames.back();
        if (!frame.keys.insert(name).second) {
            m_error = Error{member(currentPath(), name), "duplicate key '" + truncated(name, 60) + "'"};
            return false;
        }
        frame.key = name;
        frame.hasKey = true;
        return m_dom.key(name);
    }
    bool end_object()
    {
        m_frames.pop_back();
        return scalarDone(m_dom.end_object());
    }
    bool start_array(std::size_t length)
    {
        if (!enter(true))
            return false;
        return m_dom.start_array(length);
    }
    bool end_array()
    {
        m_frames.pop_back();
        return scalarDone(m_dom.end_array());
    }

    bool parse_error(std::size_t position, const std::string& /*lastToken*/,
                     const nlohmann::detail::exception& exception)
    {
        std::string what = exception.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 3: ..." -> "parse error at ..."
        if (const auto bracket = what.find("] "); what.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos)
            what.erase(0, bracket + 2);
        m_error = Error{currentPath(), truncated("not valid JSON at byte " + std::to_string(position) + ": " + what,
                                                 kMaxMessageBytes)};
        return false;
    }

    [[nodiscard]] const std::optional<Error>& error() const { return m_error; }

private:
    struct Frame {
        bool isArray = false;
        std::size_t index = 0;        // arrays: index of the next element
        std::string key;              // objects: the key of the value being read
        bool hasKey = false;
        std::set<std::string> keys;   // objects: keys seen so far (duplicates are refused)
    };

    // The path of the value being read now ("" for the root).
    [[nodiscard]] std::string currentPath(std::size_t maxSegments = SIZE_MAX) const
    {
        std::string path;
        std::size_t segments = 0;
        for (const Frame& frame : m_frames) {
            if (segments == maxSegments)
                break;
            if (frame.isArray) {
                path = element(path, frame.index);
            } else if (frame.hasKey) {
                path = member(path, frame.key);
            } else {
                break;
            }
            ++segments;
        }
        return path;
    }

    bool enter(bool isArray)
    {
        if (m_frames.size() >= kMaxNestingDepth) {
            // Name the place by its first segments, without the run of brackets that follows.
            std::string path = currentPath(kPathSegmentsShownForNesting);
            while (!path.empty() && path.back() == ']')
                path.erase(path.rfind('['));
            m_error = Error{path, "nested more than " + std::to_string(kMaxNestingDepth)
                                      + " levels deep; a project nests at most 5"};
            return false;
        }
        m_frames.push_back(Frame{isArray, 0, {}, false, {}});
        return true;
    }

    bool scalarDone(bool domOk)
    {
        if (!m_frames.empty()) {
            Frame& frame = m_frames.back();
            if (frame.isArray)
                ++frame.index;
            else
                frame.hasKey = false;
        }
        return domOk;
    }

    nlohmann::detail::json_sax_dom_parser<Json> m_dom;
    std::vector<Frame> m_frames;
    std::optional<Error> m_error;
};

// ---------------------------------------------------------------------------------
// Pass 2: tree -> Project, validating every value.

// The accepted range of a number and how to talk about it.
struct NumberRule {
    double min;
    double max;
    bool minExclusive;          // true: min itself is refused (sizes must be > 0)
    std::string_view unitWord;  // "metres" ("a positive number of metres"); empty for plain numbers
    std::string_view unit;      // "m" ("from 0.3 to 3 m")
    std::string_view what;      // "an actor height"
};

constexpr NumberRule kActorHeight{0.3, 3.0, false, "metres", "m", "an actor height"};
constexpr NumberRule kCoordinate{-100000.0, 100000.0, false, "metres", "m", "a coordinate"};
constexpr NumberRule kSize{0.0, 10000.0, true, "metres", "m", "a size"};
constexpr NumberRule kAngle{-360.0, 360.0, false, "degrees", "degrees", "an angle"};
constexpr NumberRule kFocalLength{1.0, 2000.0, false, "millimetres", "mm", "a focal length"};
constexpr NumberRule kFocusDistance{0.01, 100000.0, false, "metres", "m", "a focus distance"};
constexpr NumberRule kFStop{0.5, 64.0, false, "", "", "an f-number"};
constexpr NumberRule kAspect{0.5, 5.0, false, "", "", "a delivery aspect ratio"};
constexpr NumberRule kSqueeze{kMinSqueeze, kMaxSqueeze, false, "", "", "an anamorphic squeeze"};
constexpr NumberRule kCoc{0.0, 1.0, true, "millimetres", "mm", "a circle of confusion"};
constexpr NumberRule kGateDimension{0.0, kMaxSensorDimensionMm, true, "millimetres", "mm", "a gate dimension"};

// Edit distance, for "did you mean" on unknown keys.
std::size_t editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Refuses anything but an object with exactly the allowed keys (all are required).
void expectObject(const Json& value, const std::string& path, std::initializer_list<std::string_view> keys,
                  std::string_view what)
{
    if (!value.is_object())
        failAt(path, "expected " + std::string(what) + " (a JSON object), got " + describeValue(value));
    for (const auto& [name, unused] : value.items()) {
        if (std::find(keys.begin(), keys.end(), name) != keys.end())
            continue;
        std::string message = "unknown key '" + truncated(name, 60) + "'";
        const auto best = name.size() > 64 ? keys.end()
                                           : std::min_element(keys.begin(), keys.end(), [&](std::string_view l, std::string_view r) {
                                                 return editDistance(name, l) < editDistance(name, r);
                                             });
        if (best != keys.end() && editDistance(name, *best) <= 2)
            message += "; did you mean '" + std::string(*best) + "'?";
        else {
            message += "; expected only";
            for (const std::string_view key : keys)
                message += " " + std::string(key);
        }
        failAt(member(path, name), truncated(message, kMaxMessageBytes));
    }
    for (const std::string_view key : keys) {
        if (!value.contains(key))
            failAt(member(path, key), "missing (required in " + std::string(what) + ")");
    }
}

double readNumber(const Json& value, const std::string& path, const NumberRule& rule)
{
    if (!value.is_number()) {
        failAt(path, "expected a number" + (rule.unitWord.empty() ? std::string() : " of " + std::string(rule.unitWord))
                         + ", got " + describeValue(value));
    }
    const double number = value.get<double>();
    const bool belowMin = rule.minExclusive ? !(number > rule.min) : !(number >= rule.min);
    if (!std::isfinite(number) || belowMin || !(number <= rule.max)) {
        if (rule.min >= 0.0 && !(number > 0.0)) {
            failAt(path, "expected a positive number"
                             + (rule.unitWord.empty() ? std::string() : " of " + std::string(rule.unitWord))
                             + ", got " + value.dump());
        }
        std::string range = rule.minExclusive ? "greater than " + numberText(rule.min) + " and at most "
                                              : "from " + numberText(rule.min) + " to ";
        failAt(path, "expected " + std::string(rule.what) + " " + range + numberText(rule.max)
                         + (rule.unit.empty() ? std::string() : " " + std::string(rule.unit)) + ", got " + value.dump());
    }
    return number;
}

std::optional<double> readOptionalNumber(const Json& value, const std::string& path, const NumberRule& rule)
{
    if (value.is_null())
        return std::nullopt;
    if (!value.is_number()) {
        failAt(path, "expected null or a number" + (rule.unitWord.empty() ? std::string() : " of " + std::string(rule.unitWord))
                         + ", got " + describeValue(value));
    }
    return readNumber(value, path, rule);
}

std::string readText(const Json& value, const std::string& path, std::size_t maxBytes)
{
    if (!value.is_string())
        failAt(path, "expected a string, got " + describeValue(value));
    const auto& text = value.get_ref<const std::string&>();
    if (text.size() > maxBytes)
        failAt(path, "longer than " + std::to_string(maxBytes) + " bytes");
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20U || c == 0x7F; }))
        failAt(path, "must not contain control characters (newlines, tabs, NUL)");
    return text;
}

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

Rgb readColor(const Json& value, const std::string& path)
{
    if (!value.is_string())
        failAt(path, "expected a colour \"#rrggbb\", got " + describeValue(value));
    const auto& text = value.get_ref<const std::string&>();
    std::array<int, 6> digits{};
    bool ok = text.size() == 7 && text[0] == '#';
    for (std::size_t i = 0; ok && i < 6; ++i) {
        digits[i] = hexDigit(text[i + 1]);
        ok = digits[i] >= 0;
    }
    if (!ok)
        failAt(path, "expected a colour \"#rrggbb\" (six hexadecimal digits), got " + describeValue(value));
    const auto channel = [&](std::size_t i) { return static_cast<std::uint8_t>(digits[i] * 16 + digits[i + 1]); };
    return Rgb{channel(0), channel(2), channel(4)};
}

template<std::size_t N>
std::array<double, N> readVector(const Json& value, const std::string& path, const NumberRule& rule)
{
    if (!value.is_array() || value.size() != N) {
        const std::string got = value.is_array() ? "an array of " + std::to_string(value.size()) : describeValue(value);
        failAt(path, "expected an array of " + std::to_string(N) + " numbers, got " + got);
    }
    std::array<double, N> result{};
    for (std::size_t i = 0; i < N; ++i)
        result[i] = readNumber(value[i], element(path, i), rule);
    return result;
}

glm::dvec3 readVec3(const Json& value, const std::string& path, const NumberRule& rule)
{
    const auto v = readVector<3>(value, path, rule);
    return {v[0], v[1], v[2]};
}

const Json& readArray(const Json& value, const std::string& path)
{
    if (!value.is_array())
        failAt(path, "expected an array, got " + describeValue(value));
    return value;
}

SetPiece readPiece(const Json& value, const std::string& path)
{
    expectObject(value, path, {"name", "shape", "positionM", "sizeM", "yawDeg", "color"}, "a set piece");
    SetPiece piece;
    piece.name = readText(value["name"], member(path, "name"), kMaxNameBytes);
    const Json& shape = value["shape"];
    if (shape == "box")
        piece.shape = SetPieceShape::Box;
    else if (shape == "cylinder")
        piece.shape = SetPieceShape::Cylinder;
    else
        failAt(member(path, "shape"), "expected \"box\" or \"cylinder\", got " + describeValue(shape));
    piece.positionM = readVec3(value["positionM"], member(path, "positionM"), kCoordinate);
    piece.sizeM = readVec3(value["sizeM"], member(path, "sizeM"), kSize);
    piece.yawDeg = readNumber(value["yawDeg"], member(path, "yawDeg"), kAngle);
    piece.color = readColor(value["color"], member(path, "color"));
    return piece;
}

SetDescription readSet(const Json& value, const std::string& path)
{
    expectObject(value, path, {"name", "floorSizeM", "floorColor", "pieces"}, "the set");
    SetDescription set;
    set.name = readText(value["name"], member(path, "name"), kMaxNameBytes);
    const auto floor = readVector<2>(value["floorSizeM"], member(path, "floorSizeM"), kSize);
    set.floorSizeM = {floor[0], floor[1]};
    set.floorColor = readColor(value["floorColor"], member(path, "floorColor"));
    const std::string piecesPath = member(path, "pieces");
    const Json& pieces = readArray(value["pieces"], piecesPath);
    set.pieces.reserve(pieces.size());
    for (std::size_t i = 0; i < pieces.size(); ++i)
        set.pieces.push_back(readPiece(pieces[i], element(piecesPath, i)));
    return set;
}

Actor readActor(const Json& value, const std::string& path)
{
    expectObject(value, path, {"name", "heightM", "positionM", "facingDeg", "color"}, "an actor");
    Actor actor;
    actor.name = readText(value["name"], member(path, "name"), kMaxNameBytes);
    actor.heightM = readNumber(value["heightM"], member(path, "heightM"), kActorHeight);
    actor.positionM = readVec3(value["positionM"], member(path, "positionM"), kCoordinate);
    actor.facingDeg = readNumber(value["facingDeg"], member(path, "facingDeg"), kAngle);
    actor.color = readColor(value["color"], member(path, "color"));
    return actor;
}

SensorFormat readSensor(const Json& value, const std::string& path)
{
    if (value.is_string()) {
        const auto& id = value.get_ref<const std::string&>();
        if (const SensorFormat* preset = findSensorPreset(id))
            return *preset;
        std::string known;
        for (const SensorFormat& preset : sensorPresets())
            known += (known.empty() ? "" : ", ") + preset.id;
        failAt(path, truncated("unknown sensor preset '" + truncated(id, 60) + "'; use one of " + known
                                   + ", or a custom gate {\"name\", \"widthMm\", \"heightMm\"}",
                               kMaxMessageBytes + 600));
    }
    if (!value.is_object())
        failAt(path, "expected a sensor preset id or a custom gate object, got " + describeValue(value));
    expectObject(value, path, {"name", "widthMm", "heightMm"}, "a custom gate");
    SensorFormat sensor;
    sensor.id = "custom";
    sensor.name = readText(value["name"], member(path, "name"), kMaxNameBytes);
    sensor.widthMm = readNumber(value["widthMm"], member(path, "widthMm"), kGateDimension);
    sensor.heightMm = readNumber(value["heightMm"], member(path, "heightMm"), kGateDimension);
    sensor.cocMm = defaultCocMm(sensor.widthMm, sensor.heightMm);
    sensor.source = "custom gate from the project file";
    return sensor;
}

CameraSetup readCamera(const Json& value, const std::string& path)
{
    expectObject(value, path,
                 {"name", "sensor", "deliveryAspect", "squeeze", "cocMm", "positionM", "panDeg", "tiltDeg", "rollDeg",
                  "focalLengthMm", "focusDistanceM", "fStop"},
                 "a camera");
    CameraSetup camera;
    camera.name = readText(value["name"], member(path, "name"), kMaxNameBytes);
    camera.sensor = readSensor(value["sensor"], member(path, "sensor"));
    camera.deliveryAspect = readOptionalNumber(value["deliveryAspect"], member(path, "deliveryAspect"), kAspect);
    camera.squeeze = readNumber(value["squeeze"], member(path, "squeeze"), kSqueeze);
    camera.cocMm = readOptionalNumber(value["cocMm"], member(path, "cocMm"), kCoc);
    camera.positionM = readVec3(value["positionM"], member(path, "positionM"), kCoordinate);
    camera.panDeg = readNumber(value["panDeg"], member(path, "panDeg"), kAngle);
    camera.tiltDeg = readNumber(value["tiltDeg"], member(path, "tiltDeg"), kAngle);
    camera.rollDeg = readNumber(value["rollDeg"], member(path, "rollDeg"), kAngle);
    camera.focalLengthMm = readNumber(value["focalLengthMm"], member(path, "focalLengthMm"), kFocalLength);
    camera.focusDistanceM = readNumber(value["focusDistanceM"], member(path, "focusDistanceM"), kFocusDistance);
    camera.fStop = readNumber(value["fStop"], member(path, "fStop"), kFStop);
    if (!(camera.focusDistanceM * 1000.0 > camera.focalLengthMm)) {
        failAt(member(path, "focusDistanceM"), "a lens cannot focus at " + numberText(camera.focusDistanceM)
                                                   + " m, inside its focal length of "
                                                   + numberText(camera.focalLengthMm) + " mm");
    }
    return camera;
}

Project readProject(const Json& root)
{
    if (!root.is_object())
        failAt("", "expected a Murnau project (a JSON object at the top level), got " + describeValue(root));

    // Identify the file and its version before anything else, so a newer file is
    // refused for its version and not for the keys it added.
    if (!root.contains("format"))
        failAt("format", "missing; this is not a Murnau project (expected \"format\": \"murnau-project\")");
    if (const Json& format = root["format"]; !format.is_string() || format.get_ref<const std::string&>() != kFormatName) {
        failAt("format", "this is not a Murnau project: expected \"murnau-project\", got "
                             + describeValue(root["format"]));
    }
    if (!root.contains("formatVersion"))
        failAt("formatVersion", "missing (required: the version of the file format)");
    const Json& version = root["formatVersion"];
    if (!version.is_number_integer())
        failAt("formatVersion", "expected a whole number, got " + describeValue(version));
    if (version.is_number_unsigned() ? version.get<std::uint64_t>() > std::uint64_t{Project::kFormatVersion}
                                     : version.get<std::int64_t>() > Project::kFormatVersion) {
        failAt("formatVersion", "this file was written by a newer Murnau (format " + version.dump()
                                    + "); this build reads up to " + std::to_string(Project::kFormatVersion));
    }
    if (version.get<std::int64_t>() < 1)
        failAt("formatVersion", "expected a format version of at least 1, got " + version.dump());

    expectObject(root, "", {"format", "formatVersion", "title", "frameRate", "set", "actors", "cameras"}, "a project");

    Project project;
    project.title = readText(root["title"], "title", kMaxTitleBytes);

    const Json& rate = root["frameRate"];
    if (!rate.is_string())
        failAt("frameRate", "expected a frame rate label such as \"24\" or \"23.976\", got " + describeValue(rate));
    Result<FrameRate> frameRate = parseFrameRate(rate.get_ref<const std::string&>());
    if (!frameRate.ok())
        failAt("frameRate", frameRate.error().message);
    project.frameRate = frameRate.value();

    project.set = readSet(root["set"], "set");

    const Json& actors = readArray(root["actors"], "actors");
    project.actors.reserve(actors.size());
    for (std::size_t i = 0; i < actors.size(); ++i)
        project.actors.push_back(readActor(actors[i], element("actors", i)));

    const Json& cameras = readArray(root["cameras"], "cameras");
    if (cameras.empty())
        failAt("cameras", "a project needs at least one camera");
    project.cameras.reserve(cameras.size());
    for (std::size_t i = 0; i < cameras.size(); ++i)
        project.cameras.push_back(readCamera(cameras[i], element("cameras", i)));

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

OrderedJson vectorJson(glm::dvec3 v)
{
    return OrderedJson::array({v.x, v.y, v.z});
}

OrderedJson sensorJson(const SensorFormat& sensor)
{
    const SensorFormat* preset = findSensorPreset(sensor.id);
    if (preset != nullptr && preset->widthMm == sensor.widthMm && preset->heightMm == sensor.heightMm)
        return sensor.id;
    OrderedJson custom = OrderedJson::object();
    custom["name"] = sensor.name;
    custom["widthMm"] = sensor.widthMm;
    custom["heightMm"] = sensor.heightMm;
    return custom;
}

OrderedJson optionalJson(const std::optional<double>& value)
{
    return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

OrderedJson projectJson(const Project& project)
{
    OrderedJson root = OrderedJson::object();
    root["format"] = kFormatName;
    root["formatVersion"] = Project::kFormatVersion;
    root["title"] = project.title;
    root["frameRate"] = frameRateLabel(project.frameRate);

    OrderedJson set = OrderedJson::object();
    set["name"] = project.set.name;
    set["floorSizeM"] = OrderedJson::array({project.set.floorSizeM.x, project.set.floorSizeM.y});
    set["floorColor"] = colorText(project.set.floorColor);
    OrderedJson pieces = OrderedJson::array();
    for (const SetPiece& piece : project.set.pieces) {
        OrderedJson p = OrderedJson::object();
        p["name"] = piece.name;
        p["shape"] = piece.shape == SetPieceShape::Cylinder ? "cylinder" : "box";
        p["positionM"] = vectorJson(piece.positionM);
        p["sizeM"] = vectorJson(piece.sizeM);
        p["yawDeg"] = piece.yawDeg;
        p["color"] = colorText(piece.color);
        pieces.push_back(std::move(p));
    }
    set["pieces"] = std::move(pieces);
    root["set"] = std::move(set);

    OrderedJson actors = OrderedJson::array();
    for (const Actor& actor : project.actors) {
        OrderedJson a = OrderedJson::object();
        a["name"] = actor.name;
        a["heightM"] = actor.heightM;
        a["positionM"] = vectorJson(actor.positionM);
        a["facingDeg"] = actor.facingDeg;
        a["color"] = colorText(actor.color);
        actors.push_back(std::move(a));
    }
    root["actors"] = std::move(actors);

    OrderedJson cameras = OrderedJson::array();
    for (const CameraSetup& camera : project.cameras) {
        OrderedJson c = OrderedJson::object();
        c["name"] = camera.name;
        c["sensor"] = sensorJson(camera.sensor);
        c["deliveryAspect"] = optionalJson(camera.deliveryAspect);
        c["squeeze"] = camera.squeeze;
        c["cocMm"] = optionalJson(camera.cocMm);
        c["positionM"] = vectorJson(camera.positionM);
        c["panDeg"] = camera.panDeg;
        c["tiltDeg"] = camera.tiltDeg;
        c["rollDeg"] = camera.rollDeg;
        c["focalLengthMm"] = camera.focalLengthMm;
        c["focusDistanceM"] = camera.focusDistanceM;
        c["fStop"] = camera.fStop;
        cameras.push_back(std::move(c));
    }
    root["cameras"] = std::move(cameras);
    return root;
}

std::string scalarText(const OrderedJson& value)
{
    // Invalid UTF-8 in a name is replaced (U+FFFD) rather than thrown.
    return value.dump(-1, ' ', false, OrderedJson::error_handler_t::replace);
}

// Pretty-prints with a 2-space indent like nlohmann's dump(2), except that arrays of
// plain values stay on one line: "positionM": [1.0, 0.0, -2.5].
void writeJson(std::string& out, const OrderedJson& value, int indent)
{
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    const std::string outer(static_cast<std::size_t>(indent), ' ');
    if (value.is_object()) {
        if (value.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (const auto& [name, child] : value.items()) {
            if (!first)
                out += ",\n";
            first = false;
            out += inner + scalarText(OrderedJson(name)) + ": ";
            writeJson(out, child, indent + 2);
        }
        out += "\n" + outer + "}";
    } else if (value.is_array()) {
        if (value.empty()) {
            out += "[]";
            return;
        }
        const bool flat = std::none_of(value.begin(), value.end(),
                                       [](const OrderedJson& e) { return e.is_structured(); });
        if (flat) {
            out += "[";
            for (std::size_t i = 0; i < value.size(); ++i)
                out += (i == 0 ? "" : ", ") + scalarText(value[i]);
            out += "]";
            return;
        }
        out += "[\n";
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (i != 0)
                out += ",\n";
            out += inner;
            writeJson(out, value[i], indent + 2);
        }
        out += "\n" + outer + "]";
    } else {
        out += scalarText(value);
    }
}

std::string systemMessage(int error)
{
    return std::error_code(error, std::generic_category()).message();
}

// Writes all of `text` to `fd`, retrying short writes and EINTR; returns errno or 0.
int writeAll(int fd, std::string_view text)
{
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t written = ::write(fd, text.data() + done, text.size() - done);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += static_cast<std::size_t>(written);
    }
    return 0;
}

// A temporary file next to `path`, created exclusively: "<path>.tmp-a1b2c3".
Result<std::pair<int, std::filesystem::path>> createTemporaryBeside(const std::filesystem::path& path)
{
    static constexpr std::string_view kAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device entropy;
    std::mt19937 generator(entropy());
    std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
    int lastError = 0;
    for (int attempt = 0; attempt < 100; ++attempt) {
        std::string suffix = ".tmp-";
        for (int i = 0; i < 6; ++i)
            suffix += kAlphabet[pick(generator)];
        std::filesystem::path candidate = path;
        candidate += suffix;
        const int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0)
            return std::pair{fd, candidate};
        lastError = errno;
        if (lastError != EEXIST)
            break;
    }
    return fail(path.string(), "cannot create a temporary file beside it: " + systemMessage(lastError));
}

void syncDirectoryOf(const std::filesystem::path& path)
{
    std::filesystem::path directory = path.parent_path();
    if (directory.empty())
        directory = ".";
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);  // best effort: the rename is already done and visible
        ::close(fd);
    }
}

} // namespace

Result<Project> parseProject(std::string_view jsonText)
{
    if (jsonText.size() > kMaxProjectBytes) {
        return fail("", "the project text is " + mebibytes(jsonText.size()) + "; projects are limited to "
                            + mebibytes(kMaxProjectBytes));
    }
    try {
        Json root;
        PathTrackingSax sax(root);
        const bool parsed = Json::sax_parse(jsonText.begin(), jsonText.end(), &sax);
        if (sax.error())
            return *sax.error();
        if (!parsed)
            return fail("", "not valid JSON");
        return readProject(root);
    } catch (const Failure& failure) {
        return failure.error;
    } catch (const nlohmann::json::exception& exception) {
        return fail("", truncated(std::string("could not read the project: ") + exception.what(), kMaxMessageBytes));
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
    std::string out;
    writeJson(out, projectJson(project), 0);
    out += "\n";
    return out;
}

Result<bool> saveProject(const Project& project, const std::filesystem::path& requestedPath)
{
    // Saving through a symbolic link replaces the file it points to, not the link.
    std::error_code linkError;
    std::filesystem::path path = requestedPath;
    if (std::filesystem::is_symlink(std::filesystem::symlink_status(requestedPath, linkError))) {
        path = std::filesystem::weakly_canonical(requestedPath, linkError);
        if (linkError)
            return fail(requestedPath.string(), "not saved: cannot resolve the link: " + linkError.message());
    }

    std::string text;
    try {
        text = serializeProject(project);
    } catch (const std::exception& exception) {
        return fail(path.string(), std::string("could not write the project: ") + exception.what());
    }
    // Never write a file this build could not read back (NaN, out-of-range values).
    if (Result<Project> check = parseProject(text); !check.ok())
        return fail(check.error().field, "not saved: " + check.error().message);

    std::error_code error;
    const auto oldStatus = std::filesystem::status(path, error);
    const bool hadOldFile = !error && std::filesystem::is_regular_file(oldStatus);
    if (!error && std::filesystem::exists(oldStatus) && !hadOldFile)
        return fail(path.string(), "not saved: the path exists and is not a regular file");

    auto temporary = createTemporaryBeside(path);
    if (!temporary.ok())
        return temporary.error();
    const int fd = temporary.value().first;
    const std::filesystem::path temporaryPath = temporary.value().second;
    const auto abandon = [&](std::string message) -> Result<bool> {
        ::unlink(temporaryPath.c_str());
        return fail(path.string(), "not saved: " + message);
    };

    int writeError = writeAll(fd, text);
    if (writeError == 0 && hadOldFile)
        ::fchmod(fd, static_cast<mode_t>(oldStatus.permissions()) & 07777);  // keep the old file's mode
    if (writeError == 0 && ::fsync(fd) != 0)
        writeError = errno;
    if (::close(fd) != 0 && writeError == 0)
        writeError = errno;
    if (writeError != 0)
        return abandon("cannot write " + temporaryPath.string() + ": " + systemMessage(writeError));

    if (hadOldFile) {
        std::filesystem::path backup = path;
        backup += ".bak";
        std::filesystem::copy_file(path, backup, std::filesystem::copy_options::overwrite_existing, error);
        if (error)
            return abandon("cannot keep the previous version as " + backup.string() + ": " + error.message());
    }

    if (::rename(temporaryPath.c_str(), path.c_str()) != 0)
        return abandon("cannot replace the file: " + systemMessage(errno));
    syncDirectoryOf(path);
    return true;
}

} // namespace murnau
