// The set piece model's roles for walls, stairs and imported models, and the actor model's build
// roles. Expected blocks are derived by hand in each test from the piece's numbers.

#include <chrono>
#include <filesystem>
#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include <QColor>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariantMap>
#include <QVector3D>

#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/set_piece_list_model.h"
#include "core/scene/scene_solids.h"

namespace murnau {
namespace {

QVariant roleData(const QAbstractListModel& model, int row, const QByteArray& roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    EXPECT_NE(role, -1) << "no role named " << roleName.constData();
    return model.data(model.index(row, 0), role);
}

void expectBlock(const SolidBlock& block, glm::dvec3 centerM, glm::dvec3 sizeM)
{
    for (int i = 0; i < 3; ++i) {
        EXPECT_NEAR(block.centerM[i], centerM[i], 1e-12) << "centre axis " << i;
        EXPECT_NEAR(block.sizeM[i], sizeM[i], 1e-12) << "size axis " << i;
    }
}

void expectNear(const QVector3D& actual, const QVector3D& expected)
{
    EXPECT_NEAR(actual.x(), expected.x(), 1e-6);
    EXPECT_NEAR(actual.y(), expected.y(), 1e-6);
    EXPECT_NEAR(actual.z(), expected.z(), 1e-6);
}

double volume(const std::vector<SolidBlock>& blocks)
{
    return std::accumulate(blocks.begin(), blocks.end(), 0.0,
                           [](double sum, const SolidBlock& b) { return sum + b.sizeM.x * b.sizeM.y * b.sizeM.z; });
}

SetPiece wallWithADoorAndAWindow()
{
    SetPiece wall;
    wall.name = "Wall";
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = {10.0, 3.0, 0.2};
    wall.openings = {
        WallOpening{OpeningKind::Window, 2.5, 2.0, 1.0, 1.0},   // x 1.5 to 3.5, y 1 to 2
        WallOpening{OpeningKind::Door, -2.0, 1.0, 2.1, 0.0},    // x -2.5 to -1.5, y 0 to 2.1
    };
    return wall;
}

SetPiece modelPiece(std::string name, std::string path, glm::dvec3 collisionM)
{
    SetPiece piece;
    piece.name = std::move(name);
    piece.shape = SetPieceShape::Model;
    piece.modelPath = std::move(path);
    piece.modelScale = 0.01;
    piece.sizeM = collisionM;
    return piece;
}

// Captures what the default logger writes while it lives; restores the previous logger after.
class LogCapture {
public:
    LogCapture()
        : m_previous(spdlog::default_logger()),
          m_sink(std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64))
    {
        auto logger = std::make_shared<spdlog::logger>("capture", m_sink);
        logger->set_level(spdlog::level::trace);
        logger->set_pattern("%l %v");
        spdlog::set_default_logger(logger);
    }
    ~LogCapture() { spdlog::set_default_logger(m_previous); }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    std::vector<std::string> warnings() const
    {
        std::vector<std::string> lines;
        for (const std::string& line : m_sink->last_formatted())
            if (line.rfind("warning ", 0) == 0)
                lines.push_back(line);
        return lines;
    }

private:
    std::shared_ptr<spdlog::logger> m_previous;
    std::shared_ptr<spdlog::sinks::ringbuffer_sink_mt> m_sink;
};

TEST(SolidBlocks, ABoxIsOneBlockStandingOnItsBase)
{
    SetPiece box;
    box.sizeM = {2.0, 1.5, 0.5};
    const std::vector<SolidBlock> blocks = solidBlocksOf(box);
    ASSERT_EQ(blocks.size(), 1U);
    expectBlock(blocks[0], {0.0, 0.75, 0.0}, {2.0, 1.5, 0.5});
}

TEST(SolidBlocks, AWallIsCutIntoColumnsAroundItsOpenings)
{
    // Derived: column edges at -5, -2.5, -1.5, 1.5, 3.5, 5 (the ends and each opening's sides);
    // solid columns where no opening is, a lintel over the door (2.1 to 3 m), a sill wall under
    // (0 to 1 m) and a lintel over (2 to 3 m) the window; blocks in order along the wall.
    const std::vector<SolidBlock> blocks = solidBlocksOf(wallWithADoorAndAWindow());
    ASSERT_EQ(blocks.size(), 6U);
    expectBlock(blocks[0], {-3.75, 1.5, 0.0}, {2.5, 3.0, 0.2});
    expectBlock(blocks[1], {-2.0, 2.55, 0.0}, {1.0, 0.9, 0.2});
    expectBlock(blocks[2], {0.0, 1.5, 0.0}, {3.0, 3.0, 0.2});
    expectBlock(blocks[3], {2.5, 0.5, 0.0}, {2.0, 1.0, 0.2});
    expectBlock(blocks[4], {2.5, 2.5, 0.0}, {2.0, 1.0, 0.2});
    expectBlock(blocks[5], {4.25, 1.5, 0.0}, {1.5, 3.0, 0.2});
    // Derived: the wall's volume less its holes: 10 x 3 x 0.2 - (1 x 2.1 + 2 x 1) x 0.2 = 5.18 m^3.
    EXPECT_NEAR(volume(blocks), 5.18, 1e-12);
}

TEST(SolidBlocks, ATransomWindowOverADoorLeavesTheWallBetweenThem)
{
    SetPiece wall;
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = {4.0, 3.0, 0.1};
    wall.openings = {WallOpening{OpeningKind::Door, 0.0, 1.0, 2.0, 0.0},
                     WallOpening{OpeningKind::Window, 0.0, 1.0, 0.5, 2.3}};
    // Derived: columns -2..-0.5 and 0.5..2 solid; over the door, wall from 2.0 to 2.3 m (under the
    // window) and from 2.8 to 3.0 m (over it).
    const std::vector<SolidBlock> blocks = solidBlocksOf(wall);
    ASSERT_EQ(blocks.size(), 4U);
    expectBlock(blocks[0], {-1.25, 1.5, 0.0}, {1.5, 3.0, 0.1});
    expectBlock(blocks[1], {0.0, 2.15, 0.0}, {1.0, 0.3, 0.1});
    expectBlock(blocks[2], {0.0, 2.9, 0.0}, {1.0, 0.2, 0.1});
    expectBlock(blocks[3], {1.25, 1.5, 0.0}, {1.5, 3.0, 0.1});
}

TEST(SolidBlocks, AWallWithoutOpeningsIsOneBlock)
{
    SetPiece wall;
    wall.shape = SetPieceShape::Wall;
    wall.sizeM = {6.0, 2.5, 0.3};
    const std::vector<SolidBlock> blocks = solidBlocksOf(wall);
    ASSERT_EQ(blocks.size(), 1U);
    expectBlock(blocks[0], {0.0, 1.25, 0.0}, {6.0, 2.5, 0.3});
}

TEST(SolidBlocks, StairsAreOneBlockPerStepClimbingTowardsMinusZ)
{
    SetPiece stairs;
    stairs.shape = SetPieceShape::Stairs;
    stairs.sizeM = {1.0, 0.9, 1.2};
    stairs.stepCount = 3;
    // Derived: riser 0.9 / 3 = 0.3 m, tread 1.2 / 3 = 0.4 m; the lowest step at the +z end
    // (z 0.6 to 0.2), each block from the floor to its tread.
    const std::vector<SolidBlock> blocks = solidBlocksOf(stairs);
    ASSERT_EQ(blocks.size(), 3U);
    expectBlock(blocks[0], {0.0, 0.15, 0.4}, {1.0, 0.3, 0.4});
    expectBlock(blocks[1], {0.0, 0.3, 0.0}, {1.0, 0.6, 0.4});
    expectBlock(blocks[2], {0.0, 0.45, -0.4}, {1.0, 0.9, 0.4});
}

TEST(SolidBlocks, CylindersAndModelsHaveNoBlocks)
{
    SetPiece cylinder;
    cylinder.shape = SetPieceShape::Cylinder;
    EXPECT_TRUE(solidBlocksOf(cylinder).empty());
    EXPECT_TRUE(solidBlocksOf(modelPiece("Car", "car.glb", {4.0, 1.5, 2.0})).empty());
}

TEST(SetPieceListModel, RolesOfAWallAndStairs)
{
    SetPiece stairs;
    stairs.name = "Stairs";
    stairs.shape = SetPieceShape::Stairs;
    stairs.sizeM = {1.0, 0.9, 1.2};
    stairs.stepCount = 3;
    SetPieceListModel model;
    model.setPieces({wallWithADoorAndAWindow(), stairs}, QString());
    ASSERT_EQ(model.rowCount(), 2);

    EXPECT_EQ(roleData(model, 0, "shape").toString(), QStringLiteral("wall"));
    const QVariantList openings = roleData(model, 0, "openings").toList();
    ASSERT_EQ(openings.size(), 2);
    const QVariantMap window = openings[0].toMap();
    EXPECT_EQ(window.value(QStringLiteral("kind")).toString(), QStringLiteral("window"));
    EXPECT_DOUBLE_EQ(window.value(QStringLiteral("centerM")).toDouble(), 2.5);
    EXPECT_DOUBLE_EQ(window.value(QStringLiteral("widthM")).toDouble(), 2.0);
    EXPECT_DOUBLE_EQ(window.value(QStringLiteral("heightM")).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(window.value(QStringLiteral("sillM")).toDouble(), 1.0);
    EXPECT_EQ(openings[1].toMap().value(QStringLiteral("kind")).toString(), QStringLiteral("door"));
    EXPECT_EQ(roleData(model, 0, "stepCount").toInt(), 0);
    const QVariantList wallBlocks = roleData(model, 0, "blocks").toList();
    ASSERT_EQ(wallBlocks.size(), 6);
    const QVariantMap lintel = wallBlocks[1].toMap();
    expectNear(lintel.value(QStringLiteral("centerM")).value<QVector3D>(), QVector3D(-2.0F, 2.55F, 0.0F));
    expectNear(lintel.value(QStringLiteral("sizeM")).value<QVector3D>(), QVector3D(1.0F, 0.9F, 0.2F));

    EXPECT_EQ(roleData(model, 1, "shape").toString(), QStringLiteral("stairs"));
    EXPECT_EQ(roleData(model, 1, "stepCount").toInt(), 3);
    EXPECT_TRUE(roleData(model, 1, "openings").toList().isEmpty());
    EXPECT_EQ(roleData(model, 1, "blocks").toList().size(), 3);
    // Neither is a model.
    for (int row = 0; row < 2; ++row) {
        EXPECT_TRUE(roleData(model, row, "modelUrl").toUrl().isEmpty());
        EXPECT_TRUE(roleData(model, row, "modelPath").toString().isEmpty());
        EXPECT_FALSE(roleData(model, row, "modelMissing").toBool());
        EXPECT_TRUE(roleData(model, row, "hasCollisionBox").toBool());
        EXPECT_DOUBLE_EQ(roleData(model, row, "modelScale").toDouble(), 1.0);
    }
}

TEST(SetPieceListModel, ModelsResolveAgainstTheProjectFolderAndMissingOnesAreFlaggedAndWarnedOnce)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ASSERT_TRUE(QDir(folder.path()).mkpath(QStringLiteral("models")));
    ASSERT_TRUE(QFile::copy(QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo/models/forklift.glb"),
                            folder.filePath(QStringLiteral("models/crate.glb"))));
    const QString projectFile = folder.filePath(QStringLiteral("shoot.murnau"));

    LogCapture log;
    SetPieceListModel model;
    model.setPieces({modelPiece("Crate", "models/crate.glb", {1.2, 1.0, 0.8}),
                     modelPiece("Car", "models/car.glb", {0.0, 0.0, 0.0})},
                    projectFile);

    EXPECT_EQ(roleData(model, 0, "shape").toString(), QStringLiteral("model"));
    EXPECT_EQ(roleData(model, 0, "modelPath").toString(), QStringLiteral("models/crate.glb"));
    EXPECT_EQ(roleData(model, 0, "modelUrl").toUrl(),
              QUrl::fromLocalFile(QDir(folder.path()).absoluteFilePath(QStringLiteral("models/crate.glb"))));
    EXPECT_FALSE(roleData(model, 0, "modelMissing").toBool());
    EXPECT_TRUE(roleData(model, 0, "hasCollisionBox").toBool());
    EXPECT_DOUBLE_EQ(roleData(model, 0, "modelScale").toDouble(), 0.01);

    EXPECT_EQ(roleData(model, 1, "modelUrl").toUrl(),
              QUrl::fromLocalFile(QDir(folder.path()).absoluteFilePath(QStringLiteral("models/car.glb"))));
    EXPECT_TRUE(roleData(model, 1, "modelMissing").toBool());
    EXPECT_FALSE(roleData(model, 1, "hasCollisionBox").toBool()) << "a model with a zero size has no collision box";

    // One warning, naming the piece and the file, however often the pieces are refreshed.
    model.setPieces({modelPiece("Crate", "models/crate.glb", {1.2, 1.0, 0.8}),
                     modelPiece("Car", "models/car.glb", {0.0, 0.0, 0.0})},
                    projectFile);
    const std::vector<std::string> warnings = log.warnings();
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_NE(warnings[0].find("'Car'"), std::string::npos) << warnings[0];
    EXPECT_NE(warnings[0].find("models/car.glb"), std::string::npos) << warnings[0];
    EXPECT_NE(warnings[0].find("not found"), std::string::npos) << warnings[0];
}

TEST(SetPieceListModel, MovingTheProjectFileReResolvesItsModels)
{
    QTemporaryDir first;
    QTemporaryDir second;
    ASSERT_TRUE(first.isValid() && second.isValid());
    QFile present(first.filePath(QStringLiteral("tree.obj")));
    ASSERT_TRUE(present.open(QIODevice::WriteOnly));
    present.write("o tree\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    present.close();

    LogCapture log;
    SetPieceListModel model;
    model.setPieces({modelPiece("Tree", "tree.obj", {1.0, 4.0, 1.0})}, first.filePath(QStringLiteral("a.murnau")));
    ASSERT_FALSE(roleData(model, 0, "modelMissing").toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setProjectFile(second.filePath(QStringLiteral("a.murnau")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(roleData(model, 0, "modelMissing").toBool());
    EXPECT_EQ(roleData(model, 0, "modelUrl").toUrl(),
              QUrl::fromLocalFile(QDir(second.path()).absoluteFilePath(QStringLiteral("tree.obj"))));
    EXPECT_EQ(log.warnings().size(), 1U);
}

TEST(SetPieceListModel, ModelsTheReaderRefusesGetThePlaceholderAndEachFileIsReadOncePerChange)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString escapePath = folder.filePath(QStringLiteral("escape.obj"));
    const auto writeObj = [&](const QByteArray& text) {
        QFile file(escapePath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    // An OBJ whose material library lies outside the project's folder.
    writeObj("mtllib ../../secret.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
    const QString projectFile = folder.filePath(QStringLiteral("shoot.murnau"));
    const std::vector<SetPiece> pieces{modelPiece("Escape", "escape.obj", {1.0, 1.0, 1.0})};

    LogCapture log;
    SetPieceListModel model;
    model.setPieces(pieces, projectFile);
    EXPECT_TRUE(roleData(model, 0, "modelMissing").toBool()) << "refused: never handed to RuntimeLoader";
    const QString problem = roleData(model, 0, "modelProblem").toString();
    EXPECT_TRUE(problem.contains(QStringLiteral("line 1"))) << problem.toStdString();
    EXPECT_TRUE(problem.contains(QStringLiteral("leaves the project's folder"))) << problem.toStdString();
    model.setPieces(pieces, projectFile);   // a refresh: no second warning
    std::vector<std::string> warnings = log.warnings();
    ASSERT_EQ(warnings.size(), 1U);
    EXPECT_NE(warnings[0].find("'Escape'"), std::string::npos) << warnings[0];
    EXPECT_NE(warnings[0].find("refused: line 1"), std::string::npos) << warnings[0];

    // The same size and modification time: the file is not read again, so a repair the clock
    // cannot see is not seen (this is what "once per change" means).
    const std::filesystem::path file = escapePath.toStdString();
    const auto modified = std::filesystem::last_write_time(file);
    writeObj("mtllib ./././secret.mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");   // same length
    std::filesystem::last_write_time(file, modified);
    model.setPieces(pieces, projectFile);
    EXPECT_TRUE(roleData(model, 0, "modelMissing").toBool());
    // A new modification time: read again, now accepted (a missing material library is only a warning).
    std::filesystem::last_write_time(file, modified + std::chrono::seconds(5));
    model.setPieces(pieces, projectFile);
    EXPECT_FALSE(roleData(model, 0, "modelMissing").toBool());
    EXPECT_TRUE(roleData(model, 0, "modelProblem").toString().isEmpty());
}

TEST(SetPieceListModel, ShapeKeysAreTheFileWords)
{
    std::vector<SetPiece> pieces(5);
    const SetPieceShape shapes[] = {SetPieceShape::Box, SetPieceShape::Cylinder, SetPieceShape::Wall,
                                    SetPieceShape::Stairs, SetPieceShape::Model};
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        pieces[i].shape = shapes[i];
        pieces[i].name = "Piece " + std::to_string(i);
        pieces[i].stepCount = 1;
        pieces[i].modelPath = "m.glb";
    }
    LogCapture log;   // the model's file is missing: keep its warning out of the test output
    SetPieceListModel model;
    model.setPieces(pieces, QString());
    const QStringList expected{QStringLiteral("box"), QStringLiteral("cylinder"), QStringLiteral("wall"),
                               QStringLiteral("stairs"), QStringLiteral("model")};
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(roleData(model, row, "shape").toString(), expected[row]);
}

TEST(ActorListModel, BuildRoleAndGirthScaleBreadthsOnly)
{
    Actor slight;
    slight.name = "Slight";
    slight.build = ActorBuild::Slight;
    Actor average = slight;
    average.name = "Average";
    average.build = ActorBuild::Average;
    Actor heavy = slight;
    heavy.name = "Heavy";
    heavy.build = ActorBuild::Heavy;
    ActorListModel model;
    model.setActors({slight, average, heavy});

    EXPECT_EQ(roleData(model, 0, "build").toString(), QStringLiteral("slight"));
    EXPECT_EQ(roleData(model, 1, "build").toString(), QStringLiteral("average"));
    EXPECT_EQ(roleData(model, 2, "build").toString(), QStringLiteral("heavy"));
    // Girth is relative to an average build: exactly 1 for it, less for slight, more for heavy.
    const double slightGirth = roleData(model, 0, "girthFactor").toDouble();
    const double averageGirth = roleData(model, 1, "girthFactor").toDouble();
    const double heavyGirth = roleData(model, 2, "girthFactor").toDouble();
    EXPECT_DOUBLE_EQ(averageGirth, 1.0);
    EXPECT_LT(slightGirth, averageGirth);
    EXPECT_GT(heavyGirth, averageGirth);
    EXPECT_DOUBLE_EQ(slightGirth, actorGirthFactor(ActorBuild::Slight));
    EXPECT_DOUBLE_EQ(heavyGirth, actorGirthFactor(ActorBuild::Heavy));
    // The build never changes the stature the proxy is drawn at.
    for (int row = 0; row < 3; ++row)
        EXPECT_DOUBLE_EQ(roleData(model, row, "heightM").toDouble(), slight.heightM);
}

} // namespace
} // namespace murnau
