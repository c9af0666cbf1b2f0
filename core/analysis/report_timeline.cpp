// Samples and breaks of a shot's timeline.

#include "core/analysis/report_timeline.h"

#include <algorithm>
#include <cstddef>

#include "core/analysis/track_geometry.h"

namespace murnau {

namespace {

void sortUnique(std::vector<Flicks>& times)
{
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
}

// The first instant in (from, to] where `reached` holds, given it holds at `to` and not at `from`.
template<typename Reached>
Flicks firstReached(Flicks from, Flicks to, Reached reached)
{
    while (to - from > 1) {
        const Flicks mid = from + (to - from) / 2;
        (reached(mid) ? to : from) = mid;
    }
    return to;
}

// The instants the dolly reaches a point of its rail, between consecutive `instants`.
std::vector<Flicks> railCrossings(const CameraRig& rig, const std::vector<Flicks>& instants)
{
    std::vector<Flicks> crossings;
    if (!rig.rail || !rig.rail->built || instants.size() < 2)
        return crossings;
    const Rail& rail = *rig.rail->built;
    std::vector<double> points;
    for (std::size_t i = 0; i <= rail.segmentCount(); ++i)
        points.push_back(rail.distanceToPointM(i));

    double before = dollyPositionM(rig, instants.front());
    for (std::size_t k = 1; k < instants.size(); ++k) {
        const Flicks from = instants[k - 1];
        const Flicks to = instants[k];
        const double after = dollyPositionM(rig, to);
        if (after > before) {
            // Points d with before < d <= after: the first flick at or past d.
            for (auto d = std::upper_bound(points.begin(), points.end(), before); d != points.end() && *d <= after; ++d) {
                const double at = *d;
                crossings.push_back(firstReached(from, to, [&](Flicks t) { return dollyPositionM(rig, t) >= at; }));
            }
        } else if (after < before) {
            // Points d with after < d <= before: the first flick below d.
            for (auto d = std::upper_bound(points.begin(), points.end(), after); d != points.end() && *d <= before; ++d) {
                const double at = *d;
                crossings.push_back(firstReached(from, to, [&](Flicks t) { return dollyPositionM(rig, t) < at; }));
            }
        }
        before = after;
    }
    return crossings;
}

} // namespace

std::pair<Flicks, Flicks> ReportTimeline::pieceAround(Flicks t) const noexcept
{
    // Breaks are right-continuous: a break at exactly t starts the piece containing t.
    const auto next = std::upper_bound(breaks.begin(), breaks.end(), t);
    const Flicks start = next == breaks.begin() ? 0 : *(next - 1);
    const Flicks end = next == breaks.end() ? endInstant() : *next - 1;
    return {start, end};
}

ReportTimeline makeReportTimeline(const Shot& shot, const Scene& scene)
{
    ReportTimeline timeline;
    timeline.frameRate = shot.frameRate;
    timeline.durationFlicks = shot.durationFlicks;
    const Flicks perFrame = shot.frameRate.flicksPerFrame();
    const Flicks end = timeline.endInstant();
    for (Flicks t = 0; t < shot.durationFlicks; t += perFrame)
        timeline.samples.push_back(t);
    if (timeline.samples.back() != end)
        timeline.samples.push_back(end);

    std::vector<Flicks> breaks;
    for (const Curve& curve : shot.rig.channels) {
        for (const Keyframe& key : curve.keys())
            breaks.push_back(key.time);
    }
    for (const ActorBlocking& blocking : scene.blocking) {
        for (const Mark& mark : blocking.marks) {
            breaks.push_back(mark.arriveAt - shot.actionStart);
            breaks.push_back(mark.leaveAt - shot.actionStart);
        }
    }
    // Rail points are looked for between every two instants already known (samples and keys).
    std::vector<Flicks> instants = timeline.samples;
    for (const Flicks t : breaks) {
        if (t > 0 && t <= end)
            instants.push_back(t);
    }
    sortUnique(instants);
    const std::vector<Flicks> crossings = railCrossings(shot.rig, instants);
    breaks.insert(breaks.end(), crossings.begin(), crossings.end());

    for (const Flicks t : breaks) {
        if (t > 0 && t <= end)
            timeline.breaks.push_back(t);
    }
    sortUnique(timeline.breaks);
    return timeline;
}

} // namespace murnau
