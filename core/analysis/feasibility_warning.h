#pragma once
// One finding of a feasibility report: what, when, how serious, in one plain sentence
// ("dolly speed exceeds 1.4 m/s from 02.10 to 03.00: faster than a grip walks (peak 1.9 m/s
// at 02.50, 36 % over)"). Severity sorts the list; the sentence always gives the margin.

#include <string>
#include <string_view>

#include "core/analysis/time_range.h"

namespace murnau {

// How much a finding matters, least first.
enum class WarningSeverity {
    Note,      // worth knowing, nothing to change (the run-up needs track beyond the rail's end)
    Caution,   // over a limit by less than FeasibilityLimits::severeOverPercent
    Problem,   // far over a limit, a collision, or a lens that cannot do it
};

// What a finding is about.
enum class WarningKind {
    Motion,            // a motion channel over its limit (MotionChannel in `channel`)
    RigCollision,      // the camera body in a set piece or an actor, or the dolly running into an actor
    TrackCollision,    // the track runs through a set piece
    Lens,              // focal length or focus outside the planned lens
    Track,             // about the track to lay
};

// "note", "caution", "problem".
[[nodiscard]] std::string_view warningSeverityKey(WarningSeverity severity) noexcept;
// "motion", "rig_collision", "track_collision", "lens", "track".
[[nodiscard]] std::string_view warningKindKey(WarningKind kind) noexcept;

// The severity of a reading `ratio` times its limit: Problem from 1 + severeOverPercent / 100 on,
// else Caution.
[[nodiscard]] WarningSeverity severityForRatio(double ratio, double severeOverPercent) noexcept;

// One finding: what, when, how serious, and the sentence that says it.
struct FeasibilityWarning {
    WarningKind kind = WarningKind::Motion;
    WarningSeverity severity = WarningSeverity::Caution;
    std::string channel;    // machine key of what is measured: "dolly_speed", "camera_body", "dolly", "track", "focal_length", "focus"
    std::string subject;    // what it concerns in words: "dolly speed", "Pillar 3", "Anna"
    TimeRange range;        // when, shot time (the whole shot for what concerns the track as laid)
    std::string message;    // one plain sentence with the numbers
    friend bool operator==(const FeasibilityWarning&, const FeasibilityWarning&) = default;
};

} // namespace murnau
