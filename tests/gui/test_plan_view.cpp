// The plan view in the real main window, driven with the mouse and keys as a user would: dragging
// an actor (their mark, in a shot's scene; the actor, without a shot), a set piece, turning one with
// Alt+drag, selecting by clicking, zooming with the wheel about the pointer, and Ctrl+Z restoring the
// exact project. Also prints how long building and painting the plan take for the demo and for a
// heavy set (500 pieces, 20 actors): measurements for the report, not assertions.
// Needs an X display: `xvfb-run -a ctest`.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numbers>
#include <string>

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>
#include <QtQml/qqmlextensionplugin.h>

#include <gtest/gtest.h>

#include "app/bridge/plan_painter.h"
#include "app/bridge/plan_view.h"
#include "app/bridge/project_document.h"
#include "core/plan/plan_hit_test.h"
#include "core/plan/plan_scene.h"
#include "gui_test_support.h"

Q_IMPORT_QML_PLUGIN(MurnauBridgePlugin)
Q_IMPORT_QML_PLUGIN(MurnauUiPlugin)

namespace murnau {
namespace {

using namespace guitest;

constexpr int kDragSteps = 6;         // mouse moves per drag

class PlanViewWindow : public GuiTest {
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        if (IsSkipped())
            return;
        ASSERT_TRUE(m_document.load(m_demo.path()));
        ShowOptions options;
        options.size = QSize(1920, 1080);   // at 1600 x 900 the plan is at its smallest, 160 px
        m_window = showMainWindow(m_engine, m_document, options);
        ASSERT_NE(m_window, nullptr);
        m_view = m_window->findChild<PlanView*>(QStringLiteral("planView"));
        ASSERT_NE(m_view, nullptr);
        ASSERT_GT(m_view->width(), 200.0);
        ASSERT_GT(m_view->height(), 100.0);
        ASSERT_NE(m_view->planScene(), nullptr);
    }
    void TearDown() override
    {
        if (m_window)
            m_window->close();
    }

    // The window point (pixels) over plan point `planM`, through the view's own transform.
    QPointF windowPoint(const glm::dvec2& planM) const
    {
        return m_view->mapToScene(m_view->planToItem(planM.x, planM.y));
    }
    // The plan point under a window point.
    glm::dvec2 planPoint(const QPoint& windowPx) const
    {
        const QPointF planM = m_view->itemToPlan(m_view->mapFromScene(QPointF(windowPx)));
        return {planM.x(), planM.y()};
    }
    // A left drag from `from` to `to` (window pixels) in kDragSteps moves.
    void drag(const QPoint& from, const QPoint& to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mousePress(m_window, Qt::LeftButton, modifiers, from);
        for (int step = 1; step <= kDragSteps; ++step) {
            const QPointF at = QPointF(from) + QPointF(to - from) * (static_cast<double>(step) / kDragSteps);
            QTest::mouseMove(m_window, at.toPoint());
        }
        QTest::mouseRelease(m_window, Qt::LeftButton, modifiers, to);
    }
    const PlanActor& planActor(const std::string& name)
    {
        for (const PlanActor& actor : m_view->planScene()->actors)
            if (actor.name == name)
                return actor;
        ADD_FAILURE() << "no actor " << name;
        return m_view->planScene()->actors.front();
    }
    std::size_t actorIndex(const std::string& name) const
    {
        const auto& actors = m_document.project().actors;
        for (std::size_t i = 0; i < actors.size(); ++i)
            if (actors[i].name == name)
                return i;
        return actors.size();
    }
    // A solid piece (not a wall) whose base centre picks the piece itself (nothing else over it), well inside the view.
    // The fitted demo is small in the plan's 210 px, so the view is first zoomed about the largest
    // such piece until it is 60 px across, as a user would before grabbing it.
    const PlanOutline* pickablePiece()
    {
        const PlanScene* plan = m_view->planScene();
        const PlanOutline* largest = nullptr;
        double largestM = 0.0;
        for (const PlanOutline& piece : plan->pieces) {
            const double sizeM = std::min(piece.boundsM.maxM.x - piece.boundsM.minM.x, piece.boundsM.maxM.y - piece.boundsM.minM.y);
            if (!piece.solids.empty() && piece.shape != SetPieceShape::Wall && sizeM > largestM) {
                largest = &piece;
                largestM = sizeM;
            }
        }
        if (!largest)
            return nullptr;
        m_view->zoomAt(m_view->planToItem(largest->originM.x, largest->originM.y),
                       std::max(1.0, 60.0 / (largestM * m_view->pixelsPerMetre())));
        waitForFrames(*m_window, 1);
        const double toleranceM = m_view->viewTransform().toMetres(8.0);
        for (const PlanOutline& piece : plan->pieces) {
            if (piece.solids.empty() || piece.shape == SetPieceShape::Wall)
                continue;
            auto hit = planHitTest(*plan, piece.originM, toleranceM);
            const QPointF item = m_view->planToItem(piece.originM.x, piece.originM.y);
            const double spanPx = (piece.boundsM.maxM.x - piece.boundsM.minM.x) * m_view->pixelsPerMetre();
            const double depthPx = (piece.boundsM.maxM.y - piece.boundsM.minM.y) * m_view->pixelsPerMetre();
            if (hit && hit->kind == PlanItemKind::SetPiece && hit->name == piece.name && hit->distanceM == 0.0
                && spanPx > 50.0
                && depthPx > 50.0 && item.x() > 80 && item.y() > 60 && item.x() < m_view->width() - 80
                && item.y() < m_view->height() - 60)
                return &piece;
        }
        return nullptr;
    }

    DemoCopy m_demo;
    ProjectDocument m_document;
    QQmlApplicationEngine m_engine;   // after the document: the window goes first
    QQuickWindow* m_window = nullptr;
    PlanView* m_view = nullptr;
};

TEST_F(PlanViewWindow, DraggingAnActorInAShotMovesTheirMarkAsOneUndoStep)
{
    ASSERT_TRUE(m_document.player()->hasShot());   // the demo opens on its first shot
    const std::size_t scene = *m_document.player()->sceneIndexOpt();
    const Project state0 = m_document.project();
    const int steps0 = m_document.undoStack().count();
    const std::size_t anna = actorIndex("Anna");
    ASSERT_LT(anna, state0.actors.size());
    // The mark Anna stands on (or last left) at the playhead, from the shot's evaluation.
    const int markIndex = m_document.player()->evaluator()->actorPose(anna, m_document.player()->timeFlicks()).markIndex;
    const ActorBlocking* blocking = nullptr;
    for (const ActorBlocking& b : state0.scenes[scene].blocking)
        if (b.actor == "Anna")
            blocking = &b;
    ASSERT_NE(blocking, nullptr);
    const glm::dvec3 mark0 = blocking->marks[static_cast<std::size_t>(markIndex)].positionM;

    // Zoom in on Anna until her body is picked before the rail's first point, a step behind her.
    const glm::dvec2 annaM = planActor("Anna").positionM;
    m_view->zoomAt(m_view->planToItem(annaM.x, annaM.y), 80.0 / m_view->pixelsPerMetre());
    waitForFrames(*m_window, 1);
    auto hit = planHitTest(*m_view->planScene(), annaM, m_view->viewTransform().toMetres(8.0));
    ASSERT_TRUE(hit.ok());
    ASSERT_TRUE(hit->kind == PlanItemKind::Actor || hit->kind == PlanItemKind::Mark) << static_cast<int>(hit->kind);
    ASSERT_EQ(hit->name, "Anna");
    const QPoint from = windowPoint(annaM).toPoint();
    const QPoint to = from + QPoint(60, 30);
    drag(from, to);

    const double ppm = m_view->pixelsPerMetre();
    const ActorBlocking* after = nullptr;
    for (const ActorBlocking& b : m_document.project().scenes[scene].blocking)
        if (b.actor == "Anna")
            after = &b;
    ASSERT_NE(after, nullptr);
    const glm::dvec3 mark1 = after->marks[static_cast<std::size_t>(markIndex)].positionM;
    EXPECT_NEAR(mark1.x - mark0.x, 60.0 / ppm, 1e-9);
    EXPECT_NEAR(mark1.z - mark0.z, 30.0 / ppm, 1e-9);
    EXPECT_DOUBLE_EQ(mark1.y, mark0.y);
    EXPECT_EQ(m_document.project().actors, state0.actors);   // the actor's own position is not what moves
    EXPECT_EQ(m_document.undoStack().count(), steps0 + 1);   // the whole drag is one undo step
    EXPECT_FALSE(m_view->hintText().isEmpty());              // the toolbar says a mark is moved

    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(PlanViewWindow, DraggingAnActorWithoutAShotMovesTheActor)
{
    m_document.player()->selectShot(QString());   // the set as it stands: no blocking shown
    waitForFrames(*m_window, 1);
    const Project state0 = m_document.project();
    const int steps0 = m_document.undoStack().count();
    const std::size_t ben = actorIndex("Ben");
    const glm::dvec3 position0 = state0.actors[ben].positionM;

    const QPoint from = windowPoint(planActor("Ben").positionM).toPoint();
    drag(from, from + QPoint(-45, 25));
    EXPECT_EQ(m_document.selection()->kind(), QStringLiteral("actor"));
    EXPECT_EQ(m_document.selection()->name(), QStringLiteral("Ben"));

    const double ppm = m_view->pixelsPerMetre();
    const glm::dvec3 position1 = m_document.project().actors[ben].positionM;
    EXPECT_NEAR(position1.x - position0.x, -45.0 / ppm, 1e-9);
    EXPECT_NEAR(position1.z - position0.z, 25.0 / ppm, 1e-9);
    EXPECT_EQ(m_document.undoStack().count(), steps0 + 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(PlanViewWindow, SnappingPutsTheActorOnTheQuarterMetreGrid)
{
    m_document.player()->selectShot(QString());
    waitForFrames(*m_window, 1);
    m_view->setSnapToGrid(true);
    const QPoint from = windowPoint(planActor("Chloe").positionM).toPoint();
    drag(from, from + QPoint(37, -23));
    const glm::dvec3 position = m_document.project().actors[actorIndex("Chloe")].positionM;
    EXPECT_NEAR(std::remainder(position.x, 0.25), 0.0, 1e-9);
    EXPECT_NEAR(std::remainder(position.z, 0.25), 0.0, 1e-9);
}

TEST_F(PlanViewWindow, ClickSelectsAndEmptyFloorClears)
{
    const PlanOutline* piece = pickablePiece();
    ASSERT_NE(piece, nullptr);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, windowPoint(piece->originM).toPoint());
    EXPECT_EQ(m_document.selection()->kind(), QStringLiteral("setPiece"));
    EXPECT_EQ(m_document.selection()->name(), QString::fromStdString(piece->name));
    EXPECT_FALSE(m_document.canUndo());   // a click edits nothing

    // The top-left corner of the view shows nothing pickable (the fit leaves a margin round everything).
    const QPoint empty = m_view->mapToScene(QPointF(4.0, 4.0)).toPoint();
    auto hit = planHitTest(*m_view->planScene(), planPoint(empty), m_view->viewTransform().toMetres(8.0));
    ASSERT_TRUE(hit.ok());
    ASSERT_EQ(hit->kind, PlanItemKind::None);
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, empty);
    EXPECT_TRUE(m_document.selection()->isEmpty());
}

TEST_F(PlanViewWindow, DraggingASetPieceMovesItAndUndoRestores)
{
    const PlanOutline* piece = pickablePiece();
    ASSERT_NE(piece, nullptr);
    const std::string name = piece->name;
    const Project state0 = m_document.project();
    const SetPiece* before = nullptr;
    for (const SetPiece& p : state0.set.pieces)
        if (p.name == name)
            before = &p;
    ASSERT_NE(before, nullptr);
    const QPoint from = windowPoint(piece->originM).toPoint();
    drag(from, from + QPoint(40, -25));

    const double ppm = m_view->pixelsPerMetre();
    const SetPiece* after = nullptr;
    for (const SetPiece& p : m_document.project().set.pieces)
        if (p.name == name)
            after = &p;
    ASSERT_NE(after, nullptr);
    EXPECT_NEAR(after->positionM.x - before->positionM.x, 40.0 / ppm, 1e-9);
    EXPECT_NEAR(after->positionM.z - before->positionM.z, -25.0 / ppm, 1e-9);
    EXPECT_EQ(after->yawDeg, before->yawDeg);
    EXPECT_EQ(m_document.undoStack().count(), 1);
    QTest::keyClick(m_window, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_document.project(), state0);
}

TEST_F(PlanViewWindow, AltDragTurnsASetPiece)
{
    const PlanOutline* piece = pickablePiece();
    ASSERT_NE(piece, nullptr);
    const std::string name = piece->name;
    const glm::dvec2 centreM = piece->originM;
    double yaw0 = 0.0;
    for (const SetPiece& p : m_document.project().set.pieces)
        if (p.name == name)
            yaw0 = p.yawDeg;
    // Press 20 px right of the centre, sweep a quarter circle counter-clockwise to 20 px above it.
    const QPointF centre = windowPoint(centreM);
    const QPoint from = (centre + QPointF(20, 0)).toPoint();
    const QPoint to = (centre + QPointF(0, -20)).toPoint();
    QTest::mousePress(m_window, Qt::LeftButton, Qt::AltModifier, from);
    for (int step = 1; step <= kDragSteps; ++step) {
        const double angle = (std::numbers::pi / 2.0) * step / kDragSteps;
        QTest::mouseMove(m_window, (centre + 20.0 * QPointF(std::cos(angle), -std::sin(angle))).toPoint());
    }
    QTest::mouseRelease(m_window, Qt::LeftButton, Qt::AltModifier, to);

    // The yaw grows by the angle swept round the centre, measured on the page between the actual
    // (whole-pixel) press and release points: yaw towards (dx, dz) is atan2(-dx, -dz).
    const auto yawTowards = [&](const QPoint& p) {
        const QPointF d = QPointF(p) - centre;
        return std::atan2(-d.x(), -d.y()) * 180.0 / std::numbers::pi;
    };
    double expected = yaw0 + yawTowards(to) - yawTowards(from);
    expected = std::remainder(expected, 360.0);
    double yaw1 = 0.0;
    for (const SetPiece& p : m_document.project().set.pieces)
        if (p.name == name)
            yaw1 = p.yawDeg;
    EXPECT_NEAR(std::remainder(yaw1 - expected, 360.0), 0.0, 1e-6);
    EXPECT_NEAR(std::remainder(yaw1 - yaw0, 360.0), 90.0, 4.0);   // about a quarter turn
    EXPECT_EQ(m_document.undoStack().count(), 1);
}

TEST_F(PlanViewWindow, WheelZoomKeepsThePointUnderTheCursor)
{
    const QPoint at = m_view->mapToScene(QPointF(m_view->width() * 0.3, m_view->height() * 0.6)).toPoint();
    const glm::dvec2 before = planPoint(at);
    const double ppm0 = m_view->pixelsPerMetre();
    QWheelEvent wheel(QPointF(at), m_window->mapToGlobal(QPointF(at)), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_window, &wheel);
    EXPECT_NEAR(m_view->pixelsPerMetre(), ppm0 * std::sqrt(2.0), 1e-9 * ppm0);   // two notches: 2^(2/4)
    const glm::dvec2 after = planPoint(at);
    EXPECT_NEAR(after.x, before.x, 1e-9);
    EXPECT_NEAR(after.y, before.y, 1e-9);
}

TEST_F(PlanViewWindow, ArrowKeyNudgesTheSelectionOneStep)
{
    m_document.player()->selectShot(QString());
    waitForFrames(*m_window, 1);
    const std::size_t dev = actorIndex("Dev");
    const glm::dvec3 position0 = m_document.project().actors[dev].positionM;
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, windowPoint(planActor("Dev").positionM).toPoint());
    ASSERT_EQ(m_document.selection()->name(), QStringLiteral("Dev"));
    QTest::keyClick(m_window, Qt::Key_Right);
    QTest::keyClick(m_window, Qt::Key_Up);
    const glm::dvec3 position1 = m_document.project().actors[dev].positionM;
    EXPECT_NEAR(position1.x - position0.x, 0.25, 1e-12);    // metric demo: 0.25 m steps
    EXPECT_NEAR(position1.z - position0.z, -0.25, 1e-12);   // up the page is -z
    EXPECT_EQ(m_document.undoStack().count(), 2);           // one undo step per press
}

// The painter needs no item: the shot list's PDF export hands it a QPdfWriter page.
TEST_F(PlanViewWindow, PaintsOntoAPdfPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(300);
        QPainter painter(&writer);
        const QRectF page(0, 0, writer.width(), writer.height());
        PlanStyle style = PlanStyle::paper();
        style.pixelScale = 300.0 / 96.0;   // screen pixels at 96 dpi to 300 dpi device units
        PlanPaintOptions options;
        auto view = fitPlanView(m_view->planScene()->boundsM, {page.width(), page.height()}, 60.0, 0.5, 1e5);
        ASSERT_TRUE(view.ok());
        options.view = *view;
        options.pageRect = page;
        options.actorColors = planActorColors(m_document.project());
        PlanPainter(style).paint(painter, *m_view->planScene(), options);
    }
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 2000);
}

// Not an assertion: how long the plan takes to build and paint, for the report.
TEST_F(PlanViewWindow, MeasurePaintTimes)
{
    const auto measure = [](const char* label, const Project& project, const PlanRequest& request) {
        constexpr int kRuns = 10;
        QElapsedTimer timer;
        timer.start();
        std::optional<PlanScene> plan;
        for (int i = 0; i < kRuns; ++i) {
            auto built = buildPlanScene(project, request);
            ASSERT_TRUE(built.ok()) << built.error().describe();
            plan = std::move(built).value();
        }
        const double buildMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / kRuns;
        QImage image(1300, 340, QImage::Format_ARGB32_Premultiplied);
        PlanPaintOptions options;
        auto view = fitPlanView(plan->boundsM, {1300.0, 340.0}, 24.0, 0.5, 4000.0);
        ASSERT_TRUE(view.ok());
        options.view = *view;
        options.pageRect = QRectF(0, 0, 1300, 340);
        options.actorColors = planActorColors(project);
        const PlanPainter painter;
        timer.restart();
        for (int i = 0; i < kRuns; ++i) {
            QPainter p(&image);
            painter.paint(p, *plan, options);
        }
        const double paintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6 / kRuns;
        std::printf("[plan] %s: %zu pieces, %zu actors: build %.2f ms, paint %.2f ms (1300x340)\n", label,
                    project.set.pieces.size(), project.actors.size(), buildMs, paintMs);
    };
    const Project& demo = m_document.project();
    PlanRequest shot;
    shot.sceneIndex = m_document.player()->sceneIndexOpt();
    shot.shotId = m_document.player()->shotId().toStdString();
    measure("demo, first shot", demo, shot);

    // A heavy set: 500 boxes on a grid and 20 actors (copies of the demo's, renamed and spread out).
    Project heavy = demo;
    const SetPiece box = [&] {
        for (const SetPiece& p : demo.set.pieces)
            if (p.shape == SetPieceShape::Box)
                return p;
        return demo.set.pieces.front();
    }();
    for (int i = 0; i < 500; ++i) {
        SetPiece piece = box;
        piece.name = "Heavy box " + std::to_string(i);
        piece.positionM = {-18.0 + 1.5 * (i % 25), 0.0, -15.0 + 1.5 * (i / 25)};
        piece.yawDeg = (i * 7) % 90;
        heavy.set.pieces.push_back(piece);
    }
    for (int i = static_cast<int>(heavy.actors.size()); i < 20; ++i) {
        Actor actor = demo.actors.front();
        actor.name = "Extra " + std::to_string(i);
        actor.positionM = {-10.0 + i, 0.0, 12.0};
        heavy.actors.push_back(actor);
    }
    measure("heavy set, first shot", heavy, shot);
    std::printf("[plan] last on-screen paint of the demo: %.2f ms (%.0fx%.0f px)\n", m_view->lastPaintMs(),
                m_view->width(), m_view->height());
}

} // namespace
} // namespace murnau

int main(int argc, char* argv[])
{
    return murnau::guitest::runGuiTests(argc, argv);
}
