#include "core/timeline/value_axis.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

namespace murnau {

namespace {

// The largest magnitude the axis scrolls to, channel units (far beyond any channel's range).
constexpr double kValueLimit = 1e9;

} // namespace

double ValueAxis::toPixel(double value) const noexcept
{
    return (topValue - value) * pixelsPerUnit;
}

double ValueAxis::toValue(double px) const noexcept
{
    return topValue - px / pixelsPerUnit;
}

double ValueAxis::valueDelta(double dyPx) const noexcept
{
    return -dyPx / pixelsPerUnit;
}

ValueAxis ValueAxis::zoomedAbout(double px, double factor) const noexcept
{
    if (!std::isfinite(factor) || factor <= 0.0 || !std::isfinite(px))
        return *this;
    const double anchor = toValue(px);
    ValueAxis zoomed = *this;
    zoomed.pixelsPerUnit = std::clamp(pixelsPerUnit * factor, kMinPixelsPerUnit, kMaxPixelsPerUnit);
    zoomed.topValue = anchor + px / zoomed.pixelsPerUnit;
    return zoomed;
}

ValueAxis ValueAxis::scrolledBy(double dyPx) const noexcept
{
    if (!std::isfinite(dyPx))
        return *this;
    ValueAxis scrolled = *this;
    scrolled.topValue = std::clamp(topValue + dyPx / pixelsPerUnit, -kValueLimit, kValueLimit);
    return scrolled;
}

ValueAxis ValueAxis::fitting(double low, double high, double heightPx, double marginPx, double minSpan) noexcept
{
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0.0;
        high = 1.0;
    }
    if (high < low)
        std::swap(low, high);
    const double span = std::isfinite(minSpan) && minSpan > 0.0 ? minSpan : 1.0;
    if (high - low < span) {
        const double middle = 0.5 * (low + high);
        low = middle - 0.5 * span;
        high = middle + 0.5 * span;
    }
    const double margin = std::max(marginPx, 0.0);
    const double usable = std::max(heightPx - 2.0 * margin, 1.0);
    ValueAxis axis;
    axis.pixelsPerUnit = std::clamp(usable / (high - low), kMinPixelsPerUnit, kMaxPixelsPerUnit);
    axis.topValue = high + margin / axis.pixelsPerUnit;
    return axis;
}

double valueTickStep(const ValueAxis& axis, double minSpacingPx) noexcept
{
    const double minStep = std::max(minSpacingPx, 1.0) / axis.pixelsPerUnit;
    double decade = std::pow(10.0, std::floor(std::log10(minStep)));
    for (int guard = 0; guard < 4; ++guard, decade *= 10.0) {
        for (const double m : {1.0, 2.0, 5.0}) {
            if (m * decade >= minStep * (1.0 - 1e-12))
                return m * decade;
        }
    }
    return 10.0 * decade;
}

std::string formatTickLabel(double value, double step, std::string_view unit)
{
    // Decimals: enough to show the step (0.05 -> 2, 0.2 -> 1, 10 -> 0).
    const int decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(step) - 1e-9)), 0, 9);
    if (std::fabs(value) < 0.5 * step)
        value = 0.0;   // no "-0"
    const std::string number = fmt::format("{:.{}f}", value, decimals);
    return unit.empty() ? number : fmt::format("{} {}", number, unit);
}

std::vector<ValueTick> valueTicks(const ValueAxis& axis, double heightPx, std::string_view unit, double minSpacingPx)
{
    std::vector<ValueTick> ticks;
    if (!(heightPx > 0.0))
        return ticks;
    const double step = valueTickStep(axis, minSpacingPx);
    const double top = axis.toValue(0.0);
    const double bottom = axis.toValue(heightPx);
    const auto first = static_cast<long long>(std::floor(top / step));
    const auto last = static_cast<long long>(std::ceil(bottom / step));
    for (long long k = first; k >= last; --k) {
        const double value = static_cast<double>(k) * step;
        const double px = axis.toPixel(value);
        if (px < 0.0 || px > heightPx)
            continue;
        ticks.push_back({value, px, formatTickLabel(value, step, unit)});
    }
    return ticks;
}

} // namespace murnau
