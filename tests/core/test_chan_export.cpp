// Nuke .chan export: the demo project's every shot read back from the text and compared frame by
// frame with ShotEvaluator::sampleAt (positions within 1 mm, angles within 0.01 degree, the focal
// length recovered from the vertical angle and the gate height within 0.01 mm); the rotation
// order checked independently: the matrix Nuke builds for rotation order ZXY (Z applied first,
// then X, then Y: M = Ry(ry) Rx(rx) Rz(rz), multiplied out by hand below) must send the camera's
// -Z to the look direction and its +X to the right of frame derived from pan, tilt and roll as an
// operator describes them; the files, their names and the folder errors.

#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <numbers>
#include <sstream>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <gtest/gtest.h>

#include "core/export/camera_track.h"
#include "core/export/chan_export.h"
#include "core/export/export_shots.h"
#include "core/scene/project_json.h"
#include "core/scene/shot_evaluator.h"

using namespace murnau;

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;

// One parsed .chan line.
struct ChanLine {
    long frame = 0;
    glm::dvec3 translate{0.0};
    glm::dvec3 rotate{0.0};   // rx, ry, rz, degrees
    double verticalFovDeg = 0.0;
};

// A small .chan reader: whitespace-separated columns, 8 per line, blank lines skipped.
std::vector<ChanLine> readChan(const std::string& text)
{
    std::vector<ChanLine> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos)
            continue;
        std::istringstream columns(line);
        ChanLine parsed;
        columns >> parsed.frame >> parsed.translate.x >> parsed.translate.y >> parsed.translate.z >> parsed.rotate.x
            >> parsed.rotate.y >> parsed.rotate.z >> parsed.verticalFovDeg;
        EXPECT_FALSE(columns.fail()) << "not 8 numbers: " << line;
        std::string extra;
        EXPECT_FALSE(columns >> extra) << "more than 8 columns: " << line;
        lines.push_back(parsed);
    }
    return lines;
}

// A 3x3 matrix as rows, applied to column vectors.
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

// Right-handed rotations about the axes, degrees (the textbook matrices).
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

// Nuke's rotation order ZXY: rz applied first, then rx, then ry.
Mat3 nukeZxy(const glm::dvec3& rotateDeg)
{
    return multiply(rotY(rotateDeg.y), multiply(rotX(rotateDeg.x), rotZ(rotateDeg.z)));
}

// The look direction of a camera panned left by `pan` (about world +Y) and tilted up by `tilt`:
// horizontal heading (-sin pan, 0, -cos pan) raised by the tilt.
glm::dvec3 lookDirection(double panDeg, double tiltDeg)
{
    return {-std::sin(panDeg * kDeg) * std::cos(tiltDeg * kDeg), std::sin(tiltDeg * kDeg),
            -std::cos(panDeg * kDeg) * std::cos(tiltDeg * kDeg)};
}

// The right of frame: the level right (cos pan, 0, -sin pan) turned towards the camera's up
// (sin pan sin tilt, cos tilt, cos pan sin tilt) by the roll (counter-clockwise as the operator sees it).
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

std::vector<CameraTrack> demoTracks(Project& project)
{
    Result<Project> loaded = loadProject(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");
    EXPECT_TRUE(loaded.ok()) << (loaded ? "" : loaded.error().describe());
    project = std::move(loaded).value();
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    EXPECT_TRUE(shots.ok());
    Result<std::vector<CameraTrack>> tracks = sampleCameraTracks(project, *shots);
    EXPECT_TRUE(tracks.ok()) << (tracks ? "" : tracks.error().describe());
    return std::move(tracks).value();
}

// A one-frame track with a camera turned every way, so a wrong rotation order shows.
CameraTrack turnedTrack(double pan, double tilt, double roll)
{
    CameraTrack track;
    track.sceneNumber = "9";
    track.shotNumber = "1";
    track.shotId = "sh-0099";
    CameraTrackFrame frame;
    frame.camera.positionM = {1.25, 1.5, -3.0};
    frame.camera.panDeg = pan;
    frame.camera.tiltDeg = tilt;
    frame.camera.rollDeg = roll;
    frame.camera.focalLengthMm = 40.0;
    frame.camera.gate = {24.89, 10.41, 1.0};
    track.frames.push_back(frame);
    return track;
}

std::filesystem::path freshFolder(const std::string& name)
{
    const std::filesystem::path folder = std::filesystem::temp_directory_path() / ("murnau_chan_test_" + name);
    std::filesystem::remove_all(folder);
    return folder;
}

std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST(ChanExport, DemoShotsReadBackMatchTheEvaluatorOnEveryFrame)
{
    Project project;
    const std::vector<CameraTrack> tracks = demoTracks(project);
    ASSERT_EQ(tracks.size(), 6u);
    const Result<std::vector<ExportShot>> shots = selectExportShots(project);
    ASSERT_TRUE(shots.ok());
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        const ExportShot& shot = (*shots)[k];
        const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, *shot.scene, *shot.shot);
        ASSERT_TRUE(evaluator.ok());
        const std::vector<ChanLine> lines = readChan(chanText(tracks[k]));
        ASSERT_EQ(static_cast<std::int64_t>(lines.size()), evaluator->frameCount()) << tracks[k].shotId;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const ChanLine& line = lines[i];
            const CameraState expected =
                evaluator->sampleAt(framesToFlicks(static_cast<std::int64_t>(i), evaluator->frameRate())).camera;
            EXPECT_EQ(line.frame, static_cast<long>(i) + 1);   // Nuke frames count from 1
            EXPECT_LT(distance(line.translate, expected.positionM), 1e-3) << tracks[k].shotId << " frame " << i;
            EXPECT_NEAR(line.rotate.x, expected.tiltDeg, 0.01);
            EXPECT_NEAR(line.rotate.y, expected.panDeg, 0.01);
            EXPECT_NEAR(line.rotate.z, expected.rollDeg, 0.01);
            // f = (h / 2) / tan(vfov / 2) over the gate height the shot's camera uses.
            const double focalMm = evaluator->gate().heightMm / 2.0 / std::tan(line.verticalFovDeg * kDeg / 2.0);
            EXPECT_NEAR(focalMm, expected.focalLengthMm, 0.01) << tracks[k].shotId << " frame " << i;
        }
    }
}

TEST(ChanExport, VerticalAngleIsTheGateHeightsAngle)
{
    // A 40 mm lens on a 10.41 mm high gate: 2 atan(10.41 / 80) = 14.82791 degrees.
    const std::vector<ChanLine> lines = readChan(chanText(turnedTrack(0.0, 0.0, 0.0)));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NEAR(lines[0].verticalFovDeg, 2.0 * std::atan(10.41 / 80.0) / kDeg, 1e-5);
    EXPECT_NEAR(lines[0].verticalFovDeg, 14.82791, 1e-5);
}

TEST(ChanExport, NukeZxyOrderPointsTheCameraWhereItLooks)
{
    for (const glm::dvec3 angles : {glm::dvec3{30.0, -20.0, 10.0}, glm::dvec3{-135.0, 35.0, -25.0},
                                    glm::dvec3{170.0, 5.0, 45.0}}) {
        const double pan = angles.x, tilt = angles.y, roll = angles.z;
        const std::vector<ChanLine> lines = readChan(chanText(turnedTrack(pan, tilt, roll)));
        ASSERT_EQ(lines.size(), 1u);
        const Mat3 m = nukeZxy(lines[0].rotate);
        EXPECT_LT(distance(apply(m, {0.0, 0.0, -1.0}), lookDirection(pan, tilt)), 1e-6);
        EXPECT_LT(distance(apply(m, {1.0, 0.0, 0.0}), rightOfFrame(pan, tilt, roll)), 1e-6);
        // The check can fail: Nuke's XYZ order (M = Rz Ry Rx) turns this camera elsewhere.
        const Mat3 xyz = multiply(rotZ(lines[0].rotate.z), multiply(rotY(lines[0].rotate.y), rotX(lines[0].rotate.x)));
        EXPECT_GT(distance(apply(xyz, {1.0, 0.0, 0.0}), rightOfFrame(pan, tilt, roll))
                      + distance(apply(xyz, {0.0, 0.0, -1.0}), lookDirection(pan, tilt)),
                  1e-3);
    }
}

TEST(ChanExport, NumbersCarryMicrometresAndMicrodegrees)
{
    CameraTrack track = turnedTrack(12.3456789, -0.0001234, 0.0);
    track.frames[0].camera.positionM = {1.2345678, 0.0000004, -2.5};
    const std::vector<ChanLine> lines = readChan(chanText(track));
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_NEAR(lines[0].translate.x, 1.2345678, 1e-6);
    EXPECT_NEAR(lines[0].rotate.y, 12.3456789, 1e-6);
    EXPECT_NEAR(lines[0].rotate.x, -0.0001234, 1e-6);
}

TEST(ChanExport, WritesOneFilePerShotIntoANewFolder)
{
    Project project;
    const std::vector<CameraTrack> tracks = demoTracks(project);
    const std::filesystem::path folder = freshFolder("demo") / "nested";
    const Result<std::vector<std::filesystem::path>> written = exportChan(tracks, folder);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    ASSERT_EQ(written->size(), tracks.size());
    EXPECT_EQ((*written)[0], folder / "sc1_sh1.chan");
    EXPECT_EQ((*written)[1], folder / "sc2_sh2A.chan");
    EXPECT_EQ((*written)[2], folder / "sc2_sh2B.chan");
    for (std::size_t k = 0; k < tracks.size(); ++k) {
        ASSERT_TRUE(std::filesystem::is_regular_file((*written)[k]));
        EXPECT_EQ(readFile((*written)[k]), chanText(tracks[k]));
    }
    std::filesystem::remove_all(folder.parent_path());
}

TEST(ChanExport, SharedShotNumbersGetTheShotIdInTheName)
{
    CameraTrack a = turnedTrack(0.0, 0.0, 0.0);
    CameraTrack b = a;
    b.shotId = "sh-0100";
    const std::vector<CameraTrack> tracks{a, b};
    const std::filesystem::path folder = freshFolder("shared");
    const Result<std::vector<std::filesystem::path>> written = exportChan(tracks, folder);
    ASSERT_TRUE(written.ok()) << written.error().describe();
    EXPECT_EQ((*written)[0].filename(), "sc9_sh1_sh-0099.chan");
    EXPECT_EQ((*written)[1].filename(), "sc9_sh1_sh-0100.chan");
    std::filesystem::remove_all(folder);
}

TEST(ChanExport, AFolderThatIsAFileIsAnErrorNamingIt)
{
    const std::filesystem::path folder = freshFolder("file");
    std::filesystem::create_directories(folder);
    const std::filesystem::path notAFolder = folder / "plain.txt";
    std::ofstream(notAFolder) << "x";
    const std::vector<CameraTrack> tracks{turnedTrack(0.0, 0.0, 0.0)};
    const Result<std::vector<std::filesystem::path>> written = exportChan(tracks, notAFolder);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().field, notAFolder.string());
    EXPECT_NE(written.error().message.find("is a file"), std::string::npos);
    std::filesystem::remove_all(folder);
}

TEST(ChanExport, NoShotsIsAnError)
{
    const Result<std::vector<std::filesystem::path>> written = exportChan({}, freshFolder("none"));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().field, "shots");
}
