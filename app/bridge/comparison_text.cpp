// How the comparison's figures read in the compare view (comparison_text.h).

#include "app/bridge/comparison_text.h"

#include <cmath>

#include <QCoreApplication>

#include "core/analysis/feasibility_limits.h"
#include "core/analysis/report_text.h"
#include "core/moves/move_text.h"

namespace murnau {

namespace {

// The compare view's words, translated in ShotComparison's context.
QString tr(const char* text)
{
    return QCoreApplication::translate("murnau::ShotComparison", text);
}

} // namespace

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// A plain number for a text field ("1.4", "32"), to six significant digits.
QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// Two values with one unit as a range: "2.10–2.60 m" when both read "<number> <unit>" with the
// same unit, else both in full ("6 ft 11 in – 8 ft 6 in").
QString rangeText(const QString& from, const QString& to, const QString& joiner)
{
    const qsizetype a = from.indexOf(QLatin1Char(' '));
    const qsizetype b = to.indexOf(QLatin1Char(' '));
    if (a > 0 && b > 0 && from.count(QLatin1Char(' ')) == 1 && to.count(QLatin1Char(' ')) == 1
        && from.mid(a) == to.mid(b))
        return from.left(a) + joiner + to;
    return from + QLatin1Char(' ') + joiner.trimmed() + QLatin1Char(' ') + to;
}

QString lengthText(double metres, DisplayUnits units)
{
    return QString::fromStdString(formatLength(metres, units));
}

// A speed in the display units: "1.4 m/s", or feet per second ("4.59 ft/s").
QString speedText(double metresPerSecond, DisplayUnits units)
{
    if (units == DisplayUnits::Imperial)
        return QString::fromStdString(formatQuantity(metresPerSecond / kMetresPerFoot)) + QStringLiteral(" ft/s");
    return QString::fromStdString(formatSpeed(metresPerSecond));
}

// A track section's length as the trade names it: whole feet ("8 ft"), else in the display units.
QString sectionText(double sectionM, DisplayUnits units)
{
    const double feet = sectionM / kMetresPerFoot;
    if (std::abs(feet - std::round(feet)) < 1e-9)
        return QStringLiteral("%1 ft").arg(std::llround(feet));
    return lengthText(sectionM, units);
}

// A fraction of the frame height as a percentage: "357 %".
QString fractionText(double fraction)
{
    return QString::fromStdString(formatQuantity(fraction * 100.0)) + QStringLiteral(" %");
}

// A magnification: "1.84×".
QString ratioText(double ratio)
{
    return QString::number(ratio, 'f', 2) + QStringLiteral("×");
}

// Near and far limits of sharpness: "2.10–2.60 m", "5.20 m – ∞".
QString focusSpanText(const FocusSpan& span, DisplayUnits units)
{
    if (!span.farM)
        return lengthText(span.nearM, units) + QStringLiteral(" – ∞");
    return rangeText(lengthText(span.nearM, units), lengthText(*span.farM, units), QStringLiteral("–"));
}

QVariantList comparisonCostRows(const std::vector<SideCost>& costs, DisplayUnits display)
{
    QVariantList rows;
    if (costs.empty())
        return rows;
    const FeasibilityLimits limits;   // costComparison()'s: its track section
    const auto row = [&](const QString& label, auto text, auto ok) {
        QVariantList values;
        QVariantList oks;
        for (const SideCost& cost : costs) {
            values.append(text(cost));
            oks.append(ok(cost));
        }
        rows.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("values"), values},
                                {QStringLiteral("ok"), oks}});
    };
    const auto always = [](const SideCost&) { return true; };
    row(tr("Track to lay"), [&](const SideCost& c) -> QString {
        if (c.trackLengthM <= 0.0)
            return tr("none");
        return QStringLiteral("%1, %2 × %3")
            .arg(lengthText(c.trackLengthM, display))
            .arg(c.trackSections)
            .arg(sectionText(limits.trackSectionM, display));
    }, always);
    row(tr("Peak dolly speed"), [&](const SideCost& c) -> QString {
        return c.peakDollySpeedMps > 0.0 ? speedText(c.peakDollySpeedMps, display) : tr("none");
    }, always);
    row(tr("Zoom range"), [&](const SideCost& c) -> QString {
        const QString widest = QString::fromStdString(formatMillimetres(c.minFocalMm));
        const QString longest = QString::fromStdString(formatMillimetres(c.maxFocalMm));
        return widest == longest ? tr("%1 (fixed)").arg(widest) : rangeText(widest, longest, QStringLiteral("–"));
    }, always);
    row(tr("Lens kit"), [&](const SideCost& c) { return QString::fromStdString(c.lensKitNote); },
        [](const SideCost& c) { return c.lensKitCovers; });
    row(tr("Closest focus"), [&](const SideCost& c) -> QString {
        QString text = lengthText(c.closestFocusM, display);
        if (c.lensMinFocusM)
            text += tr(" (lens: %1)").arg(lengthText(*c.lensMinFocusM, display));
        return text;
    }, [](const SideCost& c) { return c.focusCovers; });
    row(tr("Depth of field at start"), [&](const SideCost& c) { return focusSpanText(c.depthOfFieldStart, display); },
        always);
    row(tr("Depth of field at end"), [&](const SideCost& c) { return focusSpanText(c.depthOfFieldEnd, display); },
        always);
    return rows;
}

QVariantMap comparisonReadout(const Comparison& comparison, const ComparisonReadouts& readouts, int frameIndex,
                              DisplayUnits display)
{
    if (frameIndex < 0 || static_cast<std::size_t>(frameIndex) >= readouts.frames.size())
        return {};
    const ComparisonFrame& frame = readouts.frames[static_cast<std::size_t>(frameIndex)];
    QVariantList sides;
    for (std::size_t i = 0; i < frame.sides.size(); ++i) {
        const SideReading& r = frame.sides[i];
        sides.append(QVariantMap{
            {QStringLiteral("side"), i < comparison.sides.size() ? qs(compareSideKey(comparison.sides[i])) : QString()},
            {QStringLiteral("distance"), lengthText(r.distanceM, display)},
            {QStringLiteral("focalLength"), QString::fromStdString(formatMillimetres(r.focalLengthMm))},
            {QStringLiteral("aov"), QString::fromStdString(formatDegrees(r.horizontalAovDeg))},
            {QStringLiteral("subject"), fractionText(r.subjectFraction)},
            {QStringLiteral("background"), fractionText(r.backgroundFraction)},
        });
    }
    return QVariantMap{
        {QStringLiteral("sides"), sides},
        {QStringLiteral("magnification"), ratioText(frame.backgroundMagnification)},
        {QStringLiteral("predicted"), ratioText(frame.predictedMagnification)},
        {QStringLiteral("backgroundLabel"), QString::fromStdString(readouts.backgroundLabel)},
    };
}

} // namespace murnau
