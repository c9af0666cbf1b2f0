#pragma once
// Orbit / arc / circular track out: the camera circles the subject on a curved track laid
// around them, looking at their eyes, optionally retreating (a spiral) from one radius to
// another. The track is a Bezier rail (spline.h) on the subject's floor level, centred on their
// floor point, starting where the spec's bearing puts the camera and sweeping `sweepDeg`
// (positive counter-clockwise seen from above, the pan convention: the camera travels to its
// right). The sweep is cut into n = ceil(|sweep| / 45 deg) equal pieces of phi = sweep / n
// (dolly track comes in 45 degree curve sections). Around angle theta from the bearing b the
// radius is r(theta) = r1 + (r2 - r1) theta / sweep; a point and its outgoing handle are
//   P = C + r (-sin a, 0, -cos a)                                   a = b + theta
//   out = (r2 - r1) / (3 n) * (-sin a, 0, -cos a) + (4/3) tan(phi / 4) r * (-cos a, 0, sin a)
// (in handle = -out). With r1 = r2 this is the standard cubic Bezier circle, whose radius
// errs by at most 2 sin^6(phi/4) / (27 cos^2(phi/4)) relative, 4.2e-6 for 45 degree pieces
// (2.7e-4 for quarter circles); the radial part is the Hermite tangent of the spiral.
// The dolly runs 0 to the rail's length with the move's timing; aim must be look-at (the
// head turns with the orbit); the lens height is held.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of an orbit or spiral.
struct OrbitMove {
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::MS);   // framing at the start (sets the radius r1)
    std::optional<SubjectFraming> to;                            // framing at the end (radius r2, a spiral); nullopt = a circle
    double sweepDeg = 90.0;                                      // angle travelled around the subject, degrees; + counter-clockwise from above
    std::optional<double> focalLengthMm;                         // the lens, millimetres; nullopt = the camera's
};

// Largest sweep accepted, degrees (two full turns).
inline constexpr double kMaxOrbitSweepDeg = 720.0;

// "Orbit 90° counter-clockwise around Anna, MS, 35 mm, 6 s" or "Spiral out 180° clockwise
// around Anna from MS to WS, ...". Errors: prepareMove()'s, "aim" (free aim), "focalLengthMm",
// "from", "to", "sweepDeg" (not finite, zero, or beyond kMaxOrbitSweepDeg).
Result<MoveResult> makeOrbitMove(const MoveSpec& spec, const OrbitMove& move);

} // namespace murnau
