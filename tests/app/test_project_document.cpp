// ProjectDocument and its list models against core's own reading of the demo project.

#include <map>

#include <QColor>
#include <QSignalSpy>
#include <QVector3D>

#include <gtest/gtest.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/anthropometry_info.h"
#include "app/bridge/project_document.h"
#include "app/bridge/set_piece_list_model.h"
#include "core/scene/anthropometry.h"
#include "core/scene/project_json.h"

namespace murnau {
namespace {

const QString kDemoPath = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo/warehouse.murnau");

Project loadDemoWithCore()
{
    Result<Project> project = loadProject(kDemoPath.toStdString());
    EXPECT_TRUE(project.ok()) << (project.ok() ? "" : project.error().describe());
    return project.ok() ? std::move(project).value() : Project{};
}

QVariant roleData(const QAbstractListModel& model, int row, const QByteArray& roleName)
{
    const int role = model.roleNames().key(roleName, -1);
    EXPECT_NE(role, -1) << "no role named " << roleName.constData();
    return model.data(model.index(row, 0), role);
}

TEST(ProjectDocument, LoadsTheDemoLikeCore)
{
    const Project expected = loadDemoWithCore();
    ProjectDocument document;
    QSignalSpy changed(&document, &ProjectDocument::documentChanged);

    ASSERT_TRUE(document.load(kDemoPath)) << document.errorText().toStdString();
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(document.isLoaded());
    EXPECT_TRUE(document.errorText().isEmpty());
    EXPECT_EQ(document.filePath(), kDemoPath);
    EXPECT_EQ(document.title().toStdString(), expected.title);
    EXPECT_EQ(document.setName().toStdString(), expected.set.name);
    EXPECT_EQ(document.floorSizeM(), QSizeF(expected.set.floorSizeM.x, expected.set.floorSizeM.y));
    EXPECT_EQ(document.floorColor(),
              QColor(expected.set.floorColor.r, expected.set.floorColor.g, expected.set.floorColor.b));
    EXPECT_EQ(document.frameRateLabel(), QStringLiteral("24"));
    EXPECT_TRUE(document.shotCamera()->isValid());
    EXPECT_EQ(document.shotCamera()->name().toStdString(), expected.cameras.front().name);
}

TEST(ProjectDocument, ActorModelExposesEveryActor)
{
    const Project expected = loadDemoWithCore();
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    document.player()->selectShot({});   // the set as it stands: actors at their own positions
    const ActorListModel& actors = *document.actors();

    ASSERT_GT(expected.actors.size(), 0U);
    ASSERT_EQ(actors.rowCount(), static_cast<int>(expected.actors.size()));
    EXPECT_EQ(actors.property("count").toInt(), actors.rowCount());
    for (int row = 0; row < actors.rowCount(); ++row) {
        const Actor& actor = expected.actors[static_cast<std::size_t>(row)];
        SCOPED_TRACE(actor.name);
        EXPECT_EQ(roleData(actors, row, "name").toString().toStdString(), actor.name);
        EXPECT_DOUBLE_EQ(roleData(actors, row, "heightM").toDouble(), actor.heightM);
        EXPECT_DOUBLE_EQ(roleData(actors, row, "facingDeg").toDouble(), actor.facingDeg);
        const QVector3D position = roleData(actors, row, "positionM").value<QVector3D>();
        EXPECT_FLOAT_EQ(position.x(), static_cast<float>(actor.positionM.x));
        EXPECT_FLOAT_EQ(position.y(), static_cast<float>(actor.positionM.y));
        EXPECT_FLOAT_EQ(position.z(), static_cast<float>(actor.positionM.z));
        EXPECT_EQ(roleData(actors, row, "color").value<QColor>(),
                  QColor(actor.color.r, actor.color.g, actor.color.b));
    }
    // The demo's cast, by name: the side panel lists these.
    EXPECT_EQ(roleData(actors, 0, "name").toString(), QStringLiteral("Anna"));
}

TEST(ProjectDocument, SetPieceModelExposesEveryPiece)
{
    const Project expected = loadDemoWithCore();
    ProjectDocument document;
    ASSERT_TRUE(document.load(kDemoPath));
    const SetPieceListModel& pieces = *document.setPieces();

    ASSERT_EQ(pieces.rowCount(), static_cast<int>(expected.set.pieces.size()));
    int cylinders = 0;
    for (int row = 0; row < pieces.rowCount(); ++row) {
        const SetPiece& piece = expected.set.pieces[static_cast<std::size_t>(row)];
        SCOPED_TRACE(piece.name);
        EXPECT_EQ(roleData(pieces, row, "name").toString().toStdString(), piece.name);
        const QString shape = roleData(pieces, row, "shape").toString();
        const std::map<SetPieceShape, QString> fileWords{
            {SetPieceShape::Box, QStringLiteral("box")},       {SetPieceShape::Cylinder, QStringLiteral("cylinder")},
            {SetPieceShape::Wall, QStringLiteral("wall")},     {SetPieceShape::Stairs, QStringLiteral("stairs")},
            {SetPieceShape::Model, QStringLiteral("model")}};
        EXPECT_EQ(shape, fileWords.at(piece.shape));
        cylinders += shape == QStringLiteral("cylinder") ? 1 : 0;
        const QVector3D size = roleData(pieces, row, "sizeM").value<QVector3D>();
        EXPECT_FLOAT_EQ(size.x(), static_cast<float>(piece.sizeM.x));
        EXPECT_FLOAT_EQ(size.y(), static_cast<float>(piece.sizeM.y));
        EXPECT_FLOAT_EQ(size.z(), static_cast<float>(piece.sizeM.z));
        const QVector3D position = roleData(pieces, row, "positionM").value<QVector3D>();
        EXPECT_FLOAT_EQ(position.x(), static_cast<float>(piece.positionM.x));
        EXPECT_FLOAT_EQ(position.z(), static_cast<float>(piece.positionM.z));
        EXPECT_DOUBLE_EQ(roleData(pieces, row, "yawDeg").toDouble(), piece.yawDeg);
        EXPECT_EQ(roleData(pieces, row, "color").value<QColor>(),
                  QColor(piece.color.r, piece.color.g, piece.color.b));
    }
    EXPECT_GT(cylinders, 0) << "the demo's pillars are cylinders";
}

TEST(ProjectDocument, AFileThatFailsToLoadIntoAnEmptyDocumentLeavesItEmptyWithCoresError)
{
    // (A failed load over an open project leaves that project open: test_document_editing.cpp.)
    ProjectDocument document;
    const QString missing = QStringLiteral(MURNAU_SOURCE_DIR "/assets/demo/no-such-project.murnau");
    const Result<Project> coreResult = loadProject(missing.toStdString());
    ASSERT_FALSE(coreResult.ok());

    EXPECT_FALSE(document.load(missing));
    EXPECT_FALSE(document.isLoaded());
    EXPECT_EQ(document.errorText().toStdString(), coreResult.error().describe());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_EQ(document.actors()->rowCount(), 0);
    EXPECT_EQ(document.setPieces()->rowCount(), 0);
    EXPECT_FALSE(document.shotCamera()->isValid());
    EXPECT_FALSE(document.shotCamera()->errorText().isEmpty());
}

TEST(Anthropometry, SingletonRepublishesCoresTable)
{
    const AnthropometryInfo info;
    EXPECT_DOUBLE_EQ(info.property("crownHeight").toDouble(), landmark::kCrown);
    EXPECT_DOUBLE_EQ(info.property("eyeHeight").toDouble(), landmark::kEye);
    EXPECT_DOUBLE_EQ(info.property("chinHeight").toDouble(), landmark::kChin);
    EXPECT_DOUBLE_EQ(info.property("shoulderHeight").toDouble(), landmark::kShoulder);
    EXPECT_DOUBLE_EQ(info.property("chestHeight").toDouble(), landmark::kChest);
    EXPECT_DOUBLE_EQ(info.property("waistHeight").toDouble(), landmark::kWaist);
    EXPECT_DOUBLE_EQ(info.property("hipHeight").toDouble(), landmark::kHip);
    EXPECT_DOUBLE_EQ(info.property("wristHeight").toDouble(), landmark::kWrist);
    EXPECT_DOUBLE_EQ(info.property("kneeHeight").toDouble(), landmark::kKnee);
    EXPECT_DOUBLE_EQ(info.property("ankleHeight").toDouble(), landmark::kAnkle);
    EXPECT_DOUBLE_EQ(info.property("shoulderWidth").toDouble(), segment::kShoulderWidth);
    EXPECT_DOUBLE_EQ(info.property("hipWidth").toDouble(), segment::kHipWidth);
    EXPECT_DOUBLE_EQ(info.property("upperArmLength").toDouble(), segment::kUpperArm);
    EXPECT_DOUBLE_EQ(info.property("forearmLength").toDouble(), segment::kForearm);
    EXPECT_DOUBLE_EQ(info.property("handLength").toDouble(), segment::kHand);
    EXPECT_DOUBLE_EQ(info.property("footLength").toDouble(), segment::kFootLength);
    EXPECT_DOUBLE_EQ(info.property("footWidth").toDouble(), segment::kFootWidth);
    EXPECT_DOUBLE_EQ(info.property("thighLength").toDouble(), segment::kThigh);
    EXPECT_DOUBLE_EQ(info.property("shankLength").toDouble(), segment::kShank);
}

} // namespace
} // namespace murnau
