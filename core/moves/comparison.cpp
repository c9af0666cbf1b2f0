// The compare view's sides built from one request (comparison.h).

#include "core/moves/comparison.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/moves/dolly_zoom.h"
#include "core/moves/project_move_spec.h"
#include "core/moves/track_versus_zoom.h"
#include "core/scene/blocking.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

std::string_view compareSideKey(CompareSide side) noexcept
{
    switch (side) {
    case CompareSide::Track: return "track";
    case CompareSide::Zoom: return "zoom";
    case CompareSide::DollyZoom: return "dollyzoom";
    }
    return "track";
}

std::string_view compareSideTitle(CompareSide side) noexcept
{
    switch (side) {
    case CompareSide::Track: return "Track out";
    case CompareSide::Zoom: return "Zoom out";
    case CompareSide::DollyZoom: return "Dolly zoom";
    }
    return "Track out";
}

Result<CompareSide> parseCompareSide(std::string_view key)
{
    std::string lower(key);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (CompareSide side : {CompareSide::Track, CompareSide::Zoom, CompareSide::DollyZoom})
        if (lower == compareSideKey(side))
            return side;
    return fail("side", "unknown side '" + std::string(key) + "': use track, zoom or dollyzoom");
}

const MoveResult* Comparison::move(CompareSide side) const noexcept
{
    for (std::size_t i = 0; i < sides.size() && i < moves.size(); ++i)
        if (sides[i] == side)
            return &moves[i];
    return nullptr;
}

Scene comparisonScene(const Project& project, const Comparison& comparison)
{
    if (!comparison.sceneIndex || *comparison.sceneIndex >= project.scenes.size())
        return Scene{};
    Scene scene = project.scenes[*comparison.sceneIndex];
    const Flicks start = comparison.moves.empty() ? 0 : comparison.moves.front().shot.actionStart;
    for (ActorBlocking& blocking : scene.blocking) {
        if (blocking.marks.empty())
            continue;
        // One mark where the actor is at the shot's start: they stand there throughout.
        const ActorPose pose = evaluateBlocking(blocking, start);
        Mark held;
        held.name = blocking.marks[std::min<std::size_t>(static_cast<std::size_t>(pose.markIndex), blocking.marks.size() - 1)].name;
        held.positionM = pose.positionM;
        held.facingDeg = pose.facingDeg;
        held.arriveAt = start;
        held.leaveAt = start;
        Result<ActorBlocking> standing = makeActorBlocking(blocking.actor, {held});
        if (standing)
            blocking = std::move(standing).value();
    }
    return scene;
}

namespace {

// The spec for a comparison from nothing: the first camera setup, the project's rate, the
// subject where they stand.
Result<MoveSpec> specFromNothing(const Project& project, std::string_view subjectName)
{
    if (project.cameras.empty())
        return fail("camera", "the project has no camera setup to compare with");
    Result<Actor> subject = findSubject(project, subjectName);
    if (!subject)
        return subject.error();
    MoveSpec spec;
    spec.subject = std::move(subject).value();
    spec.camera = project.cameras.front();
    spec.frameRate = project.frameRate;
    return spec;
}

struct ShotPlace {
    std::size_t sceneIndex = 0;
    const Shot* shot = nullptr;
};

std::optional<ShotPlace> placeOf(const Project& project, std::string_view shotId)
{
    for (std::size_t i = 0; i < project.scenes.size(); ++i)
        for (const Shot& shot : project.scenes[i].shots)
            if (shot.id == shotId)
                return ShotPlace{i, &shot};
    return std::nullopt;
}

// The bearing (spec.bearingDeg) that puts the comparison's camera on the side of the subject
// where the shot's camera stands at its first instant; 0 (in front of them) when the shot
// cannot be evaluated or its camera stands straight above the subject.
double bearingOfShotCamera(const Project& project, const Scene& scene, const Shot& shot, const Actor& subject)
{
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot);
    if (!evaluator)
        return 0.0;
    const glm::dvec3 offset = evaluator->cameraAt(0).positionM - subject.positionM;
    if (std::hypot(offset.x, offset.z) < 1e-6)
        return 0.0;
    // o = (-sin b, 0, -cos b) with b = facing + bearing (move_spec.h).
    const double b = std::atan2(-offset.x, -offset.z) * 180.0 / 3.14159265358979323846;
    double bearing = std::fmod(b - subject.facingDeg, 360.0);
    if (bearing > 180.0)
        bearing -= 360.0;
    if (bearing <= -180.0)
        bearing += 360.0;
    return bearing;
}

// Makes a generated shot evaluable in the comparison's scene with the source's clock and setup.
void placeShot(Shot& shot, CompareSide side, const Shot* source)
{
    shot.id = "compare-" + std::string(compareSideKey(side));
    if (shot.name.empty())
        shot.name = std::string(compareSideTitle(side));
    if (source) {
        shot.actionStart = source->actionStart;
        shot.setup = source->setup;
        shot.number = source->number;
    }
}

} // namespace

Result<Comparison> makeComparison(const Project& project, std::string_view shotId, const ComparisonRequest& request)
{
    Comparison comparison;
    comparison.request = request;
    const Shot* source = nullptr;
    Result<MoveSpec> read = shotId.empty() ? specFromNothing(project, request.subject)
                                           : moveSpecForShot(project, shotId, request.subject);
    if (!read)
        return read.error();
    MoveSpec spec = std::move(read).value();
    if (!shotId.empty()) {
        const std::optional<ShotPlace> place = placeOf(project, shotId);
        if (!place)
            return fail("shotId", fmt::format("no shot '{}' in the project", shotId));
        source = place->shot;
        comparison.sourceShotId = std::string(shotId);
        comparison.sceneIndex = place->sceneIndex;
        spec.bearingDeg = bearingOfShotCamera(project, project.scenes[place->sceneIndex], *source, spec.subject);
    }
    if (request.durationFlicks)
        spec.durationFlicks = *request.durationFlicks;

    TrackVersusZoom pair;
    pair.from = request.from;
    pair.to = request.to;
    pair.focalLengthMm = request.focalLengthMm;
    Result<TrackVersusZoomPair> built = makeTrackVersusZoom(spec, pair);
    if (!built)
        return built.error();
    comparison.sides = {CompareSide::Track, CompareSide::Zoom};
    comparison.moves = {std::move(built->track), std::move(built->zoom)};

    if (request.withDollyZoom) {
        // From A's start distance to A's end distance, holding the start framing at A's lens.
        DollyZoom dolly;
        dolly.framing = request.from;
        dolly.startFocalLengthMm = comparison.moves[0].summary.startFocalLengthMm;
        dolly.endDistanceM = comparison.moves[0].summary.endDistanceM;
        Result<MoveResult> dollyZoom = makeDollyZoom(spec, dolly);
        if (!dollyZoom)
            return dollyZoom.error();
        comparison.sides.push_back(CompareSide::DollyZoom);
        comparison.moves.push_back(std::move(dollyZoom).value());
    }
    for (std::size_t i = 0; i < comparison.sides.size(); ++i)
        placeShot(comparison.moves[i].shot, comparison.sides[i], source);
    return comparison;
}

} // namespace murnau

namespace murnau {

namespace {

bool hasActor(const Project& project, std::string_view name)
{
    return std::any_of(project.actors.begin(), project.actors.end(), [&](const Actor& a) { return a.name == name; });
}

} // namespace

std::string defaultComparisonSubject(const Project& project, std::string_view shotId)
{
    if (!shotId.empty()) {
        if (const std::optional<ShotPlace> place = placeOf(project, shotId)) {
            const Shot& shot = *place->shot;
            if (aimsAtActor(shot.rig.aim) && hasActor(project, shot.rig.aimActor))
                return shot.rig.aimActor;
            for (const std::string& name : shot.cast)
                if (hasActor(project, name))
                    return name;
        }
    }
    return project.actors.empty() ? std::string() : project.actors.front().name;
}

Result<ComparisonRequest> comparisonRequestForShot(const Project& project, std::string_view shotId,
                                                   std::string_view subject)
{
    const std::optional<ShotPlace> place = placeOf(project, shotId);
    if (!place)
        return fail("shotId", fmt::format("no shot '{}' in the project", shotId));
    ComparisonRequest request;
    if (subject.empty()) {
        request.subject = defaultComparisonSubject(project, shotId);
        if (request.subject.empty())
            return fail("subject", "the project has no actor to frame");
    } else {
        const Result<Actor> named = findSubject(project, subject);
        if (!named)
            return named.error();
        request.subject = named->name;
    }
    const Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, project.scenes[place->sceneIndex], *place->shot);
    if (!evaluator)
        return evaluator.error();
    const auto framed = std::find_if(evaluator->actors().begin(), evaluator->actors().end(),
                                     [&](const Actor& a) { return a.name == request.subject; });
    const std::size_t index = static_cast<std::size_t>(framed - evaluator->actors().begin());
    // The subject's shot size at the start of frame `frame`, if their eyes are in front of the lens.
    const auto sizeAt = [&](std::int64_t frame) -> std::optional<ShotSize> {
        const ShotSample sample = evaluator->sampleAt(framesToFlicks(frame, evaluator->frameRate()));
        if (index >= sample.actors.size() || !sample.actors[index].framing)
            return std::nullopt;
        return sample.actors[index].framing->shotSize;
    };
    const std::optional<ShotSize> first = sizeAt(0);
    const std::optional<ShotSize> last = sizeAt(std::max<std::int64_t>(evaluator->frameCount() - 1, 0));
    if (first && last && *first != *last) {
        request.from = SubjectFraming::ofSize(*first);
        request.to = SubjectFraming::ofSize(*last);
    }
    return request;
}

} // namespace murnau
