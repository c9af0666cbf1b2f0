// The comparison as JSON (core/analysis/comparison_json.h): keys in their fixed order, every
// readout and cost field written with its unit in the name, null for what is not known. The
// values are the structs' own (this tests the writing, not the numbers: those are tested in
// test_comparison_readouts.cpp).

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/analysis/comparison_json.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

std::vector<std::string> keysOf(const nlohmann::ordered_json& object)
{
    std::vector<std::string> keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.push_back(it.key());
    return keys;
}

} // namespace

TEST(ComparisonJson, WritesTheRequestSidesCostsAndFramesInOrder)
{
    const Project project = projectFor(annaSpec());
    ComparisonRequest request;
    request.subject = "Anna";
    request.focalLengthMm = 50.0;
    request.withDollyZoom = true;
    const Result<Comparison> comparison = makeComparison(project, "", request);
    ASSERT_TRUE(comparison.ok()) << comparison.error().describe();
    const Result<ComparisonReadouts> readouts = readComparison(project, *comparison, CompareBackground{});
    ASSERT_TRUE(readouts.ok()) << readouts.error().describe();

    // A cost for the track only: the zoom and the dolly zoom get null.
    SideCost track;
    track.side = CompareSide::Track;
    track.trackLengthM = 6.2;
    track.trackSections = 3;
    track.peakDollySpeedMps = 1.25;
    track.minFocalMm = 50.0;
    track.maxFocalMm = 50.0;
    track.lensKitCovers = false;
    track.lensKitNote = "no 50 mm prime in Test";
    track.missingPrimesMm = {50.0};
    track.closestFocusM = 1.35;
    track.focusCovers = true;
    track.depthOfFieldStart = FocusSpan{1.35, 1.3, 1.4};
    track.depthOfFieldEnd = FocusSpan{5.79, 4.5, std::nullopt};
    const nlohmann::ordered_json j = comparisonJson(*comparison, *readouts, {track});

    EXPECT_EQ(keysOf(j), (std::vector<std::string>{"sourceShot", "subject", "from", "to", "background", "sides", "frames"}));
    EXPECT_TRUE(j["sourceShot"].is_null());   // from nothing
    EXPECT_EQ(j["subject"], "Anna");
    EXPECT_EQ(j["from"], "MCU");
    EXPECT_EQ(j["to"], "FS");
    EXPECT_EQ(j["background"]["label"], "plane 10 m behind Anna");
    EXPECT_EQ(j["background"]["behindM"], readouts->backgroundBehindM);

    ASSERT_EQ(j["sides"].size(), 3u);
    const auto& a = j["sides"][0];
    EXPECT_EQ(keysOf(a), (std::vector<std::string>{"side", "title", "description", "focalLengthMm", "distanceM", "cost"}));
    EXPECT_EQ(a["side"], "track");
    EXPECT_EQ(a["title"], "Track out");
    EXPECT_EQ(a["description"], comparison->moves[0].description);
    EXPECT_EQ(a["focalLengthMm"], nlohmann::ordered_json::array({50.0, 50.0}));
    EXPECT_EQ(a["distanceM"][1], comparison->moves[0].summary.endDistanceM);
    const auto& cost = a["cost"];
    EXPECT_EQ(keysOf(cost), (std::vector<std::string>{"trackLengthM", "trackSections", "peakDollySpeedMps", "minFocalMm",
                                                      "maxFocalMm", "lensKitCovers", "lensKitNote", "missingPrimesMm",
                                                      "closestFocusM", "lensMinFocusM", "focusCovers",
                                                      "depthOfFieldStart", "depthOfFieldEnd"}));
    EXPECT_EQ(cost["trackLengthM"], 6.2);
    EXPECT_EQ(cost["trackSections"], 3);
    EXPECT_EQ(cost["lensKitCovers"], false);
    EXPECT_EQ(cost["missingPrimesMm"], nlohmann::ordered_json::array({50.0}));
    EXPECT_TRUE(cost["lensMinFocusM"].is_null());
    EXPECT_EQ(keysOf(cost["depthOfFieldStart"]), (std::vector<std::string>{"focusM", "nearM", "farM"}));
    EXPECT_EQ(cost["depthOfFieldStart"]["farM"], 1.4);
    EXPECT_TRUE(cost["depthOfFieldEnd"]["farM"].is_null());
    EXPECT_EQ(j["sides"][1]["side"], "zoom");
    EXPECT_TRUE(j["sides"][1]["cost"].is_null());
    EXPECT_EQ(j["sides"][2]["side"], "dollyzoom");

    ASSERT_EQ(j["frames"].size(), readouts->frames.size());
    const auto& last = j["frames"].back();
    const ComparisonFrame& lastFrame = readouts->frames.back();
    EXPECT_EQ(keysOf(last), (std::vector<std::string>{"frame", "seconds", "sides", "backgroundMagnification", "predictedMagnification"}));
    EXPECT_EQ(last["frame"], lastFrame.frame);
    EXPECT_EQ(last["seconds"], lastFrame.seconds);
    EXPECT_EQ(last["backgroundMagnification"], lastFrame.backgroundMagnification);
    EXPECT_EQ(last["predictedMagnification"], lastFrame.predictedMagnification);
    ASSERT_EQ(last["sides"].size(), 3u);
    const auto& zoom = last["sides"][1];
    EXPECT_EQ(keysOf(zoom), (std::vector<std::string>{"distanceM", "focalLengthMm", "horizontalAovDeg", "subjectFraction",
                                                      "backgroundFraction", "cameraPositionM"}));
    EXPECT_EQ(zoom["focalLengthMm"], lastFrame.sides[1].focalLengthMm);
    EXPECT_EQ(zoom["horizontalAovDeg"], lastFrame.sides[1].horizontalAovDeg);
    EXPECT_EQ(zoom["subjectFraction"], lastFrame.sides[1].subjectFraction);
    EXPECT_EQ(zoom["backgroundFraction"], lastFrame.sides[1].backgroundFraction);
    ASSERT_EQ(zoom["cameraPositionM"].size(), 3u);
    EXPECT_EQ(zoom["cameraPositionM"][2], lastFrame.sides[1].cameraPositionM.z);
}
