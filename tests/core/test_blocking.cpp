// Blocking: marks, walks between them at constant speed, and the checks on input. Expected
// values are derived in the comments (distances on straight lines, speeds = length / time,
// facings in the pan convention: 0 faces -Z, 90 faces -X, so facing = atan2(-Tx, -Tz)).

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "core/scene/blocking.h"

using namespace murnau;

namespace {

constexpr Flicks kS = kFlicksPerSecond;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kDeg = 180.0 / std::numbers::pi;

Mark mark(const char* name, glm::dvec3 positionM, Flicks arriveAt, Flicks leaveAt, double facingDeg = 0.0,
          std::vector<glm::dvec3> viaM = {})
{
    Mark m;
    m.name = name;
    m.positionM = positionM;
    m.arriveAt = arriveAt;
    m.leaveAt = leaveAt;
    m.facingDeg = facingDeg;
    m.viaM = std::move(viaM);
    return m;
}

void expectNear(const glm::dvec3& actual, const glm::dvec3& expected, double tolerance, const char* what = "")
{
    EXPECT_NEAR(actual.x, expected.x, tolerance) << what;
    EXPECT_NEAR(actual.y, expected.y, tolerance) << what;
    EXPECT_NEAR(actual.z, expected.z, tolerance) << what;
}

// Anna stands on A (origin, facing 30) until 1 s, walks 7 m to B (0, 0, -7) arriving at 6 s,
// stands there facing 90 until 8 s.
ActorBlocking straightWalk()
{
    auto blocking = makeActorBlocking(
        "Anna", {mark("A", {0.0, 0.0, 0.0}, 0, kS, 30.0), mark("B", {0.0, 0.0, -7.0}, 6 * kS, 8 * kS, 90.0)});
    EXPECT_TRUE(blocking.ok()) << blocking.error().describe();
    return blocking.value();
}

} // namespace

TEST(Blocking, WalkingSevenMetresInFiveSeconds)
{
    // 7 m in 5 s: 1.4 m/s. Midway (3.5 s, 2.5 s into the walk) at the midpoint (0, 0, -3.5),
    // facing the travel direction (0, 0, -1): atan2(-0, 1) = 0. Velocity (0, 0, -1.4).
    const ActorBlocking blocking = straightWalk();
    ASSERT_EQ(blocking.walks.size(), 1u);
    ASSERT_NE(blocking.walks[0], nullptr);
    EXPECT_NEAR(blocking.walks[0]->lengthM(), 7.0, 1e-12);

    const ActorPose midway = evaluateBlocking(blocking, 3 * kS + kS / 2);
    expectNear(midway.positionM, {0.0, 0.0, -3.5}, 1e-12);
    EXPECT_NEAR(midway.speedMps, 1.4, 1e-12);
    expectNear(midway.velocityMps, {0.0, 0.0, -1.4}, 1e-12);
    EXPECT_NEAR(midway.facingDeg, 0.0, 1e-12);
    EXPECT_TRUE(midway.walking);
    EXPECT_EQ(midway.markIndex, 0);

    // 1 s into the walk (2 s): 1.4 m along.
    expectNear(evaluateBlocking(blocking, 2 * kS).positionM, {0.0, 0.0, -1.4}, 1e-12);
}

TEST(Blocking, StandsOnTheMarksBeforeBetweenAndAfter)
{
    const ActorBlocking blocking = straightWalk();
    for (const Flicks t : {-5 * kS, Flicks{0}, kS / 2, kS - 1}) {
        const ActorPose pose = evaluateBlocking(blocking, t);
        expectNear(pose.positionM, {0.0, 0.0, 0.0}, 0.0);
        EXPECT_EQ(pose.facingDeg, 30.0);
        EXPECT_EQ(pose.speedMps, 0.0);
        EXPECT_EQ(glm::length(pose.velocityMps), 0.0);
        EXPECT_FALSE(pose.walking);
        EXPECT_EQ(pose.markIndex, 0);
    }
    for (const Flicks t : {6 * kS, 7 * kS, 8 * kS, 100 * kS}) {
        const ActorPose pose = evaluateBlocking(blocking, t);
        expectNear(pose.positionM, {0.0, 0.0, -7.0}, 0.0);
        EXPECT_EQ(pose.facingDeg, 90.0);
        EXPECT_EQ(pose.speedMps, 0.0);
        EXPECT_FALSE(pose.walking);
        EXPECT_EQ(pose.markIndex, 1);
    }
    // Exactly at leaveAt the walk has begun (at distance 0), as a key starts its segment.
    const ActorPose leaving = evaluateBlocking(blocking, kS);
    EXPECT_TRUE(leaving.walking);
    expectNear(leaving.positionM, {0.0, 0.0, 0.0}, 1e-12);
    EXPECT_NEAR(leaving.speedMps, 1.4, 1e-12);
}

TEST(Blocking, FacingFollowsTheDirectionOfTravel)
{
    // Walking +X: facing atan2(-1, -0) = -90 (90 faces -X). Walking (-1, 0, 1)/sqrt 2: atan2(1, -1) = 135.
    auto east = makeActorBlocking("B", {mark("A", {0.0, 0.0, 0.0}, 0, 0), mark("B", {4.0, 0.0, 0.0}, 2 * kS, 2 * kS)});
    ASSERT_TRUE(east.ok());
    EXPECT_NEAR(evaluateBlocking(east.value(), kS).facingDeg, -90.0, 1e-12);
    auto back = makeActorBlocking("B", {mark("A", {0.0, 0.0, 0.0}, 0, 0), mark("B", {-3.0, 0.0, 3.0}, 2 * kS, 2 * kS)});
    ASSERT_TRUE(back.ok());
    EXPECT_NEAR(evaluateBlocking(back.value(), kS).facingDeg, 135.0, 1e-12);
}

TEST(Blocking, PathThroughViaPointsHasConstantSpeed)
{
    // A (0,0,0) -> via (3,0,-2), (3,0,-6) -> B (0,0,-8), leaving at 0 and arriving at 10 s.
    // Constant speed: equal time steps cover equal arc; with 4000 steps the chords between
    // neighbouring samples (chord = arc (1 - k^2 ds^2 / 24 ...)) agree to better than 1e-6, and
    // their sum approaches the length (speed = sum / 10 s to 1e-6). The path passes the via points.
    auto blocking = makeActorBlocking(
        "Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0),
                 mark("B", {0.0, 0.0, -8.0}, 10 * kS, 10 * kS, 0.0, {{3.0, 0.0, -2.0}, {3.0, 0.0, -6.0}})});
    ASSERT_TRUE(blocking.ok()) << blocking.error().describe();
    const int steps = 4000;
    const Flicks dt = 10 * kS / steps;
    std::vector<glm::dvec3> positions;
    for (int i = 0; i <= steps; ++i)
        positions.push_back(evaluateBlocking(blocking.value(), i * dt).positionM);
    double shortest = 1e300;
    double longest = 0.0;
    double total = 0.0;
    double nearestVia1 = 1e300;
    double nearestVia2 = 1e300;
    for (int i = 1; i <= steps; ++i) {
        const double chord = glm::distance(positions[i - 1], positions[i]);
        shortest = std::min(shortest, chord);
        longest = std::max(longest, chord);
        total += chord;
        nearestVia1 = std::min(nearestVia1, glm::distance(positions[i], glm::dvec3(3.0, 0.0, -2.0)));
        nearestVia2 = std::min(nearestVia2, glm::distance(positions[i], glm::dvec3(3.0, 0.0, -6.0)));
    }
    EXPECT_LT(longest / shortest - 1.0, 1e-6);
    const ActorPose walking = evaluateBlocking(blocking.value(), 5 * kS);
    EXPECT_NEAR(walking.speedMps, total / 10.0, 1e-6);
    EXPECT_NEAR(glm::length(walking.velocityMps), walking.speedMps, 1e-12);
    EXPECT_LT(nearestVia1, longest);
    EXPECT_LT(nearestVia2, longest);
    expectNear(evaluateBlocking(blocking.value(), 10 * kS).positionM, {0.0, 0.0, -8.0}, 0.0);

    // Facing along travel: the direction of the chord around a sample, atan2(-dx, -dz).
    const int i = 1234;
    const glm::dvec3 chord = positions[i + 1] - positions[i - 1];
    const ActorPose pose = evaluateBlocking(blocking.value(), i * dt);
    EXPECT_NEAR(pose.facingDeg, std::atan2(-chord.x, -chord.z) * kDeg, 1e-3);
}

TEST(Blocking, ThreeMarksAndATurnOnTheSpot)
{
    // A (0,0,0) leave 0 -> B (0,0,-4) arrive 2 s, leave 3 s -> C = B's place, facing 180,
    // arrive 4 s: between 3 s and 4 s the actor turns on the spot (stands, facing B's 45).
    auto blocking = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0),
                                               mark("B", {0.0, 0.0, -4.0}, 2 * kS, 3 * kS, 45.0),
                                               mark("C", {0.0, 0.0, -4.0}, 4 * kS, 4 * kS, 180.0)});
    ASSERT_TRUE(blocking.ok()) << blocking.error().describe();
    ASSERT_EQ(blocking->walks.size(), 2u);
    EXPECT_EQ(blocking->walks[1], nullptr);

    const ActorPose onB = evaluateBlocking(blocking.value(), 2 * kS + kS / 2);
    EXPECT_EQ(onB.markIndex, 1);
    EXPECT_FALSE(onB.walking);
    EXPECT_EQ(onB.facingDeg, 45.0);

    const ActorPose turning = evaluateBlocking(blocking.value(), 3 * kS + kS / 2);
    EXPECT_EQ(turning.markIndex, 1);
    EXPECT_EQ(turning.speedMps, 0.0);
    EXPECT_EQ(turning.facingDeg, 45.0);
    expectNear(turning.positionM, {0.0, 0.0, -4.0}, 0.0);

    const ActorPose onC = evaluateBlocking(blocking.value(), 4 * kS);
    EXPECT_EQ(onC.markIndex, 2);
    EXPECT_EQ(onC.facingDeg, 180.0);
}

TEST(Blocking, ViaPointOnAMarkIsDropped)
{
    // A via point at the start mark changes nothing: still the straight 7 m walk.
    auto blocking = makeActorBlocking(
        "Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0), mark("B", {0.0, 0.0, -7.0}, 5 * kS, 5 * kS, 0.0, {{0.0, 0.0, 0.0}})});
    ASSERT_TRUE(blocking.ok()) << blocking.error().describe();
    EXPECT_NEAR(blocking->walks[0]->lengthM(), 7.0, 1e-12);
}

TEST(Blocking, ErrorsNameTheField)
{
    {
        const auto r = makeActorBlocking("Anna", {});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks");
    }
    {
        // Leaves A before arriving.
        const auto r = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 2 * kS, kS)});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks[0].leaveAt");
    }
    {
        // Arrives at C at the instant it leaves B: a walk takes time.
        const auto r = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0), mark("B", {1.0, 0.0, 0.0}, kS, 2 * kS),
                                                  mark("C", {2.0, 0.0, 0.0}, 2 * kS, 3 * kS)},
                                         "scenes[0].blocking[1]");
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "scenes[0].blocking[1].marks[2].arriveAt");
    }
    {
        const auto r = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0), mark("B", {kNaN, 0.0, 0.0}, kS, kS)});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks[1].positionM");
    }
    {
        const auto r = makeActorBlocking(
            "Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0), mark("B", {1.0, 0.0, 0.0}, kS, kS, 0.0, {{0.5, kNaN, 0.0}})});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks[1].viaM[0]");
    }
    {
        const auto r = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 0, kNaN)});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks[0].facingDeg");
    }
    {
        const auto r = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 2e6}, 0, 0)});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks[0].positionM");
    }
    {
        const auto r = makeActorBlocking("Anna", {mark("A", {0.0, 0.0, 0.0}, 0, 2'000'000 * kS)});
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "blocking.marks[0].leaveAt");
    }
}

TEST(Blocking, UnbuiltBlockingGivesADefaultPose)
{
    ActorBlocking unbuilt;
    unbuilt.marks = {mark("A", {1.0, 0.0, 0.0}, 0, 0), mark("B", {2.0, 0.0, 0.0}, kS, kS)};
    const ActorPose pose = evaluateBlocking(unbuilt, kS / 2);
    EXPECT_EQ(glm::length(pose.positionM), 0.0);
    EXPECT_FALSE(pose.walking);
}

TEST(WalkingSpeed, ArrivalForAGivenPace)
{
    // 7 m at 1.4 m/s takes 5 s: leaving at 2 s, arriving at 7 s (rounded to whole flicks).
    const Mark from = mark("A", {0.0, 0.0, 0.0}, 0, 2 * kS);
    const Mark to = mark("B", {0.0, 0.0, -7.0}, 0, 0);
    const auto arrival = arrivalForWalkingSpeed(from, to, 1.4);
    ASSERT_TRUE(arrival.ok()) << arrival.error().describe();
    EXPECT_EQ(arrival.value(), 7 * kS);

    // Through a via point: A (0,0,0) -> (3,0,-4) -> C (3,0,-9). A path through those points is at
    // least as long as the polyline, 5 m + 5 m, so at 1 m/s the arrival is after 2 + 10 s; and a
    // blocking that arrives then walks at exactly 1 m/s (up to the rounding to whole flicks).
    const Mark around = mark("C", {3.0, 0.0, -9.0}, 0, 0, 0.0, {{3.0, 0.0, -4.0}});
    const auto detour = arrivalForWalkingSpeed(from, around, 1.0);
    ASSERT_TRUE(detour.ok()) << detour.error().describe();
    EXPECT_GT(detour.value(), 12 * kS);
    Mark arriving = around;
    arriving.arriveAt = detour.value();
    arriving.leaveAt = detour.value();
    const auto walked = makeActorBlocking("Anna", {from, arriving});
    ASSERT_TRUE(walked.ok()) << walked.error().describe();
    EXPECT_NEAR(evaluateBlocking(walked.value(), 3 * kS).speedMps, 1.0, 1e-9);
}

TEST(WalkingSpeed, Errors)
{
    const Mark from = mark("A", {0.0, 0.0, 0.0}, 0, 0);
    const Mark to = mark("B", {0.0, 0.0, -7.0}, 0, 0);
    for (const double bad : {0.0, -1.4, kNaN}) {
        const auto r = arrivalForWalkingSpeed(from, to, bad);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().field, "speedMps");
    }
    const auto same = arrivalForWalkingSpeed(from, mark("B", {0.0, 0.0, 0.0}, 0, 0), 1.4);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().field, "to.positionM");
    const auto badVia = arrivalForWalkingSpeed(from, mark("B", {0.0, 0.0, -7.0}, 0, 0, 0.0, {{kNaN, 0.0, 0.0}}), 1.4);
    ASSERT_FALSE(badVia.ok());
    EXPECT_EQ(badVia.error().field, "to.viaM[0]");
    const auto crawl = arrivalForWalkingSpeed(from, to, 1e-9);
    ASSERT_FALSE(crawl.ok());
    EXPECT_EQ(crawl.error().field, "speedMps");
}
