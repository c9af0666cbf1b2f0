#pragma once
// A move's framing as the user types and reads it (core/moves/subject_framing.h): a shot-size
// code ("MCU", shot_size.h) or a lens-to-eyes distance in the document's display units ("3.2 m",
// "10 ft"; a bare number in the display units, core/scene/display_units.h). Shared by the New
// Move dialog (move_builder.h) and the Compare dialog (shot_comparison.h).

#include <string_view>

#include <QString>

#include "core/moves/subject_framing.h"
#include "core/scene/project.h"
#include "core/util/result.h"

namespace murnau {

// The framing typed as `text` (trimmed); an error naming `field` when it is neither a shot
// size nor a length parseLength reads.
Result<SubjectFraming> parseFramingText(const QString& text, DisplayUnits units, std::string_view field);

// How a framing reads in a text field: "CU", or "2.40 m" / "7 ft 10 in".
QString framingText(const SubjectFraming& framing, DisplayUnits units);

} // namespace murnau
