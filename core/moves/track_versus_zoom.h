#pragma once
// Track out versus zoom out, matched: two shots with the same start and end framing of the
// subject, for the compare view.
//   A: the track (makeTrackMove): a fixed focal length f1, the camera from d1 to d2.
//   B: the camera standing at A's start (distance d1), zooming so that the subject's frame
//      height h d / f equals A's on every frame: f_B(t) = f1 d1 / d_A(t), from f1 to
//      f2 = f1 d1 / d2 (DOMAIN.md: f2 / f1 = d1 / d2).
// Only the perspective differs: at every frame B's background is smaller than A's by
// backgroundMagnification(d1, d_A(t), D) (background_magnification.h). d_A(t) follows A's eased
// dolly, so f_B is no cubic of time: B's focal-length channel gets one Linear key per frame,
// computed from A's lens position as the rig evaluates it (exact on every frame; see
// dolly_zoom.h). Works the same way for a push in against a zoom in.

#include <optional>

#include "core/moves/move_result.h"
#include "core/moves/move_spec.h"
#include "core/moves/subject_framing.h"
#include "core/util/result.h"

namespace murnau {

// Parameters of the matched pair.
struct TrackVersusZoom {
    SubjectFraming from = SubjectFraming::ofSize(ShotSize::MCU);   // framing at the start of both
    SubjectFraming to = SubjectFraming::ofSize(ShotSize::FS);      // framing at the end of both (MCU to FS: f2 = 0.28 / 1.2 f1)
    std::optional<double> focalLengthMm;                          // A's fixed lens and B's start, millimetres; nullopt = the camera's
};

// The two shots.
struct TrackVersusZoomPair {
    MoveResult track;   // A: "Track out from MCU to FS of Anna, 85 mm, 6 s"
    MoveResult zoom;    // B: "Zoom out from MCU to FS of Anna, 85 mm to 19.8 mm, matched to the track out, 6 s"
};

// Errors: makeTrackMove()'s, and "to" when B's end focal length falls outside 1 to 2000 mm.
Result<TrackVersusZoomPair> makeTrackVersusZoom(const MoveSpec& spec, const TrackVersusZoom& move);

} // namespace murnau
