// The move catalog (core/moves/move_catalog.h): every move generates with its defaults around
// Anna (1.8 m, camera A: Super 35 full gate, 35 mm), parameters a move does not take or cannot
// use are refused naming the MoveParameters field, generator errors come back under the
// parameter's name, and the catalog's result equals the generator called directly. Expected
// distances are d = v H f / h (subject_framing.h) worked by hand.

#include <set>
#include <string>

#include <gtest/gtest.h>

#include "core/moves/dolly_zoom.h"
#include "core/moves/follow_move.h"
#include "core/moves/move_catalog.h"
#include "core/moves/orbit_move.h"
#include "core/moves/pedestal_move.h"
#include "core/moves/pull_back.h"
#include "core/moves/static_shot.h"
#include "core/moves/tilt_track_move.h"
#include "core/moves/track_move.h"
#include "core/moves/track_versus_zoom.h"
#include "core/moves/truck_move.h"
#include "core/moves/zoom_move.h"
#include "test_move_support.h"

namespace murnau {
namespace {

using namespace movetest;

// The same move: equal shots (rig keys, camera, duration, description ...), blocking and figures.
void expectSameMove(const MoveResult& a, const MoveResult& b)
{
    EXPECT_EQ(a.shot, b.shot);
    EXPECT_EQ(a.description, b.description);
    EXPECT_EQ(a.blocking.has_value(), b.blocking.has_value());
    if (a.blocking && b.blocking) {
        EXPECT_EQ(*a.blocking, *b.blocking);
    }
    EXPECT_EQ(a.summary.startDistanceM, b.summary.startDistanceM);
    EXPECT_EQ(a.summary.endDistanceM, b.summary.endDistanceM);
    EXPECT_EQ(a.summary.startFocalLengthMm, b.summary.startFocalLengthMm);
    EXPECT_EQ(a.summary.endFocalLengthMm, b.summary.endFocalLengthMm);
    EXPECT_EQ(a.summary.trackLengthM, b.summary.trackLengthM);
    EXPECT_EQ(a.summary.lensRiseM, b.summary.lensRiseM);
}

// MoveParameters with the fields `set` gives.
template <typename Set>
MoveParameters params(Set set)
{
    MoveParameters p;
    set(p);
    return p;
}

void expectSame(const Result<std::vector<MoveResult>>& catalog, const Result<MoveResult>& direct)
{
    ASSERT_TRUE(catalog.ok()) << catalog.error().describe();
    ASSERT_TRUE(direct.ok()) << direct.error().describe();
    ASSERT_EQ(catalog->size(), 1u);
    expectSameMove(catalog->front(), *direct);
}

TEST(MoveCatalog, ListsTwelveMovesWithUniqueKeysInKindOrder)
{
    const auto moves = moveCatalog();
    ASSERT_EQ(moves.size(), 12u);
    std::set<std::string_view> keys;
    for (std::size_t i = 0; i < moves.size(); ++i) {
        EXPECT_EQ(static_cast<std::size_t>(moves[i].kind), i);
        EXPECT_TRUE(keys.insert(moves[i].key).second) << moves[i].key;
        EXPECT_EQ(findMove(moves[i].key), &moves[i]);
        EXPECT_FALSE(moves[i].title.empty());
        EXPECT_FALSE(moves[i].parameters.empty());
        EXPECT_TRUE(takesParameter(moves[i], MoveParameter::From)) << moves[i].key;
        EXPECT_TRUE(takesParameter(moves[i], MoveParameter::FocalLength)) << moves[i].key;
    }
    // The CLI's keys from before the catalog are kept.
    for (const char* key : {"trackout", "zoomout", "compare", "dollyzoom", "follow", "orbit", "pullback"})
        EXPECT_NE(findMove(key), nullptr) << key;
    EXPECT_EQ(findMove("spiral"), nullptr);
    EXPECT_FALSE(moveInfo(MoveKind::Follow).usesTiming);   // a leading shot runs at constant speed
    EXPECT_TRUE(moveInfo(MoveKind::Track).usesTiming);
    EXPECT_FALSE(moveInfo(MoveKind::Compare).secondShotName.empty());
    EXPECT_EQ(moveParameterInfo(MoveParameter::WalkingSpeed).field, "walkingSpeedMps");
}

TEST(MoveCatalog, EveryMoveGeneratesWithItsDefaults)
{
    const MoveSpec spec = annaSpec();
    for (const MoveInfo& move : moveCatalog()) {
        const Result<std::vector<MoveResult>> results = generateMove(move.kind, spec, MoveParameters{});
        ASSERT_TRUE(results.ok()) << move.key << ": " << results.error().describe();
        EXPECT_EQ(results->size(), move.kind == MoveKind::Compare ? 2u : 1u) << move.key;
        for (const MoveResult& result : *results) {
            EXPECT_FALSE(result.description.empty()) << move.key;
            EXPECT_EQ(result.shot.durationFlicks, 6 * kS) << move.key;
            EXPECT_TRUE(evaluatorFor(spec, result).has_value()) << move.key;
        }
        // The defaults a form shows name only parameters the move takes.
        const MoveParameters defaults = defaultMoveParameters(move.kind);
        for (const MoveParameterInfo& parameter : moveParameterInfos()) {
            if (hasParameter(defaults, parameter.parameter))
                EXPECT_TRUE(takesParameter(move, parameter.parameter)) << move.key << " " << parameter.field;
        }
    }
}

TEST(MoveCatalog, DefaultTrackOutRunsFromCloseUpToWideShot)
{
    // WS: v = 3 statures in frame, d = 3 * 1.8 m * 35 mm / 18.66 mm = 10.1286 m.
    const Result<std::vector<MoveResult>> results = generateMove(MoveKind::Track, annaSpec(), {});
    ASSERT_TRUE(results.ok());
    EXPECT_NEAR(results->front().summary.endDistanceM, 3.0 * 1.8 * 35.0 / kGateHeightMm, 1e-9);
    EXPECT_EQ(results->front().shot.move, "trackout");
    EXPECT_EQ(results->front().description.rfind("Track out from CU to WS of Anna, 35 mm, 6 s", 0), 0u)
        << results->front().description;
}

TEST(MoveCatalog, DefaultDollyZoomDoublesLensAndDistance)
{
    // Held MCU (v = 1 - 0.720 = 0.28): d1 = 0.28 * 1.8 * 35 / 18.66 = 0.9453 m; the end lens
    // defaults to 2 x 35 = 70 mm, so d2 = d1 * 70 / 35.
    const Result<std::vector<MoveResult>> results = generateMove(MoveKind::DollyZoom, annaSpec(), {});
    ASSERT_TRUE(results.ok()) << results.error().describe();
    const MoveSummary& summary = results->front().summary;
    EXPECT_NEAR(summary.startDistanceM, 0.28 * 1.8 * 35.0 / kGateHeightMm, 1e-3);
    EXPECT_NEAR(summary.endFocalLengthMm, 70.0, 1e-9);
    EXPECT_NEAR(summary.endDistanceM, 2.0 * summary.startDistanceM, 1e-9);
}

TEST(MoveCatalog, RefusesParametersNamingTheField)
{
    const MoveSpec spec = annaSpec();
    struct Case {
        MoveKind kind;
        MoveParameters parameters;
        std::string field;
    };
    const auto with = [](auto set) {
        MoveParameters p;
        set(p);
        return p;
    };
    const std::vector<Case> cases{
        {MoveKind::Track, with([](MoveParameters& p) { p.sweepDeg = 90.0; }), "sweepDeg"},      // not taken
        {MoveKind::Static, with([](MoveParameters& p) { p.to = SubjectFraming::ofSize(ShotSize::WS); }), "to"},
        {MoveKind::Follow, with([](MoveParameters& p) { p.riseM = 1.0; }), "riseM"},
        {MoveKind::Track, with([](MoveParameters& p) { p.to = SubjectFraming::ofSize(ShotSize::CU); }), "to"},
        {MoveKind::Zoom, with([](MoveParameters& p) { p.to = SubjectFraming::atDistance(3.0); }), "to"},
        {MoveKind::Zoom, with([](MoveParameters& p) { p.focalLengthMm = 5000.0; }), "focalLengthMm"},
        {MoveKind::Zoom,
         with([](MoveParameters& p) {
             p.to = SubjectFraming::ofSize(ShotSize::WS);
             p.toFocalLengthMm = 20.0;
         }),
         "toFocalLengthMm"},
        {MoveKind::DollyZoom, with([](MoveParameters& p) { p.to = SubjectFraming::ofSize(ShotSize::WS); }), "to"},
        {MoveKind::DollyZoom, with([](MoveParameters& p) { p.toFocalLengthMm = 5000.0; }), "toFocalLengthMm"},
        {MoveKind::DollyZoom, with([](MoveParameters& p) { p.to = SubjectFraming::atDistance(0.01); }), "to"},
        {MoveKind::Follow, with([](MoveParameters& p) { p.walkingSpeedMps = 20.0; }), "walkingSpeedMps"},
        {MoveKind::Follow, with([](MoveParameters& p) { p.from = SubjectFraming::atDistance(0.01); }), "from"},
        {MoveKind::Orbit, with([](MoveParameters& p) { p.sweepDeg = 0.0; }), "sweepDeg"},
        {MoveKind::PullBack, with([](MoveParameters& p) { p.riseM = -1.0; }), "riseM"},
        {MoveKind::Pedestal, with([](MoveParameters& p) { p.riseM = 0.0; }), "riseM"},
        {MoveKind::Truck, with([](MoveParameters& p) { p.truckM = 0.0; }), "truckM"},
        {MoveKind::Head, with([](MoveParameters& p) { p.angleDeg = 0.0; }), "angleDeg"},
        {MoveKind::TiltTrack, with([](MoveParameters& p) { p.tiltDeg = 100.0; }), "tiltDeg"},
        {MoveKind::Static, with([](MoveParameters& p) { p.from = SubjectFraming::atDistance(20000.0); }), "from"},
    };
    for (const Case& c : cases) {
        const Result<std::vector<MoveResult>> results = generateMove(c.kind, spec, c.parameters);
        ASSERT_FALSE(results.ok()) << moveInfo(c.kind).key << " " << c.field;
        EXPECT_EQ(results.error().field, c.field) << moveInfo(c.kind).key << ": " << results.error().describe();
        EXPECT_FALSE(results.error().message.empty());
    }
    MoveSpec shortSpec = spec;
    shortSpec.durationFlicks = 0;
    const Result<std::vector<MoveResult>> refused = generateMove(MoveKind::Track, shortSpec, {});
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, "durationFlicks");
}

TEST(MoveCatalog, GivenEndOfAZoomTakesNoDefaultForTheOther)
{
    MoveParameters p;
    p.toFocalLengthMm = 20.0;
    const MoveParameters filled = withMoveDefaults(MoveKind::Zoom, p);
    EXPECT_FALSE(filled.to.has_value());
    EXPECT_EQ(filled.toFocalLengthMm, 20.0);
    EXPECT_EQ(withMoveDefaults(MoveKind::Zoom, {}).to, SubjectFraming::ofSize(ShotSize::WS));
}

TEST(MoveCatalog, EqualsTheGeneratorsCalledDirectly)
{
    MoveSpec spec = annaSpec();
    spec.timing.profile = MoveProfile::Ramped;
    spec.timing.rampFlicks = kS;
    const SubjectFraming ms = SubjectFraming::ofSize(ShotSize::MS);
    const SubjectFraming fs = SubjectFraming::ofSize(ShotSize::FS);
    const SubjectFraming twoM = SubjectFraming::atDistance(2.0);

    MoveParameters p;
    p.from = ms;
    p.to = fs;
    p.focalLengthMm = 50.0;
    expectSame(generateMove(MoveKind::Track, spec, p), makeTrackMove(spec, TrackMove{ms, fs, 50.0}));

    ZoomMove zoom;
    zoom.from = ms;
    zoom.fromFocalLengthMm = 50.0;
    zoom.toFocalLengthMm = 24.0;
    expectSame(generateMove(MoveKind::Zoom, spec,
                            params([&](MoveParameters& p) { p.from = ms; p.focalLengthMm = 50.0; p.toFocalLengthMm = 24.0; })),
               makeZoomMove(spec, zoom));

    const Result<std::vector<MoveResult>> pair = generateMove(MoveKind::Compare, spec, p);
    const Result<TrackVersusZoomPair> direct = makeTrackVersusZoom(spec, TrackVersusZoom{ms, fs, 50.0});
    ASSERT_TRUE(pair.ok() && direct.ok());
    ASSERT_EQ(pair->size(), 2u);
    expectSameMove((*pair)[0], direct->track);
    expectSameMove((*pair)[1], direct->zoom);

    DollyZoom dollyZoom;
    dollyZoom.framing = ms;
    dollyZoom.startFocalLengthMm = 50.0;
    dollyZoom.endDistanceM = 4.0;
    expectSame(generateMove(MoveKind::DollyZoom, spec,
                            params([&](MoveParameters& p) { p.from = ms; p.to = SubjectFraming::atDistance(4.0); p.focalLengthMm = 50.0; })),
               makeDollyZoom(spec, dollyZoom));

    FollowMove follow;
    follow.framing = twoM;
    follow.walkingSpeedMps = 1.1;
    follow.runUpFlicks = 2 * kS;
    expectSame(generateMove(MoveKind::Follow, spec,
                            params([&](MoveParameters& p) { p.from = twoM; p.walkingSpeedMps = 1.1; p.runUpFlicks = 2 * kS; })),
               makeFollowMove(spec, follow));

    expectSame(generateMove(MoveKind::Orbit, spec,
                            params([&](MoveParameters& p) { p.from = ms; p.to = fs; p.sweepDeg = -180.0; })),
               makeOrbitMove(spec, OrbitMove{ms, fs, -180.0, std::nullopt}));

    PullBack pullBack;
    pullBack.from = ms;
    pullBack.to = SubjectFraming::ofSize(ShotSize::EWS);
    pullBack.crane = PullBackCrane{3.0, 0.5};
    expectSame(generateMove(MoveKind::PullBack, spec,
                            params([&](MoveParameters& p) { p.from = ms; p.to = pullBack.to; p.riseM = 3.0; })),
               makePullBack(spec, pullBack));

    expectSame(generateMove(MoveKind::Pedestal, spec, params([&](MoveParameters& p) { p.from = ms; p.riseM = -0.5; })),
               makePedestalMove(spec, PedestalMove{ms, -0.5, std::nullopt}));
    expectSame(generateMove(MoveKind::Truck, spec, params([&](MoveParameters& p) { p.from = ms; p.truckM = -3.0; })),
               makeTruckMove(spec, TruckMove{ms, -3.0, std::nullopt}));
    expectSame(generateMove(MoveKind::Head, spec,
                            params([&](MoveParameters& p) { p.from = ms; p.angleDeg = 15.0; p.axis = HeadAxis::Tilt; })),
               makeHeadMove(spec, HeadMove{ms, HeadAxis::Tilt, 15.0, std::nullopt}));
    expectSame(generateMove(MoveKind::TiltTrack, spec,
                            params([&](MoveParameters& p) { p.from = ms; p.to = fs; p.riseM = 0.5; p.tiltDeg = 10.0; })),
               makeTiltTrackMove(spec, TiltTrackMove{ms, fs, 10.0, 0.5, std::nullopt}));
    expectSame(generateMove(MoveKind::Static, spec,
                            params([&](MoveParameters& p) { p.from = twoM; p.focalLengthMm = 85.0; })),
               makeStaticShot(spec, StaticShot{twoM, 85.0}));
}

} // namespace
} // namespace murnau
