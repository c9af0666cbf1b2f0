#pragma once
// A camera rig: a dolly on a rail (or on a straight heading when there is no rail),
// a pedestal, a head (pan/tilt/roll) and a lens, each driven by one keyframe channel in
// physical units. Evaluating a rig at a time gives a CameraState (rig_evaluator.h).
//
// Where the lens is, at shot time t:
//   base     = rail.pointAt(dolly).positionM               (with a rail)
//            = originM + dolly * forward(headingDeg)         (without: a straight track on the floor)
//   right    = horizontal unit vector to the right of the direction of travel
//   position = base + truck * right + (0, pedestal, 0)
// so `pedestal` is the lens height above the track (a rail's points lie on the floor or a rostrum).
// Free aim: pan/tilt/roll are world angles (camera_state.h). Look-at aim: the head points
// at the actor's eyes and pan/tilt are offsets from that aim (framing adjustments). Hold-framing
// aim: the same look-at, and the focal length follows the eyes' depth so that the actor's
// stature fills holdFrameFraction of the frame height (rig_evaluator.h).

#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "core/motion/curve.h"
#include "core/motion/rail.h"
#include "core/motion/spline.h"
#include "core/util/result.h"

namespace murnau {

// The channels a rig animates. Order is stable (files and UI list them in this order).
enum class RigChannel {
    Dolly,           // position along the rail (or heading) from its start, metres
    Truck,           // sideways offset from the track, metres, + to the right of travel
    Pedestal,        // lens height above the track, metres
    Pan,             // degrees (camera_state.h convention; offset from the aim in look-at mode)
    Tilt,            // degrees (offset from the aim in look-at mode)
    Roll,            // degrees
    FocalLength,     // millimetres (ignored while the aim holds framing)
    FocusDistance,   // metres from the film plane (ignored while focus follows an actor)
    FStop,           // f-number
};
inline constexpr std::size_t kRigChannelCount = 9;

// Static facts about a channel: its file key, its label and unit, the value an empty
// channel holds, and the range a key may take (refused outside it).
struct RigChannelInfo {
    RigChannel channel;
    std::string_view key;       // file/CLI key: "dollyM", "truckM", "pedestalM", "panDeg", "tiltDeg", "rollDeg", "focalLengthMm", "focusDistanceM", "fStop"
    std::string_view label;     // "Dolly", "Truck", ...
    std::string_view unit;      // "m", "deg", "mm", "" (f-stop)
    double defaultValue;        // value of an empty channel
    double minValue;            // smallest valid key value
    double maxValue;            // largest valid key value
};

// All channels in RigChannel order.
std::span<const RigChannelInfo> rigChannels() noexcept;
// The facts about one channel.
const RigChannelInfo& rigChannelInfo(RigChannel channel) noexcept;
// Channel by file key ("focalLengthMm"); nullptr if unknown.
const RigChannelInfo* findRigChannel(std::string_view key) noexcept;
// Returns `value` if it is a finite number within the channel's [minValue, maxValue], else an
// error naming `field` with the range and unit.
Result<double> checkedRigChannelValue(RigChannel channel, double value, std::string_view field);

// The dolly track as the user laid it: its points and kind, plus the validated rail with its
// arc-length tables (immutable and shared, so copying a rig for undo is cheap). Build one
// with makeCatmullRomPath()/makeBezierPath() whenever the points change.
struct RailPath {
    RailKind kind = RailKind::CatmullRom;
    std::vector<glm::dvec3> pointsM;                 // through-points, metres (Catmull-Rom)
    std::vector<BezierRailPoint> bezierPoints;       // points with handles (Bezier kind)
    std::shared_ptr<const Rail> built;               // the evaluated rail, never null in a made path

    friend bool operator==(const RailPath& a, const RailPath& b)
    {
        return a.kind == b.kind && a.pointsM == b.pointsM && a.bezierPoints == b.bezierPoints;
    }
};

// Builds a RailPath from points (errors name `field`).
Result<RailPath> makeCatmullRomPath(std::vector<glm::dvec3> pointsM, std::string_view field = "rail.points");
Result<RailPath> makeBezierPath(std::vector<BezierRailPoint> points, std::string_view field = "rail.points");

// What steers the head.
enum class AimMode {
    Free,          // pan/tilt come from their channels alone
    LookAtActor,   // the head points at `aimActor`'s eyes; pan/tilt channels add offsets
    HoldFraming,   // as LookAtActor, and the focal length keeps `aimActor` at holdFrameFraction of the frame height (FocalLength channel ignored)
};

// True for the aim modes that point the head at `aimActor` (LookAtActor, HoldFraming).
[[nodiscard]] constexpr bool aimsAtActor(AimMode aim) noexcept
{
    return aim == AimMode::LookAtActor || aim == AimMode::HoldFraming;
}

// Range of CameraRig::holdFrameFraction: above kMinHoldFrameFraction (exclusive) up to kMaxHoldFrameFraction.
inline constexpr double kMinHoldFrameFraction = 0.0;
inline constexpr double kMaxHoldFrameFraction = 50.0;
// The hold fraction of a new rig: the actor fills half the frame height (a medium long shot).
inline constexpr double kDefaultHoldFrameFraction = 0.5;

// A camera rig with its channels.
struct CameraRig {
    std::optional<RailPath> rail;                        // the track; nullopt = straight track along headingDeg
    glm::dvec3 originM{0.0};                             // start of the straight track (no rail), on the floor, metres
    double headingDeg = 0.0;                             // direction of the straight track, as a pan angle (0 = towards -Z)
    std::array<Curve, kRigChannelCount> channels;        // indexed by RigChannel
    AimMode aim = AimMode::Free;
    std::string aimActor;                                // actor name for LookAtActor and HoldFraming
    double holdFrameFraction = kDefaultHoldFrameFraction; // HoldFraming: stature / frame height at the eyes' depth, in (0, 50]
    std::string focusActor;                              // non-empty: focus distance follows this actor's eyes

    [[nodiscard]] const Curve& channel(RigChannel c) const { return channels[static_cast<std::size_t>(c)]; }
    [[nodiscard]] Curve& channel(RigChannel c) { return channels[static_cast<std::size_t>(c)]; }
    friend bool operator==(const CameraRig&, const CameraRig&) = default;
};

// Checks a rig once before it is evaluated, so that evaluating it cannot fail: every key of
// every channel within the channel's range ("<field>.channels.focalLengthMm.keys[2]"), a made
// rail ("<field>.rail"), a finite straight track ("<field>.originM", "<field>.headingDeg"), an
// actor named for LookAtActor and HoldFraming aim ("<field>.aimActor") and a hold fraction in
// (0, 50] ("<field>.holdFrameFraction", checked in every mode). The first problem found, if any.
std::optional<Error> checkCameraRig(const CameraRig& rig, std::string_view field = "rig");

} // namespace murnau
