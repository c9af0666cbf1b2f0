#pragma once
// Arc length along one spline segment as a function of its parameter u, and the inverse,
// so a rail can be driven in metres. Built once per segment:
//  - the integral s(u) = integral_0^u |P'(w)| dw is split adaptively into sub-intervals: an
//    8-point Gauss-Legendre estimate over an interval is compared with the sum over its
//    two halves, and the halves are kept once they agree to 1e-10 of the control-polygon
//    length per unit of u (so the whole segment is accurate to far better than 1e-6 relative,
//    including near cusps and zero-length handles where |P'| has a kink or a zero);
//  - s(u) inside a sub-interval is Gauss-Legendre from its start, so the table is exact at
//    its breakpoints and continuous in between;
//  - u(s) is Newton on s(u) - target (derivative |P'(u)|) kept inside a shrinking bracket,
//    falling back to bisection whenever |P'| vanishes or the step leaves the bracket.
// Gauss-Legendre nodes and weights: Abramowitz & Stegun, Handbook of Mathematical
// Functions, table 25.4 (n = 8).

#include <vector>

#include "core/motion/spline.h"

namespace murnau {

// Arc length s(u) of one spline segment and its inverse u(s), as described above.
class ArcLengthTable {
public:
    // Builds the table of `segment` (copied).
    explicit ArcLengthTable(const SplineSegment& segment);

    // The segment the table measures.
    [[nodiscard]] const SplineSegment& segment() const noexcept { return m_segment; }
    // Arc length of the whole segment, metres.
    [[nodiscard]] double lengthM() const noexcept { return m_lengthM.back(); }
    // Arc length from u = 0 to u (u clamped to [0, 1]), metres.
    [[nodiscard]] double lengthAtM(double u) const noexcept;
    // The u in [0, 1] at arc length `distanceM` from the start (clamped to [0, lengthM()]).
    [[nodiscard]] double parameterAt(double distanceM) const noexcept;
    // Ends of the sub-intervals in u, increasing from 0 to 1; they crowd where |P'| varies
    // fast (near cusps and sharp bends), which makes them good places to sample the segment.
    [[nodiscard]] const std::vector<double>& breakpoints() const noexcept { return m_u; }

    // Integral of |P'(u)| from a to b by 8-point Gauss-Legendre (no error control), metres.
    [[nodiscard]] static double gaussLegendreLengthM(const SplineSegment& segment, double a, double b) noexcept;

private:
    void refine(double a, double b, double coarseM, int depth);

    SplineSegment m_segment;
    double m_toleranceM = 0.0;      // accepted error per unit of u, metres
    std::vector<double> m_u;        // sub-interval ends, m_u.front() = 0, m_u.back() = 1
    std::vector<double> m_lengthM;  // arc length from u = 0 to m_u[k], metres
};

} // namespace murnau
