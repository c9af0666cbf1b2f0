// The compare view's model (app/bridge/shot_comparison.h, QML document.compare) on the demo.
//
// Most figures are checked from nothing (fromShot off): camera A (32 mm) and Anna (1.68 m)
// standing at her own position (9, 0, 1), so her eyes are at (9, 0.936 x 1.68, 1) =
// (9, 1.57248, 1) (the eye landmark, anthropometry.h) for the whole shot. Asked for a track out
// from 2 m to 6 m in 6 s at 24 fps (ceil(6 x 24) = 144 frames):
//   A "track" travels from d1 = 2 m to d2 = 6 m at f1 = 32 mm;
//   B "zoom" stands at A's start, d_B = 2 m, and shows A's framing on every frame: a subject
//     fills the same part of the frame when f / d is the same (field size W = w d / f), so
//     f_B(t) d_A(t) = f1 d_B;
//   C "dollyzoom" travels like A holding the start framing: f_C(t) / d_C(t) = f1 / d1 = 16 mm/m.
// The distances d are measured here from the cameras the model publishes to those eyes.
// At the end B zooms to f1 d1 / d2 = 32 x 2 / 6 = 10.67 mm; A lays 4 m of travel plus the
// default half-metre run-up and stop margin (feasibility_limits.h): 5 m, ceil(5 / 2.4384) = 3
// sections of 8 ft.

#include <cmath>

#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QVector3D>

#include <gtest/gtest.h>

#include "app/bridge/framing_text.h"
#include "app/bridge/project_document.h"
#include "app/bridge/shot_comparison.h"
#include "core/moves/comparison.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;

const QString kShotId = QStringLiteral("sh-0001");   // "Anna walks the aisle", camera A, 8 s

// Anna's eyes where she stands (see the top of the file), metres.
const QVector3D kAnnaEyes(9.0f, static_cast<float>(0.936 * 1.68), 1.0f);

class ShotComparisonTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_document.player()->selectShot(kShotId);
        m_state0 = coreLoad(m_demo.path());
        ASSERT_EQ(m_document.project(), m_state0);
        m_compare = m_document.compare();
        m_compare->reset();
    }

    // The track out from 2 m to 6 m of Anna in 6 s at 32 mm, from nothing.
    void fillFromNothing(bool withDollyZoom = false)
    {
        m_compare->setFromShot(false);
        m_compare->setSubject(QStringLiteral("Anna"));
        m_compare->setFromText(QStringLiteral("2 m"));
        m_compare->setToText(QStringLiteral("6 m"));
        m_compare->setFocalLengthText(QStringLiteral("32"));
        m_compare->setDurationText(QStringLiteral("6"));
        m_compare->setWithDollyZoom(withDollyZoom);
    }

    static double distanceTo(const ShotCamera& camera, const QVector3D& point)
    {
        return static_cast<double>((camera.positionM() - point).length());
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    ShotComparison* m_compare = nullptr;
    Project m_state0;
};

TEST_F(ShotComparisonTest, ResetFillsTheRequestFromTheShownShot)
{
    EXPECT_TRUE(m_compare->fromShot());
    EXPECT_EQ(m_compare->subject(), QStringLiteral("Anna"));      // the shot's cast
    EXPECT_EQ(m_compare->durationText(), QStringLiteral("8"));    // 5644800000 flicks / 705600000 = 8 s
    EXPECT_EQ(m_compare->focalLengthText(), QStringLiteral("32"));   // camera A
    EXPECT_EQ(m_compare->sourceLabel(), QStringLiteral("shot 1/1  Anna walks the aisle"));
    EXPECT_TRUE(m_compare->subjects().contains(QStringLiteral("Dev")));
    // The framings: the ones core reads off the shot (wiring only: core's tests check the sizes).
    const Result<ComparisonRequest> request = comparisonRequestForShot(m_document.project(), kShotId.toStdString());
    ASSERT_TRUE(request.ok()) << request.error().describe();
    EXPECT_EQ(m_compare->fromText(), framingText(request->from, DisplayUnits::Metric));
    EXPECT_EQ(m_compare->toText(), framingText(request->to, DisplayUnits::Metric));

    m_document.player()->selectShot(QString());
    m_compare->reset();
    EXPECT_FALSE(m_compare->fromShot());
    EXPECT_EQ(m_compare->subject(), QStringLiteral("Anna"));   // the first actor
    EXPECT_EQ(m_compare->sourceLabel(), QStringLiteral("nothing (camera A, actors where they stand)"));
}

TEST_F(ShotComparisonTest, OpensOnTheShownShot)
{
    EXPECT_FALSE(m_compare->isActive());
    QSignalSpy changed(m_compare, &ShotComparison::comparisonChanged);
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    EXPECT_TRUE(m_compare->isActive());
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(m_compare->panelCount(), 2);
    ASSERT_EQ(m_compare->panels().size(), 2);
    EXPECT_EQ(m_compare->panels()[0].toMap().value(QStringLiteral("side")).toString(), QStringLiteral("track"));
    EXPECT_EQ(m_compare->panels()[1].toMap().value(QStringLiteral("title")).toString(), QStringLiteral("B  Zoom out"));
    // 8 s at 24 fps.
    EXPECT_EQ(m_compare->frameCount(), 192);
    EXPECT_DOUBLE_EQ(m_compare->fps(), 24.0);
    EXPECT_EQ(m_compare->frame(), 0);
    EXPECT_EQ(m_compare->timecode(), QStringLiteral("00:00:00:00"));

    ShotCamera& a = *m_compare->cameraA();
    ShotCamera& b = *m_compare->cameraB();
    ASSERT_TRUE(a.isValid()) << a.errorText().toStdString();
    ASSERT_TRUE(b.isValid()) << b.errorText().toStdString();
    EXPECT_FALSE(m_compare->cameraC()->isValid());   // no dolly zoom asked for
    // B stands at A's start with A's lens: the two pictures are the same at frame 0.
    EXPECT_NEAR(a.focalLengthMm(), 32.0, 1e-9);
    EXPECT_NEAR(b.focalLengthMm(), a.focalLengthMm(), 1e-9);
    EXPECT_LT((a.positionM() - b.positionM()).length(), 1e-4f);
    const QVector3D bStart = b.positionM();
    const QVector3D aStart = a.positionM();
    const double bStartMm = b.focalLengthMm();

    // A's focal length never changes; B never moves.
    for (int frame = 0; frame < m_compare->frameCount(); ++frame) {
        m_compare->setFrame(frame);
        ASSERT_EQ(m_compare->frame(), frame);
        EXPECT_NEAR(a.focalLengthMm(), 32.0, 1e-9) << "frame " << frame;
        EXPECT_EQ(b.positionM(), bStart) << "frame " << frame;
    }
    m_compare->setFrame(m_compare->frameCount() - 1);
    EXPECT_GT((a.positionM() - aStart).length(), 0.5f);   // A has tracked out
    EXPECT_LT(b.focalLengthMm(), bStartMm);                // and B zoomed out

    m_compare->close();
    EXPECT_FALSE(m_compare->isActive());
    EXPECT_FALSE(a.isValid());
    EXPECT_EQ(m_compare->panelCount(), 0);
}

TEST_F(ShotComparisonTest, TheDollyZoomIsAThirdPanel)
{
    m_compare->setWithDollyZoom(true);
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    EXPECT_EQ(m_compare->panelCount(), 3);
    EXPECT_EQ(m_compare->panels()[2].toMap().value(QStringLiteral("title")).toString(), QStringLiteral("C  Dolly zoom"));
    EXPECT_TRUE(m_compare->cameraC()->isValid()) << m_compare->cameraC()->errorText().toStdString();
}

TEST_F(ShotComparisonTest, EveryFramePublishesMatchedFramings)
{
    fillFromNothing(true);
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    EXPECT_EQ(m_compare->frameCount(), 144);   // ceil(6 s x 24 fps)
    const ShotCamera& a = *m_compare->cameraA();
    const ShotCamera& b = *m_compare->cameraB();
    const ShotCamera& c = *m_compare->cameraC();
    ASSERT_TRUE(a.isValid() && b.isValid() && c.isValid());
    // At frame 0 every side stands d1 = 2 m from Anna's eyes at f1 = 32 mm.
    EXPECT_NEAR(distanceTo(a, kAnnaEyes), 2.0, 1e-4);
    EXPECT_NEAR(distanceTo(b, kAnnaEyes), 2.0, 1e-4);
    EXPECT_NEAR(distanceTo(c, kAnnaEyes), 2.0, 1e-4);
    EXPECT_NEAR(c.focalLengthMm(), 32.0, 1e-6);

    QSignalSpy time(m_compare, &ShotComparison::timeChanged);
    for (int frame = 1; frame < m_compare->frameCount(); ++frame) {
        m_compare->setFrame(frame);
        const double dA = distanceTo(a, kAnnaEyes);
        const double dB = distanceTo(b, kAnnaEyes);
        const double dC = distanceTo(c, kAnnaEyes);
        EXPECT_NEAR(b.focalLengthMm() * dA, 32.0 * dB, 1e-4 * 32.0 * dB) << "frame " << frame;
        EXPECT_NEAR(c.focalLengthMm() / dC, 32.0 / 2.0, 1e-4 * 16.0) << "frame " << frame;
        EXPECT_NEAR(dC, dA, 1e-4) << "frame " << frame;   // C travels like A
    }
    EXPECT_EQ(time.count(), m_compare->frameCount() - 1);   // one per frame moved to
    // The last frame (143/24 s) starts just before the end: nearly d2 = 6 m, never past it.
    EXPECT_GT(distanceTo(a, kAnnaEyes), 5.9);
    EXPECT_LE(distanceTo(a, kAnnaEyes), 6.0 + 1e-4);

    // Frames clamp to [0, frameCount - 1].
    m_compare->setFrame(100000);
    EXPECT_EQ(m_compare->frame(), 143);
    m_compare->stepFrames(-200);
    EXPECT_EQ(m_compare->frame(), 0);
    EXPECT_EQ(m_compare->timecode(), QStringLiteral("00:00:00:00"));
    m_compare->setFrame(25);
    EXPECT_EQ(m_compare->timecode(), QStringLiteral("00:00:01:01"));   // 25 frames at 24 fps
}

TEST_F(ShotComparisonTest, PanelsDescribeEachSideInDisplayUnits)
{
    fillFromNothing();
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    const QVariantMap track = m_compare->panels()[0].toMap();
    const QVariantMap zoom = m_compare->panels()[1].toMap();
    EXPECT_EQ(track.value(QStringLiteral("title")).toString(), QStringLiteral("A  Track out"));
    EXPECT_EQ(track.value(QStringLiteral("lens")).toString(), QStringLiteral("32 mm"));
    EXPECT_EQ(track.value(QStringLiteral("position")).toString(), QStringLiteral("travels 2.00 → 6.00 m from Anna"));
    // B ends at 32 x 2 / 6 = 10.67 mm, written to one decimal.
    EXPECT_EQ(zoom.value(QStringLiteral("lens")).toString(), QStringLiteral("32 → 10.7 mm"));
    EXPECT_EQ(zoom.value(QStringLiteral("position")).toString(), QStringLiteral("stands 2.00 m from Anna"));
}

TEST_F(ShotComparisonTest, CostRowsAndReadouts)
{
    fillFromNothing();
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    EXPECT_TRUE(m_compare->errorText().isEmpty()) << m_compare->errorText().toStdString();
    const QVariantList rows = m_compare->costRows();
    ASSERT_EQ(rows.size(), 7);
    const auto row = [&](int i) { return rows[i].toMap(); };
    const auto value = [&](int i, int side) { return row(i).value(QStringLiteral("values")).toList()[side].toString(); };
    const auto ok = [&](int i, int side) { return row(i).value(QStringLiteral("ok")).toList()[side].toBool(); };
    EXPECT_EQ(row(0).value(QStringLiteral("label")).toString(), QStringLiteral("Track to lay"));
    EXPECT_EQ(value(0, 0), QStringLiteral("5.00 m, 3 × 8 ft"));   // see the top of the file
    EXPECT_EQ(value(0, 1), QStringLiteral("none"));
    EXPECT_EQ(value(1, 1), QStringLiteral("none"));                // B's dolly never moves
    EXPECT_EQ(value(2, 0), QStringLiteral("32 mm (fixed)"));
    EXPECT_EQ(value(2, 1), QStringLiteral("10.7–32 mm"));
    // Camera A carries Ultra Primes 16, 20, 24, 32, 50, 85, 135 mm: the 32 is in the kit, a
    // zoom through 10.7-32 mm is not.
    EXPECT_EQ(row(3).value(QStringLiteral("label")).toString(), QStringLiteral("Lens kit"));
    EXPECT_TRUE(ok(3, 0));
    EXPECT_FALSE(ok(3, 1));
    // Closest focus 2 m against the 32's 0.35 m minimum focus.
    EXPECT_TRUE(ok(4, 0));
    EXPECT_TRUE(ok(4, 1));

    // At frame 0 A and B are the same picture: the background is as large in both.
    QVariantMap readout = m_compare->readout();
    ASSERT_EQ(readout.value(QStringLiteral("sides")).toList().size(), 2);
    EXPECT_EQ(readout.value(QStringLiteral("magnification")).toString(), QStringLiteral("1.00×"));
    EXPECT_EQ(readout.value(QStringLiteral("predicted")).toString(), QStringLiteral("1.00×"));
    EXPECT_EQ(readout.value(QStringLiteral("sides")).toList()[0].toMap().value(QStringLiteral("distance")).toString(),
              QStringLiteral("2.00 m"));
    // At the last frame, the plane D = 10 m behind Anna: m = d_A (d_B + D) / (d_B (d_A + D)).
    m_compare->setFrame(m_compare->frameCount() - 1);
    const double dA = distanceTo(*m_compare->cameraA(), kAnnaEyes);
    const double predicted = dA * (2.0 + 10.0) / (2.0 * (dA + 10.0));
    readout = m_compare->readout();
    EXPECT_EQ(readout.value(QStringLiteral("predicted")).toString(), QString::number(predicted, 'f', 2) + QStringLiteral("×"));
    EXPECT_EQ(readout.value(QStringLiteral("magnification")).toString(), QString::number(predicted, 'f', 2) + QStringLiteral("×"));
}

TEST_F(ShotComparisonTest, RefusedRequestsNameTheField)
{
    QSignalSpy request(m_compare, &ShotComparison::requestChanged);
    m_compare->setToText(QStringLiteral("banana"));
    EXPECT_FALSE(m_compare->open());
    EXPECT_FALSE(m_compare->isActive());
    EXPECT_TRUE(m_compare->fieldErrors().contains(QStringLiteral("to")));
    EXPECT_TRUE(m_compare->requestError().startsWith(QStringLiteral("to: "))) << m_compare->requestError().toStdString();

    fillFromNothing();
    m_compare->setToText(QStringLiteral("20000 m"));   // beyond core's 10 km of track
    EXPECT_FALSE(m_compare->open());
    EXPECT_TRUE(m_compare->fieldErrors().contains(QStringLiteral("to")));

    m_compare->setToText(QStringLiteral("6 m"));
    m_compare->setDurationText(QStringLiteral("0"));
    EXPECT_FALSE(m_compare->open());
    EXPECT_TRUE(m_compare->fieldErrors().contains(QStringLiteral("duration")));

    m_compare->setDurationText(QStringLiteral("6"));
    m_compare->setSubject(QStringLiteral("Zoe"));
    EXPECT_FALSE(m_compare->open());
    EXPECT_TRUE(m_compare->fieldErrors().contains(QStringLiteral("subject")));

    // A refusal leaves an open comparison as it was.
    m_compare->setSubject(QStringLiteral("Anna"));
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    EXPECT_TRUE(m_compare->fieldErrors().isEmpty());
    m_compare->setFocalLengthText(QStringLiteral("wide"));
    EXPECT_FALSE(m_compare->open());
    EXPECT_TRUE(m_compare->fieldErrors().contains(QStringLiteral("focalLength")));
    EXPECT_TRUE(m_compare->isActive());
    EXPECT_NEAR(m_compare->cameraA()->focalLengthMm(), 32.0, 1e-9);
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(ShotComparisonTest, KeepTheTrackIsOneUndoStep)
{
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    const Comparison comparison = *m_compare->comparison();
    ASSERT_NE(comparison.move(CompareSide::Track), nullptr);

    ASSERT_TRUE(m_compare->keep({QStringLiteral("track")})) << m_compare->errorText().toStdString();
    EXPECT_EQ(m_document.undoStack().count(), 1);
    EXPECT_FALSE(m_compare->isActive());
    const Shot& shot = m_document.project().scenes[0].shots[0];
    EXPECT_EQ(shot.id, kShotId.toStdString());
    EXPECT_EQ(shot.rig, comparison.move(CompareSide::Track)->shot.rig);
    EXPECT_EQ(m_document.project().scenes[0].shots.size(), m_state0.scenes[0].shots.size());
    EXPECT_EQ(m_document.player()->shotId(), kShotId);

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
    m_document.redo();
    EXPECT_EQ(m_document.project().scenes[0].shots[0].rig, comparison.move(CompareSide::Track)->shot.rig);
}

TEST_F(ShotComparisonTest, KeepBothIsTwoShots)
{
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    const Comparison comparison = *m_compare->comparison();
    ASSERT_TRUE(m_compare->keep({QStringLiteral("track"), QStringLiteral("zoom")})) << m_compare->errorText().toStdString();
    EXPECT_EQ(m_document.undoStack().count(), 1);
    const std::vector<Shot>& shots = m_document.project().scenes[0].shots;
    ASSERT_EQ(shots.size(), m_state0.scenes[0].shots.size() + 1);
    EXPECT_EQ(shots[0].rig, comparison.move(CompareSide::Track)->shot.rig);
    EXPECT_EQ(shots[1].rig, comparison.move(CompareSide::Zoom)->shot.rig);
    EXPECT_NE(shots[0].id, shots[1].id);
    EXPECT_EQ(m_document.player()->shotId(), kShotId);   // the first kept

    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(ShotComparisonTest, KeepRefusesUnknownSides)
{
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    EXPECT_FALSE(m_compare->keep({QStringLiteral("crane")}));
    EXPECT_FALSE(m_compare->errorText().isEmpty());
    EXPECT_FALSE(m_compare->keep({QStringLiteral("dollyzoom")}));   // not in this comparison
    EXPECT_TRUE(m_compare->isActive());
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_EQ(m_document.undoStack().count(), 0);
}

TEST_F(ShotComparisonTest, AnEditOfTheProjectRebuilds)
{
    fillFromNothing();
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    m_compare->setFrame(50);
    QSignalSpy changed(m_compare, &ShotComparison::comparisonChanged);
    // Anna steps 1 m along +X: the comparison frames her where she now stands.
    ASSERT_TRUE(m_document.moveActor(QStringLiteral("Anna"), 10.0, 1.0));
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(m_compare->isActive());
    EXPECT_EQ(m_compare->frame(), 50);   // the playhead stays
    m_compare->setFrame(0);
    const QVector3D moved(10.0f, kAnnaEyes.y(), 1.0f);
    EXPECT_NEAR(distanceTo(*m_compare->cameraA(), moved), 2.0, 1e-4);
    EXPECT_NEAR(distanceTo(*m_compare->cameraB(), moved), 2.0, 1e-4);

    // An edit that makes it unbuildable: the comparison stays open with core's error.
    ASSERT_TRUE(m_document.renameActor(QStringLiteral("Anna"), QStringLiteral("Anne")));
    EXPECT_TRUE(m_compare->isActive());
    EXPECT_FALSE(m_compare->errorText().isEmpty());
    EXPECT_EQ(m_compare->panelCount(), 0);
    EXPECT_FALSE(m_compare->cameraA()->isValid());
    m_document.undo();   // Anna again: it builds again
    EXPECT_TRUE(m_compare->errorText().isEmpty()) << m_compare->errorText().toStdString();
    EXPECT_EQ(m_compare->panelCount(), 2);
}

TEST_F(ShotComparisonTest, PlaybackStartsOverAtTheEnd)
{
    fillFromNothing();
    ASSERT_TRUE(m_compare->open()) << m_compare->requestError().toStdString();
    m_compare->setFrame(m_compare->frameCount() - 1);
    m_compare->play();
    EXPECT_TRUE(m_compare->isPlaying());
    EXPECT_EQ(m_compare->frame(), 0);
    m_compare->togglePlay();
    EXPECT_FALSE(m_compare->isPlaying());
}

} // namespace
} // namespace murnau
