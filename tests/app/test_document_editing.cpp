// ProjectDocument as a document: undo ladders (state0, do, state1, undo, state0, redo,
// state1) through perform() and the models, a drag merged into one undo step, the modified
// flag against the saved state, refused edits and failed loads that change nothing, and
// Save As / reload round trips. Expected values are the demo file's own numbers or hand
// derivations written next to them, never the document's output.

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QVector3D>

#include <gtest/gtest.h>

#include "app/bridge/actor_list_model.h"
#include "app/bridge/project_document.h"
#include "app/bridge/shot_camera.h"
#include "core/scene/project_checks.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;
using testing::roleData;

QVector3D modelPosition(ProjectDocument& document, int row)
{
    return roleData(*document.actors(), row, "positionM").value<QVector3D>();
}

QVector3D qtVector(const glm::dvec3& v)
{
    return QVector3D(static_cast<float>(v.x), static_cast<float>(v.y), static_cast<float>(v.z));
}

class DocumentEditing : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_document.player()->selectShot({});   // the set as it stands: actors at their own positions
        // The expected starting point is the file as core reads it.
        m_state0 = coreLoad(m_demo.path());
        ASSERT_EQ(m_document.project(), m_state0);
        ASSERT_FALSE(m_state0.actors.empty());
        ASSERT_EQ(m_state0.actors.front().name, "Anna");
        ASSERT_FALSE(m_state0.cameras.empty());
        m_annaStart = m_state0.actors.front();
        // The values the edits below set must differ from the demo's own.
        ASSERT_NE(m_annaStart.heightM, 1.75);
        ASSERT_NE(m_annaStart.build, ActorBuild::Heavy);
        ASSERT_NE(m_state0.cameras.front().focalLengthMm, 50.0);
        ASSERT_EQ(m_state0.displayUnits, DisplayUnits::Metric);
    }

    const Actor& anna() const { return m_document.project().actors.front(); }

    DemoCopy m_demo;
    ProjectDocument m_document;
    Project m_state0;
    Actor m_annaStart;
};

TEST_F(DocumentEditing, MoveUndoRedoLadderReachesTheModels)
{
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 2.5, -1.0)) << m_document.errorText().toStdString();
    const Project state1 = m_document.project();
    EXPECT_DOUBLE_EQ(anna().positionM.x, 2.5);
    EXPECT_DOUBLE_EQ(anna().positionM.y, 0.0);
    EXPECT_DOUBLE_EQ(anna().positionM.z, -1.0);
    EXPECT_EQ(modelPosition(m_document, 0), QVector3D(2.5f, 0.0f, -1.0f));
    EXPECT_TRUE(m_document.canUndo());
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Move Anna"));

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(modelPosition(m_document, 0), qtVector(m_annaStart.positionM));
    EXPECT_FALSE(m_document.canUndo());
    EXPECT_EQ(m_document.redoText(), QStringLiteral("Move Anna"));

    m_document.redo();
    EXPECT_EQ(m_document.project(), state1);
    EXPECT_EQ(modelPosition(m_document, 0), QVector3D(2.5f, 0.0f, -1.0f));
}

TEST_F(DocumentEditing, ADragIsOneUndoStep)
{
    QSignalSpy edited(&m_document, &ProjectDocument::edited);
    // Three steps of one drag, as a pointer handler sends them, then the release.
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 7.0, 2.0));
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 6.0, 1.5));
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 5.0, 1.0));
    m_document.endDrag();
    EXPECT_EQ(edited.count(), 3);   // the picture follows every step
    EXPECT_EQ(m_document.undoStack().count(), 1);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Move Anna"));
    EXPECT_EQ(modelPosition(m_document, 0), QVector3D(5.0f, 0.0f, 1.0f));

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(modelPosition(m_document, 0), qtVector(m_annaStart.positionM));
    m_document.redo();
    EXPECT_DOUBLE_EQ(anna().positionM.x, 5.0);
    EXPECT_DOUBLE_EQ(anna().positionM.z, 1.0);

    // After the release, the next drag is a step of its own.
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 4.0, 0.5));
    EXPECT_EQ(m_document.undoStack().count(), 2);
    m_document.undo();
    EXPECT_DOUBLE_EQ(anna().positionM.x, 5.0);
    EXPECT_DOUBLE_EQ(anna().positionM.z, 1.0);
}

TEST_F(DocumentEditing, ADragBackToItsStartLeavesNoStep)
{
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 3.0, 3.0));
    EXPECT_TRUE(m_document.isModified());
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), m_annaStart.positionM.x, m_annaStart.positionM.z));
    m_document.endDrag();
    EXPECT_EQ(m_document.undoStack().count(), 0);
    EXPECT_FALSE(m_document.canUndo());
    EXPECT_FALSE(m_document.isModified());
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(DocumentEditing, UndoingADragStepEndsItsMerge)
{
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 7.0, 2.0));
    m_document.undo();
    // No endDrag(): a step pushed after an undo must not fold into the undone command.
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 6.0, 2.0));
    EXPECT_EQ(m_document.undoStack().count(), 1);
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(DocumentEditing, AFocalLengthDragIsOneStep)
{
    // A zoom ring dragged through three values, then released.
    ASSERT_TRUE(m_document.setFocalLengthMm(40.0));
    ASSERT_TRUE(m_document.setFocalLengthMm(45.0));
    ASSERT_TRUE(m_document.setFocalLengthMm(50.0));
    m_document.endDrag();
    EXPECT_EQ(m_document.undoStack().count(), 1);
    EXPECT_DOUBLE_EQ(m_document.shotCamera()->focalLengthMm(), 50.0);
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_DOUBLE_EQ(m_document.shotCamera()->focalLengthMm(), m_state0.cameras.front().focalLengthMm);
}

TEST_F(DocumentEditing, InspectorEditsAreUndoableSteps)
{
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.75")));
    EXPECT_DOUBLE_EQ(anna().heightM, 1.75);
    EXPECT_DOUBLE_EQ(roleData(*m_document.actors(), 0, "heightM").toDouble(), 1.75);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Set Anna's height to 1.75 m"));

    ASSERT_TRUE(m_document.setActorBuild(QStringLiteral("Anna"), QStringLiteral("heavy")));
    EXPECT_EQ(anna().build, ActorBuild::Heavy);
    EXPECT_EQ(m_document.actorInfo(QStringLiteral("Anna")).value(QStringLiteral("build")).toString(),
              QStringLiteral("heavy"));

    ASSERT_TRUE(m_document.renameActor(QStringLiteral("Anna"), QStringLiteral("Eve")));
    EXPECT_EQ(anna().name, "Eve");
    EXPECT_EQ(roleData(*m_document.actors(), 0, "name").toString(), QStringLiteral("Eve"));
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Rename Anna to Eve"));

    ASSERT_TRUE(m_document.setFocalLength(QStringLiteral("50 mm")));
    EXPECT_DOUBLE_EQ(m_document.project().cameras.front().focalLengthMm, 50.0);
    EXPECT_DOUBLE_EQ(m_document.shotCamera()->focalLengthMm(), 50.0);
    EXPECT_EQ(m_document.undoStack().count(), 4);

    // Down the ladder, one step at a time.
    m_document.undo();
    EXPECT_DOUBLE_EQ(m_document.shotCamera()->focalLengthMm(), m_state0.cameras.front().focalLengthMm);
    m_document.undo();
    EXPECT_EQ(anna().name, "Anna");
    EXPECT_EQ(roleData(*m_document.actors(), 0, "name").toString(), QStringLiteral("Anna"));
    m_document.undo();
    EXPECT_EQ(anna().build, m_annaStart.build);
    m_document.undo();
    EXPECT_DOUBLE_EQ(anna().heightM, m_annaStart.heightM);
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_FALSE(m_document.isModified());
}

TEST_F(DocumentEditing, DisplayUnitsAreAnUndoableSettingThatLengthsFollow)
{
    EXPECT_EQ(m_document.displayUnits(), QStringLiteral("metric"));
    QSignalSpy changed(&m_document, &ProjectDocument::documentChanged);
    ASSERT_TRUE(m_document.setDisplayUnits(QStringLiteral("imperial")));
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_document.displayUnits(), QStringLiteral("imperial"));
    EXPECT_EQ(m_document.project().displayUnits, DisplayUnits::Imperial);
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Show lengths in feet and inches"));
    // Derived: 1.68 m / 0.0254 m/in = 66.14 in, to the nearest inch 66 in = 5 ft 6 in.
    EXPECT_EQ(m_document.formatLength(1.68, m_document.displayUnits()), QStringLiteral("5 ft 6 in"));

    // A bare number is read in the display units: feet. Derived: 5.5 ft x 0.3048 m/ft = 1.6764 m.
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("5.5")));
    EXPECT_NEAR(anna().heightM, 1.6764, 1e-12);
    // Feet and inches typed out. Derived: 5 ft 10 in = 70 in x 0.0254 m/in = 1.778 m.
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("5 ft 10 in")));
    EXPECT_NEAR(anna().heightM, 1.778, 1e-12);

    m_document.undo();
    m_document.undo();
    m_document.undo();
    EXPECT_EQ(m_document.displayUnits(), QStringLiteral("metric"));
    EXPECT_EQ(m_document.formatLength(1.68, m_document.displayUnits()), QStringLiteral("1.68 m"));
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(DocumentEditing, TheModifiedFlagFollowsTheSavedState)
{
    QSignalSpy modified(&m_document, &ProjectDocument::modifiedChanged);
    QSignalSpy saved(&m_document, &ProjectDocument::saved);
    EXPECT_FALSE(m_document.isModified());

    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.70")));
    EXPECT_TRUE(m_document.isModified());
    EXPECT_EQ(modified.count(), 1);
    m_document.undo();
    EXPECT_FALSE(m_document.isModified());
    EXPECT_EQ(modified.count(), 2);
    m_document.redo();
    EXPECT_TRUE(m_document.isModified());

    const QString copyPath = m_demo.filePath(QStringLiteral("copy"));
    ASSERT_TRUE(m_document.saveAs(copyPath)) << m_document.errorText().toStdString();
    EXPECT_EQ(saved.count(), 1);
    EXPECT_FALSE(m_document.isModified());
    EXPECT_EQ(m_document.filePath(), copyPath + QStringLiteral(".murnau"));   // the suffix is added
    EXPECT_EQ(m_document.displayName(), QStringLiteral("copy.murnau"));

    m_document.undo();   // back past the saved state: modified again
    EXPECT_TRUE(m_document.isModified());
    m_document.redo();   // at the saved state: clean
    EXPECT_FALSE(m_document.isModified());
}

TEST_F(DocumentEditing, RefusedEditsChangeNothing)
{
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 5.0, 1.0));
    m_document.endDrag();
    const Project before = m_document.project();
    const int steps = m_document.undoStack().count();
    const QString undoText = m_document.undoText();
    QSignalSpy errors(&m_document, &ProjectDocument::errorOccurred);
    QSignalSpy edited(&m_document, &ProjectDocument::edited);

    const auto expectUnchanged = [&](const char* what) {
        SCOPED_TRACE(what);
        EXPECT_EQ(m_document.project(), before);
        EXPECT_EQ(m_document.undoStack().count(), steps);
        EXPECT_EQ(m_document.undoText(), undoText);
        EXPECT_DOUBLE_EQ(roleData(*m_document.actors(), 0, "heightM").toDouble(), before.actors.front().heightM);
        EXPECT_FALSE(m_document.errorText().isEmpty());
    };

    EXPECT_FALSE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("tall")));
    expectUnchanged("a height that is not a length");
    EXPECT_TRUE(m_document.errorText().contains(QStringLiteral("heightM"))) << m_document.errorText().toStdString();

    // Twelve metres is no actor (core's range for a stature is 0.3 m to 3 m): refused by the builder.
    EXPECT_FALSE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("12 m")));
    expectUnchanged("a height out of range");
    EXPECT_TRUE(m_document.errorText().startsWith(QStringLiteral("actors[0].heightM")))
        << m_document.errorText().toStdString();

    EXPECT_FALSE(m_document.renameActor(QStringLiteral("Anna"), QStringLiteral("Ben")));
    expectUnchanged("a name another actor has");

    EXPECT_FALSE(m_document.moveActor(QStringLiteral("Nobody"), 0.0, 0.0));
    expectUnchanged("an actor that does not exist");

    EXPECT_FALSE(m_document.setActorBuild(QStringLiteral("Anna"), QStringLiteral("muscular")));
    expectUnchanged("a build that does not exist");

    EXPECT_FALSE(m_document.setFocalLength(QStringLiteral("wide")));
    expectUnchanged("a focal length that is not a number");

    EXPECT_FALSE(m_document.setDisplayUnits(QStringLiteral("cubits")));
    expectUnchanged("units that do not exist");

    EXPECT_EQ(errors.count(), 7);
    EXPECT_EQ(edited.count(), 0);

    // The next good edit clears the error.
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.70")));
    EXPECT_TRUE(m_document.errorText().isEmpty());
}

TEST_F(DocumentEditing, AFailedLoadLeavesTheDocumentAsItWas)
{
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.70")));
    const Project before = m_document.project();
    const QString filePath = m_document.filePath();

    const QString missing = m_demo.filePath(QStringLiteral("no-such-project.murnau"));
    const Result<Project> coreResult = loadProject(missing.toStdString());
    ASSERT_FALSE(coreResult.ok());
    EXPECT_FALSE(m_document.load(missing));
    EXPECT_EQ(m_document.errorText().toStdString(), coreResult.error().describe());
    EXPECT_TRUE(m_document.isLoaded());
    EXPECT_EQ(m_document.project(), before);
    EXPECT_EQ(m_document.filePath(), filePath);
    EXPECT_TRUE(m_document.isModified());
    EXPECT_TRUE(m_document.canUndo());   // the history survives too
    EXPECT_EQ(m_document.actors()->rowCount(), static_cast<int>(before.actors.size()));

    // A file with a bad value: the message names the field.
    Project badProject = m_state0;
    badProject.actors.front().heightM = -1.8;
    const QString badPath = m_demo.filePath(QStringLiteral("bad.murnau"));
    QFile bad(badPath);
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write(QByteArray::fromStdString(serializeProject(badProject)));
    bad.close();
    EXPECT_FALSE(m_document.load(badPath));
    EXPECT_TRUE(m_document.errorText().startsWith(QStringLiteral("actors[0].heightM")))
        << m_document.errorText().toStdString();
    EXPECT_EQ(m_document.project(), before);
    EXPECT_EQ(m_document.filePath(), filePath);
}

TEST_F(DocumentEditing, SaveAsAndReloadRoundTrip)
{
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 1.25, -3.5));
    m_document.endDrag();
    ASSERT_TRUE(m_document.setActorBuild(QStringLiteral("Anna"), QStringLiteral("slight")));
    ASSERT_TRUE(m_document.setDisplayUnits(QStringLiteral("imperial")));
    const QString target = m_demo.filePath(QStringLiteral("round-trip.murnau"));
    ASSERT_TRUE(m_document.saveAs(target)) << m_document.errorText().toStdString();
    EXPECT_EQ(m_document.filePath(), target);

    EXPECT_EQ(coreLoad(target), m_document.project());
    ProjectDocument reopened;
    ASSERT_TRUE(reopened.load(target)) << reopened.errorText().toStdString();
    EXPECT_EQ(reopened.project(), m_document.project());
    EXPECT_EQ(reopened.displayUnits(), QStringLiteral("imperial"));
    EXPECT_EQ(reopened.actorInfo(QStringLiteral("Anna")).value(QStringLiteral("build")).toString(),
              QStringLiteral("slight"));
    EXPECT_FALSE(reopened.isModified());
    EXPECT_FALSE(reopened.canUndo());
}

TEST_F(DocumentEditing, SaveWritesTheDocumentsOwnFile)
{
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    ASSERT_TRUE(m_document.save()) << m_document.errorText().toStdString();
    EXPECT_DOUBLE_EQ(coreLoad(m_demo.path()).actors.front().heightM, 1.9);
    EXPECT_EQ(m_document.filePath(), m_demo.path());
    EXPECT_FALSE(m_document.isModified());
}

TEST_F(DocumentEditing, AFailedSaveKeepsTheChangesUnsaved)
{
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    QSignalSpy errors(&m_document, &ProjectDocument::errorOccurred);
    const QString nowhere = m_demo.filePath(QStringLiteral("no-such-folder/project.murnau"));
    EXPECT_FALSE(m_document.saveAs(nowhere));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_FALSE(m_document.errorText().isEmpty());
    EXPECT_TRUE(m_document.isModified());
    EXPECT_EQ(m_document.filePath(), m_demo.path());
    EXPECT_FALSE(QFileInfo::exists(nowhere));
}

TEST_F(DocumentEditing, RevertReloadsTheSavedFile)
{
    ASSERT_TRUE(m_document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    ASSERT_TRUE(m_document.revert()) << m_document.errorText().toStdString();
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_FALSE(m_document.isModified());
    EXPECT_FALSE(m_document.canUndo());
    EXPECT_DOUBLE_EQ(roleData(*m_document.actors(), 0, "heightM").toDouble(), m_annaStart.heightM);
}

TEST(NewDocument, IsAValidUntitledProject)
{
    ProjectDocument document;
    EXPECT_FALSE(document.isLoaded());
    document.newProject();
    EXPECT_TRUE(document.isLoaded());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_EQ(document.displayName(), QStringLiteral("Untitled"));
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(document.canUndo());
    // Core's own rules, as for a file, accept it.
    const std::optional<Error> problem = checkProject(document.project());
    EXPECT_FALSE(problem.has_value()) << (problem ? problem->describe() : "");
    EXPECT_EQ(document.actors()->rowCount(), 1);
    EXPECT_TRUE(document.shotCamera()->isValid()) << document.shotCamera()->errorText().toStdString();

    // It has no file to save to until Save As gives it one.
    EXPECT_FALSE(document.save());
    EXPECT_FALSE(document.revert());
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ASSERT_TRUE(document.saveAs(dir.filePath(QStringLiteral("new.murnau")))) << document.errorText().toStdString();
    EXPECT_EQ(coreLoad(dir.filePath(QStringLiteral("new.murnau"))), document.project());
}

TEST(NewDocument, ReplacesAnOpenProjectAndItsHistory)
{
    DemoCopy demo;
    ProjectDocument document;
    ASSERT_TRUE(document.load(demo.path()));
    ASSERT_TRUE(document.setActorHeight(QStringLiteral("Anna"), QStringLiteral("1.9")));
    document.newProject();
    EXPECT_FALSE(document.canUndo());
    EXPECT_FALSE(document.isModified());
    EXPECT_TRUE(document.filePath().isEmpty());
    EXPECT_EQ(document.actors()->rowCount(), 1);
}

} // namespace
} // namespace murnau
