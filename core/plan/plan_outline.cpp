// Plan outlines of set pieces: footprints, wall openings with their window and door symbols,
// stair risers and arrows, model markers.

#include "core/plan/plan_outline.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "core/scene/project_rules.h"

namespace murnau {

namespace {

// Stretches shorter than this are not drawn (an opening flush with a wall end), metres.
constexpr double kMinStretchM = 1e-9;

// An interval along a wall's local x, metres.
struct Span {
    double fromM = 0.0;
    double toM = 0.0;
};

bool finite(const glm::dvec3& v) noexcept
{
    return std::isfinite(v.x) && std::isfinite(v.y) && std::isfinite(v.z);
}

double largest(const glm::dvec3& v) noexcept
{
    return std::max({std::abs(v.x), std::abs(v.y), std::abs(v.z)});
}

std::optional<Error> checkPiece(const SetPiece& piece, const std::string& field)
{
    if (!finite(piece.positionM) || largest(piece.positionM) > kMaxPlanCoordinateM) {
        return fail(field + ".positionM",
                    fmt::format("the position must be finite and within {} m of the origin", kMaxPlanCoordinateM));
    }
    if (!std::isfinite(piece.yawDeg))
        return fail(field + ".yawDeg", "the yaw must be a finite number of degrees");
    const glm::dvec3& size = piece.sizeM;
    if (!finite(size) || size.x < 0.0 || size.y < 0.0 || size.z < 0.0 || largest(size) > kMaxPlanCoordinateM) {
        return fail(field + ".sizeM",
                    fmt::format("the size must be finite, not negative and at most {} m", kMaxPlanCoordinateM));
    }
    switch (piece.shape) {
    case SetPieceShape::Cylinder:
        if (!(size.x > 0.0))
            return fail(field + ".sizeM", "a cylinder needs a positive diameter (sizeM.x)");
        break;
    case SetPieceShape::Box:
    case SetPieceShape::Wall:
    case SetPieceShape::Stairs:
        if (!(size.x > 0.0) || !(size.z > 0.0))
            return fail(field + ".sizeM", "the piece needs a positive width (sizeM.x) and depth (sizeM.z)");
        break;
    case SetPieceShape::Model:
        break;
    }
    if (piece.shape == SetPieceShape::Wall) {
        for (std::size_t i = 0; i < piece.openings.size(); ++i) {
            const WallOpening& opening = piece.openings[i];
            if (!std::isfinite(opening.centerM) || std::abs(opening.centerM) > kMaxPlanCoordinateM
                || !std::isfinite(opening.widthM) || !(opening.widthM > 0.0) || opening.widthM > kMaxPlanCoordinateM) {
                return fail(fmt::format("{}.openings[{}]", field, i),
                            "an opening needs a finite centre and a positive, finite width in metres");
            }
        }
    }
    if (piece.shape == SetPieceShape::Stairs
        && (piece.stepCount < rules::kMinStepCount || piece.stepCount > rules::kMaxStepCount)) {
        return fail(field + ".stepCount", fmt::format("a flight has {} to {} steps, got {}", rules::kMinStepCount,
                                                      rules::kMaxStepCount, piece.stepCount));
    }
    return std::nullopt;
}

// Turns local points of `piece` into plan points.
class LocalFrame {
public:
    explicit LocalFrame(const SetPiece& piece) : m_yawDeg(piece.yawDeg), m_originM(planPoint(piece.positionM)) {}

    [[nodiscard]] glm::dvec2 operator()(double x, double z) const noexcept
    {
        return localToPlan({x, z}, m_yawDeg, m_originM);
    }
    [[nodiscard]] std::vector<glm::dvec2> operator()(const std::vector<glm::dvec2>& localM) const
    {
        std::vector<glm::dvec2> plan;
        plan.reserve(localM.size());
        for (const glm::dvec2& p : localM)
            plan.push_back(localToPlan(p, m_yawDeg, m_originM));
        return plan;
    }
    // The rectangle x in [x0, x1], z in [z0, z1], corner by corner.
    [[nodiscard]] std::vector<glm::dvec2> rectangle(double x0, double x1, double z0, double z1) const
    {
        return {(*this)(x0, z0), (*this)(x1, z0), (*this)(x1, z1), (*this)(x0, z1)};
    }

private:
    double m_yawDeg;
    glm::dvec2 m_originM;
};

void addBox(PlanOutline& outline, const SetPiece& piece, const LocalFrame& frame)
{
    const double halfW = 0.5 * piece.sizeM.x;
    const double halfD = 0.5 * piece.sizeM.z;
    outline.solids.push_back(frame.rectangle(-halfW, halfW, -halfD, halfD));
}

void addCylinder(PlanOutline& outline, const SetPiece& piece, const LocalFrame& frame, double toleranceM)
{
    const double radius = 0.5 * piece.sizeM.x;
    const int sides = circleSideCount(radius, toleranceM);
    std::vector<glm::dvec2> polygon;
    polygon.reserve(static_cast<std::size_t>(sides));
    for (int i = 0; i < sides; ++i) {
        const double angle = 2.0 * std::numbers::pi * static_cast<double>(i) / static_cast<double>(sides);
        polygon.push_back(frame(radius * std::cos(angle), radius * std::sin(angle)));
    }
    outline.solids.push_back(std::move(polygon));
}

void addWall(PlanOutline& outline, const SetPiece& piece, const LocalFrame& frame, double toleranceM)
{
    const double halfL = 0.5 * piece.sizeM.x;
    const double halfT = 0.5 * piece.sizeM.z;

    // Each opening clipped to the wall; openings wholly outside it cut nothing.
    struct Gap {
        Span span;
        OpeningKind kind;
    };
    std::vector<Gap> gaps;
    for (const WallOpening& opening : piece.openings) {
        const double from = std::max(opening.centerM - 0.5 * opening.widthM, -halfL);
        const double to = std::min(opening.centerM + 0.5 * opening.widthM, halfL);
        if (to - from > kMinStretchM)
            gaps.push_back({{from, to}, opening.kind});
    }

    // The solid stretches: the wall minus the union of the gaps.
    std::vector<Span> cuts;
    cuts.reserve(gaps.size());
    for (const Gap& gap : gaps)
        cuts.push_back(gap.span);
    std::sort(cuts.begin(), cuts.end(), [](const Span& a, const Span& b) { return a.fromM < b.fromM; });
    std::vector<Span> solids;
    double cursor = -halfL;
    for (const Span& cut : cuts) {
        if (cut.fromM - cursor > kMinStretchM)
            solids.push_back({cursor, cut.fromM});
        cursor = std::max(cursor, cut.toM);
    }
    if (halfL - cursor > kMinStretchM)
        solids.push_back({cursor, halfL});

    const Span* longest = nullptr;
    for (const Span& solid : solids) {
        outline.solids.push_back(frame.rectangle(solid.fromM, solid.toM, -halfT, halfT));
        if (longest == nullptr || solid.toM - solid.fromM > longest->toM - longest->fromM)
            longest = &solid;
    }
    if (longest != nullptr)
        outline.labelAnchorM = frame(0.5 * (longest->fromM + longest->toM), 0.0);

    for (const Gap& gap : gaps) {
        const double a = gap.span.fromM;
        const double b = gap.span.toM;
        if (gap.kind == OpeningKind::Window) {
            outline.details.push_back({PlanDetailKind::WindowSill, {frame(a, -halfT), frame(b, -halfT)}});
            outline.details.push_back({PlanDetailKind::Glazing, {frame(a, 0.0), frame(b, 0.0)}});
            outline.details.push_back({PlanDetailKind::WindowSill, {frame(a, halfT), frame(b, halfT)}});
            continue;
        }
        // Hinged at (a, +t/2); the closed leaf would reach (b, +t/2), the open one (a, +t/2 + width).
        const double width = b - a;
        outline.details.push_back({PlanDetailKind::DoorLeaf, {frame(a, halfT), frame(a, halfT + width)}});
        outline.details.push_back(
            {PlanDetailKind::DoorSwing, frame(arcPoints({a, halfT}, width, 0.0, 0.5 * std::numbers::pi, toleranceM))});
    }
}

void addStairs(PlanOutline& outline, const SetPiece& piece, const LocalFrame& frame)
{
    const double halfW = 0.5 * piece.sizeM.x;
    const double run = piece.sizeM.z;
    const double halfRun = 0.5 * run;
    const int steps = piece.stepCount;
    const double going = run / static_cast<double>(steps);
    outline.solids.push_back(frame.rectangle(-halfW, halfW, -halfRun, halfRun));
    for (int k = 0; k < steps; ++k) {
        const double z = halfRun - static_cast<double>(k) * going;
        outline.details.push_back({PlanDetailKind::StairRiser, {frame(-halfW, z), frame(halfW, z)}});
    }

    const double inset = std::min(0.5 * going, 0.25 * run);
    const double tailZ = halfRun - inset;
    const double tipZ = -halfRun + inset;
    const double head = std::min(0.25 * piece.sizeM.x, (tailZ - tipZ) / 3.0);
    const double headAngle = degToRad(kStairArrowHeadAngleDeg);
    const double armX = head * std::sin(headAngle);
    const double armZ = tipZ + head * std::cos(headAngle);
    outline.details.push_back({PlanDetailKind::StairArrow, {frame(0.0, tailZ), frame(0.0, tipZ)}});
    outline.details.push_back({PlanDetailKind::StairArrow, {frame(-armX, armZ), frame(0.0, tipZ), frame(armX, armZ)}});
    outline.texts.push_back({"UP", frame(0.0, halfRun - 0.5 * inset)});
}

void addModel(PlanOutline& outline, const SetPiece& piece, const LocalFrame& frame)
{
    if (piece.sizeM.x > 0.0 && piece.sizeM.z > 0.0) {
        addBox(outline, piece, frame);
        return;
    }
    const double h = kModelMarkerHalfSizeM;
    outline.marker = true;
    outline.details.push_back({PlanDetailKind::ModelMarker, {frame(-h, -h), frame(h, h)}});
    outline.details.push_back({PlanDetailKind::ModelMarker, {frame(-h, h), frame(h, -h)}});
}

} // namespace

Result<PlanOutline> planOutline(const SetPiece& piece, double chordToleranceM, std::string_view field)
{
    Result<double> tolerance = checkedChordToleranceM(chordToleranceM, "chordToleranceM");
    if (!tolerance)
        return tolerance.error();
    if (auto error = checkPiece(piece, std::string(field)))
        return *error;

    PlanOutline outline;
    outline.name = piece.name;
    outline.shape = piece.shape;
    outline.originM = planPoint(piece.positionM);
    outline.labelAnchorM = outline.originM;
    const LocalFrame frame(piece);
    switch (piece.shape) {
    case SetPieceShape::Box:
        addBox(outline, piece, frame);
        break;
    case SetPieceShape::Cylinder:
        addCylinder(outline, piece, frame, chordToleranceM);
        break;
    case SetPieceShape::Wall:
        addWall(outline, piece, frame, chordToleranceM);
        break;
    case SetPieceShape::Stairs:
        addStairs(outline, piece, frame);
        break;
    case SetPieceShape::Model:
        addModel(outline, piece, frame);
        break;
    }
    for (const std::vector<glm::dvec2>& solid : outline.solids)
        outline.boundsM.add(solid);
    for (const PlanDetail& detail : outline.details)
        outline.boundsM.add(detail.pointsM);
    return outline;
}

Result<std::vector<PlanOutline>> planOutlines(const SetDescription& set, double chordToleranceM)
{
    std::vector<PlanOutline> outlines;
    outlines.reserve(set.pieces.size());
    for (std::size_t i = 0; i < set.pieces.size(); ++i) {
        Result<PlanOutline> outline = planOutline(set.pieces[i], chordToleranceM, fmt::format("set.pieces[{}]", i));
        if (!outline)
            return outline.error();
        outlines.push_back(std::move(outline).value());
    }
    return outlines;
}

std::vector<glm::dvec2> planFloor(const SetDescription& set)
{
    const double hx = 0.5 * set.floorSizeM.x;
    const double hz = 0.5 * set.floorSizeM.y;
    return {{-hx, -hz}, {hx, -hz}, {hx, hz}, {-hx, hz}};
}

double distanceToOutlineM(const PlanOutline& outline, const glm::dvec2& pointM) noexcept
{
    double nearest = std::numeric_limits<double>::infinity();
    for (const std::vector<glm::dvec2>& solid : outline.solids)
        nearest = std::min(nearest, distanceToPolygonM(pointM, solid));
    for (const PlanDetail& detail : outline.details)
        nearest = std::min(nearest, distanceToPolylineM(pointM, detail.pointsM));
    return nearest;
}

} // namespace murnau
