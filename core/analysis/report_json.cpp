// Writing a feasibility report as JSON.

#include "core/analysis/report_json.h"

#include <cmath>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/analysis/time_range.h"

#include "core/util/json_writer.h"

namespace murnau {

namespace {

using Json = nlohmann::ordered_json;

// A number, or null when infinite, NaN or absent (json_writer.h).
Json number(double value)
{
    return json::finiteOrNull(value);
}

Json optionalNumber(const std::optional<double>& value)
{
    return json::finiteOrNull(value);
}

Json timecodeOf(Flicks t, FrameRate rate)
{
    const std::optional<std::string> tc = formatShotTimecode(t, rate);
    return tc ? Json(*tc) : Json(nullptr);
}

// "<prefix>_s", "<prefix>" (label) and "<prefix>_timecode" for an instant.
void putTime(Json& object, const std::string& prefix, Flicks t, FrameRate rate)
{
    object[prefix + "_s"] = flicksToSeconds(t);
    object[prefix] = formatSecondsLabel(t);
    object[prefix + "_timecode"] = timecodeOf(t, rate);
}

Json limitsJson(const FeasibilityLimits& l)
{
    Json j;
    j["track_section_m"] = l.trackSectionM;
    j["run_up_m"] = l.runUpM;
    j["stop_margin_m"] = l.stopMarginM;
    j["dolly_speed_mps"] = optionalNumber(l.dollySpeedMps);
    j["dolly_acceleration_mps2"] = optionalNumber(l.dollyAccelerationMps2);
    j["dolly_jerk_mps3"] = optionalNumber(l.dollyJerkMps3);
    j["pedestal_speed_mps"] = optionalNumber(l.pedestalSpeedMps);
    j["pedestal_acceleration_mps2"] = optionalNumber(l.pedestalAccelerationMps2);
    j["pedestal_jerk_mps3"] = optionalNumber(l.pedestalJerkMps3);
    j["pan_crossing_s"] = optionalNumber(l.panCrossingS);
    j["pan_acceleration_deg_per_s2"] = optionalNumber(l.panAccelerationDegPerS2);
    j["pan_jerk_deg_per_s3"] = optionalNumber(l.panJerkDegPerS3);
    j["tilt_crossing_s"] = optionalNumber(l.tiltCrossingS);
    j["tilt_acceleration_deg_per_s2"] = optionalNumber(l.tiltAccelerationDegPerS2);
    j["tilt_jerk_deg_per_s3"] = optionalNumber(l.tiltJerkDegPerS3);
    j["zoom_rate_mm_per_s"] = optionalNumber(l.zoomRateMmPerS);
    j["focus_pull_mps"] = optionalNumber(l.focusPullMps);
    if (l.lens) {
        j["lens"] = {{"min_focal_mm", l.lens->minFocalMm},
                     {"max_focal_mm", l.lens->maxFocalMm},
                     {"min_focus_m", l.lens->minFocusM}};
    } else {
        j["lens"] = nullptr;
    }
    j["camera_radius_m"] = l.collision.cameraRadiusM;
    j["actor_radius_m"] = l.collision.actorRadiusM;
    j["track_half_width_m"] = l.collision.trackHalfWidthM;
    j["track_clearance_m"] = l.collision.trackClearanceM;
    j["track_step_m"] = l.collision.trackStepM;
    j["severe_over_percent"] = l.severeOverPercent;
    return j;
}

Json trackJson(const TrackEstimate& t)
{
    Json j;
    j["on_rail"] = t.onRail;
    j["travel_from_m"] = t.travelFromM;
    j["travel_to_m"] = t.travelToM;
    j["travel_span_m"] = t.travelSpanM;
    j["travels_backwards"] = t.travelsBackwards;
    j["run_up_m"] = t.runUpM;
    j["stop_margin_m"] = t.stopMarginM;
    j["track_length_m"] = t.trackLengthM;
    j["section_length_m"] = t.sectionLengthM;
    j["sections"] = t.sections;
    j["laid_from_m"] = t.laidFromM;
    j["laid_to_m"] = t.laidToM;
    j["rail_length_m"] = optionalNumber(t.railLengthM);
    j["straight"] = std::isinf(t.minimumRadius.radiusM);
    j["min_radius_m"] = number(t.minimumRadius.radiusM);
    j["min_radius_at_m"] = std::isinf(t.minimumRadius.radiusM) ? Json(nullptr) : Json(t.minimumRadius.distanceM);
    return j;
}

Json motionJson(const MotionPeak& p, FrameRate rate)
{
    const MotionChannelInfo& info = motionChannelInfo(p.channel);
    const std::string unit(info.jsonUnit);
    Json j;
    j["unit"] = info.unit;
    j["peak_" + unit] = number(p.peak);
    putTime(j, "peak_at", p.peakAt, rate);
    j["peak_is_step"] = p.peakIsStep;
    if (p.worst) {
        j["limit_" + unit] = number(p.worst->limit);
        j["worst_" + unit] = number(p.worst->value);
        putTime(j, "worst_at", p.worst->at, rate);
        j["over_percent"] = number(p.worst->overPercent());
    } else {
        j["limit_" + unit] = nullptr;
    }
    return j;
}

Json lensJson(const LensUse& l, FrameRate rate)
{
    Json j;
    j["min_focal_mm"] = l.minFocalMm;
    putTime(j, "min_focal_at", l.minFocalAt, rate);
    j["max_focal_mm"] = l.maxFocalMm;
    putTime(j, "max_focal_at", l.maxFocalAt, rate);
    j["min_focus_m"] = l.minFocusM;
    putTime(j, "min_focus_at", l.minFocusAt, rate);
    if (l.lens) {
        j["lens"] = {{"min_focal_mm", l.lens->minFocalMm},
                     {"max_focal_mm", l.lens->maxFocalMm},
                     {"min_focus_m", l.lens->minFocusM}};
        j["focal_fits"] = l.focalFits;
        j["focus_fits"] = l.focusFits;
    } else {
        j["lens"] = nullptr;
        j["focal_fits"] = nullptr;
        j["focus_fits"] = nullptr;
    }
    return j;
}

Json focusMarksJson(const FocusMarkSheet& sheet, FrameRate rate)
{
    Json j;
    j["coc_mm"] = sheet.cocMm;
    j["coc_source"] = sheet.cocIsOverride ? "camera_override" : "sensor_default";
    Json marks = Json::array();
    for (const FocusMark& m : sheet.marks) {
        Json mark;
        mark["actor"] = m.actor;
        mark["beat"] = focusBeatKey(m.beat);
        mark["mark"] = m.markName.empty() ? Json(nullptr) : Json(m.markName);
        putTime(mark, "at", m.at, rate);
        mark["distance_m"] = m.distanceM;
        mark["focal_length_mm"] = m.focalLengthMm;
        mark["f_stop"] = m.fStop;
        if (m.depthOfField) {
            mark["hyperfocal_m"] = m.depthOfField->hyperfocalM;
            mark["near_m"] = m.depthOfField->nearM;
            mark["far_m"] = optionalNumber(m.depthOfField->farM);
            mark["depth_m"] = optionalNumber(m.depthOfField->totalM);
        } else {
            mark["hyperfocal_m"] = nullptr;
            mark["near_m"] = nullptr;
            mark["far_m"] = nullptr;
            mark["depth_m"] = nullptr;
        }
        mark["rig_focus_m"] = m.rigFocusM;
        mark["sharp_at_rig_focus"] = m.sharpAtRigFocus;
        marks.push_back(mark);
    }
    j["marks"] = marks;
    return j;
}

} // namespace

nlohmann::ordered_json feasibilityReportToJson(const FeasibilityReport& report)
{
    const FrameRate rate = report.frameRate;
    Json j;

    Json shot;
    shot["id"] = report.shotId;
    shot["number"] = report.shotNumber;
    shot["name"] = report.shotName;
    shot["frame_rate"] = frameRateLabel(rate);
    shot["fps"] = rate.fps();
    shot["duration_s"] = flicksToSeconds(report.durationFlicks);
    shot["frame_count"] = report.frameCount;
    shot["sample_count"] = report.sampleCount;
    j["shot"] = shot;

    Json summary;
    summary["track_length_m"] = report.track.trackLengthM;
    summary["sections"] = report.track.sections;
    summary["section_length_m"] = report.track.sectionLengthM;
    summary["min_radius_m"] = number(report.track.minimumRadius.radiusM);
    for (const MotionPeak& p : report.motion) {
        const MotionChannelInfo& info = motionChannelInfo(p.channel);
        summary["peak_" + std::string(info.key) + "_" + std::string(info.jsonUnit)] = number(p.peak);
    }
    summary["min_focal_mm"] = report.lens.minFocalMm;
    summary["max_focal_mm"] = report.lens.maxFocalMm;
    summary["min_focus_m"] = report.lens.minFocusM;
    summary["rig_collision_count"] = report.rigCollisions.size();
    summary["track_collision_count"] = report.trackCollisions.size();
    summary["warning_count"] = report.warnings.size();
    std::size_t problems = 0;
    for (const FeasibilityWarning& w : report.warnings)
        problems += w.severity == WarningSeverity::Problem ? 1 : 0;
    summary["problem_count"] = problems;
    j["summary"] = summary;

    j["limits"] = limitsJson(report.limits);
    j["track"] = trackJson(report.track);
    Json motion;
    for (const MotionPeak& p : report.motion)
        motion[std::string(motionChannelInfo(p.channel).key)] = motionJson(p, rate);
    j["motion"] = motion;
    j["lens"] = lensJson(report.lens, rate);

    Json rigCollisions = Json::array();
    for (const RigCollision& c : report.rigCollisions) {
        Json item;
        item["body"] = collisionBodyKey(c.body);
        item["kind"] = obstacleKindKey(c.kind);
        item["name"] = c.name;
        putTime(item, "from", c.range.fromFlicks, rate);
        putTime(item, "to", c.range.toFlicks, rate);
        item["closest_m"] = c.closestM;
        putTime(item, "closest_at", c.closestAt, rate);
        rigCollisions.push_back(item);
    }
    j["rig_collisions"] = rigCollisions;

    Json trackCollisions = Json::array();
    for (const TrackCollision& c : report.trackCollisions)
        trackCollisions.push_back(Json{{"name", c.name}, {"from_m", c.fromM}, {"to_m", c.toM}});
    j["track_collisions"] = trackCollisions;

    j["focus_marks"] = focusMarksJson(report.focusMarks, rate);

    Json warnings = Json::array();
    for (const FeasibilityWarning& w : report.warnings) {
        Json item;
        item["kind"] = warningKindKey(w.kind);
        item["severity"] = warningSeverityKey(w.severity);
        item["channel"] = w.channel;
        item["subject"] = w.subject;
        putTime(item, "from", w.range.fromFlicks, rate);
        putTime(item, "to", w.range.toFlicks, rate);
        item["message"] = w.message;
        warnings.push_back(item);
    }
    j["warnings"] = warnings;
    return j;
}

} // namespace murnau
