#pragma once
// A comparison for the compare view: the matched track out and zoom out (track_versus_zoom.h)
// and, optionally, the dolly zoom that holds the subject's start framing while the camera
// travels the track's distance (dolly_zoom.h), built for one actor from a shot or from nothing.
//   A "track":     the camera travels from d1 to d2 at a fixed focal length f1.
//   B "zoom":      the camera stands at A's start; f_B(t) = f1 d1 / d_A(t) (same framing as A on every frame).
//   C "dollyzoom": the camera travels d1 to d2 like A; f_C(t) = f1 d_C(t) / d1 (the start framing held).
// The shots are not in the project: they are evaluated in the source shot's scene (its blocking,
// from its action start), or, from nothing, with the actors standing at their own positions.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/moves/move_result.h"
#include "core/moves/subject_framing.h"
#include "core/scene/project.h"
#include "core/scene/scene.h"
#include "core/time/frame_rate.h"
#include "core/util/result.h"

namespace murnau {

// One side of a comparison.
enum class CompareSide { Track, Zoom, DollyZoom };
[[nodiscard]] std::string_view compareSideKey(CompareSide side) noexcept;     // "track", "zoom", "dollyzoom"
[[nodiscard]] std::string_view compareSideTitle(CompareSide side) noexcept;   // "Track out", "Zoom out", "Dolly zoom"
Result<CompareSide> parseCompareSide(std::string_view key);                   // a key above (any case); errors name "side"

// What the user asks for.
struct ComparisonRequest {
    std::string subject;                                          // the actor framed (Actor::name)
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::MCU);  // the framing at the start of every side
    SubjectFraming to = SubjectFraming::ofSize(ShotSize::FS);     // the framing at the end of A and B
    std::optional<double> focalLengthMm;                          // A's lens (B's and C's at the start), mm; nullopt = the camera's
    std::optional<Flicks> durationFlicks;                         // nullopt = the source shot's (from nothing: 6 s)
    bool withDollyZoom = false;                                   // also build C
    friend bool operator==(const ComparisonRequest&, const ComparisonRequest&) = default;
};

// The built comparison.
struct Comparison {
    std::string sourceShotId;                  // the shot it was built from; "" from nothing
    std::optional<std::size_t> sceneIndex;     // the scene its shots play in (Project::scenes); nullopt from nothing
    ComparisonRequest request;                 // what was asked
    std::vector<CompareSide> sides;            // Track, Zoom[, DollyZoom]
    std::vector<MoveResult> moves;             // one per side, same order; each shot has an id
                                               // ("compare-track", ...), the source's action start,
                                               // setup and camera, and can be evaluated in scene()
    // The move of `side`, or nullptr when the comparison has no such side.
    [[nodiscard]] const MoveResult* move(CompareSide side) const noexcept;
};

// The scene a comparison's shots play in: the source shot's scene with its action HELD at the
// shot's start (every blocked actor stands, facing as they do then, for the whole comparison:
// the pair is matched on a subject who stands still, as the generators assume), or an empty
// scene from nothing (no blocking: every actor at their own position).
[[nodiscard]] Scene comparisonScene(const Project& project, const Comparison& comparison);

// Builds the comparison. With a `shotId` the spec comes from moveSpecForShot() (the shot's
// camera, rate, duration and the subject where they stand at its start); with "" from the
// project's first camera setup and frame rate, the subject at their own position. Errors:
// moveSpecForShot()'s ("shotId", "subject", "camera"), "camera" (no camera setup in the project
// for a comparison from nothing), and makeTrackVersusZoom()'s and makeDollyZoom()'s ("from",
// "to", "focalLengthMm", "durationFlicks", ...).
Result<Comparison> makeComparison(const Project& project, std::string_view shotId, const ComparisonRequest& request);

// The actor a comparison frames by default: the shot's aim actor (look-at or hold-framing aim),
// else its first cast member, else the project's first actor; from nothing (`shotId` "" or no
// such shot) the project's first actor; "" for a project without actors. Only names of actors
// in the project are returned.
[[nodiscard]] std::string defaultComparisonSubject(const Project& project, std::string_view shotId);

// The request a comparison of shot `shotId` starts from: `subject` ("" = defaultComparisonSubject()),
// and the subject's framings at the shot's first and last frame (frameActor(), classified as shot
// sizes) when they differ by at least one size, else MCU to FS (also when the subject is not in
// front of the lens at either end). Errors: "shotId" (no such shot), "subject" (no actor to
// frame, or no actor called `subject`: findSubject()), and ShotEvaluator::create()'s.
Result<ComparisonRequest> comparisonRequestForShot(const Project& project, std::string_view shotId,
                                                   std::string_view subject = {});

} // namespace murnau
