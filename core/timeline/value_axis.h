#pragma once
// The vertical value axis of the curve editor: a channel value (metres, degrees, m/s...) to
// item pixels and back, zoom about a pixel, scroll, fitting a value range, and the axis's ticks.
// Pixels are doubles measured down from the top of the graph area; larger values are higher up.
//
// Ticks: the step is the smallest "nice" number 1, 2 or 5 x 10^k that leaves at least
// `minSpacingPx` between labels; ticks are the whole multiples of it in view, so 0 is always a
// tick when it is in view. Labels carry as many decimals as the step needs ("0.25 m" for a step
// of 0.05... "0.2 m" for 0.2, "10 deg" for 10) and the channel's unit.

#include <string>
#include <string_view>
#include <vector>

namespace murnau {

// Zoom limits, pixels per channel unit: from a range of 10^7 units across 100 px to
// 10^-5 units (10 micrometres, 10 micro-degrees) per pixel.
inline constexpr double kMinPixelsPerUnit = 1e-5;
inline constexpr double kMaxPixelsPerUnit = 1e5;

struct ValueAxis {
    double topValue = 1.0;          // the value at pixel 0 (the top of the graph), channel units
    double pixelsPerUnit = 100.0;   // zoom, pixels per channel unit, in [kMinPixelsPerUnit, kMaxPixelsPerUnit]

    // The pixel row of `value`.
    [[nodiscard]] double toPixel(double value) const noexcept;
    // The value at pixel row `px`.
    [[nodiscard]] double toValue(double px) const noexcept;
    // The value change a vertical move of `dyPx` pixels stands for (down is negative).
    [[nodiscard]] double valueDelta(double dyPx) const noexcept;

    // Zoomed by `factor` (> 1 zooms in) keeping the value under row `px` fixed; the zoom is clamped
    // to its limits. A factor that is not finite or not positive changes nothing.
    [[nodiscard]] ValueAxis zoomedAbout(double px, double factor) const noexcept;
    // Scrolled by `dyPx` pixels (positive: the graph moves down, larger values come into view).
    [[nodiscard]] ValueAxis scrolledBy(double dyPx) const noexcept;
    // The axis that shows [low, high] across `heightPx` with `marginPx` free above and below. A
    // range narrower than `minSpan` (a flat curve) is widened about its middle to `minSpan`; not
    // finite values give the range [0, 1].
    [[nodiscard]] static ValueAxis fitting(double low, double high, double heightPx, double marginPx,
                                           double minSpan = 1.0) noexcept;

    friend constexpr bool operator==(const ValueAxis&, const ValueAxis&) = default;
};

// One tick of the value axis.
struct ValueTick {
    double value = 0.0;   // the value it marks (a whole multiple of the step)
    double px = 0.0;      // where it is drawn
    std::string label;    // "1.5 m", "-10 deg", "0.25 m/s"
};

// The tick step for `axis`: the smallest 1, 2 or 5 x 10^k with at least `minSpacingPx` between ticks.
[[nodiscard]] double valueTickStep(const ValueAxis& axis, double minSpacingPx = 28.0) noexcept;

// The ticks that fall in [0, heightPx], top to bottom, labelled in `unit` (no unit: the bare number).
[[nodiscard]] std::vector<ValueTick> valueTicks(const ValueAxis& axis, double heightPx, std::string_view unit,
                                                double minSpacingPx = 28.0);

// A value as a tick label with the decimals `step` needs and `unit` after a space ("1.25 m").
[[nodiscard]] std::string formatTickLabel(double value, double step, std::string_view unit);

} // namespace murnau
