// What each side of a comparison costs (core/analysis/comparison_cost.h), against figures derived
// here. Set-up (test_move_support.h): Anna, 1.8 m, at the origin facing -Z; camera A, Super 35
// full gate (h = 18.66 mm), f/2.8, circle of confusion set to 0.025 mm; a comparison from
// nothing from MCU (v = 0.28) to FS (v = 1.2) on an 85 mm over 6 s at 24 fps:
//   d1 = v H f / h = 0.28 * 1.8 * 85 / 18.66 = 2.2958 m     d2 = 1.2 * 1.8 * 85 / 18.66 = 9.8392 m
//   the zoom ends at f2 = f1 d1 / d2 = 85 * 0.28 / 1.2 = 19.833 mm.
// Track (FeasibilityLimits defaults): travel d2 - d1 (the lens stays at eye height on the
// subject's axis) + 0.5 m run-up + 0.5 m stop margin, in ceil(length / 2.4384 m) 8 ft sections.
// Peak dolly speed: the default ease-in-out, cubic-bezier(0.42, 0, 0.58, 1), is steepest at its
// middle (u = 1/2 by symmetry): dy/du = 3 (2 (1-u) u) = 1.5, dx/du = 3 ((1-u)^2 0.42 +
// 2 (1-u) u 0.16 + u^2 0.42) = 0.87, so the peak is (1.5 / 0.87) (d2 - d1) / 6 s.
// Depth of field, thin lens (DOMAIN.md): H = f^2 / (N c) + f, near = s (H - f) / (H + s - 2f),
// far = s (H - f) / (H - s), all in millimetres, with focus s on the eyes.

#include <cmath>
#include <optional>

#include <gtest/gtest.h>

#include "core/analysis/comparison_cost.h"
#include "core/moves/comparison.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kFocalMm = 85.0;
constexpr double kD1 = 0.28 * kStatureM * kFocalMm / kGateHeightMm;
constexpr double kD2 = 1.2 * kStatureM * kFocalMm / kGateHeightMm;
constexpr double kF2 = kFocalMm * kD1 / kD2;
constexpr double kCocMm = 0.025;
constexpr double kFStop = 2.8;
constexpr double kSectionM = 2.4384;

// Anna and camera A (circle of confusion 0.025 mm) with `kit`.
Project costProject(std::optional<LensKit> kit)
{
    MoveSpec spec = annaSpec();
    spec.camera.cocMm = kCocMm;
    spec.camera.lensKit = std::move(kit);
    return projectFor(spec);
}

ComparisonRequest request(bool withDollyZoom = false)
{
    ComparisonRequest r;
    r.subject = "Anna";
    r.from = SubjectFraming::ofSize(ShotSize::MCU);
    r.to = SubjectFraming::ofSize(ShotSize::FS);
    r.focalLengthMm = kFocalMm;
    r.withDollyZoom = withDollyZoom;
    return r;
}

std::vector<SideCost> costsOf(const Project& project, bool withDollyZoom = false)
{
    const Result<Comparison> comparison = makeComparison(project, "", request(withDollyZoom));
    EXPECT_TRUE(comparison.ok()) << (comparison.ok() ? std::string() : comparison.error().describe());
    if (!comparison)
        return {};
    const Result<std::vector<SideCost>> costs = costComparison(project, *comparison);
    EXPECT_TRUE(costs.ok()) << (costs.ok() ? std::string() : costs.error().describe());
    return costs.ok() ? costs.value() : std::vector<SideCost>{};
}

// The thin-lens near and far limits (metres) for focal length f (mm) and focus s (m).
FocusSpan thinLens(double focalMm, double focusM)
{
    const double f = focalMm;
    const double s = focusM * 1000.0;
    const double h = f * f / (kFStop * kCocMm) + f;
    FocusSpan span;
    span.focusM = focusM;
    span.nearM = s * (h - f) / (h + s - 2.0 * f) / 1000.0;
    if (s < h)
        span.farM = s * (h - f) / (h - s) / 1000.0;
    return span;
}

void expectSpan(const FocusSpan& actual, const FocusSpan& expected)
{
    EXPECT_NEAR(actual.focusM, expected.focusM, 1e-6);
    EXPECT_NEAR(actual.nearM, expected.nearM, 1e-6);
    ASSERT_EQ(actual.farM.has_value(), expected.farM.has_value());
    if (expected.farM) {
        EXPECT_NEAR(*actual.farM, *expected.farM, 1e-6);
    }
}

} // namespace

TEST(ComparisonCost, TrackAndZoomWithoutAKit)
{
    const std::vector<SideCost> costs = costsOf(costProject(std::nullopt));
    ASSERT_EQ(costs.size(), 2u);
    const SideCost& track = costs[0];
    const SideCost& zoom = costs[1];
    EXPECT_EQ(track.side, CompareSide::Track);
    EXPECT_EQ(zoom.side, CompareSide::Zoom);

    // 9.8392 - 2.2958 = 7.5434 m of travel + 1 m = 8.5434 m: 8.5434 / 2.4384 = 3.50, so 4 sections.
    const double trackM = (kD2 - kD1) + 0.5 + 0.5;
    EXPECT_NEAR(track.trackLengthM, trackM, 1e-6);
    EXPECT_EQ(track.trackSections, static_cast<int>(std::ceil(trackM / kSectionM)));
    EXPECT_EQ(track.trackSections, 4);
    EXPECT_NEAR(track.peakDollySpeedMps, (1.5 / 0.87) * (kD2 - kD1) / 6.0, 1e-3);

    // The zoom stands still.
    EXPECT_EQ(zoom.trackLengthM, 0.0);
    EXPECT_EQ(zoom.trackSections, 0);
    EXPECT_EQ(zoom.peakDollySpeedMps, 0.0);

    // The track's lens is constant; the zoom's runs from f2 to f1.
    EXPECT_NEAR(track.minFocalMm, kFocalMm, 1e-9);
    EXPECT_NEAR(track.maxFocalMm, kFocalMm, 1e-9);
    EXPECT_NEAR(zoom.minFocalMm, kF2, 1e-6);
    EXPECT_NEAR(zoom.maxFocalMm, kFocalMm, 1e-9);

    // Without a kit everything is covered.
    for (const SideCost& cost : costs) {
        EXPECT_TRUE(cost.lensKitCovers);
        EXPECT_EQ(cost.lensKitNote, "any focal length (no kit)");
        EXPECT_TRUE(cost.missingPrimesMm.empty());
        EXPECT_FALSE(cost.lensMinFocusM.has_value());
        EXPECT_TRUE(cost.focusCovers);
        // Both start with the eyes at d1, the closest either comes.
        EXPECT_NEAR(cost.closestFocusM, kD1, 1e-6);
    }

    // Depth of field: the track ends at d2 on the 85 mm, the zoom at d1 on 19.8 mm.
    expectSpan(track.depthOfFieldStart, thinLens(kFocalMm, kD1));
    expectSpan(track.depthOfFieldEnd, thinLens(kFocalMm, kD2));
    expectSpan(zoom.depthOfFieldStart, thinLens(kFocalMm, kD1));
    expectSpan(zoom.depthOfFieldEnd, thinLens(kF2, kD1));
    // Hand check of the last: H = 19.833^2 / (2.8 * 0.025) + 19.833 = 5639.2 mm, past d1 = 2295.8 mm,
    // so the far limit is finite: 2295.8 * 5619.4 / (5639.2 - 2295.8) = 3858.6 mm.
    ASSERT_TRUE(zoom.depthOfFieldEnd.farM.has_value());
    EXPECT_NEAR(*zoom.depthOfFieldEnd.farM, 3.8586, 5e-3);
}

TEST(ComparisonCost, DollyZoomTravelsLikeTheTrackAndZoomsIn)
{
    const std::vector<SideCost> costs = costsOf(costProject(std::nullopt), true);
    ASSERT_EQ(costs.size(), 3u);
    const SideCost& dolly = costs[2];
    EXPECT_EQ(dolly.side, CompareSide::DollyZoom);
    EXPECT_NEAR(dolly.trackLengthM, costs[0].trackLengthM, 1e-6);
    EXPECT_EQ(dolly.trackSections, costs[0].trackSections);
    // f_C = f1 d / d1: 85 mm at d1 up to 85 * d2 / d1 = 85 * 1.2 / 0.28 = 364.3 mm at d2.
    EXPECT_NEAR(dolly.minFocalMm, kFocalMm, 1e-6);
    EXPECT_NEAR(dolly.maxFocalMm, kFocalMm * kD2 / kD1, 1e-3);
    expectSpan(dolly.depthOfFieldEnd, thinLens(kFocalMm * kD2 / kD1, kD2));
}

TEST(ComparisonCost, AgainstAZoomKit)
{
    LensKit optimo;
    optimo.name = "Optimo 24-290";
    optimo.kind = LensKitKind::Zoom;
    optimo.zoomMinMm = 24.0;
    optimo.zoomMaxMm = 290.0;
    optimo.zoomMinFocusM = 1.22;
    const std::vector<SideCost> costs = costsOf(costProject(optimo));
    ASSERT_EQ(costs.size(), 2u);
    // 85 mm lies within 24-290 mm; 19.8 mm is wider than 24 mm.
    EXPECT_TRUE(costs[0].lensKitCovers);
    EXPECT_EQ(costs[0].lensKitNote, "within the Optimo 24-290 (24-290 mm)");
    EXPECT_FALSE(costs[1].lensKitCovers);
    EXPECT_NE(costs[1].lensKitNote.find("19.8"), std::string::npos) << costs[1].lensKitNote;
    for (const SideCost& cost : costs) {
        ASSERT_TRUE(cost.lensMinFocusM.has_value());
        EXPECT_EQ(*cost.lensMinFocusM, 1.22);
        EXPECT_TRUE(cost.focusCovers);   // d1 = 2.30 m >= 1.22 m
    }
}

TEST(ComparisonCost, AgainstPrimes)
{
    LensKit primes;
    primes.name = "Cooke S4/i";
    primes.kind = LensKitKind::Primes;
    primes.primes = {PrimeLens{25.0, 0.23, 2.0}, PrimeLens{50.0, 0.45, 2.0}, PrimeLens{85.0, 0.95, 2.0}};
    const std::vector<SideCost> costs = costsOf(costProject(primes));
    ASSERT_EQ(costs.size(), 2u);
    // The track is done on the 85 mm prime, whose close focus (0.95 m) is nearer than d1.
    EXPECT_TRUE(costs[0].lensKitCovers);
    EXPECT_EQ(costs[0].lensKitNote, "the 85 mm prime of the Cooke S4/i");
    EXPECT_TRUE(costs[0].missingPrimesMm.empty());
    ASSERT_TRUE(costs[0].lensMinFocusM.has_value());
    EXPECT_EQ(*costs[0].lensMinFocusM, 0.95);
    EXPECT_TRUE(costs[0].focusCovers);
    // The zoom changes focal length: primes cannot do it; 85 mm is a prime, 19.8 mm is not.
    EXPECT_FALSE(costs[1].lensKitCovers);
    EXPECT_EQ(costs[1].lensKitNote, "needs a zoom from 85 to 19.8 mm; the kit has primes only");
    ASSERT_EQ(costs[1].missingPrimesMm.size(), 1u);
    EXPECT_NEAR(costs[1].missingPrimesMm[0], kF2, 1e-6);

    // Without the 85 mm, and with a prime that cannot focus as close as d1 = 2.30 m.
    primes.primes = {PrimeLens{25.0, 0.23, 2.0}, PrimeLens{50.0, 0.45, 2.0}};
    const std::vector<SideCost> without = costsOf(costProject(primes));
    ASSERT_EQ(without.size(), 2u);
    EXPECT_FALSE(without[0].lensKitCovers);
    EXPECT_EQ(without[0].lensKitNote, "no 85 mm prime in the Cooke S4/i");
    ASSERT_EQ(without[0].missingPrimesMm.size(), 1u);
    EXPECT_NEAR(without[0].missingPrimesMm[0], kFocalMm, 1e-9);
    EXPECT_FALSE(without[0].lensMinFocusM.has_value());
    EXPECT_EQ(without[1].missingPrimesMm.size(), 2u);   // neither end has a prime

    primes.primes = {PrimeLens{85.0, 2.5, 2.0}};
    const std::vector<SideCost> farFocus = costsOf(costProject(primes));
    ASSERT_EQ(farFocus.size(), 2u);
    EXPECT_TRUE(farFocus[0].lensKitCovers);
    EXPECT_FALSE(farFocus[0].focusCovers);   // 2.30 m < 2.5 m
}

TEST(ComparisonCost, CircleOfConfusionDefaultsToTheFormat)
{
    // Without an override the sensor format's circle of confusion is used (focus_marks.h).
    Project project = costProject(std::nullopt);
    project.cameras[0].cocMm.reset();
    const double cocMm = project.cameras[0].sensor.cocMm;
    ASSERT_GT(cocMm, 0.0);
    const std::vector<SideCost> costs = costsOf(project);
    ASSERT_EQ(costs.size(), 2u);
    const double f = kFocalMm;
    const double s = kD1 * 1000.0;
    const double h = f * f / (kFStop * cocMm) + f;
    EXPECT_NEAR(costs[0].depthOfFieldStart.nearM, s * (h - f) / (h + s - 2.0 * f) / 1000.0, 1e-6);
}
