// The shot player: which shot is shown, the playhead, and what it publishes. The expected
// camera and actor poses come from core's ShotEvaluator run here on the project as core loads it;
// the timecode labels are SMPTE ST 12-1 arithmetic written out below.

#include <vector>

#include <QSignalSpy>
#include <QTest>
#include <QVector3D>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/shot_player.h"
#include "core/edit/scene_edits.h"
#include "core/scene/shot_evaluator.h"
#include "document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;
using testing::roleData;

class ShotPlayerTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_project = coreLoad(m_demo.path());
        ASSERT_FALSE(m_project.scenes.empty());
        ASSERT_GE(m_project.scenes.size(), 2U);
        ASSERT_FALSE(m_project.scenes.front().shots.empty());
        ASSERT_FALSE(m_project.scenes[1].shots.empty());
    }

    const Shot& firstShot() const { return m_project.scenes.front().shots.front(); }

    ShotEvaluator evaluatorOf(const Shot& shot) const
    {
        Result<ShotEvaluator> evaluator = ShotEvaluator::create(m_project, m_project.scenes.front(), shot);
        EXPECT_TRUE(evaluator.ok());
        return std::move(*evaluator);
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    Project m_project;
    ShotPlayer& player() { return *m_document.player(); }
};

TEST_F(ShotPlayerTest, OpensOnTheFirstShotAtFrameZero)
{
    EXPECT_EQ(player().shotId().toStdString(), firstShot().id);
    EXPECT_TRUE(player().hasShot());
    EXPECT_EQ(player().frame(), 0);
    EXPECT_EQ(player().sceneIndex(), 0);
    std::size_t shotCount = 0;
    for (const Scene& scene : m_project.scenes)
        shotCount += scene.shots.size();
    ASSERT_EQ(static_cast<std::size_t>(player().shots().size()), shotCount);
    EXPECT_EQ(player().shots().front().toMap().value(QStringLiteral("shotId")).toString().toStdString(),
              firstShot().id);
    EXPECT_EQ(player().frameCount(), evaluatorOf(firstShot()).frameCount());
}

TEST_F(ShotPlayerTest, PublishesCoresEvaluationAtThePlayhead)
{
    const ShotEvaluator evaluator = evaluatorOf(firstShot());
    for (const int frame : {0, 17, player().frameCount() / 2, player().frameCount() - 1}) {
        SCOPED_TRACE(frame);
        player().setFrame(frame);
        ASSERT_EQ(player().frame(), frame);
        const ShotSample expected = evaluator.sampleAt(framesToFlicks(frame, firstShot().frameRate));
        const QVector3D position = m_document.shotCamera()->positionM();
        EXPECT_FLOAT_EQ(position.x(), static_cast<float>(expected.camera.positionM.x));
        EXPECT_FLOAT_EQ(position.y(), static_cast<float>(expected.camera.positionM.y));
        EXPECT_FLOAT_EQ(position.z(), static_cast<float>(expected.camera.positionM.z));
        EXPECT_DOUBLE_EQ(m_document.shotCamera()->focalLengthMm(), expected.camera.focalLengthMm);
        EXPECT_DOUBLE_EQ(m_document.shotCamera()->speedMps(), expected.motion.speedMps);
        for (std::size_t i = 0; i < expected.actors.size(); ++i) {
            const QVector3D actor = roleData(*m_document.actors(), static_cast<int>(i), "positionM").value<QVector3D>();
            EXPECT_FLOAT_EQ(actor.x(), static_cast<float>(expected.actors[i].pose.positionM.x));
            EXPECT_FLOAT_EQ(actor.z(), static_cast<float>(expected.actors[i].pose.positionM.z));
            EXPECT_DOUBLE_EQ(roleData(*m_document.actors(), static_cast<int>(i), "facingDeg").toDouble(),
                             expected.actors[i].pose.facingDeg);
        }
    }
}

TEST_F(ShotPlayerTest, PosesMoveRowsWithoutResettingTheModel)
{
    QSignalSpy resets(m_document.actors(), &QAbstractItemModel::modelReset);
    player().setFrame(player().frameCount() / 2);
    EXPECT_EQ(resets.count(), 0);
}

TEST_F(ShotPlayerTest, FrameIsClampedToTheShot)
{
    player().setFrame(1'000'000);
    EXPECT_EQ(player().frame(), player().frameCount() - 1);
    player().setFrame(-5);
    EXPECT_EQ(player().frame(), 0);
    player().stepFrames(3);
    EXPECT_EQ(player().frame(), 3);
    player().stepFrames(-10);
    EXPECT_EQ(player().frame(), 0);
}

TEST_F(ShotPlayerTest, TimecodeLabelsTheFrame)
{
    ASSERT_EQ(firstShot().frameRate, (FrameRate{24, 1}));
    player().setFrame(24 + 11);   // 1 s and 11 frames at 24 fps
    EXPECT_EQ(player().timecode(), QStringLiteral("00:00:01:11"));
    EXPECT_DOUBLE_EQ(player().timeSeconds(), 35.0 / 24.0);
}

TEST_F(ShotPlayerTest, WithoutAShotTheSetStandsAsItIs)
{
    player().selectShot({});
    EXPECT_FALSE(player().hasShot());
    EXPECT_EQ(player().sceneIndex(), -1);
    EXPECT_EQ(player().frameCount(), 1);
    const QVector3D position = m_document.shotCamera()->positionM();
    EXPECT_FLOAT_EQ(position.x(), static_cast<float>(m_project.cameras.front().positionM.x));
    EXPECT_FLOAT_EQ(position.z(), static_cast<float>(m_project.cameras.front().positionM.z));
    EXPECT_FALSE(m_document.shotCamera()->hasMotion());
    for (std::size_t i = 0; i < m_project.actors.size(); ++i) {
        const QVector3D actor = roleData(*m_document.actors(), static_cast<int>(i), "positionM").value<QVector3D>();
        EXPECT_FLOAT_EQ(actor.x(), static_cast<float>(m_project.actors[i].positionM.x));
        EXPECT_FLOAT_EQ(actor.z(), static_cast<float>(m_project.actors[i].positionM.z));
    }
}

TEST_F(ShotPlayerTest, DeletingTheShotShownFallsBackToTheSetAndUndoDoesNotReselect)
{
    ASSERT_TRUE(m_document.perform(removeShot(m_document.project(), firstShot().id)));
    EXPECT_TRUE(player().shotId().isEmpty());
    EXPECT_FALSE(player().hasShot());
    std::size_t shotCount = 0;
    for (const Scene& scene : m_project.scenes)
        shotCount += scene.shots.size();
    EXPECT_EQ(static_cast<std::size_t>(player().shots().size()), shotCount - 1);
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_project);
    player().selectShot(QString::fromStdString(firstShot().id));
    EXPECT_TRUE(player().hasShot());
}

TEST_F(ShotPlayerTest, AnEditToTheShotShownIsShownAtOnce)
{
    player().setFrame(10);
    const double before = m_document.shotCamera()->focalLengthMm();
    // Lengthening the shot keeps the frame and re-evaluates; the frame count follows the new length.
    const Flicks longer = firstShot().durationFlicks + 2 * kFlicksPerSecond;
    ASSERT_TRUE(m_document.perform(setShotDuration(m_document.project(), firstShot().id, longer)));
    EXPECT_EQ(player().frame(), 10);
    EXPECT_EQ(player().frameCount(), flicksToFrame(longer + firstShot().frameRate.flicksPerFrame() - 1, firstShot().frameRate));
    EXPECT_DOUBLE_EQ(m_document.shotCamera()->focalLengthMm(), before);
}

TEST_F(ShotPlayerTest, PlaysToTheLastFrameAndStops)
{
    player().setFrame(player().frameCount() - 4);
    QSignalSpy stopped(&player(), &ShotPlayer::playingChanged);
    player().play();
    EXPECT_TRUE(player().isPlaying());
    // A guard, not a timing assertion: four frames at 24 fps take 167 ms of wall clock.
    EXPECT_TRUE(QTest::qWaitFor([&] { return !player().isPlaying(); }, 20'000));
    EXPECT_EQ(player().frame(), player().frameCount() - 1);
    EXPECT_EQ(stopped.count(), 2);   // started, stopped
}

TEST_F(ShotPlayerTest, PlayAtTheEndStartsFromTheFirstFrame)
{
    player().setFrame(player().frameCount() - 1);
    player().play();
    EXPECT_LT(player().frame(), 2);
    player().pause();
}

TEST_F(ShotPlayerTest, LoopingWrapsAround)
{
    player().setLooping(true);
    player().setFrame(player().frameCount() - 2);
    player().play();
    EXPECT_TRUE(QTest::qWaitFor([&] { return player().frame() < player().frameCount() - 2; }, 20'000));
    EXPECT_TRUE(player().isPlaying());
    player().pause();
    EXPECT_FALSE(player().isPlaying());
}

TEST_F(ShotPlayerTest, SelectingAnotherShotStopsPlaybackAndStartsAtItsFirstFrame)
{
    player().setFrame(12);
    player().play();
    const std::string second = m_project.scenes[1].shots.front().id;
    player().selectShot(QString::fromStdString(second));
    EXPECT_FALSE(player().isPlaying());
    EXPECT_EQ(player().frame(), 0);
    EXPECT_EQ(player().shotId().toStdString(), second);
}

// --- In/out range and J/K/L shuttle.

TEST_F(ShotPlayerTest, InAndOutPointsMarkTheRangeAndCrossedPointsAreCleared)
{
    QSignalSpy changed(&player(), &ShotPlayer::rangeChanged);
    EXPECT_FALSE(player().hasRange());
    EXPECT_EQ(player().inFrame(), -1);
    EXPECT_EQ(player().outFrame(), -1);
    player().setFrame(10);
    player().markIn();
    player().setFrame(20);
    player().markOut();
    EXPECT_EQ(player().inFrame(), 10);
    EXPECT_EQ(player().outFrame(), 20);
    EXPECT_TRUE(player().hasRange());
    EXPECT_EQ(changed.count(), 2);
    // An in point after the out point clears the out point (and the reverse).
    player().setFrame(30);
    player().markIn();
    EXPECT_EQ(player().inFrame(), 30);
    EXPECT_EQ(player().outFrame(), -1);
    player().setFrame(5);
    player().markOut();
    EXPECT_EQ(player().inFrame(), -1);
    EXPECT_EQ(player().outFrame(), 5);
    player().clearRange();
    EXPECT_FALSE(player().hasRange());
}

TEST_F(ShotPlayerTest, ARangeOutsideTheShotOrReversedIsRefused)
{
    ASSERT_TRUE(player().setRange(4, 8));
    EXPECT_FALSE(player().setRange(9, 8));
    EXPECT_FALSE(player().setRange(-2, 8));
    EXPECT_FALSE(player().setRange(0, player().frameCount()));
    EXPECT_EQ(player().inFrame(), 4);   // nothing changed
    EXPECT_EQ(player().outFrame(), 8);
    EXPECT_TRUE(player().setRange(-1, player().frameCount() - 1));
}

TEST_F(ShotPlayerTest, PlaybackStartsAtTheInPointAndStopsAtTheOutPoint)
{
    ASSERT_GT(player().frameCount(), 20);
    ASSERT_TRUE(player().setRange(10, 14));
    player().setFrame(2);   // outside the range: play starts at the in point
    player().play();
    EXPECT_GE(player().frame(), 10);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !player().isPlaying(); }, 20'000));
    EXPECT_EQ(player().frame(), 14);
    // Playing again from the out point starts over at the in point.
    player().play();
    EXPECT_LE(player().frame(), 11);
    EXPECT_GE(player().frame(), 10);
    player().pause();
}

TEST_F(ShotPlayerTest, LoopingStaysInsideTheRange)
{
    ASSERT_TRUE(player().setRange(10, 13));
    player().setLooping(true);
    player().setFrame(10);
    std::vector<int> frames;
    QObject::connect(&player(), &ShotPlayer::timeChanged, [&] { frames.push_back(player().frame()); });
    player().play();
    // Wait until it wrapped back from the out point (a frame lower than the one before).
    EXPECT_TRUE(QTest::qWaitFor([&] { return frames.size() >= 2 && frames.back() < frames[frames.size() - 2]; }, 20'000));
    player().pause();
    ASSERT_FALSE(frames.empty());
    for (const int frame : frames) {
        EXPECT_GE(frame, 10);
        EXPECT_LE(frame, 13);
    }
}

TEST_F(ShotPlayerTest, ShuttleLDoublesJReversesKPauses)
{
    player().setFrame(player().frameCount() / 2);
    player().shuttleForward();
    EXPECT_TRUE(player().isPlaying());
    EXPECT_EQ(player().speed(), 1);
    player().shuttleForward();
    EXPECT_EQ(player().speed(), 2);
    player().shuttleForward();
    player().shuttleForward();
    EXPECT_EQ(player().speed(), 8);
    player().shuttleForward();
    EXPECT_EQ(player().speed(), 8);   // the fastest
    // J against forward play slows down step by step, then plays backwards.
    player().shuttleBackward();
    EXPECT_EQ(player().speed(), 4);
    player().shuttleBackward();
    player().shuttleBackward();
    EXPECT_EQ(player().speed(), 1);
    player().shuttleBackward();
    EXPECT_EQ(player().speed(), -1);
    player().shuttleBackward();
    EXPECT_EQ(player().speed(), -2);
    EXPECT_TRUE(player().isPlaying());
    player().shuttleStop();
    EXPECT_FALSE(player().isPlaying());
    EXPECT_EQ(player().speed(), 1);
    // J from pause plays backwards at 1x.
    player().shuttleBackward();
    EXPECT_TRUE(player().isPlaying());
    EXPECT_EQ(player().speed(), -1);
    player().shuttleStop();
}

TEST_F(ShotPlayerTest, PlayingBackwardsRunsToTheFirstFrameOfTheRange)
{
    ASSERT_TRUE(player().setRange(6, 12));
    player().setFrame(9);
    player().shuttleBackward();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !player().isPlaying(); }, 20'000));
    EXPECT_EQ(player().frame(), 6);
}

TEST_F(ShotPlayerTest, TheRangeIsClearedWhenAnotherShotIsShown)
{
    ASSERT_TRUE(player().setRange(3, 9));
    player().selectShot(QString::fromStdString(m_project.scenes[1].shots.front().id));
    EXPECT_FALSE(player().hasRange());
}

} // namespace
} // namespace murnau
