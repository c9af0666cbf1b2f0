// Absurd text typed into the inspector (docs/input-ranges.md, "What was tried"): "nan", "inf",
// "1e308", "-0", denormals and numbers past the int64 of flicks, in every kind of numeric field of
// an actor, a set piece, a camera and a shot. Each is refused with a message naming the field, and
// the project and the undo stack are left exactly as they were.

#include <gtest/gtest.h>

#include "app/bridge/inspector_text.h"
#include "app/bridge/item_inspector.h"
#include "app/bridge/project_document.h"
#include "app/bridge/selection.h"
#include "app/bridge/shot_player.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::DemoCopy;

class InspectorAbsurdValues : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_inspector.setDocument(&m_document);
    }

    // Every text in `texts` is refused for `field`: false, nothing changes, nothing is pushed, and
    // the message names `fieldName`.
    void expectAllRefused(const QString& field, std::initializer_list<const char*> texts, const std::string& fieldName)
    {
        for (const char* text : texts) {
            const Project before = m_document.project();
            const int steps = m_document.undoStack().count();
            EXPECT_FALSE(m_inspector.apply(field, QString::fromUtf8(text))) << field.toStdString() << " took " << text;
            EXPECT_EQ(m_document.project(), before) << field.toStdString() << " " << text;
            EXPECT_EQ(m_document.undoStack().count(), steps) << field.toStdString() << " " << text;
            EXPECT_NE(m_document.errorText().toStdString().find(fieldName), std::string::npos)
                << field.toStdString() << " " << text << ": " << m_document.errorText().toStdString();
        }
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    ItemInspector m_inspector;
};

TEST_F(InspectorAbsurdValues, ActorFields)
{
    m_document.player()->selectShot({});
    m_document.selection()->select(QStringLiteral("actor"), QStringLiteral("Anna"));
    expectAllRefused(QStringLiteral("height"), {"nan", "inf", "-inf", "1e308", "1e999", "-0", "0", "5e-324", "-1.8 m"},
                     "heightM");
    expectAllRefused(QStringLiteral("facing"), {"nan", "inf", "1e308", "1e999", "361"}, "facingDeg");
}

TEST_F(InspectorAbsurdValues, SetPieceFields)
{
    m_document.player()->selectShot({});
    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Work table"));
    expectAllRefused(QStringLiteral("width"), {"nan", "inf", "1e308", "-0", "0", "-1 m", "10001 m"}, "sizeM");
    expectAllRefused(QStringLiteral("x"), {"nan", "inf", "1e308", "100001 m"}, "positionM");
    expectAllRefused(QStringLiteral("yaw"), {"nan", "-inf", "1e308"}, "yawDeg");
    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Mezzanine stairs"));
    expectAllRefused(QStringLiteral("steps"), {"nan", "inf", "1e9", "99999999999", "0", "-3", "201", "2.5"}, "stepCount");
}

TEST_F(InspectorAbsurdValues, CameraFields)
{
    m_document.player()->selectShot({});
    m_document.selection()->select(QStringLiteral("camera"), QStringLiteral("A"));
    expectAllRefused(QStringLiteral("focal"), {"nan", "inf", "1e308 mm", "-0", "0 mm", "5e-324", "-35 mm", "2001 mm"},
                     "focalLengthMm");
    expectAllRefused(QStringLiteral("stop"), {"nan", "f/inf", "1e308", "0", "-2.8", "f/0.1", "65"}, "fStop");
    expectAllRefused(QStringLiteral("delivery"), {"nan", "inf", "1e308", "0", "-2.39"}, "deliveryAspect");
    expectAllRefused(QStringLiteral("squeeze"), {"nan", "inf", "1e308", "0", "-2"}, "squeeze");
}

TEST_F(InspectorAbsurdValues, ShotDurationsAndRates)
{
    m_document.player()->selectShot(QStringLiteral("sh-0001"));
    m_document.selection()->clear();
    ASSERT_EQ(m_inspector.kind(), QStringLiteral("shot"));
    // 1e308 s used to be converted to flicks first: an int64 overflow, then a negative duration in
    // the message. It is now refused as typed, before any conversion.
    expectAllRefused(QStringLiteral("duration"), {"nan", "inf", "1e308", "1e999", "9.3e12 s"}, "durationFlicks");
    expectAllRefused(QStringLiteral("duration"), {"0", "-0", "-5 s", "5e-324", "86400.001 s"}, "durationFlicks");
    expectAllRefused(QStringLiteral("frameRate"), {"0", "-24", "1e9", "23.975", "24/0", "nan"}, "");
    EXPECT_FALSE(m_inspector.apply(QStringLiteral("duration"), QStringLiteral("1e308")));
    EXPECT_EQ(m_document.errorText().toStdString().find("-9223372036854775808"), std::string::npos)
        << m_document.errorText().toStdString();
}

TEST(InspectorTimeText, TimesBeyondAMillionSecondsAreRefusedBeforeConversion)
{
    EXPECT_EQ(inspector::parseTime(QStringLiteral("2.5 s"), "t").value(), 5 * kFlicksPerSecond / 2);
    EXPECT_EQ(inspector::parseTime(QStringLiteral("-1000000"), "t").value(), -1000000 * kFlicksPerSecond);
    for (const char* text : {"1000000.001", "1e308", "-1e308", "inf", "nan", "1e999"}) {
        const Result<Flicks> time = inspector::parseTime(QString::fromUtf8(text), "t");
        ASSERT_FALSE(time) << text;
        EXPECT_EQ(time.error().field, "t");
        EXPECT_NE(time.error().message.find(text), std::string::npos) << time.error().message;
    }
}

} // namespace
} // namespace murnau
