// Reading a comparison frame by frame (comparison_readouts.h): every side's camera and the
// subject's pose at each frame's start, the background projected through each camera.

#include "core/analysis/comparison_readouts.h"

#include <cmath>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <glm/geometric.hpp>

#include "core/moves/background_magnification.h"
#include "core/moves/move_text.h"
#include "core/optics/lens.h"
#include "core/optics/projection.h"
#include "core/scene/actor_framing.h"
#include "core/scene/anthropometry.h"
#include "core/scene/shot_evaluator.h"

namespace murnau {

namespace {

// The background as a vertical world segment (metres), bottom to top, fixed for the whole shot.
struct BackgroundSegment {
    glm::dvec3 bottomM{0.0};
    glm::dvec3 topM{0.0};
    [[nodiscard]] glm::dvec3 centreM() const noexcept { return 0.5 * (bottomM + topM); }
};

// `actor` standing where `pose` puts them.
Actor posedActor(const Actor& actor, const ActorPose& pose)
{
    Actor posed = actor;
    posed.positionM = pose.positionM;
    posed.facingDeg = pose.facingDeg;
    return posed;
}

// The eyes of a posed actor: floor point + kEye * stature (anthropometry.h), metres.
glm::dvec3 eyesOf(const Actor& posed)
{
    return posed.positionM + glm::dvec3(0.0, landmark::kEye * posed.heightM, 0.0);
}

// "no set piece 'X' in the project; its set pieces are A, B" (or "the set has no pieces").
Error noSuchSetPiece(const Project& project, const std::string& name)
{
    if (project.set.pieces.empty())
        return fail("background.setPiece", fmt::format("no set piece '{}': the set has no pieces", name));
    std::string names;
    for (const SetPiece& piece : project.set.pieces)
        names += (names.empty() ? "" : ", ") + piece.name;
    return fail("background.setPiece", fmt::format("no set piece '{}' in the project; its set pieces are {}", name, names));
}

// The image height of the segment over the frame height through `camera`: |y_top - y_bottom| / 2
// (projectToGate's y spans [-1, 1] over the gate height); nullopt when an end is not in front of the lens.
std::optional<double> imageFraction(const CameraState& camera, const BackgroundSegment& segment)
{
    const std::optional<glm::dvec2> top = projectToGate(camera, segment.topM);
    const std::optional<glm::dvec2> bottom = projectToGate(camera, segment.bottomM);
    if (!top || !bottom)
        return std::nullopt;
    return std::abs(top->y - bottom->y) / 2.0;
}

} // namespace

Result<ComparisonReadouts> readComparison(const Project& project, const Comparison& comparison,
                                          const CompareBackground& background)
{
    if (!background.setPiece && (!std::isfinite(background.behindM) || !(background.behindM > 0.0)))
        return fail("background.behindM",
                    fmt::format("the plane must stand a positive number of metres behind the subject, got {}", background.behindM));
    const SetPiece* piece = nullptr;
    if (background.setPiece) {
        for (const SetPiece& candidate : project.set.pieces)
            if (candidate.name == *background.setPiece)
                piece = &candidate;
        if (piece == nullptr)
            return noSuchSetPiece(project, *background.setPiece);
        if (!(piece->sizeM.y > 0.0) || !std::isfinite(piece->sizeM.y))
            return fail("background.setPiece", fmt::format("the set piece '{}' has no height to measure", piece->name));
    }
    const MoveResult* trackMove = comparison.move(CompareSide::Track);
    const MoveResult* zoomMove = comparison.move(CompareSide::Zoom);
    if (trackMove == nullptr || zoomMove == nullptr || comparison.moves.size() != comparison.sides.size())
        return fail("comparison", "a comparison needs a track side and a zoom side, one move per side");

    // Every side's evaluator, in Comparison::sides order; A and B among them.
    const Scene scene = comparisonScene(project, comparison);
    std::vector<ShotEvaluator> evaluators;
    evaluators.reserve(comparison.moves.size());
    std::size_t trackIndex = 0;
    std::size_t zoomIndex = 0;
    for (std::size_t i = 0; i < comparison.moves.size(); ++i) {
        const Shot& shot = comparison.moves[i].shot;
        Result<ShotEvaluator> evaluator = ShotEvaluator::create(project, scene, shot, shot.id);
        if (!evaluator)
            return evaluator.error();
        evaluators.push_back(std::move(evaluator).value());
        if (&comparison.moves[i] == trackMove)
            trackIndex = i;
        if (&comparison.moves[i] == zoomMove)
            zoomIndex = i;
    }
    const std::int64_t frameCount = evaluators.front().frameCount();
    const FrameRate rate = evaluators.front().frameRate();
    for (const ShotEvaluator& evaluator : evaluators)
        if (evaluator.frameCount() != frameCount || evaluator.frameRate() != rate)
            return fail("comparison", "the sides of a comparison must share their frame rate and duration");

    // The subject, by name, among the evaluated actors.
    std::optional<std::size_t> subjectIndex;
    const std::span<const Actor> actors = evaluators.front().actors();
    for (std::size_t i = 0; i < actors.size(); ++i)
        if (actors[i].name == comparison.request.subject)
            subjectIndex = i;
    if (!subjectIndex) {
        std::string names;
        for (const Actor& actor : actors)
            names += (names.empty() ? "" : ", ") + actor.name;
        return fail("subject", actors.empty() ? fmt::format("no actor '{}': the project has no actors", comparison.request.subject)
                                              : fmt::format("no actor '{}' in the project; its actors are {}",
                                                            comparison.request.subject, names));
    }
    const Actor& subject = actors[*subjectIndex];

    // The background, fixed in the world: the piece's vertical centre line, or a 1 m segment
    // centred on B's lens axis behindM beyond the eyes at the first frame.
    BackgroundSegment segment;
    ComparisonReadouts readouts;
    if (piece != nullptr) {
        segment.bottomM = piece->positionM;
        segment.topM = piece->positionM + glm::dvec3(0.0, piece->sizeM.y, 0.0);
        readouts.backgroundLabel = piece->name;
    } else {
        const glm::dvec3 lensB = evaluators[zoomIndex].cameraAt(0).positionM;
        const glm::dvec3 eyes = eyesOf(posedActor(subject, evaluators[zoomIndex].actorPose(*subjectIndex, 0)));
        const glm::dvec3 toEyes = eyes - lensB;
        if (!(glm::length(toEyes) > 1e-9))
            return fail("background", "the zoom's lens stands at the subject's eyes: no axis to place the plane on");
        const glm::dvec3 centre = eyes + background.behindM * glm::normalize(toEyes);
        segment.bottomM = centre - glm::dvec3(0.0, 0.5, 0.0);
        segment.topM = centre + glm::dvec3(0.0, 0.5, 0.0);
        readouts.backgroundLabel = fmt::format("plane {} behind {}", formatMetres(background.behindM), subject.name);
    }

    readouts.frames.reserve(static_cast<std::size_t>(frameCount));
    for (std::int64_t k = 0; k < frameCount; ++k) {
        const Flicks t = framesToFlicks(k, rate);
        ComparisonFrame frame;
        frame.frame = k;
        frame.seconds = flicksToSeconds(t);
        frame.sides.reserve(evaluators.size());
        CameraState zoomCamera;
        glm::dvec3 zoomEyes{0.0};
        for (std::size_t i = 0; i < evaluators.size(); ++i) {
            const ShotEvaluator& evaluator = evaluators[i];
            const CameraState camera = evaluator.cameraAt(t);
            const Actor posed = posedActor(subject, evaluator.actorPose(*subjectIndex, t));
            const std::string sideField = std::string(compareSideKey(comparison.sides[i]));
            const Result<ActorFraming> framing = frameActor(camera, posed);
            if (!framing)
                return fail(sideField, fmt::format("at frame {}: {}", k, framing.error().describe()));
            const Result<AngleOfView> aov = angleOfView(camera.gate, camera.focalLengthMm);
            if (!aov)
                return fail(sideField, fmt::format("at frame {}: {}", k, aov.error().describe()));
            const std::optional<double> fraction = imageFraction(camera, segment);
            if (!fraction)
                return fail("background", fmt::format("{} is not in front of the {} lens at frame {}",
                                                      readouts.backgroundLabel, compareSideTitle(comparison.sides[i]), k));
            SideReading reading;
            reading.cameraPositionM = camera.positionM;
            reading.distanceM = framing->distanceM;
            reading.focalLengthMm = camera.focalLengthMm;
            reading.horizontalAovDeg = aov->horizontalDeg;
            reading.subjectFraction = framing->subjectFraction;
            reading.backgroundFraction = *fraction;
            frame.sides.push_back(reading);
            if (i == zoomIndex) {
                zoomCamera = camera;
                zoomEyes = eyesOf(posed);
            }
        }
        const SideReading& a = frame.sides[trackIndex];
        const SideReading& b = frame.sides[zoomIndex];
        if (!(b.backgroundFraction > 0.0))
            return fail("background", fmt::format("{} has no height in the zoom's picture at frame {}", readouts.backgroundLabel, k));
        frame.backgroundMagnification = a.backgroundFraction / b.backgroundFraction;

        // D: the background's depth behind the eyes along B's lens axis.
        const glm::dvec3 forward = cameraForward(zoomCamera);
        const double behindM = glm::dot(segment.centreM() - zoomCamera.positionM, forward)
                             - glm::dot(zoomEyes - zoomCamera.positionM, forward);
        if (k == 0)
            readouts.backgroundBehindM = behindM;
        if (behindM >= 0.0) {
            const Result<double> predicted = backgroundMagnification(b.distanceM, a.distanceM, behindM);
            if (!predicted)
                return fail("background", predicted.error().describe());
            frame.predictedMagnification = *predicted;
        } else {
            // A piece between the lenses and the subject: the same optics, d_A (d_B + D) / (d_B (d_A + D)),
            // with d + D > 0 since the piece is in front of both lenses.
            frame.predictedMagnification = a.distanceM * (b.distanceM + behindM) / (b.distanceM * (a.distanceM + behindM));
        }
        readouts.frames.push_back(std::move(frame));
    }
    return readouts;
}

} // namespace murnau
