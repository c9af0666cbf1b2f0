// The inspector and the library through their QObjects (ItemInspector, LibraryActions) on the
// demo project: an undo ladder for each kind of item (state0, apply, state1, undo, state0, redo,
// state1, comparing whole projects), refused text leaving the project unchanged with a message
// naming the field, renames keeping the selection, Delete and Duplicate, and new items from the
// library named uniquely, selected and placed where core's placement puts them. Expected values
// are the demo file's numbers or hand derivations, never the inspector's own output.

#include <QSignalSpy>
#include <QUrl>

#include <gtest/gtest.h>

#include "app/bridge/item_inspector.h"
#include "app/bridge/library_actions.h"
#include "app/bridge/project_document.h"
#include "core/scene/item_placement.h"
#include "tests/app/document_test_support.h"

namespace murnau {
namespace {

using testing::coreLoad;
using testing::DemoCopy;

class ItemInspecting : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_document.load(m_demo.path())) << m_document.errorText().toStdString();
        m_document.player()->selectShot({});   // the set as it stands
        m_state0 = coreLoad(m_demo.path());
        ASSERT_EQ(m_document.project(), m_state0);
        m_inspector.setDocument(&m_document);
        m_library.setDocument(&m_document);
    }

    // Applies `text` to `field` of the selection and walks the ladder: state1 differs from
    // state0, undo gives state0 back, redo state1. Returns state1; `undoName` is the menu's name.
    Project ladder(const QString& field, const QString& text, const QString& undoName)
    {
        const Project before = m_document.project();
        EXPECT_TRUE(m_inspector.apply(field, text)) << field.toStdString() << ": " << m_document.errorText().toStdString();
        const Project state1 = m_document.project();
        EXPECT_NE(state1, before) << field.toStdString();
        if (!undoName.isEmpty()) {
            EXPECT_EQ(m_document.undoText().toStdString(), undoName.toStdString());
        }
        m_document.undo();
        EXPECT_EQ(m_document.project(), before) << field.toStdString();
        m_document.redo();
        EXPECT_EQ(m_document.project(), state1) << field.toStdString();
        return state1;
    }

    // Refused text: false, nothing changes, nothing is pushed, and the message names `fieldName`.
    void expectRefused(const QString& field, const QString& text, const std::string& fieldName)
    {
        const Project before = m_document.project();
        const int steps = m_document.undoStack().count();
        EXPECT_FALSE(m_inspector.apply(field, text)) << field.toStdString() << " took '" << text.toStdString() << "'";
        EXPECT_EQ(m_document.project(), before);
        EXPECT_EQ(m_document.undoStack().count(), steps);
        EXPECT_NE(m_document.errorText().toStdString().find(fieldName), std::string::npos)
            << "message: " << m_document.errorText().toStdString() << ", expected it to name " << fieldName;
    }

    const Actor& actor(std::size_t i) const { return m_document.project().actors[i]; }

    DemoCopy m_demo;
    ProjectDocument m_document;
    ItemInspector m_inspector;
    LibraryActions m_library;
    Project m_state0;
};

TEST_F(ItemInspecting, ActorFieldsShowInDisplayUnits)
{
    m_document.selection()->select(QStringLiteral("actor"), QStringLiteral("Anna"));
    const QVariantMap fields = m_inspector.fields();
    EXPECT_EQ(m_inspector.kind(), QStringLiteral("actor"));
    EXPECT_EQ(fields.value(QStringLiteral("height")).toString(), QStringLiteral("1.68 m"));   // demo: 1.68
    EXPECT_EQ(fields.value(QStringLiteral("x")).toString(), QStringLiteral("9.00 m"));
    EXPECT_EQ(fields.value(QStringLiteral("facing")).toString(), QStringLiteral("-80\u00b0"));
    EXPECT_EQ(fields.value(QStringLiteral("color")).toString(), QStringLiteral("#e5484d"));
    EXPECT_EQ(fields.value(QStringLiteral("build")).toString(), QStringLiteral("average"));

    ASSERT_TRUE(m_document.setDisplayUnits(QStringLiteral("imperial")));
    // 1.68 m = 66.14 in, to the nearest inch 66 = 5 ft 6 in.
    EXPECT_EQ(m_inspector.fields().value(QStringLiteral("height")).toString(), QStringLiteral("5 ft 6 in"));
}

TEST_F(ItemInspecting, ActorLadders)
{
    m_document.selection()->select(QStringLiteral("actor"), QStringLiteral("Anna"));
    const Project heightSet = ladder(QStringLiteral("height"), QStringLiteral("5 ft 10 in"),
                                     QStringLiteral("Set Anna's height to 1.78 m"));
    EXPECT_DOUBLE_EQ(heightSet.actors[0].heightM, 70 * 0.0254);   // 70 in, exact by definition
    ladder(QStringLiteral("build"), QStringLiteral("heavy"), QStringLiteral("Set Anna's build to heavy"));
    EXPECT_EQ(actor(0).build, ActorBuild::Heavy);
    ladder(QStringLiteral("color"), QStringLiteral("#102030"), QStringLiteral("Change Anna's colour"));
    EXPECT_EQ(actor(0).color, (Rgb{0x10, 0x20, 0x30}));
    ladder(QStringLiteral("x"), QStringLiteral("250 cm"), QStringLiteral("Move Anna"));
    EXPECT_DOUBLE_EQ(actor(0).positionM.x, 2.5);
    EXPECT_DOUBLE_EQ(actor(0).positionM.z, 1.0);   // the demo's z, untouched
    ladder(QStringLiteral("z"), QStringLiteral("-3"), QStringLiteral("Move Anna"));
    EXPECT_DOUBLE_EQ(actor(0).positionM.z, -3.0);
    ladder(QStringLiteral("facing"), QStringLiteral("45\u00b0"), QStringLiteral("Turn Anna to 45\u00b0"));
    EXPECT_DOUBLE_EQ(actor(0).facingDeg, 45.0);
}

TEST_F(ItemInspecting, RenamingAnActorKeepsItSelected)
{
    m_document.selection()->select(QStringLiteral("actor"), QStringLiteral("Anna"));
    ASSERT_TRUE(m_inspector.apply(QStringLiteral("name"), QStringLiteral("  Eve ")));
    EXPECT_EQ(actor(0).name, "Eve");
    EXPECT_EQ(m_document.undoText().toStdString(), "Rename Anna to Eve");
    EXPECT_EQ(m_document.selection()->kind().toStdString(), "actor");
    EXPECT_EQ(m_document.selection()->name().toStdString(), "Eve");
    EXPECT_EQ(m_inspector.fields().value(QStringLiteral("name")).toString().toStdString(), "Eve");
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(ItemInspecting, RefusedActorValuesChangeNothing)
{
    m_document.selection()->select(QStringLiteral("actor"), QStringLiteral("Anna"));
    expectRefused(QStringLiteral("height"), QStringLiteral("tall"), "heightM");
    expectRefused(QStringLiteral("height"), QStringLiteral("12 m"), "heightM");   // core: 0.3 to 3 m
    expectRefused(QStringLiteral("facing"), QStringLiteral("north"), "facingDeg");
    expectRefused(QStringLiteral("facing"), QStringLiteral("400"), "facingDeg");   // core: [-360, 360]
    expectRefused(QStringLiteral("color"), QStringLiteral("#12"), "color");
    expectRefused(QStringLiteral("name"), QStringLiteral("Ben"), "name");          // taken
    expectRefused(QStringLiteral("build"), QStringLiteral("huge"), "build");
    EXPECT_EQ(m_document.project(), m_state0);
}

TEST_F(ItemInspecting, SetPieceLadders)
{
    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Work table"));
    ASSERT_EQ(m_inspector.kind(), QStringLiteral("setPiece"));
    ladder(QStringLiteral("width"), QStringLiteral("2 m"), QStringLiteral("Resize \u201cWork table\u201d to 2.00 m \u00d7 0.75 m \u00d7 0.90 m"));
    ladder(QStringLiteral("y"), QStringLiteral("10 cm"), QStringLiteral("Move \u201cWork table\u201d"));
    ladder(QStringLiteral("yaw"), QStringLiteral("30"), QStringLiteral("Turn \u201cWork table\u201d to 30\u00b0"));
    ladder(QStringLiteral("shape"), QStringLiteral("cylinder"), QStringLiteral("Make \u201cWork table\u201d a cylinder"));
    expectRefused(QStringLiteral("depth"), QStringLiteral("-1 m"), "sizeM");
    expectRefused(QStringLiteral("shape"), QStringLiteral("blob"), "shape");

    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Mezzanine stairs"));
    const Project steps = ladder(QStringLiteral("steps"), QStringLiteral("7"), QStringLiteral("Give \u201cMezzanine stairs\u201d 7 steps"));
    EXPECT_EQ(steps.set.pieces[8].stepCount, 7);
    expectRefused(QStringLiteral("steps"), QStringLiteral("2.5"), "stepCount");

    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Forklift"));
    ladder(QStringLiteral("modelScale"), QStringLiteral("0.5"), QStringLiteral("Scale \u201cForklift\u201d by 0.5"));
    expectRefused(QStringLiteral("modelPath"), QStringLiteral("../outside.glb"), "modelPath");
}

TEST_F(ItemInspecting, WallOpeningsLadders)
{
    // The demo's South wall: 44.3 m long, openings centred at -12, -4, 6 and 14 m; its middle is free.
    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("South wall"));
    ASSERT_EQ(m_inspector.fields().value(QStringLiteral("openings")).toList().size(), 4);
    const Project before = m_document.project();
    ASSERT_TRUE(m_inspector.addOpening(QStringLiteral("door"))) << m_document.errorText().toStdString();
    const Project added = m_document.project();
    ASSERT_EQ(added.set.pieces[1].openings.size(), 5u);
    EXPECT_EQ(added.set.pieces[1].openings[4].kind, OpeningKind::Door);
    EXPECT_DOUBLE_EQ(added.set.pieces[1].openings[4].centerM, 0.0);
    m_document.undo();
    EXPECT_EQ(m_document.project(), before);
    m_document.redo();
    EXPECT_EQ(m_document.project(), added);

    EXPECT_TRUE(m_inspector.applyOpening(4, QStringLiteral("width"), QStringLiteral("1.2 m")));
    EXPECT_DOUBLE_EQ(m_document.project().set.pieces[1].openings[4].widthM, 1.2);
    EXPECT_TRUE(m_inspector.applyOpening(4, QStringLiteral("kind"), QStringLiteral("window")));
    EXPECT_EQ(m_document.project().set.pieces[1].openings[4].kind, OpeningKind::Window);
    // Centred on the door at -12 m: overlapping, refused.
    const Project beforeOverlap = m_document.project();
    EXPECT_FALSE(m_inspector.applyOpening(4, QStringLiteral("center"), QStringLiteral("-12 m")));
    EXPECT_EQ(m_document.project(), beforeOverlap);
    EXPECT_FALSE(m_document.errorText().isEmpty());
    EXPECT_TRUE(m_inspector.removeOpening(4));
    EXPECT_EQ(m_document.project().set.pieces[1].openings.size(), 4u);
}

TEST_F(ItemInspecting, CameraLadders)
{
    m_document.selection()->select(QStringLiteral("camera"), QStringLiteral("A"));
    const QVariantMap fields = m_inspector.fields();
    EXPECT_EQ(fields.value(QStringLiteral("focal")).toString(), QStringLiteral("32 mm"));
    EXPECT_EQ(fields.value(QStringLiteral("focalKind")).toString(), QStringLiteral("primes"));
    // The demo's Ultra Prime kit: 16, 20, 24, 32, 50, 85, 135 mm, as whole numbers.
    EXPECT_EQ(fields.value(QStringLiteral("primes")).toStringList(),
              (QStringList{"16 mm", "20 mm", "24 mm", "32 mm", "50 mm", "85 mm", "135 mm"}));
    EXPECT_EQ(fields.value(QStringLiteral("stop")).toString(), QStringLiteral("f/2.8"));
    EXPECT_EQ(fields.value(QStringLiteral("delivery")).toString(), QStringLiteral("2.39:1"));

    ladder(QStringLiteral("focal"), QStringLiteral("50 mm"), QStringLiteral("Change focal length to 50 mm"));
    EXPECT_DOUBLE_EQ(m_document.project().cameras[0].focalLengthMm, 50.0);
    ladder(QStringLiteral("stop"), QStringLiteral("f/4"), QStringLiteral("Set A's stop to f/4"));
    EXPECT_DOUBLE_EQ(m_document.project().cameras[0].fStop, 4.0);
    ladder(QStringLiteral("focus"), QStringLiteral("4 m"), QStringLiteral("Focus A at 4.00 m"));
    ladder(QStringLiteral("pan"), QStringLiteral("45"), QStringLiteral("Aim camera A"));
    EXPECT_DOUBLE_EQ(m_document.project().cameras[0].panDeg, 45.0);
    EXPECT_DOUBLE_EQ(m_document.project().cameras[0].tiltDeg, -1.63);   // the demo's, untouched
    ladder(QStringLiteral("y"), QStringLiteral("2 m"), QStringLiteral("Move camera A"));
    ladder(QStringLiteral("delivery"), QStringLiteral("1.85:1"), QStringLiteral("Set A's delivery to 1.85:1"));
    ladder(QStringLiteral("delivery"), QStringLiteral("full gate"), QStringLiteral("Set A's delivery to full gate"));
    ladder(QStringLiteral("squeeze"), QStringLiteral("2\u00d7"), QStringLiteral("Set A's squeeze to 2\u00d7"));
    const Project custom = ladder(QStringLiteral("sensor"), QStringLiteral("36x24"), QString());
    EXPECT_EQ(custom.cameras[0].sensor.id, "36x24");
    EXPECT_DOUBLE_EQ(custom.cameras[0].sensor.widthMm, 36.0);
    ladder(QStringLiteral("lensKit"), QString(), QStringLiteral("Remove A's lens kit"));
    EXPECT_EQ(m_inspector.fields().value(QStringLiteral("focalKind")).toString(), QStringLiteral("any"));
    ladder(QStringLiteral("lensKit"), QStringLiteral("Angenieux Optimo 24-290"),
           QStringLiteral("Give A the Angenieux Optimo 24-290 lenses"));
    EXPECT_EQ(m_inspector.fields().value(QStringLiteral("focalKind")).toString(), QStringLiteral("zoom"));

    expectRefused(QStringLiteral("focal"), QStringLiteral("wide"), "focalLengthMm");
    expectRefused(QStringLiteral("stop"), QStringLiteral("T2.8"), "fStop");
    expectRefused(QStringLiteral("stop"), QStringLiteral("-2"), "fStop");
    expectRefused(QStringLiteral("lensKit"), QStringLiteral("Cooke S4/i"), "lensKit");
    expectRefused(QStringLiteral("name"), QStringLiteral("B"), "name");
}

TEST_F(ItemInspecting, MarkAndShotLadders)
{
    m_document.player()->selectShot(QStringLiteral("sh-0001"));   // scene 1: Anna walks between two marks
    ASSERT_EQ(m_document.player()->sceneIndex(), 0);
    m_document.selection()->select(QStringLiteral("mark"), QStringLiteral("Anna"), 1);
    ASSERT_EQ(m_inspector.kind(), QStringLiteral("mark"));
    // The demo's second mark of Anna in scene 1 is named "end".
    ASSERT_EQ(m_state0.scenes[0].blocking[0].marks[1].name, "end");
    // The demo walks her at 1.4 m/s (shot 1's description); retimed to 1 m/s she arrives later.
    EXPECT_EQ(m_inspector.fields().value(QStringLiteral("speed")).toString().toStdString(), "1.40 m/s");
    const Project walked = ladder(QStringLiteral("speed"), QStringLiteral("1 m/s"), QStringLiteral("Walk Anna to end at 1.00 m/s"));
    EXPECT_GT(walked.scenes[0].blocking[0].marks[1].arriveAt, m_state0.scenes[0].blocking[0].marks[1].arriveAt);
    EXPECT_EQ(m_inspector.fields().value(QStringLiteral("speed")).toString().toStdString(), "1.00 m/s");
    ladder(QStringLiteral("facing"), QStringLiteral("10"), QStringLiteral("Turn Anna to 10\u00b0 on mark end"));
    EXPECT_DOUBLE_EQ(m_document.project().scenes[0].blocking[0].marks[1].facingDeg, 10.0);
    ladder(QStringLiteral("x"), QStringLiteral("1 m"), QStringLiteral("Move Anna's mark end"));
    ladder(QStringLiteral("name"), QStringLiteral("door"), QStringLiteral("Rename Anna's mark end to door"));
    expectRefused(QStringLiteral("speed"), QStringLiteral("fast"), "speedMps");
    expectRefused(QStringLiteral("leave"), QStringLiteral("-5 s"), "leaveAt");

    m_document.selection()->clear();
    ASSERT_EQ(m_inspector.kind(), QStringLiteral("shot"));
    const Project longer = ladder(QStringLiteral("duration"), QStringLiteral("9.5 s"), QStringLiteral("Set shot 1's length to 9.50 s"));
    EXPECT_EQ(longer.scenes[0].shots[0].durationFlicks, 19 * kFlicksPerSecond / 2);   // the demo's is 8 s
    ladder(QStringLiteral("frameRate"), QStringLiteral("25"), QStringLiteral("Set shot 1 to 25 fps"));
    const Project cast = ladder(QStringLiteral("cast"), QStringLiteral("Ben, Anna"), QStringLiteral("Set shot 1's cast"));
    EXPECT_EQ(cast.scenes[0].shots[0].cast, (std::vector<std::string>{"Ben", "Anna"}));
    expectRefused(QStringLiteral("cast"), QStringLiteral("Nobody"), "cast");
    expectRefused(QStringLiteral("camera"), QStringLiteral("Z"), "camera");
    expectRefused(QStringLiteral("duration"), QStringLiteral("0"), "durationFlicks");
}

// The shot-list fields of the shown shot and its scene heading: shown as the demo file stores
// them, each edit one undo step named as core names it, undo giving the project back exactly
// (the field shows the stored value again), and refused text leaving the project unchanged.
TEST_F(ItemInspecting, ShotListFieldsEditTheShotAndItsScene)
{
    m_document.player()->selectShot(QStringLiteral("sh-0002"));   // 2A, the first of scene 2's shots (2A, 2B)
    ASSERT_EQ(m_inspector.kind(), QStringLiteral("shot"));
    QVariantMap fields = m_inspector.fields();
    // The demo file's values (assets/demo/warehouse.murnau, scenes[1]).
    EXPECT_EQ(fields.value("setup").toString(), QStringLiteral("B1"));
    EXPECT_EQ(fields.value("move").toString(), QStringLiteral("trackout"));
    EXPECT_EQ(fields.value("status").toString(), QStringLiteral("planned"));
    EXPECT_EQ(fields.value("props").toString(), QString());
    EXPECT_EQ(fields.value("equipment").toString(), QStringLiteral("dolly on 19.07 m of straight track"));
    EXPECT_TRUE(fields.value("description").toString().startsWith(QStringLiteral("Track out. Dev stands alone")));
    EXPECT_TRUE(fields.value("notes").toString().endsWith(QStringLiteral("2B is the matched zoom.")));
    EXPECT_EQ(fields.value("sceneLabel").toString(), QStringLiteral("2"));
    EXPECT_EQ(fields.value("sceneNumber").toString(), QStringLiteral("2"));
    EXPECT_EQ(fields.value("sceneName").toString(), QStringLiteral("Dev alone"));
    EXPECT_EQ(fields.value("intExt").toString(), QStringLiteral("INT"));
    EXPECT_EQ(fields.value("location").toString(), QStringLiteral("WAREHOUSE - LOADING DOCK"));
    EXPECT_EQ(fields.value("timeOfDay").toString(), QStringLiteral("NIGHT"));
    EXPECT_EQ(fields.value("intExtChoices").toStringList(), (QStringList{"INT", "EXT", "INT/EXT"}));
    QStringList statuses;
    for (const QVariant& choice : fields.value("statusChoices").toList())
        statuses.append(choice.toMap().value("value").toString());
    EXPECT_EQ(statuses, (QStringList{"planned", "approved", "shot", "omitted"}));

    const auto shot = [](const Project& project) -> const Shot& { return project.scenes[1].shots[0]; };
    const auto scene = [](const Project& project) -> const Scene& { return project.scenes[1]; };

    // Paragraphs keep their inner line breaks and lose only the blank space around them.
    Project after = ladder(QStringLiteral("description"), QStringLiteral("\n Track out.\n\nDev shrinks in the hall.  \n"),
                           QStringLiteral("Edit shot 2A's description"));
    EXPECT_EQ(shot(after).description, "Track out.\n\nDev shrinks in the hall.");
    m_document.undo();
    EXPECT_EQ(m_inspector.fields().value("description").toString().toStdString(), m_state0.scenes[1].shots[0].description);
    m_document.redo();
    EXPECT_EQ(m_inspector.fields().value("description").toString(), QStringLiteral("Track out.\n\nDev shrinks in the hall."));
    after = ladder(QStringLiteral("notes"), QStringLiteral("Two takes.\n\tSlate both."), QStringLiteral("Edit shot 2A's notes"));
    EXPECT_EQ(shot(after).notes, "Two takes.\n\tSlate both.");
    after = ladder(QStringLiteral("setup"), QStringLiteral(" B3 "), QStringLiteral("Set shot 2A's setup to B3"));
    EXPECT_EQ(shot(after).setup, "B3");
    after = ladder(QStringLiteral("move"), QStringLiteral("pullback"), QStringLiteral("Set shot 2A's move to pullback"));
    EXPECT_EQ(shot(after).move, "pullback");
    // One item a line: a comma inside an item stays (the demo's curved track reads "(1.43 m radius at least, 45° sections)").
    after = ladder(QStringLiteral("props"), QStringLiteral("suitcase\n\n  torch, red  \n"), QStringLiteral("Set shot 2A's props"));
    EXPECT_EQ(shot(after).props, (std::vector<std::string>{"suitcase", "torch, red"}));
    EXPECT_EQ(m_inspector.fields().value("props").toString(), QStringLiteral("suitcase\ntorch, red"));
    after = ladder(QStringLiteral("equipment"), QStringLiteral("dolly on 19.07 m of straight track\nTechnocrane 30"),
                   QStringLiteral("Set shot 2A's equipment"));
    EXPECT_EQ(shot(after).equipment, (std::vector<std::string>{"dolly on 19.07 m of straight track", "Technocrane 30"}));
    after = ladder(QStringLiteral("status"), QStringLiteral("Approved"), QStringLiteral("Mark shot 2A approved"));
    EXPECT_EQ(shot(after).status, ShotStatus::Approved);
    m_document.undo();
    EXPECT_EQ(m_inspector.fields().value("status").toString(), QStringLiteral("planned"));
    m_document.redo();
    EXPECT_EQ(m_inspector.fields().value("status").toString(), QStringLiteral("approved"));

    after = ladder(QStringLiteral("sceneName"), QStringLiteral("Dev alone on the floor"),
                   QStringLiteral("Rename scene 2 to \u201cDev alone on the floor\u201d"));
    EXPECT_EQ(scene(after).name, "Dev alone on the floor");
    // "ext." as a heading writes it; core reads it as EXT.
    after = ladder(QStringLiteral("intExt"), QStringLiteral("ext."), QStringLiteral("Set scene 2 to EXT"));
    EXPECT_EQ(scene(after).intExt, IntExt::Ext);
    EXPECT_EQ(m_inspector.fields().value("intExt").toString(), QStringLiteral("EXT"));
    after = ladder(QStringLiteral("location"), QStringLiteral(" LOADING DOCK "),
                   QStringLiteral("Set scene 2's location to \u201cLOADING DOCK\u201d"));
    EXPECT_EQ(scene(after).location, "LOADING DOCK");
    after = ladder(QStringLiteral("timeOfDay"), QStringLiteral("DAWN"), QStringLiteral("Set scene 2's time of day to \u201cDAWN\u201d"));
    EXPECT_EQ(scene(after).timeOfDay, "DAWN");
    after = ladder(QStringLiteral("sceneNumber"), QStringLiteral("2X"), QStringLiteral("Renumber scene 2 to 2X"));
    EXPECT_EQ(scene(after).number, "2X");
    EXPECT_EQ(m_inspector.fields().value("sceneLabel").toString(), QStringLiteral("2X"));
    // Only the heading and shot 2A changed: the scene's blocking and shot 2B are as loaded.
    EXPECT_EQ(scene(after).blocking, m_state0.scenes[1].blocking);
    ASSERT_EQ(scene(after).shots.size(), 2U);
    EXPECT_EQ(scene(after).shots[1], m_state0.scenes[1].shots[1]);

    // Refused: the project and the undo stack stay, the message names the field.
    expectRefused(QStringLiteral("status"), QStringLiteral("wrapped"), "status");
    expectRefused(QStringLiteral("intExt"), QStringLiteral("outside"), "intExt");
    expectRefused(QStringLiteral("location"), QString(300, QLatin1Char('A')), "scenes[1].location");   // longer than 256 bytes
    expectRefused(QStringLiteral("timeOfDay"), QStringLiteral("DAY\tNIGHT"), "scenes[1].timeOfDay");   // one line: no tabs
    expectRefused(QStringLiteral("setup"), QStringLiteral("A\u00071"), "setup");                      // a control character
    expectRefused(QStringLiteral("equipment"), QString(1025, QLatin1Char('x')), "equipment[0]");      // a line is at most 1024 bytes
    expectRefused(QStringLiteral("notes"), QStringLiteral("bell\u0007"), "notes");                    // paragraphs: only \n and \t
    expectRefused(QStringLiteral("scene"), QStringLiteral("2"), "scene");                             // no such field
}

TEST_F(ItemInspecting, ShotListFieldsOfAShotInALaterScene)
{
    // Shot 2B is the second shot of scene 2: its scene heading edits scenes[1], nothing else.
    m_document.player()->selectShot(QStringLiteral("sh-0003"));
    ASSERT_EQ(m_inspector.kind(), QStringLiteral("shot"));
    EXPECT_EQ(m_inspector.fields().value("move").toString(), QStringLiteral("zoomout"));
    EXPECT_EQ(m_inspector.fields().value("equipment").toString(), QStringLiteral("zoom lens covering 24.8 mm to 62 mm"));
    const Project after = ladder(QStringLiteral("location"), QStringLiteral("DOCK"), QString());
    for (std::size_t i = 0; i < after.scenes.size(); ++i)
        EXPECT_EQ(after.scenes[i].location, i == 1 ? std::string("DOCK") : m_state0.scenes[i].location) << i;
    // An empty scene number is the document's "no number yet": the heading then shows the
    // scene's place in the script (2), as core's undo names do ("scene 2").
    ladder(QStringLiteral("sceneNumber"), QStringLiteral(" "), QStringLiteral("Renumber scene 2 to "));
    EXPECT_EQ(m_document.project().scenes[1].number, "");
    EXPECT_EQ(m_inspector.fields().value("sceneNumber").toString(), QString());
    EXPECT_EQ(m_inspector.fields().value("sceneLabel").toString(), QStringLiteral("2"));
}

TEST_F(ItemInspecting, LibraryAddsNamedPlacedSelectedItems)
{
    const glm::dvec3 expected = placementInFrontOf(m_document.shotCamera()->setup(), m_state0.set.floorSizeM);
    ASSERT_TRUE(m_library.addSetPiece(QStringLiteral("box"))) << m_document.errorText().toStdString();
    const Project withBox = m_document.project();
    ASSERT_EQ(withBox.set.pieces.size(), m_state0.set.pieces.size() + 1);
    const SetPiece& box = withBox.set.pieces.back();
    EXPECT_EQ(box.name, "Box");
    EXPECT_EQ(box.shape, SetPieceShape::Box);
    EXPECT_EQ(box.positionM, expected);
    EXPECT_DOUBLE_EQ(box.positionM.y, 0.0);
    EXPECT_EQ(m_document.selection()->kind(), QStringLiteral("setPiece"));
    EXPECT_EQ(m_document.selection()->name(), QStringLiteral("Box"));
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Add box \u201cBox\u201d"));
    ASSERT_TRUE(m_library.addSetPiece(QStringLiteral("box")));
    EXPECT_EQ(m_document.project().set.pieces.back().name, "Box 2");
    m_document.undo();
    m_document.undo();
    EXPECT_EQ(m_document.project(), m_state0);

    for (const char* shape : {"cylinder", "wall", "stairs"})
        EXPECT_TRUE(m_library.addSetPiece(QString::fromLatin1(shape))) << shape << ": " << m_document.errorText().toStdString();
    EXPECT_FALSE(m_library.addSetPiece(QStringLiteral("blob")));

    ASSERT_TRUE(m_library.addActor(QStringLiteral("5 ft 6 in")));
    EXPECT_EQ(m_document.project().actors.back().name, "Actor");
    EXPECT_DOUBLE_EQ(m_document.project().actors.back().heightM, 66 * 0.0254);
    EXPECT_EQ(m_document.selection()->name(), QStringLiteral("Actor"));
    EXPECT_FALSE(m_library.addActor(QStringLiteral("tall")));

    ASSERT_TRUE(m_library.addCamera(QStringLiteral("alexa-lf-og"), QStringLiteral("ARRI/ZEISS Ultra Prime")))
        << m_document.errorText().toStdString();
    const CameraSetup& added = m_document.project().cameras.back();
    EXPECT_EQ(added.name, "C");   // A and B are taken
    EXPECT_EQ(added.sensor.id, "alexa-lf-og");
    EXPECT_DOUBLE_EQ(added.focalLengthMm, 32.0);   // the kit's prime nearest 35 mm (32 and 50 on either side)
    EXPECT_EQ(m_document.selection()->name(), QStringLiteral("C"));
}

TEST_F(ItemInspecting, ModelsAreStoredRelativeToASavedProject)
{
    const QUrl crate = QUrl::fromLocalFile(m_demo.filePath(QStringLiteral("models/pallet_crate.gltf")));
    ASSERT_TRUE(m_library.addModel(crate)) << m_document.errorText().toStdString();
    EXPECT_EQ(m_document.project().set.pieces.back().modelPath, "models/pallet_crate.gltf");
    EXPECT_EQ(m_document.project().set.pieces.back().name, "pallet_crate");

    const Project before = m_document.project();
    EXPECT_FALSE(m_library.addModel(QUrl::fromLocalFile(QStringLiteral("/tmp/elsewhere/car.glb"))));
    EXPECT_EQ(m_document.project(), before);
    EXPECT_NE(m_document.errorText().indexOf(QStringLiteral("modelPath")), -1) << m_document.errorText().toStdString();

    m_document.newProject();   // not saved: no folder to be relative to
    EXPECT_FALSE(m_library.addModel(crate));
    EXPECT_NE(m_document.errorText().indexOf(QStringLiteral("save the project first")), -1) << m_document.errorText().toStdString();
}

TEST_F(ItemInspecting, DeleteAndDuplicateTheSelection)
{
    m_document.selection()->select(QStringLiteral("actor"), QStringLiteral("Ben"));
    ASSERT_TRUE(m_library.duplicateSelection());
    EXPECT_EQ(m_document.project().actors.back().name, "Ben 2");
    EXPECT_DOUBLE_EQ(m_document.project().actors.back().positionM.x, 3.5 + 0.5);   // demo x 3.5, offset 0.5 m
    EXPECT_EQ(m_document.selection()->name(), QStringLiteral("Ben 2"));
    ASSERT_TRUE(m_library.deleteSelection());
    EXPECT_EQ(m_document.project(), m_state0);
    EXPECT_TRUE(m_document.selection()->isEmpty());
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Delete Ben 2"));

    m_document.selection()->select(QStringLiteral("setPiece"), QStringLiteral("Chair 1"));
    ASSERT_TRUE(m_library.duplicateSelection());
    // The copy goes right after its original (the demo's piece 28), named after it.
    EXPECT_EQ(m_document.project().set.pieces[29].name, "Chair 1 2");
    EXPECT_EQ(m_document.selection()->name(), QStringLiteral("Chair 1 2"));
    EXPECT_EQ(m_document.undoText(), QStringLiteral("Duplicate \u201cChair 1\u201d"));
    ASSERT_TRUE(m_library.deleteSelection());   // the copy, selected
    EXPECT_EQ(m_document.project(), m_state0);

    m_document.selection()->select(QStringLiteral("camera"), QStringLiteral("B"));
    const Project before = m_document.project();
    EXPECT_FALSE(m_library.deleteSelection());   // shots 2A, 2B and 3 use B
    EXPECT_EQ(m_document.project(), before);
    EXPECT_FALSE(m_document.errorText().isEmpty());

    m_document.newProject();   // one camera, A
    m_document.selection()->select(QStringLiteral("camera"), QStringLiteral("A"));
    EXPECT_FALSE(m_library.deleteSelection());
    EXPECT_FALSE(m_document.errorText().isEmpty());
    EXPECT_EQ(m_document.project().cameras.size(), 1u);
}

} // namespace
} // namespace murnau
