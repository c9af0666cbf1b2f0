// Keys and severities of feasibility findings.

#include "core/analysis/feasibility_warning.h"

namespace murnau {

std::string_view warningSeverityKey(WarningSeverity severity) noexcept
{
    switch (severity) {
    case WarningSeverity::Note: return "note";
    case WarningSeverity::Caution: return "caution";
    case WarningSeverity::Problem: return "problem";
    }
    return "note";
}

std::string_view warningKindKey(WarningKind kind) noexcept
{
    switch (kind) {
    case WarningKind::Motion: return "motion";
    case WarningKind::RigCollision: return "rig_collision";
    case WarningKind::TrackCollision: return "track_collision";
    case WarningKind::Lens: return "lens";
    case WarningKind::Track: return "track";
    }
    return "motion";
}

WarningSeverity severityForRatio(double ratio, double severeOverPercent) noexcept
{
    return ratio >= 1.0 + severeOverPercent / 100.0 ? WarningSeverity::Problem : WarningSeverity::Caution;
}

} // namespace murnau
