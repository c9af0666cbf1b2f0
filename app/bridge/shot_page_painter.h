#pragma once
// One shot's page (or half page) of the shot list PDF (shot_list_pdf.h): its start, middle and
// end frames, each captioned with its time and lens; the plan of the set for the shot (the
// PlanPainter in print style: the track, the camera's path, the camera at the start and at the
// end with its angle of view, the actors' walks and marks) fitted to what the shot uses; the
// figures block (lens, subject distance, height, track, dolly speed, movement, focus marks,
// warnings in red); the description and the notes. Laid out in print layout units.

#include <array>
#include <optional>

#include <QImage>
#include <QRectF>
#include <QString>

#include "app/bridge/plan_painter.h"
#include "core/export/shot_list.h"
#include "core/plan/plan_geometry.h"
#include "core/plan/plan_scene.h"
#include "core/scene/project.h"

class QPainter;

namespace murnau {

// Everything a shot's page shows.
struct ShotPageContent {
    const ShotListRow* row = nullptr;       // the shot's row (must outlive painting)
    QString title;                          // "Scene 1 · Shot 1A — Anna walks the aisle"
    QString subtitle;                       // "INT WAREHOUSE · DAY · setup A1 · camera A · planned"
    std::array<QImage, 3> frames;           // start, middle, end (null: not rendered)
    std::array<QString, 3> frameCaptions;   // "Start · 0.00 s · 35 mm"
    std::optional<PlanScene> plan;          // the plan at the shot's start, with the end camera added
    PlanBounds planFocusM;                  // what the plan is fitted to, plan metres
    QString planError;                      // why there is no plan
    std::vector<QColor> actorColors;        // Project::actors order
    DisplayUnits units = DisplayUnits::Metric;
};

// Where a shot block's parts go, layout units.
struct ShotPageLayout {
    QRectF title;                   // the block's own title bar (half pages only; empty on a full page)
    std::array<QRectF, 3> frames;   // the pictures
    QRectF plan;
    QRectF figures;                 // figures, warnings, description and notes
};

// The layout of a shot block in `area`: a full page's body (frames across the top, plan and
// figures below) or a half page (frames stacked on the left, plan in the middle, figures right).
[[nodiscard]] ShotPageLayout shotPageLayout(const QRectF& area, double pictureAspect, bool halfPage);

// Paints `content` into `area` (a full page's body under its heading, or one half of a page).
void paintShotPage(QPainter& painter, const QRectF& area, const ShotPageContent& content, bool halfPage);

} // namespace murnau
