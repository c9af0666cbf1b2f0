#pragma once
// How the compare view's figures read (ShotComparison): lengths, speeds and ranges in the
// document's display units, fractions of the frame as percentages, magnifications as "1.84×",
// and the cost table's and the playhead readout's rows. Text only: every number is core's.

#include <string_view>
#include <vector>

#include <QString>
#include <QVariantList>
#include <QVariantMap>

#include "core/analysis/comparison_cost.h"
#include "core/analysis/comparison_readouts.h"
#include "core/moves/comparison.h"
#include "core/scene/display_units.h"

namespace murnau {

QString qs(std::string_view text);                                        // UTF-8 to QString
QString number(double value);                                             // "1.4", "32": six significant digits
QString rangeText(const QString& from, const QString& to, const QString& joiner);  // "2.10–2.60 m"
QString lengthText(double metres, DisplayUnits units);                    // "2.1 m" / "6 ft 11 in"
QString speedText(double metresPerSecond, DisplayUnits units);            // "1.4 m/s" / "4.59 ft/s"
QString sectionText(double sectionM, DisplayUnits units);                 // "8 ft"
QString fractionText(double fraction);                                    // "357 %"
QString ratioText(double ratio);                                          // "1.84×"
QString focusSpanText(const FocusSpan& span, DisplayUnits units);         // "2.10–2.60 m", "5.20 m – ∞"

// The cost table: [{label, values: [text per side], ok: [bool per side]}] (ShotComparison::costRows).
QVariantList comparisonCostRows(const std::vector<SideCost>& costs, DisplayUnits display);
// The readout at frame `frameIndex` (ShotComparison::readout); empty outside the frames.
QVariantMap comparisonReadout(const Comparison& comparison, const ComparisonReadouts& readouts, int frameIndex,
                              DisplayUnits display);

} // namespace murnau
