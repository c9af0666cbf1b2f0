#pragma once
// How a move names the subject's framing at one end: a distance from the lens to the
// subject's eyes, or a shot size, solved to that distance through the lens.
//
// The head aims at the eyes (the focus mark, actor_framing.h), so their depth along the lens
// axis is the lens-to-eyes distance d, and the frame height at that depth is (pinhole)
//   frame height = h d / f          (h gate height in mm, f focal length in mm, d in metres)
// A shot size with nominal v visible statures (shot_size.h: v = frame height / stature H) asks
//   h d / f = v H    so    d = v H f / h
// and a zoom, whose distance is fixed, solves the focal length instead: f = h d / (v H).
// Example: Super 35 full gate (h = 18.66 mm), 35 mm lens, a 1.8 m actor: WS (v = 3) at
// 3 * 1.8 * 35 / 18.66 = 10.13 m, MCU (v = 1 - 0.720 = 0.28) at 0.945 m.

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/optics/lens.h"
#include "core/optics/shot_size.h"
#include "core/util/result.h"

namespace murnau {

// One end of a move: a lens-to-eyes distance or a shot size.
class SubjectFraming {
public:
    // The subject's eyes `distanceM` metres from the lens.
    [[nodiscard]] static SubjectFraming atDistance(double distanceM) noexcept { return SubjectFraming(distanceM); }
    // The subject framed as `size` (its nominal visible statures, shot_size.h).
    [[nodiscard]] static SubjectFraming ofSize(ShotSize size) noexcept { return SubjectFraming(size); }

    // The distance, if the framing was given as one, metres.
    [[nodiscard]] std::optional<double> distanceM() const noexcept;
    // The shot size, if the framing was given as one.
    [[nodiscard]] std::optional<ShotSize> shotSize() const noexcept;

    friend bool operator==(const SubjectFraming&, const SubjectFraming&) = default;

private:
    explicit SubjectFraming(std::variant<double, ShotSize> value) noexcept : m_value(value) {}

    std::variant<double, ShotSize> m_value;
};

// The closest and farthest lens-to-eyes distances a move accepts, metres: the focus channel's
// closest focus (5 cm) and the dolly channel's 10 km of track.
inline constexpr double kMinFramingDistanceM = 0.05;
inline constexpr double kMaxFramingDistanceM = 10000.0;

// The lens-to-eyes distance (m) that gives `framing` to a subject `statureM` tall through
// `gate` at `focalLengthMm`: the distance itself, or d = v H f / h for a shot size. Errors name
// `field` for a distance that is not finite or outside [kMinFramingDistanceM,
// kMaxFramingDistanceM] (also when solved from a shot size), "focalLengthMm" and "gate" for an
// unusable lens or gate, and "subject.heightM" for a stature that is not positive and finite.
Result<double> framingDistanceM(const SubjectFraming& framing, double statureM, const Gate& gate,
                                double focalLengthMm, std::string_view field);

// The start and end distances (metres, lens to eyes) of a move between two framings at one
// focal length; errors as framingDistanceM(), naming "from" or "to".
struct FramingDistances {
    double fromM = 0.0;   // distance at the start of the move, metres
    double toM = 0.0;     // distance at the end of the move, metres
};
Result<FramingDistances> framingDistancesM(const SubjectFraming& from, const SubjectFraming& to,
                                           double statureM, const Gate& gate, double focalLengthMm);

// The focal length (mm) that frames a subject `statureM` tall as `size` from `distanceM`
// metres through `gate`: f = h d / (v H). An error naming `field` if it falls outside the
// focal-length channel's range (1 to 2000 mm, camera_rig.h).
Result<double> focalLengthForSizeMm(ShotSize size, double statureM, const Gate& gate, double distanceM,
                                    std::string_view field);

// How the framing reads in a description: "CU", or "2.4 m".
[[nodiscard]] std::string framingLabel(const SubjectFraming& framing);

// The subject after a framing in a description: "of Anna" after a shot size ("MS of Anna"),
// "from Anna" after a distance ("3 m from Anna").
[[nodiscard]] std::string framedSubject(const SubjectFraming& framing, std::string_view name);

} // namespace murnau
