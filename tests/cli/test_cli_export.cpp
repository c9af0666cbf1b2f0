// murnau-cli export: every format read back and compared, frame by frame, with what
// `murnau-cli sample --json` prints for the same shots (the camera as the app evaluates it):
// positions within 1 mm, angles within 0.01 degrees, focal length within 0.01 mm (the issue's
// tolerances). Each reader here is written from the format's published description, not from
// Murnau's writers: Nuke .chan (Foundry: "frame tx ty tz rx ry rz" + vertical angle of view),
// glTF 2.0 (Khronos spec: accessors, LINEAR samplers, KHR_animation_pointer), USD ASCII time samples
// (Pixar: `attr.timeSamples = { t: value, ... }`), OpenTimelineIO JSON and RFC 4180 CSV.

#include <gtest/gtest.h>

#include <stdlib.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <optional>
#include <filesystem>
#include <fstream>
#include <map>
#include <numbers>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace murnau::test {
namespace {

const std::string kDemo = MURNAU_DEMO_PROJECT;

constexpr double kPositionToleranceM = 0.001;
constexpr double kAngleToleranceDeg = 0.01;
constexpr double kFocalToleranceMm = 0.01;
constexpr double kDegPerRad = 180.0 / std::numbers::pi;

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The smallest difference between two angles in degrees (350 and -10 are the same heading).
double angleDifferenceDeg(double a, double b)
{
    double d = std::fmod(a - b, 360.0);
    if (d > 180.0)
        d -= 360.0;
    if (d < -180.0)
        d += 360.0;
    return std::abs(d);
}

// The camera's focal length from a vertical angle of view and the gate height the sampled
// frame implies (h = 2 f tan(vfov / 2), both from `sample`).
double focalFromVerticalAngle(double vfovDeg, const nlohmann::json& sampled)
{
    const double gateHeightMm = 2.0 * sampled.at("focal_mm").get<double>()
                                * std::tan(sampled.at("vfov_deg").get<double>() / 2.0 / kDegPerRad);
    return gateHeightMm / (2.0 * std::tan(vfovDeg / 2.0 / kDegPerRad));
}

// A fresh directory for the exported files, removed afterwards, and the demo sampled once.
class CliExport : public testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_sampled = runCliJson({"sample", kDemo});
        ASSERT_TRUE(s_sampled.is_object());
    }
    void SetUp() override
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "murnau-cli-export-XXXXXX").string();
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        m_directory = pattern;
    }
    void TearDown() override
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_directory, ignored);
    }

    // The sampled frames of the demo's shot `index` (editorial order).
    static const nlohmann::json& sampledFrames(std::size_t index) { return s_sampled.at("shots").at(index).at("frames"); }
    static std::size_t sampledShotCount() { return s_sampled.at("shots").size(); }

    static inline nlohmann::json s_sampled;
    std::filesystem::path m_directory;
};

// ---------------------------------------------------------------------------------------------
// Nuke .chan: one file per shot, "frame tx ty tz rx ry rz vaov", frames from 1.

TEST_F(CliExport, ChanFilesMatchTheSampledCameraOnEveryFrame)
{
    const std::filesystem::path folder = m_directory / "chan";
    const nlohmann::json result = runCliJson({"export", kDemo, "--chan", folder.string()});
    ASSERT_TRUE(result.is_object());
    const nlohmann::json& files = result.at("files").at(0);
    EXPECT_EQ(files.at("kind"), "chan");
    ASSERT_EQ(files.at("paths").size(), sampledShotCount());

    for (std::size_t shot = 0; shot < sampledShotCount(); ++shot) {
        const nlohmann::json& frames = sampledFrames(shot);
        std::istringstream lines(readFile(files.at("paths").at(shot).get<std::string>()));
        std::string line;
        std::size_t count = 0;
        while (std::getline(lines, line)) {
            if (line.empty() || line.front() == '#')
                continue;
            std::istringstream fields(line);
            double frame = 0, tx = 0, ty = 0, tz = 0, rx = 0, ry = 0, rz = 0, vaov = 0;
            ASSERT_TRUE(fields >> frame >> tx >> ty >> tz >> rx >> ry >> rz >> vaov) << line;
            ASSERT_LT(count, frames.size());
            const nlohmann::json& sampled = frames.at(count);
            SCOPED_TRACE("shot " + std::to_string(shot) + ", line " + line);
            EXPECT_EQ(frame, sampled.at("frame").get<double>() + 1.0);   // Nuke counts from 1
            EXPECT_NEAR(tx, sampled.at("position_m")[0].get<double>(), kPositionToleranceM);
            EXPECT_NEAR(ty, sampled.at("position_m")[1].get<double>(), kPositionToleranceM);
            EXPECT_NEAR(tz, sampled.at("position_m")[2].get<double>(), kPositionToleranceM);
            EXPECT_LE(angleDifferenceDeg(rx, sampled.at("tilt_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(ry, sampled.at("pan_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(rz, sampled.at("roll_deg")), kAngleToleranceDeg);
            EXPECT_NEAR(focalFromVerticalAngle(vaov, sampled), sampled.at("focal_mm").get<double>(), kFocalToleranceMm);
            ++count;
        }
        EXPECT_EQ(count, frames.size()) << "one line per frame";
    }
}

// ---------------------------------------------------------------------------------------------
// glTF 2.0: each shot's camera node is animated by the animation named after the shot:
// translation and rotation channels on the node, yfov through KHR_animation_pointer.

// Pan, tilt and roll (degrees) of the unit quaternion (x, y, z, w), for R = Ry(pan) Rx(tilt) Rz(roll):
// with the standard quaternion matrix, R12 = -sin(tilt), (R02, R22) = cos(tilt) (sin, cos)(pan) and
// (R10, R11) = cos(tilt) (sin, cos)(roll).
std::array<double, 3> panTiltRollOf(double x, double y, double z, double w)
{
    const double r02 = 2.0 * (x * z + y * w);
    const double r22 = 1.0 - 2.0 * (x * x + y * y);
    const double r12 = 2.0 * (y * z - x * w);
    const double r10 = 2.0 * (x * y + z * w);
    const double r11 = 1.0 - 2.0 * (x * x + z * z);
    return {std::atan2(r02, r22) * kDegPerRad, std::asin(std::clamp(-r12, -1.0, 1.0)) * kDegPerRad,
            std::atan2(r10, r11) * kDegPerRad};
}

// The float values of accessor `index` (FLOAT components, tightly packed or strided).
std::vector<float> accessorFloats(const nlohmann::json& gltf, const std::string& buffer, std::size_t index)
{
    const nlohmann::json& accessor = gltf.at("accessors").at(index);
    EXPECT_EQ(accessor.at("componentType"), 5126) << "FLOAT";
    const std::map<std::string, std::size_t> components{{"SCALAR", 1}, {"VEC3", 3}, {"VEC4", 4}};
    const std::size_t width = components.at(accessor.at("type").get<std::string>());
    const nlohmann::json& view = gltf.at("bufferViews").at(accessor.at("bufferView").get<std::size_t>());
    const std::size_t start = view.value("byteOffset", std::size_t{0}) + accessor.value("byteOffset", std::size_t{0});
    const std::size_t stride = view.value("byteStride", width * sizeof(float));
    std::vector<float> values;
    for (std::size_t i = 0; i < accessor.at("count").get<std::size_t>(); ++i) {
        for (std::size_t c = 0; c < width; ++c) {
            float value = 0.0F;
            std::memcpy(&value, buffer.data() + start + i * stride + c * sizeof(float), sizeof(float));
            values.push_back(value);
        }
    }
    return values;
}

TEST_F(CliExport, GltfCameraAnimationsMatchTheSampledCameraOnEveryFrame)
{
    const std::filesystem::path path = m_directory / "demo.gltf";
    const nlohmann::json result = runCliJson({"export", kDemo, "--gltf", path.string()});
    ASSERT_TRUE(result.is_object());
    const nlohmann::json gltf = nlohmann::json::parse(readFile(path));
    ASSERT_EQ(gltf.at("buffers").size(), 1U);
    const std::string buffer = readFile(m_directory / gltf.at("buffers")[0].at("uri").get<std::string>());
    ASSERT_EQ(buffer.size(), gltf.at("buffers")[0].at("byteLength").get<std::size_t>());
    ASSERT_EQ(gltf.at("animations").size(), sampledShotCount()) << "one animation per shot";

    for (std::size_t shot = 0; shot < sampledShotCount(); ++shot) {
        SCOPED_TRACE("shot " + std::to_string(shot));
        const nlohmann::json& frames = sampledFrames(shot);
        const nlohmann::json& animation = gltf.at("animations").at(shot);
        // The camera node: the one whose camera the yfov pointer names.
        std::optional<std::size_t> cameraIndex;
        std::map<std::string, std::size_t> cameraSamplers;   // "translation", "rotation", "yfov"
        for (const nlohmann::json& channel : animation.at("channels")) {
            const nlohmann::json& target = channel.at("target");
            if (target.at("path") == "pointer") {
                const std::string pointer =
                    target.at("extensions").at("KHR_animation_pointer").at("pointer").get<std::string>();
                std::smatch match;
                if (std::regex_match(pointer, match, std::regex(R"(/cameras/(\d+)/perspective/yfov)"))) {
                    cameraIndex = std::stoul(match[1]);
                    cameraSamplers["yfov"] = channel.at("sampler").get<std::size_t>();
                }
            }
        }
        ASSERT_TRUE(cameraIndex.has_value()) << "a yfov channel through KHR_animation_pointer";
        std::optional<std::size_t> cameraNode;
        for (std::size_t n = 0; n < gltf.at("nodes").size(); ++n) {
            if (gltf.at("nodes")[n].value("camera", std::size_t{999999}) == *cameraIndex)
                cameraNode = n;
        }
        ASSERT_TRUE(cameraNode.has_value());
        for (const nlohmann::json& channel : animation.at("channels")) {
            const nlohmann::json& target = channel.at("target");
            if (target.contains("node") && target.at("node") == *cameraNode)
                cameraSamplers[target.at("path").get<std::string>()] = channel.at("sampler").get<std::size_t>();
        }
        ASSERT_EQ(cameraSamplers.size(), 3U) << "translation, rotation and yfov";

        const auto samplerData = [&](const std::string& what) {
            const nlohmann::json& sampler = animation.at("samplers").at(cameraSamplers.at(what));
            EXPECT_EQ(sampler.value("interpolation", std::string("LINEAR")), "LINEAR");
            return std::pair{accessorFloats(gltf, buffer, sampler.at("input").get<std::size_t>()),
                             accessorFloats(gltf, buffer, sampler.at("output").get<std::size_t>())};
        };
        const auto [times, translations] = samplerData("translation");
        const auto [rotationTimes, rotations] = samplerData("rotation");
        const auto [yfovTimes, yfovs] = samplerData("yfov");
        ASSERT_EQ(times.size(), frames.size()) << "every frame sampled";
        ASSERT_EQ(rotations.size(), 4 * frames.size());
        ASSERT_EQ(yfovs.size(), frames.size());
        for (std::size_t k = 0; k < frames.size(); ++k) {
            const nlohmann::json& sampled = frames.at(k);
            SCOPED_TRACE("frame " + std::to_string(k));
            EXPECT_NEAR(times[k], sampled.at("seconds").get<double>(), 1e-5);
            for (int axis = 0; axis < 3; ++axis)
                EXPECT_NEAR(translations[3 * k + axis], sampled.at("position_m")[axis].get<double>(), kPositionToleranceM);
            const auto [pan, tilt, roll] =
                panTiltRollOf(rotations[4 * k], rotations[4 * k + 1], rotations[4 * k + 2], rotations[4 * k + 3]);
            EXPECT_LE(angleDifferenceDeg(pan, sampled.at("pan_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(tilt, sampled.at("tilt_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(roll, sampled.at("roll_deg")), kAngleToleranceDeg);
            EXPECT_NEAR(focalFromVerticalAngle(yfovs[k] * kDegPerRad, sampled), sampled.at("focal_mm").get<double>(),
                        kFocalToleranceMm);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// USD ASCII: each shot's Camera prim carries time samples; shot k's time codes start at the
// "firstTimeCode" its customData gives (the shots follow one another on the stage's time line).

// The time samples `name.timeSamples = { t: value, ... }` of each Camera prim, in prim order, as
// numbers (tuples flattened); plus each prim's first time code.
struct UsdCamera {
    double firstTimeCode = 0.0;
    std::map<std::string, std::map<double, std::vector<double>>> samples;   // attribute → time → values
};

std::vector<UsdCamera> readUsdCameras(const std::string& text)
{
    std::vector<UsdCamera> cameras;
    std::istringstream lines(text);
    std::string line;
    std::string attribute;   // inside "<attribute>.timeSamples = {" until "}"
    const std::regex opening(R"(^\s*(?:uniform\s+)?\w+\s+([\w:]+)\.timeSamples\s*=\s*\{\s*$)");
    const std::regex sample(R"(^\s*(-?[\d.eE+-]+)\s*:\s*\(?([^)]*)\)?,?\s*$)");
    const std::regex first(R"(firstTimeCode\s*=\s*(-?[\d.]+))");
    std::smatch match;
    while (std::getline(lines, line)) {
        if (line.find("def Camera") != std::string::npos) {
            cameras.emplace_back();
            continue;
        }
        if (cameras.empty())
            continue;
        if (std::regex_search(line, match, first)) {
            cameras.back().firstTimeCode = std::stod(match[1]);
        } else if (attribute.empty() && std::regex_match(line, match, opening)) {
            attribute = match[1];
        } else if (!attribute.empty() && line.find('}') != std::string::npos) {
            attribute.clear();
        } else if (!attribute.empty() && std::regex_match(line, match, sample)) {
            std::vector<double> values;
            std::string list = match[2];
            std::replace(list.begin(), list.end(), ',', ' ');
            std::istringstream numbers(list);
            for (double value = 0; numbers >> value;)
                values.push_back(value);
            cameras.back().samples[attribute][std::stod(match[1])] = values;
        }
    }
    return cameras;
}

TEST_F(CliExport, UsdCamerasMatchTheSampledCameraOnEveryFrame)
{
    const std::filesystem::path path = m_directory / "demo.usda";
    ASSERT_TRUE(runCliJson({"export", kDemo, "--usd", path.string()}).is_object());
    const std::string text = readFile(path);
    EXPECT_EQ(text.rfind("#usda 1.0", 0), 0U);
    EXPECT_NE(text.find("metersPerUnit = 1"), std::string::npos);
    EXPECT_NE(text.find("upAxis = \"Y\""), std::string::npos);
    EXPECT_NE(text.find("timeCodesPerSecond = 24"), std::string::npos);
    const std::vector<UsdCamera> cameras = readUsdCameras(text);
    ASSERT_EQ(cameras.size(), sampledShotCount());

    for (std::size_t shot = 0; shot < sampledShotCount(); ++shot) {
        SCOPED_TRACE("shot " + std::to_string(shot));
        const nlohmann::json& frames = sampledFrames(shot);
        const UsdCamera& camera = cameras[shot];
        for (const char* attribute : {"xformOp:translate", "xformOp:rotateZXY", "focalLength", "verticalAperture"})
            ASSERT_EQ(camera.samples.count(attribute), 1U) << attribute;
        const auto& translate = camera.samples.at("xformOp:translate");
        ASSERT_EQ(translate.size(), frames.size()) << "every frame sampled";
        for (std::size_t k = 0; k < frames.size(); ++k) {
            const nlohmann::json& sampled = frames.at(k);
            const double time = camera.firstTimeCode + static_cast<double>(k);
            SCOPED_TRACE("time code " + std::to_string(time));
            const std::vector<double>& position = translate.at(time);
            for (int axis = 0; axis < 3; ++axis)
                EXPECT_NEAR(position.at(axis), sampled.at("position_m")[axis].get<double>(), kPositionToleranceM);
            // rotateZXY's value is (x, y, z) = (tilt, pan, roll): applied Z, then X, then Y.
            const std::vector<double>& rotation = camera.samples.at("xformOp:rotateZXY").at(time);
            EXPECT_LE(angleDifferenceDeg(rotation.at(0), sampled.at("tilt_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(rotation.at(1), sampled.at("pan_deg")), kAngleToleranceDeg);
            EXPECT_LE(angleDifferenceDeg(rotation.at(2), sampled.at("roll_deg")), kAngleToleranceDeg);
            // The field of view is the ratio of aperture to focal length (both in the same unit).
            const double vfovDeg = 2.0
                                   * std::atan(camera.samples.at("verticalAperture").at(time).at(0)
                                               / (2.0 * camera.samples.at("focalLength").at(time).at(0)))
                                   * kDegPerRad;
            EXPECT_NEAR(focalFromVerticalAngle(vfovDeg, sampled), sampled.at("focal_mm").get<double>(),
                        kFocalToleranceMm);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The shot list: CSV (RFC 4180, UTF-8 with a byte-order mark, CRLF), JSON with the same keys,
// and OpenTimelineIO, checked against what `sample` says of the same shots.

// The records of an RFC 4180 text: fields split at commas outside quotes, "" inside quotes is a
// quote, line breaks inside quotes belong to the field.
std::vector<std::vector<std::string>> readCsv(const std::string& text)
{
    std::vector<std::vector<std::string>> records(1);
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            records.back().push_back(std::move(field));
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            records.back().push_back(std::move(field));
            field.clear();
            records.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.empty() || !records.back().empty())
        records.back().push_back(std::move(field));
    if (records.back().empty())
        records.pop_back();
    return records;
}

// "hh:mm:ss:ff" at a whole frame rate, as a frame count.
long framesOfTimecode(const std::string& timecode, long fps)
{
    int h = 0, m = 0, sec = 0, f = 0;
    char a = 0, b = 0, c = 0;
    std::istringstream in(timecode);
    in >> h >> a >> m >> b >> sec >> c >> f;
    return ((h * 60L + m) * 60L + sec) * fps + f;
}

TEST_F(CliExport, ShotListCsvHasTheColumnsAndAgreesWithTheSampledShots)
{
    const std::filesystem::path path = m_directory / "shots.csv";
    ASSERT_TRUE(runCliJson({"export", kDemo, "--shot-list", path.string()}).is_object());
    std::string text = readFile(path);
    ASSERT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0U) << "UTF-8 byte-order mark for spreadsheet programs";
    text.erase(0, 3);
    const std::vector<std::vector<std::string>> records = readCsv(text);
    ASSERT_EQ(records.size(), 1 + sampledShotCount()) << "a header and one row per shot";
    const std::vector<std::string>& header = records.front();
    std::map<std::string, std::size_t> column;
    for (std::size_t i = 0; i < header.size(); ++i)
        column[header[i]] = i;
    // What a professional shot list has, and what Murnau computes (issue 8).
    for (const char* wanted :
         {"scene", "shot", "setup", "int_ext", "location", "description", "start_size", "end_size", "angle", "movement",
          "lens", "camera_body", "sensor", "t_stop", "frame_rate_fps", "duration_s", "timecode_in", "timecode_out",
          "cast", "props", "equipment", "notes", "status", "main_actor", "camera_height_m", "subject_distance_start_m",
          "track_m", "track_sections", "peak_dolly_speed_mps", "focal_min_mm", "focal_max_mm", "focus_marks",
          "warnings"})
        EXPECT_EQ(column.count(wanted), 1U) << wanted;

    long cutFrames = 0;   // the editorial position: the frames of the rows before (the demo is 24 fps throughout)
    for (std::size_t shot = 0; shot < sampledShotCount(); ++shot) {
        SCOPED_TRACE("row " + std::to_string(shot));
        const std::vector<std::string>& row = records.at(1 + shot);
        ASSERT_EQ(row.size(), header.size());
        const nlohmann::json& frames = sampledFrames(shot);
        EXPECT_EQ(row[column.at("shot_id")], s_sampled.at("shots")[shot].at("id"));
        EXPECT_EQ(std::stol(row[column.at("frame_count")]), static_cast<long>(frames.size()));
        EXPECT_EQ(framesOfTimecode(row[column.at("timecode_in")], 24), cutFrames);
        cutFrames += static_cast<long>(frames.size());
        EXPECT_EQ(framesOfTimecode(row[column.at("timecode_out")], 24), cutFrames);
        EXPECT_NEAR(std::stod(row[column.at("camera_height_m")]), frames[0].at("position_m")[1].get<double>(), 0.005);
        double focalMin = 1e9, focalMax = 0.0;
        for (const nlohmann::json& frame : frames) {
            focalMin = std::min(focalMin, frame.at("focal_mm").get<double>());
            focalMax = std::max(focalMax, frame.at("focal_mm").get<double>());
        }
        EXPECT_NEAR(std::stod(row[column.at("focal_min_mm")]), focalMin, 0.05);
        EXPECT_NEAR(std::stod(row[column.at("focal_max_mm")]), focalMax, 0.05);
        // The main actor's first-frame distance and size are what sample says of that actor.
        const std::string mainActor = row[column.at("main_actor")];
        for (const nlohmann::json& actor : frames[0].at("actors")) {
            if (actor.at("name") == mainActor) {
                EXPECT_NEAR(std::stod(row[column.at("subject_distance_start_m")]), actor.at("distance_m").get<double>(),
                            0.005);
                EXPECT_EQ(row[column.at("start_size")], actor.at("shot_size"));
            }
        }
    }
}

TEST_F(CliExport, ShotListJsonHasTheCsvColumnsAsKeys)
{
    const std::filesystem::path csv = m_directory / "shots.csv";
    const std::filesystem::path json = m_directory / "shots.json";
    ASSERT_TRUE(runCliJson({"export", kDemo, "--shot-list", csv.string()}).is_object());
    ASSERT_TRUE(runCliJson({"export", kDemo, "--shot-list", json.string()}).is_object());
    std::string text = readFile(csv);
    text.erase(0, 3);
    const std::vector<std::string> header = readCsv(text).front();
    const nlohmann::json document = nlohmann::json::parse(readFile(json));
    ASSERT_EQ(document.at("shots").size(), sampledShotCount());
    for (const nlohmann::json& shot : document.at("shots")) {
        for (const std::string& key : header)
            EXPECT_TRUE(shot.contains(key)) << key;
    }
}

TEST_F(CliExport, OtioClipsLastTheShotsFramesInTheChosenOrder)
{
    const std::filesystem::path path = m_directory / "cut.otio";
    ASSERT_TRUE(runCliJson({"export", kDemo, "--otio", path.string()}).is_object());
    const nlohmann::json timeline = nlohmann::json::parse(readFile(path));
    EXPECT_EQ(timeline.at("OTIO_SCHEMA").get<std::string>().rfind("Timeline.", 0), 0U);
    const nlohmann::json& track = timeline.at("tracks").at("children").at(0);
    EXPECT_EQ(track.at("kind"), "Video");
    const nlohmann::json& clips = track.at("children");
    ASSERT_EQ(clips.size(), sampledShotCount());
    for (std::size_t shot = 0; shot < sampledShotCount(); ++shot) {
        const nlohmann::json& range = clips[shot].at("source_range");
        EXPECT_EQ(range.at("duration").at("value").get<double>(), static_cast<double>(sampledFrames(shot).size()));
        EXPECT_EQ(range.at("duration").at("rate").get<double>(), 24.0);
        EXPECT_EQ(clips[shot].at("metadata").at("murnau").at("shot_id"), s_sampled.at("shots")[shot].at("id"));
    }
}

TEST_F(CliExport, ExportsOnlyTheNamedShotsAndGroupsBySetup)
{
    const std::filesystem::path path = m_directory / "cut.otio";
    const nlohmann::json result =
        runCliJson({"export", kDemo, "--shots", "sh-0003, sh-0001", "--otio", path.string()});
    ASSERT_TRUE(result.is_object());
    EXPECT_EQ(result.at("shots"), 2);
    const nlohmann::json clips = nlohmann::json::parse(readFile(path)).at("tracks").at("children")[0].at("children");
    ASSERT_EQ(clips.size(), 2U);
    EXPECT_EQ(clips[0].at("metadata").at("murnau").at("shot_id"), "sh-0001") << "editorial order, not the list's";
    EXPECT_EQ(clips[1].at("metadata").at("murnau").at("shot_id"), "sh-0003");

    // By setup: within a scene, every shot of a setup before the next setup's.
    const std::filesystem::path grouped = m_directory / "grouped.csv";
    ASSERT_TRUE(runCliJson({"export", kDemo, "--order", "setup", "--shot-list", grouped.string()}).is_object());
    std::string text = readFile(grouped);
    text.erase(0, 3);
    const std::vector<std::vector<std::string>> records = readCsv(text);
    const auto& header = records.front();
    const std::size_t sceneColumn = std::find(header.begin(), header.end(), "scene") - header.begin();
    const std::size_t setupColumn = std::find(header.begin(), header.end(), "setup") - header.begin();
    std::map<std::string, std::vector<std::string>> setupsSeen;   // scene → setups in the order their runs start
    for (std::size_t r = 1; r < records.size(); ++r) {
        std::vector<std::string>& seen = setupsSeen[records[r][sceneColumn]];
        if (seen.empty() || seen.back() != records[r][setupColumn]) {
            EXPECT_EQ(std::find(seen.begin(), seen.end(), records[r][setupColumn]), seen.end())
                << "setup " << records[r][setupColumn] << " comes back after another setup";
            seen.push_back(records[r][setupColumn]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// PDFs: painted by the murnau app, which murnau-cli runs headless (ctest runs under xvfb-run).

// The "Pages:" and "Page size:" lines of `pdfinfo FILE`.
std::string pdfInfo(const std::filesystem::path& pdf)
{
    const std::filesystem::path out = pdf.parent_path() / "pdfinfo.txt";
    const std::string command = "pdfinfo '" + pdf.string() + "' > '" + out.string() + "' 2>/dev/null";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    return readFile(out);
}

TEST_F(CliExport, ShotListAndFocusMarksPdfsFromTheApp)
{
    if (std::getenv("DISPLAY") == nullptr)
        GTEST_SKIP() << "the shot list PDF renders frames: run under xvfb-run (ctest does)";
    if (!MURNAU_APP_BUILT)
        GTEST_SKIP() << "this build has no app (MURNAU_BUILD_APP=OFF, the sanitize preset): the PDFs need it";
    const std::filesystem::path shots = m_directory / "shots.pdf";
    const std::filesystem::path focus = m_directory / "focus.pdf";
    // Not runCliJson: the app's Qt may warn on stderr about the environment (XDG_RUNTIME_DIR).
    const CliRun run = runCli({"export", kDemo, "--shots", "sh-0001,sh-0006", "--page-size", "Letter", "--shot-list",
                               shots.string(), "--focus-marks", focus.string(), "--json"});
    ASSERT_EQ(run.exitStatus, 0) << run.err;
    const nlohmann::json result = nlohmann::json::parse(run.out);
    EXPECT_EQ(result.at("shots"), 2);
    EXPECT_EQ(result.at("files")[0].at("kind"), "shot-list-pdf");
    // The table on one page, then one page per shot; US Letter landscape is 792 x 612 pt.
    const std::string info = pdfInfo(shots);
    EXPECT_TRUE(std::regex_search(info, std::regex(R"(Pages:\s+3\b)"))) << info;
    EXPECT_TRUE(std::regex_search(info, std::regex(R"(Page size:\s+792 x 612 pts)"))) << info;
    EXPECT_TRUE(std::regex_search(pdfInfo(focus), std::regex(R"(Pages:\s+1\b)")));
}

// ---------------------------------------------------------------------------------------------
// Bad requests: refused before anything is written.

TEST_F(CliExport, RefusesARequestWithoutATarget)
{
    const CliRun run = runCli({"export", kDemo});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--shot-list"), std::string::npos) << run.err;
}

TEST_F(CliExport, RefusesAnUnknownExtensionNamingTheOption)
{
    const CliRun run = runCli({"export", kDemo, "--shot-list", (m_directory / "list.xlsx").string()});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--shot-list: must end in .csv or .json or .pdf"), std::string::npos) << run.err;
    EXPECT_TRUE(std::filesystem::is_empty(m_directory));
}

TEST_F(CliExport, RefusesAMissingFolderAndWritesNothingElse)
{
    const CliRun run = runCli({"export", kDemo, "--otio", (m_directory / "cut.otio").string(), "--usd",
                               (m_directory / "missing" / "cams.usda").string()});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--usd: the folder"), std::string::npos) << run.err;
    EXPECT_TRUE(std::filesystem::is_empty(m_directory)) << "the valid --otio target was not written either";
}

TEST_F(CliExport, RefusesAnUnknownShotAndAnUnknownOrder)
{
    const CliRun unknownShot = runCli({"export", kDemo, "--shots", "sh-0001,99Z", "--otio",
                                       (m_directory / "cut.otio").string()});
    EXPECT_EQ(unknownShot.exitStatus, 2);
    EXPECT_NE(unknownShot.err.find("--shots: no shot has the id or number \"99Z\""), std::string::npos)
        << unknownShot.err;
    const CliRun unknownOrder = runCli({"export", kDemo, "--order", "random", "--otio",
                                        (m_directory / "cut.otio").string()});
    EXPECT_EQ(unknownOrder.exitStatus, 2);
    EXPECT_NE(unknownOrder.err.find("--order"), std::string::npos) << unknownOrder.err;
    EXPECT_TRUE(std::filesystem::is_empty(m_directory));
}

TEST_F(CliExport, RefusesAChanFolderThatIsAFile)
{
    const std::filesystem::path file = m_directory / "taken";
    std::ofstream(file) << "x";
    const CliRun run = runCli({"export", kDemo, "--chan", file.string()});
    EXPECT_EQ(run.exitStatus, 2);
    EXPECT_NE(run.err.find("--chan"), std::string::npos) << run.err;
    EXPECT_EQ(readFile(file), "x");
}

} // namespace
} // namespace murnau::test
