// The set in the real main window: a project whose imported model is missing still opens, with
// a magenta placeholder box where core's projection puts the model and everything else loaded;
// the bundled demo opens with every imported model loaded and not one warning in the log.
// Needs an X display with OpenGL (Xvfb + Mesa llvmpipe): `xvfb-run -a ctest`.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <QColor>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlListReference>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include "app/bridge/main_window.h"
#include "app/bridge/project_document.h"
#include "app/bridge/qt_log_handler.h"
#include "core/optics/projection.h"
#include "core/optics/sensor.h"
#include "core/scene/project_json.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

namespace fs = std::filesystem;

const fs::path kSourceDir = MURNAU_SOURCE_DIR;
constexpr int kLoaderSuccess = 1;       // QtQuick3D.AssetUtils RuntimeLoader.Success
const QColor kPlaceholderColour(0xff, 0x2b, 0xd6);   // ImportedModelPiece.qml's placeholderColor

// Captures every message of the default logger (Qt's own messages included, through the
// app's handler) while it lives, and restores the previous logger after.
class LogCapture {
public:
    LogCapture()
        : m_previous(spdlog::default_logger()),
          m_sink(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(512))
    {
        auto logger = std::make_shared<spdlog::logger>("capture", m_sink);
        logger->set_level(spdlog::level::trace);
        logger->set_pattern("%l %v");
        spdlog::set_default_logger(logger);
        installQtMessageHandler();
    }
    ~LogCapture()
    {
        qInstallMessageHandler(nullptr);
        spdlog::set_default_logger(m_previous);
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    // Warnings and errors, one line each.
    std::vector<std::string> problems() const
    {
        std::vector<std::string> lines;
        for (std::string line : m_sink->last_formatted()) {
            if (line.rfind("warning ", 0) == 0 || line.rfind("error ", 0) == 0 || line.rfind("critical ", 0) == 0) {
                while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
                    line.pop_back();
                lines.push_back(line);
            }
        }
        return lines;
    }

private:
    std::shared_ptr<spdlog::logger> m_previous;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink;
};

// Hue distance in degrees on the colour wheel (0..180).
double hueDistanceDeg(double a, double b)
{
    const double d = std::fmod(std::abs(a - b), 360.0);
    return std::min(d, 360.0 - d);
}

// Share (0..1) of the pixels in a (2r+1)^2 neighbourhood of `centre` with `reference`'s hue
// (within 25 degrees) and some saturation: the placeholder's translucent fill tints whatever is
// behind it, so its saturation depends on the background.
double shareWithHue(const QImage& image, QPoint centre, QColor reference, int r)
{
    const double refHue = reference.hsvHueF() * 360.0;
    int matching = 0;
    int total = 0;
    for (int y = centre.y() - r; y <= centre.y() + r; ++y) {
        for (int x = centre.x() - r; x <= centre.x() + r; ++x) {
            if (!image.rect().contains(x, y))
                continue;
            const QColor pixel = image.pixelColor(x, y);
            ++total;
            if (pixel.hsvHueF() >= 0.0 && pixel.hsvSaturationF() >= 0.2
                && hueDistanceDeg(pixel.hsvHueF() * 360.0, refHue) <= 25.0)
                ++matching;
        }
    }
    return total > 0 ? static_cast<double>(matching) / total : 0.0;
}

// The 3D node named `name` in `node`'s subtree. Nodes a Repeater3D or a Loader3D creates are
// not QObject children of anything in the scene, so the walk follows Object3D's "children"
// list (the scene graph QML sees), not QObject::children().
QObject* findNode(QObject* node, const QString& name)
{
    if (!node)
        return nullptr;
    if (node->objectName() == name)
        return node;
    const QQmlListReference children(node, "children");
    for (qsizetype i = 0; children.isValid() && i < children.count(); ++i) {
        if (QObject* found = findNode(children.at(i), name))
            return found;
    }
    return nullptr;
}

// The item named `name` in `item`'s visual subtree (a Repeater's delegates are not QObject
// children of anything, so QObject::findChild does not see them).
QQuickItem* findItem(QQuickItem* item, const QString& name)
{
    if (!item)
        return nullptr;
    if (item->objectName() == name)
        return item;
    for (QQuickItem* child : item->childItems()) {
        if (QQuickItem* found = findItem(child, name))
            return found;
    }
    return nullptr;
}

// The node named `name` in the shot camera's scene.
QObject* findNamed(QQuickWindow& window, const QString& name)
{
    // The set is one scene (SetScene) that the shot view imports.
    auto* view = window.findChild<QQuickItem*>(QStringLiteral("shotView"));
    return view ? findNode(view->property("importScene").value<QObject*>(), name) : nullptr;
}

// A small set in front of camera A: a wall with a door, stairs, the demo's pallet crate (a
// .gltf with its .bin), and "Ghost", a model whose file does not exist.
Project missingModelProject()
{
    Project project;
    project.title = "Missing model";
    project.set.name = "Test stage";
    project.set.floorSizeM = {20.0, 20.0};

    SetPiece wall;
    wall.name = "Back wall";
    wall.shape = SetPieceShape::Wall;
    wall.positionM = {0.0, 0.0, -7.0};
    wall.sizeM = {12.0, 3.0, 0.2};
    wall.color = {90, 94, 100};
    wall.openings = {WallOpening{OpeningKind::Door, -3.5, 1.0, 2.1, 0.0}};
    SetPiece stairs;
    stairs.name = "Steps";
    stairs.shape = SetPieceShape::Stairs;
    stairs.positionM = {-3.0, 0.0, -2.0};
    stairs.sizeM = {1.0, 0.6, 0.9};
    stairs.stepCount = 3;
    SetPiece crate;
    crate.name = "Crate";
    crate.shape = SetPieceShape::Model;
    crate.positionM = {2.5, 0.0, -2.0};
    crate.sizeM = {1.2, 1.05, 0.8};
    crate.modelPath = "models/pallet_crate.gltf";
    SetPiece ghost = crate;
    ghost.name = "Ghost";
    ghost.positionM = {0.0, 0.0, -3.0};
    ghost.sizeM = {1.2, 1.6, 1.2};
    ghost.modelPath = "models/ghost.glb";
    project.set.pieces = {wall, stairs, crate, ghost};

    Actor actor;
    actor.name = "Zoe";
    actor.positionM = {-1.5, 0.0, -4.5};
    project.actors = {actor};

    CameraSetup camera;
    camera.name = "A";
    camera.sensor = *findSensorPreset("super35");
    camera.deliveryAspect = 2.39;
    camera.positionM = {0.0, 1.6, 4.0};
    camera.tiltDeg = -8.0;
    camera.focalLengthMm = 24.0;
    camera.focusDistanceM = 7.0;
    project.cameras = {camera};
    return project;
}

class SetPiecesRender : public GuiTest {};

TEST_F(SetPiecesRender, AMissingModelLeavesAPlaceholderAndTheRestLoads)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const fs::path dir = folder.path().toStdString();
    fs::create_directories(dir / "models");
    fs::copy_file(kSourceDir / "assets/demo/models/pallet_crate.gltf", dir / "models/pallet_crate.gltf");
    fs::copy_file(kSourceDir / "assets/demo/models/pallet_crate.bin", dir / "models/pallet_crate.bin");
    const Project project = missingModelProject();
    const fs::path projectFile = dir / "missing-model.murnau";
    const Result<bool> saved = saveProject(project, projectFile);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();

    LogCapture log;
    ProjectDocument document;
    ASSERT_TRUE(document.load(QString::fromStdString(projectFile.string()))) << document.errorText().toStdString();
    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    window->resize(1600, 900);
    ASSERT_TRUE(showAndWaitForFrames(*window, 3)) << "the window never presented 3 frames";

    // Every piece is in the scene; the crate loaded, the ghost shows its placeholder.
    for (const SetPiece& piece : project.set.pieces)
        EXPECT_NE(findNamed(*window, QStringLiteral("setPiece:") + QString::fromStdString(piece.name)), nullptr)
            << piece.name << " is not in the viewport";
    QObject* crateLoader = findNamed(*window, QStringLiteral("modelLoader:Crate"));
    ASSERT_NE(crateLoader, nullptr);
    EXPECT_EQ(crateLoader->property("status").toInt(), kLoaderSuccess)
        << crateLoader->property("errorString").toString().toStdString();
    QObject* cratePlaceholder = findNamed(*window, QStringLiteral("modelPlaceholder:Crate"));
    ASSERT_NE(cratePlaceholder, nullptr);
    EXPECT_FALSE(cratePlaceholder->property("visible").toBool());
    QObject* ghostPlaceholder = findNamed(*window, QStringLiteral("modelPlaceholder:Ghost"));
    ASSERT_NE(ghostPlaceholder, nullptr);
    EXPECT_TRUE(ghostPlaceholder->property("visible").toBool());

    // The picture names the missing model and its file.
    QQuickItem* label = findItem(window->contentItem(), QStringLiteral("placeholderLabel:Ghost"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isVisible());
    QQuickItem* labelText = findItem(label, QStringLiteral("placeholderText"));
    ASSERT_NE(labelText, nullptr);
    EXPECT_TRUE(labelText->property("text").toString().contains(QStringLiteral("models/ghost.glb")));
    QQuickItem* crateLabel = findItem(window->contentItem(), QStringLiteral("placeholderLabel:Crate"));
    ASSERT_NE(crateLabel, nullptr);
    EXPECT_FALSE(crateLabel->isVisible());

    // The log says which file is missing, once.
    const std::vector<std::string> problems = log.problems();
    const auto aboutGhost = std::count_if(problems.begin(), problems.end(), [](const std::string& line) {
        return line.find("'Ghost'") != std::string::npos && line.find("models/ghost.glb") != std::string::npos;
    });
    EXPECT_EQ(aboutGhost, 1) << "warnings: " << problems.size();
    for (const std::string& line : problems)
        std::printf("  logged: %s\n", line.c_str());

    // The placeholder is in the picture where core projects the ghost's box centre, and not
    // where the crate stands.
    const QImage image = window->grabWindow().convertToFormat(QImage::Format_RGB32);
    auto* view = window->findChild<QQuickItem*>(QStringLiteral("shotView"));
    ASSERT_NE(view, nullptr);
    const double dpr = window->effectiveDevicePixelRatio();
    const QPointF origin = view->mapToScene(QPointF(0.0, 0.0));
    const Result<CameraState> camera = cameraStateOf(project.cameras.front(), GateMode::FullSensor);
    ASSERT_TRUE(camera.ok());
    const auto imagePoint = [&](glm::dvec3 worldM) -> std::optional<QPoint> {
        const auto px = projectToPixels(*camera, worldM, view->width(), view->height());
        if (!px)
            return std::nullopt;
        return QPoint(static_cast<int>(std::floor((origin.x() + px->x) * dpr)),
                      static_cast<int>(std::floor((origin.y() + px->y) * dpr)));
    };
    const auto ghostCentre = imagePoint(project.set.pieces[3].positionM + glm::dvec3(0.0, 0.8, 0.0));
    ASSERT_TRUE(ghostCentre.has_value());
    const double onGhost = shareWithHue(image, *ghostCentre, kPlaceholderColour, 4);
    const auto crateCentre = imagePoint(project.set.pieces[2].positionM + glm::dvec3(0.0, 0.5, 0.0));
    ASSERT_TRUE(crateCentre.has_value());
    const double onCrate = shareWithHue(image, *crateCentre, kPlaceholderColour, 4);
    std::printf("  placeholder hue at the ghost (%d, %d): %.0f%%, at the crate (%d, %d): %.0f%%\n", ghostCentre->x(),
                ghostCentre->y(), 100.0 * onGhost, crateCentre->x(), crateCentre->y(), 100.0 * onCrate);
    EXPECT_GE(onGhost, 0.8);
    EXPECT_LE(onCrate, 0.05);
    if (HasFailure())
        image.save(QStringLiteral("gui_missing_model_failure.png"));
    window->close();
}

TEST_F(SetPiecesRender, TheDemoOpensWithEveryModelLoadedAndNoWarnings)
{
    const Result<Project> demo = loadProject(kDemoPath.toStdString());
    ASSERT_TRUE(demo.ok()) << demo.error().describe();

    // The window is up first (what it logs about itself is not the demo's business); then the
    // demo is opened into it, as File > Open does, and rendered.
    ProjectDocument document;
    QQmlApplicationEngine engine;
    QQuickWindow* window = loadMainWindow(engine, document);
    ASSERT_NE(window, nullptr);
    window->resize(1600, 900);
    ASSERT_TRUE(showAndWaitForFrames(*window, 2)) << "the window never presented 2 frames";
    LogCapture log;
    ASSERT_TRUE(document.load(kDemoPath)) << document.errorText().toStdString();
    ASSERT_TRUE(showAndWaitForFrames(*window, 3)) << "the window never presented 3 frames with the demo";

    int models = 0;
    int walls = 0;
    int stairs = 0;
    for (const SetPiece& piece : demo->set.pieces) {
        const QString name = QString::fromStdString(piece.name);
        EXPECT_NE(findNamed(*window, QStringLiteral("setPiece:") + name), nullptr) << piece.name;
        walls += piece.shape == SetPieceShape::Wall ? 1 : 0;
        stairs += piece.shape == SetPieceShape::Stairs ? 1 : 0;
        if (piece.shape != SetPieceShape::Model)
            continue;
        ++models;
        QObject* loader = findNamed(*window, QStringLiteral("modelLoader:") + name);
        ASSERT_NE(loader, nullptr) << piece.name;
        EXPECT_EQ(loader->property("status").toInt(), kLoaderSuccess)
            << piece.name << ": " << loader->property("errorString").toString().toStdString();
        QObject* placeholder = findNamed(*window, QStringLiteral("modelPlaceholder:") + name);
        ASSERT_NE(placeholder, nullptr) << piece.name;
        EXPECT_FALSE(placeholder->property("visible").toBool()) << piece.name;
    }
    // What the demo is for: walls with openings, stairs and imported models.
    EXPECT_GE(walls, 4);
    EXPECT_GE(stairs, 1);
    EXPECT_GE(models, 2);

    const std::vector<std::string> problems = log.problems();
    for (const std::string& line : problems)
        std::printf("  logged: %s\n", line.c_str());
    EXPECT_TRUE(problems.empty()) << problems.size() << " warnings or errors while opening the demo";
    window->close();
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
