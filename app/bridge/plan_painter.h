#pragma once
// Paints a core PlanScene (core/plan/plan_scene.h) onto any QPainter: the plan view's screen, and
// the shot list's PDF through a QPdfWriter. It only draws what core computed, through a
// world-to-page transform (core/plan/plan_view_transform.h); it knows nothing of items or windows.

#include <utility>
#include <vector>

#include <QColor>
#include <QRectF>
#include <QString>

#include "core/plan/plan_scene.h"
#include "core/plan/plan_view_transform.h"
#include "core/scene/project.h"

class QPainter;

namespace murnau {

// Colours and sizes of the plan. Sizes are in screen pixels, multiplied by `pixelScale` page units
// per pixel (1 on screen; more for a high-resolution printer), so a print looks like the screen.
struct PlanStyle {
    QColor background{0x1a, 0x1b, 0x1e};      // Theme.viewportClear: around the floor
    QColor floorFill{0x22, 0x24, 0x28};       // the set's floor
    QColor floorEdge{0x5a, 0x5e, 0x66};       // Theme.textFaint
    QColor gridMinor{0x2e, 0x31, 0x36};       // minor grid lines (Theme.gridMinor, blended down onto the floor)
    QColor gridMajor{0x44, 0x48, 0x4f};       // major grid lines
    QColor pieceFill{0x3a, 0x3d, 0x44};       // set pieces' solids
    QColor pieceEdge{0x9a, 0x9e, 0xa6};       // their outline
    QColor detail{0x86, 0x8a, 0x92};          // doors, windows, risers (Theme.textDim)
    QColor text{0xd4, 0xd6, 0xda};            // Theme.text
    QColor textDim{0x86, 0x8a, 0x92};         // Theme.textDim: piece names, readouts
    QColor accent{0xf0, 0xa5, 0x30};          // Theme.accent: the camera, the selection
    QColor rail{0x6f, 0xa8, 0xdc};            // the dolly track
    QColor labelBackground{0x16, 0x17, 0x1a, 200};   // Theme.panel, under readouts
    QString fontFamily = QStringLiteral("DejaVu Sans");   // Theme.fontFamily
    double fontPx = 11.0;                     // Theme.fontSmall, pixels
    double pixelScale = 1.0;                  // page units per pixel

    // The app's dark theme (qml/Theme.qml).
    static PlanStyle dark() { return PlanStyle{}; }
    // Black on white paper, for prints.
    static PlanStyle paper();
};

// The item to draw highlighted, named as Selection names it (app/bridge/selection.h).
struct PlanHighlight {
    QString kind;          // "", "actor", "setPiece", "camera", "mark", "viaPoint", "railPoint"
    QString name;          // the actor, piece or camera; for marks and via points the actor
    int index = -1;        // mark, via point or rail point index
    int markIndex = -1;    // via point: its mark
};

// What to paint and where.
struct PlanPaintOptions {
    PlanViewTransform view;                    // plan metres to page units
    QRectF pageRect;                           // the area to paint, page units (also clips the grid)
    DisplayUnits units = DisplayUnits::Metric; // lengths in the readouts, the grid and the scale bar
    PlanHighlight highlight;                   // the selected item
    std::vector<QColor> actorColors;           // Project::actors order; missing ones get the accent
    bool showGrid = true;
    bool showDistances = true;                 // the lens-to-actor readouts
    bool showScaleBar = true;
    double gridMinSpacingPx = 12.0;            // closest grid lines allowed, pixels
};

// The actor colours of `project`, in Project::actors order.
[[nodiscard]] std::vector<QColor> planActorColors(const Project& project);

// Paints plans in one style.
class PlanPainter {
public:
    explicit PlanPainter(PlanStyle style = PlanStyle::dark()) : m_style(std::move(style)) {}

    // Paints `plan` with `options` (saves and restores the painter's state).
    void paint(QPainter& painter, const PlanScene& plan, const PlanPaintOptions& options) const;

    const PlanStyle& style() const { return m_style; }

private:
    PlanStyle m_style;
};

} // namespace murnau
