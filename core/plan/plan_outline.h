#pragma once
// The plan outline of a set piece: what the plan view, the PDF plan and the CLI draw for it, in
// plan coordinates (world x, z in metres; core/plan/plan_geometry.h). Each shape, in its local
// frame (x across, z through, turned by yawDeg about the base centre positionM; project.h):
//   Box       one closed polygon, the w x d rectangle (w = sizeM.x, d = sizeM.z).
//   Cylinder  one closed polygon inscribed in the circle of diameter sizeM.x, with
//             circleSideCount(radius, chord tolerance) sides: no side strays further than the
//             tolerance from the circle (radius * (1 - cos(pi / n)) <= tolerance).
//   Wall      one closed rectangle per solid stretch of the wall (length sizeM.x along local x,
//             thickness t = sizeM.z), the openings cut out (clipped to the wall, overlaps merged).
//             A window is drawn as architects draw it: three thin lines across the gap (both wall
//             faces, z = +-t/2, and the glazing on the centre line, z = 0). A door: its leaf drawn
//             open at 90 degrees, as long as the gap is wide, and the quarter-circle swing of the
//             leaf's tip from the closed position. WallOpening has no hinge side, so every door is
//             hinged on its -x jamb at the +z face and swings out to the wall's +z side.
//   Stairs    one closed polygon, the w x run rectangle (w = sizeM.x, run = sizeM.z); a line across
//             the flight at each riser (stepCount risers, going g = run / stepCount, riser k at local
//             z = run/2 - k g, k = 0 .. stepCount-1, the first on the bottom edge: the flight climbs
//             towards local -z); and the walking-line arrow up the centre line from z = run/2 - i to
//             z = -run/2 + i (inset i = min(g / 2, run / 4)), with an arrowhead at the top end (two
//             arms kStairArrowHeadAngleDeg off the shaft, min(w / 4, shaft / 3) long) and the text
//             "UP" centred at z = run/2 - i/2, below the arrow's tail.
//   Model     its collision box as a Box; without one (sizeM.x or sizeM.z not positive) no polygon
//             but a marker: a cross of two kModelMarkerHalfSizeM-long arms each way through positionM.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

#include "core/plan/plan_geometry.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// Default chord tolerance of outlines (cylinders, door swings), metres: at most 1 cm off the true curve.
inline constexpr double kDefaultOutlineChordToleranceM = 0.01;
// Half the length of each arm of the cross marking a model without a collision box, metres.
inline constexpr double kModelMarkerHalfSizeM = 0.25;
// Angle between a stair arrow's shaft and each arm of its head, degrees.
inline constexpr double kStairArrowHeadAngleDeg = 30.0;

// What a thin detail line of an outline stands for, so the view can style it.
enum class PlanDetailKind {
    WindowSill,   // a wall face continued across a window opening
    Glazing,      // the glass line of a window, on the wall's centre line
    DoorLeaf,     // the door leaf, drawn open at 90 degrees
    DoorSwing,    // the arc the leaf's tip sweeps (drawn thin, often dashed)
    StairRiser,   // a riser line across a flight
    StairArrow,   // the walking-line arrow (shaft and head) pointing up the flight
    ModelMarker,  // an arm of the cross marking a model that has no collision box
};

// One thin open polyline of an outline.
struct PlanDetail {
    PlanDetailKind kind = PlanDetailKind::StairRiser;
    std::vector<glm::dvec2> pointsM;   // plan points, metres, in drawing order (not closed)
};

// A short text placed on the plan ("UP" on stairs).
struct PlanText {
    std::string text;
    glm::dvec2 anchorM{0.0};           // centre of the text, plan metres
};

// Everything drawn for one set piece.
struct PlanOutline {
    std::string name;                             // the piece's name, drawn at labelAnchorM
    SetPieceShape shape = SetPieceShape::Box;
    glm::dvec2 originM{0.0};                      // the piece's base centre (positionM), plan metres
    std::vector<std::vector<glm::dvec2>> solids;  // closed polygons (last point joins the first), filled; plan metres
    std::vector<PlanDetail> details;              // thin lines (windows, doors, risers, arrows, markers)
    std::vector<PlanText> texts;                  // annotations ("UP")
    glm::dvec2 labelAnchorM{0.0};                 // where the name goes: the base centre, or for a wall the middle of its longest solid stretch
    bool marker = false;                          // a model without a collision box: only the marker cross is drawn
    PlanBounds boundsM;                           // extent of the solids and details, plan metres
};

// The outline of one piece. Errors name `field` + ".positionM", ".yawDeg", ".sizeM", ".openings[i]",
// ".stepCount" for values that are not finite, negative, zero where a size is needed, beyond
// kMaxPlanCoordinateM, or a step count outside rules::kMinStepCount..kMaxStepCount (project_rules.h);
// and "chordToleranceM" outside [kMinChordToleranceM, kMaxChordToleranceM].
Result<PlanOutline> planOutline(const SetPiece& piece, double chordToleranceM = kDefaultOutlineChordToleranceM,
                                std::string_view field = "piece");

// The outlines of every piece of a set, in SetDescription::pieces order; errors name "set.pieces[i]...".
Result<std::vector<PlanOutline>> planOutlines(const SetDescription& set,
                                              double chordToleranceM = kDefaultOutlineChordToleranceM);

// The four corners of the set's floor (centred on the origin, floorSizeM.x by floorSizeM.y), plan metres.
[[nodiscard]] std::vector<glm::dvec2> planFloor(const SetDescription& set);

// Distance from `pointM` to what an outline draws: 0 inside a solid, else the nearest solid edge or
// detail line. Metres; infinity for an outline with nothing drawn.
[[nodiscard]] double distanceToOutlineM(const PlanOutline& outline, const glm::dvec2& pointM) noexcept;

} // namespace murnau
