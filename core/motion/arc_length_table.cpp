#include "core/motion/arc_length_table.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <limits>

namespace murnau {

namespace {

// 8-point Gauss-Legendre on [-1, 1], the positive half (the rule is symmetric).
// Abramowitz & Stegun table 25.4.
constexpr std::array<double, 4> kNodes{
    0.1834346424956498049395, 0.5255324099163289858177, 0.7966664774136267395916, 0.9602898564975362316836};
constexpr std::array<double, 4> kWeights{
    0.3626837833783619829652, 0.3137066458778872873380, 0.2223810344533744705444, 0.1012285362903762591525};

// Halves are kept once they agree with the whole to this fraction of the control-polygon
// length per unit of u.
constexpr double kRelativeTolerance = 1e-10;
// Uniform sub-intervals refined from, so a lucky agreement over all of [0, 1] cannot stop early.
constexpr int kInitialIntervals = 4;
// Deepest halving (sub-intervals of 2^-44 in u); only reached right at a cusp.
constexpr int kMaxDepth = 40;
// Newton/bisection steps for one inversion: bisection alone needs 53 to exhaust a double.
constexpr int kMaxInversionSteps = 100;

} // namespace

double ArcLengthTable::gaussLegendreLengthM(const SplineSegment& segment, double a, double b) noexcept
{
    const double half = 0.5 * (b - a);
    const double middle = 0.5 * (a + b);
    double sum = 0.0;
    for (std::size_t i = 0; i < kNodes.size(); ++i) {
        const double offset = half * kNodes[i];
        sum += kWeights[i] * (segment.speedAt(middle - offset) + segment.speedAt(middle + offset));
    }
    return sum * half;
}

ArcLengthTable::ArcLengthTable(const SplineSegment& segment)
    : m_segment(segment)
    , m_toleranceM(kRelativeTolerance * segment.controlPolygonLengthM())
{
    m_u.push_back(0.0);
    m_lengthM.push_back(0.0);
    for (int i = 0; i < kInitialIntervals; ++i) {
        const double a = static_cast<double>(i) / kInitialIntervals;
        const double b = i + 1 == kInitialIntervals ? 1.0 : static_cast<double>(i + 1) / kInitialIntervals;
        refine(a, b, gaussLegendreLengthM(m_segment, a, b), 0);
    }
}

void ArcLengthTable::refine(double a, double b, double coarseM, int depth)
{
    const double middle = 0.5 * (a + b);
    const double leftM = gaussLegendreLengthM(m_segment, a, middle);
    const double rightM = gaussLegendreLengthM(m_segment, middle, b);
    if (depth >= kMaxDepth || std::abs(leftM + rightM - coarseM) <= m_toleranceM * (b - a)) {
        m_u.push_back(middle);
        m_lengthM.push_back(m_lengthM.back() + leftM);
        m_u.push_back(b);
        m_lengthM.push_back(m_lengthM.back() + rightM);
        return;
    }
    refine(a, middle, leftM, depth + 1);
    refine(middle, b, rightM, depth + 1);
}

double ArcLengthTable::lengthAtM(double u) const noexcept
{
    if (!(u > 0.0))
        return 0.0;
    if (u >= 1.0)
        return lengthM();
    // Sub-interval k holds u: m_u[k] <= u < m_u[k + 1].
    const auto next = std::upper_bound(m_u.begin(), m_u.end(), u);
    const auto k = static_cast<std::size_t>(next - m_u.begin()) - 1;
    return m_lengthM[k] + gaussLegendreLengthM(m_segment, m_u[k], u);
}

double ArcLengthTable::parameterAt(double distanceM) const noexcept
{
    if (!(distanceM > 0.0))
        return 0.0;
    if (distanceM >= lengthM())
        return 1.0;
    // Sub-interval k holds the distance: m_lengthM[k] <= distance < m_lengthM[k + 1].
    const auto next = std::upper_bound(m_lengthM.begin(), m_lengthM.end(), distanceM);
    const auto k = std::min(static_cast<std::size_t>(next - m_lengthM.begin()) - 1, m_u.size() - 2);
    double low = m_u[k];
    double high = m_u[k + 1];
    const double targetM = distanceM - m_lengthM[k];
    const double intervalM = m_lengthM[k + 1] - m_lengthM[k];
    if (!(intervalM > 0.0))
        return low;

    // s(low) - target <= 0 <= s(high) - target; every step keeps that bracket.
    const double stopM = 16.0 * std::numeric_limits<double>::epsilon() * lengthM();
    double u = low + (high - low) * (targetM / intervalM);
    for (int step = 0; step < kMaxInversionSteps; ++step) {
        const double residualM = gaussLegendreLengthM(m_segment, m_u[k], u) - targetM;
        if (std::abs(residualM) <= stopM)
            break;
        if (residualM < 0.0)
            low = u;
        else
            high = u;
        // Newton: ds/du = |P'(u)|. A vanishing speed or a step outside the bracket bisects.
        const double speed = m_segment.speedAt(u);
        double nextU = speed > 0.0 ? u - residualM / speed : low;
        if (!(nextU > low && nextU < high))
            nextU = 0.5 * (low + high);
        if (nextU == u)
            break;
        u = nextU;
    }
    return u;
}

} // namespace murnau
