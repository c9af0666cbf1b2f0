#pragma once
// The shot list's figures as the printed pages show them (shot_list_pdf.h): a shot size range,
// the movement, the stop, the duration, the track, speeds and distances in the project's display
// units (speeds: speedText of comparison_text.h). Only formatting: every number comes from the ShotListRow (core/export/shot_list.h).

#include <string>
#include <vector>

#include <QString>

#include "core/export/shot_list.h"
#include "core/scene/project.h"

namespace murnau {

// "MCU → FS", "MCU" when the size holds, "— → FS" when the main actor enters, "—" without one.
[[nodiscard]] QString shotSizeRangeText(const ShotListRow& row);
// "track out", or the parts of a combined move: "push in + pan".
[[nodiscard]] QString movementText(const ShotListRow& row);
// "T2.8", "T11"; "—" for no stop.
[[nodiscard]] QString tStopText(double tStop);
// "35 mm", "24.5 mm".
[[nodiscard]] QString focalLengthText(double focalLengthMm);
// "6.00 s · 144 fr".
[[nodiscard]] QString durationText(const ShotListRow& row);
// "Anna, Ben"; "" when empty.
[[nodiscard]] QString joinedText(const std::vector<std::string>& items);
// "4.88 m\n3 × 8 ft" (length, then sections); "—" without dolly travel.
[[nodiscard]] QString trackText(const ShotListRow& row, DisplayUnits units);
// "2.40 m → 6.10 m" (subject distance at the start and the end), "—" without a main actor.
[[nodiscard]] QString subjectDistanceText(const ShotListRow& row, DisplayUnits units);
// "5 marks, all sharp at the rig's focus" / "5 marks, 2 soft at the rig's focus (✗)"; "no marks".
[[nodiscard]] QString focusSummaryText(const ShotListRow& row);

} // namespace murnau
