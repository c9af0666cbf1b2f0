#pragma once
// The plan view: the set from straight above, to scale, as a Qt Quick item (QML type PlanView).
// It shows the document's plan at the shot player's shot and playhead (core's PlanScene, cached
// and rebuilt only when the project, the shot or the playhead change), painted by PlanPainter.
// Wheel zooms about the cursor, middle/right drag or Space+left drag (or a left drag on empty
// floor) pans, F fits. A left click selects through core's hit test; a left drag moves the item
// under the press (Alt+drag turns it), snapping to the grid when snapToGrid is on (Shift inverts);
// arrow keys nudge the selection by one snap step. Every drag is one undo step.

#include <optional>
#include <string>

#include <QElapsedTimer>
#include <QPointF>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/plan_item_edits.h"
#include "app/bridge/plan_painter.h"
#include "core/plan/plan_scene.h"
#include "core/plan/plan_view_transform.h"

namespace murnau {

class ProjectDocument;

class PlanView : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    Q_PROPERTY(bool snapToGrid READ snapToGrid WRITE setSnapToGrid NOTIFY snapToGridChanged)       // drags snap to snapStepM
    Q_PROPERTY(bool showDistances READ showDistances WRITE setShowDistances NOTIFY showDistancesChanged) // lens-to-actor readouts
    Q_PROPERTY(QString cursorText READ cursorText NOTIFY cursorTextChanged)     // "x 1.25 m   z -3.40 m" under the pointer
    Q_PROPERTY(QString hintText READ hintText NOTIFY hintTextChanged)           // what the drag moves, or why it was refused
    Q_PROPERTY(bool hintIsError READ hintIsError NOTIFY hintTextChanged)        // hintText is core's refusal
    Q_PROPERTY(QString snapLabel READ snapLabel NOTIFY documentChanged)         // "0.25 m" / "6 in": the snap and nudge step
    Q_PROPERTY(QString planError READ planError NOTIFY planChanged)             // why the plan cannot be built, else ""
    Q_PROPERTY(double pixelsPerMetre READ pixelsPerMetre NOTIFY viewChanged)    // zoom, item pixels per metre

public:
    explicit PlanView(QQuickItem* parent = nullptr);

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    bool snapToGrid() const { return m_snapToGrid; }
    void setSnapToGrid(bool snap);
    bool showDistances() const { return m_showDistances; }
    void setShowDistances(bool show);
    QString cursorText() const { return m_cursorText; }
    QString hintText() const { return m_hintText; }
    bool hintIsError() const { return m_hintIsError; }
    QString snapLabel() const;
    QString planError() const { return m_planError; }
    double pixelsPerMetre() const { return m_view.pixelsPerMetre; }

    // Frames everything drawn (PlanScene::boundsM) in the item.
    Q_INVOKABLE void fit();
    // Zooms by `factor` keeping the plan point under `itemPx` fixed.
    Q_INVOKABLE void zoomAt(const QPointF& itemPx, double factor);
    // The item point (pixels) of plan point (xM, zM), and back (x = world x, y = world z, metres).
    Q_INVOKABLE QPointF planToItem(double xM, double zM) const;
    Q_INVOKABLE QPointF itemToPlan(const QPointF& itemPx) const;

    // The transform the view paints with (plan metres to item pixels).
    const PlanViewTransform& viewTransform() const { return m_view; }
    // The cached plan, rebuilt first if the project, shot or playhead changed; null when it cannot be built.
    const PlanScene* planScene();
    // How long the last paint took (building a stale plan included), milliseconds.
    double lastPaintMs() const { return m_lastPaintMs; }

    void paint(QPainter* painter) override;

signals:
    void documentChanged();
    void snapToGridChanged();
    void showDistancesChanged();
    void cursorTextChanged();
    void hintTextChanged();
    void planChanged();
    void viewChanged();

protected:
    bool event(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void hoverMoveEvent(QHoverEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void geometryChange(const QRectF& newGeometry, const QRectF& oldGeometry) override;
    // On the GUI thread before each frame's sync: rebuilds a stale plan and fits the view when it
    // asks for it, so paint(), which Qt Quick calls on its render thread, only reads.
    void updatePolish() override;

private:
    enum class DragMode { None, Pan, Press, Move, Turn };

    void markStale();
    void setCursorPlanPoint(const QPointF& itemPx);
    void setHint(const QString& text, bool isError);
    void setView(const PlanViewTransform& view);
    double snapStepM() const;
    // The snap step for a drag with `modifiers` (Shift inverts snapToGrid), metres; 0 for none.
    double dragSnapStepM(Qt::KeyboardModifiers modifiers) const;
    // Selects what `hit` names (clears on None).
    void selectHit(const PlanHit& hit);
    // Starts, continues or ends an item drag.
    void continueDrag(const QPointF& itemPx, Qt::KeyboardModifiers modifiers);
    void endItemDrag();
    // Moves the selection by (dxM, dzM) as one undo step.
    void nudgeSelection(double dxM, double dzM);
    bool handlesKey(int key) const;

    QPointer<ProjectDocument> m_document;
    PlanPainter m_painter;
    PlanViewTransform m_view;
    std::optional<PlanScene> m_plan;     // the cache
    bool m_planStale = true;
    bool m_needsFit = true;              // fit once the item has a size and a plan
    QString m_planError;
    bool m_snapToGrid = false;
    bool m_showDistances = true;
    QString m_cursorText;
    QString m_hintText;
    bool m_hintIsError = false;
    bool m_spaceHeld = false;
    double m_lastPaintMs = 0.0;

    // The drag in progress.
    DragMode m_dragMode = DragMode::None;
    bool m_turnRequested = false;        // Alt was held at the press
    QPointF m_pressPx;                   // item pixels
    QPointF m_lastPx;                    // item pixels, for panning
    glm::dvec2 m_pressM{0.0};            // plan metres under the press
    std::optional<PlanDragTarget> m_target;
    std::string m_mergeKey;
    bool m_edited = false;               // a step of the drag was performed
};

} // namespace murnau
