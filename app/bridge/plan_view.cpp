#include "app/bridge/plan_view.h"

#include <cmath>

#include <QCursor>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "app/bridge/project_document.h"
#include "core/plan/plan_grid.h"
#include "core/plan/plan_hit_test.h"
#include "core/plan/plan_snap.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

constexpr double kHitTolerancePx = 8.0;      // how near the pointer must be to pick an item, pixels
constexpr double kDragThresholdPx = 3.0;     // travel before a press becomes a drag, pixels
constexpr double kFitMarginPx = 24.0;        // space left round everything when fitting, pixels
constexpr double kMinZoomPxPerM = 0.5;       // furthest out: 1 px per 2 m
constexpr double kMaxZoomPxPerM = 4000.0;    // furthest in: 4 px per millimetre
constexpr double kWheelZoomPerNotch = 1.189207115002721;   // 2^(1/4): four notches double the scale
constexpr double kTurnSnapDeg = 15.0;        // turning snaps to 15 degree steps when snapping is on

glm::dvec2 vec(const QPointF& point) { return {point.x(), point.y()}; }

} // namespace

PlanView::PlanView(QQuickItem* parent) : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton | Qt::MiddleButton | Qt::RightButton);
    setAcceptHoverEvents(true);
    setFlag(ItemAcceptsInputMethod, false);
    setActiveFocusOnTab(true);
    setAntialiasing(true);
    setOpaquePainting(true);
}

void PlanView::setDocument(ProjectDocument* document)
{
    if (m_document == document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
        disconnect(m_document->selection(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &PlanView::markStale);
        connect(m_document, &ProjectDocument::documentChanged, this, [this] {
            markStale();
            emit documentChanged();   // snapLabel follows the display units
        });
        connect(m_document, &ProjectDocument::fileChanged, this, [this] {
            m_needsFit = true;
            markStale();
        });
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &PlanView::markStale);
        connect(m_document->player(), &ShotPlayer::timeChanged, this, &PlanView::markStale);
        connect(m_document->selection(), &Selection::changed, this, [this] { update(); });
    }
    m_needsFit = true;
    markStale();
    emit documentChanged();
}

void PlanView::setSnapToGrid(bool snap)
{
    if (m_snapToGrid == snap)
        return;
    m_snapToGrid = snap;
    emit snapToGridChanged();
}

void PlanView::setShowDistances(bool show)
{
    if (m_showDistances == show)
        return;
    m_showDistances = show;
    emit showDistancesChanged();
    update();
}

QString PlanView::snapLabel() const
{
    const DisplayUnits units = m_document ? m_document->project().displayUnits : DisplayUnits::Metric;
    return QString::fromStdString(gridLengthLabel(snapStepM(), units));
}

double PlanView::snapStepM() const
{
    const bool imperial = m_document && m_document->project().displayUnits == DisplayUnits::Imperial;
    return imperial ? kImperialSnapStepM : kMetricSnapStepM;
}

double PlanView::dragSnapStepM(Qt::KeyboardModifiers modifiers) const
{
    const bool snap = m_snapToGrid != modifiers.testFlag(Qt::ShiftModifier);
    return snap ? snapStepM() : 0.0;
}

void PlanView::markStale()
{
    m_planStale = true;
    polish();
    update();
}

void PlanView::updatePolish()
{
    planScene();
    if (m_needsFit)
        fit();
}

const PlanScene* PlanView::planScene()
{
    if (!m_planStale)
        return m_plan ? &*m_plan : nullptr;
    m_planStale = false;
    QString error;
    m_plan.reset();
    if (m_document && m_document->isLoaded()) {
        const ShotPlayer* player = m_document->player();
        PlanRequest request;
        if (player->hasShot()) {
            request.sceneIndex = player->sceneIndexOpt();
            request.shotId = player->shotId().toStdString();
            request.time = player->timeFlicks();
        }
        Result<PlanScene> plan = buildPlanScene(m_document->project(), request);
        if (!plan && player->hasShot())
            plan = buildPlanScene(m_document->project(), PlanRequest{});   // at least the set as it stands
        if (plan)
            m_plan = std::move(plan).value();
        else
            error = QString::fromStdString(plan.error().describe());
    }
    if (error != m_planError) {
        m_planError = error;
    }
    emit planChanged();
    return m_plan ? &*m_plan : nullptr;
}

void PlanView::setView(const PlanViewTransform& view)
{
    m_view = view;
    emit viewChanged();
    update();
}

void PlanView::fit()
{
    const PlanScene* plan = planScene();
    if (!plan || width() <= 2 * kFitMarginPx || height() <= 2 * kFitMarginPx) {
        m_needsFit = true;
        return;
    }
    auto view = fitPlanView(plan->boundsM, {width(), height()}, kFitMarginPx, kMinZoomPxPerM, kMaxZoomPxPerM);
    if (!view)
        return;
    m_needsFit = false;
    setView(*view);
}

void PlanView::zoomAt(const QPointF& itemPx, double factor)
{
    setView(zoomPlanView(m_view, vec(itemPx), factor, kMinZoomPxPerM, kMaxZoomPxPerM));
    setCursorPlanPoint(itemPx);
}

QPointF PlanView::planToItem(double xM, double zM) const
{
    const glm::dvec2 page = m_view.toPage({xM, zM});
    return {page.x, page.y};
}

QPointF PlanView::itemToPlan(const QPointF& itemPx) const
{
    const glm::dvec2 planM = m_view.toPlan(vec(itemPx));
    return {planM.x, planM.y};
}

void PlanView::paint(QPainter* painter)
{
    QElapsedTimer timer;
    timer.start();
    const PlanScene* plan = planScene();
    const QRectF rect(0, 0, width(), height());
    if (!plan) {
        painter->fillRect(rect, m_painter.style().background);
        painter->setPen(m_painter.style().textDim);
        painter->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap,
                          m_planError.isEmpty() ? tr("No project") : m_planError);
        m_lastPaintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        return;
    }
    PlanPaintOptions options;
    options.view = m_view;
    options.pageRect = rect;
    options.units = m_document->project().displayUnits;
    options.actorColors = planActorColors(m_document->project());
    options.showDistances = m_showDistances;
    const Selection* selection = m_document->selection();
    options.highlight = {selection->kind(), selection->name(), selection->index(), selection->markIndex()};
    if (options.highlight.kind != QLatin1String("mark") && options.highlight.kind != QLatin1String("viaPoint")
        && options.highlight.kind != QLatin1String("railPoint"))
        options.highlight.index = -1;
    if (options.highlight.kind != QLatin1String("viaPoint"))
        options.highlight.markIndex = -1;
    m_painter.paint(*painter, *plan, options);
    m_lastPaintMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void PlanView::setCursorPlanPoint(const QPointF& itemPx)
{
    if (!m_document)
        return;
    const glm::dvec2 planM = m_view.toPlan(vec(itemPx));
    const DisplayUnits units = m_document->project().displayUnits;
    const QString text = QStringLiteral("x %1   z %2")
                             .arg(QString::fromStdString(formatLength(planM.x, units)),
                                  QString::fromStdString(formatLength(planM.y, units)));
    if (text == m_cursorText)
        return;
    m_cursorText = text;
    emit cursorTextChanged();
}

void PlanView::setHint(const QString& text, bool isError)
{
    if (text == m_hintText && isError == m_hintIsError)
        return;
    m_hintText = text;
    m_hintIsError = isError;
    emit hintTextChanged();
}

void PlanView::selectHit(const PlanHit& hit)
{
    Selection* selection = m_document->selection();
    const QString name = QString::fromStdString(hit.name);
    const int index = static_cast<int>(hit.index);
    switch (hit.kind) {
    case PlanItemKind::None: selection->clear(); break;
    case PlanItemKind::RailPoint: selection->select(QStringLiteral("railPoint"), QString(), index); break;
    case PlanItemKind::Mark: selection->select(QStringLiteral("mark"), name, index); break;
    case PlanItemKind::ViaPoint:
        selection->select(QStringLiteral("viaPoint"), name, index, static_cast<int>(hit.markIndex));
        break;
    case PlanItemKind::Actor: selection->select(QStringLiteral("actor"), name); break;
    case PlanItemKind::Camera: selection->select(QStringLiteral("camera"), name); break;
    case PlanItemKind::SetPiece: selection->select(QStringLiteral("setPiece"), name); break;
    }
}

void PlanView::mousePressEvent(QMouseEvent* event)
{
    forceActiveFocus(Qt::MouseFocusReason);
    m_pressPx = m_lastPx = event->position();
    m_pressM = m_view.toPlan(vec(m_pressPx));
    m_target.reset();
    m_edited = false;
    event->accept();
    const bool panButton = event->button() == Qt::MiddleButton || event->button() == Qt::RightButton;
    if (panButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_dragMode = DragMode::Pan;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    const PlanScene* plan = planScene();
    if (event->button() != Qt::LeftButton || !plan || !m_document) {
        m_dragMode = DragMode::None;
        return;
    }
    auto hit = planHitTest(*plan, m_pressM, m_view.toMetres(kHitTolerancePx));
    if (!hit || hit->kind == PlanItemKind::None) {
        // Empty floor: clear the selection; a drag from here pans.
        m_document->selection()->clear();
        setHint(QString(), false);
        m_dragMode = DragMode::Pan;
        return;
    }
    selectHit(*hit);
    const ShotPlayer* player = m_document->player();
    auto target = planDragTarget(m_document->project(), *hit, plan->sceneIndex, player->evaluator(),
                                 player->timeFlicks());
    if (!target) {
        m_dragMode = DragMode::None;
        setHint(QString::fromStdString(target.error().describe()), true);
        return;
    }
    m_target = std::move(target).value();
    m_turnRequested = event->modifiers().testFlag(Qt::AltModifier);
    m_dragMode = DragMode::Press;
    setHint(QString::fromStdString(m_target->describe()), false);
}

void PlanView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    setCursorPlanPoint(pos);
    event->accept();
    switch (m_dragMode) {
    case DragMode::None: return;
    case DragMode::Pan: {
        PlanViewTransform view = m_view;
        view.originPx += vec(pos - m_lastPx);
        m_lastPx = pos;
        setView(view);
        return;
    }
    case DragMode::Press: {
        const QPointF travel = pos - m_pressPx;
        if (std::hypot(travel.x(), travel.y()) < kDragThresholdPx)
            return;
        const bool turn = m_turnRequested;
        if (turn && !m_target->canTurn) {
            setHint(QString::fromStdString(planTurnEdit(m_document->project(), *m_target, 0.0, {}).error().message),
                    true);
            m_dragMode = DragMode::None;
            return;
        }
        m_dragMode = turn ? DragMode::Turn : DragMode::Move;
        m_mergeKey = m_document->dragKey(m_target->keyBase(turn));
        continueDrag(pos, event->modifiers());
        return;
    }
    case DragMode::Move:
    case DragMode::Turn: continueDrag(pos, event->modifiers()); return;
    }
}

void PlanView::continueDrag(const QPointF& itemPx, Qt::KeyboardModifiers modifiers)
{
    if (!m_target || !m_document)
        return;
    const glm::dvec2 cursorM = m_view.toPlan(vec(itemPx));
    const Project& project = m_document->project();
    Result<Edit> edit = fail("target", "no drag");
    if (m_dragMode == DragMode::Move) {
        const glm::dvec2 anchorM = planDragPosition(m_target->anchorM, m_pressM, cursorM, dragSnapStepM(modifiers));
        edit = planMoveEdit(project, *m_target, anchorM, m_mergeKey);
    } else {
        const double snapDeg = dragSnapStepM(modifiers) > 0.0 ? kTurnSnapDeg : 0.0;
        const double yawDeg = planDragYawDeg(m_target->yawDeg, m_target->anchorM, m_pressM, cursorM, snapDeg);
        edit = planTurnEdit(project, *m_target, yawDeg, m_mergeKey);
    }
    if (m_document->perform(edit)) {
        m_edited = true;
        return;
    }
    // Refused: core's message, and this drag stops (what was done so far stays one undo step).
    setHint(m_document->errorText(), true);
    endItemDrag();
}

void PlanView::endItemDrag()
{
    if (m_edited && m_document)
        m_document->endDrag();
    m_edited = false;
    m_dragMode = DragMode::None;
    m_target.reset();
}

void PlanView::mouseReleaseEvent(QMouseEvent* event)
{
    event->accept();
    if (m_dragMode == DragMode::Pan)
        unsetCursor();
    endItemDrag();
}

void PlanView::hoverMoveEvent(QHoverEvent* event)
{
    setCursorPlanPoint(event->position());
    QQuickPaintedItem::hoverMoveEvent(event);
}

void PlanView::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0.0) {
        event->ignore();
        return;
    }
    zoomAt(event->position(), std::pow(kWheelZoomPerNotch, notches));
    event->accept();
}

bool PlanView::handlesKey(int key) const
{
    return key == Qt::Key_F || key == Qt::Key_Space || key == Qt::Key_Left || key == Qt::Key_Right
        || key == Qt::Key_Up || key == Qt::Key_Down;
}

bool PlanView::event(QEvent* event)
{
    // While the plan has the focus, its keys win over window shortcuts.
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers others = key->modifiers() & ~Qt::KeyboardModifiers(Qt::ShiftModifier | Qt::KeypadModifier);
        if (handlesKey(key->key()) && !others) {
            event->accept();
            return true;
        }
    }
    return QQuickPaintedItem::event(event);
}

void PlanView::keyPressEvent(QKeyEvent* event)
{
    const double stepM = snapStepM();
    switch (event->key()) {
    case Qt::Key_F: fit(); break;
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            m_spaceHeld = true;
        break;
    case Qt::Key_Left: nudgeSelection(-stepM, 0.0); break;
    case Qt::Key_Right: nudgeSelection(stepM, 0.0); break;
    case Qt::Key_Up: nudgeSelection(0.0, -stepM); break;     // up the page is -z
    case Qt::Key_Down: nudgeSelection(0.0, stepM); break;
    default: QQuickPaintedItem::keyPressEvent(event); return;
    }
    event->accept();
}

void PlanView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        event->accept();
        return;
    }
    QQuickPaintedItem::keyReleaseEvent(event);
}

void PlanView::nudgeSelection(double dxM, double dzM)
{
    if (!m_document || m_dragMode != DragMode::None)
        return;
    const PlanScene* plan = planScene();
    const Selection* selection = m_document->selection();
    if (!plan || selection->isEmpty())
        return;
    const PlanHit hit = planHitForSelection(m_document->project(), *plan, selection->kind().toStdString(),
                                            selection->name().toStdString(), selection->index(),
                                            selection->markIndex());
    const ShotPlayer* player = m_document->player();
    auto target = planDragTarget(m_document->project(), hit, plan->sceneIndex, player->evaluator(),
                                 player->timeFlicks());
    if (!target)
        return;
    setHint(QString::fromStdString(target->describe()), false);
    if (!m_document->perform(planMoveEdit(m_document->project(), *target, target->anchorM + glm::dvec2(dxM, dzM), {})))
        setHint(m_document->errorText(), true);
}

void PlanView::geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    // Keep the plan point at the centre where it was.
    if (!m_needsFit && oldGeometry.isValid()) {
        PlanViewTransform view = m_view;
        view.originPx += 0.5 * vec(QPointF(newGeometry.width() - oldGeometry.width(),
                                           newGeometry.height() - oldGeometry.height()));
        setView(view);
    }
    if (m_needsFit)
        polish();
}

} // namespace murnau
