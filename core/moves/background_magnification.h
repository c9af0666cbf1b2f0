#pragma once
// How much larger a background looks after a change of camera distance that keeps the
// subject's size (DOMAIN.md). A background D behind a subject at distance d images at
// f / (d + D) and the subject at f / d (pinhole, sizes on the gate per metre of object). Hold
// the subject's size (f / d constant, f = k d) and the background images at k d / (d + D), so
// going from d1 to d2 it grows by
//   m = [d2 / (d2 + D)] / [d1 / (d1 + D)] = d2 (d1 + D) / (d1 (d2 + D)).
// The same ratio compares a track out to the matched zoom out at the moment the track is at d2:
// the track images the background at f1 / (d2 + D), the zoom (at d1 with f = f1 d1 / d2) at
// f1 d1 / (d2 (d1 + D)); their ratio is again d2 (d1 + D) / (d1 (d2 + D)) (> 1 when d2 > d1:
// in a track out the background shrinks less than the subject).

#include "core/util/result.h"

namespace murnau {

// m = d2 (d1 + D) / (d1 (d2 + D)) for subject distances d1 = `fromDistanceM` and d2 =
// `toDistanceM` and a background `backgroundBehindM` behind the subject (D >= 0; D = 0 gives 1).
// Errors name "fromDistanceM", "toDistanceM" (not positive and finite) or "backgroundBehindM"
// (negative or not finite).
Result<double> backgroundMagnification(double fromDistanceM, double toDistanceM, double backgroundBehindM);

} // namespace murnau
