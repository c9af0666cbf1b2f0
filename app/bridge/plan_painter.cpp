#include "app/bridge/plan_painter.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <span>
#include <string>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>

#include "core/plan/plan_grid.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

// A text waiting to be placed: labels are laid out last, most important first, each in the first
// spot round its anchor that overlaps no label or marker already there.
struct Label {
    int priority = 0;            // lower first
    QPointF anchor;              // the point it names, page units
    double clearance = 0.0;      // gap between the anchor and the text box, page units (0: centred on it)
    QString text;
    QColor color;
    double sizePx = 11.0;
    bool backing = false;        // on a panel-coloured box
    bool optional = false;       // dropped when every spot is taken (else drawn at its first spot)
};

// A font of one pixel size and its metrics, made once per paint.
struct FontEntry {
    QFont font;
    QFontMetricsF metrics;
};

// Everything one paint call needs, so the helpers below stay short.
struct Canvas {
    QPainter& p;
    const PlanStyle& style;
    const PlanPaintOptions& options;
    std::vector<Label>& labels;        // to place after everything is drawn
    std::vector<QRectF>& obstacles;    // markers labels keep clear of, page units
    std::map<int, FontEntry>& fonts;   // by pixel size (page units)

    void addLabel(Label l) const { labels.push_back(std::move(l)); }
    void addObstacle(const QPointF& centre, double radius) const
    {
        obstacles.emplace_back(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    }

    // Pixels to page units.
    double px(double pixels) const { return pixels * style.pixelScale; }
    QPointF page(const glm::dvec2& planM) const
    {
        const glm::dvec2 pagePoint = options.view.toPage(planM);
        return {pagePoint.x, pagePoint.y};
    }
    QPolygonF polygon(std::span<const glm::dvec2> pointsM) const
    {
        QPolygonF polygon;
        polygon.reserve(static_cast<qsizetype>(pointsM.size()));
        for (const glm::dvec2& point : pointsM)
            polygon << page(point);
        return polygon;
    }
    QPen pen(const QColor& color, double widthPx, Qt::PenStyle penStyle = Qt::SolidLine) const
    {
        return QPen(color, px(widthPx), penStyle, Qt::RoundCap, Qt::RoundJoin);
    }
    const FontEntry& fontEntry(double sizePx) const
    {
        const int pixels = std::max(1, static_cast<int>(std::lround(px(sizePx))));
        auto found = fonts.find(pixels);
        if (found == fonts.end()) {
            QFont font(style.fontFamily);
            font.setPixelSize(pixels);
            found = fonts.emplace(pixels, FontEntry{font, QFontMetricsF(font, p.device())}).first;
        }
        return found->second;
    }
    const QFont& font(double sizePx) const { return fontEntry(sizePx).font; }
    bool highlighted(const char* kind, const std::string& name, int index = -1, int markIndex = -1) const
    {
        const PlanHighlight& h = options.highlight;
        return h.kind == QLatin1String(kind) && h.name == QString::fromStdString(name) && h.index == index
            && h.markIndex == markIndex;
    }
    QColor actorColor(std::size_t actorIndex) const
    {
        return actorIndex < options.actorColors.size() ? options.actorColors[actorIndex] : style.accent;
    }
    // Text centred at `centre`, optionally on a backing box.
    void text(const QPointF& centre, const QString& label, const QColor& color, double sizePx, bool backing = false) const
    {
        const FontEntry& entry = fontEntry(sizePx);
        p.setFont(entry.font);
        QRectF box(0, 0, entry.metrics.horizontalAdvance(label) + px(6), entry.metrics.height() + px(2));
        box.moveCenter(centre);
        if (backing) {
            p.setPen(Qt::NoPen);
            p.setBrush(style.labelBackground);
            p.drawRoundedRect(box, px(3), px(3));
        }
        p.setPen(color);
        p.drawText(box, Qt::AlignCenter, label);
    }
    double textWidth(const QString& label, double sizePx) const
    {
        return fontEntry(sizePx).metrics.horizontalAdvance(label);
    }
};

// Draws `line` unless it has no length (all its points in one place): a stroked line of no
// length draws nothing on screen but leaves a broken path in a PDF ("closepath" without a point).
void drawOpenLine(QPainter& p, const QPolygonF& line)
{
    for (const QPointF& point : line) {
        if (point != line.front()) {
            p.drawPolyline(line);
            return;
        }
    }
}

void paintFloorAndGrid(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    p.fillRect(c.options.pageRect, c.style.background);
    if (plan.floorM.size() >= 3) {
        p.setPen(c.pen(c.style.floorEdge, 1.0));
        p.setBrush(c.style.floorFill);
        p.drawPolygon(c.polygon(plan.floorM));
    }
    if (!c.options.showGrid)
        return;
    // Grid spacing is chosen in screen pixels, so a print uses the same density as the screen.
    const double ppmScreen = c.options.view.pixelsPerMetre / c.style.pixelScale;
    auto grid = planGrid(ppmScreen, c.options.units, c.options.gridMinSpacingPx);
    if (!grid)
        return;
    const QRectF r = c.options.pageRect;
    const glm::dvec2 lowM = c.options.view.toPlan({r.left(), r.top()});
    const glm::dvec2 highM = c.options.view.toPlan({r.right(), r.bottom()});
    auto columns = planGridLines(*grid, lowM.x, highM.x);
    auto rows = planGridLines(*grid, lowM.y, highM.y);
    if (!columns || !rows)
        return;
    for (bool major : {false, true}) {
        p.setPen(c.pen(major ? c.style.gridMajor : c.style.gridMinor, 1.0));
        for (const PlanGridLine& line : *columns)
            if (line.major == major) {
                const double x = c.options.view.toPage({line.positionM, 0.0}).x;
                p.drawLine(QPointF(x, r.top()), QPointF(x, r.bottom()));
            }
        for (const PlanGridLine& line : *rows)
            if (line.major == major) {
                const double y = c.options.view.toPage({0.0, line.positionM}).y;
                p.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
            }
    }
}

void paintPieces(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    for (const PlanOutline& piece : plan.pieces) {
        const bool selected = c.highlighted("setPiece", piece.name);
        const QColor edge = selected ? c.style.accent : c.style.pieceEdge;
        p.setPen(c.pen(edge, selected ? 2.0 : 1.0));
        p.setBrush(c.style.pieceFill);
        for (const auto& solid : piece.solids)
            p.drawPolygon(c.polygon(solid));
        p.setBrush(Qt::NoBrush);
        for (const PlanDetail& detail : piece.details) {
            const bool swing = detail.kind == PlanDetailKind::DoorSwing;
            const bool marker = detail.kind == PlanDetailKind::ModelMarker;
            p.setPen(c.pen(selected ? c.style.accent : (marker ? c.style.pieceEdge : c.style.detail),
                           marker ? 1.5 : 1.0, swing ? Qt::DashLine : Qt::SolidLine));
            drawOpenLine(p, c.polygon(detail.pointsM));
        }
        for (const PlanText& text : piece.texts)
            c.text(c.page(text.anchorM), QString::fromStdString(text.text), c.style.detail, c.style.fontPx - 2.0);
        // The name only where it fits inside the piece (or the piece is selected), so labels never pile up.
        const QString name = QString::fromStdString(piece.name);
        const double widthPx = (piece.boundsM.maxM.x - piece.boundsM.minM.x) * c.options.view.pixelsPerMetre;
        const double heightPx = (piece.boundsM.maxM.y - piece.boundsM.minM.y) * c.options.view.pixelsPerMetre;
        const double labelPx = c.style.fontPx - 1.0;
        const bool fits = c.textWidth(name, labelPx) + c.px(4) <= widthPx && heightPx >= c.px(labelPx + 2.0);
        if (selected)
            c.addLabel({0, c.page(piece.labelAnchorM), 0.0, name, c.style.accent, labelPx, true, false});
        else if (fits && !piece.marker && piece.shape != SetPieceShape::Wall)
            c.addLabel({5, c.page(piece.labelAnchorM), 0.0, name, c.style.textDim, labelPx, false, true});
    }
}

void paintTrackAndPath(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    if (plan.track) {
        p.setBrush(Qt::NoBrush);
        p.setPen(c.pen(c.style.rail, 3.0));
        drawOpenLine(p, c.polygon(plan.track->path.pointsM));
        for (std::size_t i = 0; i < plan.track->railPointsM.size(); ++i) {
            const bool selected = c.options.highlight.kind == QLatin1String("railPoint")
                && c.options.highlight.index == static_cast<int>(i);
            const double half = c.px(selected ? 5.0 : 4.0);
            const QPointF centre = c.page(plan.track->railPointsM[i]);
            p.setPen(c.pen(selected ? c.style.accent : c.style.background, 1.0));
            p.setBrush(selected ? c.style.accent : c.style.rail);
            p.drawRect(QRectF(centre.x() - half, centre.y() - half, 2 * half, 2 * half));
        }
    }
    if (plan.cameraPath.size() >= 2) {
        QPolygonF path;
        for (const PlanCameraSample& sample : plan.cameraPath)
            path << c.page(sample.positionM);
        QColor color = c.style.accent;
        color.setAlphaF(0.8f);
        p.setPen(c.pen(color, 1.5, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        drawOpenLine(p, path);
    }
}

void paintBlocking(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    for (const PlanBlocking& blocking : plan.blocking) {
        QColor color = c.style.accent;
        for (const PlanActor& actor : plan.actors)
            if (actor.name == blocking.actor)
                color = c.actorColor(actor.index);
        QColor pathColor = color;
        pathColor.setAlphaF(0.7f);
        p.setBrush(Qt::NoBrush);
        for (const PlanWalk& walk : blocking.walks) {
            p.setPen(c.pen(pathColor, 1.5, Qt::DashLine));
            drawOpenLine(p, c.polygon(walk.path.pointsM));
            const std::size_t markIndex = walk.fromMark + 1;
            for (std::size_t v = 0; v < walk.viaM.size(); ++v) {
                const bool selected = c.highlighted("viaPoint", blocking.actor, static_cast<int>(v),
                                                    static_cast<int>(markIndex));
                const double half = c.px(selected ? 5.0 : 3.5);
                const QPointF centre = c.page(walk.viaM[v]);
                QPolygonF diamond;
                diamond << centre + QPointF(0, -half) << centre + QPointF(half, 0) << centre + QPointF(0, half)
                        << centre + QPointF(-half, 0);
                p.setPen(c.pen(selected ? c.style.accent : color, 1.0));
                p.setBrush(selected ? c.style.accent : c.style.background);
                p.drawPolygon(diamond);
            }
        }
        for (std::size_t m = 0; m < blocking.marks.size(); ++m) {
            const PlanMark& mark = blocking.marks[m];
            const bool selected = c.highlighted("mark", blocking.actor, static_cast<int>(m));
            const QPointF centre = c.page(mark.positionM);
            const double radius = c.px(selected ? 7.0 : 6.0);
            const QColor markColor = selected ? c.style.accent : color;
            p.setPen(c.pen(markColor, selected ? 2.0 : 1.5));
            p.setBrush(Qt::NoBrush);
            // A mark is a cross in a ring (tape on the floor), with its facing as a tick.
            p.drawEllipse(centre, radius, radius);
            p.drawLine(centre + QPointF(-radius * 0.6, 0), centre + QPointF(radius * 0.6, 0));
            p.drawLine(centre + QPointF(0, -radius * 0.6), centre + QPointF(0, radius * 0.6));
            const QPointF facing(mark.facingDirection.x, mark.facingDirection.y);
            p.drawLine(centre + facing * radius, centre + facing * radius * 1.8);
            c.addObstacle(centre, radius);
            c.addLabel({selected ? 0 : 4, centre, radius + c.px(1), QString::fromStdString(mark.name), markColor,
                     c.style.fontPx - 1.0, false, !selected});
        }
    }
}

void paintDistances(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    QColor lineColor = c.style.textDim;
    lineColor.setAlphaF(0.6f);
    for (const PlanDistance& distance : plan.distances) {
        p.setPen(c.pen(lineColor, 1.0, Qt::DashLine));
        p.drawLine(c.page(distance.lensM), c.page(distance.actorM));
        const QString label = QString::fromStdString(formatLength(distance.floorDistanceM, c.options.units));
        c.addLabel({3, c.page(distance.labelAnchorM), 0.0, label, c.style.text, c.style.fontPx - 1.0, true, false});
    }
}

void paintCameras(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    for (const PlanCamera& camera : plan.cameras) {
        const bool selected = c.highlighted("camera", camera.name);
        const PlanWedge& wedge = camera.wedge;
        QColor fill = c.style.accent;
        fill.setAlphaF(selected ? 0.18f : 0.10f);
        QColor edge = c.style.accent;
        edge.setAlphaF(0.75f);
        QPolygonF triangle;
        triangle << c.page(wedge.apexM) << c.page(wedge.farLeftM) << c.page(wedge.farRightM);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPolygon(triangle);
        p.setPen(c.pen(edge, 1.0));
        p.drawLine(triangle[0], triangle[1]);
        p.drawLine(triangle[0], triangle[2]);
        p.setPen(c.pen(edge, 1.0, Qt::DashLine));
        p.drawLine(c.page(wedge.focusLeftM), c.page(wedge.focusRightM));
        // The body: a small square turned to the pan, the lens at its front edge.
        const QPointF lens = c.page(camera.positionM);
        const QPointF axis(wedge.axisDirection.x, wedge.axisDirection.y);
        const QPointF side(-axis.y(), axis.x());
        const double half = c.px(selected ? 8.0 : 7.0);
        QPolygonF body;
        body << lens + side * half * 0.7 << lens - side * half * 0.7 << lens - side * half - axis * half * 1.6
             << lens + side * half - axis * half * 1.6;
        p.setPen(c.pen(selected ? c.style.text : c.style.background, selected ? 2.0 : 1.0));
        p.setBrush(c.style.accent);
        p.drawPolygon(body);
        const QString label = QString::fromStdString(camera.name) + QStringLiteral("  ")
            + QString::number(camera.focalLengthMm, 'f', 0) + QStringLiteral(" mm");
        c.addObstacle(lens - axis * half * 0.8, half * 1.2);
        c.addLabel({2, lens - axis * half * 0.8, half * 1.2, label, c.style.accent, c.style.fontPx, true, false});
    }
}

void paintActors(const Canvas& c, const PlanScene& plan)
{
    QPainter& p = c.p;
    for (const PlanActor& actor : plan.actors) {
        const bool selected = c.highlighted("actor", actor.name);
        const QPointF centre = c.page(actor.positionM);
        const double radius = std::max(actor.radiusM * c.options.view.pixelsPerMetre, c.px(5.0));
        const QColor color = c.actorColor(actor.index);
        if (selected) {
            p.setPen(c.pen(c.style.accent, 2.0));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(centre, radius + c.px(4), radius + c.px(4));
        }
        p.setPen(c.pen(c.style.background, 1.5));
        p.setBrush(color);
        p.drawEllipse(centre, radius, radius);
        const QPointF facing(actor.facingDirection.x, actor.facingDirection.y);
        p.setPen(c.pen(c.style.text, 2.0));
        p.drawLine(centre + facing * radius * 0.3, centre + facing * (radius + c.px(6)));
        c.addObstacle(centre, radius);
        c.addLabel({selected ? 0 : 1, centre, radius + c.px(2), QString::fromStdString(actor.name),
                 selected ? c.style.accent : c.style.text, c.style.fontPx, true, false});
    }
}

void paintScaleBar(const Canvas& c)
{
    const double ppmScreen = c.options.view.pixelsPerMetre / c.style.pixelScale;
    auto step = planGrid(ppmScreen, c.options.units, 80.0);   // the nicest length at least 80 px long
    if (!step)
        return;
    QPainter& p = c.p;
    const double lengthPage = step->minorStepM * c.options.view.pixelsPerMetre;
    const QPointF left = c.options.pageRect.bottomLeft() + QPointF(c.px(16), -c.px(18));
    const QPointF right = left + QPointF(lengthPage, 0);
    p.setPen(c.pen(c.style.text, 2.0));
    p.drawLine(left, right);
    p.drawLine(left, left + QPointF(0, -c.px(6)));
    p.drawLine(right, right + QPointF(0, -c.px(6)));
    p.drawLine((left + right) / 2.0, (left + right) / 2.0 + QPointF(0, -c.px(3)));
    c.text((left + right) / 2.0 + QPointF(0, -c.px(12)), QString::fromStdString(step->minorLabel), c.style.text,
           c.style.fontPx - 1.0);
}

// Places and draws the collected labels (see Label).
void placeLabels(const Canvas& c)
{
    std::stable_sort(c.labels.begin(), c.labels.end(),
                     [](const Label& a, const Label& b) { return a.priority < b.priority; });
    std::vector<QRectF> placed;
    // Right, left, above, below, then the corners; a centred label tries its centre first.
    static const QPointF kDirections[] = {{1, 0}, {-1, 0}, {0, -1}, {0, 1}, {1, -1}, {1, 1}, {-1, -1}, {-1, 1}};
    const auto isFree = [&](const QRectF& box) {
        for (const QRectF& other : placed)
            if (other.intersects(box))
                return false;
        for (const QRectF& other : c.obstacles)
            if (other.intersects(box))
                return false;
        return true;
    };
    for (const Label& label : c.labels) {
        const double width = c.textWidth(label.text, label.sizePx) + c.px(6);
        const double height = c.fontEntry(label.sizePx).metrics.height() + c.px(2);
        std::vector<QRectF> spots;
        if (label.clearance <= 0.0)
            spots.emplace_back(label.anchor.x() - width / 2, label.anchor.y() - height / 2, width, height);
        // A centred optional label (a piece's name) names the piece only where it is: no other spots.
        const bool centredOnly = label.clearance <= 0.0 && label.optional;
        const double reach = std::max(label.clearance, c.px(4));
        for (const QPointF& d : kDirections) {
            if (centredOnly)
                break;
            const QPointF centre = label.anchor
                + QPointF(d.x() * (reach + width / 2), d.y() * (reach + height / 2));
            spots.emplace_back(centre.x() - width / 2, centre.y() - height / 2, width, height);
        }
        const QRectF* chosen = nullptr;
        for (const QRectF& spot : spots)
            if (isFree(spot)) {
                chosen = &spot;
                break;
            }
        if (!chosen && label.optional)
            continue;
        const QRectF box = chosen ? *chosen : spots.front();
        placed.push_back(box);
        c.text(box.center(), label.text, label.color, label.sizePx, label.backing);
    }
}

} // namespace

PlanStyle PlanStyle::paper()
{
    PlanStyle style;
    style.background = Qt::white;
    style.floorFill = QColor(0xfa, 0xfa, 0xfa);
    style.floorEdge = QColor(0x60, 0x60, 0x60);
    style.gridMinor = QColor(0xe6, 0xe6, 0xe6);
    style.gridMajor = QColor(0xc8, 0xc8, 0xc8);
    style.pieceFill = QColor(0xd8, 0xd8, 0xd8);
    style.pieceEdge = QColor(0x20, 0x20, 0x20);
    style.detail = QColor(0x50, 0x50, 0x50);
    style.text = QColor(0x10, 0x10, 0x10);
    style.textDim = QColor(0x50, 0x50, 0x50);
    style.accent = QColor(0xc0, 0x70, 0x00);
    style.rail = QColor(0x20, 0x60, 0xb0);
    style.labelBackground = QColor(255, 255, 255, 220);
    return style;
}

std::vector<QColor> planActorColors(const Project& project)
{
    std::vector<QColor> colors;
    colors.reserve(project.actors.size());
    for (const Actor& actor : project.actors)
        colors.emplace_back(actor.color.r, actor.color.g, actor.color.b);
    return colors;
}

void PlanPainter::paint(QPainter& painter, const PlanScene& plan, const PlanPaintOptions& options) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(options.pageRect);
    std::vector<Label> labels;
    std::vector<QRectF> obstacles;
    std::map<int, FontEntry> fonts;
    const Canvas canvas{painter, m_style, options, labels, obstacles, fonts};
    paintFloorAndGrid(canvas, plan);
    paintPieces(canvas, plan);
    paintTrackAndPath(canvas, plan);
    paintBlocking(canvas, plan);
    if (options.showDistances)
        paintDistances(canvas, plan);
    paintCameras(canvas, plan);
    paintActors(canvas, plan);
    placeLabels(canvas);
    if (options.showScaleBar)
        paintScaleBar(canvas);
    painter.restore();
}

} // namespace murnau
