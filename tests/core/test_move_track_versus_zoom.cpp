// Track out versus zoom out, matched (test_move_support.h: Anna 1.8 m, Super 35 full gate
// h = 18.66 mm), from MCU (v = 0.28) to FS (v = 1.2) on an 85 mm:
//   d1 = 0.28 * 1.8 * 85 / 18.66 = 2.2958 m, d2 = 1.2 * 1.8 * 85 / 18.66 = 9.8392 m,
//   B's zoom ends at f2 = f1 d1 / d2 = 85 * 0.28 / 1.2 = 19.833 mm.
// The frame shows v = h d / (f H) of her stature: 0.28 at the start and 1.2 at the end, in both. A 1 m post D = 6 m behind her images f / (d + D) (per metre) in each; their ratio A / B
// at a frame where A stands d_A from her eyes and B zooms to f1 d1 / d_A is
//   [f1 / (d_A + D)] / [f1 d1 / (d_A (d1 + D))] = d_A (d1 + D) / (d1 (d_A + D)).

#include <cmath>

#include <gtest/gtest.h>

#include "core/moves/background_magnification.h"
#include "core/moves/track_versus_zoom.h"
#include "core/optics/projection.h"
#include "test_move_support.h"

using namespace murnau;
using namespace murnau::movetest;

namespace {

constexpr double kD1 = 0.28 * kStatureM * 85.0 / kGateHeightMm;
constexpr double kD2 = 1.2 * kStatureM * 85.0 / kGateHeightMm;
constexpr double kBehindM = 6.0;

// Projected height (gate y units) of a 1 m post kBehindM behind Anna's eyes (the cameras look along +Z).
double postHeight(const CameraState& camera)
{
    const auto foot = projectToGate(camera, {0.0, kEyeM, kBehindM});
    const auto top = projectToGate(camera, {0.0, kEyeM + 1.0, kBehindM});
    EXPECT_TRUE(foot && top);
    return foot && top ? top->y - foot->y : 0.0;
}

// Projected height of Anna herself, floor to crown.
double annaHeight(const CameraState& camera)
{
    const auto feet = projectToGate(camera, {0.0, 0.0, 0.0});
    const auto crown = projectToGate(camera, {0.0, kStatureM, 0.0});
    EXPECT_TRUE(feet && crown);
    return feet && crown ? crown->y - feet->y : 0.0;
}

} // namespace

TEST(BackgroundMagnification, IsTheDomainFormula)
{
    // d1 = 2, d2 = 4, D = 6: 4 * 8 / (2 * 10) = 1.6.
    const auto m = backgroundMagnification(2.0, 4.0, 6.0);
    ASSERT_TRUE(m.ok());
    EXPECT_NEAR(*m, 1.6, 1e-15);
    EXPECT_EQ(backgroundMagnification(2.0, 4.0, 0.0).value(), 1.0);   // no depth, no difference
    EXPECT_EQ(backgroundMagnification(std::nan(""), 4.0, 6.0).error().field, "fromDistanceM");
    EXPECT_EQ(backgroundMagnification(2.0, 0.0, 6.0).error().field, "toDistanceM");
    EXPECT_EQ(backgroundMagnification(2.0, 4.0, -1.0).error().field, "backgroundBehindM");
}

TEST(TrackVersusZoom, SameFramingDifferentPerspective)
{
    const MoveSpec spec = annaSpec();
    const auto pair = makeTrackVersusZoom(spec, TrackVersusZoom{SubjectFraming::ofSize(ShotSize::MCU),
                                                                SubjectFraming::ofSize(ShotSize::FS), 85.0});
    ASSERT_TRUE(pair.ok()) << pair.error().describe();
    EXPECT_EQ(pair->track.description, "Track out from MCU to FS of Anna, 85 mm, 6 s");
    EXPECT_EQ(pair->zoom.description,
              "Zoom out from MCU to FS of Anna, 85 mm to 19.8 mm, matched to the track out, 6 s");
    EXPECT_EQ(pair->zoom.shot.move, "zoomout");
    EXPECT_NEAR(pair->zoom.summary.endFocalLengthMm, 85.0 * 0.28 / 1.2, 1e-9);

    const auto track = evaluatorFor(spec, pair->track);
    const auto zoom = evaluatorFor(spec, pair->zoom);
    ASSERT_TRUE(track && zoom);
    ASSERT_EQ(track->frameCount(), zoom->frameCount());
    const CameraState zoomStart = zoom->cameraAt(0);
    EXPECT_NEAR(zoomStart.positionM.z, -kD1, 1e-9);

    for (std::int64_t k = 0; k <= track->frameCount(); ++k) {
        const Flicks t = k < track->frameCount() ? frameTime(k) : spec.durationFlicks;
        const CameraState a = track->cameraAt(t);
        const CameraState b = zoom->cameraAt(t);
        EXPECT_EQ(a.focalLengthMm, 85.0) << k;                          // A never zooms
        EXPECT_EQ(b.positionM, zoomStart.positionM) << k;               // B never moves
        // The same size of subject in both (the framing matched on every frame) ...
        EXPECT_NEAR(annaHeight(a) / annaHeight(b), 1.0, 1e-9) << k;
        // ... and the background larger in the track by the formula, from the projections.
        const double dA = -a.positionM.z;   // A's lens to her eyes, along the axis
        const double expected = dA * (kD1 + kBehindM) / (kD1 * (dA + kBehindM));
        EXPECT_NEAR(postHeight(a) / postHeight(b), expected, 1e-9) << k;
        EXPECT_NEAR(postHeight(a) / postHeight(b), backgroundMagnification(kD1, dA, kBehindM).value(), 1e-9) << k;
    }

    // Start and end framings, in both: the frame shows 0.28 and then 1.2 of her stature.
    for (const auto* evaluator : {&*track, &*zoom}) {
        const ShotSample start = evaluator->sampleAt(0);
        const ShotSample end = evaluator->sampleAt(spec.durationFlicks);
        ASSERT_TRUE(start.actors[0].framing && end.actors[0].framing);
        EXPECT_NEAR(start.actors[0].framing->visibleStatures, 0.28, 0.28e-9);
        EXPECT_NEAR(end.actors[0].framing->visibleStatures, 1.2, 1.2e-9);
    }
    // At the end the track shows the background d2 (d1 + D) / (d1 (d2 + D)) = 1.614 times larger.
    const double endRatio = postHeight(track->cameraAt(spec.durationFlicks)) / postHeight(zoom->cameraAt(spec.durationFlicks));
    EXPECT_NEAR(endRatio, kD2 * (kD1 + kBehindM) / (kD1 * (kD2 + kBehindM)), 1e-9);
}

TEST(TrackVersusZoom, PushInAgainstZoomIn)
{
    const MoveSpec spec = annaSpec();
    const auto pair = makeTrackVersusZoom(spec, TrackVersusZoom{SubjectFraming::atDistance(8.0),
                                                                SubjectFraming::atDistance(2.0), 25.0});
    ASSERT_TRUE(pair.ok()) << pair.error().describe();
    EXPECT_EQ(pair->zoom.shot.move, "zoomin");
    EXPECT_NEAR(pair->zoom.summary.endFocalLengthMm, 100.0, 1e-9);   // 25 * 8 / 2
    const auto zoom = evaluatorFor(spec, pair->zoom);
    ASSERT_TRUE(zoom.has_value());
    EXPECT_NEAR(zoom->cameraAt(spec.durationFlicks).focalLengthMm, 100.0, 1e-9);
}
