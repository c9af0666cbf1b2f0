// USD (.usda) export: the stage's metadata, the cameras' time samples read back from the text for
// the demo project and compared frame by frame with ShotEvaluator::sampleAt (positions within
// 1 mm, angles within 0.01 degree, focal length within 0.01 mm after USD's tenth-of-a-scene-unit
// scaling); the rotation op checked independently: xformOp:rotateZXY is, per UsdGeomXformOp,
// "rotateY rotateX rotateZ" (the first axis named is the most local), so M = Ry(y) Rx(x) Rz(z)
// multiplied out by hand must send the camera's -Z to the look direction and +X to the right of
// frame derived from pan, tilt and roll; shots laid one after another on the time line, scaled
// when their rates differ; prim names and string escaping.

#include <array>
#include <cmath>
#include <map>
#include <numbers>
#include <sstream>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <gtest/gtest.h>

#include "core/export/camera_track.h"
#include "core/export/export_shots.h"
#include "core/export/usd_export.h"
#include "core/scene/project_json.h"
#include "core/scene/shot_evaluator.h"

using namespace murnau;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// One attribute's time samples: time code -> the numbers of its value (1 for a float, 3 for a double3).
using Samples = std::map<double, std::vector<double>>;

// A camera prim read back: its name, its time-sampled attributes and its plain lines.
struct UsdCamera {
    std::string name;
    std::map<std::string, Samples> samples;   // "focalLength", "xformOp:translate", ...
    std::vector<std::string> lines;           // every line of the prim, trimmed
};

// The stage read back: metadata lines "key = value" of the layer header, and the cameras.
struct UsdStage {
    std::map<std::string, std::string> metadata;
    std::vector<UsdCamera> cameras;
};

std::string trimmed(const std::string& text)
{
    const auto begin = text.find_first_not_of(" \t");
    const auto end = text.find_last_not_of(" \t\r");
    return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
}

// The numbers in "0.35" or "(1.5, 2, -3)".
std::vector<double> numbersOf(std::string value)
{
    for (char& c : value)
        if (c == '(' || c == ')' || c == ',')
            c = ' ';
    std::istringstream in(value);
    std::vector<double> numbers;
    double x = 0.0;
    while (in >> x)
        numbers.push_back(x);
    return numbers;
}

// A small .usda reader for what usdaText writes: the layer's metadata block, then every
// `def Camera "name"` with its `<type> <attr>.timeSamples = { t: v, ... }` blocks.
UsdStage readUsda(const std::string& text)
{
    UsdStage stage;
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);
    EXPECT_EQ(line, "#usda 1.0");
    bool inHeader = false;
    UsdCamera* camera = nullptr;
    std::string sampledAttribute;
    while (std::getline(in, line)) {
        const std::string t = trimmed(line);
        if (stage.cameras.empty() && !camera && t == "(") {
            inHeader = true;
            continue;
        }
        if (inHeader) {
            if (t == ")") {
                inHeader = false;
                continue;
            }
            const auto eq = t.find(" = ");
            if (eq != std::string::npos)
                stage.metadata[t.substr(0, eq)] = t.substr(eq + 3);
            continue;
        }
        if (t.rfind("def Camera \"", 0) == 0) {
            stage.cameras.push_back({});
            camera = &stage.cameras.back();
            camera->name = t.substr(12, t.find('"', 12) - 12);
            continue;
        }
        if (!camera)
            continue;
        if (!sampledAttribute.empty()) {
            if (t == "}") {
                sampledAttribute.clear();
                continue;
            }
            const auto colon = t.find(':');
            EXPECT_NE(colon, std::string::npos) << t;
            std::string value = t.substr(colon + 1);
            if (!value.empty() && value.back() == ',')
                value.pop_back();
            camera->samples[sampledAttribute][std::stod(t.substr(0, colon))] = numbersOf(value);
            continue;
        }
        const auto sampled = t.find(".timeSamples = {");
        if (sampled != std::string::npos) {
            const auto space = t.find(' ');
            sampledAttribute = t.substr(space + 1, sampled - space - 1);
            continue;
        }
        camera->lines.push_back(t);
    }
    return stage;
}

using Mat3 = std::array<std::array<double, 3>, 3>;

Mat3 multiply(const Mat3& a, const Mat3& b)
{
    Mat3 m{};
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
            for (int k = 0; k < 3; ++k)
                m[i][j] += a[i][k] * b[k][j];
    return m;
}

glm::dvec3 apply(const Mat3& m, glm::dvec3 v)
{
    return {m[0][0] * v.x + m[0][1] * v.y + m[0][2] * v.z, m[1][0] * v.x + m[1][1] * v.y + m[1][2] * v.z,
            m[2][0] * v.x + m[2][1] * v.y + m[2][2] * v.z};
}

Mat3 rotX(double deg)
{
    const double c = std::cos(deg * kDeg), s = std::sin(deg * kDeg);
    return Mat3{{{1, 0, 0}, {0, c, -s}, {0, s, c}}};
}
Mat3 rotY(double deg)
{
    const double c = std::cos(deg * kDeg), s = std::sin(deg * kDeg);
    return Mat3{{{c, 0, s}, {0, 1, 0}, {-s, 0, c}}};
}
Mat3 rotZ(double deg)
{
    const double c = std::cos(deg * kDeg), s = std::sin(deg * kDeg);
    return Mat3{{{c, -s, 0}, {s, c, 0}, {0, 0, 1}}};
}

// The look direction of a camera panned left by `pan` and tilted up by `tilt`.
glm::dvec3 lookDirection(double panDeg, double tiltDeg)
{
    return {-std::sin(panDeg * kDeg) * std::cos(tiltDeg * kDeg), std::sin(tiltDeg * kDeg),
            -std::cos(panDeg * kDeg) * std::cos(tiltDeg * kDeg)};
}

// The right of frame: the level right turned towards the camera's up by the roll.
glm::dvec3 rightOfFrame(double panDeg, double tiltDeg, double rollDeg)
{
    const double p = panDeg * kDeg, t = tiltDeg * kDeg, r = rollDeg * kDeg;
    const glm::dvec3 levelRight{std::cos(p), 0.0, -std::sin(p)};
    const glm::dvec3 up{std::sin(p) * std::sin(t), std::cos(t), std::cos(p) * std::sin(t)};
    return std::cos(r) * levelRight + std::sin(r) * up;
}

double distance(glm::dvec3 a, glm::dvec3 b)
{
    const glm::dvec3 d = a - b;
    return std::sqrt(d.x * d.x + d.y * d.y + d.z * d.z);
}

glm::dvec3 vec3(const std::vector<double>& v)
{
    EXPECT_EQ(v.size(), 3u);
    return v.size() == 3 ? glm::dvec3{v[0], v[1], v[2]} : glm::dvec3{0.0};
}

// A synthetic track of `frames` frames at `rate`, camera turned every way.
CameraTrack syntheticTrack(const std::string& shot, FrameRate rate, int frames, double pan = 0.0, double tilt = 0.0,
                           double roll = 0.0)
{
    CameraTrack track;
    track.sceneNumber = "7";
    track.shotNumber = shot;
    track.shotId = "sh-00" + shot;
    track.shotName = "synthetic";
    track.frameRate = rate;
    for (int i = 0; i < frames; ++i) {
        CameraTrackFrame frame;
        frame.frame = i;
        frame.camera.panDeg = pan;
        frame.camera.tiltDeg = tilt;
        frame.camera.rollDeg = roll;
        frame.camera.gate = {22.0, 9.2, 2.0};
        track.frames.push_back(frame);
    }
    return track;
}

} // namespace

TEST(UsdExport, DemoCamerasReadBackMatchTheEvaluatorOnEveryFrame)
{
    Result<Project> loaded = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    const Project project = std::move(loaded).value();
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    ASSERT_TRUE(shots.ok());
    const Result<std::vector<CameraTrack>> tracks = sampleCameraTracks(project, *shots);
    ASSERT_TRUE(tracks.ok()) << tracks.error().describe();

    const UsdStage stage = readUsda(usdaText(project, *tracks));
    EXPECT_EQ(stage.metadata.at("metersPerUnit"), "1");
    EXPECT_EQ(stage.metadata.at("upAxis"), "\"Y\"");
    EXPECT_EQ(stage.metadata.at("timeCodesPerSecond"), "24");
    EXPECT_EQ(stage.metadata.at("startTimeCode"), "0");
    ASSERT_EQ(stage.cameras.size(), shots->size());

    double firstTimeCode = 0.0;
    for (std::size_t k = 0; k < shots->size(); ++k) {
        const ExportShot& shot = (*shots)[k];
        const UsdCamera& camera = stage.cameras[k];
        EXPECT_EQ(camera.name, usdPrimName(shotFileStem(shot.scene->number, shot.shot->number, shot.shot->id)));
        const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, *shot.scene, *shot.shot);
        ASSERT_TRUE(evaluator.ok());
        const std::int64_t frames = evaluator->frameCount();
        for (const char* attribute : {"xformOp:translate", "xformOp:rotateZXY", "focalLength", "focusDistance", "fStop",
                                      "horizontalAperture", "verticalAperture"}) {
            ASSERT_EQ(static_cast<std::int64_t>(camera.samples.at(attribute).size()), frames) << attribute;
        }
        for (std::int64_t i = 0; i < frames; ++i) {
            // Shot k's frame i is at time code (frames of the shots before) + i: every demo shot is 24 fps.
            const double timeCode = firstTimeCode + static_cast<double>(i);
            const CameraState expected = evaluator->sampleAt(framesToFlicks(i, evaluator->frameRate())).camera;
            const glm::dvec3 translate = vec3(camera.samples.at("xformOp:translate").at(timeCode));
            const glm::dvec3 rotate = vec3(camera.samples.at("xformOp:rotateZXY").at(timeCode));
            EXPECT_LT(distance(translate, expected.positionM), 1e-3) << camera.name << " frame " << i;
            EXPECT_NEAR(rotate.x, expected.tiltDeg, 0.01);
            EXPECT_NEAR(rotate.y, expected.panDeg, 0.01);
            EXPECT_NEAR(rotate.z, expected.rollDeg, 0.01);
            // Lens and filmback in tenths of a metre: 100 mm each.
            EXPECT_NEAR(camera.samples.at("focalLength").at(timeCode).at(0) * 100.0, expected.focalLengthMm, 0.01);
            EXPECT_NEAR(camera.samples.at("verticalAperture").at(timeCode).at(0) * 100.0, expected.gate.heightMm, 0.001);
            EXPECT_NEAR(camera.samples.at("horizontalAperture").at(timeCode).at(0) * 100.0,
                        expected.gate.squeeze * expected.gate.widthMm, 0.001);
            EXPECT_NEAR(camera.samples.at("focusDistance").at(timeCode).at(0), expected.focusDistanceM, 1e-4);
            EXPECT_NEAR(camera.samples.at("fStop").at(timeCode).at(0), expected.fStop, 1e-4);
        }
        firstTimeCode += static_cast<double>(frames);
    }
    EXPECT_EQ(std::stod(stage.metadata.at("endTimeCode")), firstTimeCode - 1.0);
}

TEST(UsdExport, RotateZxyPointsTheCameraWhereItLooks)
{
    const Project project;
    for (const glm::dvec3 angles : {glm::dvec3{30.0, -20.0, 10.0}, glm::dvec3{-135.0, 35.0, -25.0},
                                    glm::dvec3{170.0, 5.0, 45.0}}) {
        const std::vector<CameraTrack> tracks{syntheticTrack("1", {24, 1}, 1, angles.x, angles.y, angles.z)};
        const UsdStage stage = readUsda(usdaText(project, tracks));
        ASSERT_EQ(stage.cameras.size(), 1u);
        const UsdCamera& camera = stage.cameras[0];
        bool orderWritten = false;
        for (const std::string& line : camera.lines)
            orderWritten |= line == "uniform token[] xformOpOrder = [\"xformOp:translate\", \"xformOp:rotateZXY\"]";
        EXPECT_TRUE(orderWritten);
        const glm::dvec3 r = vec3(camera.samples.at("xformOp:rotateZXY").at(0.0));
        // rotateZXY == ops "rotateY rotateX rotateZ": M = Ry(r.y) Rx(r.x) Rz(r.z), values packed (x, y, z).
        const Mat3 m = multiply(rotY(r.y), multiply(rotX(r.x), rotZ(r.z)));
        EXPECT_LT(distance(apply(m, {0.0, 0.0, -1.0}), lookDirection(angles.x, angles.y)), 1e-6);
        EXPECT_LT(distance(apply(m, {1.0, 0.0, 0.0}), rightOfFrame(angles.x, angles.y, angles.z)), 1e-6);
        // The check can fail: rotateXYZ (M = Rz Ry Rx) with the same values turns it elsewhere.
        const Mat3 xyz = multiply(rotZ(r.z), multiply(rotY(r.y), rotX(r.x)));
        EXPECT_GT(distance(apply(xyz, {1.0, 0.0, 0.0}), rightOfFrame(angles.x, angles.y, angles.z)), 1e-3);
    }
}

TEST(UsdExport, ShotsFollowOneAnotherAndOtherRatesAreScaled)
{
    // A 24 fps stage (the first shot's rate): 48 frames at 24 fps take time codes 0..47; the next
    // shot, 50 frames at 25 fps (2 s), starts at 48 and advances 24/25 time code a frame, so its
    // last frame is at 48 + 49 * 0.96 = 95.04; a 23.976 shot after it starts at 48 + 50 * 0.96 = 96
    // and advances 24 / (24000/1001) = 1.001 a frame.
    const Project project;
    const std::vector<CameraTrack> tracks{syntheticTrack("1", {24, 1}, 48), syntheticTrack("2", {25, 1}, 50),
                                          syntheticTrack("3", {24000, 1001}, 3)};
    const UsdStage stage = readUsda(usdaText(project, tracks));
    EXPECT_EQ(stage.metadata.at("timeCodesPerSecond"), "24");
    EXPECT_EQ(stage.metadata.at("framesPerSecond"), "24");
    ASSERT_EQ(stage.cameras.size(), 3u);
    const Samples& first = stage.cameras[0].samples.at("focalLength");
    EXPECT_DOUBLE_EQ(first.begin()->first, 0.0);
    EXPECT_DOUBLE_EQ(first.rbegin()->first, 47.0);
    const Samples& second = stage.cameras[1].samples.at("focalLength");
    EXPECT_DOUBLE_EQ(second.begin()->first, 48.0);
    EXPECT_NEAR(std::next(second.begin())->first, 48.96, 1e-9);
    EXPECT_NEAR(second.rbegin()->first, 95.04, 1e-9);
    const Samples& third = stage.cameras[2].samples.at("focalLength");
    EXPECT_NEAR(third.begin()->first, 96.0, 1e-9);
    EXPECT_NEAR(third.rbegin()->first, 96.0 + 2.0 * 1.001, 1e-9);
    EXPECT_NEAR(std::stod(stage.metadata.at("endTimeCode")), 98.002, 1e-9);
}

TEST(UsdExport, AnamorphicApertureIsTheDesqueezedWidth)
{
    // A 22 x 9.2 mm gate with a 2x squeeze projects 44 x 9.2 mm: 0.44 and 0.092 tenths of a metre.
    const Project project;
    const std::vector<CameraTrack> tracks{syntheticTrack("1", {24, 1}, 1)};
    const UsdStage stage = readUsda(usdaText(project, tracks));
    EXPECT_NEAR(stage.cameras[0].samples.at("horizontalAperture").at(0.0).at(0), 0.44, 1e-7);
    EXPECT_NEAR(stage.cameras[0].samples.at("verticalAperture").at(0.0).at(0), 0.092, 1e-7);
    EXPECT_NEAR(stage.cameras[0].samples.at("focalLength").at(0.0).at(0), 0.35, 1e-7);   // CameraState's 35 mm
}

TEST(UsdExport, PrimNamesAreIdentifiers)
{
    EXPECT_EQ(usdPrimName("sc12_sh1A_sh-0007"), "sc12_sh1A_sh_0007");
    EXPECT_EQ(usdPrimName("1A"), "_1A");
    EXPECT_EQ(usdPrimName(""), "_");
    EXPECT_EQ(usdPrimName("sc\xC3\xA9"), "sc__");   // each byte of a non-ASCII letter
}

TEST(UsdExport, StringsAreEscapedAndNamesUnique)
{
    Project project;
    project.title = "The \"Big\" \\ one";
    CameraTrack a = syntheticTrack("1", {24, 1}, 1);
    a.shotName = "She says \"no\"\nthen leaves";
    CameraTrack b = a;   // same scene, shot and id: the second prim gets a suffix
    const std::vector<CameraTrack> tracks{a, b};
    const std::string text = usdaText(project, tracks);
    EXPECT_NE(text.find("doc = \"Murnau previs cameras: The \\\"Big\\\" \\\\ one\""), std::string::npos);
    EXPECT_NE(text.find("string shotName = \"She says \\\"no\\\"\\nthen leaves\""), std::string::npos);
    const UsdStage stage = readUsda(text);
    ASSERT_EQ(stage.cameras.size(), 2u);
    EXPECT_EQ(stage.cameras[0].name, "sc7_sh1_sh_001");
    EXPECT_EQ(stage.cameras[1].name, "sc7_sh1_sh_001_2");
    // Braces and brackets balance outside strings.
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (inString) {
            if (text[i] == '\\')
                ++i;
            else if (text[i] == '"')
                inString = false;
            continue;
        }
        if (text[i] == '"')
            inString = true;
        else if (text[i] == '{' || text[i] == '(' || text[i] == '[')
            ++depth;
        else if (text[i] == '}' || text[i] == ')' || text[i] == ']')
            --depth;
        EXPECT_GE(depth, 0);
    }
    EXPECT_EQ(depth, 0);
    EXPECT_FALSE(inString);
}

TEST(UsdExport, NoShotsIsAnError)
{
    const Result<bool> written = exportUsda(Project{}, {}, std::filesystem::temp_directory_path() / "murnau_none.usda");
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().field, "shots");
}
