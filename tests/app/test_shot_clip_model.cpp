// The clip strip's model over the demo project: every scene's shots in script order with their
// scene labels, strip positions and lengths; selecting a clip shows its shot; moving a shot is
// core's moveShot and trimming core's setShotDuration snapped to whole frames, each one undo
// step with an exact undo ladder (state0, do, state1, undo, state0, redo, state1); a trim below
// one frame is refused and changes nothing. Expected values are the demo file's durationFlicks
// divided by 705,600,000 flicks per second, and frame arithmetic written out next to them.

#include <QSignalSpy>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/shot_clip_model.h"
#include "core/edit/scene_edits.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;
using testing::roleData;

// Flicks per frame at 24 fps: 705,600,000 / 24.
constexpr Flicks kFlicksPerFrame24 = 29'400'000;

class ShotClipModelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_state0 = coreLoad(m_demo.path());
        m_clips.setDocument(&m_document);
    }

    QVariant role(int row, const QByteArray& name) const { return roleData(m_clips, row, name); }
    std::vector<std::string> shotIdsOfScene(std::size_t scene) const
    {
        std::vector<std::string> ids;
        for (const Shot& shot : m_document.project().scenes.at(scene).shots)
            ids.push_back(shot.id);
        return ids;
    }
    Flicks durationOf(const std::string& shotId) const
    {
        const Result<ShotPlace> place = findShot(m_document.project(), shotId);
        EXPECT_TRUE(place.ok());
        return place ? m_document.project().scenes[place->sceneIndex].shots[place->shotIndex].durationFlicks : 0;
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    ShotClipModel m_clips;
    Project m_state0;
};

TEST_F(ShotClipModelTest, ListsEveryScenesShotsInScriptOrder)
{
    // The demo: scene 1 {1 (8 s)}, scene 2 {2A, 2B (25 s each)}, scene 3 {3 (6 s)}, scene 4 {4 (45 s)},
    // scene 5 {5 (24 s)}, all at 24 fps.
    ASSERT_EQ(m_clips.rowCount(), 6);
    const QStringList ids{"sh-0001", "sh-0002", "sh-0003", "sh-0004", "sh-0005", "sh-0006"};
    const QStringList numbers{"1", "2A", "2B", "3", "4", "5"};
    const std::vector<int> sceneIndex{0, 1, 1, 2, 3, 4};
    const std::vector<bool> firstInScene{true, true, false, true, true, true};
    const std::vector<int> shotIndex{0, 0, 1, 0, 0, 0};
    const std::vector<double> durations{8, 25, 25, 6, 45, 24};
    const std::vector<double> starts{0, 8, 33, 58, 64, 109};   // the lengths before, added
    for (int row = 0; row < 6; ++row) {
        SCOPED_TRACE(row);
        EXPECT_EQ(role(row, "shotId").toString(), ids[row]);
        EXPECT_EQ(role(row, "number").toString(), numbers[row]);
        EXPECT_EQ(role(row, "sceneIndex").toInt(), sceneIndex[row]);
        EXPECT_EQ(role(row, "sceneOrdinal").toInt(), sceneIndex[row]);   // every demo scene has shots
        EXPECT_EQ(role(row, "firstInScene").toBool(), firstInScene[row]);
        EXPECT_EQ(role(row, "shotIndex").toInt(), shotIndex[row]);
        EXPECT_DOUBLE_EQ(role(row, "durationSeconds").toDouble(), durations[row]);
        EXPECT_DOUBLE_EQ(role(row, "startSeconds").toDouble(), starts[row]);
        EXPECT_EQ(role(row, "frameCount").toInt(), static_cast<int>(durations[row] * 24));
        EXPECT_EQ(role(row, "frameRateLabel").toString(), QStringLiteral("24"));
        EXPECT_DOUBLE_EQ(role(row, "fps").toDouble(), 24.0);
    }
    EXPECT_EQ(role(0, "name").toString(), QStringLiteral("Anna walks the aisle"));
    EXPECT_EQ(role(1, "sceneLabel").toString(), QStringLiteral("Scene 2  Dev alone"));
    // Lengths as SMPTE timecode: 8 s = 00:00:08:00, 45 s = 00:00:45:00.
    EXPECT_EQ(role(0, "durationLabel").toString(), QStringLiteral("00:00:08:00"));
    EXPECT_EQ(role(4, "durationLabel").toString(), QStringLiteral("00:00:45:00"));
    EXPECT_DOUBLE_EQ(m_clips.totalSeconds(), 133.0);   // 8 + 25 + 25 + 6 + 45 + 24
    EXPECT_EQ(m_clips.sceneCount(), 5);
    // No QML engine here: no image provider, so no thumbnail URL.
    EXPECT_EQ(role(0, "thumbnail").toString(), QString());
}

TEST_F(ShotClipModelTest, SelectingAClipShowsItsShot)
{
    EXPECT_TRUE(role(0, "isShown").toBool());   // a project opens on its first shot
    m_clips.select(QStringLiteral("sh-0004"));
    EXPECT_EQ(m_document.player()->shotId(), QStringLiteral("sh-0004"));
    EXPECT_EQ(m_document.player()->frame(), 0);
    for (int row = 0; row < m_clips.rowCount(); ++row)
        EXPECT_EQ(role(row, "isShown").toBool(), row == 3) << row;
    EXPECT_EQ(m_clips.shownRow(), 3);
}

TEST_F(ShotClipModelTest, MovingAShotIsOneUndoStepWithAnExactLadder)
{
    const int steps = m_document.undoStack().count();
    // 2B before 2A in scene 2.
    ASSERT_TRUE(m_clips.moveShot(QStringLiteral("sh-0003"), 1, 0)) << m_document.errorText().toStdString();
    EXPECT_EQ(m_document.undoStack().count(), steps + 1);
    EXPECT_EQ(shotIdsOfScene(1), (std::vector<std::string>{"sh-0003", "sh-0002"}));
    EXPECT_EQ(role(1, "shotId").toString(), QStringLiteral("sh-0003"));
    EXPECT_TRUE(role(1, "firstInScene").toBool());
    EXPECT_DOUBLE_EQ(role(2, "startSeconds").toDouble(), 33.0);
    const Project state1 = m_document.project();
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(role(1, "shotId").toString(), QStringLiteral("sh-0002"));
    m_document.redo();
    EXPECT_EQ(m_document.project(), state1);
}

TEST_F(ShotClipModelTest, MovingAShotIntoAnotherScene)
{
    // Shot 3 (scene 3) to the end of scene 1: after shot 1.
    ASSERT_TRUE(m_clips.moveShot(QStringLiteral("sh-0004"), 0, 1));
    EXPECT_EQ(shotIdsOfScene(0), (std::vector<std::string>{"sh-0001", "sh-0004"}));
    EXPECT_TRUE(m_document.project().scenes[2].shots.empty());
    EXPECT_EQ(m_clips.sceneCount(), 4);   // scene 3 has no clip left
    EXPECT_EQ(role(1, "shotId").toString(), QStringLiteral("sh-0004"));
    EXPECT_DOUBLE_EQ(role(1, "startSeconds").toDouble(), 8.0);
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    // A place past the end of a scene's list is refused and changes nothing.
    EXPECT_FALSE(m_clips.moveShot(QStringLiteral("sh-0004"), 0, 5));
    EXPECT_FALSE(m_document.errorText().isEmpty());
    EXPECT_FALSE(m_clips.moveShot(QStringLiteral("sh-0004"), -1, 0));
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(ShotClipModelTest, TrimSnapsToWholeFramesAndADragIsOneUndoStep)
{
    const std::string id = "sh-0001";
    const QString shotId = QString::fromStdString(id);
    const int steps = m_document.undoStack().count();
    // 8.51 s at 24 fps: 204.24 frames, snapped to 204 = 204 × 29,400,000 flicks.
    EXPECT_EQ(m_clips.snappedFrames(shotId, 8.51), 204);
    ASSERT_TRUE(m_clips.trimShot(shotId, 8.51));
    EXPECT_EQ(durationOf(id), 204 * kFlicksPerFrame24);
    // 9.98 s: 239.52 frames -> 240, still the same drag.
    ASSERT_TRUE(m_clips.trimShot(shotId, 9.98));
    EXPECT_EQ(durationOf(id), 240 * kFlicksPerFrame24);
    m_clips.endTrim();
    EXPECT_EQ(m_document.undoStack().count(), steps + 1);
    EXPECT_EQ(role(0, "frameCount").toInt(), 240);
    EXPECT_EQ(role(0, "durationLabel").toString(), QStringLiteral("00:00:10:00"));
    EXPECT_DOUBLE_EQ(role(1, "startSeconds").toDouble(), 10.0);   // the next clip moves along
    const Project state1 = m_document.project();
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    m_document.redo();
    EXPECT_EQ(m_document.project(), state1);
    // The next trim is a new step.
    ASSERT_TRUE(m_clips.trimShot(shotId, 7.0));
    m_clips.endTrim();
    EXPECT_EQ(m_document.undoStack().count(), steps + 2);
}

TEST_F(ShotClipModelTest, TrimSnapsToTheShotsOwnRate)
{
    const std::string id = "sh-0001";
    const QString shotId = QString::fromStdString(id);
    ASSERT_TRUE(m_document.perform(setShotFrameRate(m_document.project(), id, FrameRate{24000, 1001})));
    // 10 s at 24000/1001 fps: 239.76 frames -> 240 frames of 705,600,000 × 1001 / 24000 =
    // 29,429,400 flicks = 7,063,056,000 flicks (10.01 s).
    EXPECT_EQ(m_clips.snappedFrames(shotId, 10.0), 240);
    ASSERT_TRUE(m_clips.trimShot(shotId, 10.0));
    EXPECT_EQ(durationOf(id), 7'063'056'000);
    EXPECT_EQ(role(0, "frameRateLabel").toString(), QStringLiteral("23.976"));
    // 240 frames at 23.976 (timecode base 24): 00:00:10:00.
    EXPECT_EQ(role(0, "durationLabel").toString(), QStringLiteral("00:00:10:00"));
}

TEST_F(ShotClipModelTest, TrimBelowOneFrameIsRefused)
{
    const QString shotId = QStringLiteral("sh-0001");
    const int steps = m_document.undoStack().count();
    QSignalSpy refused(&m_document, &ProjectDocument::errorOccurred);
    // 0.01 s at 24 fps is 0.24 frame: rounds to none.
    EXPECT_FALSE(m_clips.trimShot(shotId, 0.01));
    EXPECT_EQ(refused.count(), 1);
    EXPECT_TRUE(m_document.errorText().contains(QStringLiteral("one frame"))) << m_document.errorText().toStdString();
    EXPECT_FALSE(m_clips.trimShot(shotId, -3.0));
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(m_document.undoStack().count(), steps);
    // 0.03 s is 0.72 frame: one frame, 29,400,000 flicks.
    ASSERT_TRUE(m_clips.trimShot(shotId, 0.03));
    EXPECT_EQ(durationOf("sh-0001"), kFlicksPerFrame24);
    m_clips.endTrim();
    // An unknown shot is refused.
    EXPECT_FALSE(m_clips.trimShot(QStringLiteral("sh-9999"), 3.0));
}

} // namespace
} // namespace murnau
