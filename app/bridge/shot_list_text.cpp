#include "app/bridge/shot_list_text.h"

#include <cmath>

#include "app/bridge/shot_list_print_style.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

// A number with at most `decimals` decimals, trailing zeros dropped: 2.8 -> "2.8", 11.0 -> "11".
QString trimmedNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    return text;
}

} // namespace

QString shotSizeRangeText(const ShotListRow& row)
{
    const auto code = [](const std::optional<ShotSize>& size) {
        return size ? printText(shotSizeCode(*size)) : QStringLiteral("—");
    };
    if (!row.startSize && !row.endSize)
        return QStringLiteral("—");
    if (row.startSize == row.endSize)
        return code(row.startSize);
    return code(row.startSize) + QStringLiteral(" → ") + code(row.endSize);
}

QString movementText(const ShotListRow& row)
{
    if (row.movement != MovementClass::Combined || row.movementParts.empty())
        return printText(movementClassLabel(row.movement));
    QStringList parts;
    for (MovementClass part : row.movementParts)
        parts << printText(movementClassLabel(part));
    return parts.join(QStringLiteral(" + "));
}

QString tStopText(double tStop)
{
    if (!(tStop > 0.0) || !std::isfinite(tStop))
        return QStringLiteral("—");
    return QStringLiteral("T") + trimmedNumber(tStop, 1);
}

QString focalLengthText(double focalLengthMm)
{
    return trimmedNumber(focalLengthMm, 1) + QStringLiteral(" mm");
}

QString durationText(const ShotListRow& row)
{
    return QStringLiteral("%1 s · %2 fr").arg(QString::number(row.durationS, 'f', 2)).arg(row.frameCount);
}

QString joinedText(const std::vector<std::string>& items)
{
    QStringList list;
    for (const std::string& item : items)
        list << printText(item);
    return list.join(QStringLiteral(", "));
}

QString trackText(const ShotListRow& row, DisplayUnits units)
{
    if (!(row.trackLengthM > 0.0))
        return QStringLiteral("—");
    QString text = printText(formatLength(row.trackLengthM, units));
    if (row.trackSections > 0)
        text += QStringLiteral("\n%1 × 8 ft").arg(row.trackSections);
    return text;
}

QString subjectDistanceText(const ShotListRow& row, DisplayUnits units)
{
    const auto length = [units](const std::optional<double>& metres) {
        return metres ? printText(formatLength(*metres, units)) : QStringLiteral("—");
    };
    if (!row.subjectDistanceStartM && !row.subjectDistanceEndM)
        return QStringLiteral("—");
    return length(row.subjectDistanceStartM) + QStringLiteral(" → ") + length(row.subjectDistanceEndM);
}

QString focusSummaryText(const ShotListRow& row)
{
    const auto& marks = row.focusMarks.marks;
    if (marks.empty())
        return QStringLiteral("no marks");
    int soft = 0;
    for (const FocusMark& mark : marks)
        if (!mark.sharpAtRigFocus)
            ++soft;
    const QString count = marks.size() == 1 ? QStringLiteral("1 mark") : QStringLiteral("%1 marks").arg(marks.size());
    if (soft == 0)
        return count + QStringLiteral(", all sharp at the rig's focus");
    return count + QStringLiteral(", %1 soft at the rig's focus").arg(soft);
}

} // namespace murnau
