// The shown shot's feasibility report as the timeline reads it (document.report): for every demo
// shot, the published warnings are core's report of that shot with default limits, their times
// in seconds (flicks / 705,600,000), the severity and kind words, and the rig channel each points
// at from a table written out here; no shot, no warnings; scheduled rebuilds are coalesced into
// one, built off the GUI thread, and follow an edit.

#include <cstdio>
#include <map>
#include <string>

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include "app/bridge/project_document.h"
#include "app/bridge/shot_report.h"
#include "core/analysis/feasibility_report.h"
#include "core/edit/scene_edits.h"
#include "core/motion/curve.h"
#include "core/rig/camera_rig.h"
#include "core/scene/project_json.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;

// The rig channel each warning should point at, by hand: motion channels by what moves, the
// lens findings by the lens ring, everything else (collisions, the track) none.
int expectedRigChannel(const std::string& kind, const std::string& channel)
{
    static const std::map<std::string, RigChannel> motion{
        {"dolly_speed", RigChannel::Dolly},       {"dolly_acceleration", RigChannel::Dolly},
        {"dolly_jerk", RigChannel::Dolly},        {"pedestal_speed", RigChannel::Pedestal},
        {"pedestal_acceleration", RigChannel::Pedestal}, {"pedestal_jerk", RigChannel::Pedestal},
        {"pan_rate", RigChannel::Pan},            {"pan_acceleration", RigChannel::Pan},
        {"pan_jerk", RigChannel::Pan},            {"tilt_rate", RigChannel::Tilt},
        {"tilt_acceleration", RigChannel::Tilt},  {"tilt_jerk", RigChannel::Tilt},
        {"zoom_rate", RigChannel::FocalLength},   {"focus_pull_rate", RigChannel::FocusDistance},
    };
    if (kind == "motion") {
        const auto found = motion.find(channel);
        EXPECT_NE(found, motion.end()) << "motion channel " << channel << " is not in the table";
        return found == motion.end() ? -1 : static_cast<int>(found->second);
    }
    if (kind == "lens" && channel == "focal_length")
        return static_cast<int>(RigChannel::FocalLength);
    if (kind == "lens" && channel == "focus")
        return static_cast<int>(RigChannel::FocusDistance);
    return -1;
}

std::string severityWord(WarningSeverity severity)
{
    switch (severity) {
    case WarningSeverity::Note: return "note";
    case WarningSeverity::Caution: return "caution";
    case WarningSeverity::Problem: return "problem";
    }
    return "?";
}

class ShotReportTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_project = coreLoad(m_demo.path());
    }
    ShotReport& report() { return *m_document.report(); }

    DemoCopy m_demo;
    ProjectDocument m_document;
    Project m_project;
};

TEST_F(ShotReportTest, PublishesCoresWarningsOfTheShownShot)
{
    int total = 0;
    int pointing = 0;
    for (const Scene& scene : m_project.scenes) {
        for (const Shot& shot : scene.shots) {
            SCOPED_TRACE(shot.id);
            const Result<FeasibilityReport> expected = buildFeasibilityReport(m_project, scene, shot);
            ASSERT_TRUE(expected.ok());
            m_document.player()->selectShot(QString::fromStdString(shot.id));
            report().rebuild();
            EXPECT_EQ(report().errorText(), QString());
            ASSERT_NE(report().report(), nullptr);
            EXPECT_EQ(report().report()->shotId, shot.id);
            std::printf("shot %s: %zu warnings, report built in %.1f ms\n", shot.id.c_str(),
                        expected->warnings.size(), report().lastBuildMs());
            const QVariantList warnings = report().warnings();
            ASSERT_EQ(warnings.size(), static_cast<qsizetype>(expected->warnings.size()));
            for (qsizetype i = 0; i < warnings.size(); ++i) {
                const QVariantMap w = warnings[i].toMap();
                const FeasibilityWarning& e = expected->warnings[static_cast<std::size_t>(i)];
                EXPECT_DOUBLE_EQ(w.value("startSeconds").toDouble(), static_cast<double>(e.range.fromFlicks) / 705'600'000.0);
                EXPECT_DOUBLE_EQ(w.value("endSeconds").toDouble(), static_cast<double>(e.range.toFlicks) / 705'600'000.0);
                EXPECT_EQ(w.value("severity").toString().toStdString(), severityWord(e.severity));
                EXPECT_EQ(w.value("channel").toString().toStdString(), e.channel);
                EXPECT_EQ(w.value("subject").toString().toStdString(), e.subject);
                EXPECT_EQ(w.value("message").toString().toStdString(), e.message);
                const std::string kind = w.value("kind").toString().toStdString();
                EXPECT_EQ(w.value("rigChannel").toInt(), expectedRigChannel(kind, e.channel)) << kind << " " << e.channel;
                ++total;
                if (w.value("rigChannel").toInt() >= 0)
                    ++pointing;
            }
        }
    }
    // The demo's shots must give warnings for this test to say anything (they are notes about the
    // track, which point at no channel; see the next test for channels).
    EXPECT_GT(total, 0);
    EXPECT_EQ(pointing, 0);
}

// Shot 2A made hard: its dolly travel (19.07 m, 25 s in the demo) done in 5 s (about 3.8 m/s
// against a 1.4 m/s limit): warnings on the dolly, each pointing at its rig channel.
TEST_F(ShotReportTest, MotionAndLensWarningsPointAtTheirRigChannels)
{
    Project hard = m_project;
    const Result<ShotPlace> place = findShot(hard, "sh-0002");
    ASSERT_TRUE(place.ok());
    Shot& shot = hard.scenes[place->sceneIndex].shots[place->shotIndex];
    Curve& dolly = shot.rig.channel(RigChannel::Dolly);
    ASSERT_EQ(dolly.keyCount(), 2U);
    Keyframe end = dolly.key(1);
    end.time = 5 * kFlicksPerSecond;
    ASSERT_TRUE(dolly.replaceKey(1, end).ok());
    const QString path = m_demo.filePath(QStringLiteral("hard.murnau"));
    ASSERT_TRUE(saveProject(hard, path.toStdString()).ok());
    ASSERT_TRUE(m_document.load(path)) << m_document.errorText().toStdString();
    m_document.player()->selectShot(QStringLiteral("sh-0002"));
    report().rebuild();
    ASSERT_EQ(report().errorText(), QString());
    std::map<int, int> byChannel;
    for (const QVariant& item : report().warnings()) {
        const QVariantMap w = item.toMap();
        const std::string kind = w.value("kind").toString().toStdString();
        const std::string channel = w.value("channel").toString().toStdString();
        EXPECT_EQ(w.value("rigChannel").toInt(), expectedRigChannel(kind, channel)) << kind << " " << channel;
        ++byChannel[w.value("rigChannel").toInt()];
    }
    EXPECT_GT(byChannel[static_cast<int>(RigChannel::Dolly)], 0);
}

TEST_F(ShotReportTest, NoShotNoWarnings)
{
    m_document.player()->selectShot({});
    report().rebuild();
    EXPECT_TRUE(report().warnings().isEmpty());
    EXPECT_EQ(report().errorText(), QString());
    EXPECT_EQ(report().report(), nullptr);
}

TEST_F(ShotReportTest, ScheduledRebuildsAreCoalescedAndFollowAnEdit)
{
    // Guards against a build that never arrives; not a timing assertion.
    constexpr int kWaitLimitMs = 30000;
    // The shot of the demo with the most warnings, and its core report.
    std::string busiest;
    std::size_t most = 0;
    for (const Scene& scene : m_project.scenes)
        for (const Shot& shot : scene.shots)
            if (const auto r = buildFeasibilityReport(m_project, scene, shot); r && r->warnings.size() >= most) {
                most = r->warnings.size();
                busiest = shot.id;
            }
    ASSERT_GT(most, 0U);
    m_document.player()->selectShot(QString::fromStdString(busiest));
    QSignalSpy changed(&report(), &ShotReport::changed);
    ASSERT_TRUE(changed.wait(kWaitLimitMs));   // the selection scheduled one build
    for (int i = 0; i < 5; ++i)
        report().schedule();
    ASSERT_TRUE(changed.wait(kWaitLimitMs));
    QTest::qWait(500);   // well past the rebuild pause: no second build may follow
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(report().warnings().size(), static_cast<qsizetype>(most));

    // Halving the shot's length (keys keep their times): the document schedules the rebuild
    // itself, and the report is then that of the shorter shot.
    const Result<ShotPlace> place = findShot(m_document.project(), busiest);
    ASSERT_TRUE(place.ok());
    const Shot& shot = m_document.project().scenes[place->sceneIndex].shots[place->shotIndex];
    const Flicks half = shot.durationFlicks / 2;
    ASSERT_TRUE(m_document.perform(setShotDuration(m_document.project(), busiest, half)));
    ASSERT_TRUE(changed.wait(kWaitLimitMs));
    const Project& edited = m_document.project();
    const Result<FeasibilityReport> expected = buildFeasibilityReport(
        edited, edited.scenes[place->sceneIndex], edited.scenes[place->sceneIndex].shots[place->shotIndex]);
    ASSERT_TRUE(expected.ok());
    ASSERT_NE(report().report(), nullptr);
    EXPECT_EQ(report().report()->durationFlicks, half);
    EXPECT_EQ(report().warnings().size(), static_cast<qsizetype>(expected->warnings.size()));
}

} // namespace
} // namespace murnau
