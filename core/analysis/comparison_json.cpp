// Writing a comparison as JSON (comparison_json.h).

#include "core/analysis/comparison_json.h"

#include <cmath>
#include <optional>
#include <string>

#include "core/moves/subject_framing.h"
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

// Near and far limits of one instant, metres; far null beyond the hyperfocal distance.
Json focusSpanJson(const FocusSpan& span)
{
    Json j;
    j["focusM"] = number(span.focusM);
    j["nearM"] = number(span.nearM);
    j["farM"] = optionalNumber(span.farM);
    return j;
}

Json costJson(const SideCost& cost)
{
    Json j;
    j["trackLengthM"] = number(cost.trackLengthM);
    j["trackSections"] = cost.trackSections;
    j["peakDollySpeedMps"] = number(cost.peakDollySpeedMps);
    j["minFocalMm"] = number(cost.minFocalMm);
    j["maxFocalMm"] = number(cost.maxFocalMm);
    j["lensKitCovers"] = cost.lensKitCovers;
    j["lensKitNote"] = cost.lensKitNote;
    Json missing = Json::array();
    for (const double focal : cost.missingPrimesMm)
        missing.push_back(number(focal));
    j["missingPrimesMm"] = missing;
    j["closestFocusM"] = number(cost.closestFocusM);
    j["lensMinFocusM"] = optionalNumber(cost.lensMinFocusM);
    j["focusCovers"] = cost.focusCovers;
    j["depthOfFieldStart"] = focusSpanJson(cost.depthOfFieldStart);
    j["depthOfFieldEnd"] = focusSpanJson(cost.depthOfFieldEnd);
    return j;
}

// The cost of `side` among `costs`, or null when none was given for it.
Json costOf(CompareSide side, const std::vector<SideCost>& costs)
{
    for (const SideCost& cost : costs)
        if (cost.side == side)
            return costJson(cost);
    return nullptr;
}

Json readingJson(const SideReading& reading)
{
    Json j;
    j["distanceM"] = number(reading.distanceM);
    j["focalLengthMm"] = number(reading.focalLengthMm);
    j["horizontalAovDeg"] = number(reading.horizontalAovDeg);
    j["subjectFraction"] = number(reading.subjectFraction);
    j["backgroundFraction"] = number(reading.backgroundFraction);
    j["cameraPositionM"] = json::vec3Json(reading.cameraPositionM);
    return j;
}

} // namespace

nlohmann::ordered_json comparisonJson(const Comparison& comparison, const ComparisonReadouts& readouts,
                                      const std::vector<SideCost>& costs)
{
    Json j;
    j["sourceShot"] = comparison.sourceShotId.empty() ? Json(nullptr) : Json(comparison.sourceShotId);
    j["subject"] = comparison.request.subject;
    j["from"] = framingLabel(comparison.request.from);
    j["to"] = framingLabel(comparison.request.to);
    j["background"] = Json{{"label", readouts.backgroundLabel}, {"behindM", number(readouts.backgroundBehindM)}};

    Json sides = Json::array();
    for (std::size_t i = 0; i < comparison.sides.size() && i < comparison.moves.size(); ++i) {
        const CompareSide side = comparison.sides[i];
        const MoveSummary& summary = comparison.moves[i].summary;
        Json s;
        s["side"] = std::string(compareSideKey(side));
        s["title"] = std::string(compareSideTitle(side));
        s["description"] = comparison.moves[i].description;
        s["focalLengthMm"] = Json::array({number(summary.startFocalLengthMm), number(summary.endFocalLengthMm)});
        s["distanceM"] = Json::array({number(summary.startDistanceM), number(summary.endDistanceM)});
        s["cost"] = costOf(side, costs);
        sides.push_back(s);
    }
    j["sides"] = sides;

    Json frames = Json::array();
    for (const ComparisonFrame& frame : readouts.frames) {
        Json f;
        f["frame"] = frame.frame;
        f["seconds"] = frame.seconds;
        Json readings = Json::array();
        for (const SideReading& reading : frame.sides)
            readings.push_back(readingJson(reading));
        f["sides"] = readings;
        f["backgroundMagnification"] = number(frame.backgroundMagnification);
        f["predictedMagnification"] = number(frame.predictedMagnification);
        frames.push_back(f);
    }
    j["frames"] = frames;
    return j;
}

} // namespace murnau
