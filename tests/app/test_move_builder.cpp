// The New Move dialog's model (app/bridge/move_builder.h) on the demo: a track out from CU to
// WS of Anna in shot sh-0001 (camera A: Super 35 cropped to 2.39:1, 32 mm) written into the
// shot, as a new shot after it, and the matched track-versus-zoom pair as two new shots; each
// is one undo step that restores the project exactly, and a refused input changes nothing.
// The expected rig is core's generator called directly with a spec built here by hand (Anna
// where her blocking puts her at the shot's start), and the end distance is worked by hand.

#include <QString>

#include <gtest/gtest.h>

#include "app/bridge/move_builder.h"
#include "app/bridge/project_document.h"
#include "core/moves/track_move.h"
#include "core/moves/track_versus_zoom.h"
#include "core/optics/shot_size.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;

const QString kShotId = QStringLiteral("sh-0001");

class MoveBuilderTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_document.player()->selectShot(kShotId);
        m_state0 = coreLoad(m_demo.path());
        ASSERT_EQ(m_document.project(), m_state0);
        m_builder.setDocument(&m_document);
    }

    // The track out CU -> WS of Anna in 6 s, eased, as the form is filled in.
    void fillTrackOut()
    {
        m_builder.setMoveKey(QStringLiteral("trackout"));
        m_builder.setSubject(QStringLiteral("Anna"));
        m_builder.setParameter(QStringLiteral("from"), QStringLiteral("CU"));
        m_builder.setParameter(QStringLiteral("to"), QStringLiteral("WS"));
        m_builder.setDurationText(QStringLiteral("6"));
    }

    // The spec by hand: Anna (1.68 m) walks from her mark "start" at (-18.4, 0, -9.275) along +X
    // at 12.6 m / 9 s = 1.4 m/s; the shot starts 1 s into the action, so she is at
    // (-17.0, 0, -9.275) facing -90 deg; the shot's camera A; 6 s at 24 fps, eased.
    MoveSpec handSpec() const
    {
        MoveSpec spec;
        spec.subject = m_state0.actors.front();
        spec.subject.positionM = {-17.0, 0.0, -9.275};
        spec.subject.facingDeg = -90.0;
        spec.camera = m_state0.cameras.front();
        spec.frameRate = FrameRate{24, 1};
        spec.durationFlicks = 6 * kFlicksPerSecond;
        return spec;
    }

    const Shot& shotAt(std::size_t scene, std::size_t index) const
    {
        return m_document.project().scenes.at(scene).shots.at(index);
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    MoveBuilder m_builder;
    Project m_state0;
};

TEST_F(MoveBuilderTest, StartsFromTheShownShot)
{
    EXPECT_EQ(m_builder.subject(), QStringLiteral("Anna"));   // the shot's aim or cast
    EXPECT_EQ(m_builder.durationText(), QStringLiteral("8"));  // 5644800000 flicks = 8 s
    EXPECT_EQ(m_builder.moves().size(), 12);
    EXPECT_TRUE(m_builder.subjects().contains(QStringLiteral("Dev")));
    EXPECT_TRUE(m_builder.cameraLabel().startsWith(QStringLiteral("A: "))) << m_builder.cameraLabel().toStdString();
}

TEST_F(MoveBuilderTest, ApplyIntoTheShownShotIsOneUndoStep)
{
    fillTrackOut();
    ASSERT_TRUE(m_builder.canApply()) << m_builder.errorText().toStdString();
    EXPECT_TRUE(m_builder.description().startsWith(QStringLiteral("Track out from CU to WS of Anna, 32 mm, 6 s: ")))
        << m_builder.description().toStdString();
    EXPECT_TRUE(m_builder.description().contains(QStringLiteral("m of track, peak ")));

    const Result<MoveResult> expected =
        makeTrackMove(handSpec(), TrackMove{SubjectFraming::ofSize(ShotSize::CU), SubjectFraming::ofSize(ShotSize::WS), std::nullopt});
    ASSERT_TRUE(expected.ok()) << expected.error().describe();
    // WS is 3 statures in frame: d = 3 H f / h with the 2.39:1 crop of Super 35,
    // h = 24.89 / 2.39 = 10.414 mm: 3 * 1.68 * 32 / 10.414 = 15.49 m.
    EXPECT_NEAR(expected->summary.endDistanceM, 3.0 * 1.68 * 32.0 / (24.89 / 2.39), 1e-6);

    ASSERT_TRUE(m_builder.apply());
    EXPECT_EQ(m_document.undoStack().count(), 1);
    const Shot& shot = shotAt(0, 0);
    EXPECT_EQ(shot.id, kShotId.toStdString());
    EXPECT_EQ(shot.rig, expected->shot.rig);
    EXPECT_EQ(shot.durationFlicks, 6 * kFlicksPerSecond);
    EXPECT_EQ(shot.move, "trackout");
    EXPECT_EQ(shot.name, m_state0.scenes[0].shots[0].name);   // the shot keeps its name and number
    EXPECT_EQ(m_document.project().scenes[0].shots.size(), m_state0.scenes[0].shots.size());
    EXPECT_EQ(m_document.player()->shotId(), kShotId);

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    m_document.redo();
    EXPECT_EQ(shotAt(0, 0).rig, expected->shot.rig);
}

TEST_F(MoveBuilderTest, AsANewShotAfterTheShownOne)
{
    fillTrackOut();
    m_builder.setTarget(QStringLiteral("newShot"));
    ASSERT_TRUE(m_builder.canApply()) << m_builder.errorText().toStdString();
    const Result<MoveResult> expected =
        makeTrackMove(handSpec(), TrackMove{SubjectFraming::ofSize(ShotSize::CU), SubjectFraming::ofSize(ShotSize::WS), std::nullopt});
    ASSERT_TRUE(expected.ok());

    ASSERT_TRUE(m_builder.apply());
    EXPECT_EQ(m_document.undoStack().count(), 1);
    ASSERT_EQ(m_document.project().scenes[0].shots.size(), m_state0.scenes[0].shots.size() + 1);
    EXPECT_EQ(shotAt(0, 0), m_state0.scenes[0].shots[0]);   // the shown shot is untouched
    const Shot& added = shotAt(0, 1);
    EXPECT_EQ(added.number, "1A");
    EXPECT_EQ(added.name, "Track");
    EXPECT_EQ(added.camera, "A");
    EXPECT_EQ(added.rig, expected->shot.rig);
    EXPECT_EQ(m_document.player()->shotId(), QString::fromStdString(added.id));   // the player shows it

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(MoveBuilderTest, ComparePairIsTwoShotsInOneUndoStep)
{
    m_builder.setMoveKey(QStringLiteral("compare"));
    EXPECT_TRUE(m_builder.makesTwoShots());
    m_builder.setParameter(QStringLiteral("from"), QStringLiteral("MCU"));
    m_builder.setParameter(QStringLiteral("to"), QStringLiteral("FS"));
    m_builder.setDurationText(QStringLiteral("6"));
    ASSERT_TRUE(m_builder.canApply()) << m_builder.errorText().toStdString();
    const Result<TrackVersusZoomPair> expected = makeTrackVersusZoom(
        handSpec(), TrackVersusZoom{SubjectFraming::ofSize(ShotSize::MCU), SubjectFraming::ofSize(ShotSize::FS), std::nullopt});
    ASSERT_TRUE(expected.ok());

    ASSERT_TRUE(m_builder.apply());
    EXPECT_EQ(m_document.undoStack().count(), 1);
    ASSERT_EQ(m_document.project().scenes[0].shots.size(), m_state0.scenes[0].shots.size() + 2);
    EXPECT_EQ(shotAt(0, 1).rig, expected->track.shot.rig);
    EXPECT_EQ(shotAt(0, 2).rig, expected->zoom.shot.rig);
    EXPECT_EQ(shotAt(0, 1).number, "1A");
    EXPECT_EQ(shotAt(0, 2).number, "1B");
    EXPECT_NE(shotAt(0, 1).id, shotAt(0, 2).id);
    EXPECT_EQ(m_document.player()->shotId(), QString::fromStdString(shotAt(0, 1).id));

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(MoveBuilderTest, RefusedInputsNameTheFieldAndChangeNothing)
{
    fillTrackOut();
    m_builder.setParameter(QStringLiteral("from"), QStringLiteral("huge"));
    EXPECT_FALSE(m_builder.canApply());
    EXPECT_FALSE(m_builder.fieldErrors().value(QStringLiteral("from")).toString().isEmpty());
    EXPECT_FALSE(m_builder.apply());

    m_builder.setParameter(QStringLiteral("from"), QStringLiteral("CU"));
    m_builder.setParameter(QStringLiteral("to"), QStringLiteral("CU"));   // no travel: core refuses "to"
    EXPECT_FALSE(m_builder.canApply());
    EXPECT_TRUE(m_builder.fieldErrors().contains(QStringLiteral("to")));
    EXPECT_FALSE(m_builder.apply());

    m_builder.setParameter(QStringLiteral("to"), QStringLiteral("WS"));
    m_builder.setDurationText(QStringLiteral("0"));
    EXPECT_TRUE(m_builder.fieldErrors().contains(QStringLiteral("duration")));
    EXPECT_FALSE(m_builder.apply());

    m_builder.setDurationText(QStringLiteral("6"));
    m_builder.setMoveKey(QStringLiteral("orbit"));
    m_builder.setParameter(QStringLiteral("sweepDeg"), QStringLiteral("0"));
    EXPECT_TRUE(m_builder.fieldErrors().contains(QStringLiteral("sweepDeg")));
    EXPECT_FALSE(m_builder.apply());

    m_builder.setMoveKey(QStringLiteral("trackout"));   // the track's texts were kept
    EXPECT_TRUE(m_builder.canApply()) << m_builder.errorText().toStdString();

    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(m_document.undoStack().count(), 0);
}

} // namespace
} // namespace murnau
